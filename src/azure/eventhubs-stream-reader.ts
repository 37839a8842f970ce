import type { Duplex } from 'node:stream';
import type { Decoded } from '../protocols/result.ts';

export type ReadOutcome<T> =
  | { kind: 'ok'; value: T; raw: Buffer }
  | { kind: 'malformed'; reason: string; head: Buffer }
  | { kind: 'closed'; buffered: Buffer; error?: string };

/**
 * Reads whole protocol units (a header, a frame) from a stream through a pure decoder: the
 * buffer is capped, every wait races a signal, and what the peer does (garbage, close, reset)
 * is an outcome, never an exception. `detach()` hands the stream on, paused, with what is left.
 */
export class StreamReader {
  readonly #stream: Duplex;
  readonly #cap: number;
  #buffer: Buffer = Buffer.alloc(0);
  #ended = false;
  #endError: string | undefined;
  #overflow = false;
  #wake: (() => void) | undefined;
  readonly #onData = (chunk: Buffer): void => {
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
    if (this.#buffer.length > this.#cap) {
      this.#overflow = true;
      this.#stream.pause(); // a flooding peer must not grow memory
    }
    this.#notify();
  };
  readonly #onEnd = (): void => {
    this.#ended = true;
    this.#notify();
  };
  readonly #onError = (error: NodeJS.ErrnoException): void => {
    this.#ended = true;
    this.#endError ??= error.code ?? error.message;
    this.#notify();
  };

  constructor(stream: Duplex, cap: number) {
    this.#stream = stream;
    this.#cap = cap;
    stream.on('data', this.#onData);
    stream.on('end', this.#onEnd);
    stream.on('close', this.#onEnd);
    stream.on('error', this.#onError);
    if (stream.readableEnded || stream.destroyed) this.#ended = true;
  }

  /** Waits until `decode` has a whole unit, the peer sent something else, or the peer closed. */
  async next<T>(decode: (buf: Buffer) => Decoded<T>, signal: AbortSignal): Promise<ReadOutcome<T>> {
    for (;;) {
      signal.throwIfAborted();
      const decoded = decode(this.#buffer);
      if (decoded.kind === 'ok') {
        const raw = this.#buffer.subarray(0, decoded.consumed);
        this.#buffer = this.#buffer.subarray(decoded.consumed);
        return { kind: 'ok', value: decoded.value, raw };
      }
      if (decoded.kind === 'malformed') return { kind: 'malformed', reason: decoded.reason, head: this.#buffer.subarray(0, 64) };
      if (this.#overflow) return { kind: 'malformed', reason: `more than ${this.#cap} bytes arrived without a complete unit`, head: this.#buffer.subarray(0, 64) };
      if (this.#ended) return { kind: 'closed', buffered: this.#buffer, ...(this.#endError ? { error: this.#endError } : {}) };
      await this.#waitForMore(signal);
    }
  }

  /** Stops reading; the stream stays paused and the bytes not yet consumed are returned. */
  detach(): Buffer {
    this.#stream.off('data', this.#onData);
    this.#stream.off('end', this.#onEnd);
    this.#stream.off('close', this.#onEnd);
    this.#stream.off('error', this.#onError);
    this.#stream.pause();
    this.#stream.on('error', () => {}); // the next owner reports errors its own way
    const rest = this.#buffer;
    this.#buffer = Buffer.alloc(0);
    return rest;
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }

  #waitForMore(signal: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        this.#wake = undefined;
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.#wake = () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      };
      if (this.#stream.isPaused() && !this.#overflow) this.#stream.resume();
    });
  }
}

/** The first bytes of what a peer sent, printable, for a report. */
export function preview(bytes: Buffer, max = 48): string {
  const head = bytes.subarray(0, max);
  const text = head.toString('latin1').replace(/[^\x20-\x7e]/g, '.');
  return bytes.length > max ? `${text}…` : text;
}
