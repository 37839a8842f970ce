import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { BlobServiceClient, ContainerSASPermissions, generateBlobSASQueryParameters, StorageSharedKeyCredential, type ContainerClient } from '@azure/storage-blob';
import { formatTimestamp } from '../../../src/report/upload.ts';
import { AZURITE_ACCOUNT, AZURITE_KEY, startAzurite, type Azurite } from '../../fixtures/azurite.ts';
import { issueCert, makeCa, type TestCa } from '../../fixtures/test-ca.ts';
import { runCli, type CliResult } from '../../helpers/cli.ts';
import { NETWORK_GUARD } from '../../helpers/network-guard.ts';
import { startIdentityEndpoint } from '../../helpers/identity.ts';

// The CLI with --report/--junit/--markdown given blob URLs, against Azurite over HTTPS (a test CA the
// CLI trusts through NODE_EXTRA_CA_CERTS), with a SAS and with a managed identity token.
const CONTAINER = 'reports';

let ca: TestCa;
let azurite: Azurite;
let reports: ContainerClient;
let writeSas: string;
let readOnlySas: string;
let listener: net.Server;
let target: string;
let dir: string;

const GUARD = NETWORK_GUARD;

function containerSas(permissions: string, credential: StorageSharedKeyCredential, containerName = CONTAINER): string {
  return generateBlobSASQueryParameters({
    containerName, expiresOn: new Date(Date.now() + 3_600_000), permissions: ContainerSASPermissions.parse(permissions),
  }, credential).toString();
}

before(async () => {
  ca = await makeCa();
  const cert = await issueCert(ca, { names: ['127.0.0.1', 'localhost'] });
  azurite = await startAzurite({ cert: cert.certFile, key: cert.keyFile, oauth: 'basic' });
  const credential = new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY);
  const admin = new BlobServiceClient(azurite.accountUrl, credential, { retryOptions: { maxTries: 1 }, agent: new https.Agent({ ca: ca.certPem }) } as never);
  reports = admin.getContainerClient(CONTAINER);
  await reports.createIfNotExists();
  writeSas = containerSas('cw', credential);
  readOnlySas = containerSas('r', credential);
  listener = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  target = `tcp://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  dir = mkdtempSync(path.join(tmpdir(), 'vnetprobe-upload-'));
});

after(async () => {
  await new Promise<void>((resolve) => (listener ? listener.close(() => resolve()) : resolve()));
  await azurite?.stop();
  ca?.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type GuardedResult = CliResult & { guard: string };

let runs = 0;

async function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<GuardedResult> {
  const guardLog = path.join(dir, `guard-${++runs}.log`);
  writeFileSync(guardLog, '');
  const childEnv: Record<string, string | undefined> = { NODE_EXTRA_CA_CERTS: ca.certFile, VNETPROBE_TEST_GUARD_LOG: guardLog };
  for (const name of ['VNETPROBE_UPLOAD_SAS', 'IDENTITY_ENDPOINT', 'IDENTITY_HEADER', 'MSI_ENDPOINT', 'MSI_SECRET', 'IDENTITY_SERVER_THUMBPRINT', 'IMDS_ENDPOINT', 'AZURE_FEDERATED_TOKEN_FILE', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET', 'AZURE_TENANT_ID']) {
    if (!(name in env)) childEnv[name] = undefined;
  }
  const result = await runCli(args, { env: { ...childEnv, ...env }, nodeArgs: ['--import', GUARD], timeoutMs: 30_000 });
  return { ...result, guard: readFileSync(guardLog, 'utf8') };
}

function blobUrl(name: string): string {
  return `${azurite.accountUrl}/${CONTAINER}/${name}`;
}

async function download(name: string): Promise<{ text: string; contentType: string | undefined }> {
  const blob = reports.getBlockBlobClient(name);
  const text = (await blob.downloadToBuffer()).toString('utf8');
  return { text, contentType: (await blob.getProperties()).contentType };
}

function assertNoSas(result: CliResult, sas: string): void {
  const sig = new URLSearchParams(sas).get('sig')!;
  for (const [where, text] of Object.entries({ stdout: result.stdout, stderr: result.stderr })) {
    assert.ok(!text.includes(sig) && !text.includes(encodeURIComponent(sig)), `the SAS signature shows in ${where}`);
    assert.ok(!text.includes('sig='), `a sig= parameter shows in ${where}`);
  }
}

test('SAS from VNETPROBE_UPLOAD_SAS: report, JUnit and Markdown land as blobs, placeholders expanded, content types set', async () => {
  const prefix = 'env-sas';
  const result = await cli([
    'run', '--no-imds', '--check', target, '--format', 'json',
    '--report', blobUrl(`${prefix}/{hostname}-{timestamp}.json`),
    '--junit', blobUrl(`${prefix}/junit-{timestamp}.xml`),
    '--markdown', blobUrl(`${prefix}/summary.md`),
  ], { VNETPROBE_UPLOAD_SAS: `?${writeSas}` });
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.guard, '', 'nothing tried to leave the machine');
  const report = JSON.parse(result.stdout) as { startedAt: string; agent: { hostname: string }; summary: { verdict: string } };
  assert.equal(report.summary.verdict, 'pass');
  const stamp = formatTimestamp(new Date(report.startedAt));
  assert.match(stamp, /^\d{8}T\d{6}Z$/);
  assert.equal(report.agent.hostname, hostname());

  const json = await download(`${prefix}/${hostname()}-${stamp}.json`);
  assert.equal(json.text, result.stdout, 'the blob is the report');
  assert.equal(json.contentType, 'application/json');
  const junit = await download(`${prefix}/junit-${stamp}.xml`);
  assert.match(junit.text, /^<\?xml/);
  assert.equal(junit.contentType, 'application/xml');
  const markdown = await download(`${prefix}/summary.md`);
  assert.ok(markdown.text.length > 0);
  assert.equal(markdown.contentType, 'text/markdown');

  const lines = result.stderr.trim().split('\n');
  assert.deepEqual(lines, [
    `vnet-probe: --report uploaded to ${blobUrl(`${prefix}/${hostname()}-${stamp}.json`)}`,
    `vnet-probe: --junit uploaded to ${blobUrl(`${prefix}/junit-${stamp}.xml`)}`,
    `vnet-probe: --markdown uploaded to ${blobUrl(`${prefix}/summary.md`)}`,
  ]);
  assertNoSas(result, writeSas);
  assert.ok(!json.text.includes(new URLSearchParams(writeSas).get('sig')!), 'the SAS is not in the report');
});

test('SAS in the URL: uploaded, shown without its query; placeholders expand in a file path too', async () => {
  const file = path.join(dir, '{hostname}-{timestamp}.xml');
  const result = await cli(['run', '--no-imds', '--check', target, '--report', `${blobUrl('in-url/report.json')}?${writeSas}`, '--junit', file]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /PASS/, 'the table is on stdout');
  assert.equal(result.stderr.trim(), `vnet-probe: --report uploaded to ${blobUrl('in-url/report.json')}`);
  assertNoSas(result, writeSas);
  const report = JSON.parse((await download('in-url/report.json')).text) as { startedAt: string; summary: { verdict: string } };
  assert.equal(report.summary.verdict, 'pass');
  const junit = readFileSync(path.join(dir, `${hostname()}-${formatTimestamp(new Date(report.startedAt))}.xml`), 'utf8');
  assert.match(junit, /^<\?xml/);
});

test('failed uploads: exit 3, one line each naming the URL without the SAS and the service error, stdout complete', async () => {
  const credential = new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY);
  const otherSas = containerSas('cw', credential, 'no-such-container');
  const denied = blobUrl('denied/report.json');
  const missing = `${azurite.accountUrl}/no-such-container/junit.xml`;
  const result = await cli(['run', '--no-imds', '--check', target, '--format', 'json', '--report', `${denied}?${readOnlySas}`, '--junit', `${missing}?${otherSas}`]);
  assert.equal(result.code, 3);
  assert.equal(JSON.parse(result.stdout).summary.verdict, 'pass', 'the report still reaches stdout');
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 2, result.stderr);
  assert.ok(lines[0].startsWith(`vnet-probe: --report ${denied}: upload failed: 403 AuthorizationPermissionMismatch: `), lines[0]);
  assert.ok(lines[1].startsWith(`vnet-probe: --junit ${missing}: upload failed: 404 ContainerNotFound: `), lines[1]);
  assertNoSas(result, readOnlySas);
  assertNoSas(result, otherSas);
});

test('a malformed destination is an input error (exit 2) before any check runs', async () => {
  const result = await cli(['run', '--no-imds', '--check', target, '--junit', 'https://example.com/reports/x.json?sig=abcdef']);
  assert.equal(result.code, 2, result.stderr);
  assert.equal(result.stdout, '', 'no check ran');
  assert.equal(result.stderr, 'vnet-probe: --junit https://example.com/reports/x.json: not an Azure Blob Storage URL (https://ACCOUNT.blob.core.windows.net/CONTAINER/PATH)\n');
  assert.equal(result.guard, '');
});

test('managed identity: no SAS, the token from the identity endpoint uploads the report', async () => {
  const header = 'vnetprobe-test-identity-header';
  const identity = await startIdentityEndpoint(header);
  try {
    const result = await cli(['run', '--no-imds', '--check', target, '--format', 'json', '--report', blobUrl('mi/{hostname}.json')], { IDENTITY_ENDPOINT: identity.url, IDENTITY_HEADER: header });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.guard, '', 'nothing tried to leave the machine');
    assert.ok(identity.requests.some((u) => /resource=https%3A%2F%2Fstorage\.azure\.com/.test(u)), identity.requests.join('\n'));
    assert.equal((await download(`mi/${hostname()}.json`)).text, result.stdout);
  } finally {
    await identity.close();
  }
});

test('managed identity refused: exit 3, one line that says no token was had', async () => {
  const identity = await startIdentityEndpoint('the-right-header');
  try {
    const result = await cli(['run', '--no-imds', '--check', target, '--report', blobUrl('mi/refused.json')], { IDENTITY_ENDPOINT: identity.url, IDENTITY_HEADER: 'a-wrong-header' });
    assert.equal(result.code, 3);
    assert.equal(result.guard, '');
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 1, result.stderr);
    assert.match(lines[0], /^vnet-probe: --report https:\/\/127\.0\.0\.1:\d+\/devstoreaccount1\/reports\/mi\/refused\.json: upload failed: no token: .*VNETPROBE_UPLOAD_SAS/);
  } finally {
    await identity.close();
  }
});
