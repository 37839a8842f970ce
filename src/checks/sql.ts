import * as z from '../config/zod.ts';
import { describeCredentials, sqlCredentials, tediousAuthentication, type SqlCredentials } from '../azure/sql-auth.ts';
import { exchangePrelogin, preloginDetail } from '../azure/sql-prelogin.ts';
import { rangeAdvice, SqlSession, type SessionOptions } from '../azure/sql-session.ts';
import type { CheckSpec } from '../config/spec.ts';
import type { Target } from '../config/target.ts';
import { InputError, ProbeFailure } from '../engine/errors.ts';
import type { ProbeRun } from '../engine/probe.ts';
import { connectLayer } from '../net/connect.ts';
import { resolveLayer } from '../net/resolve.ts';
import type { Check } from './check.ts';

const sqlOptionsSchema = z.strictObject({
  database: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
  /** true (TLS inside TDS, the default), false (login only), or 'strict' (TDS 8: TLS first). */
  encrypt: z.optional(z.union([z.boolean(), z.literal('strict')])),
  trustServerCertificate: z.optional(z.boolean()),
});
export type SqlOptions = z.infer<typeof sqlOptionsSchema>;

/** Validates `options:` of a sql check; a bad value names its field. */
export function parseSqlOptions(options: Record<string, unknown>): SqlOptions {
  const parsed = sqlOptionsSchema.safeParse(options);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path.join('.');
  const why = issue.code === 'unrecognized_keys' ? 'unknown option for sql checks (known: database, encrypt, trustServerCertificate)' : issue.message;
  throw new InputError(`options.${field}: ${why}`);
}

/** Checks a sql check's options and auth before it runs; the check calls it too. */
export function validateSqlSpec(spec: CheckSpec): { options: SqlOptions; credentials: SqlCredentials | undefined } {
  return { options: parseSqlOptions(spec.options), credentials: sqlCredentials(spec.auth) };
}

/**
 * sql://HOST[:PORT] — resolve, connect, then TDS PRELOGIN on our own socket (no credentials needed).
 * With credentials: a tedious login (auth), the redirect to the node when the gateway sends one
 * (redirect), and SELECT 1 (operation).
 */
export const sqlCheck: Check = async (target, spec, run) => {
  const { options, credentials } = validateSqlSpec(spec);
  const addresses = await resolveLayer(run, target.host, { server: spec.dns.server, tcp: spec.dns.tcp, expect: spec.expect });
  const socket = await connectLayer(run, addresses, target.port);
  await run.layer('protocol', async () => {
    const answer = await exchangePrelogin(socket, target.port, run.signal);
    return { value: answer, detail: preloginDetail(answer) };
  });
  run.release(socket);
  if (credentials) await loginLadder(run, target, spec, addresses[0], options, credentials);
  return run.layers;
};

/** A failed auth layer still tells how it logged in (method, user, address), beside the failure's own facts. */
async function keepingFacts<T>(facts: Record<string, unknown>, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof ProbeFailure) throw new ProbeFailure(error.class, error.message, { ...facts, ...error.detail });
    throw error;
  }
}

async function loginLadder(run: ProbeRun, target: Target, spec: CheckSpec, address: string, options: SqlOptions, credentials: SqlCredentials): Promise<void> {
  const encrypt = options.encrypt ?? true;
  let session: SqlSession | undefined;
  const facts: Record<string, unknown> = { ...describeCredentials(credentials), address, encrypt };
  if (options.database) facts.database = options.database;
  const login = await run.layer('auth', () => keepingFacts(facts, async () => {
    const authentication = await tediousAuthentication(credentials, target.host, run.signal);
    const sessionOptions: SessionOptions = {
      host: target.host,
      address,
      port: target.port,
      authentication,
      database: options.database,
      encrypt,
      trustServerCertificate: options.trustServerCertificate ?? false,
      ca: spec.tls.ca,
      resolve: { server: spec.dns.server, tcp: spec.dns.tcp },
    };
    session = await SqlSession.open(run, sessionOptions);
    const result = await session.login;
    const detail: Record<string, unknown> = { ...facts };
    if (result.tls) detail.tls = result.tls;
    if (result.redirect) detail.redirectedTo = `${result.redirect.host}:${result.redirect.port}`;
    return { value: result, detail };
  }));
  if (!session) throw new ProbeFailure('internal_error', 'the SQL session did not start');
  const opened = session;
  if (login.redirect) {
    await run.layer('redirect', async () => {
      const node = await opened.redirected;
      const detail: Record<string, unknown> = {
        host: node.host, port: node.port, inRedirectRange: node.inRedirectRange, address: node.address, connectMs: node.connectMs,
        note: node.inRedirectRange ? rangeAdvice() : 'the redirect port is outside the 11000-11999 range Azure SQL uses',
      };
      if (node.tls) detail.tls = node.tls;
      return { value: node, detail };
    });
  }
  await run.layer('operation', async () => {
    const rows = await opened.query('SELECT 1');
    const value = rows[0]?.[0];
    if (value !== 1) {
      throw new ProbeFailure('protocol_mismatch', `SELECT 1 answered ${JSON.stringify(value ?? null)} in ${rows.length} row(s), not 1: the peer is not behaving as SQL Server`, { rows: rows.length });
    }
    return { value: undefined, detail: { query: 'SELECT 1', rows: rows.length, value } };
  });
  opened.destroy();
}
