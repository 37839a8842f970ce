import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import type { Connection, EventContext, Message, Receiver, Sender } from 'rhea';
import { raceAbort } from '../net/abort.ts';
import { SASL_HEADER } from '../protocols/amqp.ts';
import type { PeerEnd, PeerError } from './eventhubs-errors.ts';

export class PeerEndError extends Error {
  readonly end: PeerEnd;
  constructor(end: PeerEnd) {
    super(end.error ? `${end.how}: ${end.error.condition}` : `${end.how}${end.message ? `: ${end.message}` : ''}`);
    this.name = 'PeerEndError';
    this.end = end;
  }
}

export interface Reply {
  statusCode?: number;
  statusDescription?: string;
  errorCondition?: string;
  body: unknown;
}

type Rhea = typeof import('rhea');

/**
 * rhea buffers whatever frame size a peer announces; a probe needs a few kilobytes, so a peer
 * that sends more than this on one connection is cut off instead of growing our memory.
 */
const RHEA_READ_CAP = 4 * 1024 * 1024;
/** Announced in our open: the peer must not send larger frames. */
const MAX_FRAME_SIZE = 256 * 1024;

let loaded: Promise<Rhea> | undefined;
/** rhea is loaded only by checks that hold credentials. */
export function loadRhea(): Promise<Rhea> {
  loaded ??= import('rhea').then((m) => (m as unknown as { default: Rhea }).default);
  return loaded;
}

interface RheaSocket {
  on(event: string, handler: (arg?: unknown) => void): RheaSocket;
  write(data: Buffer): void;
  end(): void;
  destroy(): void;
  get_id_string(): string;
}

/**
 * The socket rhea is given: our stream (TCP, TLS or WebSocket, owned by the run), after the
 * protocol rung already sent the SASL header and read the peer's header and mechanisms. Those
 * bytes are replayed to rhea and its own SASL header is swallowed, so the one connection goes on.
 */
function handOver(stream: Duplex, replay: Buffer, id: string): RheaSocket {
  let swallow: Buffer = SASL_HEADER;
  let ended = false;
  const socket: RheaSocket = {
    on(event, handler) {
      if (event === 'data') {
        let received = replay.length;
        setImmediate(() => {
          if (replay.length > 0) handler(replay);
          stream.on('data', (chunk: Buffer) => {
            received += chunk.length;
            if (received > RHEA_READ_CAP) stream.destroy(new Error(`the peer sent more than ${RHEA_READ_CAP} bytes`));
            else handler(chunk);
          });
          stream.resume();
        });
      } else if (event === 'end') {
        const once = () => {
          if (ended) return;
          ended = true;
          handler();
        };
        stream.on('end', once);
        stream.on('close', once);
      } else if (event === 'error') {
        stream.on('error', handler);
      }
      return socket;
    },
    write(data) {
      let out = data;
      if (swallow.length > 0) {
        if (out.subarray(0, swallow.length).equals(swallow)) out = out.subarray(swallow.length);
        swallow = Buffer.alloc(0);
      }
      if (out.length > 0 && stream.writable) stream.write(out);
    },
    end() {
      if (stream.writable) stream.end();
    },
    destroy() {
      stream.destroy();
    },
    get_id_string() {
      return id;
    },
  };
  return socket;
}

function peerError(value: unknown): PeerError | undefined {
  const e = value as { condition?: unknown; description?: unknown } | undefined;
  if (!e || typeof e.condition !== 'string') return undefined;
  return typeof e.description === 'string' ? { condition: e.condition, description: e.description } : { condition: e.condition };
}

function property(props: Record<string, unknown>, ...names: string[]): unknown {
  for (const name of names) if (props[name] !== undefined) return props[name];
  return undefined;
}

/**
 * A rhea client on a stream the run owns: no reconnect, every wait raced with the run's signal,
 * and whatever the peer does to end the connection turned into one PeerEndError.
 */
export class EventHubsAmqpClient {
  readonly #connection: Connection;
  readonly #stream: Duplex;
  readonly #broken: Promise<never>;
  #fail: (end: PeerEnd) => void = () => {};

  private constructor(connection: Connection, stream: Duplex) {
    this.#connection = connection;
    this.#stream = stream;
    this.#broken = new Promise<never>((_, reject) => {
      this.#fail = (end) => reject(new PeerEndError(end));
    });
    this.#broken.catch(() => {});
    connection.on('connection_error', (ctx: EventContext) => {
      const remote = peerError(ctx.connection.remote?.close?.error);
      if (remote) this.#fail({ how: 'close', error: remote });
      else this.#fail({ how: 'sasl', error: peerError(ctx.error), message: (ctx.error as Error | undefined)?.message });
    });
    connection.on('connection_close', (ctx: EventContext) => {
      this.#fail({ how: 'close', error: peerError(ctx.connection.remote?.close?.error) });
    });
    connection.on('session_error', (ctx: EventContext) => this.#fail({ how: 'close', error: peerError(ctx.session?.error) }));
    connection.on('session_close', (ctx: EventContext) => this.#fail({ how: 'close', error: peerError(ctx.session?.error) }));
    connection.on('disconnected', (ctx: EventContext) => {
      const error = ctx.error as NodeJS.ErrnoException | undefined;
      this.#fail({ how: 'disconnect', message: error ? (error.code ?? error.message) : undefined });
    });
    connection.on('protocol_error', (error: unknown) => this.#fail({ how: 'protocol', message: String((error as Error)?.message ?? error) }));
    connection.on('error', (error: unknown) => this.#fail({ how: 'protocol', message: String((error as Error)?.message ?? error) }));
  }

  /**
   * SASL ANONYMOUS and AMQP open over `stream`, which already carried our SASL header and the
   * peer's header and mechanisms (`replay`). Resolves with the peer's open.
   */
  static async connect(stream: Duplex, replay: Buffer, options: { hostname: string; username: string }, signal: AbortSignal): Promise<{ client: EventHubsAmqpClient; open: Record<string, unknown> }> {
    const rhea = await loadRhea();
    const container = rhea.create_container({ id: `vnet-probe-${randomUUID()}` });
    container.on('error', () => {}); // link errors nobody listens to land here; ours are handled per link
    const id = `vnet-probe-${randomUUID()}`;
    const socket = handOver(stream, replay, id);
    const connection = container.create_connection({
      id,
      host: options.hostname,
      hostname: options.hostname,
      port: 0,
      username: options.username,
      reconnect: false,
      non_fatal_errors: [],
      max_frame_size: MAX_FRAME_SIZE,
      connect: (_port: number, _host: string, _options: unknown, callback: () => void) => {
        process.nextTick(callback);
        return socket;
      },
    } as never);
    const client = new EventHubsAmqpClient(connection, stream);
    const opened = new Promise<void>((resolve) => connection.once('connection_open', () => resolve()));
    connection.connect();
    await raceAbort(Promise.race([opened, client.#broken]), signal);
    const remote = (connection as unknown as { remote: { open?: Record<string, unknown> } }).remote.open ?? {};
    const open: Record<string, unknown> = {};
    if (typeof remote.container_id === 'string') open.containerId = remote.container_id;
    if (typeof remote.hostname === 'string') open.hostname = remote.hostname;
    if (typeof remote.max_frame_size === 'number') open.maxFrameSize = remote.max_frame_size;
    if (typeof remote.idle_time_out === 'number') open.idleTimeoutMs = remote.idle_time_out;
    return { client, open };
  }

  /**
   * One request/response exchange on a node such as $cbs or $management: a receiver whose target
   * is the reply-to address, a sender to the node, and the answer matched by correlation id.
   */
  async request(address: string, message: Omit<Message, 'toJSON' | 'toString'>, signal: AbortSignal): Promise<Reply> {
    const replyTo = `${address.replace(/^\$/, '')}-${randomUUID()}`;
    const messageId = randomUUID();
    const receiver: Receiver = this.#connection.open_receiver({ name: replyTo, source: { address }, target: { address: replyTo }, credit_window: 1 } as never);
    const sender: Sender = this.#connection.open_sender({ target: { address } } as never);
    const answer = new Promise<Message>((resolve, reject) => {
      const linkEnded = (ctx: EventContext) => {
        const link = (ctx.sender ?? ctx.receiver) as unknown as { remote?: { detach?: { error?: unknown } } } | undefined;
        reject(new PeerEndError({ how: 'detach', error: peerError(link?.remote?.detach?.error) }));
      };
      receiver.on('message', (ctx: EventContext) => {
        const correlation = ctx.message?.correlation_id;
        if (correlation === undefined || String(correlation) === messageId) resolve(ctx.message!);
      });
      receiver.on('receiver_error', linkEnded);
      receiver.on('receiver_close', linkEnded);
      sender.on('sender_error', linkEnded);
      sender.on('sender_close', linkEnded);
      sender.on('rejected', (ctx: EventContext) => {
        const state = (ctx.delivery as unknown as { remote_state?: { error?: unknown } } | undefined)?.remote_state;
        reject(new PeerEndError({ how: 'rejected', error: peerError(state?.error) }));
      });
      sender.once('sendable', () => {
        sender.send({ ...message, message_id: messageId, reply_to: replyTo, to: address } as Message);
      });
    });
    answer.catch(() => {});
    const reply = await raceAbort(Promise.race([answer, this.#broken]), signal);
    const props = (reply.application_properties ?? {}) as Record<string, unknown>;
    const code = property(props, 'status-code', 'statusCode');
    const description = property(props, 'status-description', 'statusDescription');
    const condition = property(props, 'error-condition', 'errorCondition');
    const result: Reply = { body: reply.body };
    if (code !== undefined && code !== null) result.statusCode = Number(code);
    if (typeof description === 'string') result.statusDescription = description;
    if (typeof condition === 'string') result.errorCondition = condition;
    return result;
  }

  /** Sends close (best effort) and drops the stream; rhea's timers end with it. */
  destroy(): void {
    try {
      if (this.#connection.is_open()) this.#connection.close();
    } catch {
      // the stream may be gone already
    }
    setImmediate(() => this.#stream.destroy());
  }
}
