import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { listen, LOOPBACK } from './net.ts';

export interface WebServer {
  port: number;
  url: string;
  /** requests seen, most recent last */
  requests: Array<{ method: string; url: string; headers: http.IncomingHttpHeaders }>;
  close(): Promise<void>;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

async function serve(server: http.Server, scheme: 'http' | 'https'): Promise<WebServer> {
  const requests: WebServer['requests'] = [];
  server.prependListener('request', (req: http.IncomingMessage) => requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers }));
  server.on('tlsClientError', () => {});
  server.on('clientError', (_error, socket) => socket.destroy());
  const port = await listen(server);
  return {
    port,
    url: `${scheme}://${LOOPBACK}:${port}`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

export function startHttp(handler: Handler): Promise<WebServer> {
  return serve(http.createServer(handler), 'http');
}

export function startHttps(options: https.ServerOptions, handler: Handler): Promise<WebServer> {
  return serve(https.createServer(options, handler), 'https');
}

export interface ConnectProxy {
  port: number;
  url: string;
  /** authorities asked for with CONNECT, e.g. "api.test:443" */
  tunnels: string[];
  close(): Promise<void>;
}

/**
 * A tiny forward proxy: answers CONNECT by tunnelling to 127.0.0.1 at the asked port (whatever the
 * host name: nothing ever leaves loopback), and plain proxy requests with 501.
 */
export async function startConnectProxy(): Promise<ConnectProxy> {
  const tunnels: string[] = [];
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  };
  const server = http.createServer((_req, res) => res.writeHead(501).end('only CONNECT'));
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    track(client);
    const authority = req.url ?? '';
    tunnels.push(authority);
    const port = Number(/:(\d+)$/.exec(authority)?.[1]);
    const upstream = net.connect({ host: LOOPBACK, port });
    track(upstream);
    upstream.once('connect', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.once('error', () => {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    });
  });
  const port = await listen(server);
  return {
    port,
    url: `http://${LOOPBACK}:${port}`,
    tunnels,
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
