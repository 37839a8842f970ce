import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in test/helpers/). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Node 24 shipped with the project: the system node is too old to run the .ts sources. */
export const NODE = `${ROOT}node_modules/.bin/node`;
export const CLI = `${ROOT}src/cli.ts`;

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
}

export interface CliOptions {
  /** added to the environment (a value of undefined removes the variable) */
  env?: Record<string, string | undefined>;
  /** the child is killed (SIGKILL, by its pid) when it runs longer; default 45 s */
  timeoutMs?: number;
  cwd?: string;
  /** node flags before the CLI, e.g. ['--import', hook] */
  nodeArgs?: string[];
}

/**
 * Runs `vnet-probe ARGS` as a child process. IMDS is always off (VNETPROBE_IMDS=off): a test must
 * never send a packet off this machine. Colour variables are cleared so output is predictable.
 */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !['NO_COLOR', 'FORCE_COLOR', 'HTTPS_PROXY', 'HTTP_PROXY', 'https_proxy', 'http_proxy', 'NODE_TEST_CONTEXT'].includes(key)) env[key] = value;
  }
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  env.VNETPROBE_IMDS = 'off';
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [...(options.nodeArgs ?? []), CLI, ...args], { cwd: options.cwd ?? ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 45_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, elapsedMs: performance.now() - started });
    });
  });
}
