import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildRunConfig } from '../../../src/config/load.ts';
import type { CheckEntry } from '../../../src/config/schema.ts';
import { runCheck } from '../../../src/engine/run-check.ts';
import type { CheckResult } from '../../../src/report/model.ts';
import { startAzureLikePeer, type AzureLikePeer } from '../../fixtures/azure-like-peer.ts';
import { issueCert, makeCa, type TestCa } from '../../fixtures/test-ca.ts';

// A node HTTPS server answering as Azure Storage does: the denials Azurite cannot produce.
let ca: TestCa;
let peer: AzureLikePeer;
const SAS_ENV = 'VNETPROBE_TEST_PEER_SAS';

before(async () => {
  ca = await makeCa();
  const cert = await issueCert(ca, { names: ['127.0.0.1'] });
  peer = await startAzureLikePeer({ cert: cert.certPem, key: cert.keyPem, mode: 'storage-network-denied' });
  process.env[SAS_ENV] = 'sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2030-01-01T00:00:00Z&spr=https&sig=peerTestSignature0123456789abcdef%3D';
});

after(async () => {
  delete process.env[SAS_ENV];
  await peer?.close();
  ca?.cleanup();
});

async function check(entry: Partial<CheckEntry> = {}, timeoutMs?: number): Promise<CheckResult> {
  const spec = buildRunConfig({
    checks: [{ target: `${peer.origin}/probeaccount`, kind: 'storage', tls: { ca: ca.certFile }, timeout: timeoutMs ?? 30_000, ...entry }],
  } as never).checks[0];
  return runCheck(spec);
}

function layerNames(result: CheckResult): string[] {
  return result.layers.map((l) => `${l.layer}:${l.ok ? 'ok' : 'fail'}`);
}

test('network-rule denial (403 AuthorizationFailure) is access_denied at the protocol rung, with the storage hint', async () => {
  peer.mode = 'storage-network-denied';
  const result = await check();
  assert.equal(result.status, 'fail');
  assert.equal(result.failure?.class, 'access_denied');
  assert.equal(result.failure?.layer, 'protocol');
  assert.match(result.failure!.message, /network rules .*This request is not authorized to perform this operation/);
  assert.match(result.failure!.hint, /network rules do not allow this subnet/);
  const protocol = result.layers.at(-1)!;
  assert.equal(protocol.detail?.errorCode, 'AuthorizationFailure');
  assert.equal(protocol.detail?.status, 403);
});

test('the anonymous probe is an account-level call, path-style for an IP host, with x-ms-version', async () => {
  peer.mode = 'storage-network-denied';
  const before = peer.requests.length;
  await check();
  const request = peer.requests[before];
  assert.equal(request.method, 'GET');
  assert.equal(request.url, '/probeaccount/?restype=service&comp=properties');
  assert.match(String(request.headers['x-ms-version']), /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(request.headers.authorization, undefined);
});

test('with credentials, a network-rule denial still stops at the protocol rung: the SDK is never reached', async () => {
  peer.mode = 'storage-network-denied';
  const before = peer.requests.length;
  const result = await check({ auth: { sas: { env: SAS_ENV } } });
  assert.equal(result.failure?.class, 'access_denied');
  assert.deepEqual(layerNames(result), ['resolve:ok', 'connect:ok', 'tls:ok', 'protocol:fail']);
  assert.equal(peer.requests.length, before + 1);
});

test('an answer without x-ms-request-id is protocol_mismatch: a proxy or a different server', async () => {
  peer.mode = 'not-storage';
  const result = await check();
  assert.equal(result.failure?.class, 'protocol_mismatch');
  assert.equal(result.failure?.layer, 'protocol');
  assert.match(result.failure!.message, /not as Azure Storage \(no x-ms-request-id\): a proxy or a different server/);
  assert.equal(result.layers.at(-1)?.detail?.status, 403);
});

test("Azure's 401 NoAuthenticationInformation bearer challenge passes: the path works", async () => {
  peer.mode = 'storage-rbac-mismatch';
  const result = await check();
  assert.equal(result.status, 'pass', JSON.stringify(result.failure));
  const protocol = result.layers.at(-1)!;
  assert.equal(protocol.layer, 'protocol');
  assert.equal(protocol.detail?.errorCode, 'NoAuthenticationInformation');
  assert.match(String(protocol.detail?.result), /^anonymous request rejected as expected \(401 NoAuthenticationInformation\): the network path to the account works$/);
});

test('403 AuthorizationPermissionMismatch to the SDK (RBAC / SAS permissions) is auth_failed at the auth rung', async () => {
  peer.mode = 'storage-rbac-mismatch';
  const before = peer.requests.length;
  const result = await check({ auth: { sas: { env: SAS_ENV } } });
  assert.equal(result.failure?.class, 'auth_failed', JSON.stringify(result.failure));
  assert.equal(result.failure?.layer, 'auth');
  assert.match(result.failure!.message, /AuthorizationPermissionMismatch/);
  assert.deepEqual(layerNames(result), ['resolve:ok', 'connect:ok', 'tls:ok', 'protocol:ok', 'auth:fail']);
  // the SDK trusted the CA given as tls.ca (no NODE_EXTRA_CA_CERTS here) and sent the SAS
  const signed = peer.requests.slice(before).find((r) => r.url.includes('sig='));
  assert.ok(signed, 'the SDK reached the peer');
  const url = new URL(signed.url, peer.origin);
  assert.equal(url.pathname.replace(/\/$/, ''), '/probeaccount');
  assert.equal(url.searchParams.get('restype'), 'account');
  assert.equal(url.searchParams.get('comp'), 'properties');
  assert.ok(!JSON.stringify(result).includes('peerTestSignature0123456789abcdef'), 'the SAS signature does not leak into the result');
});

test('the engine deadline stops an SDK call that never gets an answer (one try, no retries)', async () => {
  peer.mode = 'storage-hang-signed';
  const started = performance.now();
  const result = await check({ auth: { sas: { env: SAS_ENV } } }, 1500);
  const elapsed = performance.now() - started;
  assert.equal(result.failure?.layer, 'auth');
  assert.equal(result.failure?.class, 'timeout');
  assert.match(result.failure!.message, /auth did not complete within the 1500 ms deadline/);
  // the engine abandons the check at its deadline; slack only for a loaded machine
  assert.ok(elapsed < 10_000, `took ${elapsed} ms`);
});

test('blob://HOST:PORT/ACCOUNT is the same path-style endpoint', async () => {
  peer.mode = 'storage-network-denied';
  const spec = buildRunConfig({ checks: [{ target: `blob://127.0.0.1:${peer.port}/otheraccount`, tls: { ca: ca.certFile }, timeout: 30_000 }] } as never).checks[0];
  const before = peer.requests.length;
  const result = await runCheck(spec);
  assert.equal(result.kind, 'storage');
  assert.equal(result.failure?.class, 'access_denied');
  assert.equal(peer.requests[before].url, '/otheraccount/?restype=service&comp=properties');
});

test('bad options and credentials are input errors, named by field, before anything is sent', async () => {
  const { planStorageCheck } = await import('../../../src/checks/storage.ts');
  const { parseTarget } = await import('../../../src/config/target.ts');
  const target = parseTarget('blob://myaccount');
  assert.throws(() => planStorageCheck(target, { options: { operation: 'delete' } }), /^InputError: options\.operation: /);
  assert.throws(() => planStorageCheck(target, { options: { operation: 'write' } }), /options\.operation: needs credentials/);
  assert.throws(() => planStorageCheck(target, { options: { container: 'Bad_Name' } }), /options\.container: must be a container name/);
  assert.throws(() => planStorageCheck(target, { options: { contianer: 'x' } }), /options: unknown field "contianer"/);
  assert.throws(() => planStorageCheck(target, { options: {}, auth: { password: { env: 'X' } } }), /auth\.password: storage checks take one of/);
  assert.throws(() => planStorageCheck(target, { options: {}, auth: { sas: { env: SAS_ENV }, accountKey: { env: SAS_ENV } } }), /auth: give one of auth\.accountKey, auth\.sas, not several/);
  assert.throws(() => planStorageCheck(parseTarget('queue://myaccount'), { options: {}, auth: { sas: { env: SAS_ENV } } }), /credentialed storage checks use the blob service/);
  assert.throws(() => planStorageCheck(target, { options: {}, auth: { sas: { env: 'VNETPROBE_TEST_UNSET_VARIABLE' } } }), /auth\.sas: environment variable VNETPROBE_TEST_UNSET_VARIABLE is not set/);
  process.env.VNETPROBE_TEST_PEER_CS = 'DefaultEndpointsProtocol=https;AccountName=otheraccount;AccountKey=a2V5;EndpointSuffix=core.windows.net';
  try {
    assert.throws(() => planStorageCheck(target, { options: {}, auth: { connectionString: { env: 'VNETPROBE_TEST_PEER_CS' } } }), /auth\.connectionString: it is for account "otheraccount", the target is account "myaccount"/);
  } finally {
    delete process.env.VNETPROBE_TEST_PEER_CS;
  }
});
