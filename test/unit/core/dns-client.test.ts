import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import dgram from 'node:dgram';
import dns2 from 'dns2';
import { ProbeFailure } from '../../../src/engine/errors.ts';
import { makeQuery, queryDns } from '../../../src/net/dns-client.ts';

const { Packet } = dns2 as unknown as { Packet: any };

/** A UDP server on 127.0.0.1 that answers each query with whatever `reply` sends back. */
function udpServer(reply: (query: Buffer, answer: (bytes: Buffer) => void) => void) {
  const socket = dgram.createSocket('udp4');
  socket.on('message', (query, peer) => reply(query, (bytes) => socket.send(bytes, peer.port, peer.address)));
  return {
    start: () => new Promise<number>((resolve) => socket.bind(0, '127.0.0.1', () => resolve(socket.address().port))),
    stop: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}

function answerTo(query: Buffer, id = query.readUInt16BE(0)): Buffer {
  const request = Packet.parse(query);
  const response = Packet.createResponseFromRequest(request);
  response.header.id = id;
  response.answers.push({ name: request.questions[0].name, type: Packet.TYPE.A, class: Packet.CLASS.IN, ttl: 30, address: '10.9.8.7' });
  return response.toBuffer();
}

describe('dns client over UDP', () => {
  let mode: 'stray-first' | 'malformed' = 'stray-first';
  const server = udpServer((query, answer) => {
    if (mode === 'stray-first') {
      answer(answerTo(query, query.readUInt16BE(0) ^ 1)); // another id: not our answer
      answer(Buffer.from([1, 2, 3])); // not DNS at all
      setTimeout(() => answer(answerTo(query)), 5);
    } else {
      const bytes = answerTo(query);
      answer(bytes.subarray(0, bytes.length - 2)); // our id, cut inside the record
    }
  });
  let port = 0;
  before(async () => {
    port = await server.start();
  });
  after(() => server.stop());

  test('a datagram with another id or too short to be DNS is skipped, the answer is used', async () => {
    mode = 'stray-first';
    const response = await queryDns('127.0.0.1', port, makeQuery('a.test', 'A'), { signal: AbortSignal.timeout(2000) });
    assert.deepEqual(response.answers, [{ name: 'a.test', type: 'A', ttl: 30, data: '10.9.8.7' }]);
    assert.equal(response.transport, 'udp');
    assert.ok(response.rttMs >= 4, `rtt ${response.rttMs} ms includes the server's 5 ms`);
  });

  test('a server named by host name is looked up (the literal shortcut is only for IPs)', async () => {
    mode = 'stray-first';
    const response = await queryDns('localhost', port, makeQuery('b.test', 'A'), { signal: AbortSignal.timeout(2000) });
    assert.equal(response.answers[0].data, '10.9.8.7');
  });

  test('our answer, malformed: protocol_mismatch rather than a wait for the deadline', async () => {
    mode = 'malformed';
    await assert.rejects(queryDns('127.0.0.1', port, makeQuery('c.test', 'A'), { signal: AbortSignal.timeout(2000) }), (error: ProbeFailure) => {
      assert.equal(error.class, 'protocol_mismatch');
      assert.match(error.message, /malformed DNS message/);
      return true;
    });
  });

  test('a signal already aborted rejects at once', async () => {
    const controller = new AbortController();
    controller.abort(new Error('gone'));
    await assert.rejects(queryDns('127.0.0.1', port, makeQuery('d.test', 'A'), { signal: controller.signal }), /gone/);
  });
});
