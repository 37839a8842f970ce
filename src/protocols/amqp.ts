// AMQP 1.0 (OASIS): protocol headers, frames, the SASL performatives and enough of
// open/close to read why a peer refused us (e.g. Event Hubs "Ip has been prevented
// to connect"). Includes a small, bounded decoder for the AMQP type system.
import { hex, incomplete, malformed, ok } from './result.ts';
import type { Decoded } from './result.ts';

export const AMQP_HEADER = Buffer.from([0x41, 0x4d, 0x51, 0x50, 0, 1, 0, 0]);
export const TLS_HEADER = Buffer.from([0x41, 0x4d, 0x51, 0x50, 2, 1, 0, 0]);
export const SASL_HEADER = Buffer.from([0x41, 0x4d, 0x51, 0x50, 3, 1, 0, 0]);

export const FRAME_TYPE_AMQP = 0x00;
export const FRAME_TYPE_SASL = 0x01;
/** We only ever wait for small frames; real peers keep SASL frames under 512 bytes. */
export const AMQP_MAX_FRAME_BYTES = 1024 * 1024;

export const PERFORMATIVES: Readonly<Record<number, string>> = {
  0x10: 'open',
  0x11: 'begin',
  0x12: 'attach',
  0x13: 'flow',
  0x14: 'transfer',
  0x15: 'disposition',
  0x16: 'detach',
  0x17: 'end',
  0x18: 'close',
  0x40: 'sasl-mechanisms',
  0x41: 'sasl-init',
  0x42: 'sasl-challenge',
  0x43: 'sasl-response',
  0x44: 'sasl-outcome',
};

export const SASL_OUTCOME_CODES: Readonly<Record<number, string>> = {
  0: 'ok',
  1: 'auth',
  2: 'sys',
  3: 'sys-perm',
  4: 'sys-temp',
};

export interface AmqpProtocolHeader {
  /** 0 = AMQP, 2 = TLS, 3 = SASL */
  protocolId: 0 | 2 | 3 | number;
  major: number;
  minor: number;
  revision: number;
}

export interface AmqpFrame {
  size: number;
  doff: number;
  type: number;
  channel: number;
  /** A view into the input, not a copy. */
  body: Buffer;
}

export interface AmqpError {
  condition: string;
  description?: string;
}

export interface AmqpPerformative {
  frameType: number;
  channel: number;
  /** null for an empty frame (a heartbeat). */
  code: number | null;
  name: string;
  fields: AmqpValue[];
  /** close, end and detach */
  error?: AmqpError;
  /** open */
  containerId?: string;
  hostname?: string;
  maxFrameSize?: number;
  idleTimeout?: number;
}

export function decodeProtocolHeader(buf: Buffer): Decoded<AmqpProtocolHeader> {
  const known = Math.min(buf.length, 4);
  if (!buf.subarray(0, known).equals(AMQP_HEADER.subarray(0, known))) {
    return malformed(`not an AMQP protocol header (starts with ${buf.subarray(0, 8).toString('hex')})`);
  }
  if (buf.length < 8) return incomplete(8 - buf.length);
  return ok({ protocolId: buf[4], major: buf[5], minor: buf[6], revision: buf[7] }, 8);
}

/** "AMQP 1.0.0 (SASL)", "AMQP 0-9-1" … for messages. */
export function describeProtocolHeader(h: AmqpProtocolHeader): string {
  if (h.protocolId === 0 && h.major === 0 && h.minor === 9 && h.revision === 1) return 'AMQP 0-9-1';
  if (h.protocolId === 1 && h.major === 1 && h.minor === 0 && h.revision === 10) return 'AMQP 0-10';
  const layer = h.protocolId === 0 ? 'AMQP' : h.protocolId === 2 ? 'TLS' : h.protocolId === 3 ? 'SASL' : `protocol id ${h.protocolId}`;
  return `AMQP ${h.major}.${h.minor}.${h.revision} (${layer})`;
}

export function decodeFrame(buf: Buffer): Decoded<AmqpFrame> {
  if (buf.length < 4) return incomplete(4 - buf.length);
  const size = buf.readUInt32BE(0);
  if (size < 8) return malformed(`AMQP frame size ${size} is below the 8-byte minimum`);
  if (size > AMQP_MAX_FRAME_BYTES) return malformed(`AMQP frame size ${size} exceeds ${AMQP_MAX_FRAME_BYTES}`);
  if (buf.length >= 5) {
    const doff = buf[4];
    if (doff < 2) return malformed(`AMQP frame data offset ${doff} is below 2`);
    if (doff * 4 > size) return malformed(`AMQP frame data offset ${doff} lies past its size ${size}`);
  }
  if (buf.length >= 6 && buf[5] !== FRAME_TYPE_AMQP && buf[5] !== FRAME_TYPE_SASL) {
    return malformed(`unknown AMQP frame type ${hex(buf[5])}`);
  }
  if (buf.length < size) return incomplete(size - buf.length);
  const doff = buf[4];
  return ok({ size, doff, type: buf[5], channel: buf.readUInt16BE(6), body: buf.subarray(doff * 4, size) }, size);
}

/** Decodes one frame and the performative that opens its body. */
export function decodePerformative(buf: Buffer): Decoded<AmqpPerformative> {
  const frame = decodeFrame(buf);
  if (frame.kind !== 'ok') return frame;
  const { type, channel, body } = frame.value;
  if (body.length === 0) return ok({ frameType: type, channel, code: null, name: 'heartbeat', fields: [] }, frame.consumed);
  const step = decodeAmqpValue(body);
  if (!step.ok) return malformed(step.reason);
  const described = step.value;
  if (described.type !== 'described') return malformed('AMQP frame body is not a described performative');
  const code = descriptorCode(described.descriptor);
  if (code === undefined) return malformed('AMQP performative has an unknown descriptor');
  if (described.value.type !== 'list') return malformed(`AMQP performative ${hex(code)} is not a list`);
  const fields = described.value.value;
  const performative: AmqpPerformative = { frameType: type, channel, code, name: PERFORMATIVES[code] ?? 'unknown', fields };
  const errorField = code === 0x18 || code === 0x17 ? fields[0] : code === 0x16 ? fields[2] : undefined;
  if (errorField) {
    const error = readError(errorField);
    if (error) performative.error = error;
  }
  if (code === 0x10) {
    const containerId = stringOf(fields[0]);
    const hostname = stringOf(fields[1]);
    if (containerId !== undefined) performative.containerId = containerId;
    if (hostname !== undefined) performative.hostname = hostname;
    if (fields[2]?.type === 'number') performative.maxFrameSize = fields[2].value;
    if (fields[4]?.type === 'number') performative.idleTimeout = fields[4].value;
  }
  return ok(performative, frame.consumed);
}

export function decodeSaslMechanisms(buf: Buffer): Decoded<{ mechanisms: string[] }> {
  const p = expectSasl(buf, 0x40);
  if (p.kind !== 'ok') return p;
  const field = p.value.fields[0];
  if (field === undefined || field.type === 'null') return ok({ mechanisms: [] }, p.consumed);
  if (field.type === 'symbol') return ok({ mechanisms: [field.value] }, p.consumed);
  if (field.type === 'array') {
    const mechanisms: string[] = [];
    for (const item of field.value) {
      if (item.type !== 'symbol') return malformed('sasl-mechanisms array holds a non-symbol');
      mechanisms.push(item.value);
    }
    return ok({ mechanisms }, p.consumed);
  }
  return malformed(`sasl-mechanisms field is a ${field.type}, not symbols`);
}

export function decodeSaslOutcome(buf: Buffer): Decoded<{ code: number; additionalData?: Buffer }> {
  const p = expectSasl(buf, 0x44);
  if (p.kind !== 'ok') return p;
  const [code, data] = p.value.fields;
  if (code?.type !== 'number') return malformed('sasl-outcome has no code');
  const value: { code: number; additionalData?: Buffer } = { code: code.value };
  if (data?.type === 'binary') value.additionalData = data.value;
  return ok(value, p.consumed);
}

function expectSasl(buf: Buffer, code: number): Decoded<AmqpPerformative> {
  const p = decodePerformative(buf);
  if (p.kind !== 'ok') return p;
  if (p.value.code !== code) {
    const got = p.value.code === null ? 'an empty frame' : (PERFORMATIVES[p.value.code] ?? hex(p.value.code));
    const why = p.value.error ? ` (${p.value.error.condition}${p.value.error.description ? ': ' + p.value.error.description : ''})` : '';
    return malformed(`expected ${PERFORMATIVES[code]}, got ${got}${why}`);
  }
  if (p.value.frameType !== FRAME_TYPE_SASL) return malformed(`${PERFORMATIVES[code]} arrived in a non-SASL frame`);
  return p;
}

function readError(v: AmqpValue): AmqpError | undefined {
  if (v.type !== 'described' || v.value.type !== 'list') return undefined;
  const condition = v.value.value[0];
  if (condition?.type !== 'symbol') return undefined;
  const error: AmqpError = { condition: condition.value };
  const description = stringOf(v.value.value[1]);
  if (description !== undefined) error.description = description;
  return error;
}

function stringOf(v: AmqpValue | undefined): string | undefined {
  return v?.type === 'string' || v?.type === 'symbol' ? v.value : undefined;
}

// ---- encoders ----

export function encodeFrame(type: number, channel: number, body: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + body.length, 0);
  header[4] = 2;
  header[5] = type;
  header.writeUInt16BE(channel & 0xffff, 6);
  return Buffer.concat([header, body]);
}

export function encodeSaslInit(mechanism: 'ANONYMOUS' | 'PLAIN' | string, initialResponse?: Buffer, hostname?: string): Buffer {
  const fields = [encodeSymbol(mechanism)];
  if (initialResponse !== undefined || hostname !== undefined) {
    fields.push(initialResponse !== undefined ? encodeBinary(initialResponse) : encodeNull());
  }
  if (hostname !== undefined) fields.push(encodeString(hostname));
  return encodeFrame(FRAME_TYPE_SASL, 0, encodeDescribed(0x41, encodeList(fields)));
}

/** RFC 4616 PLAIN response: authzid NUL authcid NUL passwd. */
export function saslPlainResponse(username: string, password: string): Buffer {
  return Buffer.from(`\0${username}\0${password}`, 'utf8');
}

export function encodeSaslMechanisms(mechanisms: string[]): Buffer {
  return encodeFrame(FRAME_TYPE_SASL, 0, encodeDescribed(0x40, encodeList([encodeSymbolArray(mechanisms)])));
}

export function encodeSaslOutcome(code: number, additionalData?: Buffer): Buffer {
  const fields = [encodeUbyte(code)];
  if (additionalData !== undefined) fields.push(encodeBinary(additionalData));
  return encodeFrame(FRAME_TYPE_SASL, 0, encodeDescribed(0x44, encodeList(fields)));
}

export function encodeOpen(containerId: string, hostname?: string): Buffer {
  const fields = [encodeString(containerId)];
  if (hostname !== undefined) fields.push(encodeString(hostname));
  return encodeFrame(FRAME_TYPE_AMQP, 0, encodeDescribed(0x10, encodeList(fields)));
}

export function encodeClose(error?: AmqpError): Buffer {
  const fields: Buffer[] = [];
  if (error) {
    const errorFields = [encodeSymbol(error.condition)];
    if (error.description !== undefined) errorFields.push(encodeString(error.description));
    fields.push(encodeDescribed(0x1d, encodeList(errorFields)));
  }
  return encodeFrame(FRAME_TYPE_AMQP, 0, encodeDescribed(0x18, encodeList(fields)));
}

// ---- the AMQP type system (OASIS AMQP 1.0 part 1), decoding side ----
// Works on a complete slice (a frame body): running past its end is malformed.

export type AmqpValue =
  | { type: 'null' }
  | { type: 'boolean'; value: boolean }
  | { type: 'number'; code: number; value: number }
  | { type: 'string'; value: string }
  | { type: 'symbol'; value: string }
  | { type: 'binary'; value: Buffer }
  | { type: 'list'; value: AmqpValue[] }
  /** Flat key, value, key, value… */
  | { type: 'map'; value: AmqpValue[] }
  | { type: 'array'; value: AmqpValue[] }
  | { type: 'described'; descriptor: AmqpValue; value: AmqpValue }
  /** Types we carry but do not interpret (decimal, uuid, char…): raw bytes. */
  | { type: 'opaque'; code: number; value: Buffer };

export type AmqpStep = { ok: true; value: AmqpValue; end: number } | { ok: false; reason: string };

export const AMQP_MAX_DEPTH = 16;
/** Bound on values built per decode: zero-width array elements cost no bytes. */
export const AMQP_MAX_VALUES = 65536;

interface Budget {
  values: number;
}

/** Decodes one value starting at offset; the whole buffer is taken as available. */
export function decodeAmqpValue(buf: Buffer, offset = 0): AmqpStep {
  return readValue(buf, offset, buf.length, 0, { values: 0 });
}

function fail(reason: string): AmqpStep {
  return { ok: false, reason };
}

function readValue(buf: Buffer, offset: number, limit: number, depth: number, budget: Budget): AmqpStep {
  if (depth > AMQP_MAX_DEPTH) return fail(`AMQP value nested deeper than ${AMQP_MAX_DEPTH}`);
  if (offset >= limit) return fail('AMQP value runs past the end of its frame');
  const code = buf[offset];
  if (code === 0x00) {
    const descriptor = readValue(buf, offset + 1, limit, depth + 1, budget);
    if (!descriptor.ok) return descriptor;
    const inner = readValue(buf, descriptor.end, limit, depth + 1, budget);
    if (!inner.ok) return inner;
    return { ok: true, value: { type: 'described', descriptor: descriptor.value, value: inner.value }, end: inner.end };
  }
  return readWithCode(buf, code, offset + 1, limit, depth, budget);
}

/** Reads the body of a value whose constructor code is already known (also array elements). */
function readWithCode(buf: Buffer, code: number, offset: number, limit: number, depth: number, budget: Budget): AmqpStep {
  if (++budget.values > AMQP_MAX_VALUES) return fail(`AMQP value has more than ${AMQP_MAX_VALUES} elements`);
  const sub = code >> 4;
  const fixedWidth = [0, 0, 0, 0, 0, 1, 2, 4, 8, 16][sub];
  if (sub < 0x4) return fail(`invalid AMQP type code 0x${code.toString(16).padStart(2, '0')}`);
  if (sub <= 0x9) {
    const end = offset + fixedWidth;
    if (end > limit) return fail('AMQP value runs past the end of its frame');
    return { ok: true, value: fixedValue(buf, code, offset), end };
  }
  const sizeWidth = sub === 0xa || sub === 0xc || sub === 0xe ? 1 : 4;
  if (offset + sizeWidth > limit) return fail('AMQP value runs past the end of its frame');
  const size = sizeWidth === 1 ? buf[offset] : buf.readUInt32BE(offset);
  const start = offset + sizeWidth;
  const end = start + size;
  if (end > limit) return fail(`AMQP value of ${size} bytes runs past the end of its frame`);
  if (sub === 0xa || sub === 0xb) {
    const bytes = buf.subarray(start, end);
    switch (code & 0x0f) {
      case 0x1:
        return { ok: true, value: { type: 'string', value: bytes.toString('utf8') }, end };
      case 0x3:
        return { ok: true, value: { type: 'symbol', value: bytes.toString('latin1') }, end };
      case 0x0:
        return { ok: true, value: { type: 'binary', value: bytes }, end };
      default:
        return { ok: true, value: { type: 'opaque', code, value: bytes }, end };
    }
  }
  if (size < sizeWidth) return fail('AMQP compound value too small for its count');
  const count = sizeWidth === 1 ? buf[start] : buf.readUInt32BE(start);
  const itemsStart = start + sizeWidth;
  if (sub === 0xc || sub === 0xd) {
    if (code !== 0xc0 && code !== 0xd0 && code !== 0xc1 && code !== 0xd1) return opaque(buf, code, start, end);
    // every item takes at least one byte, so count is bounded by size
    if (count > end - itemsStart) return fail(`AMQP list count ${count} exceeds its ${size} bytes`);
    const items: AmqpValue[] = [];
    let pos = itemsStart;
    for (let i = 0; i < count; i++) {
      const item = readValue(buf, pos, end, depth + 1, budget);
      if (!item.ok) return item;
      items.push(item.value);
      pos = item.end;
    }
    const isMap = code === 0xc1 || code === 0xd1;
    if (isMap && count % 2 !== 0) return fail('AMQP map has an odd number of items');
    return { ok: true, value: { type: isMap ? 'map' : 'list', value: items }, end };
  }
  // array: constructor once, then count bodies
  if (code !== 0xe0 && code !== 0xf0) return opaque(buf, code, start, end);
  if (count > AMQP_MAX_VALUES) return fail(`AMQP array count ${count} too large`);
  let pos = itemsStart;
  let descriptor: AmqpValue | undefined;
  if (pos >= end) {
    if (count === 0) return { ok: true, value: { type: 'array', value: [] }, end };
    return fail('AMQP array has no element constructor');
  }
  if (buf[pos] === 0x00) {
    const d = readValue(buf, pos + 1, end, depth + 1, budget);
    if (!d.ok) return d;
    descriptor = d.value;
    pos = d.end;
    if (pos >= end) return fail('AMQP array has no element constructor');
  }
  const elementCode = buf[pos++];
  if (elementCode === 0x00) return fail('AMQP array element constructor nested');
  const items: AmqpValue[] = [];
  for (let i = 0; i < count; i++) {
    const item = readWithCode(buf, elementCode, pos, end, depth + 1, budget);
    if (!item.ok) return item;
    items.push(descriptor ? { type: 'described', descriptor, value: item.value } : item.value);
    pos = item.end;
  }
  return { ok: true, value: { type: 'array', value: items }, end };
}

function opaque(buf: Buffer, code: number, start: number, end: number): AmqpStep {
  return { ok: true, value: { type: 'opaque', code, value: buf.subarray(start, end) }, end };
}

function fixedValue(buf: Buffer, code: number, at: number): AmqpValue {
  const num = (value: number): AmqpValue => ({ type: 'number', code, value });
  switch (code) {
    case 0x40:
      return { type: 'null' };
    case 0x41:
      return { type: 'boolean', value: true };
    case 0x42:
      return { type: 'boolean', value: false };
    case 0x56:
      return { type: 'boolean', value: buf[at] !== 0 };
    case 0x43:
    case 0x44:
      return num(0);
    case 0x45:
      return { type: 'list', value: [] };
    case 0x50:
    case 0x52:
    case 0x53:
      return num(buf[at]);
    case 0x51:
    case 0x54:
    case 0x55:
      return num(buf.readInt8(at));
    case 0x60:
      return num(buf.readUInt16BE(at));
    case 0x61:
      return num(buf.readInt16BE(at));
    case 0x70:
      return num(buf.readUInt32BE(at));
    case 0x71:
      return num(buf.readInt32BE(at));
    case 0x72:
      return num(buf.readFloatBE(at));
    case 0x80:
      return num(Number(buf.readBigUInt64BE(at)));
    case 0x81:
    case 0x83: // timestamp: ms since the epoch
      return num(Number(buf.readBigInt64BE(at)));
    case 0x82:
      return num(buf.readDoubleBE(at));
    default: {
      const width = [0, 0, 0, 0, 0, 1, 2, 4, 8, 16][code >> 4];
      return { type: 'opaque', code, value: buf.subarray(at, at + width) };
    }
  }
}

/** The number a descriptor names, also for the symbolic form ("amqp:open:list"). */
export function descriptorCode(descriptor: AmqpValue): number | undefined {
  if (descriptor.type === 'number') return descriptor.value;
  if (descriptor.type === 'symbol') return SYMBOLIC_DESCRIPTORS.get(descriptor.value);
  return undefined;
}

// a Map, so that a peer's symbol such as "constructor" cannot reach Object.prototype
const SYMBOLIC_DESCRIPTORS = new Map<string, number>(Object.entries({
  'amqp:open:list': 0x10,
  'amqp:begin:list': 0x11,
  'amqp:attach:list': 0x12,
  'amqp:flow:list': 0x13,
  'amqp:transfer:list': 0x14,
  'amqp:disposition:list': 0x15,
  'amqp:detach:list': 0x16,
  'amqp:end:list': 0x17,
  'amqp:close:list': 0x18,
  'amqp:error:list': 0x1d,
  'amqp:sasl-mechanisms:list': 0x40,
  'amqp:sasl-init:list': 0x41,
  'amqp:sasl-challenge:list': 0x42,
  'amqp:sasl-response:list': 0x43,
  'amqp:sasl-outcome:list': 0x44,
}));

// ---- the AMQP type system, encoding side: the few shapes our own frames need ----

export function encodeNull(): Buffer {
  return Buffer.from([0x40]);
}

export function encodeUbyte(n: number): Buffer {
  return Buffer.from([0x50, n & 0xff]);
}

export function encodeSymbol(s: string): Buffer {
  if (!/^[\x00-\x7f]*$/.test(s)) throw new TypeError('AMQP symbols are ASCII');
  return variable(0xa3, 0xb3, Buffer.from(s, 'latin1'));
}

export function encodeString(s: string): Buffer {
  return variable(0xa1, 0xb1, Buffer.from(s, 'utf8'));
}

export function encodeBinary(b: Buffer): Buffer {
  return variable(0xa0, 0xb0, b);
}

export function encodeSymbolArray(symbols: string[]): Buffer {
  const bodies = symbols.map((s) => {
    if (!/^[\x00-\x7f]*$/.test(s)) throw new TypeError('AMQP symbols are ASCII');
    return Buffer.from(s, 'latin1');
  });
  const small = bodies.every((b) => b.length < 256);
  const elements = Buffer.concat([
    Buffer.from([small ? 0xa3 : 0xb3]),
    ...bodies.map((b) => (small ? Buffer.concat([Buffer.from([b.length]), b]) : Buffer.concat([u32(b.length), b]))),
  ]);
  return compound(0xe0, 0xf0, symbols.length, elements);
}

export function encodeList(items: Buffer[]): Buffer {
  if (items.length === 0) return Buffer.from([0x45]);
  return compound(0xc0, 0xd0, items.length, Buffer.concat(items));
}

export function encodeDescribed(code: number, value: Buffer): Buffer {
  return Buffer.concat([Buffer.from([0x00, 0x53, code & 0xff]), value]);
}

function variable(code8: number, code32: number, body: Buffer): Buffer {
  if (body.length < 256) return Buffer.concat([Buffer.from([code8, body.length]), body]);
  return Buffer.concat([Buffer.from([code32]), u32(body.length), body]);
}

function compound(code8: number, code32: number, count: number, body: Buffer): Buffer {
  if (body.length + 1 < 256 && count < 256) return Buffer.concat([Buffer.from([code8, body.length + 1, count]), body]);
  return Buffer.concat([Buffer.from([code32]), u32(body.length + 4), u32(count), body]);
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
}
