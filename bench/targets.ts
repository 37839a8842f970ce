// The benchmark's targets, all on 127.0.0.1: a TCP listener, an HTTPS server (throw-away CA),
// an HTTP server and a DNS server that answer after a known delay, and a plain DNS server.
// Run as a child process (`node bench/targets.ts DIR DELAY_MS`) so that neither the agent nor the
// benchmark's own work delays them: it prints the ports as one JSON line and stops when stdin closes.
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { createCa } from '../src/demo/pki.ts';
import { startZoneServer, type ZoneServer } from '../src/demo/dns-zone.ts';

export const HOST = '127.0.0.1';
export const DNS_NAME = 'ok.bench.test';
export const DNS_DELAYED_NAME = 'slow.bench.test';

export interface TargetPorts {
  tcp: number;
  https: number;
  httpDelayed: number;
  dns: number;
  dnsDelayed: number;
  /** PEM file of the CA that issued the HTTPS server's certificate */
  caFile: string;
  delayMs: number;
}

export interface RunningTargets extends TargetPorts {
  stop(): Promise<void>;
}

function listening(server: net.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, () => resolve((server.address() as net.AddressInfo).port));
  });
}

function closing(server: net.Server, sockets: Set<net.Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy();
  return new Promise((resolve) => server.close(() => resolve()));
}

function tracked(server: net.Server): Set<net.Socket> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return sockets;
}

/** Starts every target in this process. */
export async function startTargets(dir: string, delayMs: number): Promise<RunningTargets> {
  const ca = await createCa('CN=vnet-probe bench CA');
  const leaf = await ca.issue({ names: ['localhost', HOST] });
  const caFile = path.join(dir, 'bench-ca.pem');
  writeFileSync(caFile, ca.cert);

  const tcp = net.createServer((socket) => {
    socket.on('error', () => {});
    socket.on('end', () => socket.end());
    socket.resume();
  });
  const answer = (_req: http.IncomingMessage, res: http.ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': 3 });
    res.end('ok\n');
  };
  const secure = https.createServer({ cert: leaf.cert, key: leaf.key }, answer);
  const delayed = http.createServer((req, res) => {
    const timer = setTimeout(() => answer(req, res), delayMs);
    res.on('close', () => clearTimeout(timer));
  });
  const sockets = [tcp, secure, delayed].map(tracked);
  const [tcpPort, httpsPort, delayedPort] = await Promise.all([listening(tcp), listening(secure), listening(delayed)]);
  const zones: ZoneServer[] = await Promise.all([
    startZoneServer({ records: { [DNS_NAME]: { A: [HOST] } } }),
    startZoneServer({ records: { [DNS_DELAYED_NAME]: { A: [HOST] } }, delayMs }),
  ]);
  return {
    tcp: tcpPort, https: httpsPort, httpDelayed: delayedPort, dns: zones[0].port, dnsDelayed: zones[1].port, caFile, delayMs,
    async stop() {
      await Promise.all([closing(tcp, sockets[0]), closing(secure, sockets[1]), closing(delayed, sockets[2]), ...zones.map((z) => z.close())]);
    },
  };
}

/** Starts the targets in a child process; resolves once they listen. */
export function spawnTargets(nodeBin: string, dir: string, delayMs: number): Promise<TargetPorts & { pid: number; stop(): Promise<void> }> {
  const child = spawn(nodeBin, [import.meta.filename, dir, String(delayMs)], { stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the targets did not start within 20 s'));
    }, 20_000);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the targets exited early (${code})`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      const ports = JSON.parse(line) as TargetPorts;
      resolve({
        ...ports,
        pid: child.pid!,
        stop: () => new Promise<void>((done) => {
          if (child.exitCode !== null) return done();
          const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
          child.removeAllListeners('exit');
          child.once('exit', () => {
            clearTimeout(kill);
            done();
          });
          child.stdin!.end();
        }),
      });
    });
  });
}

if (process.argv[1] === import.meta.filename) {
  const [dir, delay] = process.argv.slice(2);
  const targets = await startTargets(dir, Number(delay));
  const { stop, ...ports } = targets;
  process.stdout.write(`${JSON.stringify(ports)}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => {
    stop().then(() => process.exit(0), () => process.exit(1));
  });
}
