// Event Hubs with a connection string: CBS put-token (auth) and a $management READ
// (operation) through rhea, on the connection the protocol rung opened.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildRunConfig } from '../../../src/config/load.ts';
import type { CheckEntry } from '../../../src/config/schema.ts';
import { runCheck } from '../../../src/engine/run-check.ts';
import type { CheckResult } from '../../../src/report/model.ts';
import { startAmqpPeer } from '../../fixtures/amqp-peer.ts';
import { issueCert, makeCa, type TestCa } from '../../fixtures/test-ca.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const KEY = 'Zm9vYmFyLWtleS1mb3ItdGVzdHMtb25seS0xMjM0NTY3OA==';
const WRONG_KEY = 'd3Jvbmcta2V5LWZvci10ZXN0cy1vbmx5LTk4NzY1NDMyMQ==';
const KEY_NAME = 'RootManageSharedAccessKey';

function connectionString(key: string, entityPath?: string): string {
  return `Endpoint=sb://myns.servicebus.windows.net/;SharedAccessKeyName=${KEY_NAME};SharedAccessKey=${key}${entityPath ? `;EntityPath=${entityPath}` : ''}`;
}

function run(entry: CheckEntry): Promise<CheckResult> {
  return runCheck(buildRunConfig({ checks: [{ timeout: 3000, ...entry }] } as never).checks[0]);
}

function layer(result: CheckResult, name: string) {
  return result.layers.find((l) => l.layer === name);
}

const HUBS = { management: { hubs: { telemetry: { partitionCount: 4 } } } };

describe('amqp with a connection string', () => {
  let ca: TestCa;
  let certs: { key: string; cert: string; caFile: string };
  const env: string[] = [];
  const setEnv = (name: string, value: string) => {
    process.env[name] = value;
    env.push(name);
    return { env: name };
  };
  before(async () => {
    ca = await makeCa('vnet-probe amqp test CA');
    const issued = await issueCert(ca, { names: ['127.0.0.1', 'localhost'] });
    certs = { key: issued.keyPem, cert: issued.certPem, caFile: ca.certFile };
  });
  after(() => {
    ca.cleanup();
    for (const name of env) delete process.env[name];
  });

  test('amqps: CBS put-token accepted, $management READ gives the partition count', async () => {
    const peer = await startAmqpPeer({ tls: { key: certs.key, cert: certs.cert }, cbs: { acceptKey: KEY, keyName: KEY_NAME }, ...HUBS });
    try {
      const result = await run({
        target: `amqps://127.0.0.1:${peer.port}`,
        tls: { ca: certs.caFile },
        auth: { connectionString: setEnv('AMQP_TEST_CS_OK', connectionString(KEY, 'telemetry')) },
      });
      assert.equal(result.status, 'pass', JSON.stringify(result.failure));
      assert.deepEqual(result.layers.map((l) => l.layer), ['resolve', 'connect', 'tls', 'protocol', 'auth', 'operation']);
      assert.deepEqual(layer(result, 'protocol')!.detail!.mechanisms, ['ANONYMOUS']);
      const auth = layer(result, 'auth')!.detail!;
      assert.deepEqual(auth.cbs, { audience: 'sb://myns.servicebus.windows.net/telemetry/$management', statusCode: 202, statusDescription: 'Accepted' });
      assert.equal(auth.keyName, KEY_NAME);
      const operation = layer(result, 'operation')!.detail!;
      assert.equal(operation.partitionCount, 4);
      assert.deepEqual(operation.partitionIds, ['0', '1', '2', '3']);
      assert.equal(operation.createdAt, '2024-01-02T03:04:05.000Z');
      // one connection: the SASL exchange happened once, the open named the namespace
      assert.deepEqual(peer.saslChoices(), ['ANONYMOUS']);
      assert.deepEqual(peer.openHostnames(), ['myns.servicebus.windows.net']);
      assert.deepEqual(peer.putTokens().map((t) => [t.accepted, t.keyName]), [[true, KEY_NAME]]);
      assert.deepEqual(peer.managementRequests(), [{ operation: 'READ', name: 'telemetry', type: 'com.microsoft:eventhub' }]);
    } finally {
      await peer.close();
    }
  });

  test('options.eventHub names the hub when the connection string has no EntityPath', async () => {
    const peer = await startAmqpPeer({ cbs: { acceptKey: KEY }, ...HUBS });
    try {
      const result = await run({
        target: `amqp://127.0.0.1:${peer.port}`,
        options: { eventHub: 'telemetry' },
        auth: { connectionString: setEnv('AMQP_TEST_CS_NS', connectionString(KEY)) },
      });
      assert.equal(result.status, 'pass', JSON.stringify(result.failure));
      assert.equal(layer(result, 'operation')!.detail!.partitionCount, 4);
    } finally {
      await peer.close();
    }
  });

  test('a wrong key: auth_failed at the auth layer, key not in the result', async () => {
    const peer = await startAmqpPeer({ cbs: { acceptKey: KEY }, ...HUBS });
    try {
      const result = await run({
        target: `amqp://127.0.0.1:${peer.port}`,
        auth: { connectionString: setEnv('AMQP_TEST_CS_WRONG', connectionString(WRONG_KEY, 'telemetry')) },
      });
      assert.equal(result.failure?.class, 'auth_failed');
      assert.equal(result.failure?.layer, 'auth');
      assert.match(result.failure!.message, /status 401: InvalidSignature/);
      assert.equal(layer(result, 'auth')!.detail!.statusCode, 401);
      assert.ok(!JSON.stringify(result).includes(WRONG_KEY));
      assert.deepEqual(peer.putTokens().map((t) => t.accepted), [false]);
    } finally {
      await peer.close();
    }
  });

  test('a hub the namespace does not have: operation fails as auth_failed with amqp:not-found explained', async () => {
    const peer = await startAmqpPeer({ cbs: { acceptKey: KEY }, ...HUBS });
    try {
      const result = await run({
        target: `amqp://127.0.0.1:${peer.port}`,
        auth: { connectionString: setEnv('AMQP_TEST_CS_NOHUB', connectionString(KEY, 'nosuchhub')) },
      });
      assert.equal(result.failure?.layer, 'operation');
      assert.equal(result.failure?.class, 'auth_failed');
      assert.match(result.failure!.message, /the event hub "nosuchhub" does not exist in the namespace myns\.servicebus\.windows\.net .*status 404/);
      assert.equal(layer(result, 'operation')!.detail!.errorCondition, 'amqp:not-found');
    } finally {
      await peer.close();
    }
  });

  test('an IP filter close with credentials: access_denied (at auth, where rhea opens)', async () => {
    const peer = await startAmqpPeer({ closeWith: { condition: 'amqp:unauthorized-access', description: 'Ip has been prevented to connect to the endpoint. TrackingId:1' }, cbs: { acceptKey: KEY }, ...HUBS });
    try {
      const result = await run({
        target: `amqp://127.0.0.1:${peer.port}`,
        auth: { connectionString: setEnv('AMQP_TEST_CS_IPF', connectionString(KEY, 'telemetry')) },
      });
      assert.equal(result.failure?.class, 'access_denied');
      assert.equal(result.failure?.layer, 'auth');
      assert.match(result.failure!.message, /Ip has been prevented to connect to the endpoint/);
    } finally {
      await peer.close();
    }
  });

  test('CBS never answered: the auth layer times out at the deadline, nothing left running', async () => {
    const peer = await startAmqpPeer({ cbs: { acceptKey: KEY, silent: true }, ...HUBS });
    try {
      const started = performance.now();
      const result = await run({
        target: `amqp://127.0.0.1:${peer.port}`,
        timeout: 800,
        auth: { connectionString: setEnv('AMQP_TEST_CS_SILENT', connectionString(KEY, 'telemetry')) },
      });
      assert.equal(result.failure?.layer, 'auth');
      assert.equal(result.failure?.class, 'timeout');
      assert.ok(performance.now() - started < 1800);
      for (let i = 0; i < 100 && peer.connections() > 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      assert.equal(peer.connections(), 0, 'the engine closed the connection at the deadline');
    } finally {
      await peer.close();
    }
  });

  test('amqps+ws with credentials: CBS and $management inside WebSocket frames', async () => {
    const peer = await startAmqpPeer({ tls: { key: certs.key, cert: certs.cert }, websocket: true, cbs: { acceptKey: KEY }, ...HUBS });
    try {
      const result = await run({
        target: `amqps+ws://127.0.0.1:${peer.port}`,
        tls: { ca: certs.caFile },
        auth: { connectionString: setEnv('AMQP_TEST_CS_WS', connectionString(KEY, 'telemetry')) },
      });
      assert.equal(result.status, 'pass', JSON.stringify(result.failure));
      assert.equal(layer(result, 'operation')!.detail!.partitionCount, 4);
      assert.equal(peer.unmaskedFrames(), 0);
    } finally {
      await peer.close();
    }
  });

  test('a connection string without a hub anywhere: an input error naming options.eventHub', async () => {
    const { amqpCheck } = await import('../../../src/checks/amqp.ts');
    const { ProbeRun } = await import('../../../src/engine/probe.ts');
    const spec = buildRunConfig({ checks: [{ target: 'amqp://127.0.0.1:1', auth: { connectionString: setEnv('AMQP_TEST_CS_NOENTITY', connectionString(KEY)) } }] } as never).checks[0];
    await assert.rejects(amqpCheck(spec.target, spec, new ProbeRun(new AbortController().signal, performance.now() + 1000)), /options\.eventHub/);
  });

  test('the CLI never prints the key: JSON report, text, JUnit and Markdown', async () => {
    const peer = await startAmqpPeer({ cbs: { acceptKey: KEY }, ...HUBS });
    const dir = mkdtempSync(join(tmpdir(), 'amqp-cli-'));
    try {
      const config = join(dir, 'checks.yaml');
      writeFileSync(config, [
        'checks:',
        `  - name: good-key`,
        `    target: amqp://127.0.0.1:${peer.port}`,
        '    auth: { connectionString: { env: EH_GOOD } }',
        `  - name: wrong-key`,
        `    target: amqp://127.0.0.1:${peer.port}`,
        '    auth: { connectionString: { env: EH_WRONG } }',
        '',
      ].join('\n'));
      const files = { report: join(dir, 'report.json'), junit: join(dir, 'junit.xml'), markdown: join(dir, 'summary.md') };
      const child = spawn(join(ROOT, 'node_modules/.bin/node'), [
        'src/cli.ts', 'run', '--no-imds', '--config', config, '--timeout', '3s',
        '--report', files.report, '--junit', files.junit, '--markdown', files.markdown, '--no-color',
      ], {
        cwd: ROOT,
        env: { ...process.env, VNETPROBE_IMDS: 'off', EH_GOOD: connectionString(KEY, 'telemetry'), EH_WRONG: connectionString(WRONG_KEY, 'telemetry') },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      clearTimeout(timer);
      assert.equal(code, 1, stderr);
      const report = JSON.parse(readFileSync(files.report, 'utf8'));
      const byName = Object.fromEntries(report.checks.map((c: CheckResult) => [c.name, c]));
      assert.equal(byName['good-key'].status, 'pass');
      assert.equal(byName['wrong-key'].failure.class, 'auth_failed');
      const outputs = { stdout, stderr, report: readFileSync(files.report, 'utf8'), junit: readFileSync(files.junit, 'utf8'), markdown: readFileSync(files.markdown, 'utf8') };
      for (const [name, text] of Object.entries(outputs)) {
        for (const secret of [KEY, WRONG_KEY, encodeURIComponent(KEY), encodeURIComponent(WRONG_KEY)]) {
          assert.ok(!text.includes(secret), `${name} contains a key`);
        }
        assert.ok(!/sig=/.test(text), `${name} contains a SAS signature`);
      }
      assert.match(stdout, /wrong-key/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await peer.close();
    }
  });
});
