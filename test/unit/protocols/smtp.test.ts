import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SMTP_MAX_REPLY_BYTES, SMTP_MAX_REPLY_LINES, decodeReply, encodeCommand, encodeReply, parseEhloKeywords } from '../../../src/protocols/smtp.ts';
import { assertWellFormed, codecPropertyTests } from '../../helpers/codec-properties.ts';

const codeArb = fc.integer({ min: 100, max: 599 });
// reply text: printable, no CR/LF
const textArb = fc.string({ maxLength: 80 }).map((s) => s.replace(/[\r\n]/g, ' '));
const replyArb = fc.record({ code: codeArb, lines: fc.array(textArb, { minLength: 1, maxLength: 8 }), bareLf: fc.boolean() }).map((r) => {
  let bytes = encodeReply(r.code, r.lines);
  if (r.bareLf) bytes = Buffer.from(bytes.toString('utf8').replace(/\r\n/g, '\n'), 'utf8');
  return { ...r, bytes };
});

test('real replies: banner, EHLO, STARTTLS refusal, bare LF', () => {
  assert.deepEqual(decodeReply(Buffer.from('220 smtp.example.com ESMTP Postfix\r\n')), {
    kind: 'ok',
    value: { code: 220, lines: ['smtp.example.com ESMTP Postfix'] },
    consumed: 36,
  });
  const ehlo = Buffer.from(
    '250-smtp.example.com Hello [127.0.0.1]\r\n250-SIZE 35882577\r\n250-8BITMIME\r\n250-AUTH LOGIN PLAIN XOAUTH2\r\n250-STARTTLS\r\n250 SMTPUTF8\r\n',
  );
  const d = decodeReply(ehlo);
  assert.ok(d.kind === 'ok');
  assert.equal(d.consumed, ehlo.length);
  assert.equal(d.value.code, 250);
  assert.equal(d.value.lines.length, 6);
  assert.deepEqual(parseEhloKeywords(d.value.lines), {
    greeting: 'smtp.example.com Hello [127.0.0.1]',
    keywords: ['SIZE', '8BITMIME', 'AUTH', 'STARTTLS', 'SMTPUTF8'],
    starttls: true,
    size: 35882577,
    auth: ['LOGIN', 'PLAIN', 'XOAUTH2'],
  });
  assert.deepEqual(decodeReply(Buffer.from('454 4.7.0 TLS not available due to local problem\n')), {
    kind: 'ok',
    value: { code: 454, lines: ['4.7.0 TLS not available due to local problem'] },
    consumed: 49,
  });
  // a bare code is a complete last line
  assert.deepEqual(decodeReply(Buffer.from('250\r\n')), { kind: 'ok', value: { code: 250, lines: [''] }, consumed: 5 });
});

test('EHLO keywords: old AUTH= form, lower case, no STARTTLS', () => {
  const k = parseEhloKeywords(['relay.local', 'auth=login plain', 'AUTH LOGIN CRAM-MD5', 'size', 'PIPELINING']);
  assert.equal(k.starttls, false);
  assert.equal(k.size, undefined);
  assert.deepEqual(k.auth, ['LOGIN', 'PLAIN', 'CRAM-MD5']);
  assert.deepEqual(k.keywords, ['AUTH', 'SIZE', 'PIPELINING']);
  assert.deepEqual(parseEhloKeywords([]), { greeting: '', keywords: [], starttls: false });
});

test('not SMTP, told apart early', () => {
  for (const s of ['H', 'HTTP/1.1 400 Bad Request\r\n', '\x16\x03\x01\x00', 'SSH-2.0-x\r\n', '+OK POP3\r\n', '* OK IMAP\r\n', '2x0 hi\r\n', '250\t\r\n', '\r\n']) {
    assert.equal(decodeReply(Buffer.from(s, 'latin1')).kind, 'malformed', JSON.stringify(s));
  }
  assert.equal(decodeReply(Buffer.from('250-a\r\n251 b\r\n')).kind, 'malformed');
  assert.equal(decodeReply(Buffer.from('650 nope\r\n')).kind, 'malformed');
});

test('caps: a reply that never ends is malformed, not buffered forever', () => {
  const endless = Buffer.from('220 ' + 'x'.repeat(SMTP_MAX_REPLY_BYTES));
  const d = decodeReply(endless);
  assert.ok(d.kind === 'malformed' && /too long/.test(d.reason));
  const longMulti = Buffer.from('250-x\r\n'.repeat(SMTP_MAX_REPLY_BYTES / 7 + 10));
  assert.equal(decodeReply(longMulti).kind, 'malformed');
  const manyLines = Buffer.from('250-\r\n'.repeat(SMTP_MAX_REPLY_LINES + 1) + '250 \r\n');
  assert.ok(manyLines.length < SMTP_MAX_REPLY_BYTES);
  const m = decodeReply(manyLines);
  assert.ok(m.kind === 'malformed' && /lines/.test(m.reason));
});

test('encodeCommand adds CRLF and refuses CR/LF injection', () => {
  assert.deepEqual(encodeCommand('EHLO probe.local'), Buffer.from('EHLO probe.local\r\n'));
  assert.throws(() => encodeCommand('EHLO x\r\nRCPT TO:<a@b>'), TypeError);
  assert.throws(() => encodeCommand('EHLO x\n'), TypeError);
  assert.throws(() => encodeCommand('EHLO x\r'), TypeError);
  fc.assert(
    fc.property(fc.string(), (s) => {
      if (/[\r\n]/.test(s)) assert.throws(() => encodeCommand(s), TypeError);
      else assert.deepEqual(encodeCommand(s), Buffer.from(s + '\r\n', 'utf8'));
    }),
  );
});

test('round trip: encodeReply -> decodeReply, CRLF or bare LF', () => {
  fc.assert(
    fc.property(replyArb, ({ code, lines, bytes }) => {
      assert.deepEqual(decodeReply(bytes), { kind: 'ok', value: { code, lines }, consumed: bytes.length });
    }),
  );
});

// parsing the EHLO keywords of whatever decodes must not throw either
function decodeReplyAndKeywords(buf: Buffer) {
  const d = decodeReply(buf);
  if (d.kind === 'ok') parseEhloKeywords(d.value.lines);
  return d;
}

codecPropertyTests({
  noun: 'reply',
  decode: decodeReply,
  valid: replyArb.map(({ bytes }) => bytes),
  mutationDecoders: [decodeReplyAndKeywords],
  trailing: replyArb.map(({ bytes }) => bytes),
});

test('digit-led lines never throw', () => {
  const digitLed = fc.array(fc.tuple(fc.stringMatching(/^[0-9]{0,4}$/), fc.constantFrom('-', ' ', '', '\t'), fc.string({ maxLength: 20 }), fc.constantFrom('\r\n', '\n', '\r', '')), { maxLength: 6 });
  fc.assert(
    fc.property(digitLed, (parts) => {
      const buf = Buffer.from(parts.map((p) => p.join('')).join(''), 'utf8');
      assertWellFormed(decodeReplyAndKeywords(buf), buf);
    }),
    { numRuns: 1000 },
  );
});
