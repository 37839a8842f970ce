import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { blobMain, ORPHAN_GUARD } from '../fixtures/azurite.ts';
import { isAlive, stopChild, waitForOutput } from '../helpers/process.ts';
import { exec } from './exec.ts';

// The test subnet: two network namespaces joined by a veth pair, made here and removed at the end.
//   <prefix>-svc    10.231.0.1/24  the services (peer.ts: TCP, HTTPS, a client; Azurite's admin side)
//   <prefix>-agent  10.231.0.2/24  where the container runs (podman run --network ns:/run/netns/...)
// Nothing is routed out of either namespace: they have no default route.

export const SERVICES_ADDRESS = '10.231.0.1';
export const AGENT_ADDRESS = '10.231.0.2';
const PREFIX = 'vnp';

export interface TestSubnet {
  servicesNs: string;
  agentNs: string;
  /** for podman run --network */
  agentNetwork: string;
  close(): Promise<void>;
}

async function ip(args: string[], allowFailure = false): Promise<void> {
  await exec('ip', args, { timeoutMs: 15_000, allowFailure });
}

/** Namespaces left by a run that was killed before it could clean up (named after its pid). */
async function sweepStale(): Promise<void> {
  if (!existsSync('/run/netns')) return;
  for (const name of readdirSync('/run/netns')) {
    const match = new RegExp(`^${PREFIX}(\\d+)-(?:svc|agent)$`).exec(name);
    if (match && !isAlive(Number(match[1]))) await ip(['netns', 'del', name], true);
  }
}

export async function createSubnet(): Promise<TestSubnet> {
  await sweepStale();
  const id = `${PREFIX}${process.pid}`;
  const servicesNs = `${id}-svc`;
  const agentNs = `${id}-agent`;
  const close = async () => {
    await ip(['netns', 'del', servicesNs], true);
    await ip(['netns', 'del', agentNs], true);
  };
  try {
    await ip(['netns', 'add', servicesNs]);
    await ip(['netns', 'add', agentNs]);
    // created inside the services namespace, the peer end moved: nothing appears in the host's
    await ip(['-n', servicesNs, 'link', 'add', 'eth0', 'type', 'veth', 'peer', 'name', 'eth0', 'netns', agentNs]);
    for (const [ns, address] of [[servicesNs, SERVICES_ADDRESS], [agentNs, AGENT_ADDRESS]]) {
      await ip(['-n', ns, 'addr', 'add', `${address}/24`, 'dev', 'eth0']);
      await ip(['-n', ns, 'link', 'set', 'eth0', 'up']);
      await ip(['-n', ns, 'link', 'set', 'lo', 'up']);
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { servicesNs, agentNs, agentNetwork: `ns:/run/netns/${agentNs}`, close };
}

/** A process inside a namespace; its stdin is a pipe, and closing it tells our scripts to exit. */
export function spawnIn(ns: string, command: string, args: readonly string[], cwd?: string): ChildProcess {
  return spawn('ip', ['netns', 'exec', ns, command, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
}

export interface Peer {
  request(command: Record<string, unknown>, timeoutMs?: number): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

export async function startPeer(ns: string, config: { host: string; tcpPort: number; httpsPort: number; cert: string; key: string }): Promise<Peer> {
  const child = spawnIn(ns, process.execPath, [path.join(import.meta.dirname, 'peer.ts'), JSON.stringify(config)]);
  try {
    await waitForOutput(child, { name: 'the services peer', timeoutMs: 30_000, ready: (output) => /\{"ready":true\}\n/.exec(output) ?? undefined, drain: false });
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  child.stderr!.resume();
  const pending = new Map<number, (answer: Record<string, unknown>) => void>();
  readline.createInterface({ input: child.stdout! }).on('line', (line) => {
    const answer = JSON.parse(line) as Record<string, unknown>;
    pending.get(answer.id as number)?.(answer);
    pending.delete(answer.id as number);
  });
  let next = 0;
  return {
    request(command, timeoutMs = 20_000) {
      const id = ++next;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`peer: no answer to ${JSON.stringify(command)} within ${timeoutMs / 1000}s`));
        }, timeoutMs);
        pending.set(id, (answer) => {
          clearTimeout(timer);
          if (answer.error) reject(new Error(`peer: ${answer.error}`));
          else resolve(answer);
        });
        child.stdin!.write(`${JSON.stringify({ id, ...command })}\n`);
      });
    },
    async stop() {
      child.stdin!.end();
      await stopChild(child, 3000);
    },
  };
}

export interface NsAzurite {
  port: number;
  stop(): Promise<void>;
}

/** Azurite's blob service on 0.0.0.0:port of a namespace, in memory. */
export async function startAzuriteIn(ns: string, port: number): Promise<NsAzurite> {
  const workspace = mkdtempSync(path.join(tmpdir(), 'vnp-azurite-'));
  const child = spawnIn(ns, process.execPath, [
    '--import', ORPHAN_GUARD, blobMain(), '--disableTelemetry', '--inMemoryPersistence', '--blobHost', '0.0.0.0', '--blobPort', String(port),
    '--skipApiVersionCheck', '--loose',
  ], workspace);
  try {
    await waitForOutput(child, { name: 'Azurite', timeoutMs: 30_000, ready: (output) => /successfully listens on/.exec(output) ?? undefined });
  } catch (error) {
    await stopChild(child);
    rmSync(workspace, { recursive: true, force: true });
    throw error;
  }
  return {
    port,
    async stop() {
      child.stdin!.end();
      await stopChild(child, 3000);
      rmSync(workspace, { recursive: true, force: true });
    },
  };
}
