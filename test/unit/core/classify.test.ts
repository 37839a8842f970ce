import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { classify, TIMEOUT_CLASS } from '../../../src/engine/classify.ts';
import { ProbeFailure } from '../../../src/engine/errors.ts';
import { hintFor } from '../../../src/engine/hints.ts';
import { FAILURE_CLASSES, KINDS, LAYERS, type FailureClass, type Kind, type LayerName } from '../../../src/report/model.ts';

function errno(code: string, message = `connect ${code}`): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

describe('classify(): errno codes', () => {
  const connect: Array<[string, FailureClass]> = [
    ['ECONNREFUSED', 'tcp_refused'],
    ['ECONNRESET', 'tcp_refused'],
    ['EHOSTUNREACH', 'tcp_unreachable'],
    ['ENETUNREACH', 'tcp_unreachable'],
    ['EADDRNOTAVAIL', 'tcp_unreachable'],
    ['ETIMEDOUT', 'tcp_timeout'],
  ];
  for (const [code, expected] of connect) {
    test(`${code} at connect → ${expected}`, () => {
      assert.equal(classify('connect', errno(code)).class, expected);
      assert.equal(classify('redirect', errno(code)).class, expected);
    });
  }

  test('ECONNRESET / EPIPE after connect: the peer hung up', () => {
    assert.equal(classify('tls', errno('ECONNRESET')).class, 'tls_handshake_failed');
    assert.equal(classify('protocol', errno('ECONNRESET')).class, 'protocol_mismatch');
    assert.equal(classify('protocol', errno('EPIPE')).class, 'protocol_mismatch');
    assert.match(classify('protocol', errno('EPIPE')).message, /closed the connection \(EPIPE\) at the protocol layer/);
  });

  test('ETIMEDOUT and TimeoutError take the layer\'s timeout class', () => {
    for (const layer of LAYERS) {
      assert.equal(classify(layer, errno('ETIMEDOUT')).class, TIMEOUT_CLASS[layer], layer);
      const timeout = Object.assign(new Error('late'), { name: 'TimeoutError' });
      assert.equal(classify(layer, timeout).class, TIMEOUT_CLASS[layer], layer);
    }
    assert.equal(TIMEOUT_CLASS.resolve, 'dns_timeout');
    assert.equal(TIMEOUT_CLASS.connect, 'tcp_timeout');
    assert.equal(TIMEOUT_CLASS.tls, 'tls_timeout');
    assert.equal(TIMEOUT_CLASS.protocol, 'protocol_timeout');
  });

  test('unknown errors: by layer', () => {
    const odd = new Error('odd');
    assert.equal(classify('resolve', odd).class, 'dns_servfail');
    assert.equal(classify('tls', odd).class, 'tls_handshake_failed');
    assert.equal(classify('protocol', odd).class, 'protocol_mismatch');
    assert.equal(classify('auth', odd).class, 'auth_failed');
    assert.equal(classify('connect', odd).class, 'internal_error');
    assert.equal(classify('operation', odd).class, 'internal_error');
  });

  test('a ProbeFailure keeps its class and message', () => {
    const result = classify('protocol', new ProbeFailure('access_denied', 'AuthorizationFailure'));
    assert.deepEqual(result, { class: 'access_denied', message: 'AuthorizationFailure' });
  });

  test('non-Error throwables have a message', () => {
    assert.equal(classify('protocol', 'a string').message, 'a string');
    assert.equal(classify('protocol', undefined).class, 'protocol_mismatch');
  });
});

describe('hints: one for every class', () => {
  const contexts: Array<{ kind: Kind; host: string; port: number }> = [
    { kind: 'storage', host: 'mystore.blob.core.windows.net', port: 443 },
    { kind: 'sql', host: 'myserver.database.windows.net', port: 1433 },
    { kind: 'amqp', host: 'myhub.servicebus.windows.net', port: 5671 },
    { kind: 'keyvault', host: 'myvault.vault.azure.net', port: 443 },
    { kind: 'tcp', host: 'backend.internal', port: 8080 },
    { kind: 'smtp', host: 'relay.internal', port: 25028 },
  ];
  for (const failureClass of FAILURE_CLASSES) {
    test(failureClass, () => {
      for (const context of contexts) {
        const layer: LayerName = failureClass.startsWith('dns') ? 'resolve' : failureClass.startsWith('tcp') ? 'connect' : failureClass.startsWith('tls') ? 'tls' : 'protocol';
        const hint = hintFor(failureClass, { ...context, layer });
        assert.ok(hint.trim().length > 20, `${failureClass}/${context.kind}: "${hint}"`);
        assert.ok(!hint.includes('undefined'), `${failureClass}/${context.kind}: ${hint}`);
        assert.ok(!hint.includes('\n'), 'one line');
      }
    });
  }

  test('tcp hints name the port and the service tag', () => {
    for (const cls of ['tcp_timeout', 'tcp_refused'] as const) {
      const hint = hintFor(cls, { kind: 'sql', host: 'myserver.database.windows.net', port: 1433, layer: 'connect' });
      assert.match(hint, /\b1433\b/, hint);
      assert.match(hint, /\bSql\b/, hint);
    }
    assert.match(hintFor('tcp_timeout', { kind: 'storage', host: 'mystore.blob.core.windows.net', port: 443, layer: 'connect' }), /TCP 443 to Storage/);
    assert.match(hintFor('tcp_unreachable', { kind: 'amqp', host: 'myhub.servicebus.windows.net', port: 5671, layer: 'connect' }), /EventHub/);
    assert.match(hintFor('protocol_timeout', { kind: 'amqp', host: 'myhub.servicebus.windows.net', port: 5671, layer: 'protocol' }), /5671/);
    assert.match(hintFor('protocol_mismatch', { kind: 'smtp', host: 'relay.internal', port: 25028, layer: 'protocol' }), /25028/);
  });

  test('dns_public_answer names the privatelink zone', () => {
    const zones: Array<[string, string]> = [
      ['mystore.blob.core.windows.net', 'privatelink.blob.core.windows.net'],
      ['mystore.file.core.windows.net', 'privatelink.file.core.windows.net'],
      ['myserver.database.windows.net', 'privatelink.database.windows.net'],
      ['myhub.servicebus.windows.net', 'privatelink.servicebus.windows.net'],
      ['myvault.vault.azure.net', 'privatelink.vaultcore.azure.net'],
    ];
    for (const [host, zone] of zones) {
      const hint = hintFor('dns_public_answer', { kind: 'dns', host, port: 53, layer: 'resolve' });
      assert.ok(hint.includes(zone), `${host}: ${hint}`);
    }
    assert.match(hintFor('dns_nxdomain', { kind: 'dns', host: 'mystore.blob.core.windows.net', port: 53, layer: 'resolve' }), /privatelink\.blob\.core\.windows\.net/);
  });

  test('access_denied is specific per Azure kind', () => {
    for (const kind of ['storage', 'sql', 'amqp', 'keyvault'] as const) {
      const hint = hintFor('access_denied', { kind, host: 'x', port: 443, layer: 'protocol' });
      assert.ok(/private endpoint/.test(hint), `${kind}: ${hint}`);
    }
  });

  test('tls_inspected explains TLS inspection on a forced-tunnel route', () => {
    assert.match(hintFor('tls_inspected', { kind: 'tls', host: 'x.blob.core.windows.net', port: 443, layer: 'tls' }), /inspection/);
  });

  test('every kind has hints for the lower classes', () => {
    for (const kind of KINDS) assert.ok(hintFor('tcp_refused', { kind, host: 'h', port: 1, layer: 'connect' }).length > 0);
  });
});
