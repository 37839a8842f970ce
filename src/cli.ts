#!/usr/bin/env node
import { InputError } from './engine/errors.ts';
import { buildProgram, COMMAND_ACTIONS, fastRunFlags } from './commands/program.ts';
import { VERSION } from './version.ts';

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  try {
    // a plain `run` goes straight to the command; anything else through commander
    const runFlags = fastRunFlags(argv);
    if (runFlags) return await COMMAND_ACTIONS.run(runFlags);
    const commander = await import('commander');
    const { CommanderError } = commander;
    const program = buildProgram(commander, (code) => {
      exitCode = code;
    }, COMMAND_ACTIONS, VERSION);
    try {
      await program.parseAsync(argv, { from: 'user' });
      return exitCode;
    } catch (error) {
      if (error instanceof CommanderError) {
        if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
        return 2; // commander already printed its one-line error
      }
      throw error;
    }
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`vnet-probe: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`vnet-probe: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.VNETPROBE_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    return 3;
  }
}

/**
 * V8's code cache for the chunks, kept across runs: a one-shot `run` otherwise compiles ~1-2 MB of
 * JavaScript every time. A quiet optimisation: a read-only or foreign directory means no cache, never
 * an error. NODE_COMPILE_CACHE (a directory) and NODE_DISABLE_COMPILE_CACHE=1 override it, as in Node.
 */
function useCompileCache(): void {
  try {
    const { mkdirSync, statSync } = process.getBuiltinModule('node:fs');
    const { join } = process.getBuiltinModule('node:path');
    let directory = process.env.NODE_COMPILE_CACHE;
    if (!directory) {
      const xdg = process.env.XDG_CACHE_HOME;
      directory = xdg ? join(xdg, 'vnet-probe') : join(process.getBuiltinModule('node:os').tmpdir(), `vnet-probe-${process.getuid?.() ?? 'user'}`);
      // a directory in a shared /tmp that someone else made (or may write to) could feed us code
      mkdirSync(directory, { recursive: true, mode: 0o700 });
      const stat = statSync(directory);
      if ((process.getuid && stat.uid !== process.getuid()) || (stat.mode & 0o022) !== 0) return;
    }
    process.getBuiltinModule('node:module').enableCompileCache(directory);
  } catch {
    // no cache this time
  }
}

/**
 * A one-shot run has written all it had to (files synchronously, uploads awaited) when main() returns:
 * ending here skips tearing down a heap and sockets that go with the process anyway (~30-40 ms of
 * CPU). stdout and stderr first, as a pipe may be asynchronous; if they never call back, the process
 * still ends on its own with the code.
 */
function exitOnceFlushed(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${VERSION}\n`); // no CLI framework to load for the question a CI step asks first
} else {
  useCompileCache();
  const code = await main(args);
  if (args[0] === 'run') exitOnceFlushed(code);
  else process.exitCode = code;
}
