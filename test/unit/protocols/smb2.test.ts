import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_DIALECTS, decodeNegotiateResponse, encodeNegotiateRequest, encodeNegotiateResponse, formatGuid } from '../../../src/protocols/smb2.ts';
import { assertWellFormed, codecPropertyTests, hexBytes } from '../../helpers/codec-properties.ts';

// MS-SMB2 2.2.4 NEGOTIATE Response, field by field (little-endian), 3.0.2, signing required,
// with an 8-byte security buffer, behind a direct-TCP transport header (MS-SMB2 2.1).
const HAND_BUILT_RESPONSE = hexBytes(`
  00 00 00 88
  FE 53 4D 42  40 00  01 00  00 00 00 00  00 00  01 00  01 00 00 00  00 00 00 00
  00 00 00 00 00 00 00 00  FF FE 00 00  00 00 00 00  00 00 00 00 00 00 00 00
  00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
  41 00  03 00  02 03  00 00
  33 22 11 00 55 44 77 66 88 99 AA BB CC DD EE FF
  2F 00 00 00  00 00 80 00  00 00 10 00  00 00 10 00
  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00
  80 00  08 00  00 00 00 00
  60 06 2B 06 01 05 05 02`);

test('a NEGOTIATE response built from the spec field table decodes', () => {
  assert.equal(HAND_BUILT_RESPONSE.length, 4 + 0x88);
  assert.deepEqual(decodeNegotiateResponse(HAND_BUILT_RESPONSE), {
    kind: 'ok',
    value: {
      dialect: '3.0.2',
      dialectRevision: 0x0302,
      securityMode: 3,
      signingRequired: true,
      serverGuid: '00112233-4455-6677-8899-aabbccddeeff',
      status: 0,
      statusName: 'STATUS_SUCCESS',
      capabilities: 0x2f,
      maxReadSize: 0x100000,
      maxWriteSize: 0x100000,
    },
    consumed: HAND_BUILT_RESPONSE.length,
  });
});

// Captured on loopback from Samba 4.17.12 ("server signing = mandatory") answering
// encodeNegotiateRequest() with the default dialects: 3.1.1 with SPNEGO blob and two contexts.
const SAMBA_311_RESPONSE = hexBytes(
  '0000010cfe534d424000000000000000000001000100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004100030011030200766d000000000000000000000000000007000000000080000000800000008000ec7bdb82fb81dd01000000000000000080004a00d0000000604806062b0601050502a03e303ca00e300c060a2b06010401823702020aa32a3028a0261b246e6f745f646566696e65645f696e5f5246433431373840706c656173655f69676e6f72650000000000000100260000000000010020000100a8b3cb47add74792c90741c3777521f271f93642059fd32a1f9e5c9b56cdb06c0000020004000000000001000200',
);
// The same Samba with "server min protocol = SMB3_11" answering a 2.0.2/2.1-only request.
const SAMBA_NOT_SUPPORTED = hexBytes(
  '00000049fe534d4240000000bb0000c000000100010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000090000000000000000',
);

test('real Samba answers decode', () => {
  assert.deepEqual(decodeNegotiateResponse(SAMBA_311_RESPONSE), {
    kind: 'ok',
    value: {
      dialect: '3.1.1',
      dialectRevision: 0x0311,
      securityMode: 3,
      signingRequired: true,
      serverGuid: '00006d76-0000-0000-0000-000000000000',
      status: 0,
      statusName: 'STATUS_SUCCESS',
      capabilities: 7,
      maxReadSize: 8388608,
      maxWriteSize: 8388608,
      cipher: 'AES-128-GCM',
    },
    consumed: SAMBA_311_RESPONSE.length,
  });
  assert.deepEqual(decodeNegotiateResponse(SAMBA_NOT_SUPPORTED), {
    kind: 'ok',
    value: { dialect: '', dialectRevision: 0, securityMode: 0, signingRequired: false, serverGuid: '', status: 0xc00000bb, statusName: 'STATUS_NOT_SUPPORTED' },
    consumed: SAMBA_NOT_SUPPORTED.length,
  });
});

test('encodeNegotiateRequest: transport header, SMB2 header and the 3.1.1 context list', () => {
  const salt = Buffer.alloc(32, 0xab);
  const clientGuid = Buffer.alloc(16, 0x01);
  const req = encodeNegotiateRequest({ salt, clientGuid });
  assert.equal(req[0], 0x00);
  assert.equal(req.readUIntBE(1, 3), req.length - 4);
  const smb = req.subarray(4);
  assert.deepEqual(smb.subarray(0, 4), Buffer.from([0xfe, 0x53, 0x4d, 0x42]));
  assert.equal(smb.readUInt16LE(4), 64); // StructureSize
  assert.equal(smb.readUInt16LE(12), 0); // NEGOTIATE
  assert.equal(smb.readUInt32LE(16) & 1, 0); // a request, not a response
  const body = smb.subarray(64);
  assert.equal(body.readUInt16LE(0), 36);
  assert.equal(body.readUInt16LE(2), DEFAULT_DIALECTS.length);
  assert.equal(body.readUInt16LE(4) & 1, 1); // signing enabled
  assert.deepEqual(body.subarray(12, 28), clientGuid);
  const dialects = Array.from({ length: DEFAULT_DIALECTS.length }, (_, i) => body.readUInt16LE(36 + 2 * i));
  assert.deepEqual(dialects, [0x0202, 0x0210, 0x0300, 0x0302, 0x0311]);
  const contextOffset = body.readUInt32LE(28);
  assert.equal(contextOffset % 8, 0);
  assert.equal(contextOffset, 112); // 64 + 36 + 10 dialect bytes, aligned to 8
  assert.equal(body.readUInt16LE(32), 2);
  // PREAUTH_INTEGRITY_CAPABILITIES: one hash, SHA-512, 32-byte salt
  assert.equal(smb.readUInt16LE(contextOffset), 0x0001);
  assert.equal(smb.readUInt16LE(contextOffset + 2), 38);
  assert.equal(smb.readUInt16LE(contextOffset + 8), 1);
  assert.equal(smb.readUInt16LE(contextOffset + 10), 32);
  assert.equal(smb.readUInt16LE(contextOffset + 12), 0x0001);
  assert.deepEqual(smb.subarray(contextOffset + 14, contextOffset + 46), salt);
  // the next context starts 8-aligned: ENCRYPTION_CAPABILITIES
  const next = (contextOffset + 46 + 7) & ~7;
  assert.equal(smb.readUInt16LE(next), 0x0002);
  assert.equal(smb.length, next + 8 + smb.readUInt16LE(next + 2));
});

test('encodeNegotiateRequest without 3.1.1 has no context list', () => {
  const req = encodeNegotiateRequest({ dialects: [0x0202, 0x0210] });
  assert.equal(req.length, 4 + 64 + 36 + 4);
  const body = req.subarray(4 + 64);
  assert.equal(body.readUInt32LE(28), 0);
  assert.equal(body.readUInt16LE(32), 0);
  assert.throws(() => encodeNegotiateRequest({ clientGuid: Buffer.alloc(3) }), RangeError);
});

test('our own request echoed back is not a response', () => {
  const d = decodeNegotiateResponse(encodeNegotiateRequest());
  assert.ok(d.kind === 'malformed' && /request/.test(d.reason));
});

test('error response, SMB1 reply, keep-alive and non-SMB peers', () => {
  const denied = decodeNegotiateResponse(encodeNegotiateResponse({ status: 0xc0000022 }));
  assert.ok(denied.kind === 'ok');
  assert.equal(denied.value.status, 0xc0000022);
  assert.equal(denied.value.statusName, 'STATUS_ACCESS_DENIED');
  assert.equal(denied.value.dialect, '');

  // MS-SMB 2.2.3.1 header: 0xFF 'SMB', command 0x72 NEGOTIATE, status STATUS_NOT_SUPPORTED, then parameters
  const smb1 = hexBytes('00 00 00 23  FF 53 4D 42 72 BB 00 00 C0 88 01 C8' + '00'.repeat(20) + '00 00 00');
  const s = decodeNegotiateResponse(smb1);
  assert.ok(s.kind === 'ok');
  assert.equal(s.value.smb1, true);
  assert.equal(s.value.dialect, 'SMB1');
  assert.equal(s.value.status, 0xc00000bb);

  const keepAlive = Buffer.concat([hexBytes('85 00 00 00'), HAND_BUILT_RESPONSE]);
  const k = decodeNegotiateResponse(keepAlive);
  assert.ok(k.kind === 'ok' && k.consumed === keepAlive.length && k.value.dialect === '3.0.2');

  for (const s of ['HTTP/1.1 400 Bad Request\r\n', 'SSH-2.0-x\r\n', '\x16\x03\x01\x00\x05']) {
    assert.equal(decodeNegotiateResponse(Buffer.from(s, 'latin1')).kind, 'malformed', s);
  }
  // a session message whose payload is not SMB is rejected once the magic is seen
  assert.equal(decodeNegotiateResponse(hexBytes('00 00 01 00 47 45')).kind, 'malformed');
  assert.equal(decodeNegotiateResponse(hexBytes('00 ff ff ff')).kind, 'malformed'); // 16 MiB claimed
  assert.deepEqual(decodeNegotiateResponse(hexBytes('00 00')), { kind: 'incomplete', need: 2 });
});

test('round trip: encodeNegotiateResponse -> decodeNegotiateResponse', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(0x0202, 0x0210, 0x0300, 0x0302, 0x0311),
      fc.integer({ min: 0, max: 3 }),
      fc.uint8Array({ minLength: 16, maxLength: 16 }),
      fc.option(fc.constantFrom(1, 2, 3, 4), { nil: undefined }),
      fc.uint8Array({ maxLength: 200 }),
      (dialectRevision, securityMode, guid, cipher, security) => {
        const bytes = encodeNegotiateResponse({ dialectRevision, securityMode, serverGuid: Buffer.from(guid), cipher, securityBuffer: Buffer.from(security) });
        const d = decodeNegotiateResponse(bytes);
        assert.ok(d.kind === 'ok');
        assert.equal(d.consumed, bytes.length);
        assert.equal(d.value.dialectRevision, dialectRevision);
        assert.equal(d.value.securityMode, securityMode);
        assert.equal(d.value.signingRequired, (securityMode & 2) !== 0);
        assert.equal(d.value.serverGuid, formatGuid(Buffer.from(guid)));
        if (dialectRevision === 0x0311 && cipher !== undefined) assert.match(d.value.cipher ?? '', /^AES-(128|256)-(CCM|GCM)$/);
        else assert.equal(d.value.cipher, undefined);
      },
    ),
  );
});

const validResponseArb = fc
  .record({
    dialectRevision: fc.constantFrom(0x0202, 0x0210, 0x0300, 0x0302, 0x0311, 0x02ff),
    securityMode: fc.integer({ min: 0, max: 3 }),
    cipher: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    securityBuffer: fc.uint8Array({ maxLength: 120 }).map((a) => Buffer.from(a)),
    status: fc.constantFrom(0, 0, 0, 0xc0000022, 0xc000000d),
  })
  .map((o) => encodeNegotiateResponse(o));

codecPropertyTests({
  noun: 'answer',
  decode: decodeNegotiateResponse,
  valid: validResponseArb,
  samples: [HAND_BUILT_RESPONSE, SAMBA_311_RESPONSE, SAMBA_NOT_SUPPORTED],
  trailing: fc.uint8Array({ maxLength: 64 }),
});

test('a valid transport header and SMB2 magic around arbitrary bytes never throw', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom(0xfe, 0xff), fc.boolean(), (rest, magic, response) => {
      const body = Buffer.concat([Buffer.from([magic, 0x53, 0x4d, 0x42]), Buffer.from(rest)]);
      if (magic === 0xfe && body.length >= 20) {
        body.writeUInt16LE(64, 4);
        body.writeUInt16LE(0, 12);
        if (response) body[16] |= 1;
      }
      const head = Buffer.alloc(4);
      head.writeUIntBE(body.length, 1, 3);
      const buf = Buffer.concat([head, body]);
      assertWellFormed(decodeNegotiateResponse(buf), buf);
    }),
    { numRuns: 1000 },
  );
});
