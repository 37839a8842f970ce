import type net from 'node:net';
// undici's Client and its request(), not its index: the index also loads fetch, WebSocket, caches
// and mocks, ~1 MB of code that a one-shot run would compile and run for nothing (~80 ms of CPU).
import Client from 'undici/lib/dispatcher/client.js';
import undiciRequest from 'undici/lib/api/api-request.js';
import { ProbeFailure } from '../engine/errors.ts';
import type { LayerOutcome, ProbeRun } from '../engine/probe.ts';
import { round } from '../engine/probe.ts';
import { isIpLiteral } from './address.ts';
import { openTcp } from './connect.ts';
import { openTunnel, proxyFor } from './proxy.ts';
import { resolveLayer, type ResolveOptions } from './resolve.ts';
import { tlsLayer, type TlsOptions } from './tls.ts';

export interface HttpRequest {
  url: URL;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  tls?: TlsOptions;
  resolve?: ResolveOptions;
  /** false: never use a proxy; a URL: this proxy; undefined: HTTPS_PROXY / HTTP_PROXY / NO_PROXY */
  proxy?: false | string;
  /** read at most this many body bytes (0: do not read the body) */
  readBody?: number;
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  bodyTruncated: boolean;
  ttfbMs: number;
}

function flatHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

async function readCapped(body: AsyncIterable<Buffer>, cap: number): Promise<{ body: Buffer; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= cap) return { body: Buffer.concat(chunks).subarray(0, cap), truncated: true };
  }
  return { body: Buffer.concat(chunks), truncated: false };
}

/**
 * resolve -> connect (through a CONNECT proxy when one applies) -> tls -> protocol: one HTTP
 * exchange on sockets the run owns, then `judge` decides what the answer means for this kind.
 */
export async function httpLadder<T>(run: ProbeRun, request: HttpRequest, judge: (answer: HttpAnswer) => LayerOutcome<T>): Promise<T> {
  const { url } = request;
  const https = url.protocol === 'https:';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port) || (https ? 443 : 80);
  const proxy = request.proxy === false ? undefined : request.proxy ? new URL(request.proxy) : proxyFor(url);
  const connectHost = proxy ? proxy.hostname : host;
  const connectPort = proxy ? Number(proxy.port) || 80 : port;

  const addresses = await resolveLayer(run, connectHost, proxy ? {} : (request.resolve ?? {}));
  let socket: net.Socket = await run.layer('connect', async () => {
    const s = await openTcp(run, addresses[0], connectPort);
    if (proxy) await openTunnel(run, s, host, port, proxy);
    return { value: s, detail: { address: addresses[0], port: connectPort, localAddress: s.localAddress, localPort: s.localPort, ...(proxy ? { proxy: `${proxy.hostname}:${connectPort}`, tunnelTo: `${host}:${port}` } : {}) } };
  });
  if (https) socket = await tlsLayer(run, socket, host, { ...request.tls, servername: request.tls?.servername ?? (isIpLiteral(host) ? undefined : host) });

  return run.layer('protocol', async () => {
    const origin = `${url.protocol}//${url.host}`;
    const connected = socket;
    const client = run.own(new ClientHandle(new Client(origin, {
      // undici expects its connector to answer asynchronously (it settles its servername after the call)
      connect: (_options, callback) => setImmediate(() => callback(null, connected)),
    })));
    const started = performance.now();
    const marks = firstBytes(connected);
    const headers: Record<string, string> = { 'user-agent': 'vnet-probe', ...request.headers };
    // undici only says "other side closed"; the socket's own error tells why (a TLS 1.3 server
    // refuses a missing client certificate with an alert after the handshake)
    let socketError: NodeJS.ErrnoException | undefined;
    connected.on('error', (error: NodeJS.ErrnoException) => { socketError ??= error; });
    const response = await undiciRequest.call(client.inner, {
      path: `${url.pathname}${url.search}`,
      method: (request.method ?? 'GET') as 'GET',
      headers,
      body: request.body,
      signal: run.signal,
    }).catch((error: unknown) => {
      throw requestFailure(error, socketError);
    });
    const ttfbMs = round(marks.sentAt !== undefined && marks.receivedAt !== undefined ? marks.receivedAt - marks.sentAt : performance.now() - started);
    response.body.on('error', () => {}); // the body is dropped or cut short on purpose
    const cap = request.readBody ?? 0;
    const read = cap > 0 ? await readCapped(response.body as AsyncIterable<Buffer>, cap) : { body: Buffer.alloc(0), truncated: false };
    if (cap === 0 || read.truncated) response.body.destroy(DROPPED);
    const answer: HttpAnswer = { status: response.statusCode, headers: flatHeaders(response.headers), body: read.body, bodyTruncated: read.truncated, ttfbMs };
    const outcome = judge(answer);
    return { ...outcome, detail: { status: answer.status, ttfbMs, ...outcome.detail } };
  });
}

/** What a failed request means, from undici's error and the error the socket saw first. */
function requestFailure(error: unknown, socketError: NodeJS.ErrnoException | undefined): unknown {
  const alert = socketError?.code && /^ERR_SSL_.*ALERT_(CERTIFICATE_REQUIRED|HANDSHAKE_FAILURE|BAD_CERTIFICATE|UNKNOWN_CA|CERTIFICATE_UNKNOWN)$/.exec(socketError.code);
  if (alert) {
    return new ProbeFailure('tls_handshake_failed', `the server rejected the TLS session (${alert[1].toLowerCase().replace(/_/g, ' ')} alert): it requires a client certificate it trusts; set tls.cert and tls.key`);
  }
  if ((error as { code?: string } | undefined)?.code === 'UND_ERR_SOCKET') {
    return new ProbeFailure('protocol_mismatch', 'the peer closed the connection without an HTTP answer');
  }
  return error;
}

/**
 * When the request's first byte was written and the answer's first byte could be read, on the socket
 * itself: time to first byte without undici's set-up, request assembly and response parsing around it.
 */
function firstBytes(socket: net.Socket): { sentAt?: number; receivedAt?: number } {
  const marks: { sentAt?: number; receivedAt?: number } = {};
  const write = socket.write;
  // stays in place: deleting it again would put the socket object in V8's slow dictionary mode
  socket.write = function (this: net.Socket, ...args: unknown[]) {
    marks.sentAt ??= performance.now();
    return Reflect.apply(write, this, args) as boolean;
  } as net.Socket['write'];
  // a 'readable' listener does not consume: undici still reads the data
  socket.prependOnceListener('readable', () => {
    if (marks.sentAt !== undefined) marks.receivedAt ??= performance.now();
  });
  return marks;
}

/**
 * The reason given for dropping a body or a client once the check has what it needs. Without one,
 * undici builds a new error for each (and Node's stream teardown formats its stack trace): ~10% of
 * the CPU of an https check.
 */
const DROPPED = new Error('vnet-probe: dropped after the check');
void DROPPED.stack;

/** undici's Client closes asynchronously; the run only needs to drop it. */
class ClientHandle {
  readonly inner: Client;
  constructor(inner: Client) {
    this.inner = inner;
  }
  destroy(): void {
    this.inner.destroy(DROPPED).catch(() => {});
  }
}

export function httpStatusFailure(answer: HttpAnswer, expected: string): ProbeFailure {
  return new ProbeFailure('http_status', `HTTP ${answer.status}, expected ${expected}`);
}
