// Real reports validate against the shipped schema/report.v1.json; the shipped file is what the model generates.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { executeRun } from '../../../src/commands/run.ts';
import { buildRunConfig } from '../../../src/config/load.ts';
import { startZoneServer, type ZoneServer } from '../../../src/demo/dns-zone.ts';
import { days } from '../../../src/demo/pki.ts';
import { reportSchema, type Report } from '../../../src/report/model.ts';
import { NODE, ROOT, runCli } from '../../helpers/cli.ts';
import { closedPort, silentServer, type TcpPeer } from '../../helpers/net.ts';
import { caOnDisk } from '../../helpers/pki.ts';
import { reportValidator } from '../../helpers/schema.ts';
import { startHttps, type WebServer } from '../../helpers/servers.ts';
import { tempDir } from '../../helpers/tmp.ts';

const dir = tempDir();
const validate = reportValidator();
let zone: ZoneServer;
let web: WebServer;
let silent: TcpPeer;
let configFile: string;

before(async () => {
  zone = await startZoneServer({
    records: {
      'api.test.internal': { A: ['127.0.0.1'] },
      'leaky.blob.core.windows.net': { CNAME: 'leaky.privatelink.blob.core.windows.net' },
      'leaky.privatelink.blob.core.windows.net': { A: ['20.60.222.100'] },
    },
  });
  const ca = await caOnDisk(dir, 'CN=vnet-probe schema test root');
  web = await startHttps(await ca.issue('web', { names: ['api.test.internal'], notAfter: days(3) }), (req, res) => res.writeHead(req.url === '/health' ? 200 : 500).end('ok'));
  silent = await silentServer();
  const server = `127.0.0.1:${zone.port}`;
  configFile = dir.file('mixed.yaml', [
    'defaults:',
    '  timeout: 4s',
    `  dns: { server: "${server}" }`,
    `  tls: { ca: "${ca.caFile}" }`,
    'checks:',
    `  - { name: dns-leak, target: "dns://${server}/leaky.blob.core.windows.net" }`,
    `  - { name: dns-missing, target: "dns://${server}/nothere.internal" }`,
    `  - { name: health, target: "https://api.test.internal:${web.port}/health", expect: { body: ok } }`,
    `  - { name: broken, target: "https://api.test.internal:${web.port}/broken", required: false }`,
    `  - { name: refused, target: "tcp://127.0.0.1:${await closedPort()}" }`,
    `  - { name: silent, target: "tls://127.0.0.1:${silent.port}", timeout: 1s }`,
  ].join('\n'));
});
after(async () => {
  await zone?.close();
  await web?.close();
  await silent?.close();
  dir.remove();
});

test('scripts/check-schema.ts passes: schema/report.v1.json is what the model generates', async () => {
  const child = spawn(NODE, ['scripts/check-schema.ts'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => { stderr += c; });
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  assert.equal(code, 0, stderr);
});

test('a real report from the CLI (pass, warn, fail, timeout, optional) validates', async () => {
  const r = await runCli(['run', '--config', configFile, '--format', 'json']);
  assert.equal(r.code, 1, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  const { valid, errors } = validate(report);
  assert.ok(valid, errors);
  assert.ok(reportSchema.safeParse(report).success);
  const byName = Object.fromEntries(report.checks.map((c) => [c.name, c]));
  assert.equal(byName['dns-leak'].status, 'warn');
  assert.equal(byName['dns-missing'].failure?.class, 'dns_nxdomain');
  assert.equal(byName.health.status, 'warn', 'the certificate expires in 3 days');
  assert.equal(byName.broken.failure?.class, 'http_status');
  assert.equal(byName.refused.failure?.class, 'tcp_refused');
  assert.equal(byName.silent.failure?.class, 'tls_timeout');
  assert.deepEqual(report.summary, { total: 6, passed: 0, warned: 2, failed: 4, skipped: 0, requiredFailed: 3, verdict: 'fail' });
});

test('an in-process report with skipped profile checks validates', async () => {
  const config = buildRunConfig({ checks: [{ target: `tls://127.0.0.1:${silent.port}`, timeout: 200 }] } as never);
  config.skipped.push({ name: 'sql', reason: 'no --sql-server given', required: true });
  const report = await executeRun(config, { imds: false });
  const { valid, errors } = validate(report);
  assert.ok(valid, errors);
  assert.equal(report.summary.skipped, 1);
  assert.equal(report.checks.at(-1)?.status, 'skip');
});

test('the schema is not vacuous: broken reports are rejected', async () => {
  const r = await runCli(['run', '--check', `tcp://127.0.0.1:${silent.port}`, '--format', 'json']);
  const good = JSON.parse(r.stdout) as Report;
  assert.ok(validate(good).valid, validate(good).errors);
  const broken: Array<[string, (x: any) => void]> = [
    ['unknown failure class', (x) => { x.checks[0].failure = { layer: 'connect', class: 'tcp_exploded', message: 'm', hint: 'h' }; }],
    ['unknown layer', (x) => { x.checks[0].layers[0].layer = 'transport'; }],
    ['missing summary', (x) => { delete x.summary; }],
    ['schema version 2', (x) => { x.schemaVersion = 2; }],
    ['bad status', (x) => { x.checks[0].status = 'ok'; }],
    ['port out of range', (x) => { x.checks[0].port = 70000; }],
    ['negative duration', (x) => { x.durationMs = -1; }],
    ['bad timestamp', (x) => { x.startedAt = 'yesterday'; }],
  ];
  for (const [why, mutate] of broken) {
    const copy = structuredClone(good);
    mutate(copy);
    assert.equal(validate(copy).valid, false, `accepted a report with ${why}`);
  }
});
