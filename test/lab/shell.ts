import { execFile } from 'node:child_process';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export class CommandError extends Error {
  readonly result: CommandResult;
  constructor(argv: string[], result: CommandResult) {
    super(`\`${argv.join(' ')}\` exited ${result.code}: ${(result.stderr || result.stdout).trim().split('\n').slice(0, 3).join(' / ')}`);
    this.name = 'CommandError';
    this.result = result;
  }
}

export interface ExecOptions {
  /** every command has a deadline; the default suits ip/iptables */
  timeoutMs?: number;
  /** resolve with a non-zero code instead of rejecting */
  allowFail?: boolean;
  env?: NodeJS.ProcessEnv;
  /** written to the command's stdin */
  input?: string;
}

/** Runs a command (no shell) and collects its output; rejects on a non-zero exit unless allowFail. */
export function exec(argv: string[], options: ExecOptions = {}): Promise<CommandResult> {
  const [file, ...args] = argv;
  return new Promise((resolve, reject) => {
    const child = execFile(file, args, { timeout: options.timeoutMs ?? 10_000, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024, env: options.env, encoding: 'utf8' }, (error, stdout, stderr) => {
      const failure = error as (NodeJS.ErrnoException & { code?: number | string; killed?: boolean }) | null;
      if (failure && typeof failure.code === 'string') {
        // ENOENT and friends: the program itself is missing
        reject(new Error(`cannot run ${file}: ${failure.code}${failure.code === 'ENOENT' ? ' (not installed?)' : ''}`));
        return;
      }
      const code = failure ? (failure.killed ? 124 : typeof failure.code === 'number' ? failure.code : 1) : 0;
      const result = { code, stdout, stderr: failure?.killed ? `${stderr}\n(killed after ${options.timeoutMs ?? 10_000} ms)` : stderr };
      if (code !== 0 && !options.allowFail) reject(new CommandError(argv, result));
      else resolve(result);
    });
    child.stdin?.on('error', () => {});
    child.stdin?.end(options.input ?? '');
  });
}

/** Runs one command inside a network namespace. */
export function execIn(namespace: string, argv: string[], options: ExecOptions = {}): Promise<CommandResult> {
  return exec(['ip', 'netns', 'exec', namespace, ...argv], options);
}
