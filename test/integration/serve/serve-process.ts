// Helpers of the serve integration tests: `vnet-probe serve` as a child process, loopback peers.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const NODE = path.join(ROOT, 'node_modules/.bin/node');
export const CLI = path.join(ROOT, 'src/cli.ts');

export interface LogLine {
  level: string;
  msg: string;
  [key: string]: unknown;
}

export interface ServeProcess {
  child: ChildProcess;
  /** HOST:PORT from the startup line */
  address: string;
  base: string;
  logs: LogLine[];
  stderr(): string;
  waitForLog(predicate: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** resolves with the exit code (or signal) */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(): Promise<void>;
}

export function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 8000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = async () => {
      let value: T | undefined;
      try {
        value = await probe();
      } catch {
        value = undefined;
      }
      if (value !== undefined) return resolve(value);
      if (Date.now() > deadline) return reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      setTimeout(attempt, everyMs);
    };
    void attempt();
  });
}

/** Starts `vnet-probe serve --no-imds --listen 127.0.0.1:0 ARGS` and waits for its startup line. */
export async function startServe(args: string[], options: { env?: Record<string, string>; https?: boolean } = {}): Promise<ServeProcess> {
  const child = spawn(NODE, [CLI, 'serve', '--no-imds', '--listen', '127.0.0.1:0', ...args], {
    cwd: ROOT,
    env: { ...process.env, VNETPROBE_IMDS: 'off', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  let err = '';
  let partial = '';
  const listeners = new Set<() => void>();
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    err += chunk;
    partial += chunk;
    const lines = partial.split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as LogLine);
      } catch {
        logs.push({ level: 'raw', msg: line });
      }
    }
    for (const notify of listeners) notify();
  });
  child.stdout!.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });

  const waitForLog = (predicate: (line: LogLine) => boolean, timeoutMs = 20_000) => new Promise<LogLine>((resolve, reject) => {
    const check = () => {
      const found = logs.find(predicate);
      if (found) {
        done();
        resolve(found);
      }
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no matching log line within ${timeoutMs} ms; stderr:\n${err}`));
    }, timeoutMs);
    const onExit = () => {
      done();
      reject(new Error(`serve exited before a matching log line; stderr:\n${err}`));
    };
    const done = () => {
      clearTimeout(timer);
      listeners.delete(check);
      child.removeListener('exit', onExit);
    };
    listeners.add(check);
    child.once('exit', onExit);
    check();
  });

  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGKILL');
    await exited;
  };

  let startup: LogLine;
  try {
    startup = await waitForLog((l) => typeof l.listen === 'string', 45_000);
  } catch (error) {
    await kill();
    throw error;
  }
  const address = startup.listen as string;
  return { child, address, base: `${options.https ? 'https' : 'http'}://${address}`, logs, stderr: () => err, waitForLog, exited, kill };
}

export interface Fetched {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A GET with a deadline; `ca` trusts a test CA for https. */
export function get(url: string, options: { headers?: Record<string, string>; method?: string; ca?: string; timeoutMs?: number } = {}): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const lib = url.startsWith('https:') ? https : http;
    const req = lib.request(url, { method: options.method ?? 'GET', headers: options.headers, ca: options.ca, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.setTimeout(options.timeoutMs ?? 10_000, () => req.destroy(new Error(`GET ${url} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

/** A TCP listener on loopback: a passing tcp:// target. `hold` keeps connections open without a word. */
export async function tcpPeer(options: { hold?: boolean } = {}): Promise<{ port: number; connections: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const state = { port: 0, connections: 0, close: async () => {} };
  const server = net.createServer((socket) => {
    state.connections++;
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
    if (!options.hold) socket.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.address() as net.AddressInfo).port;
  state.close = () => new Promise<void>((resolve) => {
    for (const s of sockets) s.destroy();
    server.close(() => resolve());
  });
  return state;
}

export { closedPort } from '../../helpers/net.ts';

/** The samples of one metric: labels and value, from the text exposition. */
export function samples(exposition: string, name: string): Array<{ labels: Record<string, string>; value: number }> {
  const out: Array<{ labels: Record<string, string>; value: number }> = [];
  for (const line of exposition.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const m = /^[^{\s]+(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const [, k, v] of (m[1] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[k] = v.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    out.push({ labels, value: Number(m[2]) });
  }
  return out;
}

/** Runs the CLI to its end without blocking the event loop (other suites run alongside). */
export function runCli(args: string[], timeoutMs = 60_000): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [CLI, ...args], { cwd: ROOT, env: { ...process.env, VNETPROBE_IMDS: 'off' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`vnet-probe ${args.join(' ')} did not end within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
