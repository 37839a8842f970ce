// npm run lab:fault -- install|remove "SCENARIO NAME" — applies one scenario's fault (test/lab/scenarios.ts)
// to the lab `npm run lab:up` started, to try the agent against it by hand. `list` names them.
import { attach, readState } from '../test/lab/lab.ts';
import { labId, prefixOf } from '../test/lab/names.ts';
import { BASELINE, SCENARIOS } from '../test/lab/scenarios.ts';

const [action, ...words] = process.argv.slice(2);
const all = [BASELINE, ...SCENARIOS];
try {
  if (action === 'list' || !action) {
    for (const s of all) process.stdout.write(`${s.name}${s.install.length ? '' : '   (nothing to install)'}\n  ${s.install.join('\n  ') || '-'}\n`);
  } else if (action === 'install' || action === 'remove') {
    const state = readState(prefixOf(labId('manual')));
    if (!state) throw new Error('no lab is up: npm run lab:up');
    const wanted = words.join(' ').toLowerCase();
    const matches = all.filter((s) => s.name.toLowerCase().includes(wanted));
    if (matches.length !== 1) throw new Error(`"${wanted}" matches ${matches.length} scenarios; npm run lab:fault -- list`);
    const lab = attach(state);
    const [scenario] = matches;
    for (const command of action === 'install' ? scenario.install : scenario.remove) {
      await lab.apply(command);
      process.stdout.write(`${command}\n`);
    }
    if (scenario.resolver && action === 'install') process.stdout.write(`this fault is seen with the resolver ${scenario.resolver} (the agent's usual one is unchanged)\n`);
  } else {
    throw new Error('usage: lab:fault -- list | install NAME | remove NAME');
  }
} catch (error) {
  process.stderr.write(`lab:fault: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
