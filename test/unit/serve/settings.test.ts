import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { after, before, test } from 'node:test';
import { readSecret } from '../../../src/config/secrets.ts';
import { reportSchema, type Report } from '../../../src/report/model.ts';
import { createLogger } from '../../../src/serve/log.ts';
import { buildServeReport } from '../../../src/serve/report.ts';
import { loadServeSettings, parseListen } from '../../../src/serve/settings.ts';
import { renderRunMetrics, writeFileAtomically } from '../../../src/serve/textfile.ts';

let dir: string;
before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vnetprobe-serve-unit-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function config(name: string, yaml: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, yaml);
  return file;
}

test('--listen / serve.listen: HOST:PORT, [IPv6]:PORT, :PORT, port 0', () => {
  assert.deepEqual(parseListen('0.0.0.0:9464', 'x'), { host: '0.0.0.0', port: 9464, text: '0.0.0.0:9464' });
  assert.deepEqual(parseListen('[::1]:0', 'x'), { host: '::1', port: 0, text: '[::1]:0' });
  assert.deepEqual(parseListen(':9100', 'x'), { host: '0.0.0.0', port: 9100, text: ':9100' });
  assert.equal(parseListen('localhost:80', 'x').host, 'localhost');
  assert.throws(() => parseListen('9464', '--listen'), /--listen: "9464" must be HOST:PORT/);
  assert.throws(() => parseListen('h:70000', 'serve.listen'), /serve\.listen/);
});

test('settings: flags over serve.listen over the default; per-check interval and timeout', () => {
  const file = config('a.yaml', [
    'defaults: { interval: 10s, timeout: 2s }',
    'serve: { listen: "127.0.0.1:9999", allowTargets: ["*.contoso.internal"] }',
    'checks:',
    '  - { name: fast, target: "tcp://127.0.0.1:1", interval: 1s, timeout: 500ms }',
    '  - { name: slow, target: "tcp://127.0.0.1:2" }',
    '',
  ].join('\n'));
  const s = loadServeSettings({ config: file });
  assert.equal(s.listen.text, '127.0.0.1:9999');
  assert.deepEqual(s.config.checks.map((c) => [c.name, c.intervalMs, c.timeoutMs]), [['fast', 1000, 500], ['slow', 10_000, 2000]]);
  assert.equal(s.allow.allowsHost('a.contoso.internal'), true);
  assert.equal(loadServeSettings({ config: file, listen: '127.0.0.1:0' }).listen.port, 0);
  assert.equal(loadServeSettings({ check: ['tcp://127.0.0.1:1'] }).listen.text, '0.0.0.0:9464');
  // ad-hoc targets take the config's defaults and never follow redirects
  const adhoc = s.adhoc('https://api.contoso.internal/health');
  assert.equal(adhoc.timeoutMs, 2000);
  assert.equal(adhoc.http.followRedirects, false);
});

test('settings: a timeout not below its interval names the check', () => {
  assert.throws(() => loadServeSettings({ check: ['tcp://127.0.0.1:1'], interval: '1s', timeout: '1s' }), /check "tcp:\/\/127\.0\.0\.1:1": its timeout \(1000 ms\) must be below its interval \(1000 ms\)/);
});

test('settings: auth password from env, TLS files must exist', () => {
  process.env.VNETPROBE_UNIT_SERVE_PW = 'pw-from-env-123';
  const file = config('auth.yaml', 'serve: { auth: { basic: { username: u, password: { env: VNETPROBE_UNIT_SERVE_PW } } } }\nchecks: [ { target: "tcp://127.0.0.1:1" } ]\n');
  const s = loadServeSettings({ config: file });
  assert.equal(s.auth?.username, 'u');
  assert.equal(s.auth?.password.reveal(), 'pw-from-env-123');
  delete process.env.VNETPROBE_UNIT_SERVE_PW;
  assert.throws(() => loadServeSettings({ config: file }), /serve\.auth\.basic\.password: environment variable VNETPROBE_UNIT_SERVE_PW is not set/);
  const tlsFile = config('tls.yaml', `serve: { tls: { cert: ${JSON.stringify(path.join(dir, 'missing.pem'))}, key: k.pem } }\nchecks: [ { target: "tcp://127.0.0.1:1" } ]\n`);
  assert.throws(() => loadServeSettings({ config: tlsFile }), /serve\.tls\.cert: cannot read .*missing\.pem \(ENOENT\)/);
});

test('logs: JSON lines, secrets scrubbed from messages and fields', () => {
  process.env.VNETPROBE_UNIT_LOG_SECRET = 'hunter2-very-secret';
  readSecret({ env: 'VNETPROBE_UNIT_LOG_SECRET' }, 'x');
  delete process.env.VNETPROBE_UNIT_LOG_SECRET;
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk, _e, done) => { lines.push(String(chunk)); done(); } });
  const log = createLogger('info', sink);
  log.debug('not written');
  log.warn({ check: 'c', message: 'login with hunter2-very-secret failed' }, 'failing: hunter2-very-secret');
  assert.equal(lines.length, 1);
  const line = JSON.parse(lines[0]);
  assert.equal(line.level, 'warn');
  assert.equal(line.check, 'c');
  assert.ok(!lines[0].includes('hunter2'), lines[0]);
  assert.match(line.msg, /\[redacted\]/);
});

test('report: latest results in config order, not-yet-run checks as skips, valid schema v1', () => {
  const s = loadServeSettings({ check: ['tcp://127.0.0.1:1', 'tcp://127.0.0.1:2'] });
  const [a, b] = s.config.checks;
  const result = { name: a.name, kind: 'tcp' as const, target: a.target.raw, host: '127.0.0.1', port: 1, required: true, status: 'pass' as const, durationMs: 3, layers: [], failure: null };
  const report = buildServeReport({
    version: '9.9.9',
    agent: { hostname: 'h', addresses: [], resolvers: [] },
    checks: [{ spec: a, latest: { result, startedAt: new Date(1000), finishedAt: new Date(1500) } }, { spec: b, latest: undefined }],
    skipped: [{ name: 'sql', reason: 'no --sql-server given', required: true }],
  });
  reportSchema.parse(report);
  assert.deepEqual(report.checks.map((c) => [c.name, c.status, c.skipReason]), [[a.name, 'pass', undefined], [b.name, 'skip', 'not run yet'], ['sql', 'skip', 'no --sql-server given']]);
  assert.equal(report.durationMs, 500);
  assert.equal(report.startedAt, new Date(1000).toISOString());
});

test('textfile: run metrics without process metrics; atomic write leaves no temp file', async () => {
  const s = loadServeSettings({ check: ['tcp://127.0.0.1:1'] });
  const [spec] = s.config.checks;
  const report: Report = {
    schemaVersion: 1, tool: { name: 'vnet-probe', version: '1' }, startedAt: '2026-01-01T00:00:00.000Z', finishedAt: '2026-01-01T00:00:01.000Z', durationMs: 1000,
    agent: { hostname: 'h', addresses: [], resolvers: [] },
    summary: { total: 1, passed: 0, warned: 0, failed: 1, skipped: 0, requiredFailed: 1, verdict: 'fail' },
    checks: [{ name: spec.name, kind: 'tcp', target: spec.target.raw, host: '127.0.0.1', port: 1, required: true, status: 'fail', durationMs: 1, layers: [{ layer: 'connect', ok: false, durationMs: 1 }], failure: { layer: 'connect', class: 'tcp_refused', message: 'm', hint: 'h' } }],
  };
  const text = await renderRunMetrics(s.config.checks, report, '1');
  assert.match(text, /^vnetprobe_check_success\{check="tcp:\/\/127\.0\.0\.1:1",kind="tcp",target="tcp:\/\/127\.0\.0\.1:1",required="true"\} 0$/m);
  assert.match(text, /^vnetprobe_last_round_timestamp_seconds 1767225601$/m);
  assert.doesNotMatch(text, /^process_/m);
  const out = path.join(dir, 'tf', 'x.prom');
  writeFileAtomically(out, text, '--metrics-file');
  writeFileAtomically(out, text, '--metrics-file');
  assert.deepEqual(readdirSync(path.dirname(out)), ['x.prom']);
  assert.equal(readFileSync(out, 'utf8'), text);
  assert.throws(() => writeFileAtomically(path.join(out, 'under-a-file.prom'), text, '--metrics-file'), /--metrics-file .*under-a-file\.prom: cannot write/);
});
