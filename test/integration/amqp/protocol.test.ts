// The Event Hubs protocol rung without credentials, against real peers on loopback.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildRunConfig } from '../../../src/config/load.ts';
import type { CheckEntry } from '../../../src/config/schema.ts';
import { runCheck } from '../../../src/engine/run-check.ts';
import { runChecks } from '../../../src/engine/run.ts';
import type { CheckResult } from '../../../src/report/model.ts';
import { startAmqpPeer } from '../../fixtures/amqp-peer.ts';
import { issueCert, makeCa, type TestCa } from '../../fixtures/test-ca.ts';
import { closedPort } from '../../helpers/net.ts';

function specOf(entry: CheckEntry) {
  return buildRunConfig({ checks: [{ timeout: 3000, ...entry }] } as never).checks[0];
}

function run(entry: CheckEntry): Promise<CheckResult> {
  return runCheck(specOf(entry));
}

function layer(result: CheckResult, name: string) {
  return result.layers.find((l) => l.layer === name);
}

const IP_FILTER = { condition: 'amqp:unauthorized-access', description: 'Ip has been prevented to connect to the endpoint. For more information see: Virtual Network service endpoints. TrackingId:0f1e, SystemTracker:gateway5' };

describe('amqp protocol rung (no credentials)', () => {
  let ca: TestCa;
  let certs: { key: string; cert: string; caFile: string };
  before(async () => {
    ca = await makeCa('vnet-probe amqp test CA');
    const issued = await issueCert(ca, { names: ['127.0.0.1', 'localhost'] });
    certs = { key: issued.keyPem, cert: issued.certPem, caFile: ca.certFile };
  });
  after(() => ca.cleanup());

  test('plain 5672: reports the SASL mechanisms, completes ANONYMOUS and reads the peer open', async () => {
    const peer = await startAmqpPeer({ mechanisms: ['MSSBCBS', 'PLAIN', 'EXTERNAL'] });
    try {
      const result = await run({ target: `amqp://127.0.0.1:${peer.port}` });
      assert.equal(result.status, 'pass', JSON.stringify(result.failure));
      assert.deepEqual(result.layers.map((l) => l.layer), ['resolve', 'connect', 'protocol']);
      const detail = layer(result, 'protocol')!.detail!;
      assert.equal(detail.peerHeader, 'AMQP 1.0.0 (SASL)');
      assert.equal(detail.saslRequired, true);
      assert.deepEqual([...(detail.mechanisms as string[])].sort(), ['ANONYMOUS', 'EXTERNAL', 'MSSBCBS', 'PLAIN']);
      assert.equal(detail.anonymous, 'ok');
      assert.deepEqual(detail.open, { containerId: 'amqp-peer' });
      assert.equal(detail.closeAnswered, true);
      assert.deepEqual(peer.saslChoices(), ['ANONYMOUS']);
    } finally {
      await peer.close();
    }
  });

  test('a peer offering only PLAIN: mechanisms reported, no open attempted, pass', async () => {
    const peer = await startAmqpPeer({ sasl: 'plain' });
    try {
      const result = await run({ target: `amqp://127.0.0.1:${peer.port}` });
      assert.equal(result.status, 'pass', JSON.stringify(result.failure));
      const detail = layer(result, 'protocol')!.detail!;
      assert.deepEqual(detail.mechanisms, ['PLAIN']);
      assert.equal(detail.anonymous, undefined);
      assert.deepEqual(peer.saslChoices(), []);
    } finally {
      await peer.close();
    }
  });

  test('TLS 5671 with a test CA: tls then protocol', async () => {
    const peer = await startAmqpPeer({ tls: { key: certs.key, cert: certs.cert }, mechanisms: ['MSSBCBS'] });
    try {
      const result = await run({ target: `amqps://127.0.0.1:${peer.port}`, tls: { ca: certs.caFile } });
      assert.equal(result.status, 'pass', JSON.stringify(result.failure));
      assert.deepEqual(result.layers.map((l) => l.layer), ['resolve', 'connect', 'tls', 'protocol']);
      assert.match(String(layer(result, 'tls')!.detail!.issuer), /vnet-probe amqp test CA/);
      assert.equal(layer(result, 'protocol')!.detail!.anonymous, 'ok');
    } finally {
      await peer.close();
    }
  });

  test('TLS without the test CA: tls_untrusted, no AMQP byte sent', async () => {
    const peer = await startAmqpPeer({ tls: { key: certs.key, cert: certs.cert } });
    try {
      const result = await run({ target: `amqps://127.0.0.1:${peer.port}` });
      assert.equal(result.failure?.class, 'tls_untrusted');
      assert.deepEqual(peer.saslChoices(), []);
    } finally {
      await peer.close();
    }
  });

  test('close(amqp:unauthorized-access, "Ip has been prevented…") after open: access_denied', async () => {
    const peer = await startAmqpPeer({ closeWith: IP_FILTER });
    try {
      const result = await run({ target: `amqp://127.0.0.1:${peer.port}` });
      assert.equal(result.status, 'fail');
      assert.equal(result.failure?.layer, 'protocol');
      assert.equal(result.failure?.class, 'access_denied');
      assert.match(result.failure!.message, /Ip has been prevented to connect to the endpoint/);
      assert.match(result.failure!.hint, /IP filter/);
      const detail = layer(result, 'protocol')!.detail!;
      assert.deepEqual(detail.close, IP_FILTER);
      assert.deepEqual(detail.mechanisms, ['ANONYMOUS']);
    } finally {
      await peer.close();
    }
  });

  test('a close with another condition: protocol_mismatch naming it', async () => {
    const peer = await startAmqpPeer({ closeWith: { condition: 'amqp:connection:forced', description: 'The namespace is disabled.' } });
    try {
      const result = await run({ target: `amqp://127.0.0.1:${peer.port}` });
      assert.equal(result.failure?.class, 'protocol_mismatch');
      assert.match(result.failure!.message, /amqp:connection:forced: The namespace is disabled/);
    } finally {
      await peer.close();
    }
  });

  test('garbage (an HTTP answer) instead of the AMQP header: protocol_mismatch', async () => {
    const peer = await startAmqpPeer({ mode: 'garbage' });
    try {
      const result = await run({ target: `amqp://127.0.0.1:${peer.port}` });
      assert.equal(result.failure?.class, 'protocol_mismatch');
      assert.equal(result.failure?.layer, 'protocol');
      assert.match(result.failure!.message, /not AMQP/);
      assert.match(String(layer(result, 'protocol')!.detail!.received), /^HTTP\/1\.1 400/);
    } finally {
      await peer.close();
    }
  });

  test('amqp:// against a TLS port: protocol_mismatch (closed, or a TLS alert said so)', async () => {
    const tlsPeer = await startAmqpPeer({ tls: { key: certs.key, cert: certs.cert } });
    const alerting = await startAmqpPeer({ mode: 'garbage', garbage: Buffer.from([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x46]) });
    try {
      const silentClose = await run({ target: `amqp://127.0.0.1:${tlsPeer.port}` });
      assert.equal(silentClose.failure?.class, 'protocol_mismatch'); // Node's TLS server just hangs up
      const alert = await run({ target: `amqp://127.0.0.1:${alerting.port}` });
      assert.equal(alert.failure?.class, 'protocol_mismatch');
      assert.match(alert.failure!.message, /TLS alert: this port wants TLS \(amqps:\/\/\)/);
    } finally {
      await tlsPeer.close();
      await alerting.close();
    }
  });

  test('a peer that closes after our header: protocol_mismatch', async () => {
    const peer = await startAmqpPeer({ mode: 'close-after-header' });
    try {
      const result = await run({ target: `amqp://127.0.0.1:${peer.port}` });
      assert.equal(result.failure?.class, 'protocol_mismatch');
      assert.match(result.failure!.message, /closed the connection after our AMQP header/);
    } finally {
      await peer.close();
    }
  });

  test('AMQP without SASL ("AMQP 0 1 0 0" answer): still AMQP, pass with saslRequired false', async () => {
    const peer = await startAmqpPeer({ sasl: 'none' });
    try {
      const result = await run({ target: `amqp://127.0.0.1:${peer.port}` });
      assert.equal(result.status, 'pass', JSON.stringify(result.failure));
      const detail = layer(result, 'protocol')!.detail!;
      assert.equal(detail.saslRequired, false);
      assert.equal(detail.peerHeader, 'AMQP 1.0.0 (AMQP)');
    } finally {
      await peer.close();
    }
  });

  test('an AMQP 0-9-1 broker: protocol_mismatch', async () => {
    const peer = await startAmqpPeer({ mode: 'amqp-0-9-1' });
    try {
      const result = await run({ target: `amqp://127.0.0.1:${peer.port}` });
      assert.equal(result.failure?.class, 'protocol_mismatch');
      assert.match(result.failure!.message, /AMQP 0-9-1, not AMQP 1\.0/);
    } finally {
      await peer.close();
    }
  });

  test('a silent peer: protocol_timeout within a 1 s deadline', async () => {
    const peer = await startAmqpPeer({ mode: 'silent' });
    try {
      const started = performance.now();
      const result = await run({ target: `amqp://127.0.0.1:${peer.port}`, timeout: 1000 });
      const elapsed = performance.now() - started;
      assert.equal(result.failure?.class, 'protocol_timeout');
      assert.equal(result.failure?.layer, 'protocol');
      assert.ok(elapsed < 2000, `took ${elapsed} ms`);
    } finally {
      await peer.close();
    }
  });

  test('two targets: 5671 answers, 5672 is refused', async () => {
    const peer = await startAmqpPeer({ tls: { key: certs.key, cert: certs.cert } });
    const refused = await closedPort();
    try {
      const config = buildRunConfig({
        checks: [
          { target: `amqps://127.0.0.1:${peer.port}`, tls: { ca: certs.caFile }, timeout: 3000 },
          { target: `amqp://127.0.0.1:${refused}`, timeout: 3000 },
        ],
      } as never);
      const [tlsResult, plainResult] = await runChecks(config.checks, 2);
      assert.equal(tlsResult.status, 'pass', JSON.stringify(tlsResult.failure));
      assert.equal(plainResult.status, 'fail');
      assert.equal(plainResult.failure?.class, 'tcp_refused');
      assert.equal(plainResult.failure?.layer, 'connect');
    } finally {
      await peer.close();
    }
  });

  test('amqps+ws: TLS, WebSocket upgrade (AMQPWSB10), then AMQP in masked binary frames', async () => {
    const peer = await startAmqpPeer({ tls: { key: certs.key, cert: certs.cert }, websocket: true, mechanisms: ['MSSBCBS'] });
    try {
      const result = await run({ target: `amqps+ws://127.0.0.1:${peer.port}`, tls: { ca: certs.caFile } });
      assert.equal(result.status, 'pass', JSON.stringify(result.failure));
      assert.deepEqual(result.layers.map((l) => l.layer), ['resolve', 'connect', 'tls', 'protocol']);
      const detail = layer(result, 'protocol')!.detail!;
      assert.deepEqual(detail.websocket, { path: '/$servicebus/websocket', status: 101, server: 'amqp-peer', protocol: 'AMQPWSB10' });
      assert.deepEqual([...(detail.mechanisms as string[])].sort(), ['ANONYMOUS', 'MSSBCBS']);
      assert.equal(detail.anonymous, 'ok');
      assert.equal(peer.unmaskedFrames(), 0);
    } finally {
      await peer.close();
    }
  });

  test('amqps+ws against a plain HTTPS server: protocol_mismatch with the HTTP status', async () => {
    const peer = await startAmqpPeer({ tls: { key: certs.key, cert: certs.cert }, mode: 'garbage', garbage: Buffer.from('HTTP/1.1 403 Forbidden\r\nServer: nva\r\nContent-Length: 0\r\n\r\n') });
    try {
      const result = await run({ target: `amqps+ws://127.0.0.1:${peer.port}`, tls: { ca: certs.caFile } });
      assert.equal(result.failure?.class, 'protocol_mismatch');
      assert.match(result.failure!.message, /HTTP 403 Forbidden instead of a WebSocket upgrade/);
      assert.deepEqual(layer(result, 'protocol')!.detail!.websocket, { path: '/$servicebus/websocket', status: 403, server: 'nva' });
    } finally {
      await peer.close();
    }
  });

  test('an unknown option is an input error naming the field', async () => {
    await assert.rejects(async () => {
      const { amqpCheck } = await import('../../../src/checks/amqp.ts');
      const spec = specOf({ target: 'amqp://127.0.0.1:1', options: { eventhub: 'x' } });
      const { ProbeRun } = await import('../../../src/engine/probe.ts');
      await amqpCheck(spec.target, spec, new ProbeRun(new AbortController().signal, performance.now() + 1000));
    }, /options\.eventhub: unknown option/);
  });
});
