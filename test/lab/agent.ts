import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Report } from '../../src/report/model.ts';
import { childEnv, REPO, type Lab } from './lab.ts';
import { resolvConf } from './topology.ts';

/**
 * The CLI the lab runs: VNETPROBE_LAB_CLI when set, else the built bundle (dist/vnet-probe.mjs,
 * what `npm run build` makes and the container ships), else src/cli.ts.
 */
export function cliEntry(): { file: string; built: boolean } {
  const chosen = process.env.VNETPROBE_LAB_CLI;
  if (chosen) return { file: path.resolve(chosen), built: chosen.endsWith('.mjs') };
  const dist = path.join(REPO, 'dist', 'vnet-probe.mjs');
  if (existsSync(dist)) return { file: dist, built: true };
  return { file: path.join(REPO, 'src', 'cli.ts'), built: false };
}

export interface AgentOptions {
  /** a name for the files this run writes (config, resolv.conf) */
  name: string;
  /** CLI arguments after the command, e.g. ['run', '--format', 'json'] */
  args: string[];
  /** written as the --config file when given */
  config?: unknown;
  /** the agent's resolv.conf names this server instead of the VNet's usual one */
  resolver?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}

export interface AgentRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  report?: Report;
}

/** The environment of every agent run: the lab's CAs and credentials, never the Azure IMDS. */
export function agentEnv(lab: Lab, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return childEnv({
    NODE_EXTRA_CA_CERTS: lab.certs.bundle,
    VNETPROBE_IMDS: 'off',
    LAB_SQL_PASSWORD: lab.secrets.sqlPassword,
    LAB_STORAGE_CONNECTION_STRING: `DefaultEndpointsProtocol=https;AccountName=${lab.secrets.storageAccount};AccountKey=${lab.secrets.storageKey};EndpointSuffix=core.windows.net`,
    ...extra,
  });
}

/** The argv that runs the CLI inside the agent namespace (optionally with its own resolv.conf). */
export function agentArgv(lab: Lab, args: string[], resolvConfFile?: string): string[] {
  const cli = [process.execPath, cliEntry().file, ...args];
  const inside = resolvConfFile
    // a private mount namespace for this one process: its /etc/resolv.conf names another server
    ? ['unshare', '--mount', '--propagation', 'private', 'sh', '-c', 'mount --bind "$0" /etc/resolv.conf && exec "$@"', resolvConfFile, ...cli]
    : cli;
  return ['ip', 'netns', 'exec', lab.ns('agent'), ...inside];
}

/** Runs the CLI inside the agent namespace and parses its JSON report when it printed one. */
export async function runAgent(lab: Lab, options: AgentOptions): Promise<AgentRun> {
  const dir = path.join(lab.dir, 'runs');
  mkdirSync(dir, { recursive: true });
  const args = [...options.args];
  if (options.config !== undefined) {
    const file = path.join(dir, `${options.name}.yaml`);
    writeFileSync(file, `${JSON.stringify(options.config, null, 2)}\n`); // JSON is YAML
    args.push('--config', file);
  }
  let resolvFile: string | undefined;
  if (options.resolver) {
    resolvFile = path.join(dir, `${options.name}.resolv.conf`);
    writeFileSync(resolvFile, resolvConf(options.resolver));
  }
  const [file, ...rest] = agentArgv(lab, args, resolvFile);
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? 30_000;
  return new Promise((resolve, reject) => {
    const child = spawn(file, rest, { env: agentEnv(lab, options.env), stdio: ['ignore', 'pipe', 'pipe'], cwd: REPO });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${options.name}: the agent did not exit within ${timeoutMs} ms\n${stderr.slice(-2000)}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const run: AgentRun = { code, signal, stdout, stderr, durationMs: performance.now() - started };
      try {
        if (stdout.trim().startsWith('{')) run.report = JSON.parse(stdout) as Report;
      } catch {
        // left undefined: the caller reports stdout
      }
      resolve(run);
    });
  });
}
