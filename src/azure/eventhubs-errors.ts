import type { FailureClass } from '../report/model.ts';

/** An AMQP error as a peer sends it in close, end, detach or a management answer. */
export interface PeerError {
  condition: string;
  description?: string;
}

/** Where on the connection the peer refused: before any credential, at CBS, or at $management. */
export type AmqpStage = 'open' | 'cbs' | 'management';

// What Event Hubs writes when its network rules, not the credentials, refuse the client
// ("Ip has been prevented to connect to the endpoint", public access disabled, NSP, …).
const NETWORK_DENIAL = /prevented to connect|ip ?filter|public network access|private ?(endpoint|link)|virtual network|network security perimeter|not from a trusted service|firewall/i;
const NOT_FOUND = new Set(['amqp:not-found', 'com.microsoft:entity-not-found', 'com.microsoft:messaging-entity-not-found']);
const MAX_DESCRIPTION = 300;

export function isNetworkDenial(error: PeerError): boolean {
  return NETWORK_DENIAL.test(error.description ?? '');
}

export function isNotFound(error: PeerError): boolean {
  return NOT_FOUND.has(error.condition);
}

/**
 * The class of a refusal. Network rules are access_denied wherever they strike; before any
 * credential was shown, unauthorized-access can only be them too. After CBS it is the key or
 * its claims. A hub that does not exist is auth_failed (see `notFoundMessage`): the network
 * path and the service are fine, the connection string names something else.
 */
export function classifyPeerError(error: PeerError, stage: AmqpStage): FailureClass {
  if (isNetworkDenial(error)) return 'access_denied';
  if (error.condition === 'amqp:unauthorized-access') return stage === 'open' ? 'access_denied' : 'auth_failed';
  if (isNotFound(error) && stage !== 'open') return 'auth_failed';
  return 'protocol_mismatch';
}

/** "amqp:unauthorized-access: Ip has been prevented …" cut to a report-friendly length. */
export function describePeerError(error: PeerError): string {
  const description = (error.description ?? '').replace(/\s+/g, ' ').trim();
  if (!description) return error.condition;
  return `${error.condition}: ${description.length > MAX_DESCRIPTION ? `${description.slice(0, MAX_DESCRIPTION)}…` : description}`;
}
