// SMTP replies and commands (RFC 5321 4.2, 4.1.1.1). A reply is one or more lines
// "DDD-text" ending with "DDD text" (or a bare "DDD"); lines end in CRLF, bare LF tolerated.
import { incomplete, malformed, ok } from './result.ts';
import type { Decoded } from './result.ts';

export const SMTP_MAX_REPLY_BYTES = 64 * 1024;
export const SMTP_MAX_REPLY_LINES = 1000;

export interface SmtpReply {
  code: number;
  /** The text of each line, without code, separator or line ending. */
  lines: string[];
}

export interface EhloKeywords {
  /** The domain (and greeting) the server named on the first line. */
  greeting: string;
  /** Upper-cased extension keywords, in the order offered. */
  keywords: string[];
  starttls: boolean;
  size?: number;
  auth?: string[];
}

const DIGIT = /^[0-9]$/;

export function decodeReply(buf: Buffer): Decoded<SmtpReply> {
  const lines: string[] = [];
  let code = -1;
  let pos = 0;
  // never scan further than a reply may reach, whatever the caller has buffered
  const view = buf.length > SMTP_MAX_REPLY_BYTES ? buf.subarray(0, SMTP_MAX_REPLY_BYTES) : buf;
  for (;;) {
    // check what we can of the next line before its end arrives, so that a peer that is not
    // speaking SMTP (an HTTP or TLS server) is told apart at once
    const early = checkLineStart(buf, pos, code);
    if (early) return malformed(early);
    const lf = view.indexOf(0x0a, pos);
    if (lf < 0) {
      if (buf.length >= SMTP_MAX_REPLY_BYTES) return malformed(`reply too long (over ${SMTP_MAX_REPLY_BYTES} bytes)`);
      return incomplete();
    }
    const lineEnd = lf > pos && buf[lf - 1] === 0x0d ? lf - 1 : lf;
    const line = buf.subarray(pos, lineEnd);
    if (line.length < 3) return malformed('SMTP reply line shorter than a 3-digit code');
    const sep = line.length > 3 ? line[3] : 0x20;
    if (sep !== 0x20 && sep !== 0x2d) return malformed('SMTP reply code not followed by space or hyphen');
    if (code < 0) code = Number(line.subarray(0, 3).toString('latin1'));
    lines.push(line.subarray(4).toString('utf8'));
    pos = lf + 1;
    if (sep === 0x20) return ok({ code, lines }, pos);
    if (lines.length >= SMTP_MAX_REPLY_LINES) return malformed(`reply has more than ${SMTP_MAX_REPLY_LINES} lines`);
  }
}

/** Returns why the line starting at pos cannot be an SMTP reply line, or '' if it still can. */
function checkLineStart(buf: Buffer, pos: number, code: number): string {
  const have = Math.min(buf.length - pos, 3);
  for (let i = 0; i < have; i++) {
    const c = buf[pos + i];
    if (c === 0x0a || c === 0x0d) return 'SMTP reply line shorter than a 3-digit code';
    if (!DIGIT.test(String.fromCharCode(c))) return 'not an SMTP reply (line does not start with a 3-digit code)';
  }
  if (have >= 1 && (buf[pos] < 0x31 || buf[pos] > 0x35)) return 'not an SMTP reply (code outside 1yz-5yz)';
  if (have === 3 && code >= 0 && Number(buf.subarray(pos, pos + 3).toString('latin1')) !== code) {
    return 'SMTP multi-line reply changes its code';
  }
  return '';
}

/** Reads the extension list of an EHLO reply (its lines as decodeReply gives them). */
export function parseEhloKeywords(lines: readonly string[]): EhloKeywords {
  const result: EhloKeywords = { greeting: lines[0] ?? '', keywords: [], starttls: false };
  for (const line of lines.slice(1)) {
    // old servers write "AUTH=LOGIN PLAIN"
    const [rawKeyword, ...params] = line.trim().split(/[ =]+/);
    if (!rawKeyword) continue;
    const keyword = rawKeyword.toUpperCase();
    if (!result.keywords.includes(keyword)) result.keywords.push(keyword);
    if (keyword === 'STARTTLS') result.starttls = true;
    if (keyword === 'SIZE' && params[0] !== undefined && /^[0-9]+$/.test(params[0])) result.size = Number(params[0]);
    if (keyword === 'AUTH') {
      const mechanisms = params.map((p) => p.toUpperCase()).filter((p) => p !== '');
      result.auth = [...new Set([...(result.auth ?? []), ...mechanisms])];
    }
  }
  return result;
}

/** One command line with its CRLF. CR or LF inside would smuggle a second command. */
export function encodeCommand(cmd: string): Buffer {
  if (/[\r\n]/.test(cmd)) throw new TypeError('SMTP command must not contain CR or LF');
  return Buffer.from(cmd + '\r\n', 'utf8');
}

/** A reply as a server writes it; for fake servers in tests. */
export function encodeReply(code: number, lines: readonly string[]): Buffer {
  if (!Number.isInteger(code) || code < 100 || code > 599) throw new RangeError(`invalid SMTP reply code ${code}`);
  const texts = lines.length === 0 ? [''] : lines;
  if (texts.some((t) => /[\r\n]/.test(t))) throw new TypeError('SMTP reply text must not contain CR or LF');
  return Buffer.from(texts.map((t, i) => `${code}${i === texts.length - 1 ? ' ' : '-'}${t}\r\n`).join(''), 'utf8');
}
