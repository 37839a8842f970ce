import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { scrub } from '../config/secrets.ts';
import { basicAuthorized, WWW_AUTHENTICATE, type BasicAuth } from './auth.ts';
import type { Logger } from './log.ts';

/** An answer of an endpoint: status, content type and body (UTF-8 when bytes). */
export interface Answer {
  status: number;
  contentType: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}

/** What the endpoints serve; the server only routes, authenticates and bounds requests. */
export interface Endpoints {
  metrics(): Promise<Answer>;
  report(): Answer;
  ready(): Answer;
  /** /probe?check=NAME or /probe?target=URL; timeoutMs is the scraper's budget when it sent one */
  probe(query: { check?: string; target?: string }, timeoutMs: number | undefined): Promise<Answer>;
}

export interface Access {
  auth?: BasicAuth;
}

export interface ServerOptions {
  endpoints: Endpoints;
  /** read on every request, so a reload can change it */
  access: () => Access;
  tls?: { cert: string | Buffer; key: string | Buffer };
  logger: Logger;
  /** /probe requests in flight at once; more get 429 */
  maxProbes: number;
}

const TEXT = 'text/plain; charset=utf-8';
const text = (status: number, body: string, headers?: Record<string, string>): Answer => ({ status, contentType: TEXT, body: `${body}\n`, headers });

const INDEX = [
  'vnet-probe',
  '',
  '/metrics              Prometheus metrics',
  '/report               latest result of every check (JSON report, schema version 1)',
  '/healthz              200 while serving',
  '/readyz               200 once every check has run once',
  '/probe?check=NAME     run a configured check now, its metrics',
  '/probe?target=URL     run a check of an allowed target now (serve.allowTargets)',
].join('\n');

/** Health endpoints answer without credentials: orchestrator probes rarely carry them and they reveal nothing. */
const OPEN_PATHS = new Set(['/healthz', '/readyz']);

const gzip = promisify(zlib.gzip);

/** Whether Accept-Encoding allows gzip (Prometheus asks for it by default); `gzip;q=0` refuses it. */
function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    if (coding !== 'gzip' && coding !== 'x-gzip') return false;
    const q = params.find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

/**
 * /metrics with 1,000 checks is ~2 MB of text that compresses ~20×: gzip level 1 costs ~4 ms of CPU
 * there, on the thread pool (the checks keep the event loop), and saves the transfer of ~2 MB a scrape.
 */
async function metricsAnswer(endpoints: Endpoints, acceptEncoding: string | undefined): Promise<Answer> {
  const answer = await endpoints.metrics();
  if (answer.status !== 200 || !acceptsGzip(acceptEncoding)) return answer;
  const body = await gzip(answer.body, { level: 1 });
  return { ...answer, body, headers: { ...answer.headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } };
}

/** The scrape budget Prometheus sends, less a margin for the answer to travel back. */
function scrapeBudgetMs(header: string | string[] | undefined): number | undefined {
  const seconds = Number(Array.isArray(header) ? header[0] : header);
  if (!Number.isFinite(seconds) || seconds <= 0) return undefined;
  return Math.max(100, seconds * 1000 - 250);
}

export function createServeServer(options: ServerOptions): http.Server {
  let probesInFlight = 0;

  async function route(req: http.IncomingMessage): Promise<Answer> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(405, `method ${req.method} not allowed`, { Allow: 'GET, HEAD' });
    if ((req.headers['content-length'] && req.headers['content-length'] !== '0') || req.headers['transfer-encoding']) {
      return text(413, 'requests carry no body');
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://agent');
    } catch {
      return text(400, 'bad request URL');
    }
    const { auth } = options.access();
    if (auth && !OPEN_PATHS.has(url.pathname) && !basicAuthorized(req.headers.authorization, auth)) {
      return text(401, 'authentication required', { 'WWW-Authenticate': WWW_AUTHENTICATE });
    }
    switch (url.pathname) {
      case '/':
        return text(200, INDEX);
      case '/metrics':
        return metricsAnswer(options.endpoints, req.headers['accept-encoding']);
      case '/report':
        return options.endpoints.report();
      case '/healthz':
        return text(200, 'ok');
      case '/readyz':
        return options.endpoints.ready();
      case '/probe': {
        const check = url.searchParams.get('check') ?? undefined;
        const target = url.searchParams.get('target') ?? undefined;
        if (!check === !target) return text(400, 'give exactly one of ?check=NAME or ?target=URL');
        if (probesInFlight >= options.maxProbes) return text(429, `${probesInFlight} probes already in flight, try again later`);
        probesInFlight++;
        try {
          return await options.endpoints.probe({ check, target }, scrapeBudgetMs(req.headers['x-prometheus-scrape-timeout-seconds']));
        } finally {
          probesInFlight--;
        }
      }
      default:
        return text(404, `no such endpoint ${url.pathname}; see /`);
    }
  }

  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    route(req).then((answer) => answer, (error: unknown) => {
      options.logger.error({ path: req.url?.split('?')[0], err: scrub(error instanceof Error ? error.message : String(error)) }, 'request failed');
      return text(500, 'internal error');
    }).then((answer) => {
      if (res.destroyed) return;
      const body = typeof answer.body === 'string' ? Buffer.from(answer.body, 'utf8') : answer.body;
      const close = answer.status === 413 ? { Connection: 'close' } : {};
      res.writeHead(answer.status, { 'Content-Type': answer.contentType, 'Content-Length': body.length, 'Cache-Control': 'no-store', ...answer.headers, ...close });
      res.end(body);
      options.logger.debug({ method: req.method, path: req.url?.split('?')[0], status: answer.status }, 'request');
    });
  };

  const server = options.tls
    ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, handler)
    : http.createServer(handler);
  // requests are tiny and carry no body: anything slow or large is not a scraper
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  server.keepAliveTimeout = 65_000;
  server.maxHeadersCount = 64;
  server.maxConnections = 256;
  return server;
}

/** Listens on HOST:PORT (port 0 picks a free one) and returns the bound address as HOST:PORT. */
export function listen(server: http.Server, host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen({ host, port, exclusive: true }, () => {
      server.removeListener('error', onError);
      const address = server.address() as AddressInfo;
      resolve(address.family === 'IPv6' ? `[${address.address}]:${address.port}` : `${address.address}:${address.port}`);
    });
  });
}

/** Stops accepting, ends idle keep-alive connections at once and the rest after `graceMs`. */
export function closeServer(server: http.Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}
