import dgram from 'node:dgram';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { ProbeFailure } from '../engine/errors.ts';

// dns2's Packet codec is the part we use. Its clients have no abort and the TCP one no deadline,
// so the sockets here are our own and die with the check's signal.
let packetCodec: Dns2Packet | undefined;
function codec(): Dns2Packet {
  if (!packetCodec) throw new Error('dns2 not loaded: call loadCodec() first');
  return packetCodec;
}
/** Loads dns2's codec; the engine calls it before starting clocks so no check pays the import. */
export async function loadCodec(): Promise<void> {
  packetCodec ??= ((await import('dns2')).default as unknown as { Packet: Dns2Packet }).Packet;
}

interface Dns2Record { name: string; type: number; class: number; ttl: number; address?: string; domain?: string; data?: unknown }
interface Dns2Message {
  header: { id: number; rcode: number; tc: number; aa: number; rd: number; qr: number };
  questions: Array<{ name: string; type: number; class: number }>;
  answers: Dns2Record[];
  authorities: Dns2Record[];
  toBuffer(): Buffer;
}
interface Dns2Packet {
  new (): Dns2Message;
  parse(buffer: Buffer): Dns2Message;
  uuid(): number;
  TYPE: Record<string, number>;
  CLASS: Record<string, number>;
}

export const QUERY_TYPES = ['A', 'AAAA', 'CNAME', 'TXT', 'MX', 'NS', 'SOA', 'SRV', 'PTR'] as const;
export type QueryType = (typeof QUERY_TYPES)[number];

export interface DnsRecord { name: string; type: string; ttl: number; data: string }
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
  message: Dns2Message;
  rttMs: number;
}

const RCODE_NAMES = ['NOERROR', 'FORMERR', 'SERVFAIL', 'NXDOMAIN', 'NOTIMP', 'REFUSED', 'YXDOMAIN', 'YXRRSET', 'NXRRSET', 'NOTAUTH', 'NOTZONE'];
const MAX_TCP_MESSAGE = 65535;

export function rcodeName(rcode: number): string {
  return RCODE_NAMES[rcode] ?? `RCODE${rcode}`;
}

function typeName(type: number): string {
  return Object.entries(codec().TYPE).find(([, value]) => value === type)?.[0] ?? `TYPE${type}`;
}

function buildQuery(name: string, type: QueryType): Dns2Message {
  const Packet = codec();
  const query = new Packet();
  query.header.id = Packet.uuid();
  query.header.rd = 1;
  query.questions.push({ name, type: Packet.TYPE[type], class: Packet.CLASS.IN });
  return query;
}

function toResponse({ message, rttMs }: Exchange, transport: 'udp' | 'tcp'): DnsResponse {
  return {
    rttMs: Math.round(rttMs * 1000) / 1000,
    rcode: message.header.rcode,
    rcodeName: rcodeName(message.header.rcode),
    authoritative: message.header.aa === 1,
    truncated: message.header.tc === 1,
    transport,
    answers: message.answers.map((record) => ({
      name: record.name,
      type: typeName(record.type),
      ttl: record.ttl,
      data: String(record.address ?? record.domain ?? (typeof record.data === 'string' ? record.data : JSON.stringify(record.data ?? ''))),
    })),
  };
}

function parseOrFail(buffer: Buffer, server: string): Dns2Message {
  try {
    return codec().parse(buffer);
  } catch (error) {
    throw new ProbeFailure('protocol_mismatch', `${server} answered with something that is not a DNS message (${(error as Error).message})`);
  }
}

function queryUdp(host: string, port: number, query: Dns2Message, signal: AbortSignal): Promise<Exchange> {
  const server = `${host}:${port}`;
  return new Promise((resolve, reject) => {
    const socket = dgram.createSocket(net.isIP(host) === 6 ? 'udp6' : 'udp4');
    let sentAt = NaN;
    const finish = (error: unknown, message?: Dns2Message, receivedAt = performance.now()) => {
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
    socket.on('message', (buffer) => {
      const receivedAt = performance.now(); // before parsing: the answer time is the server's
      let message: Dns2Message;
      try {
        message = codec().parse(buffer);
      } catch {
        return; // a corrupt datagram must not pre-empt the real reply
      }
      if (message.header.id === query.header.id) finish(undefined, message, receivedAt);
    });
    // A connected socket receives ICMP port-unreachable as ECONNREFUSED instead of waiting it out.
    socket.connect(port, host, () => {
      const bytes = query.toBuffer();
      sentAt = performance.now();
      socket.send(bytes);
    });
  });
}

function queryTcp(host: string, port: number, query: Dns2Message, signal: AbortSignal): Promise<Exchange> {
  const server = `${host}:${port}`;
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    let buffered = Buffer.alloc(0);
    let sentAt = NaN;
    const finish = (error: unknown, message?: Dns2Message, receivedAt = performance.now()) => {
      signal.removeEventListener('abort', onAbort);
      socket.destroy();
      if (message) resolve({ message, rttMs: receivedAt - sentAt });
      else reject(error);
    };
    const onAbort = () => finish(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    socket.on('connect', () => {
      const body = query.toBuffer();
      const length = Buffer.alloc(2);
      length.writeUInt16BE(body.length);
      sentAt = performance.now();
      socket.write(Buffer.concat([length, body]));
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

/** One query to a named server, UDP first (TCP when asked or when the answer is truncated). */
export async function queryDns(
  host: string,
  port: number,
  name: string,
  type: QueryType,
  options: { tcp?: boolean; signal: AbortSignal },
): Promise<DnsResponse> {
  await loadCodec();
  const query = buildQuery(name, type);
  if (options.tcp) return toResponse(await queryTcp(host, port, query, options.signal), 'tcp');
  const udp = await queryUdp(host, port, query, options.signal);
  if (udp.message.header.tc !== 1) return toResponse(udp, 'udp');
  return toResponse(await queryTcp(host, port, buildQuery(name, type), options.signal), 'tcp');
}
