import { spawn, type StdioOptions } from 'node:child_process';

export interface ExecResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface ExecOptions {
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** written to stdin, then stdin closes */
  input?: string | Buffer;
  /** a non-zero exit is returned, not thrown */
  allowFailure?: boolean;
  /** stream the child's stderr to ours as it comes (long builds) */
  echo?: boolean;
}

const MAX_OUTPUT = 4 * 1024 * 1024;

function tail(text: string, lines = 40): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Runs a command to completion with a deadline (SIGKILL at it); throws on a non-zero exit unless allowed. */
export function exec(command: string, args: readonly string[], options: ExecOptions): Promise<ExecResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const stdio: StdioOptions = [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'];
    const child = spawn(command, args, { env: options.env ?? process.env, cwd: options.cwd, stdio });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => {
      if (stdout.length < MAX_OUTPUT) stdout += d;
    });
    child.stderr!.on('data', (d: Buffer) => {
      if (stderr.length < MAX_OUTPUT) stderr += d;
      if (options.echo) process.stderr.write(d);
    });
    if (options.input !== undefined) child.stdin!.end(options.input);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${command}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const result = { code, signal, stdout, stderr, ms: performance.now() - started };
      const line = `${command} ${args.join(' ')}`;
      if (timedOut) reject(new Error(`${line}: no end within ${options.timeoutMs / 1000}s\n${tail(stderr)}`));
      else if (code !== 0 && !options.allowFailure) reject(new Error(`${line}: exit ${code ?? signal}\n${tail(stderr)}\n${tail(stdout, 10)}`));
      else resolve(result);
    });
  });
}
