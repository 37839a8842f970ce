import { ProbeFailure } from '../engine/errors.ts';
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
  const description = shorten(error.description ?? '');
  return description ? `${error.condition}: ${description}` : error.condition;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_DESCRIPTION ? `${flat.slice(0, MAX_DESCRIPTION)}…` : flat;
}

/** How the peer ended what we were doing: a close or detach with an error, SASL, or the socket. */
export interface PeerEnd {
  how: 'close' | 'detach' | 'rejected' | 'sasl' | 'disconnect' | 'protocol';
  error?: PeerError;
  message?: string;
}

const STAGE_NAMES: Record<AmqpStage, string> = {
  open: 'opening the AMQP connection',
  cbs: 'the CBS put-token',
  management: 'the $management READ',
};

/** The failure for a connection, session or link the peer ended while we were at `stage`. */
export function peerEndFailure(end: PeerEnd, stage: AmqpStage): ProbeFailure {
  const during = STAGE_NAMES[stage];
  if (end.how === 'sasl') {
    return new ProbeFailure('auth_failed', `the peer refused SASL ANONYMOUS, which Event Hubs claims-based auth needs${end.error ? ` (${describePeerError(end.error)})` : end.message ? ` (${end.message})` : ''}`);
  }
  if (end.error) {
    const failureClass = classifyPeerError(end.error, stage);
    const what = end.how === 'close' ? 'closed the connection' : end.how === 'detach' ? 'detached the link' : 'rejected the request';
    const lead = failureClass === 'access_denied' ? 'the service refused this client' : `the peer ${what}`;
    return new ProbeFailure(failureClass, `${lead} during ${during}: ${describePeerError(end.error)}`, { [end.how]: { ...end.error } });
  }
  if (end.how === 'disconnect') return new ProbeFailure('protocol_mismatch', `the connection dropped during ${during}${end.message ? ` (${end.message})` : ''}`);
  if (end.how === 'protocol') return new ProbeFailure('protocol_mismatch', `AMQP protocol error during ${during}: ${end.message ?? 'unknown'}`);
  return new ProbeFailure('protocol_mismatch', `the peer ended the ${end.how === 'close' ? 'connection' : 'link'} during ${during} without giving a reason`);
}

/** The failure for a management-style answer (status-code 401, 404, …); undefined when it is a success. */
export function statusFailure(stage: AmqpStage, reply: { statusCode?: number; statusDescription?: string; errorCondition?: string }, notFound: string): ProbeFailure | undefined {
  const code = reply.statusCode;
  if (code === 200 || code === 202) return undefined;
  const during = STAGE_NAMES[stage];
  const said = reply.statusDescription ? `: ${shorten(reply.statusDescription)}` : '';
  const detail = { statusCode: code, ...(reply.statusDescription ? { statusDescription: reply.statusDescription } : {}), ...(reply.errorCondition ? { errorCondition: reply.errorCondition } : {}) };
  if (code === undefined) return new ProbeFailure('protocol_mismatch', `the answer to ${during} has no status-code`, detail);
  const asError: PeerError = { condition: reply.errorCondition ?? '', description: reply.statusDescription };
  if (isNetworkDenial(asError)) return new ProbeFailure('access_denied', `the service refused this client during ${during} (status ${code})${said}`, detail);
  if (code === 401 || code === 403) return new ProbeFailure('auth_failed', `${during} was refused with status ${code}${said}`, detail);
  if (code === 404 || isNotFound(asError)) return new ProbeFailure('auth_failed', `${notFound} (status ${code})${said}`, detail);
  return new ProbeFailure('protocol_mismatch', `${during} answered status ${code}${said}`, detail);
}
