import type { FailureClass, LayerName } from '../report/model.ts';
import { ProbeFailure } from './errors.ts';

/** The class a layer gets when the check's deadline ran out inside it. */
export const TIMEOUT_CLASS: Record<LayerName, FailureClass> = {
  resolve: 'dns_timeout',
  connect: 'tcp_timeout',
  tls: 'tls_timeout',
  protocol: 'protocol_timeout',
  redirect: 'tcp_timeout',
  auth: 'timeout',
  operation: 'timeout',
};

const CONNECT_CODES: Record<string, FailureClass> = {
  ECONNREFUSED: 'tcp_refused',
  ECONNRESET: 'tcp_refused',
  EHOSTUNREACH: 'tcp_unreachable',
  ENETUNREACH: 'tcp_unreachable',
  EADDRNOTAVAIL: 'tcp_unreachable',
  ETIMEDOUT: 'tcp_timeout',
};

export interface Classified { class: FailureClass; message: string }

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** Maps what a layer threw to a failure class; checks that know better throw ProbeFailure. */
export function classify(layer: LayerName, error: unknown): Classified {
  if (error instanceof ProbeFailure) return { class: error.class, message: error.message };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = messageOf(error);
  if (code && (layer === 'connect' || layer === 'redirect') && CONNECT_CODES[code]) return { class: CONNECT_CODES[code], message };
  if (code === 'ECONNRESET' || code === 'EPIPE') {
    return { class: layer === 'tls' ? 'tls_handshake_failed' : 'protocol_mismatch', message: `the peer closed the connection (${code}) at the ${layer} layer` };
  }
  if (code === 'ETIMEDOUT' || (error as Error | undefined)?.name === 'TimeoutError') return { class: TIMEOUT_CLASS[layer], message };
  if (layer === 'resolve') return { class: 'dns_servfail', message };
  if (layer === 'tls') return { class: 'tls_handshake_failed', message };
  if (layer === 'protocol') return { class: 'protocol_mismatch', message };
  if (layer === 'auth') return { class: 'auth_failed', message };
  return { class: 'internal_error', message };
}
