// The sql check's credentialed path: TLS inside TDS, a managed identity token from a loopback
// App Service identity endpoint, and secrets kept out of every output of the real CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRunConfig } from '../../../src/config/load.ts';
import { configFileSchema } from '../../../src/config/schema.ts';
import type { CheckSpec } from '../../../src/config/spec.ts';
import { loadTedious } from '../../../src/azure/sql-session.ts';
import { runCheck } from '../../../src/engine/run-check.ts';
import { withTds } from '../../fixtures/tds-server.ts';
import { issueCert, makeCa, type TestCa } from '../../fixtures/test-ca.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const NODE = join(ROOT, 'node_modules/.bin/node');
const PASSWORD = 'Cli-Secret-9q#Zt';
process.env.VNETPROBE_TEST_SQL_PASSWORD = PASSWORD;

// tedious blocks the event loop for ~0.5 s on its first load: done here, so the deadlines below time the wire only
await loadTedious();

function sqlSpec(target: string, entry: Record<string, unknown> = {}): CheckSpec {
  return buildRunConfig(configFileSchema.parse({ checks: [{ target, timeout: '3s', ...entry }] })).checks[0];
}

const sqlLogin = { username: 'probe', password: { env: 'VNETPROBE_TEST_SQL_PASSWORD' } };

/** A CA-issued certificate with CN=localhost, for 127.0.0.1 (IP SAN) or, with `ipSan: false`, for "localhost" only. */
async function makeCertificate(ipSan = true): Promise<{ key: string; cert: string; caFile: string; ca: TestCa }> {
  const ca = await makeCa();
  const leaf = await issueCert(ca, { names: [ipSan ? '127.0.0.1' : 'localhost'], commonName: 'localhost' });
  return { key: leaf.keyPem, cert: leaf.certPem, caFile: ca.certFile, ca };
}

test('TLS inside TDS: untrusted without a CA, trusted with tls.ca, and the certificate shown on the auth layer', async () => {
  const pki = await makeCertificate();
  try {
    await withTds({ encryption: 'required', tls: { key: pki.key, cert: pki.cert }, login: { kind: 'ok', user: 'probe', password: PASSWORD } }, async (server) => {
      const target = `sql://127.0.0.1:${server.port}`;
      const untrusted = await runCheck(sqlSpec(target, { auth: sqlLogin }));
      assert.equal(untrusted.failure?.layer, 'auth');
      assert.equal(untrusted.failure?.class, 'tls_untrusted', untrusted.failure?.message);
      assert.match(untrusted.failure!.message, /tls\.ca/);

      const trusted = await runCheck(sqlSpec(target, { auth: sqlLogin, tls: { ca: pki.caFile } }));
      assert.equal(trusted.status, 'pass', JSON.stringify(trusted.failure));
      const tls = trusted.layers.find((l) => l.layer === 'auth')?.detail?.tls as Record<string, unknown>;
      assert.equal(tls.protocol, 'TLSv1.2');
      assert.match(String(tls.subject), /CN=localhost/);
      assert.equal(trusted.layers.find((l) => l.layer === 'protocol')?.detail?.encryption, 'required');

      const skipped = await runCheck(sqlSpec(target, { auth: sqlLogin, options: { trustServerCertificate: true } }));
      assert.equal(skipped.status, 'pass', JSON.stringify(skipped.failure));
    });
  } finally {
    pki.ca.cleanup();
  }
});

test('TLS inside TDS: a certificate for another name is tls_hostname_mismatch', async () => {
  const pki = await makeCertificate(false);
  try {
    await withTds({ encryption: 'required', tls: { key: pki.key, cert: pki.cert } }, async (server) => {
      const result = await runCheck(sqlSpec(`sql://127.0.0.1:${server.port}`, { auth: sqlLogin, tls: { ca: pki.caFile } }));
      assert.equal(result.failure?.layer, 'auth');
      assert.equal(result.failure?.class, 'tls_hostname_mismatch', result.failure?.message);
    });
  } finally {
    pki.ca.cleanup();
  }
});

test('managed identity: the token comes from the identity endpoint and is sent as a federated token, never shown', async () => {
  const token = 'mi-token-header.mi-token-payload.mi-token-signature';
  const asked: Array<{ resource: string | null; header: string | undefined }> = [];
  const identity = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    asked.push({ resource: url.searchParams.get('resource'), header: req.headers['x-identity-header'] as string | undefined });
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ access_token: token, expires_on: String(Math.floor(Date.now() / 1000) + 3600), resource: url.searchParams.get('resource'), token_type: 'Bearer' }));
  });
  await new Promise<void>((resolve) => identity.listen(0, '127.0.0.1', resolve));
  // App Service's managed identity source: @azure/identity asks this endpoint and never IMDS
  process.env.IDENTITY_ENDPOINT = `http://127.0.0.1:${(identity.address() as AddressInfo).port}/msi/token`;
  process.env.IDENTITY_HEADER = 'test-identity-header';
  try {
    await withTds({ login: { kind: 'ok' } }, async (server) => {
      // a generous deadline: loading tedious and @azure/identity on a loaded machine is not what is tested
      const result = await runCheck(sqlSpec(`sql://127.0.0.1:${server.port}`, { auth: { managedIdentity: true }, options: { encrypt: false }, timeout: '15s' }));
      assert.equal(asked.length, 1, 'one token request');
      assert.equal(asked[0].resource, 'https://database.windows.net');
      assert.equal(asked[0].header, 'test-identity-header');
      // the fixture does not do federated authentication: it refuses the token with 18456
      assert.equal(result.failure?.layer, 'auth');
      assert.equal(result.failure?.class, 'auth_failed');
      assert.match(result.failure!.message, /18456/);
      assert.equal(result.layers.find((l) => l.layer === 'auth')?.detail?.method, 'managedIdentity');
      assert.equal(server.logins().length, 1, 'the login reached the server');
      assert.ok(!JSON.stringify(result).includes(token));
    });
  } finally {
    delete process.env.IDENTITY_ENDPOINT;
    delete process.env.IDENTITY_HEADER;
    await new Promise<void>((resolve) => identity.close(() => resolve()));
  }
});

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(NODE, [join(ROOT, 'src/cli.ts'), ...args], { env: { ...process.env, VNETPROBE_IMDS: 'off', ...env }, timeout: 10_000, cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

test('CLI: the password never appears in the JSON report or the text output, even when the server echoes it', async () => {
  const echoed = `Login failed for user 'probe'. The password '${PASSWORD}' is wrong.`;
  await withTds({ login: { kind: 'error', number: 18456, message: echoed } }, async (server) => {
    const dir = mkdtempSync(join(tmpdir(), 'sql-cli-'));
    try {
      const config = join(dir, 'probe.yaml');
      writeFileSync(config, [
        'checks:',
        `  - target: sql://127.0.0.1:${server.port}`,
        '    timeout: 3s',
        '    auth: { username: probe, password: { env: SQL_PROBE_PASSWORD } }',
        '    options: { encrypt: false }',
        '',
      ].join('\n'));
      const report = join(dir, 'report.json');
      const { code, stdout, stderr } = await runCli(['run', '--no-imds', '--config', config, '--format', 'text', '--report', report], { SQL_PROBE_PASSWORD: PASSWORD });
      const json = readFileSync(report, 'utf8');
      assert.equal(code, 1, stderr);
      assert.match(json, /"class": "auth_failed"/);
      assert.match(json, /\[redacted\]/, 'the echoed password is replaced');
      for (const [name, text] of [['json', json], ['text', stdout], ['stderr', stderr]]) {
        assert.ok(!text.includes(PASSWORD), `the password appears in ${name}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
