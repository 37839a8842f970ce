import { ProbeFailure } from '../engine/errors.ts';
import type { FailureClass } from '../report/model.ts';

/** An ERROR token as the server sent it (tedious's `errorMessage` event). */
export interface SqlServerError {
  number: number;
  message: string;
  state?: number;
  class?: number;
}

export interface SqlErrorMeaning {
  class: FailureClass;
  meaning: string;
}

/** Where in the session the error came: the words of the message depend on it. */
export type SqlStage = 'login' | 'redirect' | 'query';

const UNAVAILABLE = 'the login reached the service, so the network path works, but the database cannot take it right now';

/**
 * The SQL errors a network probe meets, with what each means for this subnet. Network denials by
 * the server are access_denied; credentials and service-side refusals after the path worked are
 * auth_failed (the path is proven either way; see `meaning` for which).
 */
export const SQL_ERRORS: Record<number, SqlErrorMeaning> = {
  18456: { class: 'auth_failed', meaning: 'login failed: the network path works, the server rejected the user name and password (or the token / identity is not a user of this server or database)' },
  18452: { class: 'auth_failed', meaning: 'login failed: the login is from an untrusted domain and cannot be used with integrated authentication' },
  18470: { class: 'auth_failed', meaning: 'login failed: the account is disabled' },
  18486: { class: 'auth_failed', meaning: 'login failed: the account is locked out' },
  18487: { class: 'auth_failed', meaning: 'login failed: the password of the account has expired' },
  18488: { class: 'auth_failed', meaning: 'login failed: the password of the account must be changed' },
  4060: { class: 'auth_failed', meaning: 'the database named in the login (options.database) does not exist or this login has no access to it' },
  40615: { class: 'access_denied', meaning: "the server firewall has no rule for the client's address: add a firewall rule for the address in the message (the public address this subnet leaves by: NAT gateway, firewall, or the VM's own), allow the subnet with a virtual network rule, or connect through the private endpoint" },
  40914: { class: 'access_denied', meaning: "the client is in a subnet with a Microsoft.Sql virtual network service endpoint, and the server's virtual network rules do not allow that subnet: add a virtual network rule for it" },
  47073: { class: 'access_denied', meaning: "'Deny public network access' is on for this server: connect through its private endpoint (the name must resolve, through privatelink.database.windows.net, to the endpoint's private address)" },
  40532: { class: 'access_denied', meaning: 'the gateway cannot open the server named in the login: the host must be the full SERVER.database.windows.net name (behind an IP address, alias or proxy, the gateway cannot tell which server is meant; the user name must then be user@SERVER), or the server does not exist in this region' },
  40613: { class: 'auth_failed', meaning: `the database is not currently available (a paused serverless database, a failover or a reconfiguration): ${UNAVAILABLE}; retry later` },
  40501: { class: 'auth_failed', meaning: `the service is busy: ${UNAVAILABLE}; retry later` },
  40197: { class: 'auth_failed', meaning: `the service hit an error processing the request (often a reconfiguration): ${UNAVAILABLE}; retry later` },
  10928: { class: 'auth_failed', meaning: `a resource limit of the database was reached: ${UNAVAILABLE}` },
  10929: { class: 'auth_failed', meaning: `the database is at its resource limit: ${UNAVAILABLE}` },
};

/** Pulls "Client with IP address '203.0.113.7'" out of a 40615 message: the address the server sees. */
export function clientAddressIn(message: string): string | undefined {
  return /IP address '([0-9a-fA-F:.]+)'/.exec(message)?.[1];
}

function where(stage: SqlStage): string {
  if (stage === 'redirect') return 'the redirected connection';
  if (stage === 'query') return 'the query';
  return 'the login';
}

/** The failure for an ERROR token the server sent; unknown numbers keep the server's words. */
export function sqlErrorFailure(error: SqlServerError, stage: SqlStage, detail: Record<string, unknown> = {}): ProbeFailure {
  const known = SQL_ERRORS[error.number];
  const server = `server said: "${error.message}" (error ${error.number}${error.state !== undefined ? `, state ${error.state}` : ''})`;
  const facts: Record<string, unknown> = { ...detail, sqlError: error.number };
  if (error.state !== undefined) facts.sqlState = error.state;
  const clientAddress = clientAddressIn(error.message);
  if (clientAddress) facts.clientAddressSeenByServer = clientAddress;
  if (known) {
    facts.meaning = known.meaning;
    return new ProbeFailure(known.class, `SQL error ${error.number} at ${where(stage)}: ${known.meaning}. The ${server}`, facts);
  }
  if (stage === 'query') {
    return new ProbeFailure('auth_failed', `logged in, but SELECT 1 was refused: the ${server}`, facts);
  }
  return new ProbeFailure('auth_failed', `${where(stage)} was refused: the ${server}`, facts);
}

const TLS_UNTRUSTED = new Set([
  'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'CERT_UNTRUSTED', 'CERT_SIGNATURE_FAILURE', 'CERT_REJECTED',
]);

function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let link: unknown = error;
  while (link && chain.length < 5) {
    chain.push(link);
    if (link instanceof AggregateError && link.errors.length > 0) link = link.errors[0];
    else link = (link as { cause?: unknown }).cause;
  }
  return chain;
}

function tlsFailure(code: string, message: string, stage: SqlStage): ProbeFailure | undefined {
  const during = `during the TLS handshake inside TDS (${where(stage)})`;
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID') return new ProbeFailure('tls_expired', `the server certificate is expired or not yet valid ${during}: ${message}`);
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return new ProbeFailure('tls_hostname_mismatch', `the server certificate does not name the host ${during}: ${message}`);
  if (TLS_UNTRUSTED.has(code)) return new ProbeFailure('tls_untrusted', `the server certificate is not trusted ${during} (${code}); add its CA with tls.ca, or set options.trustServerCertificate: true for a test server`);
  if (code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS')) return new ProbeFailure('tls_handshake_failed', `TLS failed ${during}: ${message}`);
  return undefined;
}

/**
 * Maps what tedious failed with to a classified failure. `serverError` is the last ERROR token the
 * server sent in this stage: a login error's number comes only through that event.
 */
export function tediousFailure(error: unknown, serverError: SqlServerError | undefined, stage: SqlStage, detail: Record<string, unknown> = {}): ProbeFailure {
  if (serverError) return sqlErrorFailure(serverError, stage, detail);
  const chain = causeChain(error);
  const mine = chain.find((e): e is ProbeFailure => e instanceof ProbeFailure);
  if (mine) return mine;
  const numbered = chain.find((e) => typeof (e as { number?: unknown }).number === 'number') as { number: number; message: string; state?: number } | undefined;
  if (numbered) return sqlErrorFailure({ number: numbered.number, message: numbered.message, state: numbered.state }, stage, detail);
  const top = chain[0] as (Error & { code?: string }) | undefined;
  const message = top?.message ?? String(error);
  for (const link of chain) {
    const code = (link as { code?: unknown }).code;
    if (typeof code === 'string') {
      const tls = tlsFailure(code, (link as Error).message ?? message, stage);
      if (tls) return withDetail(tls, detail);
    }
  }
  const code = top?.code;
  if (code === 'EENCRYPT') {
    return new ProbeFailure('protocol_mismatch', `the server and options.encrypt disagree on encryption: ${message}`, detail);
  }
  if (code === 'ELOGIN') return new ProbeFailure('auth_failed', `${where(stage)} failed: ${message}`, detail);
  if (code === 'ETIMEOUT') return new ProbeFailure(stage === 'redirect' ? 'tcp_timeout' : 'timeout', `${where(stage)} timed out: ${message}`, detail);
  if (code === 'ESOCKET' || code === 'ECONNRESET' || code === 'EPIPE') {
    return new ProbeFailure('protocol_mismatch', `the server closed the connection during ${where(stage)}: ${message}`, detail);
  }
  // tedious's token parser throws on bytes that are not a TDS token stream
  return new ProbeFailure('protocol_mismatch', `${where(stage)} got an answer that is not valid TDS: ${message}`, detail);
}

function withDetail(failure: ProbeFailure, detail: Record<string, unknown>): ProbeFailure {
  if (Object.keys(detail).length === 0) return failure;
  return new ProbeFailure(failure.class, failure.message, { ...detail, ...failure.detail });
}
