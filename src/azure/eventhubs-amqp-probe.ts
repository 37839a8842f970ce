import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { ProbeFailure } from '../engine/errors.ts';
import {
  AMQP_HEADER, SASL_HEADER, SASL_OUTCOME_CODES, decodePerformative, decodeProtocolHeader, decodeSaslMechanisms,
  decodeSaslOutcome, describeProtocolHeader, encodeClose, encodeOpen, encodeSaslInit,
} from '../protocols/amqp.ts';
import type { AmqpPerformative } from '../protocols/amqp.ts';
import { classifyPeerError, describePeerError } from './eventhubs-errors.ts';
import { preview, StreamReader, type ReadOutcome } from './eventhubs-stream-reader.ts';

/** SASL and open frames are a few hundred bytes; this much without a whole frame is not an AMQP peer. */
export const PROBE_READ_CAP = 64 * 1024;
/** Empty frames (heartbeats) and the like tolerated before the frame we wait for. */
const MAX_SKIPPED_FRAMES = 8;

export interface ProbeOptions {
  /** Finish SASL ANONYMOUS and exchange open/close when the peer offers ANONYMOUS. */
  openAnonymously: boolean;
  /** The hostname in sasl-init and open: Event Hubs routes by it. */
  hostname: string;
  /** How long to wait for the peer's close after ours, asked when the wait starts. */
  closeWaitMs: () => number;
}

export interface ProbeOutcome {
  detail: Record<string, unknown>;
  mechanisms: string[];
  /** The peer answered with the SASL header and a mechanisms list. */
  sasl: boolean;
  /** What was read, unchanged, so that a client library can go on as if it had read it itself. */
  replay: Buffer;
}

function mismatch(message: string, detail?: Record<string, unknown>): ProbeFailure {
  return new ProbeFailure('protocol_mismatch', message, detail);
}

function closedWhy(read: { buffered: Buffer; error?: string }): string {
  const parts = [];
  if (read.error) parts.push(read.error);
  if (read.buffered.length > 0) parts.push(`after ${read.buffered.length} bytes of an incomplete frame`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

function fail<T>(read: Exclude<ReadOutcome<T>, { kind: 'ok' }>, closedMessage: string, what: string, detail: Record<string, unknown>): ProbeFailure {
  if (read.kind === 'closed') return mismatch(`${closedMessage}${closedWhy(read)}`, detail);
  return mismatch(`${what}: ${read.reason}`, { ...detail, received: preview(read.head) });
}

/**
 * The protocol rung of Event Hubs, without credentials: the SASL protocol header exchange and
 * the mechanisms list, then (when asked and offered) SASL ANONYMOUS and an AMQP open/close,
 * where an Event Hubs IP filter answers with close(amqp:unauthorized-access, "Ip has been
 * prevented to connect to the endpoint").
 */
export async function probeAmqp(stream: Duplex, signal: AbortSignal, options: ProbeOptions): Promise<ProbeOutcome> {
  const reader = new StreamReader(stream, PROBE_READ_CAP);
  const detail: Record<string, unknown> = {};
  stream.write(SASL_HEADER);
  const header = await reader.next(decodeProtocolHeader, signal);
  if (header.kind !== 'ok') {
    const tlsAlert = header.kind === 'malformed' && header.head[0] === 0x15 && header.head[1] === 0x03;
    const what = tlsAlert
      ? 'the peer answered the AMQP header with a TLS alert: this port wants TLS (amqps://)'
      : 'the peer answered the AMQP header with something that is not AMQP';
    throw fail(header, 'the peer closed the connection after our AMQP header: not an AMQP endpoint, or a filter that accepts TCP and then refuses', what, detail);
  }
  const peer = header.value;
  detail.peerHeader = describeProtocolHeader(peer);
  if (peer.major !== 1) throw mismatch(`the peer speaks ${describeProtocolHeader(peer)}, not AMQP 1.0`, detail);
  if (peer.protocolId === 0 || peer.protocolId === 2) {
    // AMQP 1.0 without SASL: the spec has the peer name the header it wants, then close.
    detail.saslRequired = false;
    if (peer.protocolId === 2) detail.tlsRequired = true;
    return { detail, mechanisms: [], sasl: false, replay: Buffer.concat([header.raw, reader.detach()]) };
  }
  if (peer.protocolId !== 3) throw mismatch(`the peer answered with an unknown AMQP protocol id ${peer.protocolId}`, detail);
  detail.saslRequired = true;

  const offered = await reader.next(decodeSaslMechanisms, signal);
  if (offered.kind !== 'ok') throw fail(offered, 'the peer sent its SASL header, then closed without offering mechanisms', 'the peer sent a SASL header but no valid sasl-mechanisms frame', detail);
  const mechanisms = offered.value.mechanisms;
  detail.mechanisms = mechanisms;
  const replay = Buffer.concat([header.raw, offered.raw]);
  if (!options.openAnonymously || !mechanisms.includes('ANONYMOUS')) {
    return { detail, mechanisms, sasl: true, replay: Buffer.concat([replay, reader.detach()]) };
  }

  await openAnonymously(stream, reader, signal, options, detail);
  reader.detach();
  return { detail, mechanisms, sasl: true, replay };
}

async function openAnonymously(stream: Duplex, reader: StreamReader, signal: AbortSignal, options: ProbeOptions, detail: Record<string, unknown>): Promise<void> {
  stream.write(encodeSaslInit('ANONYMOUS', Buffer.from('vnet-probe'), options.hostname));
  const outcome = await reader.next(decodeSaslOutcome, signal);
  if (outcome.kind !== 'ok') throw fail(outcome, 'the peer closed the connection during SASL ANONYMOUS', 'the answer to SASL ANONYMOUS is not a sasl-outcome', detail);
  if (outcome.value.code !== 0) {
    // An AMQP peer that wants credentials: the protocol is proven, the open is not.
    detail.anonymous = `refused (${SASL_OUTCOME_CODES[outcome.value.code] ?? outcome.value.code})`;
    return;
  }
  detail.anonymous = 'ok';

  stream.write(Buffer.concat([AMQP_HEADER, encodeOpen(`vnet-probe-${randomUUID()}`, options.hostname)]));
  const amqp = await reader.next(decodeProtocolHeader, signal);
  if (amqp.kind !== 'ok') throw fail(amqp, 'the peer closed the connection after SASL, before AMQP open: a network rule that refuses after authentication, or a broken peer', 'the peer answered the AMQP header after SASL with something else', detail);
  if (amqp.value.protocolId !== 0) throw mismatch(`after SASL the peer answered ${describeProtocolHeader(amqp.value)} instead of AMQP`, detail);

  const open = await nextPerformative(reader, signal, 'open', detail);
  if (open.name !== 'open') throw refusal(open, detail, 'instead of open');
  detail.open = {
    ...(open.containerId !== undefined ? { containerId: open.containerId } : {}),
    ...(open.hostname !== undefined ? { hostname: open.hostname } : {}),
    ...(open.maxFrameSize !== undefined ? { maxFrameSize: open.maxFrameSize } : {}),
    ...(open.idleTimeout !== undefined ? { idleTimeoutMs: open.idleTimeout } : {}),
  };

  // Close ours and read theirs: a refusal that trails the peer's open (the IP filter of
  // Event Hubs) comes before or instead of the answer to our close.
  stream.write(encodeClose());
  const grace = new AbortController();
  const timer = setTimeout(() => grace.abort(), options.closeWaitMs());
  try {
    const close = await nextPerformative(reader, AbortSignal.any([signal, grace.signal]), 'close', detail);
    if (close.name === 'close' && close.error) throw refusal(close, detail, 'after open');
    detail.closeAnswered = close.name === 'close';
  } catch (error) {
    if (signal.aborted || error instanceof ProbeFailure) throw error;
    detail.closeAnswered = false; // no answer to our close in time: the open stands
  } finally {
    clearTimeout(timer);
  }
}

/** The next frame that matters (heartbeats skipped); a close always counts. */
async function nextPerformative(reader: StreamReader, signal: AbortSignal, wanted: 'open' | 'close', detail: Record<string, unknown>): Promise<AmqpPerformative> {
  for (let skipped = 0; skipped <= MAX_SKIPPED_FRAMES; skipped++) {
    const read = await reader.next(decodePerformative, signal);
    if (read.kind === 'closed') {
      if (wanted === 'close') return { frameType: 0, channel: 0, code: null, name: 'end-of-stream', fields: [] };
      throw mismatch(`the peer closed the connection instead of answering AMQP open${closedWhy(read)}`, detail);
    }
    if (read.kind === 'malformed') throw mismatch(`the peer sent a malformed AMQP frame: ${read.reason}`, { ...detail, received: preview(read.head) });
    const p = read.value;
    if (p.name === wanted || p.name === 'close') return p;
    if (wanted === 'open' && p.name !== 'heartbeat') throw mismatch(`the peer sent ${p.name} where AMQP open was expected`, detail);
  }
  if (wanted === 'close') return { frameType: 0, channel: 0, code: null, name: 'no-close', fields: [] };
  throw mismatch(`the peer sent more than ${MAX_SKIPPED_FRAMES} empty frames without AMQP open`, detail);
}

function refusal(close: AmqpPerformative, detail: Record<string, unknown>, when: string): ProbeFailure {
  if (close.name !== 'close') return mismatch(`the peer sent ${close.name} ${when}`, detail);
  if (!close.error) return mismatch(`the peer closed the AMQP connection ${when}, without giving a reason`, detail);
  const failureClass = classifyPeerError(close.error, 'open');
  const why = describePeerError(close.error);
  const message = failureClass === 'access_denied'
    ? `the service refused the connection (close ${when}): ${why}`
    : `the peer closed the AMQP connection ${when}: ${why}`;
  return new ProbeFailure(failureClass, message, { ...detail, close: { condition: close.error.condition, description: close.error.description } });
}
