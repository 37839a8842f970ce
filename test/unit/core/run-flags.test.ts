import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as commander from 'commander';
import fc from 'fast-check';
import { buildProgram, fastRunFlags, type CommandActions } from '../../../src/commands/program.ts';

/** The flags commander hands `run` for ARGS, or undefined when it refuses them. */
async function commanderRunFlags(args: string[]): Promise<unknown> {
  let flags: unknown;
  const actions: CommandActions = {
    run: async (f) => { flags = f; return 0; },
    serve: async () => 0,
    validate: async () => 0,
    profiles: async () => 0,
  };
  const program = buildProgram(commander, () => {}, actions, '0.0.0');
  const quiet = { writeOut: () => {}, writeErr: () => {}, outputError: () => {} };
  program.configureOutput(quiet);
  for (const command of program.commands) command.configureOutput(quiet);
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch {
    return undefined;
  }
  return flags;
}

describe('run flags without commander', () => {
  test('the plain forms take the fast path and give what commander gives', async () => {
    const cases = [
      ['run'],
      ['run', '--no-imds', '--check', 'tcp://127.0.0.1:80'],
      ['run', '--no-imds', '--config', '/tmp/c.json', '--format', 'json'],
      ['run', '--check=tcp://a:1', '--check', 'https://b/?x=1&y=2', '--timeout', '3s', '--concurrency=8'],
      ['run', '--profile', 'apim', '--cloud', 'china', '--backend', 'https://x', '--backend=https://y', '--private-endpoints', '--no-color'],
      ['run', '--report', 'r.json', '--junit', 'j.xml', '--markdown', 'm.md', '--metrics-file', 'p.prom', '--dns-server', '10.0.0.4:53'],
    ];
    for (const args of cases) {
      const fast = fastRunFlags(args);
      assert.ok(fast, `fast path for ${args.join(' ')}`);
      assert.deepEqual(fast, await commanderRunFlags(args), args.join(' '));
    }
  });

  test('what the fast path leaves to commander', () => {
    for (const args of [
      ['serve'], ['run', '--help'], ['run', '-h'], ['run', '--version'], ['run', 'extra'], ['run', '--bogus'],
      ['run', '--config'], ['run', '--config', ''], ['run', '--config='], ['run', '--timeout', '-5s'], ['run', '--format', 'xml'],
      ['run', '--config', 'a', '--config', 'b'], ['run', '--no-imds=1'], ['run', '--imds'], ['run', '--'], ['run', '--no-imds', '--no-imds'],
    ]) assert.equal(fastRunFlags(args), undefined, args.join(' '));
  });

  test('property: whenever the fast path answers, commander answers the same', async () => {
    const valued = ['--check', '--config', '--timeout', '--concurrency', '--dns-server', '--profile', '--cloud', '--storage-account', '--sql-server',
      '--event-hub-namespace', '--key-vault', '--backend', '--resolver', '--cache-host', '--format', '--report', '--junit', '--markdown', '--metrics-file'];
    const booleans = ['--private-endpoints', '--no-imds', '--no-color'];
    const other = ['--imds', '--color', '--listen', '-h', '--help', '-V', '--', '--bogus', 'run', '-x'];
    const values = ['tcp://127.0.0.1:80', 'json', 'text', 'xml', 'public', 'china', 'usgov', '5s', '', '-x', '--check', 'a=b', 'c.yaml'];
    const occurrence = fc.oneof(
      { arbitrary: fc.tuple(fc.constantFrom(...valued), fc.constantFrom(...values)).map(([n, v]) => [n, v]), weight: 4 },
      { arbitrary: fc.tuple(fc.constantFrom(...valued, ...booleans), fc.constantFrom(...values)).map(([n, v]) => [`${n}=${v}`]), weight: 2 },
      { arbitrary: fc.constantFrom(...booleans).map((n) => [n]), weight: 2 },
      { arbitrary: fc.constantFrom(...valued, ...other, ...values).map((t) => [t]), weight: 1 },
    );
    let answered = 0;
    await fc.assert(fc.asyncProperty(fc.array(occurrence, { maxLength: 6 }), async (occurrences) => {
      const args = ['run', ...occurrences.flat()];
      const fast = fastRunFlags(args);
      if (fast === undefined) return;
      answered++;
      assert.deepEqual(fast, await commanderRunFlags(args));
    }), { numRuns: 3000 });
    assert.ok(answered > 600, `the fast path answered only ${answered} of 3000`);
  });
});
