// smb:// checks against Debian's real Samba (smbd) on 127.0.0.1, and against hand-built
// peers for what Samba will not do on request (SMB1 answers, an error status, silence).
// The hand-built answers follow MS-SMB2 2.2.1/2.2.2 and MS-SMB 2.2.3.1 byte by byte and do
// not use src/protocols/smb2.ts: a codec is never tested against itself.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { buildRunConfig } from '../../../src/config/load.ts';
import type { CheckEntry } from '../../../src/config/schema.ts';
import { runCheck } from '../../../src/engine/run-check.ts';
import type { CheckResult } from '../../../src/report/model.ts';
import { sambaUnavailable, startSamba, type SambaServer } from '../../fixtures/samba.ts';
import { withTcpPeer } from '../../helpers/net.ts';

const skip = sambaUnavailable();

function check(entry: CheckEntry): Promise<CheckResult> {
  return runCheck(buildRunConfig({ checks: [{ timeout: 3000, ...entry }] } as Parameters<typeof buildRunConfig>[0]).checks[0]);
}

function layersOf(result: CheckResult): string[] {
  return result.layers.map((l) => `${l.layer}:${l.ok ? 'ok' : 'fail'}`);
}

describe('smb against real Samba', { skip }, () => {
  const servers: SambaServer[] = [];
  let modern: SambaServer;
  let old: SambaServer;
  let signing: SambaServer;
  before(async () => {
    [modern, old, signing] = await Promise.all([
      startSamba(),
      startSamba({ maxProtocol: 'SMB2_10' }),
      startSamba({ signing: 'mandatory' }),
    ]);
    servers.push(modern, old, signing);
  });
  after(() => Promise.all(servers.map((s) => s.close())));

  test('Samba negotiates SMB 3.1.1 with a cipher: pass', async () => {
    const result = await check({ target: `smb://127.0.0.1:${modern.port}` });
    assert.equal(result.status, 'pass', JSON.stringify(result));
    assert.deepEqual(layersOf(result), ['resolve:ok', 'connect:ok', 'protocol:ok']);
    const detail = result.layers[2].detail!;
    assert.equal(detail.dialect, '3.1.1');
    assert.equal(detail.signingRequired, false);
    assert.match(String(detail.serverGuid), /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.match(String(detail.encryption), /^AES-/);
  });

  test('Samba capped at SMB 2.1: pass with a warning that Azure Files needs SMB 3.x', async () => {
    const result = await check({ target: `smb://127.0.0.1:${old.port}` });
    assert.equal(result.status, 'warn', JSON.stringify(result));
    assert.equal(result.layers[2].detail?.dialect, '2.1');
    assert.match(result.warnings?.[0] ?? '', /SMB 3\.x/);
  });

  test('server signing = mandatory shows as signingRequired', async () => {
    const result = await check({ target: `smb://127.0.0.1:${signing.port}` });
    assert.equal(result.status, 'pass', JSON.stringify(result));
    assert.equal(result.layers[2].detail?.signingRequired, true);
  });
});

// ---- hand-built peers ------------------------------------------------------------------

function netbios(message: Buffer): Buffer {
  const head = Buffer.alloc(4); // type 0x00 session message, 24-bit length
  head.writeUIntBE(message.length, 1, 3);
  return Buffer.concat([head, message]);
}

/** MS-SMB2 2.2.1.2 sync header of a response to NEGOTIATE (command 0) with this status. */
function smb2ResponseHeader(status: number): Buffer {
  const h = Buffer.alloc(64);
  h.write('\xfeSMB', 0, 'latin1');
  h.writeUInt16LE(64, 4); // StructureSize
  h.writeUInt32LE(status >>> 0, 8);
  h.writeUInt16LE(0, 12); // NEGOTIATE
  h.writeUInt16LE(1, 14); // CreditResponse
  h.writeUInt32LE(0x00000001, 16); // SMB2_FLAGS_SERVER_TO_REDIR
  return h;
}

/** MS-SMB2 2.2.2 ERROR response: StructureSize 9, no context, ByteCount 0, one byte of ErrorData. */
function smb2Error(status: number): Buffer {
  const body = Buffer.alloc(9);
  body.writeUInt16LE(9, 0);
  return netbios(Buffer.concat([smb2ResponseHeader(status), body]));
}

/** MS-SMB 2.2.3.1 header + SMB_COM_NEGOTIATE response "no dialect acceptable" (DialectIndex 0xFFFF). */
function smb1NegotiateAnswer(): Buffer {
  const h = Buffer.alloc(32);
  h.write('\xffSMB', 0, 'latin1');
  h[4] = 0x72; // SMB_COM_NEGOTIATE
  h.writeUInt32LE(0, 5); // Status
  h[9] = 0x98; // Flags: reply, case-insensitive, canonicalized paths
  h.writeUInt16LE(0xc853, 10); // Flags2
  const params = Buffer.from([0x01, 0xff, 0xff, 0x00, 0x00]); // WordCount 1, DialectIndex, ByteCount 0
  return netbios(Buffer.concat([h, params]));
}

describe('smb against hand-built peers (fixtures, not Samba)', () => {
  test('an SMB1 answer: pass with a warning that Azure Files does not speak SMB1', () =>
    withTcpPeer((s) => s.once('data', () => s.write(smb1NegotiateAnswer())), async (port) => {
      const result = await check({ target: `smb://127.0.0.1:${port}` });
      assert.equal(result.status, 'warn', JSON.stringify(result));
      assert.equal(result.layers[2].detail?.dialect, 'SMB1');
      assert.match(result.warnings?.[0] ?? '', /SMB1/);
    }));

  test('STATUS_ACCESS_DENIED to NEGOTIATE: access_denied', () =>
    withTcpPeer((s) => s.once('data', () => s.write(smb2Error(0xc0000022))), async (port) => {
      const result = await check({ target: `smb://127.0.0.1:${port}` });
      assert.equal(result.failure?.layer, 'protocol');
      assert.equal(result.failure?.class, 'access_denied');
    }));

  test('STATUS_NOT_SUPPORTED to NEGOTIATE: SMB all the same, pass with a warning', () =>
    withTcpPeer((s) => s.once('data', () => s.write(smb2Error(0xc00000bb))), async (port) => {
      const result = await check({ target: `smb://127.0.0.1:${port}` });
      assert.equal(result.status, 'warn', JSON.stringify(result));
      assert.match(result.warnings?.[0] ?? '', /STATUS_NOT_SUPPORTED/);
    }));

  test('an HTTP server: protocol_mismatch', () =>
    withTcpPeer((s) => s.once('data', () => s.end('HTTP/1.1 400 Bad Request\r\n\r\n')), async (port) => {
      const result = await check({ target: `smb://127.0.0.1:${port}` });
      assert.equal(result.failure?.class, 'protocol_mismatch');
    }));

  test('a peer that closes without answering: protocol_mismatch', () =>
    withTcpPeer((s) => s.once('data', () => s.end()), async (port) => {
      const result = await check({ target: `smb://127.0.0.1:${port}` });
      assert.equal(result.failure?.class, 'protocol_mismatch');
      assert.match(result.failure?.message ?? '', /closed the connection/);
    }));

  test('a silent peer: protocol_timeout at the deadline', () =>
    withTcpPeer(() => {}, async (port) => {
      const started = Date.now();
      const result = await check({ target: `smb://127.0.0.1:${port}`, timeout: 400 });
      assert.equal(result.failure?.class, 'protocol_timeout');
      assert.ok(Date.now() - started < 1500);
    }));
});
