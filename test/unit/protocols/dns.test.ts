import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import dns2 from 'dns2';
import fc from 'fast-check';
import { DnsFormatError, encodeQuery, messageId, parseMessage } from '../../../src/protocols/dns.ts';

// dns2 (the demo server's codec) is the independent other side: it reads our queries and writes
// the answers we read, name compression included.
const { Packet } = dns2 as unknown as { Packet: any };

function answer(records: object[], header: Record<string, number> = {}): Buffer {
  const response = new Packet();
  Object.assign(response.header, { id: 4242, qr: 1, aa: 1, rd: 1, ...header });
  response.questions.push({ name: 'www.example.test', type: Packet.TYPE.A, class: Packet.CLASS.IN });
  response.answers.push(...records.map((r) => ({ class: Packet.CLASS.IN, ttl: 300, ...r })));
  return response.toBuffer();
}

describe('DNS wire format: the query', () => {
  test('dns2 reads our query: id, RD, one question', () => {
    const parsed = Packet.parse(encodeQuery(0xbeef, 'www.Example.test', 'AAAA'));
    assert.equal(parsed.header.id, 0xbeef);
    assert.equal(parsed.header.qr, 0);
    assert.equal(parsed.header.rd, 1);
    assert.deepEqual(parsed.questions.map((q: object) => ({ ...q })), [{ name: 'www.Example.test', type: Packet.TYPE.AAAA, class: Packet.CLASS.IN }]);
  });

  test('a trailing dot is the root label, not an empty one', () => {
    assert.deepEqual(encodeQuery(1, 'example.test.', 'A'), encodeQuery(1, 'example.test', 'A'));
  });

  test('a label over 63 octets or a name over 255 is refused', () => {
    assert.throws(() => encodeQuery(1, `${'a'.repeat(64)}.test`, 'A'), DnsFormatError);
    assert.throws(() => encodeQuery(1, Array.from({ length: 5 }, () => 'a'.repeat(63)).join('.'), 'A'), DnsFormatError);
  });

  test('any valid name and id round-trip through dns2', () => {
    const label = fc.stringMatching(/^[a-z0-9_-]{1,63}$/);
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffff }), fc.array(label, { minLength: 1, maxLength: 3 }), (id, labels) => {
      const parsed = Packet.parse(encodeQuery(id, labels.join('.'), 'CNAME'));
      assert.equal(parsed.header.id, id);
      assert.equal(parsed.questions[0].name, labels.join('.'));
      assert.equal(parsed.questions[0].type, Packet.TYPE.CNAME);
    }));
  });
});

describe('DNS wire format: the answer', () => {
  test('header flags and the answer records dns2 wrote, compressed names included', () => {
    const message = parseMessage(answer([
      { name: 'www.example.test', type: Packet.TYPE.CNAME, domain: 'web.example.test' },
      { name: 'web.example.test', type: Packet.TYPE.A, address: '10.1.2.3', ttl: 60 },
      { name: 'web.example.test', type: Packet.TYPE.AAAA, address: '2001:db8::1' },
    ], { rcode: 0 }));
    assert.deepEqual({ ...message, answers: undefined }, { id: 4242, isResponse: true, authoritative: true, truncated: false, rcode: 0, answers: undefined });
    assert.deepEqual(message.answers, [
      { name: 'www.example.test', type: 'CNAME', ttl: 300, data: 'web.example.test' },
      { name: 'web.example.test', type: 'A', ttl: 60, data: '10.1.2.3' },
      { name: 'web.example.test', type: 'AAAA', ttl: 300, data: '2001:db8::1' },
    ]);
  });

  test('the other record types, as dig shows them', () => {
    const message = parseMessage(answer([
      { name: 'example.test', type: Packet.TYPE.MX, priority: 10, exchange: 'mail.example.test' },
      { name: 'example.test', type: Packet.TYPE.NS, ns: 'ns1.example.test' },
      { name: 'example.test', type: Packet.TYPE.TXT, data: ['v=spf1 -all', 'second'] },
      { name: '_sip._tcp.example.test', type: Packet.TYPE.SRV, priority: 1, weight: 2, port: 5060, target: 'sip.example.test' },
      { name: 'example.test', type: Packet.TYPE.SOA, primary: 'ns1.example.test', admin: 'hostmaster.example.test', serial: 7, refresh: 3600, retry: 600, expiration: 86400, minimum: 60 },
    ]));
    assert.deepEqual(message.answers.map((a) => [a.type, a.data]), [
      ['MX', '10 mail.example.test'],
      ['NS', 'ns1.example.test'],
      ['TXT', '["v=spf1 -all","second"]'],
      ['SRV', '1 2 5060 sip.example.test'],
      ['SOA', 'ns1.example.test hostmaster.example.test 7 3600 600 86400 60'],
    ]);
  });

  test('IPv6 text is RFC 5952: the first longest zero run compressed, a lone zero group not', () => {
    for (const address of ['::', '::1', '2001:db8::', '2001:db8:0:1:1:1:1:1', '2001:0:0:1::1', 'fe80::1:0:0:1', '1:2:3:4:5:6:7:8']) {
      const [record] = parseMessage(answer([{ name: 'x.test', type: Packet.TYPE.AAAA, address }])).answers;
      assert.equal(record.data, address, address);
    }
  });

  test('rcode, the TC bit and a truncated message cut inside a record', () => {
    const full = answer([{ name: 'x.test', type: Packet.TYPE.A, address: '10.0.0.1' }, { name: 'y.test', type: Packet.TYPE.A, address: '10.0.0.2' }], { tc: 1, rcode: 3 });
    const message = parseMessage(full.subarray(0, full.length - 3));
    assert.equal(message.truncated, true);
    assert.equal(message.rcode, 3);
    assert.deepEqual(message.answers.map((a) => a.data), ['10.0.0.1']);
  });

  test('malformed messages throw DnsFormatError: short, cut, pointer loop, wrong data length', () => {
    const full = answer([{ name: 'x.test', type: Packet.TYPE.A, address: '10.0.0.1' }]);
    assert.throws(() => parseMessage(full.subarray(0, 11)), DnsFormatError);
    assert.throws(() => parseMessage(full.subarray(0, full.length - 1)), DnsFormatError);
    const loop = Buffer.from(full);
    loop.writeUInt16BE(0xc000 | 12, 12); // the question's name points at itself
    assert.throws(() => parseMessage(loop), /loop of compression pointers/);
    const badLength = Buffer.concat([full.subarray(0, full.length - 6), Buffer.from([0, 5, 10, 0, 0, 1, 9])]);
    badLength.writeUInt16BE(1, 6);
    assert.throws(() => parseMessage(badLength), /A data of 5 octets/);
  });

  test('no input makes the parser throw anything but DnsFormatError', () => {
    const seed = answer([{ name: 'www.example.test', type: Packet.TYPE.CNAME, domain: 'web.example.test' }, { name: 'web.example.test', type: Packet.TYPE.A, address: '10.1.2.3' }]);
    fc.assert(fc.property(fc.uint8Array({ maxLength: seed.length + 8 }), fc.nat(seed.length), (noise, at) => {
      const bytes = Buffer.concat([seed.subarray(0, at), noise]);
      try {
        parseMessage(bytes);
      } catch (error) {
        assert.ok(error instanceof DnsFormatError, String(error));
      }
    }), { numRuns: 2000 });
  });

  test('messageId: -1 below a header', () => {
    assert.equal(messageId(Buffer.alloc(11)), -1);
    assert.equal(messageId(answer([])), 4242);
  });
});
