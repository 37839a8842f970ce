import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  TDS_PACKET_TYPES,
  decodePreloginOptions,
  decodePreloginResponse,
  decodeTdsPacketHeader,
  encodePrelogin,
  encodePreloginResponse,
} from '../../../src/protocols/tds.ts';
import type { TdsEncryption } from '../../../src/protocols/tds.ts';
import { assertWellFormed, codecPropertyTests, hexBytes } from '../../helpers/codec-properties.ts';

// MS-TDS 4.1 "Pre-Login Request"
const SPEC_PRELOGIN_REQUEST = hexBytes(`
  12 01 00 2F 00 00 01 00 00 00 1A 00 06 01 00 20
  00 01 02 00 21 00 01 03 00 22 00 04 04 00 26 00
  01 FF 09 00 00 00 00 00 01 00 B8 0D 00 00 01`);

// MS-SSTDS 4.1: a request naming the instance "MSSQLServer"
const SSTDS_PRELOGIN_REQUEST = hexBytes(`
  12 01 00 34 00 00 01 00 00 00 15 00 06 01 00 1B
  00 01 02 00 1C 00 0C 03 00 28 00 04 FF 08 00 01
  55 00 00 00 4D 53 53 51 4C 53 65 72 76 65 72 00
  80 19 00 00`);

const encryptionArb = fc.constantFrom<TdsEncryption>('off', 'on', 'not_supported', 'required');
const responseOptionsArb = fc.record({
  version: fc.record({
    major: fc.integer({ min: 0, max: 255 }),
    minor: fc.integer({ min: 0, max: 255 }),
    build: fc.integer({ min: 0, max: 0xffff }),
    subBuild: fc.integer({ min: 0, max: 0xffff }),
  }),
  encryption: encryptionArb,
  instanceName: fc.option(fc.stringMatching(/^[A-Za-z0-9_$]{1,16}$/), { nil: undefined }),
  mars: fc.boolean(),
  fedAuthRequired: fc.option(fc.boolean(), { nil: undefined }),
  packetSize: fc.integer({ min: 9, max: 4096 }),
});
const validResponseArb = responseOptionsArb.map((o) => ({ opts: o, bytes: encodePreloginResponse(o) }));

test('encodePrelogin reproduces the MS-TDS 4.1 example byte for byte', () => {
  const ours = encodePrelogin({ version: { major: 9, minor: 0, build: 0, subBuild: 0 }, encryption: 'on', threadId: 0x0db8, mars: true });
  assert.deepEqual(ours, SPEC_PRELOGIN_REQUEST);
});

test('encodePrelogin defaults: one EOM PRELOGIN packet with VERSION ENCRYPTION INSTOPT THREADID MARS', () => {
  const packet = encodePrelogin();
  const header = decodeTdsPacketHeader(packet);
  assert.equal(header.kind, 'ok');
  if (header.kind !== 'ok') return;
  assert.equal(header.value.type, TDS_PACKET_TYPES.PRELOGIN);
  assert.equal(header.value.eom, true);
  assert.equal(header.value.length, packet.length);
  const tokens = [];
  for (let pos = 8; packet[pos] !== 0xff; pos += 5) tokens.push(packet[pos]);
  assert.deepEqual(tokens, [0x00, 0x01, 0x02, 0x03, 0x04]);
  const options = decodePreloginOptions(packet.subarray(8));
  assert.equal(options.kind, 'ok');
  if (options.kind === 'ok') assert.equal(options.value.encryption, 'off');
});

test('spec request payloads decode as PRELOGIN options, but not as a server response', () => {
  const a = decodePreloginOptions(SPEC_PRELOGIN_REQUEST.subarray(8));
  assert.deepEqual(a, {
    kind: 'ok',
    value: { version: '9.0.0', build: { major: 9, minor: 0, build: 0, subBuild: 0 }, encryption: 'on', mars: true },
    consumed: 39,
  });
  const b = decodePreloginOptions(SSTDS_PRELOGIN_REQUEST.subarray(8));
  assert.equal(b.kind, 'ok');
  if (b.kind === 'ok') {
    assert.equal(b.value.instanceName, 'MSSQLServer');
    assert.equal(b.value.version, '8.0.341');
    assert.equal(b.value.encryption, 'off');
  }
  const asResponse = decodePreloginResponse(SPEC_PRELOGIN_REQUEST);
  assert.equal(asResponse.kind, 'malformed');
  if (asResponse.kind === 'malformed') assert.match(asResponse.reason, /packet type 0x12/);
});

test('a hand-built SQL Server 2022 answer decodes', () => {
  // type 04, EOM, length 0x2B; VERSION 16.0.1000.6, ENCRYPTION required (03), INSTOPT 00, THREADID empty, MARS 00
  const answer = hexBytes(`
    04 01 00 2B 00 00 01 00
    00 00 1A 00 06  01 00 20 00 01  02 00 21 00 01  03 00 22 00 00  04 00 22 00 01  FF
    10 00 03 E8 00 06  03  00  00`);
  assert.equal(answer.length, 0x2b);
  assert.deepEqual(decodePreloginResponse(answer), {
    kind: 'ok',
    value: {
      version: '16.0.1000',
      build: { major: 16, minor: 0, build: 1000, subBuild: 6 },
      encryption: 'required',
      mars: false,
      packetType: 0x04,
    },
    consumed: 0x2b,
  });
});

test('not TDS: an HTTP, TLS or SSH answer is malformed from the first byte', () => {
  for (const s of ['H', 'HTTP/1.1 400 Bad Request\r\n', '\x16\x03\x01', 'SSH-2.0-OpenSSH']) {
    const d = decodePreloginResponse(Buffer.from(s, 'latin1'));
    assert.equal(d.kind, 'malformed', s);
  }
  assert.deepEqual(decodePreloginResponse(Buffer.alloc(0)), { kind: 'incomplete', need: 8 });
});

test('multi-packet answers stay incomplete until the EOM packet', () => {
  const bytes = encodePreloginResponse({ packetSize: 16, instanceName: 'SQLEXPRESS' });
  const first = decodeTdsPacketHeader(bytes);
  assert.ok(first.kind === 'ok' && !first.value.eom && first.value.length === 16);
  assert.equal(decodePreloginResponse(bytes.subarray(0, 16)).kind, 'incomplete');
  const whole = decodePreloginResponse(bytes);
  assert.equal(whole.kind, 'ok');
  if (whole.kind === 'ok') assert.equal(whole.value.instanceName, 'SQLEXPRESS');
});

test('round trip: encodePreloginResponse -> decodePreloginResponse', () => {
  fc.assert(
    fc.property(validResponseArb, ({ opts, bytes }) => {
      const d = decodePreloginResponse(bytes);
      assert.equal(d.kind, 'ok');
      if (d.kind !== 'ok') return;
      assert.equal(d.consumed, bytes.length);
      const v = opts.version;
      assert.equal(d.value.version, `${v.major}.${v.minor}.${v.build}`);
      assert.deepEqual(d.value.build, { ...v });
      assert.equal(d.value.encryption, opts.encryption);
      assert.equal(d.value.instanceName, opts.instanceName);
      assert.equal(d.value.mars, opts.mars);
      assert.equal(d.value.fedAuthRequired, opts.fedAuthRequired);
    }),
  );
});

codecPropertyTests({
  noun: 'answer',
  decode: decodePreloginResponse,
  valid: validResponseArb.map(({ bytes }) => bytes),
  arbitraryDecoders: [decodePreloginResponse, decodePreloginOptions, decodeTdsPacketHeader],
  trailing: fc.uint8Array({ maxLength: 64 }),
});

test('a valid header with an arbitrary payload never throws', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (payload, eom) => {
      const header = Buffer.from([0x04, eom ? 1 : 0, 0, 0, 0, 0, 1, 0]);
      header.writeUInt16BE(8 + payload.length, 2);
      const buf = Buffer.concat([header, payload]);
      assertWellFormed(decodePreloginResponse(buf), buf);
    }),
    { numRuns: 1000 },
  );
});

test('option tables with arbitrary tokens, offsets and lengths never throw', () => {
  const entry = fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 40 }));
  fc.assert(
    fc.property(fc.array(entry, { maxLength: 8 }), fc.uint8Array({ maxLength: 64 }), (entries, data) => {
      const table = Buffer.alloc(entries.length * 5 + 1);
      entries.forEach(([token, offset, length], i) => {
        table[i * 5] = token;
        table.writeUInt16BE(offset, i * 5 + 1);
        table.writeUInt16BE(length, i * 5 + 3);
      });
      table[table.length - 1] = 0xff;
      const payload = Buffer.concat([table, data]);
      assertWellFormed(decodePreloginOptions(payload), payload);
      const header = Buffer.from([0x04, 0x01, 0, 0, 0, 0, 1, 0]);
      header.writeUInt16BE(8 + payload.length, 2);
      const packet = Buffer.concat([header, payload]);
      assertWellFormed(decodePreloginResponse(packet), packet);
    }),
    { numRuns: 1000 },
  );
});
