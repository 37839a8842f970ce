// vnet-probe as the benchmark runs it: the built bundle (dist/vnet-probe.mjs), `serve` as a
// long-running process and `run` as a one-shot, both on configs the benchmark writes.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { get } from './http-client.ts';
import { freePort, waitFor } from './proc.ts';
import { parseExposition, sumOf } from './promtext.ts';

export interface AgentPaths {
  node: string;
  bundle: string;
}

export interface ConfigCheck {
  name: string;
  target: string;
  interval?: string;
  timeout?: string;
}

export interface AgentConfig {
  defaults: { timeout?: string; interval?: string; concurrency?: number; tls?: { ca: string } };
  checks: ConfigCheck[];
}

/** JSON is YAML: the agent reads the file the benchmark writes as it is. */
export function writeConfig(file: string, config: AgentConfig): string {
  writeFileSync(file, JSON.stringify(config));
  return file;
}

export interface ServeAgent {
  pid: number;
  port: number;
  metrics(): Promise<{ text: string; ms: number }>;
  runs(): Promise<number>;
  report(): Promise<{ checks: Array<{ name: string; status: string; durationMs: number; layers: Array<{ layer: string; durationMs: number; detail?: Record<string, unknown> }> }> }>;
  ready(): Promise<boolean>;
  stop(): Promise<void>;
}

const ENV = { ...process.env, VNETPROBE_IMDS: 'off' };

export async function startServe(paths: AgentPaths, configFile: string, extraArgs: string[] = [], env: Record<string, string> = {}): Promise<ServeAgent> {
  const port = await freePort();
  const child: ChildProcess = spawn(paths.node, [paths.bundle, 'serve', '--no-imds', '--config', configFile, '--listen', `127.0.0.1:${port}`, '--log-level', 'warn', ...extraArgs], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...ENV, ...env },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const early = exited.then(() => {
      throw new Error(`vnet-probe serve exited with ${child.exitCode} before it listened`);
    });
    early.catch(() => {}); // once listening, a later exit is stop()'s business
    await Promise.race([
      waitFor('vnet-probe serve to listen', 60_000, async () => ((await get(port, '/healthz', 1000)).status === 200 ? true : undefined), 100),
      early,
    ]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const metrics = async () => {
    const answer = await get(port, '/metrics');
    if (answer.status !== 200) throw new Error(`/metrics: HTTP ${answer.status}`);
    return { text: answer.body, ms: answer.ms };
  };
  return {
    pid: child.pid!,
    port,
    metrics,
    runs: async () => sumOf(parseExposition((await metrics()).text), 'vnetprobe_check_runs_total'),
    report: async () => JSON.parse((await get(port, '/report')).body),
    ready: async () => (await get(port, '/readyz')).status === 200,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface Timed {
  /** spawn to exit */
  ms: number;
  /** user + system CPU of the process (10 ms resolution): what the run costs, whatever the machine's load */
  cpuMs: number;
  stdout: string;
}

const TICK_MS = 10; // 1 / CLK_TCK

/**
 * Runs `command args…` under /bin/sh, which prints its own /proc stat once the command has exited:
 * cutime + cstime there are the command's CPU. The shell adds about a millisecond to the wall time.
 */
export function timeProcess(command: string, args: string[], timeoutMs = 30_000): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // read and echo are shell built-ins: no other child adds to cutime
    const script = '"$0" "$@" >&3; rc=$?; read -r stat </proc/$$/stat; echo "$stat"; exit $rc';
    const child = spawn('/bin/sh', ['-c', script, command, ...args], { stdio: ['ignore', 'pipe', 'pipe', 'pipe'], env: ENV });
    let statLine = '';
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (c: Buffer) => (statLine += c));
    child.stdio[3]!.on('data', (c: Buffer) => (stdout += c));
    child.stderr!.on('data', (c: Buffer) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('close', (code) => {
      const ms = performance.now() - started;
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`${path.basename(command)} ${args.join(' ')} exited ${code}: ${stderr.slice(0, 400)}${stdout.slice(0, 400)}`));
      const fields = statLine.slice(statLine.lastIndexOf(')') + 2).trim().split(' ');
      const cpuMs = (Number(fields[13]) + Number(fields[14])) * TICK_MS; // cutime, cstime
      resolve({ ms, cpuMs, stdout });
    });
  });
}

/** The CLI once: wall time from spawn to exit, as a CI step pays it, and its CPU. */
export function timeCli(paths: AgentPaths, args: string[]): Promise<Timed> {
  return timeProcess(paths.node, [paths.bundle, ...args]);
}

/** A bare `node -e 0`: the floor under every start-up number. */
export function timeNode(node: string): Promise<Timed> {
  return timeProcess(node, ['-e', '0']);
}
