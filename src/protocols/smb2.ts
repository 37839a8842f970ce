// SMB2 NEGOTIATE over direct TCP (port 445): MS-SMB2 2.1 (transport), 2.2.1 (header),
// 2.2.3 (request), 2.2.4 (response), 2.2.2 (error response); MS-SMB 2.2.3.1 for SMB1.
import { randomBytes } from 'node:crypto';
import { hex, incomplete, malformed, ok } from './result.ts';
import type { Decoded } from './result.ts';

export const SMB2_DIALECTS: Readonly<Record<number, string>> = {
  0x0202: '2.0.2',
  0x0210: '2.1',
  0x0300: '3.0',
  0x0302: '3.0.2',
  0x0311: '3.1.1',
  0x02ff: '2.x (wildcard)',
};
export const DEFAULT_DIALECTS: readonly number[] = [0x0202, 0x0210, 0x0300, 0x0302, 0x0311];

export const SMB2_CIPHERS: Readonly<Record<number, string>> = {
  0x0001: 'AES-128-CCM',
  0x0002: 'AES-128-GCM',
  0x0003: 'AES-256-CCM',
  0x0004: 'AES-256-GCM',
};

/** NT status values a NEGOTIATE may come back with. */
export const NT_STATUS: Readonly<Record<number, string>> = {
  0x00000000: 'STATUS_SUCCESS',
  0xc0000002: 'STATUS_NOT_IMPLEMENTED',
  0xc000000d: 'STATUS_INVALID_PARAMETER',
  0xc0000022: 'STATUS_ACCESS_DENIED',
  0xc00000bb: 'STATUS_NOT_SUPPORTED',
  0xc0000203: 'STATUS_USER_SESSION_DELETED',
  0xc000035c: 'STATUS_NETWORK_SESSION_EXPIRED',
};

const SMB2_MAGIC = Buffer.from([0xfe, 0x53, 0x4d, 0x42]);
const SMB1_MAGIC = Buffer.from([0xff, 0x53, 0x4d, 0x42]);
const SMB2_HEADER_SIZE = 64;
const SMB1_HEADER_SIZE = 32;
const NEGOTIATE_REQUEST_SIZE = 36;
const NEGOTIATE_RESPONSE_SIZE = 65;
const FLAGS_SERVER_TO_REDIR = 0x00000001;
const SECURITY_MODE_SIGNING_ENABLED = 0x0001;
const SECURITY_MODE_SIGNING_REQUIRED = 0x0002;
// DFS | LEASING | LARGE_MTU | ENCRYPTION: what a plain file client offers
const CLIENT_CAPABILITIES = 0x01 | 0x02 | 0x04 | 0x40;
const PREAUTH_INTEGRITY_CAPABILITIES = 0x0001;
const ENCRYPTION_CAPABILITIES = 0x0002;
const HASH_SHA512 = 0x0001;
/** A NEGOTIATE answer is a few hundred bytes (mostly the SPNEGO blob). */
const MAX_NEGOTIATE_MESSAGE_BYTES = 64 * 1024;
const NETBIOS_SESSION_MESSAGE = 0x00;
const NETBIOS_KEEPALIVE = 0x85;

export interface NegotiateRequestOptions {
  dialects?: number[];
  clientGuid?: Buffer;
  /** PREAUTH_INTEGRITY salt for 3.1.1; random when absent. */
  salt?: Buffer;
}

export interface NegotiateResponse {
  /** "3.1.1", "2.x (wildcard)", "SMB1", or "" for an error answer. */
  dialect: string;
  dialectRevision: number;
  securityMode: number;
  signingRequired: boolean;
  serverGuid: string;
  /** NT status from the header; 0 on success. */
  status: number;
  statusName?: string;
  smb1?: boolean;
  capabilities?: number;
  maxReadSize?: number;
  maxWriteSize?: number;
  /** From a 3.1.1 ENCRYPTION_CAPABILITIES context, e.g. "AES-128-GCM". */
  cipher?: string;
}

export interface NegotiateResponseOptions {
  dialectRevision?: number;
  securityMode?: number;
  serverGuid?: Buffer;
  status?: number;
  capabilities?: number;
  cipher?: number;
  securityBuffer?: Buffer;
}

export function encodeNegotiateRequest(opts: NegotiateRequestOptions = {}): Buffer {
  const dialects = opts.dialects ?? DEFAULT_DIALECTS;
  const clientGuid = opts.clientGuid ?? randomBytes(16);
  if (clientGuid.length !== 16) throw new RangeError('clientGuid must be 16 bytes');
  if (dialects.length === 0) throw new RangeError('at least one dialect is needed');
  const withContexts = dialects.includes(0x0311);

  const body = Buffer.alloc(NEGOTIATE_REQUEST_SIZE + 2 * dialects.length);
  body.writeUInt16LE(NEGOTIATE_REQUEST_SIZE, 0);
  body.writeUInt16LE(dialects.length, 2);
  body.writeUInt16LE(SECURITY_MODE_SIGNING_ENABLED, 4);
  body.writeUInt32LE(CLIENT_CAPABILITIES, 8);
  clientGuid.copy(body, 12);
  dialects.forEach((d, i) => body.writeUInt16LE(d, NEGOTIATE_REQUEST_SIZE + 2 * i));

  let message = Buffer.concat([encodeHeader(0, 0), body]);
  if (withContexts) {
    const salt = opts.salt ?? randomBytes(32);
    const preauth = Buffer.alloc(6 + salt.length);
    preauth.writeUInt16LE(1, 0); // HashAlgorithmCount
    preauth.writeUInt16LE(salt.length, 2);
    preauth.writeUInt16LE(HASH_SHA512, 4);
    salt.copy(preauth, 6);
    const ciphers = [0x0002, 0x0001, 0x0004, 0x0003];
    const encryption = Buffer.alloc(2 + 2 * ciphers.length);
    encryption.writeUInt16LE(ciphers.length, 0);
    ciphers.forEach((c, i) => encryption.writeUInt16LE(c, 2 + 2 * i));

    const contextOffset = align8(message.length);
    message.writeUInt32LE(contextOffset, SMB2_HEADER_SIZE + 28); // NegotiateContextOffset
    message.writeUInt16LE(2, SMB2_HEADER_SIZE + 32); // NegotiateContextCount
    message = Buffer.concat([pad8(message), encodeContext(PREAUTH_INTEGRITY_CAPABILITIES, preauth)]);
    message = Buffer.concat([pad8(message), encodeContext(ENCRYPTION_CAPABILITIES, encryption)]);
  }
  return withNetbiosHeader(message);
}

/** A server's NEGOTIATE answer; for fake servers in tests. */
export function encodeNegotiateResponse(opts: NegotiateResponseOptions = {}): Buffer {
  const status = opts.status ?? 0;
  if (status !== 0) {
    const error = Buffer.alloc(9);
    error.writeUInt16LE(9, 0);
    return withNetbiosHeader(Buffer.concat([encodeHeader(status, FLAGS_SERVER_TO_REDIR), error]));
  }
  const dialect = opts.dialectRevision ?? 0x0311;
  const security = opts.securityBuffer ?? Buffer.alloc(0);
  const body = Buffer.alloc(64);
  body.writeUInt16LE(NEGOTIATE_RESPONSE_SIZE, 0);
  body.writeUInt16LE(opts.securityMode ?? SECURITY_MODE_SIGNING_ENABLED, 2);
  body.writeUInt16LE(dialect, 4);
  (opts.serverGuid ?? Buffer.alloc(16, 0x11)).copy(body, 8, 0, 16);
  body.writeUInt32LE(opts.capabilities ?? 0, 24);
  body.writeUInt32LE(8 * 1024 * 1024, 28);
  body.writeUInt32LE(8 * 1024 * 1024, 32);
  body.writeUInt32LE(8 * 1024 * 1024, 36);
  body.writeUInt16LE(security.length ? SMB2_HEADER_SIZE + 64 : 0, 56);
  body.writeUInt16LE(security.length, 58);
  let message = Buffer.concat([encodeHeader(0, FLAGS_SERVER_TO_REDIR), body, security]);
  if (dialect === 0x0311) {
    const salt = Buffer.alloc(32, 0x5a);
    const preauth = Buffer.alloc(6 + salt.length);
    preauth.writeUInt16LE(1, 0);
    preauth.writeUInt16LE(salt.length, 2);
    preauth.writeUInt16LE(HASH_SHA512, 4);
    salt.copy(preauth, 6);
    const contexts = [encodeContext(PREAUTH_INTEGRITY_CAPABILITIES, preauth)];
    if (opts.cipher !== undefined) {
      const enc = Buffer.alloc(4);
      enc.writeUInt16LE(1, 0);
      enc.writeUInt16LE(opts.cipher, 2);
      contexts.push(encodeContext(ENCRYPTION_CAPABILITIES, enc));
    }
    message.writeUInt16LE(contexts.length, SMB2_HEADER_SIZE + 6);
    message.writeUInt32LE(align8(message.length), SMB2_HEADER_SIZE + 60);
    for (const context of contexts) message = Buffer.concat([pad8(message), context]);
  }
  return withNetbiosHeader(message);
}

/**
 * Decodes the server's answer to NEGOTIATE: an SMB2 NEGOTIATE response, an SMB2 error
 * response (status != 0, other fields empty) or an SMB1 reply (smb1: true).
 */
export function decodeNegotiateResponse(buf: Buffer): Decoded<NegotiateResponse> {
  let pos = 0;
  // skip NetBIOS keep-alives; each is 4 bytes, so the loop is bounded by the input
  while (buf.length - pos >= 4 && buf[pos] === NETBIOS_KEEPALIVE) {
    if (buf[pos + 1] !== 0 || buf.readUInt16BE(pos + 2) !== 0) return malformed('NetBIOS keep-alive with a length');
    pos += 4;
  }
  if (buf.length - pos >= 1 && buf[pos] !== NETBIOS_SESSION_MESSAGE) {
    return malformed(`not an SMB answer (first byte ${hex(buf[pos])}, not a NetBIOS session message)`);
  }
  if (buf.length - pos < 4) return incomplete(4 - (buf.length - pos));
  const length = buf.readUIntBE(pos + 1, 3);
  if (length > MAX_NEGOTIATE_MESSAGE_BYTES) return malformed(`SMB message of ${length} bytes is too long for a NEGOTIATE answer`);
  const start = pos + 4;
  // the magic arrives first: say "not SMB" without waiting for the whole message
  const seen = buf.subarray(start, Math.min(buf.length, start + 4, start + length));
  if (!seen.equals(SMB2_MAGIC.subarray(0, seen.length)) && !seen.equals(SMB1_MAGIC.subarray(0, seen.length))) {
    return malformed(`not an SMB message (protocol id ${seen.toString('hex')})`);
  }
  if (buf.length < start + length) return incomplete(start + length - buf.length);
  const message = buf.subarray(start, start + length);
  const consumed = start + length;
  if (message.length < 4) return malformed('SMB message shorter than its protocol id');
  if (message[0] === 0xff) return decodeSmb1(message, consumed);
  return decodeSmb2(message, consumed);
}

function decodeSmb1(message: Buffer, consumed: number): Decoded<NegotiateResponse> {
  if (message.length < SMB1_HEADER_SIZE) return malformed('SMB1 message shorter than its header');
  const status = message.readUInt32LE(5);
  const value: NegotiateResponse = {
    dialect: 'SMB1',
    dialectRevision: 0,
    securityMode: 0,
    signingRequired: false,
    serverGuid: '',
    status,
    smb1: true,
  };
  const name = NT_STATUS[status];
  if (name) value.statusName = name;
  return ok(value, consumed);
}

function decodeSmb2(message: Buffer, consumed: number): Decoded<NegotiateResponse> {
  if (message.length < SMB2_HEADER_SIZE) return malformed('SMB2 message shorter than its header');
  if (message.readUInt16LE(4) !== SMB2_HEADER_SIZE) return malformed('SMB2 header StructureSize is not 64');
  const status = message.readUInt32LE(8);
  const command = message.readUInt16LE(12);
  const flags = message.readUInt32LE(16);
  if (command !== 0) return malformed(`SMB2 answer is command ${hex(command, 4)}, not NEGOTIATE`);
  if ((flags & FLAGS_SERVER_TO_REDIR) === 0) return malformed('SMB2 message is a request, not a response (echoed?)');
  const statusName = NT_STATUS[status];
  if (status !== 0) {
    const value: NegotiateResponse = { dialect: '', dialectRevision: 0, securityMode: 0, signingRequired: false, serverGuid: '', status };
    if (statusName) value.statusName = statusName;
    return ok(value, consumed);
  }
  const body = message.subarray(SMB2_HEADER_SIZE);
  if (body.length < 64) return malformed('SMB2 NEGOTIATE response shorter than 64 bytes');
  if (body.readUInt16LE(0) !== NEGOTIATE_RESPONSE_SIZE) return malformed('SMB2 NEGOTIATE response StructureSize is not 65');
  const securityMode = body.readUInt16LE(2);
  const dialectRevision = body.readUInt16LE(4);
  const value: NegotiateResponse = {
    dialect: SMB2_DIALECTS[dialectRevision] ?? hex(dialectRevision, 4),
    dialectRevision,
    securityMode,
    signingRequired: (securityMode & SECURITY_MODE_SIGNING_REQUIRED) !== 0,
    serverGuid: formatGuid(body.subarray(8, 24)),
    status,
    capabilities: body.readUInt32LE(24),
    maxReadSize: body.readUInt32LE(32),
    maxWriteSize: body.readUInt32LE(36),
  };
  if (statusName) value.statusName = statusName;
  if (dialectRevision === 0x0311) {
    const cipher = findCipher(message, body.readUInt16LE(6), body.readUInt32LE(60));
    if (cipher !== undefined) value.cipher = cipher;
  }
  return ok(value, consumed);
}

/** The cipher the server picked, if its context list says so; a damaged list is ignored. */
function findCipher(message: Buffer, count: number, offset: number): string | undefined {
  let pos = offset;
  for (let i = 0; i < count && pos + 8 <= message.length; i++) {
    const type = message.readUInt16LE(pos);
    const length = message.readUInt16LE(pos + 2);
    const data = pos + 8;
    if (data + length > message.length) return undefined;
    if (type === ENCRYPTION_CAPABILITIES && length >= 4 && message.readUInt16LE(data) >= 1) {
      const id = message.readUInt16LE(data + 2);
      return SMB2_CIPHERS[id] ?? hex(id, 4);
    }
    pos = align8(data + length);
  }
  return undefined;
}

/** Windows GUID text: the first three groups are little-endian. */
export function formatGuid(b: Buffer): string {
  if (b.length !== 16) return '';
  const h = (from: number, to: number, reverse: boolean) => {
    const part = Buffer.from(b.subarray(from, to));
    return (reverse ? part.reverse() : part).toString('hex');
  };
  return `${h(0, 4, true)}-${h(4, 6, true)}-${h(6, 8, true)}-${h(8, 10, false)}-${h(10, 16, false)}`;
}

function encodeHeader(status: number, flags: number): Buffer {
  const header = Buffer.alloc(SMB2_HEADER_SIZE);
  SMB2_MAGIC.copy(header, 0);
  header.writeUInt16LE(SMB2_HEADER_SIZE, 4);
  header.writeUInt32LE(status >>> 0, 8);
  header.writeUInt16LE(0, 12); // NEGOTIATE
  header.writeUInt16LE(1, 14); // CreditRequest/Response
  header.writeUInt32LE(flags, 16);
  return header;
}

function encodeContext(type: number, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt16LE(type, 0);
  head.writeUInt16LE(data.length, 2);
  return Buffer.concat([head, data]);
}

function withNetbiosHeader(message: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUIntBE(message.length, 1, 3);
  return Buffer.concat([head, message]);
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

function pad8(b: Buffer): Buffer {
  const padding = align8(b.length) - b.length;
  return padding ? Buffer.concat([b, Buffer.alloc(padding)]) : b;
}
