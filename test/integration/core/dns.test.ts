// dns:// checks and the resolve rung against a real dns2 server on 127.0.0.1 (UDP and TCP).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startZoneServer, type ZoneServer } from '../../../src/demo/dns-zone.ts';
import { silentUdp, tcpPeer, type TcpPeer, type UdpSink } from '../../helpers/net.ts';
import { explain, ladder, runEntry } from '../../helpers/spec.ts';

const many = Array.from({ length: 60 }, (_, i) => `10.30.${Math.floor(i / 250)}.${(i % 250) + 1}`);

let zone: ZoneServer;
let server: string;
let listener: TcpPeer;

before(async () => {
  listener = await tcpPeer((socket) => socket.end());
  zone = await startZoneServer({
    records: {
      'mystore.blob.core.windows.net': { CNAME: 'mystore.privatelink.blob.core.windows.net', ttl: 300 },
      'mystore.privatelink.blob.core.windows.net': { A: ['10.20.1.5'], ttl: 120 },
      'leaky.blob.core.windows.net': { CNAME: 'leaky.privatelink.blob.core.windows.net' },
      'leaky.privatelink.blob.core.windows.net': { CNAME: 'blob.ams07prdstr02a.store.core.windows.net' },
      'blob.ams07prdstr02a.store.core.windows.net': { A: ['20.60.222.100'] },
      'public.example.test': { A: ['20.60.222.101'] },
      'broken.database.windows.net': { rcode: 'SERVFAIL' },
      'closed.internal': { rcode: 'REFUSED' },
      'v6only.internal': { AAAA: ['fd00::10'] },
      'empty.internal': {},
      'big.internal': { A: many },
      'app.internal': { A: ['127.0.0.1'] },
    },
  });
  server = `127.0.0.1:${zone.port}`;
});
after(async () => {
  await zone?.close();
  await listener?.close();
});

describe('dns:// against a named server', () => {
  test('pass: CNAME chain, TTL, private answer', async () => {
    const r = await runEntry({ target: `dns://${server}/mystore.blob.core.windows.net`, expect: { dns: 'private' } });
    assert.equal(r.status, 'pass', explain(r));
    assert.equal(ladder(r), 'resolve:ok');
    const detail = r.layers[0].detail!;
    assert.deepEqual(detail.chain, ['mystore.blob.core.windows.net', 'mystore.privatelink.blob.core.windows.net']);
    assert.deepEqual(detail.addresses, ['10.20.1.5']);
    assert.equal(detail.ttl, 120);
    assert.equal(detail.private, true);
    assert.equal(detail.transport, 'udp');
    assert.equal(detail.server, server);
  });

  test('dns_nxdomain', async () => {
    const r = await runEntry({ target: `dns://${server}/nothere.blob.core.windows.net` });
    assert.equal(r.failure?.class, 'dns_nxdomain', explain(r));
    assert.equal(r.failure?.layer, 'resolve');
    assert.match(r.failure!.hint, /privatelink\.blob\.core\.windows\.net/);
  });

  test('dns_servfail', async () => {
    const r = await runEntry({ target: `dns://${server}/broken.database.windows.net` });
    assert.equal(r.failure?.class, 'dns_servfail', explain(r));
  });

  test('dns_refused (rcode REFUSED)', async () => {
    const r = await runEntry({ target: `dns://${server}/closed.internal` });
    assert.equal(r.failure?.class, 'dns_refused', explain(r));
  });

  test('dns_no_answer: the name has only AAAA and A is asked', async () => {
    const r = await runEntry({ target: `dns://${server}/v6only.internal?type=A` });
    assert.equal(r.failure?.class, 'dns_no_answer', explain(r));
  });

  test('type=AAAA on the same name passes', async () => {
    const r = await runEntry({ target: `dns://${server}/v6only.internal?type=AAAA`, expect: { dns: 'private' } });
    assert.equal(r.status, 'pass', explain(r));
    assert.deepEqual(r.layers[0].detail?.addresses, ['fd00::10']);
  });

  test('dns_no_answer: the name exists with no record', async () => {
    const r = await runEntry({ target: `dns://${server}/empty.internal` });
    assert.equal(r.failure?.class, 'dns_no_answer', explain(r));
  });

  test('type=CNAME', async () => {
    const r = await runEntry({ target: `dns://${server}/mystore.blob.core.windows.net?type=CNAME` });
    assert.equal(r.status, 'pass', explain(r));
    assert.deepEqual(r.layers[0].detail?.chain, ['mystore.blob.core.windows.net', 'mystore.privatelink.blob.core.windows.net']);
    const none = await runEntry({ target: `dns://${server}/app.internal?type=CNAME` });
    assert.equal(none.failure?.class, 'dns_no_answer', explain(none));
  });

  test('dns_public_answer when a private endpoint is expected', async () => {
    const r = await runEntry({ target: `dns://${server}/leaky.blob.core.windows.net`, expect: { dns: 'private' } });
    assert.equal(r.failure?.class, 'dns_public_answer', explain(r));
    assert.match(r.failure!.message, /20\.60\.222\.100/);
    assert.match(r.failure!.hint, /privatelink\.blob\.core\.windows\.net/);
    assert.deepEqual(r.layers[0].detail?.chain, ['leaky.blob.core.windows.net', 'leaky.privatelink.blob.core.windows.net', 'blob.ams07prdstr02a.store.core.windows.net']);
  });

  test('dns_unexpected_answer: expect.addresses', async () => {
    const r = await runEntry({ target: `dns://${server}/mystore.blob.core.windows.net`, expect: { addresses: ['10.20.1.6'] } });
    assert.equal(r.failure?.class, 'dns_unexpected_answer', explain(r));
    const ok = await runEntry({ target: `dns://${server}/mystore.blob.core.windows.net`, expect: { addresses: ['10.20.1.5'] } });
    assert.equal(ok.status, 'pass', explain(ok));
  });

  test('dns_unexpected_answer: expect public, answer private', async () => {
    const r = await runEntry({ target: `dns://${server}/mystore.blob.core.windows.net`, expect: { dns: 'public' } });
    assert.equal(r.failure?.class, 'dns_unexpected_answer', explain(r));
  });

  test('warn: a privatelink chain resolving public with expect any', async () => {
    const r = await runEntry({ target: `dns://${server}/leaky.blob.core.windows.net`, expect: { dns: 'any' } });
    assert.equal(r.status, 'warn', explain(r));
    assert.equal(r.failure, null);
    assert.match(r.warnings?.[0] ?? '', /privatelink.*public 20\.60\.222\.100/);
    assert.equal(r.layers[0].warning, r.warnings?.[0]);
  });

  test('a public answer without privatelink and expect any: pass', async () => {
    const r = await runEntry({ target: `dns://${server}/public.example.test` });
    assert.equal(r.status, 'pass', explain(r));
    assert.equal(r.layers[0].detail?.private, false);
  });

  test('a truncated UDP answer is asked again over TCP', async () => {
    const r = await runEntry({ target: `dns://${server}/big.internal` });
    assert.equal(r.status, 'pass', explain(r));
    assert.equal(r.layers[0].detail?.transport, 'tcp');
    assert.equal((r.layers[0].detail?.addresses as string[]).length, many.length);
  });

  test('?tcp=1 asks over TCP', async () => {
    const r = await runEntry({ target: `dns://${server}/mystore.blob.core.windows.net?tcp=1` });
    assert.equal(r.status, 'pass', explain(r));
    assert.equal(r.layers[0].detail?.transport, 'tcp');
  });

  test('dns.tcp: true asks over TCP', async () => {
    const r = await runEntry({ target: `dns://${server}/mystore.blob.core.windows.net`, dns: { tcp: true } });
    assert.equal(r.layers[0].detail?.transport, 'tcp', explain(r));
  });

  test('a record changed at run time is seen (faults as data)', async () => {
    zone.set('flip.internal', { A: ['10.0.0.1'] });
    assert.equal((await runEntry({ target: `dns://${server}/flip.internal`, expect: { dns: 'private' } })).status, 'pass');
    zone.set('flip.internal', { A: ['20.0.0.1'] });
    assert.equal((await runEntry({ target: `dns://${server}/flip.internal`, expect: { dns: 'private' } })).failure?.class, 'dns_public_answer');
  });
});

describe('dns_timeout', () => {
  let sink: UdpSink;
  before(async () => {
    sink = await silentUdp();
  });
  after(() => sink?.close());

  test('a DNS server that never answers: dns_timeout at the deadline', async () => {
    const started = performance.now();
    const r = await runEntry({ target: `dns://127.0.0.1:${sink.port}/app.internal`, timeout: 500 });
    const elapsed = performance.now() - started;
    assert.equal(r.failure?.class, 'dns_timeout', explain(r));
    assert.equal(r.failure?.layer, 'resolve');
    assert.ok(elapsed >= 480 && elapsed < 2000, `took ${elapsed} ms`);
    assert.ok(sink.received() >= 1, 'the query never reached the silent server');
  });

  test('a port with no DNS server: dns_refused (ICMP port unreachable), fast', async () => {
    const closed = await silentUdp();
    const port = closed.port;
    await closed.close();
    const started = performance.now();
    const r = await runEntry({ target: `dns://127.0.0.1:${port}/app.internal`, timeout: 2000 });
    assert.equal(r.failure?.class, 'dns_refused', explain(r));
    assert.ok(performance.now() - started < 1900, 'waited for the deadline instead of the ICMP answer');
  });
});

describe('every kind resolves through the same rung', () => {
  test('tcp:// through dns.server: resolve detail like dns://', async () => {
    const r = await runEntry({ target: `tcp://app.internal:${listener.port}`, dns: { server } });
    assert.equal(r.status, 'pass', explain(r));
    assert.equal(ladder(r), 'resolve:ok connect:ok');
    assert.equal(r.layers[0].detail?.via, 'server');
    assert.deepEqual(r.layers[0].detail?.addresses, ['127.0.0.1']);
    assert.equal(r.layers[1].detail?.address, '127.0.0.1');
  });

  test('tcp:// to a name the server does not know: dns_nxdomain, no connect', async () => {
    const r = await runEntry({ target: `tcp://missing.internal:${listener.port}`, dns: { server } });
    assert.equal(r.failure?.class, 'dns_nxdomain', explain(r));
    assert.equal(ladder(r), 'resolve:fail');
  });

  test('https:// with expect.dns private and a public answer: dns_public_answer before any connect', async () => {
    const r = await runEntry({ target: 'https://leaky.blob.core.windows.net/', dns: { server }, expect: { dns: 'private' } });
    assert.equal(r.failure?.class, 'dns_public_answer', explain(r));
    assert.equal(ladder(r), 'resolve:fail');
  });

  test('an IP literal needs no resolving', async () => {
    const r = await runEntry({ target: `tcp://127.0.0.1:${listener.port}` });
    assert.equal(r.layers[0].detail?.via, 'literal');
  });

  test('the system resolver: localhost via dns:///', async () => {
    const r = await runEntry({ target: 'dns:///localhost' });
    assert.equal(r.status, 'pass', explain(r));
    assert.equal(r.layers[0].detail?.via, 'system');
  });
});
