// The client side of RFC 6455, as much as AMQP over WebSockets needs: the HTTP/1.1 Upgrade
// request and its answer, and binary/close/ping/pong frames. Pure functions, no I/O.
import { createHash } from 'node:crypto';
import { incomplete, malformed, ok } from '../protocols/result.ts';
import type { Decoded } from '../protocols/result.ts';

const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
export const WS_OPCODES = { continuation: 0x0, text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa } as const;
/** An upgrade answer is a few hundred bytes; anything past this is not one. */
export const UPGRADE_ANSWER_CAP = 16 * 1024;

export interface UpgradeRequest {
  host: string;
  path: string;
  /** Base64 of 16 random bytes (RFC 6455 4.1). */
  key: string;
  protocol: string;
}

export interface UpgradeAnswer {
  status: number;
  reason: string;
  /** lower-case names; repeated headers joined with ", " */
  headers: Record<string, string>;
}

export interface WsFrame {
  fin: boolean;
  opcode: number;
  masked: boolean;
  payload: Buffer;
}

export function encodeUpgradeRequest(request: UpgradeRequest): Buffer {
  return Buffer.from([
    `GET ${request.path} HTTP/1.1`,
    `Host: ${request.host}`,
    'Upgrade: websocket',
    'Connection: Upgrade',
    `Sec-WebSocket-Key: ${request.key}`,
    'Sec-WebSocket-Version: 13',
    `Sec-WebSocket-Protocol: ${request.protocol}`,
    'User-Agent: vnet-probe',
    '',
    '',
  ].join('\r\n'), 'latin1');
}

/** The Sec-WebSocket-Accept a server must answer for `key`. */
export function acceptFor(key: string): string {
  return createHash('sha1').update(`${key}${WS_GUID}`).digest('base64');
}

export function decodeUpgradeAnswer(buf: Buffer, cap = UPGRADE_ANSWER_CAP): Decoded<UpgradeAnswer> {
  const known = Math.min(buf.length, 5);
  if (buf.subarray(0, known).toString('latin1') !== 'HTTP/'.slice(0, known)) {
    return malformed('the answer to the WebSocket upgrade is not HTTP');
  }
  const end = buf.indexOf('\r\n\r\n');
  if (end < 0) return buf.length >= cap ? malformed(`the HTTP answer headers exceed ${cap} bytes`) : incomplete();
  const lines = buf.subarray(0, end).toString('latin1').split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})(?: (.*))?$/.exec(lines[0]);
  if (!status) return malformed(`bad HTTP status line "${lines[0].slice(0, 80)}"`);
  const headers: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) return malformed(`bad HTTP header line "${line.slice(0, 80)}"`);
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return ok({ status: Number(status[1]), reason: status[2] ?? '', headers }, end + 4);
}

/** One frame; a client masks every frame it sends (RFC 6455 5.3), so `mask` is required here. */
export function encodeWsFrame(opcode: number, payload: Buffer, mask: Buffer, fin = true): Buffer {
  if (mask.length !== 4) throw new RangeError('a WebSocket mask is 4 bytes');
  const length = payload.length;
  const lengthBytes = length < 126 ? 0 : length <= 0xffff ? 2 : 8;
  const header = Buffer.alloc(2 + lengthBytes + 4);
  header[0] = (fin ? 0x80 : 0) | (opcode & 0x0f);
  if (lengthBytes === 0) header[1] = 0x80 | length;
  else if (lengthBytes === 2) {
    header[1] = 0x80 | 126;
    header.writeUInt16BE(length, 2);
  } else {
    header[1] = 0x80 | 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  mask.copy(header, 2 + lengthBytes);
  const body = Buffer.allocUnsafe(length);
  for (let i = 0; i < length; i++) body[i] = payload[i] ^ mask[i & 3];
  return Buffer.concat([header, body]);
}

/**
 * One frame as a server sends it. Server frames are never masked (RFC 6455 5.1) and a
 * frame larger than `maxPayload` is refused before its bytes are waited for.
 */
export function decodeWsFrame(buf: Buffer, maxPayload: number): Decoded<WsFrame> {
  if (buf.length < 2) return incomplete(2 - buf.length);
  const fin = (buf[0] & 0x80) !== 0;
  if ((buf[0] & 0x70) !== 0) return malformed('WebSocket frame has reserved bits set (no extension was negotiated)');
  const opcode = buf[0] & 0x0f;
  if (![0x0, 0x1, 0x2, 0x8, 0x9, 0xa].includes(opcode)) return malformed(`unknown WebSocket opcode ${opcode}`);
  const masked = (buf[1] & 0x80) !== 0;
  if (masked) return malformed('the server sent a masked WebSocket frame');
  const len7 = buf[1] & 0x7f;
  const lengthBytes = len7 === 126 ? 2 : len7 === 127 ? 8 : 0;
  if (opcode >= 0x8 && (len7 > 125 || !fin)) return malformed('WebSocket control frame is fragmented or longer than 125 bytes');
  const headerLength = 2 + lengthBytes;
  if (buf.length < headerLength) return incomplete(headerLength - buf.length);
  let length: number;
  if (lengthBytes === 0) length = len7;
  else if (lengthBytes === 2) length = buf.readUInt16BE(2);
  else {
    const big = buf.readBigUInt64BE(2);
    if (big > BigInt(maxPayload)) return malformed(`WebSocket frame of ${big} bytes exceeds ${maxPayload}`);
    length = Number(big);
  }
  if (length > maxPayload) return malformed(`WebSocket frame of ${length} bytes exceeds ${maxPayload}`);
  if (buf.length < headerLength + length) return incomplete(headerLength + length - buf.length);
  return ok({ fin, opcode, masked, payload: buf.subarray(headerLength, headerLength + length) }, headerLength + length);
}

/** Close frame payload: status code and UTF-8 reason (RFC 6455 5.5.1). */
export function closePayload(code: number, reason = ''): Buffer {
  const text = Buffer.from(reason, 'utf8').subarray(0, 123);
  const out = Buffer.alloc(2 + text.length);
  out.writeUInt16BE(code, 0);
  text.copy(out, 2);
  return out;
}

export function readClosePayload(payload: Buffer): { code?: number; reason?: string } {
  if (payload.length < 2) return {};
  return { code: payload.readUInt16BE(0), reason: payload.subarray(2).toString('utf8') };
}
