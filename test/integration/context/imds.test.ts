import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import type { AddressInfo, Server as TcpServer, Socket } from 'node:net';
import { after, before, test } from 'node:test';
import { collectAgentFacts } from '../../../src/context/agent.ts';
import { queryImds } from '../../../src/context/imds.ts';

// Every server here listens on 127.0.0.1; nothing ever goes to 169.254.169.254.
// The /metadata/instance example response from the Azure IMDS documentation.
const DOCS_SAMPLE = {
  compute: {
    azEnvironment: 'AZUREPUBLICCLOUD', isHostCompatibilityLayerVm: 'true', licenseType: 'Windows_Client',
    location: 'westus', name: 'examplevmname', offer: 'Windows',
    osProfile: { adminUsername: 'admin', computerName: 'examplevmname', disablePasswordAuthentication: 'true' },
    osType: 'linux', placementGroupId: 'f67c14ab-e92c-408c-ae2d-da15866ec79a',
    plan: { name: 'planName', product: 'planProduct', publisher: 'planPublisher' },
    platformFaultDomain: '36', platformUpdateDomain: '42',
    publicKeys: [{ keyData: 'ssh-rsa 0', path: '/home/user/.ssh/authorized_keys0' }],
    publisher: 'RDFE-Test-Microsoft-Windows-Server-Group', resourceGroupName: 'macikgo-test-may-23',
    resourceId: '/subscriptions/xxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxx/resourceGroups/macikgo-test-may-23/providers/Microsoft.Compute/virtualMachines/examplevmname',
    securityProfile: { secureBootEnabled: 'true', virtualTpmEnabled: 'false' },
    sku: 'Windows-Server-2012-R2-Datacenter', subscriptionId: 'xxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxx',
    tags: 'baz:bash;foo:bar', version: '15.05.22', vmId: '02aab8a4-74ef-476e-8182-f6d2ba4166a6',
    vmScaleSetName: 'crpteste9vflji9', vmSize: 'Standard_A3', zone: '',
  },
  network: {
    interface: [{
      ipv4: {
        ipAddress: [{ privateIpAddress: '10.144.133.132', publicIpAddress: '' }],
        subnet: [{ address: '10.144.133.128', prefix: '26' }],
      },
      ipv6: { ipAddress: [] },
      macAddress: '0011AAFFBB22',
    }],
  },
};

const NO_FILE = '/nonexistent/vnet-probe-test';
const QUIET = { resolvConfPath: NO_FILE, systemdResolvConfPath: NO_FILE, procRoot: NO_FILE, sysRoot: NO_FILE };

interface Seen { method?: string; url?: string; headers: IncomingHttpHeaders }

/** Behaves like IMDS: 400 without `Metadata: true`, JSON for /metadata/instance. */
let imds: Server;
let imdsUrl: string;
const seen: Seen[] = [];
let mode: 'docs' | 'notjson' | 'status500' | 'hang' = 'docs';

before(async () => {
  imds = createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, headers: req.headers });
    if (req.headers.metadata !== 'true') {
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"Bad request. Required metadata header not specified"}');
      return;
    }
    if (mode === 'hang') return;
    if (mode === 'status500') { res.writeHead(500).end(); return; }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(mode === 'notjson' ? '<html>proxy login</html>' : JSON.stringify(DOCS_SAMPLE));
  });
  imds.listen(0, '127.0.0.1');
  await once(imds, 'listening');
  imdsUrl = `http://127.0.0.1:${(imds.address() as AddressInfo).port}`;
});

after(async () => {
  imds.closeAllConnections();
  imds.close();
  await once(imds, 'close');
});

test('IMDS fixture answers: facts parsed, request shaped like IMDS wants it', async () => {
  mode = 'docs';
  seen.length = 0;
  const facts = await collectAgentFacts({ ...QUIET, imdsEndpoint: imdsUrl });
  assert.deepEqual(facts.imds, { status: 'ok' });
  assert.deepEqual(facts.azure, {
    location: 'westus', subscriptionId: 'xxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxx', resourceGroupName: 'macikgo-test-may-23',
    vmName: 'examplevmname', vmId: '02aab8a4-74ef-476e-8182-f6d2ba4166a6', azEnvironment: 'AZUREPUBLICCLOUD',
    cloud: 'public', privateIps: ['10.144.133.132'], publicIps: [],
    subnets: [{ address: '10.144.133.128', prefix: '26' }], macAddress: '0011AAFFBB22',
  });
  assert.equal(seen.length, 1);
  assert.equal(seen[0].method, 'GET');
  assert.equal(seen[0].url, '/metadata/instance?api-version=2021-02-01');
  assert.equal(seen[0].headers.metadata, 'true');
  assert.equal(seen[0].headers['x-forwarded-for'], undefined);
});

test('imds: false is reported as disabled and sends nothing', async () => {
  seen.length = 0;
  const facts = await collectAgentFacts({ ...QUIET, imds: false, imdsEndpoint: imdsUrl });
  assert.equal(facts.imds?.status, 'disabled');
  assert.equal(facts.azure, undefined);
  assert.equal(seen.length, 0);
});

test('VNETPROBE_IMDS_ENDPOINT replaces the default endpoint', async () => {
  mode = 'docs';
  seen.length = 0;
  const saved = process.env.VNETPROBE_IMDS_ENDPOINT;
  process.env.VNETPROBE_IMDS_ENDPOINT = imdsUrl;
  try {
    // imdsEndpoint: undefined means "not given": the environment variable decides.
    const facts = await collectAgentFacts({ ...QUIET, imdsEndpoint: undefined });
    assert.equal(facts.imds?.status, 'ok');
    assert.equal(facts.azure?.vmName, 'examplevmname');
    assert.equal(seen.length, 1);
  } finally {
    if (saved === undefined) delete process.env.VNETPROBE_IMDS_ENDPOINT;
    else process.env.VNETPROBE_IMDS_ENDPOINT = saved;
  }
});

test('non-200 and non-JSON answers are unavailable, not errors', async () => {
  mode = 'status500';
  assert.deepEqual((await collectAgentFacts({ ...QUIET, imdsEndpoint: imdsUrl })).imds,
    { status: 'unavailable', message: 'IMDS answered HTTP 500' });
  mode = 'notjson';
  assert.deepEqual((await collectAgentFacts({ ...QUIET, imdsEndpoint: `${imdsUrl}/` })).imds,
    { status: 'unavailable', message: 'IMDS answer is not JSON' });
  mode = 'docs';
});

test('refused connection and bad endpoints are unavailable', async () => {
  const closed = createTcpServer();
  closed.listen(0, '127.0.0.1');
  await once(closed, 'listening');
  const port = (closed.address() as AddressInfo).port;
  closed.close();
  await once(closed, 'close');
  const refused = await queryImds({ endpoint: `http://127.0.0.1:${port}`, timeoutMs: 1000 });
  assert.equal(refused.status, 'unavailable');
  assert.match(refused.status === 'unavailable' ? refused.message : '', /ECONNREFUSED/);
  assert.equal((await queryImds({ endpoint: 'not a url', timeoutMs: 1000 })).status, 'unavailable');
  assert.equal((await queryImds({ endpoint: 'https://127.0.0.1:1', timeoutMs: 1000 })).status, 'unavailable');
});

test('an IMDS that accepts and never answers: unavailable after the default 1 s, socket closed', async () => {
  const sockets: Socket[] = [];
  // resume(): read and drop the request, so the client's FIN surfaces as 'end' and 'close'.
  const silent: TcpServer = createTcpServer((socket) => { sockets.push(socket); socket.resume(); });
  silent.listen(0, '127.0.0.1');
  await once(silent, 'listening');
  try {
    const endpoint = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const started = performance.now();
    const facts = await collectAgentFacts({ ...QUIET, imdsEndpoint: endpoint });
    const elapsed = performance.now() - started;
    assert.deepEqual(facts.imds, { status: 'unavailable', message: 'no answer from IMDS within 1000 ms' });
    assert.equal(facts.azure, undefined);
    assert.ok(elapsed >= 950 && elapsed < 1500, `took ${elapsed.toFixed(0)} ms`);
    assert.equal(sockets.length, 1);
    const socket = sockets[0];
    if (!socket.closed) {
      await Promise.race([
        once(socket, 'close'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('client never closed the socket')), 1000).unref()),
      ]);
    }
    assert.ok(socket.closed);
  } finally {
    for (const socket of sockets) socket.destroy();
    silent.close();
    await once(silent, 'close');
  }
});

test('the caller\'s signal cuts the wait short', async () => {
  mode = 'hang';
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 100);
  const started = performance.now();
  const outcome = await queryImds({ endpoint: imdsUrl, timeoutMs: 1000, signal: controller.signal });
  clearTimeout(timer);
  mode = 'docs';
  assert.deepEqual(outcome, { status: 'unavailable', message: 'IMDS query aborted' });
  assert.ok(performance.now() - started < 600);
});

test('proxy settings in the environment are not used for IMDS', async () => {
  // A "proxy" that must never be asked; the child enables Node's env-proxy support.
  let proxied = 0;
  const trap = createServer((_req, res) => { proxied++; res.writeHead(502).end(); });
  trap.listen(0, '127.0.0.1');
  await once(trap, 'listening');
  const proxyUrl = `http://127.0.0.1:${(trap.address() as AddressInfo).port}`;
  mode = 'docs';
  seen.length = 0;
  try {
    const runChild = (script: string): Promise<string> => new Promise<string>((resolve, reject) => {
      execFile(process.execPath, ['--input-type=module', '-e', script], {
        timeout: 10_000,
        env: {
          PATH: process.env.PATH, NODE_USE_ENV_PROXY: '1',
          HTTP_PROXY: proxyUrl, http_proxy: proxyUrl, HTTPS_PROXY: proxyUrl, NO_PROXY: '', no_proxy: '',
        },
      }, (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)));
    });

    // Control: in this environment an ordinary node:http request does go through the proxy.
    await runChild(`import { get } from 'node:http';
get(${JSON.stringify(imdsUrl)}, (res) => res.resume());`);
    assert.equal(proxied, 1, 'control: the environment proxy is active for default requests');

    const moduleUrl = new URL('../../../src/context/imds.ts', import.meta.url).href;
    const stdout = await runChild(`const { queryImds } = await import(${JSON.stringify(moduleUrl)});
const outcome = await queryImds({ endpoint: ${JSON.stringify(imdsUrl)}, timeoutMs: 1000 });
process.stdout.write(JSON.stringify(outcome));`);
    assert.equal(JSON.parse(stdout).status, 'ok');
    assert.equal(proxied, 1, 'IMDS query went through the proxy');
    assert.equal(seen.length, 1);
  } finally {
    trap.closeAllConnections();
    trap.close();
    await once(trap, 'close');
  }
});
