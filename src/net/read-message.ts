import type { Duplex } from 'node:stream';
import { ProbeFailure } from '../engine/errors.ts';
import type { ProbeRun } from '../engine/probe.ts';
import type { Decoded } from '../protocols/result.ts';

export interface ReadMessageOptions {
  /** Give up (protocol_mismatch) once this many bytes arrived without a complete message. */
  maxBytes: number;
  /** Bytes already read past the previous message (its `rest`). */
  initial?: Buffer;
  /** What is awaited, for messages: "the SMTP banner", "the PING reply". */
  what?: string;
}

export interface ReadMessageResult<T> {
  value: T;
  /** Bytes that arrived after the message; the next read starts with them. */
  rest: Buffer;
}

const PREVIEW_BYTES = 48;

/** The first bytes a peer sent, printable, for a message about what it said instead. */
export function preview(buf: Buffer): string {
  const text = buf.subarray(0, PREVIEW_BYTES).toString('latin1').replace(/[^\x20-\x7e]/g, '.');
  return buf.length > PREVIEW_BYTES ? `${text}…` : text;
}

/**
 * Reads from `socket` until `decode` says ok or malformed. Memory is bounded by `maxBytes`
 * (plus one chunk); the run's signal ends the wait. The socket is paused again afterwards,
 * so bytes that arrive before the next read wait in the stream instead of being lost.
 */
export function readMessage<T>(
  run: ProbeRun,
  socket: Duplex,
  decode: (buf: Buffer) => Decoded<T>,
  options: ReadMessageOptions,
): Promise<ReadMessageResult<T>> {
  const what = options.what ?? 'an answer';
  let buffered = options.initial ?? Buffer.alloc(0);

  const judge = (): ReadMessageResult<T> | Error | undefined => {
    if (buffered.length === 0) return undefined;
    const decoded = decode(buffered);
    if (decoded.kind === 'ok') return { value: decoded.value, rest: buffered.subarray(decoded.consumed) };
    if (decoded.kind === 'malformed') {
      return new ProbeFailure('protocol_mismatch', `${what}: ${decoded.reason} (received "${preview(buffered)}")`);
    }
    if (buffered.length > options.maxBytes) {
      return new ProbeFailure('protocol_mismatch', `${what}: more than ${options.maxBytes} bytes arrived without a complete message`);
    }
    return undefined;
  };

  return new Promise((resolve, reject) => {
    const first = judge();
    if (first instanceof Error) return reject(first);
    if (first) return resolve(first);
    if (run.signal.aborted) return reject(run.signal.reason);
    if (socket.destroyed || socket.readableEnded) return reject(closedEarly(what, buffered));

    const cleanup = () => {
      socket.off('data', onData);
      socket.off('end', onEnd);
      socket.off('close', onEnd);
      socket.off('error', onError);
      run.signal.removeEventListener('abort', onAbort);
      socket.pause();
    };
    const settle = (outcome: ReadMessageResult<T> | Error) => {
      cleanup();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const fail = (reason: unknown) => {
      cleanup();
      reject(reason);
    };
    const onData = (chunk: Buffer) => {
      buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
      const outcome = judge();
      if (outcome) settle(outcome);
    };
    const onEnd = () => settle(closedEarly(what, buffered));
    const onError = (error: Error) => fail(error);
    const onAbort = () => fail(run.signal.reason);

    socket.on('data', onData);
    socket.once('end', onEnd);
    socket.once('close', onEnd);
    socket.once('error', onError);
    run.signal.addEventListener('abort', onAbort, { once: true });
    socket.resume();
  });
}

function closedEarly(what: string, buffered: Buffer): ProbeFailure {
  return buffered.length === 0
    ? new ProbeFailure('protocol_mismatch', `the peer closed the connection without sending ${what}`)
    : new ProbeFailure('protocol_mismatch', `the peer closed the connection in the middle of ${what} (received "${preview(buffered)}")`);
}

/** Writes and waits until the bytes are handed to the kernel, or the run ends. */
export function writeAll(run: ProbeRun, socket: Duplex, bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    if (run.signal.aborted) return reject(run.signal.reason);
    const onAbort = () => reject(run.signal.reason);
    run.signal.addEventListener('abort', onAbort, { once: true });
    socket.write(bytes, (error) => {
      run.signal.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve();
    });
  });
}
