import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { makeLabCertificates, type LabCertificates } from './certificates.ts';
import { parseCommand, type LabCommand } from './commands.ts';
import { labDir, LAB_PREFIX, namespaceName, ownerIsGone, prefixOf } from './names.ts';
import { assertLabSupported, buildTopology, deleteNamespace, etcNetnsEntries, listNamespaces, removeEtcNetns, writeNamespaceResolvConf } from './netns.ts';
import { externalServers, hostPlans, makeSecrets, type LabSecrets } from './plan.ts';
import { startInNamespace, stopGroup, waitReady, type LabProcess } from './processes.ts';
import type { ZoneChange } from './servers/dns.ts';
import { READY_LINE } from './servers/plan.ts';
import { execIn, type CommandResult } from './shell.ts';
import { ADDRESS, resolvConf, type Role } from './topology.ts';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
const HOST_SCRIPT = fileURLToPath(new URL('./servers/host.ts', import.meta.url));
const REAPER_SCRIPT = fileURLToPath(new URL('./reaper.ts', import.meta.url));
const START_TIMEOUT_MS = 20_000;

export interface LabState {
  id: string;
  prefix: string;
  dir: string;
  /** the process that started the lab; servers of a test lab stop when it is gone */
  ownerPid: number;
  createdAt: string;
  processes: LabProcess[];
  certs: LabCertificates;
  secrets: LabSecrets;
  smbd: boolean;
}

export interface Lab extends LabState {
  ns(role: Role): string;
  /** runs a lab command (a scenario's install or remove step) */
  apply(command: LabCommand): Promise<void>;
  exec(role: Role, argv: string[], options?: { timeoutMs?: number; allowFail?: boolean }): Promise<CommandResult>;
  stop(): Promise<void>;
}

export interface StartOptions {
  id: string;
  /** servers exit when the process that started the lab is gone (test runs) */
  watchOwner: boolean;
  log?: (message: string) => void;
}

function stateFile(dir: string): string {
  return path.join(dir, 'state.json');
}

export function readState(prefix: string): LabState | undefined {
  try {
    return JSON.parse(readFileSync(stateFile(labDir(prefix)), 'utf8')) as LabState;
  } catch {
    return undefined;
  }
}

function smbdInstalled(): boolean {
  return ['/usr/sbin/smbd', '/usr/bin/smbd'].some((file) => existsSync(file));
}

async function waitListening(namespace: string, address: string, port: number, name: string, timeoutMs: number, process_: LabProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const wanted = `${address}:${port}`;
  for (;;) {
    const { stdout } = await execIn(namespace, ['ss', '-Hltn'], { allowFail: true });
    if (stdout.split('\n').some((line) => line.split(/\s+/).includes(wanted))) return;
    try {
      process.kill(process_.pid, 0);
    } catch {
      throw new Error(`${name} exited before it listened on ${wanted}:\n${readFileSync(process_.log, 'utf8').slice(-2000)}`);
    }
    if (Date.now() > deadline) throw new Error(`${name} does not listen on ${wanted} after ${timeoutMs} ms:\n${readFileSync(process_.log, 'utf8').slice(-2000)}`);
    await sleep(50);
  }
}

/** An environment for the lab's children without the test runner's own plumbing. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const key of ['NODE_TEST_CONTEXT', 'NODE_CHANNEL_FD', 'NODE_CHANNEL_SERIALIZATION_MODE', 'NODE_OPTIONS']) delete env[key];
  return env;
}

/**
 * Builds the lab: cleans leftovers of the same id (and of dead test runs) first, proves the machine
 * can do it, then namespaces, links, routes, the NSG chain and the UDR table, the agent's
 * resolv.conf, certificates and every server. On any failure it tears down what it made.
 */
export async function startLab(options: StartOptions): Promise<Lab> {
  const log = options.log ?? (() => {});
  const prefix = prefixOf(options.id);
  await destroyLab(prefix);
  await removeOrphans();
  await assertLabSupported(prefix);

  const dir = labDir(prefix);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (options.watchOwner) startReaper(prefix);
  let state: LabState | undefined;
  const save = () => writeFileSync(stateFile(dir), JSON.stringify(state, null, 2), { mode: 0o600 });
  try {
    const t0 = Date.now();
    const [certs] = await Promise.all([makeLabCertificates(dir), buildTopology(prefix)]);
    state = {
      id: options.id, prefix, dir, ownerPid: process.pid, createdAt: new Date().toISOString(), processes: [],
      certs: certs.files, secrets: makeSecrets(), smbd: smbdInstalled(),
    };
    save();
    writeNamespaceResolvConf(namespaceName(prefix, 'agent'), resolvConf(ADDRESS.dns));
    // the firewall resolves the SNI names it relays to through the same custom DNS
    writeNamespaceResolvConf(namespaceName(prefix, 'fw'), resolvConf(ADDRESS.dns));
    log(`topology and certificates: ${Date.now() - t0} ms`);

    const node = process.execPath;
    const running = state;
    const plans = hostPlans(running.certs, running.secrets, dir);
    const hosts = Object.entries(plans).map(([role, plan]) => {
      const planFile = path.join(dir, `plan-${role}.json`);
      writeFileSync(planFile, JSON.stringify({ ...plan, ...(options.watchOwner ? { watchPid: process.pid } : {}) }, null, 2));
      const started = startInNamespace({
        name: `host-${role}`, namespace: namespaceName(prefix, role as Role), argv: [node, HOST_SCRIPT, planFile],
        log: path.join(dir, `host-${role}.log`), env: childEnv(), cwd: REPO,
      });
      running.processes.push(started);
      return started;
    });
    const externals = externalServers(running.certs, running.secrets, dir, node, { smbd: running.smbd }).map((server) => {
      for (const d of server.dirs ?? []) mkdirSync(d, { recursive: true });
      for (const [file, text] of Object.entries(server.files ?? {})) writeFileSync(file, text);
      const started = startInNamespace({
        name: server.name, namespace: namespaceName(prefix, server.role), argv: server.argv,
        log: path.join(dir, `${server.name}.log`), env: childEnv(server.env), cwd: dir,
      });
      running.processes.push(started);
      return { server, started };
    });
    save();
    await Promise.all([
      ...hosts.map((h) => waitReady(h, new RegExp(READY_LINE), START_TIMEOUT_MS)),
      ...externals.map(({ server, started }) => waitListening(started.namespace, server.listen.host, server.listen.port, server.name, START_TIMEOUT_MS, started)),
    ]);
    log(`servers ready: ${Date.now() - t0} ms`);
  } catch (error) {
    await destroyLab(prefix).catch(() => {});
    throw error;
  }
  return attach(state);
}

/** A test lab is removed by a detached reaper if the test process dies without tearing it down. */
function startReaper(prefix: string): void {
  const child = spawn(process.execPath, [REAPER_SCRIPT, prefix, String(process.pid)], { detached: true, stdio: 'ignore', env: childEnv(), cwd: REPO });
  child.on('error', () => {});
  child.unref();
}

/** A handle on a running lab (one this process started, or one `lab:up` left running). */
export function attach(state: LabState): Lab {
  let queue: Promise<unknown> = Promise.resolve();
  // faults touch shared tables (iptables, routes, the zone): one at a time
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => {});
    return next;
  };
  const ns = (role: Role) => namespaceName(state.prefix, role);
  return {
    ...state,
    ns,
    exec: (role, argv, options) => execIn(ns(role), argv, options),
    apply: (command) => serial(async () => {
      const parsed = parseCommand(command);
      if (parsed.kind === 'exec') await execIn(ns(parsed.role), parsed.argv);
      else await zoneChange(path.join(state.dir, 'dns.sock'), { name: parsed.name, record: parsed.record });
    }),
    stop: () => destroyLab(state.prefix),
  };
}

/** Sends one change to the lab's DNS servers over their control socket. */
export function zoneChange(socketPath: string, change: ZoneChange, timeoutMs = 3000): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(socketPath);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the lab DNS did not answer a zone change within ${timeoutMs} ms`));
    }, timeoutMs);
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(`${JSON.stringify(change)}\n`));
    socket.on('data', (chunk: string) => {
      answer += chunk;
      if (!answer.includes('\n')) return;
      clearTimeout(timer);
      socket.destroy();
      if (answer.startsWith('ok')) resolve();
      else reject(new Error(`zone change ${change.name}: ${answer.trim()}`));
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/**
 * Removes a lab entirely: its server process groups, every namespace with its prefix (and any
 * process still inside), its /etc/netns entries and its temp dir. Safe to run again, and after a crash.
 */
export async function destroyLab(prefix: string): Promise<void> {
  const state = readState(prefix);
  if (state) await Promise.all(state.processes.map((p) => stopGroup(p.pid)));
  const namespaces = (await listNamespaces()).filter((name) => name.startsWith(prefix));
  await Promise.all(namespaces.map(deleteNamespace));
  for (const entry of etcNetnsEntries((name) => name.startsWith(prefix))) removeEtcNetns(entry);
  rmSync(labDir(prefix), { recursive: true, force: true });
  const left = await leftovers(prefix);
  if (left.length > 0) throw new Error(`lab ${prefix} teardown left: ${left.join(', ')}`);
}

/** What of a lab still exists: namespaces, /etc/netns entries, its temp dir. Empty when it is gone. */
export async function leftovers(prefix: string): Promise<string[]> {
  const found = (await listNamespaces()).filter((name) => name.startsWith(prefix)).map((n) => `namespace ${n}`);
  found.push(...etcNetnsEntries((name) => name.startsWith(prefix)).map((n) => `/etc/netns/${n}`));
  if (existsSync(labDir(prefix))) found.push(labDir(prefix));
  return found;
}

/** Test labs whose test process died without tearing down: removed by their prefix. */
export async function removeOrphans(): Promise<string[]> {
  const names = [
    ...(await listNamespaces()),
    ...etcNetnsEntries((name) => name.startsWith(LAB_PREFIX)),
    ...readdirSync(tmpdir()).filter((name) => /^vpl-t\d+$/.test(name)).map((name) => `${name}-`),
  ].filter((name) => name.startsWith(`${LAB_PREFIX}t`) && ownerIsGone(name));
  const prefixes = [...new Set(names.map((name) => /^(vpl-t\d+-)/.exec(name)?.[1]).filter((p): p is string => !!p))];
  for (const prefix of prefixes) await destroyLab(prefix);
  return prefixes;
}

/** Every lab on this machine, by prefix (for `lab:down --all`). */
export async function allLabPrefixes(): Promise<string[]> {
  const names = [...(await listNamespaces()), ...etcNetnsEntries((name) => name.startsWith(LAB_PREFIX))];
  return [...new Set(names.map((name) => /^(vpl-[a-z0-9]+-)/.exec(name)?.[1]).filter((p): p is string => !!p))];
}
