import { randomInt } from 'node:crypto';
import dgram from 'node:dgram';
import dns from 'node:dns';
import net from 'node:net';
import { ProbeFailure } from '../engine/errors.ts';
import { encodeQuery, messageId, parseMessage, type DnsMessage, type DnsRecord, type QueryType } from '../protocols/dns.ts';

export { QUERY_TYPES, type DnsRecord, type QueryType } from '../protocols/dns.ts';

export interface DnsResponse {
  rcode: number;
  rcodeName: string;
  authoritative: boolean;
  truncated: boolean;
  transport: 'udp' | 'tcp';
  answers: DnsRecord[];
  /** From sending the query to its answer arriving, ms: the server's time without the socket set-up or parsing (dig's "Query time"). */
  rttMs: number;
}

interface Exchange {
  message: DnsMessage;
  rttMs: number;
}

const RCODE_NAMES = ['NOERROR', 'FORMERR', 'SERVFAIL', 'NXDOMAIN', 'NOTIMP', 'REFUSED', 'YXDOMAIN', 'YXRRSET', 'NXRRSET', 'NOTAUTH', 'NOTZONE'];
const MAX_TCP_MESSAGE = 65535;

export function rcodeName(rcode: number): string {
  return RCODE_NAMES[rcode] ?? `RCODE${rcode}`;
}

function toResponse({ message, rttMs }: Exchange, transport: 'udp' | 'tcp'): DnsResponse {
  return {
    rttMs: Math.round(rttMs * 1000) / 1000,
    rcode: message.rcode,
    rcodeName: rcodeName(message.rcode),
    authoritative: message.authoritative,
    truncated: message.truncated,
    transport,
    answers: message.answers,
  };
}

function parseOrFail(buffer: Buffer, server: string): DnsMessage {
  try {
    return parseMessage(buffer);
  } catch (error) {
    throw new ProbeFailure('protocol_mismatch', `${server} answered with something that is not a DNS message (${(error as Error).message})`);
  }
}

/**
 * dgram resolves every address through dns.lookup, an IP literal too: one tick for the implicit bind
 * to 0.0.0.0 and one for the connect. A literal needs no lookup, so both happen at once.
 */
function lookupUnlessLiteral(host: string, family: dns.LookupOneOptions | number, callback: (error: NodeJS.ErrnoException | null, address: string, family: number) => void): void {
  const literal = net.isIP(host);
  if (literal !== 0) callback(null, host, literal);
  else dns.lookup(host, family as number, callback);
}

function queryUdp(host: string, port: number, id: number, query: Buffer, signal: AbortSignal): Promise<Exchange> {
  const server = `${host}:${port}`;
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason); // its abort event is gone: nothing would close the socket
    const socket = dgram.createSocket({ type: net.isIP(host) === 6 ? 'udp6' : 'udp4', lookup: lookupUnlessLiteral });
    let sentAt = NaN;
    let done = false;
    const finish = (error: unknown, message?: DnsMessage, receivedAt = NaN) => {
      if (done) return;
      done = true;
      signal.removeEventListener('abort', onAbort);
      socket.close();
      if (message) resolve({ message, rttMs: receivedAt - sentAt });
      else reject(error);
    };
    const onAbort = () => finish(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') {
        finish(new ProbeFailure('dns_refused', `nothing answers DNS on UDP ${server} (ICMP port unreachable)`));
      } else finish(error);
    });
    socket.on('message', (buffer: Buffer) => {
      const receivedAt = performance.now(); // before parsing: the answer time is the server's
      // a stray datagram (another id, not a response, not DNS) must not pre-empt the real reply
      if (messageId(buffer) !== id || (buffer[2] & 0x80) === 0) return;
      try {
        finish(undefined, parseMessage(buffer), receivedAt);
      } catch (error) {
        finish(new ProbeFailure('protocol_mismatch', `${server} answered with a malformed DNS message (${(error as Error).message})`));
      }
    });
    // A connected socket receives ICMP port-unreachable as ECONNREFUSED instead of waiting it out.
    socket.connect(port, host, () => {
      if (done) return;
      sentAt = performance.now();
      socket.send(query);
    });
  });
}

function queryTcp(host: string, port: number, query: Buffer, signal: AbortSignal): Promise<Exchange> {
  const server = `${host}:${port}`;
  const framed = Buffer.alloc(2 + query.length);
  framed.writeUInt16BE(query.length);
  query.copy(framed, 2);
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const socket = net.connect({ host, port });
    let buffered = Buffer.alloc(0);
    let sentAt = NaN;
    let done = false;
    const finish = (error: unknown, message?: DnsMessage, receivedAt = NaN) => {
      if (done) return;
      done = true;
      signal.removeEventListener('abort', onAbort);
      socket.destroy();
      if (message) resolve({ message, rttMs: receivedAt - sentAt });
      else reject(error);
    };
    const onAbort = () => finish(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    socket.on('connect', () => {
      sentAt = performance.now();
      socket.write(framed);
    });
    socket.on('data', (chunk) => {
      const receivedAt = performance.now();
      buffered = Buffer.concat([buffered, chunk]);
      if (buffered.length > MAX_TCP_MESSAGE + 2) {
        finish(new ProbeFailure('protocol_mismatch', `${server} sent more than a DNS message over TCP`));
        return;
      }
      if (buffered.length < 2) return;
      const size = buffered.readUInt16BE(0);
      if (buffered.length < size + 2) return;
      try {
        finish(undefined, parseOrFail(buffered.subarray(2, size + 2), server), receivedAt);
      } catch (error) {
        finish(error);
      }
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') finish(new ProbeFailure('dns_refused', `nothing answers DNS on TCP ${server} (connection refused)`));
      else finish(error);
    });
    socket.on('end', () => finish(new ProbeFailure('protocol_mismatch', `${server} closed the TCP connection before a full DNS answer`)));
  });
}

/** A query ready to send. Checks make theirs before their clock starts: encoding is not network time. */
export interface DnsQuery {
  name: string;
  type: QueryType;
  id: number;
  bytes: Buffer;
}

export function makeQuery(name: string, type: QueryType): DnsQuery {
  const id = randomInt(0x10000); // RFC 5452: the whole 16-bit space, unpredictable
  return { name, type, id, bytes: encodeQuery(id, name, type) };
}

/** One query to a named server, UDP first (TCP when asked or when the answer is truncated). */
export async function queryDns(host: string, port: number, query: DnsQuery, options: { tcp?: boolean; signal: AbortSignal }): Promise<DnsResponse> {
  if (options.tcp) return toResponse(await queryTcp(host, port, query.bytes, options.signal), 'tcp');
  const udp = await queryUdp(host, port, query.id, query.bytes, options.signal);
  if (!udp.message.truncated) return toResponse(udp, 'udp');
  return toResponse(await queryTcp(host, port, makeQuery(query.name, query.type).bytes, options.signal), 'tcp');
}
