// http(s):// checks against node http/https servers, a CONNECT proxy and hostile peers on 127.0.0.1.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type http from 'node:http';
import type { TLSSocket } from 'node:tls';
import { startZoneServer, type ZoneServer } from '../../../src/demo/dns-zone.ts';
import { closingPeer, garbagePeer, type TcpPeer } from '../../helpers/net.ts';
import { caOnDisk, type CaOnDisk } from '../../helpers/pki.ts';
import { startConnectProxy, startHttp, startHttps, type ConnectProxy, type WebServer } from '../../helpers/servers.ts';
import { explain, ladder, runEntry } from '../../helpers/spec.ts';
import { tempDir } from '../../helpers/tmp.ts';

const dir = tempDir();
let zone: ZoneServer;
let dnsServer: string;
let ca: CaOnDisk;
let plain: WebServer;
let secure: WebServer;
let mtls: WebServer;
let proxy: ConnectProxy;
let garbage: TcpPeer;
let closing: TcpPeer;
let client: { certFile: string; keyFile: string };

function routes(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://x');
  switch (url.pathname) {
    case '/health': res.writeHead(200, { 'content-type': 'text/plain' }).end('status: healthy\n'); break;
    case '/json': res.writeHead(200, { 'content-type': 'application/json' }).end('{"status": "Up", "checks": 3}'); break;
    case '/missing': res.writeHead(404).end('not here'); break;
    case '/down': res.writeHead(503).end('database unavailable'); break;
    case '/moved': res.writeHead(302, { location: '/health' }).end(); break;
    case '/loop': res.writeHead(302, { location: '/loop' }).end(); break;
    case '/echo': {
      let body = '';
      req.setEncoding('utf8').on('data', (c: string) => { body += c; }).on('end', () => {
        res.writeHead(200).end(JSON.stringify({ method: req.method, host: req.headers.host, custom: req.headers['x-probe'], body }));
      });
      break;
    }
    case '/whoami': {
      const peer = (req.socket as TLSSocket).getPeerCertificate?.();
      res.writeHead(200).end(`client=${peer?.subject?.CN ?? 'none'}`);
      break;
    }
    default: res.writeHead(404).end();
  }
}

before(async () => {
  zone = await startZoneServer({ records: { 'api.test.internal': { A: ['127.0.0.1'] } } });
  dnsServer = `127.0.0.1:${zone.port}`;
  ca = await caOnDisk(dir, 'CN=vnet-probe http test root, O=vnet-probe tests');
  const serverPair = await ca.issue('server', { names: ['api.test.internal', '127.0.0.1'] });
  client = await ca.issue('client', { names: ['probe-client'], commonName: 'probe-client' });
  [plain, secure, mtls, proxy, garbage, closing] = await Promise.all([
    startHttp(routes),
    startHttps({ cert: serverPair.cert, key: serverPair.key }, routes),
    startHttps({ cert: serverPair.cert, key: serverPair.key, ca: ca.ca.cert, requestCert: true, rejectUnauthorized: true }, routes),
    startConnectProxy(),
    garbagePeer('SSH-2.0-OpenSSH_9.6\r\n'),
    closingPeer(),
  ]);
});

after(async () => {
  await Promise.all([plain, secure, mtls, proxy, garbage, closing].map((s) => s?.close()));
  await zone?.close();
  dir.remove();
});

const https = (path: string) => `https://api.test.internal:${secure.port}${path}`;
const trusted = () => ({ dns: { server: dnsServer }, tls: { ca: ca.caFile } });

describe('http(s):// status and body', () => {
  test('https pass: resolve, connect, tls, protocol with status and time to first byte', async () => {
    const r = await runEntry({ target: https('/health'), ...trusted() });
    assert.equal(r.status, 'pass', explain(r));
    assert.equal(ladder(r), 'resolve:ok connect:ok tls:ok protocol:ok');
    assert.equal(r.layers[3].detail?.status, 200);
    assert.equal(typeof r.layers[3].detail?.ttfbMs, 'number');
    assert.equal((r.layers[3].detail?.headers as Record<string, string>)['content-type'], 'text/plain');
  });

  test('http pass: no tls rung', async () => {
    const r = await runEntry({ target: `${plain.url}/health` });
    assert.equal(r.status, 'pass', explain(r));
    assert.equal(ladder(r), 'resolve:ok connect:ok protocol:ok');
  });

  test('http_status: 404 with the default expectation (200-399)', async () => {
    const r = await runEntry({ target: `${plain.url}/missing` });
    assert.equal(r.failure?.class, 'http_status', explain(r));
    assert.equal(r.failure?.layer, 'protocol');
    assert.match(r.failure!.message, /HTTP 404, expected 200-399/);
    assert.equal(r.layers.at(-1)?.detail?.status, 404);
  });

  test('expect.status: a class, a range, a list', async () => {
    assert.equal((await runEntry({ target: `${plain.url}/missing`, expect: { status: ['4xx'] } })).status, 'pass');
    assert.equal((await runEntry({ target: `${plain.url}/down`, expect: { status: ['500-503'] } })).status, 'pass');
    const r = await runEntry({ target: `${plain.url}/down`, expect: { status: [200, 204] } });
    assert.equal(r.failure?.class, 'http_status', explain(r));
    assert.match(r.failure!.message, /HTTP 503, expected 200, 204/);
  });

  test('expect.body: substring', async () => {
    assert.equal((await runEntry({ target: `${plain.url}/health`, expect: { body: 'healthy' } })).status, 'pass');
    const r = await runEntry({ target: `${plain.url}/health`, expect: { body: 'sick' } });
    assert.equal(r.failure?.class, 'http_body_mismatch', explain(r));
    assert.match(r.failure!.message, /does not match "sick"/);
  });

  test('expect.body: /regex/flags', async () => {
    assert.equal((await runEntry({ target: `${plain.url}/json`, expect: { body: '/"status":\\s*"up"/i' } })).status, 'pass');
    const r = await runEntry({ target: `${plain.url}/json`, expect: { body: '/"status":\\s*"down"/i' } });
    assert.equal(r.failure?.class, 'http_body_mismatch', explain(r));
  });

  test('method, headers and body are sent', async () => {
    const r = await runEntry({ target: `${plain.url}/echo`, http: { method: 'POST', headers: { 'x-probe': 'yes' }, body: 'ping' }, expect: { body: '"method":"POST"' } });
    assert.equal(r.status, 'pass', explain(r));
    const seen = plain.requests.at(-1)!;
    assert.equal(seen.method, 'POST');
    assert.equal(seen.headers['x-probe'], 'yes');
    assert.equal(seen.headers['user-agent'], 'vnet-probe');
  });

  test('Host header override', async () => {
    const r = await runEntry({ target: `${plain.url}/echo`, http: { hostHeader: 'virtual.contoso.internal' } });
    assert.equal(r.status, 'pass', explain(r));
    assert.equal(plain.requests.at(-1)!.headers.host, 'virtual.contoso.internal');
  });
});

describe('redirects', () => {
  test('not followed by default: a 302 passes the default 200-399', async () => {
    const r = await runEntry({ target: `${plain.url}/moved` });
    assert.equal(r.status, 'pass', explain(r));
    assert.equal(r.layers.at(-1)?.detail?.status, 302);
    assert.equal((r.layers.at(-1)?.detail?.headers as Record<string, string>).location, '/health');
    assert.equal(plain.requests.at(-1)!.url, '/moved', 'the redirect was followed');
  });

  test('not followed by default: expect [200] → http_status', async () => {
    const r = await runEntry({ target: `${plain.url}/moved`, expect: { status: [200] } });
    assert.equal(r.failure?.class, 'http_status', explain(r));
  });

  test('followed with followRedirects', async () => {
    const r = await runEntry({ target: `${plain.url}/moved`, expect: { status: [200], body: 'healthy' }, http: { followRedirects: true } });
    assert.equal(r.status, 'pass', explain(r));
    assert.equal(plain.requests.at(-1)!.url, '/health');
    assert.equal(r.layers.at(-1)?.detail?.redirectHop, 1);
  });

  test('a redirect loop stops after the allowed hops', async () => {
    const before = plain.requests.length;
    const r = await runEntry({ target: `${plain.url}/loop`, expect: { status: [200] }, http: { followRedirects: 2 } });
    assert.equal(r.failure?.class, 'http_status', explain(r));
    assert.equal(plain.requests.length - before, 3);
  });
});

describe('client certificates', () => {
  test('a server that requires one: pass with tls.cert/key', async () => {
    const r = await runEntry({ target: `https://api.test.internal:${mtls.port}/whoami`, ...trusted(), tls: { ca: ca.caFile, cert: client.certFile, key: client.keyFile }, expect: { body: 'client=probe-client' } });
    assert.equal(r.status, 'pass', explain(r));
  });

  test('without one: tls_handshake_failed saying a client certificate is required', async () => {
    const r = await runEntry({ target: `https://api.test.internal:${mtls.port}/whoami`, ...trusted() });
    assert.equal(r.failure?.class, 'tls_handshake_failed', explain(r));
    assert.match(r.failure!.message, /client certificate/);
  });
});

describe('proxy from HTTPS_PROXY / NO_PROXY', () => {
  const saved = { HTTPS_PROXY: process.env.HTTPS_PROXY, NO_PROXY: process.env.NO_PROXY, HTTP_PROXY: process.env.HTTP_PROXY };
  afterEach(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  test('HTTPS_PROXY: a CONNECT tunnel, the name is not resolved here', async () => {
    process.env.HTTPS_PROXY = proxy.url;
    delete process.env.NO_PROXY;
    const before = proxy.tunnels.length;
    // no dns.server: api.test.internal cannot resolve here, only the proxy's address is resolved
    const r = await runEntry({ target: https('/health'), tls: { ca: ca.caFile } });
    assert.equal(r.status, 'pass', explain(r));
    assert.deepEqual(proxy.tunnels.slice(before), [`api.test.internal:${secure.port}`]);
    assert.equal(r.layers[1].detail?.tunnelTo, `api.test.internal:${secure.port}`);
    assert.equal(r.layers[1].detail?.proxy, `127.0.0.1:${proxy.port}`);
  });

  test('NO_PROXY bypasses the proxy', async () => {
    process.env.HTTPS_PROXY = proxy.url;
    process.env.NO_PROXY = 'localhost,.test.internal';
    const before = proxy.tunnels.length;
    const r = await runEntry({ target: https('/health'), ...trusted() });
    assert.equal(r.status, 'pass', explain(r));
    assert.equal(proxy.tunnels.length, before, 'went through the proxy');
    assert.equal(r.layers[1].detail?.proxy, undefined);
  });

  test('http.proxy: false ignores HTTPS_PROXY', async () => {
    process.env.HTTPS_PROXY = proxy.url;
    const before = proxy.tunnels.length;
    const r = await runEntry({ target: https('/health'), ...trusted(), http: { proxy: false } });
    assert.equal(r.status, 'pass', explain(r));
    assert.equal(proxy.tunnels.length, before);
  });

  test('a proxy that cannot reach the target', async () => {
    process.env.HTTPS_PROXY = proxy.url;
    const r = await runEntry({ target: 'https://api.test.internal:1/health', tls: { ca: ca.caFile } });
    assert.equal(r.status, 'fail', explain(r));
    assert.equal(r.failure?.layer, 'connect');
  });
});

describe('peers that are not HTTP', () => {
  test('garbage on an http:// target: protocol_mismatch', async () => {
    const r = await runEntry({ target: `http://127.0.0.1:${garbage.port}/` });
    assert.equal(r.failure?.class, 'protocol_mismatch', explain(r));
    assert.equal(ladder(r), 'resolve:ok connect:ok protocol:fail');
  });

  test('a peer that closes at once on an http:// target: protocol_mismatch', async () => {
    const r = await runEntry({ target: `http://127.0.0.1:${closing.port}/` });
    assert.equal(r.failure?.class, 'protocol_mismatch', explain(r));
    assert.match(r.failure!.message, /closed the connection without an HTTP answer/);
    assert.equal(ladder(r), 'resolve:ok connect:ok protocol:fail');
  });

  test('plain http on an https:// target: tls_handshake_failed', async () => {
    const r = await runEntry({ target: `https://127.0.0.1:${plain.port}/` });
    assert.equal(r.failure?.class, 'tls_handshake_failed', explain(r));
  });
});
