import assert from 'node:assert/strict';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import dns2 from 'dns2';
import {
  AccountSASPermissions, AccountSASResourceTypes, AccountSASServices, BlobServiceClient, ContainerSASPermissions,
  generateAccountSASQueryParameters, generateBlobSASQueryParameters, StorageSharedKeyCredential,
} from '@azure/storage-blob';
import { buildRunConfig } from '../../../src/config/load.ts';
import type { CheckEntry } from '../../../src/config/schema.ts';
import { runCheck } from '../../../src/engine/run-check.ts';
import type { CheckResult } from '../../../src/report/model.ts';
import { AZURITE_ACCOUNT, AZURITE_KEY, startAzurite, type Azurite } from '../../fixtures/azurite.ts';
import { issueCert, makeCa, type TestCa } from '../../fixtures/test-ca.ts';
import { runCli, type CliResult } from '../../helpers/cli.ts';
import { NETWORK_GUARD } from '../../helpers/network-guard.ts';
import { startIdentityEndpoint } from '../../helpers/identity.ts';

// One Azurite (blob, HTTPS with a test CA, in memory, bearer tokens accepted) for the whole file: it
// takes seconds to start.
const ENV = {
  connectionString: 'VNETPROBE_TEST_AZURITE_CS',
  accountKey: 'VNETPROBE_TEST_AZURITE_KEY',
  wrongKey: 'VNETPROBE_TEST_AZURITE_WRONG_KEY',
  accountSas: 'VNETPROBE_TEST_AZURITE_ACCOUNT_SAS',
  containerSas: 'VNETPROBE_TEST_AZURITE_CONTAINER_SAS',
};
// a well-formed key of the right length that is not the account's
const WRONG_KEY = Buffer.from(Buffer.from(AZURITE_KEY, 'base64').map((b) => b ^ 0x5a)).toString('base64');
const SAS_CONTAINER = 'sas-scoped';
// answered only by the test's own DNS server (127.0.0.1): never looked up anywhere else
const AZURE_STYLE_HOST = `${AZURITE_ACCOUNT}.blob.core.windows.net`;

let ca: TestCa;
let azurite: Azurite;
let admin: BlobServiceClient;

function sasExpiry(): Date {
  return new Date(Date.now() + 3_600_000);
}

before(async () => {
  ca = await makeCa();
  const cert = await issueCert(ca, { names: ['127.0.0.1', 'localhost', AZURE_STYLE_HOST] });
  azurite = await startAzurite({ cert: cert.certFile, key: cert.keyFile, oauth: 'basic', startTimeoutMs: 60_000 });
  const credential = new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY);
  admin = new BlobServiceClient(azurite.accountUrl, credential, { retryOptions: { maxTries: 1 }, agent: new https.Agent({ ca: ca.certPem }) } as never);
  await admin.getContainerClient(SAS_CONTAINER).createIfNotExists();
  const accountSas = generateAccountSASQueryParameters({
    expiresOn: sasExpiry(),
    services: AccountSASServices.parse('b').toString(),
    resourceTypes: AccountSASResourceTypes.parse('sco').toString(),
    permissions: AccountSASPermissions.parse('rl'),
  }, credential).toString();
  const containerSas = generateBlobSASQueryParameters({
    containerName: SAS_CONTAINER, expiresOn: sasExpiry(), permissions: ContainerSASPermissions.parse('rl'),
  }, credential).toString();
  process.env[ENV.connectionString] = azurite.connectionString;
  process.env[ENV.accountKey] = AZURITE_KEY;
  process.env[ENV.wrongKey] = WRONG_KEY;
  process.env[ENV.accountSas] = accountSas;
  process.env[ENV.containerSas] = `?${containerSas}`;
});

after(async () => {
  for (const name of Object.values(ENV)) delete process.env[name];
  await azurite?.stop();
  ca?.cleanup();
});

function entry(extra: Partial<CheckEntry> = {}): CheckEntry {
  return { target: azurite.accountUrl, kind: 'storage', tls: { ca: ca.certFile }, timeout: 30_000, ...extra } as CheckEntry;
}

async function check(extra: Partial<CheckEntry> = {}): Promise<CheckResult> {
  return runCheck(buildRunConfig({ checks: [entry(extra)] } as never).checks[0]);
}

function layer(result: CheckResult, name: string) {
  const found = result.layers.find((l) => l.layer === name);
  assert.ok(found, `no ${name} layer in ${JSON.stringify(result.layers.map((l) => l.layer))}`);
  return found;
}

test('anonymous: Azurite signs its rejection (x-ms-request-id), so the path counts as open', async () => {
  const result = await check();
  assert.equal(result.status, 'pass', JSON.stringify(result.failure));
  assert.deepEqual(result.layers.map((l) => l.layer), ['resolve', 'connect', 'tls', 'protocol']);
  const protocol = layer(result, 'protocol');
  // Azurite answers an unsigned request with 403 AuthorizationFailure and the *authentication*
  // message; Azure keeps that code (with another message) for network-rule denials.
  assert.equal(protocol.detail?.errorCode, 'AuthorizationFailure');
  assert.match(String(protocol.detail?.result), /anonymous request rejected as expected .*the network path to the account works/);
  assert.equal(protocol.detail?.account, AZURITE_ACCOUNT);
});

test('connection string from the environment: auth (getAccountInfo) and operation (list containers) pass', async () => {
  const result = await check({ auth: { connectionString: { env: ENV.connectionString } } });
  assert.equal(result.status, 'pass', JSON.stringify(result.failure));
  assert.deepEqual(result.layers.map((l) => l.layer), ['resolve', 'connect', 'tls', 'protocol', 'auth', 'operation']);
  const auth = layer(result, 'auth');
  assert.equal(auth.detail?.credential, 'sharedKey');
  assert.equal(auth.detail?.from, 'auth.connectionString');
  assert.equal(auth.detail?.call, 'getAccountInfo');
  assert.equal(layer(result, 'operation').detail?.operation, 'list containers');
});

test('account key with the account from the target', async () => {
  const result = await check({ auth: { accountKey: { env: ENV.accountKey } } });
  assert.equal(result.status, 'pass', JSON.stringify(result.failure));
  assert.equal(layer(result, 'auth').detail?.from, 'auth.accountKey');
});

test('account SAS', async () => {
  const result = await check({ auth: { sas: { env: ENV.accountSas } } });
  assert.equal(result.status, 'pass', JSON.stringify(result.failure));
  assert.equal(layer(result, 'auth').detail?.credential, 'sas');
  assert.equal(layer(result, 'operation').detail?.operation, 'list containers');
});

test('container SAS with options.container: auth and listing stay inside the container', async () => {
  const result = await check({ auth: { sas: { env: ENV.containerSas } }, options: { container: SAS_CONTAINER } });
  assert.equal(result.status, 'pass', JSON.stringify(result.failure));
  assert.deepEqual(layer(result, 'operation').detail, { operation: 'list blobs', container: SAS_CONTAINER, returned: 0 });
});

test('write round trip: creates the container, writes, reads back and deletes the probe blob', async () => {
  const container = 'probe-write';
  const result = await check({ auth: { connectionString: { env: ENV.connectionString } }, options: { operation: 'write', container } });
  assert.equal(result.status, 'pass', JSON.stringify(result.failure));
  const operation = layer(result, 'operation');
  assert.equal(operation.detail?.operation, 'write');
  assert.equal(operation.detail?.containerCreated, true);
  assert.equal(operation.detail?.deleted, true);
  assert.ok(Number(operation.detail?.bytes) > 0);
  // the container stays, the blob is gone
  assert.equal(await admin.getContainerClient(container).exists(), true);
  const left = [];
  for await (const blob of admin.getContainerClient(container).listBlobsFlat()) left.push(blob.name);
  assert.deepEqual(left, []);
  // a second run finds the container there
  const again = await check({ auth: { connectionString: { env: ENV.connectionString } }, options: { operation: 'write', container } });
  assert.equal(again.status, 'pass', JSON.stringify(again.failure));
  assert.equal(layer(again, 'operation').detail?.containerCreated, false);
});

test('a wrong key is auth_failed at the auth rung, after the path was proven', async () => {
  const result = await check({ auth: { accountKey: { env: ENV.wrongKey } } });
  assert.equal(result.status, 'fail');
  assert.equal(result.failure?.class, 'auth_failed');
  assert.equal(result.failure?.layer, 'auth');
  assert.deepEqual(result.layers.map((l) => `${l.layer}:${l.ok}`), ['resolve:true', 'connect:true', 'tls:true', 'protocol:true', 'auth:false']);
  assert.match(result.failure!.hint, /credential was rejected/);
});


test('no key, signature or connection string ever reaches the JSON report, the text output or stderr', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vnetprobe-storage-cli-'));
  try {
    const config = path.join(dir, 'checks.yaml');
    const report = path.join(dir, 'report.json');
    const common = `    target: ${azurite.accountUrl}\n    kind: storage\n    timeout: 30s\n    tls: { ca: ${ca.certFile} }\n`;
    writeFileSync(config, [
      'checks:',
      `  - name: by-connection-string\n${common}    auth: { connectionString: { env: ${ENV.connectionString} } }\n    options: { operation: write }`,
      `  - name: by-key\n${common}    auth: { accountKey: { env: ${ENV.accountKey} } }`,
      `  - name: by-sas\n${common}    auth: { sas: { env: ${ENV.accountSas} } }`,
      `  - name: wrong-key\n${common}    auth: { accountKey: { env: ${ENV.wrongKey} } }\n    required: false`,
      '',
    ].join('\n'));
    const env = { NO_COLOR: '1', AZURE_LOG_LEVEL: undefined, NODE_EXTRA_CA_CERTS: undefined };
    const [text, json] = await Promise.all([
      runCli(['run', '--no-imds', '--config', config, '--report', report], { env, timeoutMs: 90_000 }),
      runCli(['run', '--no-imds', '--config', config, '--format', 'json'], { env, timeoutMs: 90_000 }),
    ]);
    const written = readFileSync(report, 'utf8');

    const parsed = JSON.parse(json.stdout) as { checks: CheckResult[] };
    const status = Object.fromEntries(parsed.checks.map((c) => [c.name, `${c.status}/${c.failure?.class ?? '-'}`]));
    assert.deepEqual(status, { 'by-connection-string': 'pass/-', 'by-key': 'pass/-', 'by-sas': 'pass/-', 'wrong-key': 'fail/auth_failed' }, json.stderr);
    assert.equal(text.code, 0, text.stdout + text.stderr);

    const sig = new URLSearchParams(process.env[ENV.accountSas]).get('sig')!;
    const secrets = {
      'account key': AZURITE_KEY,
      'wrong key': WRONG_KEY,
      'connection string': azurite.connectionString,
      'SAS signature': sig,
      'SAS signature (URL-encoded)': encodeURIComponent(sig),
    };
    for (const [where, output] of Object.entries({ 'text stdout': text.stdout, 'text stderr': text.stderr, 'json stdout': json.stdout, 'json stderr': json.stderr, 'report file': written })) {
      for (const [what, secret] of Object.entries(secrets)) {
        assert.ok(!output.includes(secret), `${what} found in ${where}`);
      }
      assert.ok(!/AccountKey=/i.test(output), `AccountKey= found in ${where}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Managed identity, end to end: @azure/identity asks an App Service style identity endpoint
// (IDENTITY_ENDPOINT + IDENTITY_HEADER, here a loopback server) for a token that Azurite's
// "basic" OAuth accepts (issuer, audience and lifetime are checked, the signature is not).
// A guard in the spawned CLI records any connection or lookup that would leave the machine.
const GUARD = NETWORK_GUARD;

function spawnGuarded(args: string[], env: Record<string, string | undefined>): Promise<CliResult> {
  return runCli(args, { env, nodeArgs: ['--import', GUARD], timeoutMs: 90_000 });
}

async function runManagedIdentity(answer: 'token' | 'refuse'): Promise<{ check: CheckResult; identityRequests: string[]; guard: string }> {
  const header = 'vnetprobe-test-identity-header';
  const identity = await startIdentityEndpoint(header, answer);
  const dir = mkdtempSync(path.join(tmpdir(), 'vnetprobe-storage-mi-'));
  try {
    const config = path.join(dir, 'mi.yaml');
    const guardLog = path.join(dir, 'guard.log');
    writeFileSync(guardLog, '');
    writeFileSync(config, `checks:\n  - target: ${azurite.accountUrl}\n    kind: storage\n    timeout: 30s\n    tls: { ca: ${ca.certFile} }\n    auth: { managedIdentity: true }\n`);
    const env: Record<string, string | undefined> = { IDENTITY_ENDPOINT: identity.url, IDENTITY_HEADER: header, VNETPROBE_TEST_GUARD_LOG: guardLog };
    for (const name of ['MSI_ENDPOINT', 'MSI_SECRET', 'IDENTITY_SERVER_THUMBPRINT', 'IMDS_ENDPOINT', 'AZURE_FEDERATED_TOKEN_FILE', 'AZURE_CLIENT_ID']) env[name] = undefined;
    const result = await spawnGuarded(['run', '--no-imds', '--config', config, '--format', 'json'], env);
    const report = JSON.parse(result.stdout) as { checks: CheckResult[] };
    return { check: report.checks[0], identityRequests: identity.requests, guard: readFileSync(guardLog, 'utf8') };
  } finally {
    await identity.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('managed identity: the token from the identity endpoint authenticates the auth and operation rungs', async () => {
  const { check, identityRequests, guard } = await runManagedIdentity('token');
  assert.equal(guard, '', 'nothing tried to leave the machine');
  assert.equal(check.status, 'pass', JSON.stringify(check.failure));
  assert.equal(check.layers.find((l) => l.layer === 'auth')?.detail?.credential, 'managedIdentity');
  assert.ok(identityRequests.some((u) => /resource=https%3A%2F%2Fstorage\.azure\.com/.test(u)), identityRequests.join('\n'));
});

test('managed identity: no token is auth_failed at the auth rung', async () => {
  const { check, guard } = await runManagedIdentity('refuse');
  assert.equal(guard, '', 'nothing tried to leave the machine');
  assert.equal(check.failure?.class, 'auth_failed');
  assert.equal(check.failure?.layer, 'auth');
  assert.match(check.failure!.message, /managed identity could not get a token/);
});

test('the SDK connects where the resolve rung pointed (dns.server answer), not where the system resolver would', async () => {
  const { Packet } = dns2;
  const questions: string[] = [];
  const server = dns2.createUDPServer((request, send) => {
    const response = Packet.createResponseFromRequest(request);
    const [question] = request.questions;
    questions.push(`${question.name} ${question.type}`);
    if (question.name.toLowerCase() === AZURE_STYLE_HOST && question.type === Packet.TYPE.A) {
      const answer = { name: question.name, type: Packet.TYPE.A, class: Packet.CLASS.IN, ttl: 60, address: '127.0.0.1' };
      response.answers.push(answer as unknown as (typeof response.answers)[number]); // dns2's encoder takes plain records
    }
    send(response);
  });
  await server.listen(0, '127.0.0.1');
  const dnsPort = (server.address() as AddressInfo).port;
  const dir = mkdtempSync(path.join(tmpdir(), 'vnetprobe-storage-dns-'));
  try {
    const config = path.join(dir, 'dns.yaml');
    const guardLog = path.join(dir, 'guard.log');
    writeFileSync(guardLog, '');
    writeFileSync(config, [
      'checks:',
      `  - target: https://${AZURE_STYLE_HOST}:${azurite.port}`,
      '    kind: storage',
      '    timeout: 30s',
      `    dns: { server: "127.0.0.1:${dnsPort}" }`,
      `    tls: { ca: ${ca.certFile}, expectIssuer: ["vnet-probe tests"] }`,
      `    auth: { connectionString: { env: ${ENV.connectionString} } }`,
      '',
    ].join('\n'));
    const env = { VNETPROBE_TEST_GUARD_LOG: guardLog };
    const { stdout, stderr } = await spawnGuarded(['run', '--no-imds', '--config', config, '--format', 'json'], env);
    assert.equal(readFileSync(guardLog, 'utf8'), '', 'no lookup or connection left the machine');
    const result = (JSON.parse(stdout) as { checks: CheckResult[] }).checks[0];
    assert.equal(result.status, 'pass', JSON.stringify(result.failure) + stderr);
    assert.deepEqual(result.layers.find((l) => l.layer === 'resolve')?.detail?.addresses, ['127.0.0.1']);
    assert.equal(result.layers.find((l) => l.layer === 'protocol')?.detail?.account, AZURITE_ACCOUNT);
    assert.ok(questions.some((q) => q.startsWith(AZURE_STYLE_HOST)), questions.join(', '));
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
