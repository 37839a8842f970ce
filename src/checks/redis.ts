import type { Duplex } from 'node:stream';
import * as z from '../config/zod.ts';
import type { AuthConfig } from '../config/schema.ts';
import { readSecret, type Secret } from '../config/secrets.ts';
import { InputError, ProbeFailure } from '../engine/errors.ts';
import type { LayerOutcome, ProbeRun } from '../engine/probe.ts';
import { connectLayer } from '../net/connect.ts';
import { readMessage, writeAll } from '../net/read-message.ts';
import { resolveLayer } from '../net/resolve.ts';
import { tlsLayer } from '../net/tls.ts';
import { decodeReply, encodeCommand } from '../protocols/resp.ts';
import type { RespValue } from '../protocols/resp.ts';
import type { Check } from './check.ts';

// Redis checks take no options yet; a strict schema turns a typo into an error instead of a no-op.
const optionsSchema = z.strictObject({});

export function parseRedisOptions(options: Record<string, unknown>): void {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw new InputError(`options: ${parsed.error.issues[0].message}`);
}

/** A PING or AUTH answer is a line; anything near this size is not one. */
const MAX_REPLY_BYTES = 64 * 1024;
const TEXT_CAP = 200;
const UNUSED_AUTH_FIELDS = ['connectionString', 'accountKey', 'sas', 'token', 'managedIdentity'] as const;

interface RedisCredentials {
  username?: string;
  password: Secret;
}

/** Reads auth up front: a missing secret is the user's to fix before anything is sent. */
export function redisCredentials(auth: AuthConfig | undefined): RedisCredentials | undefined {
  if (!auth) return undefined;
  for (const field of UNUSED_AUTH_FIELDS) {
    if (auth[field] !== undefined) throw new InputError(`auth.${field}: redis checks take auth.password (and auth.username for an ACL user)`);
  }
  if (!auth.password) {
    if (auth.username !== undefined) throw new InputError('auth.username: needs auth.password');
    return undefined;
  }
  const password = readSecret(auth.password, 'auth.password');
  return auth.username !== undefined ? { username: auth.username, password } : { password };
}

function clean(text: string): string {
  const line = text.replace(/[\x00-\x1f\x7f]/g, '.');
  return line.length > TEXT_CAP ? `${line.slice(0, TEXT_CAP)}…` : line;
}

/** The first word of an error reply: NOAUTH, WRONGPASS, ERR… */
function errorCode(text: string): string {
  return /^[A-Z]+/.exec(text)?.[0] ?? '';
}

function describe(reply: RespValue): string {
  switch (reply.type) {
    case 'simple':
    case 'error':
      return clean(reply.value);
    case 'integer':
      return String(reply.value);
    case 'bulk':
      return reply.value === null ? '(nil)' : clean(reply.value);
    case 'array':
      return reply.value === null ? '(nil array)' : `array of ${reply.value.length}`;
  }
}

class RespSession {
  readonly run: ProbeRun;
  readonly stream: Duplex;
  rest: Buffer = Buffer.alloc(0);

  constructor(run: ProbeRun, stream: Duplex) {
    this.run = run;
    this.stream = stream;
  }

  async command(args: string[], what: string): Promise<RespValue> {
    await writeAll(this.run, this.stream, encodeCommand(args));
    const { value, rest } = await readMessage(this.run, this.stream, decodeReply, { maxBytes: MAX_REPLY_BYTES, initial: this.rest, what });
    this.rest = rest;
    return value;
  }
}

/** Any RESP answer proves Redis; only a protected-mode refusal stops the ladder here. */
function judgePing(reply: RespValue): LayerOutcome<void> {
  if (reply.type === 'simple' && reply.value.toUpperCase() === 'PONG') return { value: undefined, detail: { reply: 'PONG', authRequired: false } };
  if (reply.type !== 'error') return { value: undefined, detail: { reply: describe(reply), replyType: reply.type } };
  const code = errorCode(reply.value);
  const text = clean(reply.value);
  if (code === 'NOAUTH') return { value: undefined, detail: { reply: text, authRequired: true } };
  if (code === 'DENIED') {
    throw new ProbeFailure('access_denied', `Redis refuses clients from other hosts (protected mode): ${text}`, { reply: text });
  }
  if (code === 'LOADING') return { value: undefined, detail: { reply: text }, warning: 'Redis is loading its dataset into memory and answers nothing else until it is done' };
  return { value: undefined, detail: { reply: text } };
}

/** A TLS-only port drops a plaintext PING without a word: say what probably happened. */
function plaintextOnTlsPort(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  const closed = code === 'ECONNRESET' || code === 'EPIPE' || (error instanceof ProbeFailure && /closed the connection without/.test(error.message));
  if (!closed) return error;
  return new ProbeFailure('protocol_mismatch', 'the peer closed the connection instead of answering PING: if this port speaks TLS only (Azure Cache for Redis: 6380), use rediss://');
}

/** AUTH [username] password, then PING as that user. */
async function authenticate(session: RespSession, credentials: RedisCredentials): Promise<LayerOutcome<void>> {
  const user = credentials.username ?? 'default';
  const args = credentials.username !== undefined
    ? ['AUTH', credentials.username, credentials.password.reveal()]
    : ['AUTH', credentials.password.reveal()];
  const reply = await session.command(args, 'the AUTH reply');
  if (reply.type === 'error') {
    const text = clean(reply.value);
    if (/without any password configured|no password is set/i.test(text)) {
      return { value: undefined, detail: { user, reply: text }, warning: 'the server needs no password: clients that send one get an error from some libraries' };
    }
    if (credentials.username !== undefined && /wrong number of arguments/i.test(text)) {
      throw new ProbeFailure('auth_failed', `the server does not know ACL users (Redis before 6): drop auth.username (${text})`, { user });
    }
    throw new ProbeFailure('auth_failed', `the server rejected the credentials of user ${user}: ${text}`, { user });
  }
  if (reply.type !== 'simple' || reply.value.toUpperCase() !== 'OK') {
    throw new ProbeFailure('protocol_mismatch', `AUTH was answered with ${describe(reply)}, not OK`, { user });
  }
  const ping = await session.command(['PING'], 'the PING reply after AUTH');
  if (ping.type === 'simple' && ping.value.toUpperCase() === 'PONG') return { value: undefined, detail: { user, ping: 'PONG' } };
  return { value: undefined, detail: { user, ping: describe(ping) }, warning: `authenticated, but PING as ${user} answered ${describe(ping)}` };
}

/**
 * redis://HOST[:6381] and rediss://HOST[:6380] — PING proves Redis without credentials
 * (NOAUTH counts: the path works); with auth.password, AUTH and PING as that user.
 */
export const redisCheck: Check = async (target, spec, run) => {
  parseRedisOptions(spec.options);
  const credentials = redisCredentials(spec.auth);
  const addresses = await resolveLayer(run, target.host, { server: spec.dns.server, tcp: spec.dns.tcp, expect: spec.expect });
  const socket = await connectLayer(run, addresses, target.port);
  const stream: Duplex = target.scheme === 'rediss' ? await tlsLayer(run, socket, target.host, spec.tls) : socket;
  const session = new RespSession(run, stream);

  await run.layer('protocol', async () => {
    try {
      return judgePing(await session.command(['PING'], 'the PING reply'));
    } catch (error) {
      throw target.scheme === 'redis' ? plaintextOnTlsPort(error) : error;
    }
  });
  if (credentials) await run.layer('auth', () => authenticate(session, credentials));

  run.release(stream);
  if (stream !== socket) run.release(socket);
  return run.layers;
};
