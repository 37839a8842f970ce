import { randomBytes } from 'node:crypto';
import { Duplex } from 'node:stream';
import { ProbeFailure } from '../engine/errors.ts';
import { preview, StreamReader } from './eventhubs-stream-reader.ts';
import {
  acceptFor, closePayload, decodeUpgradeAnswer, decodeWsFrame, encodeUpgradeRequest, encodeWsFrame, readClosePayload,
  UPGRADE_ANSWER_CAP, WS_OPCODES,
} from './eventhubs-ws-codec.ts';

/** An AMQP frame is at most 1 MiB here (src/protocols/amqp.ts); a WebSocket frame carries at most one. */
const MAX_FRAME_PAYLOAD = 1024 * 1024 + 64;

/**
 * The byte stream inside a WebSocket: what is written goes out as masked binary frames, what
 * arrives in binary frames comes out as plain data. Pings are answered, a close frame ends it.
 * It sits on a socket the run already owns, so the engine's deadline still closes everything.
 */
export class WebSocketStream extends Duplex {
  readonly #socket: Duplex;
  #buffer: Buffer;
  #closeSent = false;
  #closeReceived: { code?: number; reason?: string } | undefined;
  #eof = false;

  constructor(socket: Duplex, leftover: Buffer) {
    super();
    this.#socket = socket;
    this.#buffer = leftover;
    socket.on('data', (chunk: Buffer) => {
      this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
      this.#drain();
    });
    socket.on('end', () => this.#end());
    socket.on('close', () => this.#end());
    socket.on('error', (error: Error) => this.destroy(error));
    this.#drain();
    socket.resume();
  }

  /** The close frame the server sent, if it sent one. */
  get closeReceived(): { code?: number; reason?: string } | undefined {
    return this.#closeReceived;
  }

  override _read(): void {
    this.#socket.resume();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (this.#closeSent || this.#socket.destroyed) {
      callback(new Error('the WebSocket is closed'));
      return;
    }
    this.#socket.write(encodeWsFrame(WS_OPCODES.binary, chunk, randomBytes(4)), callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.#sendClose(1000);
    this.#socket.end();
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.#socket.destroy();
    callback(error);
  }

  #end(): void {
    if (this.#eof) return;
    this.#eof = true;
    this.push(null);
  }

  #sendClose(code: number): void {
    if (this.#closeSent || this.#socket.destroyed) return;
    this.#closeSent = true;
    this.#socket.write(encodeWsFrame(WS_OPCODES.close, closePayload(code), randomBytes(4)));
  }

  #drain(): void {
    while (!this.destroyed && this.#buffer.length > 0) {
      const decoded = decodeWsFrame(this.#buffer, MAX_FRAME_PAYLOAD);
      if (decoded.kind === 'incomplete') return;
      if (decoded.kind === 'malformed') {
        this.#sendClose(1002);
        this.destroy(new Error(`WebSocket: ${decoded.reason}`));
        return;
      }
      this.#buffer = this.#buffer.subarray(decoded.consumed);
      const { opcode, payload } = decoded.value;
      switch (opcode) {
        case WS_OPCODES.binary:
        case WS_OPCODES.continuation:
          if (payload.length > 0 && !this.#eof && !this.push(Buffer.from(payload))) this.#socket.pause();
          break;
        case WS_OPCODES.text:
          this.#sendClose(1003);
          this.destroy(new Error('WebSocket: the server sent a text frame; AMQP travels in binary frames'));
          return;
        case WS_OPCODES.ping:
          if (!this.#closeSent) this.#socket.write(encodeWsFrame(WS_OPCODES.pong, payload, randomBytes(4)));
          break;
        case WS_OPCODES.pong:
          break;
        case WS_OPCODES.close:
          this.#closeReceived = readClosePayload(payload);
          this.#sendClose(1000);
          this.#end();
          this.#socket.end();
          return;
      }
    }
  }
}

export interface WebSocketTarget {
  /** the Host header: name, plus :port when not the default */
  host: string;
  path: string;
  protocol: string;
}

/**
 * Sends the HTTP/1.1 Upgrade on `socket` and checks the answer as RFC 6455 4.1 asks (101,
 * Upgrade, Sec-WebSocket-Accept, the sub-protocol). Anything else is not the service's
 * WebSocket endpoint: protocol_mismatch, with the status and server in the detail.
 */
export async function upgradeToWebSocket(socket: Duplex, target: WebSocketTarget, signal: AbortSignal): Promise<{ stream: WebSocketStream; detail: Record<string, unknown> }> {
  const key = randomBytes(16).toString('base64');
  const reader = new StreamReader(socket, UPGRADE_ANSWER_CAP);
  socket.write(encodeUpgradeRequest({ host: target.host, path: target.path, key, protocol: target.protocol }));
  const read = await reader.next((b) => decodeUpgradeAnswer(b), signal);
  if (read.kind === 'closed') {
    const leftover = read.buffered.length > 0 ? ` after "${preview(read.buffered)}"` : '';
    throw new ProbeFailure('protocol_mismatch', `the peer closed the connection instead of answering the WebSocket upgrade to ${target.path}${leftover}${read.error ? ` (${read.error})` : ''}`);
  }
  if (read.kind === 'malformed') {
    throw new ProbeFailure('protocol_mismatch', `the answer to the WebSocket upgrade is not HTTP: ${read.reason}`, { received: preview(read.head) });
  }
  const answer = read.value;
  const detail: Record<string, unknown> = { path: target.path, status: answer.status, ...(answer.headers.server ? { server: answer.headers.server } : {}) };
  if (answer.status !== 101) {
    throw new ProbeFailure('protocol_mismatch', `HTTP ${answer.status}${answer.reason ? ` ${answer.reason}` : ''} instead of a WebSocket upgrade at ${target.path}: a proxy or firewall answered, or this is not the service's WebSocket endpoint`, { websocket: detail });
  }
  if ((answer.headers.upgrade ?? '').toLowerCase() !== 'websocket') {
    throw new ProbeFailure('protocol_mismatch', `HTTP 101 without "Upgrade: websocket" (got "${answer.headers.upgrade ?? ''}")`, { websocket: detail });
  }
  if (answer.headers['sec-websocket-accept'] !== acceptFor(key)) {
    throw new ProbeFailure('protocol_mismatch', 'the Sec-WebSocket-Accept of the answer does not match our key: something on the path answered the upgrade in the service\'s place', { websocket: detail });
  }
  const protocol = answer.headers['sec-websocket-protocol'];
  if (protocol?.toLowerCase() !== target.protocol.toLowerCase()) {
    throw new ProbeFailure('protocol_mismatch', `the server did not agree to the WebSocket sub-protocol ${target.protocol} (answered ${protocol ? `"${protocol}"` : 'none'})`, { websocket: detail });
  }
  detail.protocol = protocol;
  return { stream: new WebSocketStream(socket, reader.detach()), detail };
}
