// MS-TDS: the packet header and the PRELOGIN exchange (MS-TDS 2.2.3.1, 2.2.6.5).
// The server answers a PRELOGIN (type 0x12) with a tabular result (type 0x04) whose
// payload is the same option-token structure.
import { hex, incomplete, malformed, ok } from './result.ts';
import type { Decoded } from './result.ts';

export const TDS_PACKET_TYPES = {
  SQL_BATCH: 0x01,
  PRE_TDS7_LOGIN: 0x02,
  RPC: 0x03,
  TABULAR_RESULT: 0x04,
  ATTENTION: 0x06,
  BULK_LOAD: 0x07,
  FEDAUTH_TOKEN: 0x08,
  TRANSACTION_MANAGER: 0x0e,
  LOGIN7: 0x10,
  SSPI: 0x11,
  PRELOGIN: 0x12,
} as const;

export const TDS_HEADER_LENGTH = 8;
const STATUS_EOM = 0x01;
const KNOWN_STATUS_BITS = 0x1f; // EOM, IGNORE, RESETCONNECTION(SKIPTRAN) and bit 0x04
/** A PRELOGIN answer is well under 1 KiB; anything bigger is not one. */
const MAX_PRELOGIN_MESSAGE_BYTES = 64 * 1024;

const TOKEN = {
  VERSION: 0x00,
  ENCRYPTION: 0x01,
  INSTOPT: 0x02,
  THREADID: 0x03,
  MARS: 0x04,
  TRACEID: 0x05,
  FEDAUTHREQUIRED: 0x06,
  NONCEOPT: 0x07,
  TERMINATOR: 0xff,
} as const;

export type TdsEncryption = 'off' | 'on' | 'not_supported' | 'required';
const ENCRYPTION_BYTES: Record<TdsEncryption, number> = { off: 0x00, on: 0x01, not_supported: 0x02, required: 0x03 };
const ENCRYPTION_NAMES: readonly TdsEncryption[] = ['off', 'on', 'not_supported', 'required'];
/** ENCRYPT_CLIENT_CERT may be or-ed onto the base value (MS-TDS 2.2.6.5). */
const ENCRYPT_CLIENT_CERT = 0x80;

export interface TdsPacketHeader {
  type: number;
  status: number;
  eom: boolean;
  /** Whole packet length, header included. */
  length: number;
  spid: number;
  packetId: number;
  window: number;
}

export interface TdsVersion {
  major: number;
  minor: number;
  build: number;
  subBuild: number;
}

export interface PreloginResponse {
  /** major.minor.build, e.g. "16.0.1000" */
  version: string;
  build: TdsVersion;
  encryption: TdsEncryption | 'unknown';
  instanceName?: string;
  mars?: boolean;
  fedAuthRequired?: boolean;
  packetType: number;
}

export interface PreloginRequestOptions {
  encryption?: TdsEncryption;
  threadId?: number;
  mars?: boolean;
  instanceName?: string;
  version?: TdsVersion;
}

export interface PreloginResponseOptions {
  version?: TdsVersion;
  encryption?: TdsEncryption;
  /** INSTOPT answer; a server sends a lone 0x00 when the name matched. */
  instanceName?: string;
  mars?: boolean;
  fedAuthRequired?: boolean;
  /** Split the payload into packets of at most this many bytes (header included). */
  packetSize?: number;
}

/** Parses the 8-byte packet header; consumed is the header only. */
export function decodeTdsPacketHeader(buf: Buffer): Decoded<TdsPacketHeader> {
  if (buf.length < TDS_HEADER_LENGTH) return incomplete(TDS_HEADER_LENGTH - buf.length);
  const header: TdsPacketHeader = {
    type: buf[0],
    status: buf[1],
    eom: (buf[1] & STATUS_EOM) !== 0,
    length: buf.readUInt16BE(2),
    spid: buf.readUInt16BE(4),
    packetId: buf[6],
    window: buf[7],
  };
  if (header.length < TDS_HEADER_LENGTH) return malformed(`TDS packet length ${header.length} is shorter than its header`);
  if ((header.status & ~KNOWN_STATUS_BITS) !== 0) return malformed(`TDS packet status ${hex(header.status)} has unknown bits`);
  return ok(header, TDS_HEADER_LENGTH);
}

/** A complete PRELOGIN packet (type 0x12, EOM) as a client sends it. */
export function encodePrelogin(opts: PreloginRequestOptions = {}): Buffer {
  const threadId = Buffer.alloc(4);
  // ULONG, little-endian like the rest of TDS (the spec's example thread 0x0DB8 is B8 0D 00 00)
  threadId.writeUInt32LE((opts.threadId ?? 0) >>> 0);
  const options: Array<[number, Buffer]> = [
    [TOKEN.VERSION, encodeVersion(opts.version ?? { major: 0, minor: 0, build: 0, subBuild: 0 })],
    [TOKEN.ENCRYPTION, Buffer.from([ENCRYPTION_BYTES[opts.encryption ?? 'off']])],
    [TOKEN.INSTOPT, Buffer.concat([Buffer.from(opts.instanceName ?? '', 'latin1'), Buffer.from([0])])],
    [TOKEN.THREADID, threadId],
    [TOKEN.MARS, Buffer.from([opts.mars ? 1 : 0])],
  ];
  return packetize(TDS_PACKET_TYPES.PRELOGIN, encodeOptions(options), 4096);
}

/** What a SQL Server answers to PRELOGIN; for fake servers in tests. */
export function encodePreloginResponse(opts: PreloginResponseOptions = {}): Buffer {
  const options: Array<[number, Buffer]> = [
    [TOKEN.VERSION, encodeVersion(opts.version ?? { major: 16, minor: 0, build: 1000, subBuild: 0 })],
    [TOKEN.ENCRYPTION, Buffer.from([ENCRYPTION_BYTES[opts.encryption ?? 'off']])],
    [TOKEN.INSTOPT, opts.instanceName ? Buffer.concat([Buffer.from(opts.instanceName, 'latin1'), Buffer.from([0])]) : Buffer.from([0])],
    [TOKEN.THREADID, Buffer.alloc(0)],
    [TOKEN.MARS, Buffer.from([opts.mars ? 1 : 0])],
  ];
  if (opts.fedAuthRequired !== undefined) options.push([TOKEN.FEDAUTHREQUIRED, Buffer.from([opts.fedAuthRequired ? 1 : 0])]);
  return packetize(TDS_PACKET_TYPES.TABULAR_RESULT, encodeOptions(options), opts.packetSize ?? 4096);
}

/**
 * Decodes the server's PRELOGIN answer: one or more type-0x04 packets, the last with EOM.
 * A packet of another type is malformed, and the reason names the type.
 */
export function decodePreloginResponse(buf: Buffer): Decoded<PreloginResponse> {
  const payloads: Buffer[] = [];
  let offset = 0;
  let total = 0;
  for (;;) {
    const rest = buf.subarray(offset);
    if (rest.length >= 1 && rest[0] !== TDS_PACKET_TYPES.TABULAR_RESULT) {
      return malformed(`expected a TDS tabular result (0x04), got packet type ${hex(rest[0])}`);
    }
    const head = decodeTdsPacketHeader(rest);
    if (head.kind !== 'ok') return head.kind === 'incomplete' ? incomplete(head.need) : head;
    const { length, eom } = head.value;
    total += length;
    if (total > MAX_PRELOGIN_MESSAGE_BYTES) return malformed(`PRELOGIN response longer than ${MAX_PRELOGIN_MESSAGE_BYTES} bytes`);
    if (rest.length < length) return incomplete(length - rest.length);
    payloads.push(rest.subarray(TDS_HEADER_LENGTH, length));
    offset += length;
    if (eom) break;
  }
  const options = decodePreloginOptions(payloads.length === 1 ? payloads[0] : Buffer.concat(payloads));
  if (options.kind !== 'ok') return options;
  return ok({ ...options.value, packetType: TDS_PACKET_TYPES.TABULAR_RESULT }, offset);
}

/**
 * Decodes a complete PRELOGIN option structure (a packet payload, either direction).
 * consumed is the whole payload: option data may sit anywhere after the token table.
 */
export function decodePreloginOptions(payload: Buffer): Decoded<Omit<PreloginResponse, 'packetType'>> {
  const seen = new Set<number>();
  let build: TdsVersion | undefined;
  let encryption: PreloginResponse['encryption'] | undefined;
  let instanceName: string | undefined;
  let mars: boolean | undefined;
  let fedAuthRequired: boolean | undefined;

  const tableEnd = findTokenTableEnd(payload);
  if (tableEnd < 0) return malformed('PRELOGIN option list has no terminator');
  for (let pos = 0; pos + 5 <= tableEnd; pos += 5) {
    const token = payload[pos];
    const dataOffset = payload.readUInt16BE(pos + 1);
    const dataLength = payload.readUInt16BE(pos + 3);
    if (dataLength > 0 && (dataOffset < tableEnd || dataOffset + dataLength > payload.length)) {
      return malformed(`PRELOGIN option ${hex(token)} data (${dataOffset}+${dataLength}) lies outside the payload`);
    }
    if (seen.has(token)) return malformed(`PRELOGIN option ${hex(token)} appears twice`);
    seen.add(token);
    const data = payload.subarray(dataOffset, dataOffset + dataLength);
    switch (token) {
      case TOKEN.VERSION:
        if (data.length < 6) return malformed('PRELOGIN VERSION option shorter than 6 bytes');
        build = { major: data[0], minor: data[1], build: data.readUInt16BE(2), subBuild: data.readUInt16BE(4) };
        break;
      case TOKEN.ENCRYPTION:
        if (data.length !== 1) return malformed('PRELOGIN ENCRYPTION option is not 1 byte');
        encryption = ENCRYPTION_NAMES[data[0] & ~ENCRYPT_CLIENT_CERT] ?? 'unknown';
        break;
      case TOKEN.INSTOPT: {
        const nul = data.indexOf(0);
        const name = data.subarray(0, nul < 0 ? data.length : nul).toString('latin1');
        if (name !== '') instanceName = name;
        break;
      }
      case TOKEN.MARS:
        if (data.length >= 1) mars = data[0] === 1;
        break;
      case TOKEN.FEDAUTHREQUIRED:
        if (data.length >= 1) fedAuthRequired = data[0] === 1;
        break;
      default:
        break; // THREADID, TRACEID, NONCEOPT and future tokens carry nothing we report
    }
  }
  if (!build) return malformed('PRELOGIN answer has no VERSION option');
  const value: Omit<PreloginResponse, 'packetType'> = {
    version: `${build.major}.${build.minor}.${build.build}`,
    build,
    encryption: encryption ?? 'unknown',
  };
  if (instanceName !== undefined) value.instanceName = instanceName;
  if (mars !== undefined) value.mars = mars;
  if (fedAuthRequired !== undefined) value.fedAuthRequired = fedAuthRequired;
  return ok(value, payload.length);
}

/** Index of the byte after the 0xFF terminator, or -1. */
function findTokenTableEnd(payload: Buffer): number {
  let pos = 0;
  while (pos < payload.length) {
    if (payload[pos] === TOKEN.TERMINATOR) return pos + 1;
    pos += 5;
  }
  return -1;
}

function encodeVersion(v: TdsVersion): Buffer {
  const b = Buffer.alloc(6);
  b[0] = v.major & 0xff;
  b[1] = v.minor & 0xff;
  b.writeUInt16BE(v.build & 0xffff, 2);
  b.writeUInt16BE(v.subBuild & 0xffff, 4);
  return b;
}

function encodeOptions(options: Array<[number, Buffer]>): Buffer {
  const tableLength = options.length * 5 + 1;
  const table = Buffer.alloc(tableLength);
  let dataOffset = tableLength;
  options.forEach(([token, data], i) => {
    table[i * 5] = token;
    table.writeUInt16BE(dataOffset, i * 5 + 1);
    table.writeUInt16BE(data.length, i * 5 + 3);
    dataOffset += data.length;
  });
  table[tableLength - 1] = TOKEN.TERMINATOR;
  return Buffer.concat([table, ...options.map(([, data]) => data)]);
}

function packetize(type: number, payload: Buffer, packetSize: number): Buffer {
  const chunk = Math.max(1, Math.min(packetSize, 0xffff) - TDS_HEADER_LENGTH);
  const packets: Buffer[] = [];
  let packetId = 1;
  for (let pos = 0; pos < payload.length || packets.length === 0; pos += chunk) {
    const body = payload.subarray(pos, pos + chunk);
    const last = pos + chunk >= payload.length;
    const header = Buffer.alloc(TDS_HEADER_LENGTH);
    header[0] = type;
    header[1] = last ? STATUS_EOM : 0;
    header.writeUInt16BE(TDS_HEADER_LENGTH + body.length, 2);
    header[6] = packetId++ & 0xff;
    packets.push(header, body);
  }
  return Buffer.concat(packets);
}
