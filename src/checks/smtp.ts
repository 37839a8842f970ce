import { hostname } from 'node:os';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import * as z from '../config/zod.ts';
import { InputError, ProbeFailure } from '../engine/errors.ts';
import type { ProbeRun } from '../engine/probe.ts';
import { connectLayer } from '../net/connect.ts';
import { readMessage, writeAll } from '../net/read-message.ts';
import { resolveLayer } from '../net/resolve.ts';
import { tlsLayer } from '../net/tls.ts';
import { SMTP_MAX_REPLY_BYTES, decodeReply, encodeCommand, parseEhloKeywords } from '../protocols/smtp.ts';
import type { EhloKeywords, SmtpReply } from '../protocols/smtp.ts';
import type { Check } from './check.ts';

const DOMAIN = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/i;
const ADDRESS_LITERAL = /^\[(IPv6:)?[0-9a-f:.]+\]$/i;

const optionsSchema = z.strictObject({
  /** Upgrade with STARTTLS and greet again over TLS. */
  starttls: z.optional(z.boolean()),
  /** The name sent with EHLO; a domain or an address literal such as [10.0.1.4]. */
  ehloName: z.optional(z.string().check(z.refine((s) => DOMAIN.test(s) || ADDRESS_LITERAL.test(s), 'must be a domain name or an address literal like [10.0.1.4]'))),
});
export type SmtpOptions = z.infer<typeof optionsSchema>;

export function parseSmtpOptions(options: Record<string, unknown>): SmtpOptions {
  const parsed = optionsSchema.safeParse(options);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new InputError(`options${issue.path.length ? '.' + issue.path.join('.') : ''}: ${issue.message}`);
}

const QUIT_WAIT_MS = 200;
const TEXT_CAP = 300;
/** Reply codes after which a client falls back from EHLO to HELO (RFC 5321 4.1.4). */
const EHLO_UNKNOWN = new Set([500, 502]);

/** Reply text fit for a message or a detail: one line, printable, bounded. */
function clean(lines: readonly string[]): string {
  const text = lines.join(' / ').replace(/[\x00-\x1f\x7f]/g, '.');
  return text.length > TEXT_CAP ? `${text.slice(0, TEXT_CAP)}…` : text;
}

/** One SMTP conversation: replies are read whole, and bytes past a reply are kept for the next. */
class SmtpSession {
  readonly run: ProbeRun;
  stream: Duplex;
  rest: Buffer = Buffer.alloc(0);

  constructor(run: ProbeRun, stream: Duplex) {
    this.run = run;
    this.stream = stream;
  }

  async reply(what: string): Promise<SmtpReply> {
    const { value, rest } = await readMessage(this.run, this.stream, decodeReply, { maxBytes: SMTP_MAX_REPLY_BYTES, initial: this.rest, what });
    this.rest = rest;
    return value;
  }

  async command(command: string, what: string): Promise<SmtpReply> {
    await writeAll(this.run, this.stream, encodeCommand(command));
    return this.reply(what);
  }
}

/** The name for EHLO: this host's name when it is a domain, else its address as a literal. */
function clientName(socket: net.Socket): string {
  const own = hostname();
  if (DOMAIN.test(own)) return own;
  const address = socket.localAddress ?? '127.0.0.1';
  return net.isIPv6(address) ? `[IPv6:${address}]` : `[${address}]`;
}

function judgeBanner(banner: SmtpReply): void {
  const text = clean(banner.lines);
  if (banner.code === 220) return;
  if (banner.code === 421) {
    throw new ProbeFailure('access_denied', `the SMTP server does not take this connection (421 ${text}): it limits this client, is overloaded or shutting down`, { code: banner.code, banner: text });
  }
  if (banner.code >= 500) {
    throw new ProbeFailure('access_denied', `the SMTP server refuses this client in its greeting (${banner.code} ${text})`, { code: banner.code, banner: text });
  }
  throw new ProbeFailure('protocol_mismatch', `an SMTP server greets with 220, this peer sent ${banner.code} ${text}`, { code: banner.code, banner: text });
}

interface Greeting extends EhloKeywords {
  esmtp: boolean;
}

/** EHLO, or HELO when the server does not know EHLO. */
async function greet(session: SmtpSession, name: string): Promise<Greeting> {
  const ehlo = await session.command(`EHLO ${name}`, 'the EHLO reply');
  if (ehlo.code === 250) return { ...parseEhloKeywords(ehlo.lines), esmtp: true };
  if (EHLO_UNKNOWN.has(ehlo.code)) {
    const helo = await session.command(`HELO ${name}`, 'the HELO reply');
    if (helo.code === 250) return { greeting: clean(helo.lines), keywords: [], starttls: false, esmtp: false };
    throw new ProbeFailure('access_denied', `the SMTP server refused HELO ${name} (${helo.code} ${clean(helo.lines)})`, { code: helo.code });
  }
  throw new ProbeFailure('access_denied', `the SMTP server refused EHLO ${name} (${ehlo.code} ${clean(ehlo.lines)})`, { code: ehlo.code });
}

/** Keywords an SMTP-inspecting firewall writes over STARTTLS (Cisco ASA/FTD: "XXXXXXXA"). */
function maskedKeywords(keywords: readonly string[]): string[] {
  return keywords.filter((k) => /^X{4,}/.test(k));
}

function describeGreeting(greeting: Greeting): Record<string, unknown> {
  const detail: Record<string, unknown> = {
    greeting: clean([greeting.greeting]),
    esmtp: greeting.esmtp,
    keywords: greeting.keywords,
    starttls: greeting.starttls,
  };
  if (greeting.size !== undefined) detail.size = greeting.size;
  if (greeting.auth) detail.auth = greeting.auth;
  return detail;
}

function greetingWarning(greeting: Greeting): string | undefined {
  const masked = maskedKeywords(greeting.keywords);
  if (masked.length > 0 && !greeting.starttls) {
    return `EHLO lists ${masked.join(', ')} where STARTTLS would be: a firewall with SMTP inspection on the path masks STARTTLS`;
  }
  if (!greeting.esmtp) return 'the server does not know EHLO (answered HELO only): no extensions, no STARTTLS';
  return undefined;
}

/** QUIT and FIN, best effort: the check is already decided, so this waits briefly at most. */
async function quit(run: ProbeRun, stream: Duplex): Promise<void> {
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, Math.min(QUIT_WAIT_MS, run.remainingMs()));
    function done() {
      clearTimeout(timer);
      stream.off('finish', done);
      stream.off('error', done);
      resolve();
    }
    stream.once('finish', done);
    stream.once('error', done);
    stream.end(encodeCommand('QUIT'));
  });
}

/**
 * smtp://HOST[:25028] — the banner, EHLO and its extensions; with options.starttls the
 * upgrade, the TLS rung on the same socket, and EHLO again over TLS.
 */
export const smtpCheck: Check = async (target, spec, run) => {
  const options = parseSmtpOptions(spec.options);
  const addresses = await resolveLayer(run, target.host, { server: spec.dns.server, tcp: spec.dns.tcp, expect: spec.expect });
  const socket = await connectLayer(run, addresses, target.port);
  const name = options.ehloName ?? clientName(socket);
  const session = new SmtpSession(run, socket);

  await run.layer('protocol', async () => {
    const banner = await session.reply('the SMTP banner');
    judgeBanner(banner);
    const greeting = await greet(session, name);
    const detail = { banner: clean(banner.lines), ehloName: name, ...describeGreeting(greeting) };
    const warning = greetingWarning(greeting);
    if (!options.starttls) return { value: undefined, detail, warning };
    if (!greeting.starttls) {
      const masked = maskedKeywords(greeting.keywords);
      const why = masked.length > 0
        ? `EHLO lists ${masked.join(', ')} instead: a firewall with SMTP inspection masks it`
        : 'the EHLO reply does not list it';
      throw new ProbeFailure('protocol_mismatch', `options.starttls is set but the server does not offer STARTTLS: ${why}`, detail);
    }
    const reply = await session.command('STARTTLS', 'the STARTTLS reply');
    if (reply.code !== 220) {
      throw new ProbeFailure('protocol_mismatch', `the server answered STARTTLS with ${reply.code} ${clean(reply.lines)}, not 220`, { ...detail, starttlsReply: reply.code });
    }
    if (session.rest.length > 0) {
      // anything the client takes from before the handshake could be injected (CVE-2011-0411 class)
      throw new ProbeFailure('protocol_mismatch', 'the server sent data after its 220 STARTTLS reply, before the TLS handshake', detail);
    }
    return { value: undefined, detail, warning };
  });

  if (options.starttls) {
    const secure = await tlsLayer(run, socket, target.host, spec.tls);
    session.stream = secure;
    await run.layer('protocol', async () => {
      const greeting = await greet(session, name);
      return { value: undefined, detail: { overTls: true, ...describeGreeting(greeting) } };
    });
  }

  await quit(run, session.stream);
  run.release(session.stream);
  if (session.stream !== socket) run.release(socket);
  return run.layers;
};
