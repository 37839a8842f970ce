// The pure pieces of the amqp check: WebSocket framing, the upgrade answer, connection
// strings and SAS tokens. Fast, no sockets.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parseConnectionString, sasToken } from '../../../src/azure/eventhubs-credentials.ts';
import { classifyPeerError } from '../../../src/azure/eventhubs-errors.ts';
import { acceptFor, decodeUpgradeAnswer, decodeWsFrame, encodeWsFrame } from '../../../src/azure/eventhubs-ws-codec.ts';
import { Secret } from '../../../src/config/secrets.ts';

/** What a server would see: unmask a client frame (written here from RFC 6455 5.3). */
function unmask(frame: Buffer): { opcode: number; payload: Buffer } {
  let length = frame[1] & 0x7f;
  let offset = 2;
  if (length === 126) {
    length = frame.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    length = Number(frame.readBigUInt64BE(2));
    offset = 10;
  }
  assert.ok(frame[1] & 0x80, 'client frames are masked');
  const mask = frame.subarray(offset, offset + 4);
  const payload = Buffer.from(frame.subarray(offset + 4, offset + 4 + length));
  for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i & 3];
  assert.equal(frame.length, offset + 4 + length);
  return { opcode: frame[0] & 0x0f, payload };
}

describe('WebSocket codec', () => {
  test('client frames are masked and carry the payload, for every length encoding', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 70_000 }), fc.uint8Array({ minLength: 4, maxLength: 4 }), (bytes, mask) => {
      const frame = encodeWsFrame(2, Buffer.from(bytes), Buffer.from(mask));
      const seen = unmask(frame);
      assert.equal(seen.opcode, 2);
      assert.deepEqual(seen.payload, Buffer.from(bytes));
    }), { numRuns: 60 });
  });

  test('server frames decode, also when split anywhere', () => {
    const payload = Buffer.from('AMQP\x03\x01\x00\x00', 'latin1');
    const frame = Buffer.concat([Buffer.from([0x82, payload.length]), payload]);
    for (let cut = 0; cut < frame.length; cut++) assert.equal(decodeWsFrame(frame.subarray(0, cut), 1024).kind, 'incomplete');
    const whole = decodeWsFrame(frame, 1024);
    assert.equal(whole.kind, 'ok');
    if (whole.kind === 'ok') {
      assert.equal(whole.consumed, frame.length);
      assert.deepEqual(whole.value.payload, payload);
    }
  });

  test('hostile server frames are refused before their bytes are waited for', () => {
    assert.equal(decodeWsFrame(Buffer.from([0x82, 0x85, 1, 2, 3, 4]), 1024).kind, 'malformed'); // masked
    assert.equal(decodeWsFrame(Buffer.from([0x82, 127, 0, 0, 0, 1, 0, 0, 0, 0]), 1024 * 1024).kind, 'malformed'); // 4 GiB
    assert.equal(decodeWsFrame(Buffer.from([0x89, 126, 0, 200]), 1024).kind, 'malformed'); // long ping
    assert.equal(decodeWsFrame(Buffer.from([0xc2, 0]), 1024).kind, 'malformed'); // RSV1
    assert.equal(decodeWsFrame(Buffer.from([0x83, 0]), 1024).kind, 'malformed'); // opcode 3
  });

  test('decodeWsFrame never throws on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      decodeWsFrame(Buffer.from(bytes), 1024);
    }));
  });

  test('upgrade answer: status, headers, what follows is left over', () => {
    const text = 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n';
    const answer = decodeUpgradeAnswer(Buffer.concat([Buffer.from(text, 'latin1'), Buffer.from([0x82, 0])]));
    assert.equal(answer.kind, 'ok');
    if (answer.kind === 'ok') {
      assert.equal(answer.value.status, 101);
      assert.equal(answer.value.headers['sec-websocket-accept'], 's3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
      assert.equal(answer.consumed, text.length);
    }
    assert.equal(decodeUpgradeAnswer(Buffer.from('HTTP/1.1 101 Sw')).kind, 'incomplete');
    assert.equal(decodeUpgradeAnswer(Buffer.from('AMQP\x03\x01\x00\x00')).kind, 'malformed');
    assert.equal(decodeUpgradeAnswer(Buffer.alloc(20_000, 0x41).fill('HTTP/1.1 200 OK\r\nX: ', 0)).kind, 'malformed');
  });

  test('Sec-WebSocket-Accept matches the RFC 6455 example', () => {
    assert.equal(acceptFor('dGhlIHNhbXBsZSBub25jZQ=='), 's3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
  });
});

describe('Event Hubs connection strings and SAS', () => {
  test('parses endpoint, key name, key and entity path', () => {
    const parsed = parseConnectionString(new Secret('Endpoint=sb://myns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=abc=def==;EntityPath=hub'));
    assert.equal(parsed.endpointHost, 'myns.servicebus.windows.net');
    assert.equal(parsed.keyName, 'send');
    assert.equal(parsed.key?.reveal(), 'abc=def==');
    assert.equal(parsed.entityPath, 'hub');
  });

  test('errors name what is missing and never the value', () => {
    const secretish = 'Endpoint=sb://x.servicebus.windows.net/;SharedAccessKey=TOPSECRETVALUE';
    assert.throws(() => parseConnectionString(new Secret(secretish)), (error: Error) => /SharedAccessKeyName/.test(error.message) && !error.message.includes('TOPSECRET'));
    assert.throws(() => parseConnectionString(new Secret('SharedAccessKeyName=a;SharedAccessKey=b')), /Endpoint/);
    assert.throws(() => parseConnectionString(new Secret('just-a-key')), /not a connection string/);
  });

  test('the SAS token matches one computed elsewhere (Python hmac/urllib)', () => {
    const token = sasToken('sb://myns.servicebus.windows.net/hub/$management', 'key name', 'secretkey==', 1_700_000_000);
    assert.equal(token, 'SharedAccessSignature sr=sb%3A%2F%2Fmyns.servicebus.windows.net%2Fhub%2F%24management&sig=1kOavreisrN2vexc%2B9qFHouNO3K332g46g4FHvwEi8g%3D&se=1700000000&skn=key%20name');
  });

  test('refusals: network rules are access_denied anywhere, claims are auth_failed after CBS', () => {
    const ipFilter = { condition: 'amqp:unauthorized-access', description: 'Ip has been prevented to connect to the endpoint.' };
    assert.equal(classifyPeerError(ipFilter, 'open'), 'access_denied');
    assert.equal(classifyPeerError(ipFilter, 'management'), 'access_denied');
    const claims = { condition: 'amqp:unauthorized-access', description: "Unauthorized access. 'Listen' claim(s) are required to perform this operation." };
    assert.equal(classifyPeerError(claims, 'management'), 'auth_failed');
    assert.equal(classifyPeerError({ condition: 'amqp:not-found' }, 'management'), 'auth_failed');
    assert.equal(classifyPeerError({ condition: 'amqp:internal-error' }, 'cbs'), 'protocol_mismatch');
  });
});
