// After a batch of passing and failing checks run in-process, no socket, server-side or client-side, stays open.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { buildRunConfig } from '../../../src/config/load.ts';
import { startZoneServer, type ZoneServer } from '../../../src/demo/dns-zone.ts';
import { runChecks } from '../../../src/engine/run.ts';
import { closedPort, closingPeer, garbagePeer, silentServer, silentUdp, type TcpPeer, type UdpSink } from '../../helpers/net.ts';
import { caOnDisk } from '../../helpers/pki.ts';
import { startConnectProxy, startHttp, startHttps, type ConnectProxy, type WebServer } from '../../helpers/servers.ts';
import { tempDir } from '../../helpers/tmp.ts';

const dir = tempDir();
let zone: ZoneServer;
let sink: UdpSink;
let peers: TcpPeer[] = [];
let webs: WebServer[] = [];
let proxy: ConnectProxy;
let caFile: string;

before(async () => {
  zone = await startZoneServer({ records: { 'api.test.internal': { A: ['127.0.0.1'] }, 'big.internal': { A: Array.from({ length: 60 }, (_, i) => `10.0.0.${i + 1}`) } } });
  sink = await silentUdp();
  peers = await Promise.all([silentServer(), garbagePeer('SSH-2.0-x\r\n'), closingPeer()]);
  const ca = await caOnDisk(dir, 'CN=vnet-probe leak test root');
  caFile = ca.caFile;
  const pair = await ca.issue('web', { names: ['api.test.internal', '127.0.0.1'] });
  webs = await Promise.all([startHttp((_q, r) => r.end('ok')), startHttps(pair, (_q, r) => r.end('ok'))]);
  proxy = await startConnectProxy();
});
after(async () => {
  await Promise.all([zone?.close(), sink?.close(), proxy?.close(), ...peers.map((p) => p.close()), ...webs.map((w) => w.close())]);
  dir.remove();
});

function sockets(): number {
  return process.getActiveResourcesInfo().filter((r) => /TCP|UDP|TLS|Pipe/i.test(r)).length;
}
function fds(): number {
  return readdirSync('/proc/self/fd').length;
}
function handles(): number {
  return (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles().length;
}

/** Waits until the socket count stops falling (closes in flight finish), at most 2 s. */
async function settle(): Promise<void> {
  const deadline = Date.now() + 2000;
  let last = sockets();
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    const now = sockets();
    if (now >= last) return;
    last = now;
  }
}

test('no socket stays open after passing, failing and timed-out checks', async () => {
  const [silent, garbage, closing] = peers;
  const [plain, secure] = webs;
  const dns = `127.0.0.1:${zone.port}`;
  const refused = await closedPort();
  const config = buildRunConfig({
    defaults: { timeout: 700, concurrency: 32 },
    checks: [
      { target: `tcp://127.0.0.1:${silent.port}` },
      { target: `tcp://127.0.0.1:${refused}` },
      { target: `tls://127.0.0.1:${silent.port}` },
      { target: `tls://127.0.0.1:${garbage.port}` },
      { target: `tls://127.0.0.1:${closing.port}` },
      { target: `tls://api.test.internal:${secure.port}`, dns: { server: dns }, tls: { ca: caFile } },
      { target: `tls://api.test.internal:${secure.port}`, dns: { server: dns } },
      { target: `https://api.test.internal:${secure.port}/`, dns: { server: dns }, tls: { ca: caFile } },
      { target: `https://api.test.internal:${secure.port}/`, tls: { ca: caFile }, http: { proxy: proxy.url } },
      { target: `${plain.url}/`, expect: { body: 'nope' } },
      { target: `http://127.0.0.1:${silent.port}/` },
      { target: `http://127.0.0.1:${garbage.port}/` },
      { target: `http://127.0.0.1:${closing.port}/` },
      { target: `dns://${dns}/api.test.internal` },
      { target: `dns://${dns}/big.internal` },
      { target: `dns://${dns}/api.test.internal?tcp=1` },
      { target: `dns://127.0.0.1:${sink.port}/api.test.internal` },
      { target: `dns://127.0.0.1:${sink.port}/api.test.internal?tcp=1` },
    ],
  } as never);
  // one warm-up round: module loading and TLS contexts are not leaks
  await runChecks(config.checks.slice(0, 1), 1);
  await settle();
  const baseline = { sockets: sockets(), fds: fds(), handles: handles() };

  for (let round = 0; round < 2; round++) {
    const results = await runChecks(config.checks, config.concurrency);
    assert.ok(results.some((r) => r.status === 'pass') && results.some((r) => r.status === 'fail'), 'the batch mixes passes and failures');
  }

  const deadline = Date.now() + 10_000;
  let now = { sockets: sockets(), fds: fds(), handles: handles() };
  while ((now.sockets > baseline.sockets || now.fds > baseline.fds || now.handles > baseline.handles) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    now = { sockets: sockets(), fds: fds(), handles: handles() };
  }
  assert.ok(now.sockets <= baseline.sockets, `sockets: ${baseline.sockets} before, ${now.sockets} after: ${process.getActiveResourcesInfo().join(', ')}`);
  assert.ok(now.handles <= baseline.handles, `handles: ${baseline.handles} before, ${now.handles} after`);
  assert.ok(now.fds <= baseline.fds, `file descriptors: ${baseline.fds} before, ${now.fds} after`);
  for (const peer of peers) assert.equal(peer.open(), 0, 'a peer still holds a connection from the probe');
});
