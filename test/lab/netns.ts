import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAlive } from '../helpers/process.ts';
import { namespaceName } from './names.ts';
import { exec, execIn } from './shell.ts';
import { BASE_COMMANDS, FORWARDERS, LINKS, ROLES, ROUTES, type Role } from './topology.ts';

/** Thrown when this machine cannot build the lab; the message says why and what to do. */
export class LabUnavailableError extends Error {
  constructor(message: string) {
    super(`the network-namespace lab cannot run here: ${message}`);
    this.name = 'LabUnavailableError';
  }
}

const NETNS_ETC = '/etc/netns';

/**
 * Proves the machine can build the lab before anything is made: root, iproute2, iptables, a
 * namespace that can be created, entered, given a veth pair and an iptables rule. Fails loudly;
 * there is no fallback to the root namespace.
 */
export async function assertLabSupported(prefix: string): Promise<void> {
  if (process.platform !== 'linux') throw new LabUnavailableError(`network namespaces need Linux (this is ${process.platform})`);
  if (process.getuid?.() !== 0) throw new LabUnavailableError('it must run as root (ip netns, veth, iptables); run it in CI as root or with sudo');
  for (const tool of [['ip', '-V'], ['iptables', '--version']]) {
    try {
      await exec(tool, { timeoutMs: 5000 });
    } catch (error) {
      throw new LabUnavailableError(`${tool[0]} is missing (${(error as Error).message}); apt-get install -y iproute2 iptables`);
    }
  }
  const probe = `${prefix}probe`;
  try {
    await exec(['ip', 'netns', 'add', probe]);
    await exec(['ip', 'link', 'add', 'p0', 'netns', probe, 'type', 'veth', 'peer', 'name', 'p1', 'netns', probe]);
    await execIn(probe, ['ip', 'link', 'set', 'lo', 'up']);
    await execIn(probe, ['iptables', '-w', '-A', 'FORWARD', '-p', 'tcp', '--dport', '9', '-j', 'DROP']);
  } catch (error) {
    throw new LabUnavailableError(`creating a test namespace failed: ${(error as Error).message}`);
  } finally {
    await exec(['ip', 'netns', 'del', probe], { allowFail: true });
  }
}

/** Namespaces that exist now, by name. */
export async function listNamespaces(): Promise<string[]> {
  const { stdout } = await exec(['ip', 'netns', 'list']);
  return stdout.split('\n').map((line) => line.split(' ')[0]).filter(Boolean);
}

/** Pids of the processes living in a namespace. */
export async function namespacePids(namespace: string): Promise<number[]> {
  const { stdout } = await exec(['ip', 'netns', 'pids', namespace], { allowFail: true });
  return stdout.split('\n').map(Number).filter((pid) => Number.isInteger(pid) && pid > 0);
}

/**
 * Removes a namespace and everything in it: every process inside is ended by its pid (they are
 * the lab's own: nothing else runs in a lab namespace), then the namespace goes, and its veth
 * ends with it.
 */
export async function deleteNamespace(namespace: string): Promise<void> {
  const pids = await namespacePids(namespace);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (const deadline = Date.now() + 3000; pids.some(isAlive) && Date.now() < deadline;) await sleep(20);
  await exec(['ip', 'netns', 'del', namespace], { allowFail: true });
  rmSync(path.join(NETNS_ETC, namespace), { recursive: true, force: true });
}

/** /etc/netns entries (per-namespace resolv.conf) whose names match. */
export function etcNetnsEntries(match: (name: string) => boolean): string[] {
  if (!existsSync(NETNS_ETC)) return [];
  return readdirSync(NETNS_ETC).filter(match);
}

export function removeEtcNetns(name: string): void {
  rmSync(path.join(NETNS_ETC, name), { recursive: true, force: true });
}

/** `ip netns exec` bind-mounts /etc/netns/NS/resolv.conf over /etc/resolv.conf for that namespace. */
export function writeNamespaceResolvConf(namespace: string, text: string): void {
  mkdirSync(path.join(NETNS_ETC, namespace), { recursive: true });
  writeFileSync(path.join(NETNS_ETC, namespace, 'resolv.conf'), text);
}

const SYSCTLS_ALL = [
  // the firewall's replies come back on another interface than the router's route to their source
  'net.ipv4.conf.all.rp_filter=0', 'net.ipv4.conf.default.rp_filter=0',
  // IPv4 only: no router solicitations or DAD on the lab links
  'net.ipv6.conf.all.disable_ipv6=1', 'net.ipv6.conf.default.disable_ipv6=1',
];

/** Feeds `ip -batch -` (one process for many commands: starting a process costs ~50 ms here). */
function ipBatch(lines: string[], namespace?: string): Promise<unknown> {
  if (lines.length === 0) return Promise.resolve();
  return exec(['ip', ...(namespace ? ['-n', namespace] : []), '-batch', '-'], { input: `${lines.join('\n')}\n` });
}

/** Builds the topology of topology.ts under `prefix`. */
export async function buildTopology(prefix: string): Promise<void> {
  const ns = (role: Role) => namespaceName(prefix, role);
  await ipBatch(ROLES.map((role) => `netns add ${ns(role)}`));
  // sysctls first: interfaces made afterwards take the namespace's defaults
  await Promise.all(ROLES.map((role) => {
    const sysctls = [...SYSCTLS_ALL, ...(FORWARDERS.includes(role) ? ['net.ipv4.ip_forward=1'] : [])];
    // written to /proc/sys from inside the namespace (no procps needed): /proc/sys/net is per namespace
    const script = sysctls.map((s) => {
      const [key, value] = s.split('=');
      return `echo ${value} > /proc/sys/${key.replaceAll('.', '/')}`;
    }).join(' && ');
    return execIn(ns(role), ['sh', '-c', script]);
  }));
  await ipBatch(LINKS.map(({ a, b }) => `link add ${a.ifname} netns ${ns(a.role)} type veth peer name ${b.ifname} netns ${ns(b.role)}`));
  const perRole = new Map<Role, string[]>(ROLES.map((role) => [role, ['link set lo up']]));
  for (const end of LINKS.flatMap(({ a, b }) => [a, b])) {
    const lines = perRole.get(end.role)!;
    for (const address of end.addresses) lines.push(`addr add ${address} dev ${end.ifname}`);
    if (end.mtu) lines.push(`link set ${end.ifname} mtu ${end.mtu}`);
    lines.push(`link set ${end.ifname} up`);
  }
  for (const [role, routes] of Object.entries(ROUTES)) perRole.get(role as Role)!.push(...(routes ?? []).map((r) => `route add ${r.join(' ')}`));
  for (const { role, argv } of BASE_COMMANDS) if (argv[0] === 'ip') perRole.get(role)!.push(argv.slice(1).join(' '));
  await Promise.all(ROLES.map((role) => ipBatch(perRole.get(role)!, ns(role))));
  await Promise.all(ROLES.map(async (role) => {
    for (const { argv } of BASE_COMMANDS.filter((c) => c.role === role && c.argv[0] !== 'ip')) await execIn(ns(role), argv);
  }));
}
