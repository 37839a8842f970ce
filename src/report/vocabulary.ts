// The report's fixed words, without zod: the engine needs them at run time, the schema only to describe them.

/** The rungs of the ladder, in the order a check climbs them. */
export const LAYERS = ['resolve', 'connect', 'tls', 'protocol', 'redirect', 'auth', 'operation'] as const;
export type LayerName = (typeof LAYERS)[number];

/** Stable failure classes: metrics, alerts and users' tests key on them. */
export const FAILURE_CLASSES = [
  'dns_nxdomain', 'dns_servfail', 'dns_refused', 'dns_timeout', 'dns_no_answer', 'dns_public_answer',
  'dns_unexpected_answer', 'tcp_timeout', 'tcp_refused', 'tcp_unreachable', 'tls_timeout',
  'tls_handshake_failed', 'tls_untrusted', 'tls_hostname_mismatch', 'tls_expired', 'tls_inspected',
  'protocol_mismatch', 'protocol_timeout', 'http_status', 'http_body_mismatch', 'auth_failed',
  'access_denied', 'timeout', 'internal_error',
] as const;
export type FailureClass = (typeof FAILURE_CLASSES)[number];

export const STATUSES = ['pass', 'warn', 'fail', 'skip'] as const;
export type Status = (typeof STATUSES)[number];

export const KINDS = ['dns', 'tcp', 'tls', 'http', 'storage', 'sql', 'amqp', 'smtp', 'smb', 'redis', 'keyvault'] as const;
export type Kind = (typeof KINDS)[number];
