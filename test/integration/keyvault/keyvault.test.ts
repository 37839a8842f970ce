import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { judgeHealthStatus, parseKeyVaultOptions, parseNetworkInfo } from '../../../src/checks/keyvault.ts';
import { buildRunConfig } from '../../../src/config/load.ts';
import type { CheckEntry } from '../../../src/config/schema.ts';
import { parseTarget } from '../../../src/config/target.ts';
import { runCheck } from '../../../src/engine/run-check.ts';
import type { CheckResult } from '../../../src/report/model.ts';
import { startAzureLikePeer, type AzureLikePeer } from '../../fixtures/azure-like-peer.ts';
import { issueCert, makeCa, type TestCa } from '../../fixtures/test-ca.ts';

let ca: TestCa;
let peer: AzureLikePeer;

before(async () => {
  ca = await makeCa();
  const cert = await issueCert(ca, { names: ['127.0.0.1'] });
  peer = await startAzureLikePeer({ cert: cert.certPem, key: cert.keyPem, mode: 'keyvault-healthy' });
});

after(async () => {
  await peer?.close();
  ca?.cleanup();
});

async function check(extra: Partial<CheckEntry> = {}): Promise<CheckResult> {
  const spec = buildRunConfig({ checks: [{ target: peer.origin, kind: 'keyvault', tls: { ca: ca.certFile }, timeout: 30_000, ...extra }] } as never).checks[0];
  return runCheck(spec);
}

test('healthy vault seen from a private address: pass, the request came the private way', async () => {
  peer.mode = 'keyvault-healthy';
  peer.sourceAddress = '10.1.2.4';
  const before = peer.requests.length;
  const result = await check();
  assert.equal(result.status, 'pass', JSON.stringify(result.failure));
  assert.deepEqual(result.layers.map((l) => l.layer), ['resolve', 'connect', 'tls', 'protocol']);
  assert.equal(peer.requests[before].url, '/healthstatus');
  assert.equal(peer.requests[before].headers.authorization, undefined);
  const detail = result.layers.at(-1)!.detail!;
  assert.equal(detail.status, 200);
  assert.equal(detail.sourceAddress, '10.1.2.4');
  assert.equal(detail.sourcePrivate, true);
  assert.equal(detail.sourceScope, 'private');
  assert.match(String(detail.path), /private endpoint or a service endpoint/);
  assert.equal(detail.region, 'westeurope');
  assert.ok(detail.serviceVersion);
});

test('a public source address is reported as public egress; with options.source private it is a warning', async () => {
  peer.mode = 'keyvault-healthy';
  peer.sourceAddress = '20.50.60.70';
  const plain = await check();
  assert.equal(plain.status, 'pass');
  const detail = plain.layers.at(-1)!.detail!;
  assert.equal(detail.sourcePrivate, false);
  assert.match(String(detail.path), /public egress/);

  const wanted = await check({ options: { source: 'private' } });
  assert.equal(wanted.status, 'warn');
  assert.match(wanted.warnings![0], /from public 20\.50\.60\.70: it did not come through the private endpoint/);

  // expect.dns: private asks for the same (loopback counts as private for the resolve rung)
  const expectPrivate = await check({ expect: { dns: 'private' } });
  assert.equal(expectPrivate.status, 'warn');
});

test('an IPv6 private source (ULA) counts as private', async () => {
  peer.mode = 'keyvault-healthy';
  peer.sourceAddress = 'fd12:3456::4';
  const result = await check({ options: { source: 'private' } });
  assert.equal(result.status, 'pass', JSON.stringify(result.warnings));
  assert.equal(result.layers.at(-1)!.detail!.sourceAddress, 'fd12:3456::4');
});

test('403 ForbiddenByFirewall is access_denied with the Key Vault hint and the client address it saw', async () => {
  peer.mode = 'keyvault-firewall';
  peer.sourceAddress = '20.50.60.70';
  const result = await check();
  assert.equal(result.status, 'fail');
  assert.equal(result.failure?.class, 'access_denied');
  assert.equal(result.failure?.layer, 'protocol');
  assert.match(result.failure!.message, /Key Vault firewall rejects this client \(403 ForbiddenByFirewall, client address 20\.50\.60\.70\)/);
  assert.match(result.failure!.hint, /ForbiddenByFirewall/);
  assert.equal(result.layers.at(-1)!.detail!.clientAddress, '20.50.60.70');
});

test('an answer without Key Vault headers is protocol_mismatch', async () => {
  peer.mode = 'not-keyvault';
  const result = await check();
  assert.equal(result.failure?.class, 'protocol_mismatch');
  assert.equal(result.failure?.layer, 'protocol');
  assert.match(result.failure!.message, /not as Key Vault \(no x-ms-keyvault-\* headers\)/);
});

test('keyvault://NAME is NAME.vault.azure.net on 443, GET /healthstatus', () => {
  const target = parseTarget('keyvault://myvault');
  assert.equal(target.kind, 'keyvault');
  assert.equal(target.host, 'myvault.vault.azure.net');
  assert.equal(target.port, 443);
});

test('x-ms-keyvault-network-info in the formats Key Vault has sent', () => {
  assert.deepEqual(parseNetworkInfo('conn_type=Ipv4;addr=72.68.182.20;act_addr_fam=InterNetwork;'), { connType: 'Ipv4', addr: '72.68.182.20', addressFamily: 'InterNetwork' });
  assert.deepEqual(parseNetworkInfo('addr=10.4.5.6;act_addr_fam=InterNetworkV6;'), { addr: '10.4.5.6', addressFamily: 'InterNetworkV6' });
  assert.deepEqual(parseNetworkInfo('addr=50.35.231.105'), { addr: '50.35.231.105' });
  assert.deepEqual(parseNetworkInfo('addr=not-an-ip;;garbage'), {});
});

test('judge: a 5xx from Key Vault itself proves the path but warns; a missing network-info header warns', () => {
  const kvHeaders = { 'x-ms-keyvault-service-version': '1.9.0', 'x-ms-request-id': 'x' };
  const unhealthy = judgeHealthStatus({ status: 503, headers: { ...kvHeaders, 'x-ms-keyvault-network-info': 'addr=10.0.0.4' }, body: Buffer.from('{}') }, 'any');
  assert.match(unhealthy.warning ?? '', /HTTP 503/);
  const noInfo = judgeHealthStatus({ status: 200, headers: kvHeaders, body: Buffer.alloc(0) }, 'any');
  assert.match(noInfo.warning ?? '', /no source address/);
});

test('keyvault options and auth are input errors', () => {
  assert.throws(() => parseKeyVaultOptions({ source: 'inside' }), /^InputError: options\.source: /);
  assert.throws(() => parseKeyVaultOptions({ sorce: 'private' }), /options: unknown field "sorce"/);
  assert.throws(() => parseKeyVaultOptions({}, { managedIdentity: true }), /auth: keyvault checks take no credentials/);
  assert.deepEqual(parseKeyVaultOptions({ source: 'public' }), { source: 'public' });
});
