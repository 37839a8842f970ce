import { ProbeFailure } from '../engine/errors.ts';
import type { FailureClass } from '../report/model.ts';
import { isNetworkRuleDenial } from './storage-answer.ts';

/** The fields of @azure/core-rest-pipeline's RestError (and of Node system errors) that matter here. */
interface SdkError {
  name?: string;
  message?: string;
  code?: string;
  statusCode?: number;
  details?: { errorCode?: string };
}

// Network errors on the SDK's own sockets, after our rungs already succeeded once.
const SYSTEM_CODES: Record<string, FailureClass> = {
  ENOTFOUND: 'dns_nxdomain',
  EAI_AGAIN: 'dns_timeout',
  ECONNREFUSED: 'tcp_refused',
  ETIMEDOUT: 'tcp_timeout',
  EHOSTUNREACH: 'tcp_unreachable',
  ENETUNREACH: 'tcp_unreachable',
  ECONNRESET: 'protocol_mismatch',
  EPIPE: 'protocol_mismatch',
  CERT_HAS_EXPIRED: 'tls_expired',
  CERT_NOT_YET_VALID: 'tls_expired',
  ERR_TLS_CERT_ALTNAME_INVALID: 'tls_hostname_mismatch',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'tls_untrusted',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'tls_untrusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'tls_untrusted',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'tls_untrusted',
};

const IDENTITY_ERRORS = new Set(['CredentialUnavailableError', 'AuthenticationError', 'AuthenticationRequiredError']);

/** SDK messages may quote request URLs; their query strings can hold a SAS. */
export function redactUrls(text: string): string {
  return text.replace(/(https?:\/\/[^\s?"'<>]+)\?[^\s"'<>]*/gi, '$1?[query redacted]');
}

function firstLine(text: string | undefined): string {
  const line = redactUrls((text ?? '').split(/\r?\n/)[0]).trim();
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

/**
 * Classifies what an SDK call threw during `step` ("getAccountInfo", "list containers"…): a
 * network-rule denial is access_denied, a rejected or under-privileged credential auth_failed.
 * Aborts (the engine's deadline) and unknown errors are returned unchanged.
 */
export function sdkFailure(error: unknown, step: string): unknown {
  const e = (error ?? {}) as SdkError;
  if (e.name === 'AbortError') return error;
  if (e.name && IDENTITY_ERRORS.has(e.name)) {
    return new ProbeFailure('auth_failed', `${step}: the managed identity could not get a token (${e.name}): ${firstLine(e.message)}`);
  }
  const status = e.statusCode;
  const code = e.details?.errorCode ?? e.code;
  if (status !== undefined) {
    const message = firstLine(e.message);
    const detail = { status, ...(code ? { errorCode: code } : {}), step };
    if (isNetworkRuleDenial(status, { code, message })) {
      return new ProbeFailure('access_denied', `${step}: the storage account refused this client by its network rules (403 AuthorizationFailure: ${message})`, detail);
    }
    if (status === 403 && code === 'AuthorizationPermissionMismatch') {
      return new ProbeFailure('auth_failed', `${step}: the credential was accepted but may not do this (403 AuthorizationPermissionMismatch): give the identity a Storage Blob Data role, or the SAS the permission`, detail);
    }
    if (status === 401 || status === 403 || (status === 400 && /Authenticat/i.test(code ?? ''))) {
      return new ProbeFailure('auth_failed', `${step}: the credential was rejected (${status}${code ? ` ${code}` : ''}: ${message})`, detail);
    }
    return new ProbeFailure('http_status', `${step}: HTTP ${status}${code ? ` ${code}` : ''}: ${message}`, detail);
  }
  if (code && SYSTEM_CODES[code]) {
    return new ProbeFailure(SYSTEM_CODES[code], `${step}: the SDK's connection failed (${code}): ${firstLine(e.message)}`, { step, code });
  }
  if (error instanceof Error && redactUrls(error.message) !== error.message) {
    const copy = new Error(redactUrls(error.message));
    copy.name = error.name;
    return Object.assign(copy, e.code ? { code: e.code } : {});
  }
  return error;
}
