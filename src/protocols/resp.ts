// Redis serialization protocol, version 2 (what a server speaks before HELLO 3).
import { MAX_MESSAGE_BYTES, incomplete, malformed, ok } from './result.ts';
import type { Decoded } from './result.ts';

export type RespValue =
  | { type: 'simple'; value: string }
  | { type: 'error'; value: string }
  | { type: 'integer'; value: number }
  | { type: 'bulk'; value: string | null }
  | { type: 'array'; value: RespValue[] | null };

export const RESP_MAX_REPLY_BYTES = MAX_MESSAGE_BYTES;
export const RESP_MAX_LINE_BYTES = 64 * 1024;
export const RESP_MAX_ARRAY_LENGTH = 65536;
export const RESP_MAX_DEPTH = 16;

type Step = { kind: 'value'; value: RespValue; end: number } | { kind: 'incomplete'; need?: number } | { kind: 'malformed'; reason: string };

/** A command as an array of bulk strings, the form every Redis accepts. */
export function encodeCommand(args: string[]): Buffer {
  const parts: Buffer[] = [Buffer.from(`*${args.length}\r\n`)];
  for (const arg of args) {
    const bytes = Buffer.from(arg, 'utf8');
    parts.push(Buffer.from(`$${bytes.length}\r\n`), bytes, Buffer.from('\r\n'));
  }
  return Buffer.concat(parts);
}

/** A reply as a server writes it; for fake servers in tests. */
export function encodeReply(v: RespValue): Buffer {
  switch (v.type) {
    case 'simple':
    case 'error':
      if (/[\r\n]/.test(v.value)) throw new TypeError('RESP simple strings must not contain CR or LF');
      return Buffer.from(`${v.type === 'simple' ? '+' : '-'}${v.value}\r\n`);
    case 'integer':
      return Buffer.from(`:${Math.trunc(v.value)}\r\n`);
    case 'bulk': {
      if (v.value === null) return Buffer.from('$-1\r\n');
      const bytes = Buffer.from(v.value, 'utf8');
      return Buffer.concat([Buffer.from(`$${bytes.length}\r\n`), bytes, Buffer.from('\r\n')]);
    }
    case 'array':
      if (v.value === null) return Buffer.from('*-1\r\n');
      return Buffer.concat([Buffer.from(`*${v.value.length}\r\n`), ...v.value.map(encodeReply)]);
  }
}

export function decodeReply(buf: Buffer): Decoded<RespValue> {
  const step = readValue(buf, 0, 0);
  if (step.kind === 'value') return ok(step.value, step.end);
  return step.kind === 'incomplete' ? incomplete(step.need) : malformed(step.reason);
}

function readValue(buf: Buffer, pos: number, depth: number): Step {
  if (depth > RESP_MAX_DEPTH) return { kind: 'malformed', reason: `RESP reply nested deeper than ${RESP_MAX_DEPTH}` };
  if (pos >= buf.length) return { kind: 'incomplete', need: 1 };
  const marker = buf[pos];
  if (marker !== 0x2b && marker !== 0x2d && marker !== 0x3a && marker !== 0x24 && marker !== 0x2a) {
    return { kind: 'malformed', reason: `not a RESP reply (type byte 0x${marker.toString(16).padStart(2, '0')})` };
  }
  const line = readLine(buf, pos + 1);
  if (line.kind !== 'line') return line;
  const text = buf.subarray(pos + 1, line.end).toString('utf8');
  const next = line.end + 2;
  switch (marker) {
    case 0x2b: // +
      return { kind: 'value', value: { type: 'simple', value: text }, end: next };
    case 0x2d: // -
      return { kind: 'value', value: { type: 'error', value: text }, end: next };
    case 0x3a: {
      // :
      if (!/^-?[0-9]{1,20}$/.test(text)) return { kind: 'malformed', reason: 'RESP integer is not a number' };
      return { kind: 'value', value: { type: 'integer', value: Number(text) }, end: next };
    }
    case 0x24: {
      // $
      const length = parseLength(text);
      if (length === undefined) return { kind: 'malformed', reason: 'RESP bulk length is not a number' };
      if (length === -1) return { kind: 'value', value: { type: 'bulk', value: null }, end: next };
      if (next + length + 2 > RESP_MAX_REPLY_BYTES) return { kind: 'malformed', reason: `RESP reply longer than ${RESP_MAX_REPLY_BYTES} bytes` };
      if (buf.length < next + length + 2) return { kind: 'incomplete', need: next + length + 2 - buf.length };
      if (buf[next + length] !== 0x0d || buf[next + length + 1] !== 0x0a) {
        return { kind: 'malformed', reason: 'RESP bulk string not followed by CRLF' };
      }
      return { kind: 'value', value: { type: 'bulk', value: buf.subarray(next, next + length).toString('utf8') }, end: next + length + 2 };
    }
    default: {
      // *
      const count = parseLength(text);
      if (count === undefined) return { kind: 'malformed', reason: 'RESP array length is not a number' };
      if (count === -1) return { kind: 'value', value: { type: 'array', value: null }, end: next };
      if (count > RESP_MAX_ARRAY_LENGTH) return { kind: 'malformed', reason: `RESP array of ${count} elements is too long` };
      const items: RespValue[] = [];
      let at = next;
      for (let i = 0; i < count; i++) {
        const item = readValue(buf, at, depth + 1);
        if (item.kind !== 'value') return item;
        items.push(item.value);
        at = item.end;
      }
      return { kind: 'value', value: { type: 'array', value: items }, end: at };
    }
  }
}

/** -1 (null) or a non-negative length; undefined when it is neither. */
function parseLength(text: string): number | undefined {
  if (text === '-1') return -1;
  if (!/^[0-9]{1,10}$/.test(text)) return undefined;
  return Number(text);
}

/** Finds the CRLF ending the line that starts at pos, looking no further than a line may reach. */
function readLine(buf: Buffer, pos: number): { kind: 'line'; end: number } | { kind: 'incomplete' } | { kind: 'malformed'; reason: string } {
  const limit = Math.min(buf.length, pos + RESP_MAX_LINE_BYTES + 2, RESP_MAX_REPLY_BYTES);
  const cr = buf.subarray(0, limit).indexOf('\r\n', pos);
  if (cr >= 0) return { kind: 'line', end: cr };
  if (limit < buf.length || pos + RESP_MAX_LINE_BYTES + 2 <= buf.length || buf.length >= RESP_MAX_REPLY_BYTES) {
    return { kind: 'malformed', reason: 'RESP line too long' };
  }
  return { kind: 'incomplete' };
}
