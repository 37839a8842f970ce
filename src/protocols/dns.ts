// The DNS wire format (RFC 1035) as the client needs it: one question out; the header and the
// answer section in. Hand-written: dns2's codec reads and writes bit by bit, which a check that runs
// every few seconds (never optimised) paid inside its timed exchange.

export const QUERY_TYPES = ['A', 'AAAA', 'CNAME', 'TXT', 'MX', 'NS', 'SOA', 'SRV', 'PTR'] as const;
export type QueryType = (typeof QUERY_TYPES)[number];

const TYPE_CODES: Record<QueryType, number> = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33 };
const TYPE_NAMES = new Map<number, string>(Object.entries(TYPE_CODES).map(([name, code]) => [code, name]));
const CLASS_IN = 1;
const HEADER_SIZE = 12;
const MAX_LABEL = 63;
const MAX_NAME = 255;
/** More compression pointers than a 255-octet name can need: a loop. */
const MAX_POINTERS = 127;

export interface DnsRecord { name: string; type: string; ttl: number; data: string }

export interface DnsMessage {
  id: number;
  isResponse: boolean;
  authoritative: boolean;
  truncated: boolean;
  rcode: number;
  answers: DnsRecord[];
}

export class DnsFormatError extends Error {
  override name = 'DnsFormatError';
}

export function typeName(code: number): string {
  return TYPE_NAMES.get(code) ?? `TYPE${code}`;
}

/** A recursive (RD) query for one name, class IN. */
export function encodeQuery(id: number, name: string, type: QueryType): Buffer {
  const labels = name.split('.').filter((label) => label.length > 0);
  let nameSize = 1; // the root label
  for (const label of labels) {
    if (label.length > MAX_LABEL) throw new DnsFormatError(`label "${label}" of ${name} is longer than ${MAX_LABEL} octets`);
    nameSize += label.length + 1;
  }
  if (nameSize > MAX_NAME) throw new DnsFormatError(`${name} is longer than ${MAX_NAME} octets`);
  const query = Buffer.alloc(HEADER_SIZE + nameSize + 4);
  query.writeUInt16BE(id, 0);
  query[2] = 0x01; // RD
  query[5] = 1; // QDCOUNT
  let offset = HEADER_SIZE;
  for (const label of labels) {
    query[offset] = label.length;
    query.write(label, offset + 1, 'latin1');
    offset += label.length + 1;
  }
  query.writeUInt16BE(TYPE_CODES[type], offset + 1);
  query.writeUInt16BE(CLASS_IN, offset + 3);
  return query;
}

/** The header's id, or -1 when the datagram is too short to be DNS. */
export function messageId(buffer: Buffer): number {
  return buffer.length >= HEADER_SIZE ? buffer.readUInt16BE(0) : -1;
}

/**
 * The header and the answer records. A truncated message (TC) may end inside a record: what was
 * whole is kept, the rest is for the TCP retry. Anything else that does not add up throws.
 */
export function parseMessage(buffer: Buffer): DnsMessage {
  if (buffer.length < HEADER_SIZE) throw new DnsFormatError(`${buffer.length} octets, shorter than a DNS header`);
  const flags = buffer.readUInt16BE(2);
  const message: DnsMessage = {
    id: buffer.readUInt16BE(0),
    isResponse: (flags & 0x8000) !== 0,
    authoritative: (flags & 0x0400) !== 0,
    truncated: (flags & 0x0200) !== 0,
    rcode: flags & 0x000f,
    answers: [],
  };
  const questions = buffer.readUInt16BE(4);
  const answers = buffer.readUInt16BE(6);
  try {
    let offset = HEADER_SIZE;
    for (let i = 0; i < questions; i++) offset = need(buffer, readName(buffer, offset).end, 4) + 4;
    for (let i = 0; i < answers; i++) {
      const owner = readName(buffer, offset);
      const start = need(buffer, owner.end, 10) + 10;
      const type = buffer.readUInt16BE(owner.end);
      const ttl = buffer.readUInt32BE(owner.end + 4);
      const size = buffer.readUInt16BE(owner.end + 8);
      const end = need(buffer, start, size) + size;
      message.answers.push({
        name: owner.name,
        type: typeName(type),
        ttl: Math.min(ttl, 0x7fffffff), // RFC 2181 §8: the top bit set means a TTL of 0 to some, huge to others
        data: rdataText(buffer, type, start, end),
      });
      offset = end;
    }
  } catch (error) {
    if (!message.truncated) throw error;
  }
  return message;
}

function need(buffer: Buffer, offset: number, size: number): number {
  if (offset + size > buffer.length) throw new DnsFormatError(`message ends at octet ${buffer.length}, ${size} more needed at ${offset}`);
  return offset;
}

/** A possibly compressed name at `offset`, without the trailing dot; `end` is where the record goes on. */
function readName(buffer: Buffer, offset: number): { name: string; end: number } {
  const labels: string[] = [];
  let octets = 1;
  let end = -1;
  let at = offset;
  for (let pointers = 0; ; ) {
    const length = buffer[need(buffer, at, 1)];
    if (length === 0) break;
    if ((length & 0xc0) === 0xc0) {
      if (++pointers > MAX_POINTERS) throw new DnsFormatError('a loop of compression pointers');
      const target = ((length & 0x3f) << 8) | buffer[need(buffer, at, 2) + 1];
      if (end < 0) end = at + 2;
      at = target;
      continue;
    }
    if (length & 0xc0) throw new DnsFormatError(`label length octet 0x${length.toString(16)} at ${at}`);
    octets += length + 1;
    if (octets > MAX_NAME) throw new DnsFormatError(`a name longer than ${MAX_NAME} octets`);
    labels.push(buffer.toString('latin1', need(buffer, at + 1, length), at + 1 + length));
    at += length + 1;
  }
  return { name: labels.join('.'), end: end < 0 ? at + 1 : end };
}

/** A name that must fill the record data up to `end`. */
function dataName(buffer: Buffer, offset: number, end: number, type: number): string {
  const read = readName(buffer, offset);
  if (read.end !== end) throw new DnsFormatError(`${typeName(type)} data does not end where its length says`);
  return read.name;
}

/** Presentation text of the record data, as dig shows it (TXT: its strings as a JSON array). */
function rdataText(buffer: Buffer, type: number, start: number, end: number): string {
  const size = end - start;
  switch (type) {
    case TYPE_CODES.A:
      if (size !== 4) throw new DnsFormatError(`A data of ${size} octets`);
      return `${buffer[start]}.${buffer[start + 1]}.${buffer[start + 2]}.${buffer[start + 3]}`;
    case TYPE_CODES.AAAA:
      if (size !== 16) throw new DnsFormatError(`AAAA data of ${size} octets`);
      return ipv6Text(buffer, start);
    case TYPE_CODES.CNAME:
    case TYPE_CODES.NS:
    case TYPE_CODES.PTR:
      return dataName(buffer, start, end, type);
    case TYPE_CODES.MX:
      if (size < 3) throw new DnsFormatError(`MX data of ${size} octets`);
      return `${buffer.readUInt16BE(start)} ${dataName(buffer, start + 2, end, type)}`;
    case TYPE_CODES.SRV:
      if (size < 7) throw new DnsFormatError(`SRV data of ${size} octets`);
      return `${buffer.readUInt16BE(start)} ${buffer.readUInt16BE(start + 2)} ${buffer.readUInt16BE(start + 4)} ${dataName(buffer, start + 6, end, type)}`;
    case TYPE_CODES.SOA: {
      const primary = readName(buffer, start);
      const admin = readName(buffer, primary.end);
      if (admin.end + 20 !== end) throw new DnsFormatError('SOA data does not end where its length says');
      const numbers = [0, 4, 8, 12, 16].map((o) => buffer.readUInt32BE(admin.end + o));
      return `${primary.name} ${admin.name} ${numbers.join(' ')}`;
    }
    case TYPE_CODES.TXT: {
      const strings: string[] = [];
      for (let at = start; at < end; ) {
        const length = buffer[at];
        if (at + 1 + length > end) throw new DnsFormatError('a TXT string runs past its record');
        strings.push(buffer.toString('utf8', at + 1, at + 1 + length));
        at += 1 + length;
      }
      return JSON.stringify(strings);
    }
    default:
      return `\\# ${size} ${buffer.toString('hex', start, end)}`; // RFC 3597
  }
}

/** RFC 5952: lower case, no leading zeros, the first longest run of two or more zero groups as "::". */
function ipv6Text(buffer: Buffer, start: number): string {
  const groups: string[] = [];
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0, runStart = -1; i < 8; i++) {
    const group = buffer.readUInt16BE(start + 2 * i);
    groups.push(group.toString(16));
    if (group !== 0) {
      runStart = -1;
      continue;
    }
    if (runStart < 0) runStart = i;
    if (i - runStart + 1 > bestLength) {
      bestStart = runStart;
      bestLength = i - runStart + 1;
    }
  }
  if (bestStart < 0) return groups.join(':');
  return `${groups.slice(0, bestStart).join(':')}::${groups.slice(bestStart + bestLength).join(':')}`;
}
