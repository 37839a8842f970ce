// tcp:// outcomes and the engine's deadline and concurrency, against loopback peers.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRunConfig } from '../../../src/config/load.ts';
import { runChecks } from '../../../src/engine/run.ts';
import { closedPort, silentServer, tcpPeer, type TcpPeer } from '../../helpers/net.ts';
import { explain, ladder, runEntry } from '../../helpers/spec.ts';

let silent: TcpPeer;
let open: TcpPeer;
before(async () => {
  silent = await silentServer();
  open = await tcpPeer(() => {});
});
after(async () => {
  await silent?.close();
  await open?.close();
});

describe('tcp://', () => {
  test('pass: resolve and connect, nothing sent', async () => {
    const r = await runEntry({ target: `tcp://127.0.0.1:${open.port}` });
    assert.equal(r.status, 'pass', explain(r));
    assert.equal(ladder(r), 'resolve:ok connect:ok');
    assert.equal(r.layers[1].detail?.address, '127.0.0.1');
    assert.equal(r.layers[1].detail?.port, open.port);
    assert.equal(typeof r.layers[1].durationMs, 'number');
  });

  test('tcp_refused: nothing listens', async () => {
    const port = await closedPort();
    const r = await runEntry({ target: `tcp://127.0.0.1:${port}` });
    assert.equal(r.failure?.class, 'tcp_refused', explain(r));
    assert.equal(r.failure?.layer, 'connect');
    assert.equal(ladder(r), 'resolve:ok connect:fail');
    assert.match(r.failure!.hint, new RegExp(`TCP ${port}`));
  });

  test('IPv6 loopback literal', async () => {
    const port = await closedPort('::1').catch(() => undefined);
    if (port === undefined) return; // no IPv6 loopback here
    const r = await runEntry({ target: `tcp://[::1]:${port}` });
    assert.equal(r.failure?.class, 'tcp_refused', explain(r));
    assert.equal(r.host, '::1');
  });
});

describe('the deadline is the engine\'s', () => {
  // margins are generous: a loaded CI machine delays timers, and the point is one deadline, not a sum
  test('a silent server behind tls://: tls_timeout within timeout + a small margin', async () => {
    const started = performance.now();
    const r = await runEntry({ target: `tls://127.0.0.1:${silent.port}`, timeout: 1000 });
    const elapsed = performance.now() - started;
    assert.equal(r.failure?.class, 'tls_timeout', explain(r));
    assert.equal(r.failure?.layer, 'tls');
    assert.equal(ladder(r), 'resolve:ok connect:ok tls:fail');
    assert.match(r.failure!.message, /1000 ms deadline/);
    assert.ok(elapsed >= 990 && elapsed < 3000, `took ${elapsed} ms`);
    assert.ok(r.durationMs >= 990 && r.durationMs < 3000, `reported ${r.durationMs} ms`);
  });

  test('a silent server behind http://: protocol_timeout', async () => {
    const r = await runEntry({ target: `http://127.0.0.1:${silent.port}/`, timeout: 500 });
    assert.equal(r.failure?.class, 'protocol_timeout', explain(r));
    assert.equal(ladder(r), 'resolve:ok connect:ok protocol:fail');
  });

  test('20 silent checks, concurrency 32, timeout 1s: about one timeout in total', async () => {
    const config = buildRunConfig({
      defaults: { timeout: 1000, concurrency: 32 },
      checks: Array.from({ length: 20 }, (_, i) => ({ name: `silent-${i}`, target: `tls://127.0.0.1:${silent.port}` })),
    } as never);
    const started = performance.now();
    const results = await runChecks(config.checks, config.concurrency);
    const elapsed = performance.now() - started;
    assert.equal(results.length, 20);
    for (const r of results) assert.equal(r.failure?.class, 'tls_timeout', explain(r));
    assert.deepEqual(results.map((r) => r.name), config.checks.map((c) => c.name), 'results keep the input order');
    assert.ok(elapsed < 4000, `20 parallel timeouts took ${elapsed} ms (a sum would be 20 s)`);
  });

  test('concurrency 1 with 3 silent checks: about three timeouts', async () => {
    const config = buildRunConfig({
      defaults: { timeout: 400, concurrency: 1 },
      checks: Array.from({ length: 3 }, (_, i) => ({ name: `serial-${i}`, target: `tls://127.0.0.1:${silent.port}` })),
    } as never);
    const started = performance.now();
    const results = await runChecks(config.checks, config.concurrency);
    const elapsed = performance.now() - started;
    for (const r of results) assert.equal(r.failure?.class, 'tls_timeout');
    assert.ok(elapsed >= 1180 && elapsed < 3500, `3 serial timeouts took ${elapsed} ms`);
  });

  test('an outer abort stops a check at once', async () => {
    const config = buildRunConfig({ checks: [{ target: `tls://127.0.0.1:${silent.port}`, timeout: 5000 }] } as never);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('shutting down')), 200);
    const started = performance.now();
    const [r] = await runChecks(config.checks, 1, controller.signal);
    assert.ok(performance.now() - started < 2500, 'waited for the 5 s deadline');
    assert.equal(r.status, 'fail');
    assert.match(r.failure!.message, /stopped: shutting down/);
  });

  test('the silent server saw every connection closed afterwards', async () => {
    const deadline = Date.now() + 2000;
    while (silent.open() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.equal(silent.open(), 0, 'the probe left connections open');
  });
});
