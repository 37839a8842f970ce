// Runs inside one lab namespace (started with `ip netns exec NS node host.ts plan.json`) and serves
// every server its plan lists. Prints READY_LINE once all listen; stops on SIGTERM/SIGINT, and on
// its own when the test process that started it is gone.
import { readFileSync } from 'node:fs';
import { startAmqpPeer } from '../../fixtures/amqp-peer.ts';
import { startAzureLikePeer } from '../../fixtures/azure-like-peer.ts';
import { startTdsServer } from '../../fixtures/tds-server.ts';
import { startDns } from './dns.ts';
import { startGarbage } from './garbage.ts';
import { startInspector } from './inspector.ts';
import { READY_LINE, type HostPlan, type ServerSpec } from './plan.ts';
import { startRelay, type Listening } from './relay.ts';
import { startSmtp } from './smtp.ts';
import { startWeb } from './web.ts';

const read = (file: string) => readFileSync(file, 'utf8');

async function start(spec: ServerSpec): Promise<Listening> {
  switch (spec.type) {
    case 'dns':
      return startDns(spec.hosts, spec.records, spec.control);
    case 'web':
      return startWeb(spec.host, spec.port, spec.tls);
    case 'garbage':
      return startGarbage(spec.host, spec.port);
    case 'inspector':
      return startInspector(spec.port, spec.tls);
    case 'smtp':
      return startSmtp(spec.host, spec.ports, spec.tls, spec.banner);
    case 'tds': {
      const server = await startTdsServer({
        host: spec.host,
        port: spec.port,
        encryption: 'on',
        tls: { cert: read(spec.tls.cert), key: read(spec.tls.key) },
        login: spec.login,
      });
      return { close: () => server.close() };
    }
    case 'amqp': {
      const peer = await startAmqpPeer({ ...(spec.tls ? { tls: { cert: read(spec.tls.cert), key: read(spec.tls.key) } } : {}), websocket: spec.websocket });
      const relay = await startRelay(spec.host, spec.port, peer);
      return { close: async () => { await relay.close(); await peer.close(); } };
    }
    case 'azure-like': {
      const peer = await startAzureLikePeer({ cert: read(spec.tls.cert), key: read(spec.tls.key), mode: spec.mode, sourceAddress: spec.sourceAddress });
      const relay = await startRelay(spec.host, spec.port, { host: '127.0.0.1', port: peer.port });
      return { close: async () => { await relay.close(); await peer.close(); } };
    }
  }
}

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8')) as HostPlan;
const running: Listening[] = [];
let stopping = false;

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(code), 2000).unref();
  await Promise.allSettled(running.map((r) => r.close()));
  process.exit(code);
}

process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));
if (plan.watchPid) {
  const owner = plan.watchPid;
  setInterval(() => {
    try {
      process.kill(owner, 0);
    } catch {
      void stop(0);
    }
  }, 500).unref();
}

try {
  await Promise.all(plan.servers.map(async (spec) => {
    try {
      running.push(await start(spec));
    } catch (error) {
      throw new Error(`${spec.name} (${spec.type}) did not start: ${(error as Error).message}`);
    }
  }));
} catch (error) {
  process.stderr.write(`${plan.role}: ${(error as Error).message}\n`);
  await stop(1);
}
process.stdout.write(`${READY_LINE} ${plan.role} ${plan.servers.map((s) => s.name).join(',')}\n`);
// keep running until a signal: the servers' handles keep the event loop alive
setInterval(() => {}, 1 << 30);
