import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { RESP_MAX_DEPTH, RESP_MAX_LINE_BYTES, RESP_MAX_REPLY_BYTES, decodeReply, encodeCommand, encodeReply } from '../../../src/protocols/resp.ts';
import type { RespValue } from '../../../src/protocols/resp.ts';
import { assertWellFormed, codecPropertyTests } from '../../helpers/codec-properties.ts';

const lineText = fc.string({ maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, '_'));
const { value: valueArb } = fc.letrec<{ value: RespValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    lineText.map((value): RespValue => ({ type: 'simple', value })),
    lineText.map((value): RespValue => ({ type: 'error', value })),
    fc.integer().map((value): RespValue => ({ type: 'integer', value })),
    fc.option(fc.string({ maxLength: 60 }), { nil: null }).map((value): RespValue => ({ type: 'bulk', value })),
    fc.option(fc.array(tie('value'), { maxLength: 4 }), { nil: null }).map((value): RespValue => ({ type: 'array', value })),
  ),
}));
const validArb = valueArb.map((value) => ({ value, bytes: encodeReply(value) }));

test('real Redis replies', () => {
  const cases: Array<[string, RespValue]> = [
    ['+PONG\r\n', { type: 'simple', value: 'PONG' }],
    ['-NOAUTH Authentication required.\r\n', { type: 'error', value: 'NOAUTH Authentication required.' }],
    ['-WRONGPASS invalid username-password pair or user is disabled.\r\n', { type: 'error', value: 'WRONGPASS invalid username-password pair or user is disabled.' }],
    [':1000\r\n', { type: 'integer', value: 1000 }],
    [':-1\r\n', { type: 'integer', value: -1 }],
    ['$5\r\nhello\r\n', { type: 'bulk', value: 'hello' }],
    ['$0\r\n\r\n', { type: 'bulk', value: '' }],
    ['$-1\r\n', { type: 'bulk', value: null }],
    ['*-1\r\n', { type: 'array', value: null }],
    ['*0\r\n', { type: 'array', value: [] }],
    ['*2\r\n$4\r\nrole\r\n$6\r\nmaster\r\n', { type: 'array', value: [{ type: 'bulk', value: 'role' }, { type: 'bulk', value: 'master' }] }],
    ['$14\r\nline1\r\nline2\r\n\r\n', { type: 'bulk', value: 'line1\r\nline2\r\n' }],
  ];
  for (const [wire, value] of cases) assert.deepEqual(decodeReply(Buffer.from(wire)), { kind: 'ok', value, consumed: Buffer.byteLength(wire) }, wire);
});

test('encodeCommand: an array of bulk strings, byte lengths for UTF-8', () => {
  assert.deepEqual(encodeCommand(['PING']), Buffer.from('*1\r\n$4\r\nPING\r\n'));
  assert.deepEqual(encodeCommand(['AUTH', 'user', 'pässword']), Buffer.from('*3\r\n$4\r\nAUTH\r\n$4\r\nuser\r\n$9\r\npässword\r\n'));
  fc.assert(
    fc.property(fc.array(fc.string({ maxLength: 50 }), { maxLength: 6 }), (args) => {
      const d = decodeReply(encodeCommand(args));
      assert.deepEqual(d.kind === 'ok' ? d.value : d, { type: 'array', value: args.map((value) => ({ type: 'bulk', value })) });
    }),
  );
});

test('not Redis, told apart from the first byte', () => {
  for (const s of ['HTTP/1.1 400 Bad Request\r\n', '\x15\x03\x03\x00\x02', 'SSH-2.0-x\r\n', '220 smtp ready\r\n', '_\r\n', '%1\r\n']) {
    assert.equal(decodeReply(Buffer.from(s, 'latin1')).kind, 'malformed', JSON.stringify(s));
  }
  for (const s of [':12a\r\n', '$x\r\n', '$-2\r\n', '*-5\r\n', '$3\r\nabcd\r\n', ':\r\n']) {
    assert.equal(decodeReply(Buffer.from(s)).kind, 'malformed', JSON.stringify(s));
  }
});

test('caps: declared sizes, line length and depth', () => {
  assert.equal(decodeReply(Buffer.from(`$${RESP_MAX_REPLY_BYTES}\r\n`)).kind, 'malformed');
  assert.equal(decodeReply(Buffer.from('$9999999999\r\n')).kind, 'malformed');
  assert.equal(decodeReply(Buffer.from('*9999999\r\n')).kind, 'malformed');
  const long = decodeReply(Buffer.from('+' + 'x'.repeat(RESP_MAX_LINE_BYTES + 10)));
  assert.ok(long.kind === 'malformed' && /too long/.test(long.reason));
  assert.equal(decodeReply(Buffer.from('+' + 'x'.repeat(RESP_MAX_LINE_BYTES - 10))).kind, 'incomplete');
  const deep = decodeReply(Buffer.from('*1\r\n'.repeat(RESP_MAX_DEPTH + 5) + ':1\r\n'));
  assert.ok(deep.kind === 'malformed' && /deeper/.test(deep.reason));
  assert.equal(decodeReply(Buffer.from('*1\r\n'.repeat(RESP_MAX_DEPTH) + ':1\r\n')).kind, 'ok');
  // a large bulk that is still arriving is incomplete with an exact need
  assert.deepEqual(decodeReply(Buffer.from('$1000\r\nabc')), { kind: 'incomplete', need: 999 });
});

test('round trip: encodeReply -> decodeReply', () => {
  fc.assert(
    fc.property(validArb, ({ value, bytes }) => {
      assert.deepEqual(decodeReply(bytes), { kind: 'ok', value, consumed: bytes.length });
    }),
  );
});

codecPropertyTests({ noun: 'reply', decode: decodeReply, valid: validArb.map(({ bytes }) => bytes), trailing: fc.uint8Array({ maxLength: 32 }) });

test('RESP-looking token soup never throws', () => {
  const token = fc.oneof(fc.constantFrom('*', '$', ':', '+', '-', '\r\n', '\r', '\n', '-1', '0', '1', '2', '3', '10'), fc.string({ maxLength: 4 }));
  fc.assert(
    fc.property(fc.array(token, { maxLength: 30 }), (tokens) => {
      const buf = Buffer.from(tokens.join(''), 'utf8');
      assertWellFormed(decodeReply(buf), buf);
    }),
    { numRuns: 1000 },
  );
});
