// redis:// and rediss:// checks against Debian's real redis-server on 127.0.0.1 (and a few
// hand-written hostile peers). Each server is started for its test and stopped by pid.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { buildRunConfig } from '../../../src/config/load.ts';
import type { CheckEntry } from '../../../src/config/schema.ts';
import { runCheck } from '../../../src/engine/run-check.ts';
import type { CheckResult } from '../../../src/report/model.ts';
import { issueCert, makeCa, type TestCa } from '../../fixtures/test-ca.ts';
import { redisHasTls, redisUnavailable, startRedis, type RedisServer } from '../../fixtures/redis-server.ts';
import { tcpPeer } from '../../helpers/net.ts';

const skip = redisUnavailable();

function check(entry: CheckEntry): Promise<CheckResult> {
  return runCheck(buildRunConfig({ checks: [{ timeout: 3000, ...entry }] } as Parameters<typeof buildRunConfig>[0]).checks[0]);
}

function layersOf(result: CheckResult): string[] {
  return result.layers.map((l) => `${l.layer}:${l.ok ? 'ok' : 'fail'}`);
}

const PASSWORD_ENV = 'VNETPROBE_TEST_REDIS_PASSWORD';
const WRONG_ENV = 'VNETPROBE_TEST_REDIS_WRONG';
const password = `pw-${randomBytes(12).toString('hex')}`;
const wrong = `nope-${randomBytes(12).toString('hex')}`;
process.env[PASSWORD_ENV] = password;
process.env[WRONG_ENV] = wrong;

function assertNoSecret(result: CheckResult): void {
  const text = JSON.stringify(result);
  assert.ok(!text.includes(password), 'the password leaked into the result');
  assert.ok(!text.includes(wrong), 'the wrong password leaked into the result');
}

describe('redis against a real redis-server, no password', { skip }, () => {
  let redis: RedisServer;
  before(async () => {
    redis = await startRedis();
  });
  after(() => redis?.close());

  test('PING answers PONG: protocol passes', async () => {
    const result = await check({ target: `redis://127.0.0.1:${redis.port}` });
    assert.equal(result.status, 'pass', JSON.stringify(result.failure));
    assert.deepEqual(layersOf(result), ['resolve:ok', 'connect:ok', 'protocol:ok']);
    assert.equal(result.layers[2].detail?.reply, 'PONG');
    assert.equal(result.layers[2].detail?.authRequired, false);
  });

  test('a password the server does not need: auth passes with a warning', async () => {
    const result = await check({ target: `redis://127.0.0.1:${redis.port}`, auth: { password: { env: PASSWORD_ENV } } });
    assert.equal(result.status, 'warn', JSON.stringify(result));
    assert.deepEqual(layersOf(result), ['resolve:ok', 'connect:ok', 'protocol:ok', 'auth:ok']);
    assert.match(result.warnings?.[0] ?? '', /needs no password/);
    assertNoSecret(result);
  });
});

describe('redis against a real redis-server with requirepass and an ACL user', { skip }, () => {
  let redis: RedisServer;
  before(async () => {
    redis = await startRedis({ password, users: [`alice on >${password} ~* &* +@all`] });
  });
  after(() => redis?.close());

  test('without credentials: NOAUTH proves Redis, protocol passes with authRequired', async () => {
    const result = await check({ target: `redis://127.0.0.1:${redis.port}` });
    assert.equal(result.status, 'pass', JSON.stringify(result.failure));
    assert.equal(result.layers[2].detail?.authRequired, true);
    assert.match(String(result.layers[2].detail?.reply), /^NOAUTH/);
  });

  test('the right password: auth passes and PING works as default', async () => {
    const result = await check({ target: `redis://127.0.0.1:${redis.port}`, auth: { password: { env: PASSWORD_ENV } } });
    assert.equal(result.status, 'pass', JSON.stringify(result.failure));
    assert.deepEqual(layersOf(result), ['resolve:ok', 'connect:ok', 'protocol:ok', 'auth:ok']);
    assert.deepEqual(result.layers[3].detail, { user: 'default', ping: 'PONG' });
    assertNoSecret(result);
  });

  test('an ACL user with its password passes', async () => {
    const result = await check({ target: `redis://127.0.0.1:${redis.port}`, auth: { username: 'alice', password: { env: PASSWORD_ENV } } });
    assert.equal(result.status, 'pass', JSON.stringify(result.failure));
    assert.equal(result.layers[3].detail?.user, 'alice');
    assertNoSecret(result);
  });

  test('a wrong password: auth_failed, and neither password appears anywhere', async () => {
    const result = await check({ target: `redis://127.0.0.1:${redis.port}`, auth: { password: { env: WRONG_ENV } } });
    assert.equal(result.status, 'fail');
    assert.equal(result.failure?.layer, 'auth');
    assert.equal(result.failure?.class, 'auth_failed');
    assert.match(result.failure?.message ?? '', /WRONGPASS/);
    assertNoSecret(result);
  });

  test('a wrong user: auth_failed', async () => {
    const result = await check({ target: `redis://127.0.0.1:${redis.port}`, auth: { username: 'mallory', password: { env: PASSWORD_ENV } } });
    assert.equal(result.failure?.class, 'auth_failed');
    assertNoSecret(result);
  });
});

describe('rediss against a real redis-server with TLS', { skip: skip ?? (redisHasTls() ? undefined : 'redis-server built without TLS') }, () => {
  let ca: TestCa;
  let redis: RedisServer;
  before(async () => {
    ca = await makeCa();
    const leaf = await issueCert(ca, { names: ['127.0.0.1', 'localhost'] });
    redis = await startRedis({ password, tls: { certFile: leaf.certFile, keyFile: leaf.keyFile, caFile: ca.certFile } });
  });
  after(async () => {
    await redis?.close();
    ca?.cleanup();
  });

  test('TLS first, then PING and AUTH over it', async () => {
    const result = await check({ target: `rediss://127.0.0.1:${redis.port}`, tls: { ca: ca.certFile }, auth: { password: { env: PASSWORD_ENV } } });
    assert.equal(result.status, 'pass', JSON.stringify(result.failure));
    assert.deepEqual(layersOf(result), ['resolve:ok', 'connect:ok', 'tls:ok', 'protocol:ok', 'auth:ok']);
    assert.equal(result.layers[3].detail?.authRequired, true);
    assertNoSecret(result);
  });

  test('an untrusted certificate stops at the tls rung', async () => {
    const result = await check({ target: `rediss://127.0.0.1:${redis.port}` });
    assert.equal(result.failure?.layer, 'tls');
    assert.equal(result.failure?.class, 'tls_untrusted');
  });

  test('redis:// (plain) against the TLS port: the PING is not answered in RESP', async () => {
    const result = await check({ target: `redis://127.0.0.1:${redis.port}`, timeout: 1500 });
    assert.equal(result.failure?.layer, 'protocol');
    assert.equal(result.failure?.class, 'protocol_mismatch');
    assert.match(result.failure?.message ?? '', /rediss:\/\//);
  });
});

describe('redis against peers that are not (quite) Redis', () => {
  test('an HTTP server: protocol_mismatch', async () => {
    const peer = await tcpPeer((socket) => socket.once('data', () => socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n')));
    try {
      const result = await check({ target: `redis://127.0.0.1:${peer.port}` });
      assert.equal(result.failure?.layer, 'protocol');
      assert.equal(result.failure?.class, 'protocol_mismatch');
      assert.match(result.failure?.message ?? '', /HTTP\/1\.1 400/);
    } finally {
      await peer.close();
    }
  });

  test('protected mode (-DENIED): access_denied', async () => {
    const peer = await tcpPeer((socket) => socket.once('data', () => socket.end('-DENIED Redis is running in protected mode because protected mode is enabled\r\n')));
    try {
      const result = await check({ target: `redis://127.0.0.1:${peer.port}` });
      assert.equal(result.failure?.class, 'access_denied');
    } finally {
      await peer.close();
    }
  });

  test('a peer that sends an endless line: capped, protocol_mismatch', async () => {
    const chunk = Buffer.alloc(16 * 1024, 0x41);
    const peer = await tcpPeer((socket) => socket.once('data', () => {
      socket.write('+');
      const pump = () => {
        while (!socket.destroyed && socket.write(chunk));
        if (!socket.destroyed) socket.once('drain', pump);
      };
      pump();
    }));
    try {
      const result = await check({ target: `redis://127.0.0.1:${peer.port}` });
      assert.equal(result.failure?.class, 'protocol_mismatch');
    } finally {
      await peer.close();
    }
  });

  test('options are checked: an unknown key is an error naming it', async () => {
    const result = await check({ target: 'redis://127.0.0.1:1', options: { databse: 1 } });
    assert.equal(result.failure?.class, 'internal_error');
    assert.match(result.failure?.message ?? '', /databse/);
  });
});
