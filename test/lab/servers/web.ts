import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { closeServer, listen, tracked, type Listening } from './relay.ts';
import type { TlsFiles } from './plan.ts';

/** An HTTP(S) backend: /health answers "healthy", anything else "ok", both 200. */
export async function startWeb(host: string, port: number, tls?: TlsFiles): Promise<Listening> {
  const handler: http.RequestListener = (req, res) => {
    req.resume();
    const body = req.url?.startsWith('/health') ? 'healthy\n' : 'ok\n';
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(body.length), server: 'vnet-probe-lab' });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const server = tls
    ? https.createServer({ cert: readFileSync(tls.cert), key: readFileSync(tls.key) }, handler)
    : http.createServer(handler);
  server.keepAliveTimeout = 1000;
  const sockets = tracked(server);
  await listen(server, host, port);
  return { close: () => closeServer(server, sockets) };
}
