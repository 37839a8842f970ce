import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import {
  AMQP_HEADER,
  AMQP_MAX_FRAME_BYTES,
  FRAME_TYPE_AMQP,
  FRAME_TYPE_SASL,
  SASL_HEADER,
  TLS_HEADER,
  decodeAmqpValue,
  decodeFrame,
  decodePerformative,
  decodeProtocolHeader,
  decodeSaslMechanisms,
  decodeSaslOutcome,
  describeProtocolHeader,
  encodeClose,
  encodeFrame,
  encodeOpen,
  encodeSaslInit,
  encodeSaslMechanisms,
  encodeSaslOutcome,
  saslPlainResponse,
} from '../../../src/protocols/amqp.ts';
import { assertWellFormed, codecPropertyTests, hexBytes } from '../../helpers/codec-properties.ts';
import type { Decoder } from '../../helpers/codec-properties.ts';

// rhea is the peer the integration tests run against: its own encoder is the reference
const require = createRequire(import.meta.url);
const rheaFrames = require('rhea/lib/frames.js');

const allDecoders: Decoder[] = [decodeProtocolHeader, decodeFrame, decodePerformative, decodeSaslMechanisms, decodeSaslOutcome];

const mechanismArb = fc.stringMatching(/^[A-Z0-9_-]{1,40}$/);
const mechanismsArb = fc.array(mechanismArb, { maxLength: 6 });
const rheaMechanisms = (mechanisms: string[] | string): Buffer =>
  rheaFrames.write_frame(rheaFrames.sasl_frame(rheaFrames.sasl_mechanisms({ sasl_server_mechanisms: mechanisms })));

// a valid frame of each kind we decode, from our encoders and from rhea's
const validFrameArb: fc.Arbitrary<Buffer> = fc.oneof(
  mechanismsArb.map((m) => encodeSaslMechanisms(m)),
  mechanismsArb.map((m) => rheaMechanisms(m)),
  fc.tuple(fc.integer({ min: 0, max: 4 }), fc.option(fc.uint8Array({ maxLength: 300 }), { nil: undefined })).map(([code, data]) =>
    encodeSaslOutcome(code, data ? Buffer.from(data) : undefined),
  ),
  fc.tuple(mechanismArb, fc.option(fc.uint8Array({ maxLength: 300 }), { nil: undefined }), fc.option(fc.string({ maxLength: 300 }), { nil: undefined })).map(
    ([m, r, h]) => encodeSaslInit(m, r ? Buffer.from(r) : undefined, h),
  ),
  fc.tuple(fc.string({ maxLength: 40 }), fc.option(fc.string({ maxLength: 300 }), { nil: undefined })).map(([c, d]) =>
    encodeClose({ condition: 'amqp:' + c.replace(/[^\x00-\x7f]/g, ''), ...(d === undefined ? {} : { description: d }) }),
  ),
  fc.tuple(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 })).map(([c, h]) => encodeOpen(c, h)),
);

test('protocol header constants', () => {
  assert.deepEqual(AMQP_HEADER, Buffer.from('AMQP\x00\x01\x00\x00', 'latin1'));
  assert.deepEqual(TLS_HEADER, Buffer.from('AMQP\x02\x01\x00\x00', 'latin1'));
  assert.deepEqual(SASL_HEADER, Buffer.from('AMQP\x03\x01\x00\x00', 'latin1'));
});

test('decodeProtocolHeader: SASL, AMQP, 0-9-1 answers and non-AMQP peers', () => {
  assert.deepEqual(decodeProtocolHeader(SASL_HEADER), { kind: 'ok', value: { protocolId: 3, major: 1, minor: 0, revision: 0 }, consumed: 8 });
  const rabbit = decodeProtocolHeader(Buffer.from('AMQP\x00\x00\x09\x01', 'latin1'));
  assert.ok(rabbit.kind === 'ok');
  assert.equal(describeProtocolHeader(rabbit.value), 'AMQP 0-9-1');
  assert.equal(describeProtocolHeader({ protocolId: 3, major: 1, minor: 0, revision: 0 }), 'AMQP 1.0.0 (SASL)');
  assert.deepEqual(decodeProtocolHeader(Buffer.from('AM')), { kind: 'incomplete', need: 6 });
  assert.equal(decodeProtocolHeader(Buffer.from('HTTP/1.1 400')).kind, 'malformed');
  assert.equal(decodeProtocolHeader(Buffer.from([0x16, 0x03])).kind, 'malformed');
  // a server that only speaks SASL answers a plain header with its own, then more follows
  const answer = Buffer.concat([SASL_HEADER, rheaMechanisms(['ANONYMOUS'])]);
  const h = decodeProtocolHeader(answer);
  assert.ok(h.kind === 'ok');
  assert.deepEqual(decodeSaslMechanisms(answer.subarray(h.consumed)), { kind: 'ok', value: { mechanisms: ['ANONYMOUS'] }, consumed: answer.length - 8 });
});

test('sasl-mechanisms as rhea encodes it (array32 of sym8) — fixed vector', () => {
  // captured from rhea 3.0.5: frames.write_frame(sasl_frame(sasl_mechanisms({sasl_server_mechanisms: ['ANONYMOUS', 'PLAIN']})))
  const bytes = hexBytes('0000002e02010000005340d00000001e00000001f00000001500000002a309414e4f4e594d4f555305504c41494e');
  assert.deepEqual(rheaMechanisms(['ANONYMOUS', 'PLAIN']), bytes);
  assert.deepEqual(decodeSaslMechanisms(bytes), { kind: 'ok', value: { mechanisms: ['ANONYMOUS', 'PLAIN'] }, consumed: bytes.length });
});

test('sasl-mechanisms: any list rhea encodes decodes to the same list', () => {
  fc.assert(
    fc.property(mechanismsArb, (mechanisms) => {
      const bytes = rheaMechanisms(mechanisms);
      assert.deepEqual(decodeSaslMechanisms(bytes), { kind: 'ok', value: { mechanisms }, consumed: bytes.length });
    }),
  );
  // a single mechanism given as a string is written as a bare symbol, not an array
  const single = rheaMechanisms('ANONYMOUS');
  assert.equal(single[single.length - 11], 0xa3);
  assert.deepEqual(decodeSaslMechanisms(single), { kind: 'ok', value: { mechanisms: ['ANONYMOUS'] }, consumed: single.length });
});

test('sasl-mechanisms in the other encodings a peer may choose', () => {
  const frame = (body: string) => encodeFrame(FRAME_TYPE_SASL, 0, hexBytes(body));
  const cases: Array<[string, string[]]> = [
    // list8 with array8 of sym8 (qpid-proton style)
    ['005340 c0 14 01 e0 11 02 a3 09 414e4f4e594d4f5553 04 4c4f474e', ['ANONYMOUS', 'LOGN']],
    // list8 with a bare sym32
    ['005340 c0 0b 01 b3 00000005 504c41494e', ['PLAIN']],
    // array32 of sym32
    ['005340 d0 00000017 00000001 f0 0000000e 00000001 b3 00000005 504c41494e', ['PLAIN']],
    // null field, list0 and a symbolic descriptor
    ['005340 c0 02 01 40', []],
    ['005340 45', []],
    ['00 a3 19 616d71703a7361736c2d6d656368616e69736d733a6c697374 c0 07 01 a3 04 4c4f474e', ['LOGN']],
    // descriptor as a full ulong
    ['00 80 0000000000000040 c0 07 01 a3 04 4c4f474e', ['LOGN']],
  ];
  for (const [body, expected] of cases) {
    const bytes = frame(body);
    assert.deepEqual(decodeSaslMechanisms(bytes), { kind: 'ok', value: { mechanisms: expected }, consumed: bytes.length }, body);
  }
  assert.equal(decodeSaslMechanisms(frame('005340 c0 03 01 a1 00')).kind, 'malformed'); // a string, not a symbol
  // symbolic descriptors are looked up safely: "constructor" and "__proto__" name nothing
  for (const name of ['constructor', '__proto__', 'toString']) {
    const sym = Buffer.from(name, 'latin1');
    const body = Buffer.concat([Buffer.from([0x00, 0xa3, sym.length]), sym, Buffer.from([0x45])]);
    const d = decodePerformative(encodeFrame(FRAME_TYPE_SASL, 0, body));
    assert.ok(d.kind === 'malformed' && /unknown descriptor/.test(d.reason), name);
  }
  assert.equal(decodeSaslMechanisms(frame('005340 c0 08 01 e0 05 01 a1 02 6869')).kind, 'malformed'); // an array of strings
  assert.equal(decodeSaslMechanisms(frame('005340 c0 07 01 a3 05 4c4f474e')).kind, 'malformed'); // symbol overruns its list
});

test('sasl-mechanisms from our encoder round-trips, and rhea reads it', () => {
  fc.assert(
    fc.property(mechanismsArb, (mechanisms) => {
      const bytes = encodeSaslMechanisms(mechanisms);
      assert.deepEqual(decodeSaslMechanisms(bytes), { kind: 'ok', value: { mechanisms }, consumed: bytes.length });
      const read = rheaFrames.read_frame(bytes);
      assert.deepEqual([...read.performative.sasl_server_mechanisms], mechanisms);
    }),
  );
});

test('sasl-init is read by rhea with the same mechanism, response and hostname', () => {
  fc.assert(
    fc.property(mechanismArb, fc.option(fc.uint8Array({ maxLength: 400 }), { nil: undefined }), fc.option(fc.string({ maxLength: 300 }), { nil: undefined }), (mechanism, response, hostname) => {
      const initial = response ? Buffer.from(response) : undefined;
      const bytes = encodeSaslInit(mechanism, initial, hostname);
      const frame = rheaFrames.read_frame(bytes);
      assert.equal(frame.type, FRAME_TYPE_SASL);
      assert.equal(frame.size, bytes.length);
      assert.equal(frame.performative.mechanism, mechanism);
      if (initial) assert.deepEqual(Buffer.from(frame.performative.initial_response), initial);
      else assert.ok(frame.performative.initial_response == null);
      assert.equal(frame.performative.hostname ?? undefined, hostname);
      const ours = decodePerformative(bytes);
      assert.ok(ours.kind === 'ok' && ours.value.name === 'sasl-init');
    }),
  );
  assert.throws(() => encodeSaslInit('ANONYMÖUS'), TypeError);
  assert.deepEqual(saslPlainResponse('user', 'pw'), Buffer.from('\0user\0pw'));
});

test('sasl-outcome: rhea vectors and our round trip', () => {
  const okOutcome = hexBytes('0000001602010000005344d000000006000000015000');
  assert.deepEqual(rheaFrames.write_frame(rheaFrames.sasl_frame(rheaFrames.sasl_outcome({ code: 0 }))), okOutcome);
  assert.deepEqual(decodeSaslOutcome(okOutcome), { kind: 'ok', value: { code: 0 }, consumed: okOutcome.length });
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 4 }), fc.option(fc.uint8Array({ maxLength: 300 }), { nil: undefined }), (code, data) => {
      const additional = data ? Buffer.from(data) : undefined;
      const rhea = rheaFrames.write_frame(rheaFrames.sasl_frame(rheaFrames.sasl_outcome({ code, additional_data: additional })));
      const fromRhea = decodeSaslOutcome(rhea);
      assert.ok(fromRhea.kind === 'ok');
      assert.equal(fromRhea.value.code, code);
      assert.deepEqual(fromRhea.value.additionalData, additional);
      const ours = encodeSaslOutcome(code, additional);
      assert.deepEqual(decodeSaslOutcome(ours), fromRhea.kind === 'ok' ? { ...fromRhea, consumed: ours.length } : fromRhea);
    }),
  );
  // the wrong performative names what came instead
  const mechanisms = decodeSaslOutcome(rheaMechanisms(['PLAIN']));
  assert.ok(mechanisms.kind === 'malformed' && /got sasl-mechanisms/.test(mechanisms.reason));
});

test('close with an Event Hubs firewall error, as rhea writes it', () => {
  const bytes = rheaFrames.write_frame(
    rheaFrames.amqp_frame(0, rheaFrames.close({ error: { condition: 'amqp:unauthorized-access', description: 'Ip has been prevented to connect' } })),
  );
  const d = decodePerformative(bytes);
  assert.ok(d.kind === 'ok');
  assert.equal(d.value.name, 'close');
  assert.equal(d.value.code, 0x18);
  assert.equal(d.value.frameType, FRAME_TYPE_AMQP);
  assert.deepEqual(d.value.error, { condition: 'amqp:unauthorized-access', description: 'Ip has been prevented to connect' });
  const ours = decodePerformative(encodeClose(d.value.error));
  assert.ok(ours.kind === 'ok');
  assert.deepEqual(ours.value.error, d.value.error);
  // expecting SASL but getting a close: the reason carries the condition
  const asSasl = decodeSaslMechanisms(bytes);
  assert.ok(asSasl.kind === 'malformed' && asSasl.reason.includes('Ip has been prevented to connect'));
});

test('open as rhea writes it; an empty frame is a heartbeat', () => {
  const bytes = rheaFrames.write_frame(rheaFrames.amqp_frame(0, rheaFrames.open({ container_id: 'server-1', hostname: 'hub.example', max_frame_size: 65536, idle_time_out: 120000 })));
  const d = decodePerformative(bytes);
  assert.ok(d.kind === 'ok');
  assert.equal(d.value.name, 'open');
  assert.equal(d.value.containerId, 'server-1');
  assert.equal(d.value.hostname, 'hub.example');
  assert.equal(d.value.maxFrameSize, 65536);
  assert.equal(d.value.idleTimeout, 120000);
  const heartbeat = encodeFrame(FRAME_TYPE_AMQP, 0, Buffer.alloc(0));
  assert.deepEqual(decodePerformative(heartbeat), { kind: 'ok', value: { frameType: 0, channel: 0, code: null, name: 'heartbeat', fields: [] }, consumed: 8 });
  const ourOpen = rheaFrames.read_frame(encodeOpen('probe', 'hub.example'));
  assert.equal(ourOpen.performative.container_id, 'probe');
  assert.equal(ourOpen.performative.hostname, 'hub.example');
});

test('decodeFrame: bounds, extended headers and early rejection', () => {
  assert.deepEqual(decodeFrame(Buffer.from([0, 0])), { kind: 'incomplete', need: 2 });
  assert.equal(decodeFrame(hexBytes('00000007')).kind, 'malformed');
  assert.equal(decodeFrame(hexBytes('ffffffff')).kind, 'malformed');
  const tooBig = Buffer.alloc(4);
  tooBig.writeUInt32BE(AMQP_MAX_FRAME_BYTES + 1);
  assert.equal(decodeFrame(tooBig).kind, 'malformed');
  assert.equal(decodeFrame(hexBytes('0000001001')).kind, 'malformed'); // doff 1
  assert.equal(decodeFrame(hexBytes('000000100207')).kind, 'malformed'); // frame type 7
  assert.deepEqual(decodeFrame(hexBytes('000000100200')), { kind: 'incomplete', need: 10 });
  // doff 3: a 4-byte extended header the body starts after
  const extended = hexBytes('0000000e 03 00 0005 deadbeef 4142');
  const d = decodeFrame(extended);
  assert.ok(d.kind === 'ok');
  assert.equal(d.value.channel, 5);
  assert.deepEqual(d.value.body, Buffer.from('AB'));
});

test('the type decoder is bounded: depth, element budget, counts', () => {
  // 100 nested list32s
  let deep = Buffer.from([0x40]);
  for (let i = 0; i < 100; i++) {
    const head = Buffer.from([0xd0, 0, 0, 0, 0, 0, 0, 0, 1]);
    head.writeUInt32BE(deep.length + 4, 1);
    deep = Buffer.concat([head, deep]);
  }
  const deepStep = decodeAmqpValue(deep);
  assert.ok(!deepStep.ok && /deeper/.test(deepStep.reason));
  // arrays of zero-width nulls cost no bytes: 10 x 65535 must hit the element budget
  const nulls = hexBytes('f0 00000005 0000ffff 40');
  const many = Buffer.concat([Buffer.from([0xd0]), Buffer.alloc(8), ...Array(10).fill(nulls)]);
  many.writeUInt32BE(many.length - 5, 1);
  many.writeUInt32BE(10, 5);
  const manyStep = decodeAmqpValue(many);
  assert.ok(!manyStep.ok && /more than/.test(manyStep.reason));
  // a huge declared count with no bytes behind it
  assert.equal(decodeAmqpValue(hexBytes('d0 00000004 ffffffff')).ok, false);
  assert.equal(decodeAmqpValue(hexBytes('f0 00000005 ffffffff 40')).ok, false);
  assert.equal(decodeAmqpValue(hexBytes('b1 ffffffff')).ok, false);
});

codecPropertyTests({
  noun: 'frame',
  decode: decodePerformative,
  valid: validFrameArb,
  prefixDecoders: [decodeFrame, decodePerformative],
  arbitraryDecoders: allDecoders,
  mutationDecoders: allDecoders,
  trailing: fc.uint8Array({ maxLength: 32 }),
});

test('every strict prefix of the SASL protocol header is incomplete', () => {
  for (let n = 0; n < 8; n++) assert.equal(decodeProtocolHeader(SASL_HEADER.subarray(0, n)).kind, 'incomplete');
});

test('the type decoder on arbitrary bytes never throws', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 600 }), (arr) => {
      const buf = Buffer.from(arr);
      const step = decodeAmqpValue(buf);
      assert.ok(step.ok ? step.end <= buf.length : typeof step.reason === 'string');
    }),
    { numRuns: 1000 },
  );
});

test('a valid frame header around an arbitrary body never throws', () => {
  const prefixes = [hexBytes(''), hexBytes('005340'), hexBytes('005344'), hexBytes('005318'), hexBytes('005340d0'), hexBytes('005340c0')];
  fc.assert(
    fc.property(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 400 }), fc.constantFrom(FRAME_TYPE_AMQP, FRAME_TYPE_SASL), (prefix, body, type) => {
      const buf = encodeFrame(type, 0, Buffer.concat([prefix, body]));
      for (const decode of allDecoders) assertWellFormed(decode(buf), buf);
    }),
    { numRuns: 1000 },
  );
});
