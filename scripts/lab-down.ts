// npm run lab:down — removes the lab `npm run lab:up` started: its servers, namespaces, /etc/netns
// entries and temp dir. `-- --all` removes every vnet-probe lab on this machine (test runs included).
import { allLabPrefixes, destroyLab } from '../test/lab/lab.ts';
import { labId, prefixOf } from '../test/lab/names.ts';

try {
  const prefixes = process.argv.includes('--all') ? await allLabPrefixes() : [prefixOf(labId('manual'))];
  for (const prefix of prefixes) {
    await destroyLab(prefix);
    process.stdout.write(`lab ${prefix} removed\n`);
  }
  if (prefixes.length === 0) process.stdout.write('no lab found\n');
} catch (error) {
  process.stderr.write(`lab:down failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
