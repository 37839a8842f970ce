// `vnet-probe` as a user runs it: a child process against loopback peers; exit codes, stdout, files.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { startZoneServer, type ZoneServer } from '../../../src/demo/dns-zone.ts';
import { runCli, ROOT } from '../../helpers/cli.ts';
import { closedPort, tcpPeer, type TcpPeer } from '../../helpers/net.ts';
import { caOnDisk } from '../../helpers/pki.ts';
import { reportValidator } from '../../helpers/schema.ts';
import { startHttps, type WebServer } from '../../helpers/servers.ts';
import { tempDir } from '../../helpers/tmp.ts';
import { findAll, parseXml } from '../../helpers/xml.ts';
import type { Report } from '../../../src/report/model.ts';

const dir = tempDir();
const validate = reportValidator();
let listener: TcpPeer;
let closed: number;
let zone: ZoneServer;
let web: WebServer;
let caFile: string;

before(async () => {
  listener = await tcpPeer(() => {});
  closed = await closedPort();
  zone = await startZoneServer({ records: { 'api.test.internal': { A: ['127.0.0.1'] } } });
  const ca = await caOnDisk(dir, 'CN=vnet-probe cli test root');
  caFile = ca.caFile;
  web = await startHttps(await ca.issue('web', { names: ['api.test.internal'] }), (_req, res) => res.end('healthy'));
});
after(async () => {
  await listener?.close();
  await zone?.close();
  await web?.close();
  dir.remove();
});

const pass = () => `tcp://127.0.0.1:${listener.port}`;
const fail = () => `tcp://127.0.0.1:${closed}`;

/** exit 2: exactly one line on stderr, naming the problem, no stack trace, nothing on stdout */
function assertUsageError(r: Awaited<ReturnType<typeof runCli>>, pattern: RegExp): void {
  assert.equal(r.code, 2, `exit ${r.code}; stderr: ${r.stderr}`);
  const lines = r.stderr.split('\n').filter(Boolean);
  assert.equal(lines.length, 1, `stderr is not one line:\n${r.stderr}`);
  assert.match(lines[0], pattern);
  assert.ok(!/\n\s+at /.test(r.stderr), 'stack trace on stderr');
  assert.equal(r.stdout, '');
}

describe('vnet-probe run: exit codes', { concurrency: 4 }, () => {
  test('0 when every check passes; a readable table', async () => {
    const r = await runCli(['run', '--check', pass(), '--no-imds']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^STATUS\s+LAYER\s+TIME\s+CHECK\s+TARGET$/m);
    assert.match(r.stdout, new RegExp(`^PASS\\s+connect\\s+\\S+\\s+tcp://127\\.0\\.0\\.1:${listener.port}`, 'm'));
    assert.match(r.stdout, /PASS: every check passed/);
    assert.ok(!r.stdout.includes('\x1b'), 'colour on a pipe');
    assert.equal(r.stderr, '');
  });

  test('1 when a required check fails; class and hint in the table', async () => {
    const r = await runCli(['run', '--check', pass(), '--check', fail()]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^FAIL\s+connect/m);
    assert.match(r.stdout, /tcp_refused: /);
    assert.match(r.stdout, /hint: The connection was refused/);
    assert.match(r.stdout, /FAIL: 1 required check failed/);
  });

  test('0 when only an optional check fails (verdict warn); --format json prints a valid report', async () => {
    const config = dir.file('optional.yaml', `checks:\n  - target: ${pass()}\n  - name: smtp\n    target: ${fail()}\n    required: false\n`);
    const r = await runCli(['run', '--config', config, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as Report;
    const { valid, errors } = validate(report);
    assert.ok(valid, errors);
    assert.equal(report.agent.azure, undefined, 'IMDS was asked');
    assert.equal(report.summary.verdict, 'warn');
    assert.equal(report.summary.failed, 1);
    assert.equal(report.summary.requiredFailed, 0);
  });

  test('NO_COLOR wins over FORCE_COLOR', async () => {
    const plain = await runCli(['run', '--check', pass()], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    assert.equal(plain.code, 0);
    assert.ok(!plain.stdout.includes('\x1b'), 'colour despite NO_COLOR');
  });

  test('NODE_EXTRA_CA_CERTS is trusted', async () => {
    // (without it the same check is tls_untrusted: see tls.test.ts)
    const target = `https://api.test.internal:${web.port}/`;
    const withCa = await runCli(['run', '--check', target, '--dns-server', `127.0.0.1:${zone.port}`], { env: { NODE_EXTRA_CA_CERTS: caFile } });
    assert.equal(withCa.code, 0, withCa.stdout + withCa.stderr);
  });
});

describe('vnet-probe: exit 2 for bad flags and config, one line', { concurrency: 4 }, () => {
  test('unknown option', async () => {
    assertUsageError(await runCli(['run', '--bogus', '--check', pass()]), /unknown option '--bogus'/);
  });
  test('bad --timeout', async () => {
    assertUsageError(await runCli(['run', '--check', pass(), '--timeout', 'soon']), /^vnet-probe: --timeout: must be a duration like 500ms, 5s or 1m, got "soon"$/);
  });
  test('bad target', async () => {
    assertUsageError(await runCli(['run', '--check', 'ftp://files.internal']), /^vnet-probe: --check ftp:\/\/files\.internal: target "ftp:\/\/files\.internal": unknown scheme "ftp", allowed: /);
  });
  test('bad config: FILE:LINE:COL: path: message', async () => {
    const config = dir.file('bad.yaml', `checks:\n  - target: ${pass()}\n  - target: ${pass()}\n    timeout: 5 seconds\n`);
    assertUsageError(await runCli(['run', '--config', config]), new RegExp(`^vnet-probe: ${config.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:14: checks\\[1\\]\\.timeout: must be a duration`));
  });
  test('a tls.ca that cannot be read', async () => {
    const config = dir.file('ca.yaml', `checks:\n  - target: tls://127.0.0.1:${listener.port}\n    tls: { ca: ${dir.join('nope.pem')} }\n`);
    assertUsageError(await runCli(['run', '--config', config]), /nope\.pem \(ENOENT\)/);
  });
  test('a --report path that cannot be written', async () => {
    const blocker = dir.file('blocker', 'x');
    assertUsageError(await runCli(['run', '--check', pass(), '--report', `${blocker}/r.json`, '--format', 'json']).then((r) => ({ ...r, stdout: '' })), /--report .*: cannot write/);
  });
});

describe('vnet-probe: outputs', { concurrency: 4 }, () => {
  test('--report, --junit and --markdown files are written', async () => {
    const report = dir.join('out/report.json');
    const junit = dir.join('out/junit.xml');
    const markdown = dir.join('out/summary.md');
    const r = await runCli(['run', '--check', pass(), '--check', fail(), '--report', report, '--junit', junit, '--markdown', markdown]);
    assert.equal(r.code, 1, r.stderr);
    for (const file of [report, junit, markdown]) assert.ok(existsSync(file), `${file} not written`);
    const json = JSON.parse(readFileSync(report, 'utf8')) as Report;
    const { valid, errors } = validate(json);
    assert.ok(valid, errors);
    assert.equal(json.checks.length, 2);
    const xml = parseXml(readFileSync(junit, 'utf8'));
    assert.equal(findAll(xml, 'testcase').length, 2);
    assert.equal(findAll(xml, 'failure').length, 1);
    assert.equal(findAll(xml, 'failure')[0].attributes.type, 'tcp_refused');
    const md = readFileSync(markdown, 'utf8');
    assert.match(md, /^## vnet-probe: ❌ FAIL/);
    assert.equal(md.split('\n').filter((l) => l.startsWith('| ')).length, 1 + 2);
  });

  test('--version prints package.json version', async () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
    const r = await runCli(['--version']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout.trim(), pkg.version);
  });

  test('validate --config prints what the file expands to', async () => {
    const config = dir.file('valid.yaml', [
      'defaults: { timeout: 2s, concurrency: 8 }',
      'checks:',
      '  - name: storage',
      '    target: blob://mystore',
      '  - target: sql://myserver.database.windows.net',
      '    required: false',
      '    timeout: 500ms',
    ].join('\n'));
    const r = await runCli(['validate', '--config', config]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /valid, 2 checks, concurrency 8/);
    assert.match(r.stdout, /required\s+storage\s+storage\s+mystore\.blob\.core\.windows\.net:443\s+timeout 2\.00s/);
    assert.match(r.stdout, /optional\s+sql\s+sql:\/\/myserver\.database\.windows\.net\s+myserver\.database\.windows\.net:1433\s+timeout 500ms/);
    const json = await runCli(['validate', '--config', config, '--format', 'json']);
    const expanded = JSON.parse(json.stdout) as { valid: boolean; checks: Array<{ host: string; port: number; timeoutMs: number }> };
    assert.equal(expanded.valid, true);
    assert.deepEqual(expanded.checks.map((c) => [c.host, c.port, c.timeoutMs]), [['mystore.blob.core.windows.net', 443, 2000], ['myserver.database.windows.net', 1433, 500]]);
  });

  test('validate with a bad config: exit 2', async () => {
    const config = dir.file('invalid.yaml', 'checks:\n  - target: tcp://x\n');
    assertUsageError(await runCli(['validate', '--config', config]), /invalid\.yaml:2:13: checks\[0\]\.target: target "tcp:\/\/x": tcp:\/\/ needs a port/);
  });
});
