import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import { after, before, describe, test } from 'node:test';
import { reportSchema } from '../../../src/report/model.ts';
import { VERSION } from '../../../src/version.ts';
import { issueCert, makeCa, type TestCa } from '../../fixtures/test-ca.ts';
import { closedPort, get, runCli, samples, startServe, tcpPeer, waitFor, type ServeProcess } from './serve-process.ts';

const PROMTOOL = '/usr/bin/promtool';
const hasPromtool = existsSync(PROMTOOL);

let dir: string;
before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vnetprobe-serve-'));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

function writeConfig(name: string, yaml: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, yaml);
  return file;
}

/** promtool's lint findings, one per line ('' when clean); exit status 1 would be a parse error. */
function promtoolCheck(exposition: string): { status: number | null; problems: string[] } {
  const run = spawnSync(PROMTOOL, ['check', 'metrics'], { input: exposition, encoding: 'utf8', timeout: 10_000 });
  const problems = `${run.stdout}${run.stderr}`.split('\n').map((l) => l.trim()).filter(Boolean);
  return { status: run.status, problems };
}

// the suites run side by side (each its own serve process); tests inside a suite run in order
describe('vnet-probe serve', { concurrency: true, timeout: 180_000 }, () => {
  describe('serve: metrics, report, readiness and /probe of loopback checks', { concurrency: 1 }, () => {
    let up: Awaited<ReturnType<typeof tcpPeer>>;
    let silent: Awaited<ReturnType<typeof tcpPeer>>;
    let closed: number;
    let serve: ServeProcess;

    before(async () => {
      up = await tcpPeer();
      silent = await tcpPeer({ hold: true });
      closed = await closedPort();
      const config = writeConfig('main.yaml', [
        'defaults: { interval: 2s, timeout: 1s }',
        'serve:',
        "  allowTargets: ['127.0.0.0/8', '*.allowed.test']",
        'checks:',
        `  - { name: up, target: "tcp://127.0.0.1:${up.port}" }`,
        `  - { name: down, target: "tcp://127.0.0.1:${closed}", required: false }`,
        `  - { name: silent, target: "http://127.0.0.1:${silent.port}/", timeout: 4s, interval: 5s }`,
        '',
      ].join('\n'));
      serve = await startServe(['--config', config]);
    });
    after(async () => {
      await serve?.kill();
      await up?.close();
      await silent?.close();
    });

    test('/readyz is 503 until every check has run once, then 200; /healthz is 200 throughout', async () => {
      // "silent" cannot finish before its 4 s deadline, even on a loaded machine
      const early = await get(`${serve.base}/readyz`);
      assert.equal(early.status, 503);
      assert.match(early.body, /not ready: \d of 3 checks have not run yet/);
      assert.equal((await get(`${serve.base}/healthz`)).status, 200);
      await waitFor('/readyz 200', async () => ((await get(`${serve.base}/readyz`)).status === 200 ? true : undefined), 20_000, 100);
    });

    test('/metrics has every series with check, kind, target and required labels', async () => {
      const text = await waitFor('a round', async () => {
        const body = (await get(`${serve.base}/metrics`)).body;
        return samples(body, 'vnetprobe_check_success').length === 3 && samples(body, 'vnetprobe_last_round_timestamp_seconds').length === 1 ? body : undefined;
      }, 20_000, 100);
      const success = samples(text, 'vnetprobe_check_success');
      const byCheck = Object.fromEntries(success.map((s) => [s.labels.check, s]));
      assert.deepEqual(byCheck.up.labels, { check: 'up', kind: 'tcp', target: `tcp://127.0.0.1:${up.port}`, required: 'true' });
      assert.equal(byCheck.up.value, 1);
      assert.deepEqual(byCheck.down.labels, { check: 'down', kind: 'tcp', target: `tcp://127.0.0.1:${closed}`, required: 'false' });
      assert.equal(byCheck.down.value, 0);
      assert.equal(byCheck.silent.value, 0);

      const failures = samples(text, 'vnetprobe_check_failures_total');
      assert.ok(failures.some((f) => f.labels.check === 'down' && f.labels.class === 'tcp_refused' && f.value >= 1));
      assert.ok(failures.some((f) => f.labels.check === 'silent' && f.labels.class === 'protocol_timeout'));
      assert.ok(!failures.some((f) => f.labels.check === 'up'), 'no failure series for a passing check');

      const layers = samples(text, 'vnetprobe_check_layer_duration_seconds').filter((s) => s.labels.check === 'up');
      assert.deepEqual(layers.map((l) => l.labels.layer).sort(), ['connect', 'resolve']);
      assert.ok(samples(text, 'vnetprobe_check_runs_total').every((s) => s.value >= 1));
      assert.equal(samples(text, 'vnetprobe_check_duration_seconds').length, 3);
      assert.equal(samples(text, 'vnetprobe_check_latency_seconds_count').length, 3);
      assert.deepEqual(samples(text, 'vnetprobe_build_info'), [{ labels: { version: VERSION }, value: 1 }]);
      const round = samples(text, 'vnetprobe_last_round_timestamp_seconds')[0].value;
      assert.ok(Math.abs(round - Date.now() / 1000) < 30, `last round ${round} is recent`);
      assert.ok(samples(text, 'process_cpu_user_seconds_total').length === 1, 'default process metrics are there');
      // no private-answer series without expect.dns: private or a privatelink name; no cert without TLS
      assert.equal(samples(text, 'vnetprobe_dns_private_answer').length, 0);
      assert.equal(samples(text, 'vnetprobe_tls_cert_not_after_timestamp_seconds').length, 0);
      assert.ok(!/127\.0\.0\.1"/.test(text.replace(/target="[^"]*"/g, '')), 'no addresses in labels other than the target');

      if (hasPromtool) {
        const { status, problems } = promtoolCheck(text);
        assert.notEqual(status, 1, `promtool could not parse the exposition: ${problems.join('; ')}`);
        // prom-client's own nodejs_active_*_total gauges are the only lint findings
        const ours = problems.filter((p) => !/^nodejs_active_(handles|requests|resources)_total /.test(p));
        assert.deepEqual(ours, []);
      }
    });

    test('/report is the schema-v1 report of the latest results', async () => {
      const res = await get(`${serve.base}/report`);
      assert.equal(res.status, 200);
      assert.match(String(res.headers['content-type']), /application\/json/);
      const report = reportSchema.parse(JSON.parse(res.body));
      assert.deepEqual(report.checks.map((c) => c.name), ['up', 'down', 'silent']);
      assert.equal(report.checks[0].status, 'pass');
      assert.equal(report.checks[1].failure?.class, 'tcp_refused');
      assert.equal(report.checks[2].failure?.class, 'protocol_timeout');
      assert.equal(report.summary.verdict, 'fail');
      assert.equal(report.agent.hostname.length > 0, true);
      assert.equal((report.agent as { imds?: { status: string } }).imds?.status, 'disabled');
    });

    test('/probe?check=NAME runs that check now and answers its metrics only', async () => {
      const res = await get(`${serve.base}/probe?check=up`);
      assert.equal(res.status, 200);
      assert.match(String(res.headers['content-type']), /text\/plain/);
      assert.deepEqual(samples(res.body, 'vnetprobe_check_success'), [{ labels: { check: 'up', kind: 'tcp', target: `tcp://127.0.0.1:${up.port}`, required: 'true' }, value: 1 }]);
      assert.equal(samples(res.body, 'process_cpu_user_seconds_total').length, 0);
      const down = await get(`${serve.base}/probe?check=down`);
      assert.equal(samples(down.body, 'vnetprobe_check_success')[0].value, 0);
      assert.equal(samples(down.body, 'vnetprobe_check_failures_total')[0].labels.class, 'tcp_refused');
      if (hasPromtool) assert.equal(promtoolCheck(res.body).status, 0);
      const missing = await get(`${serve.base}/probe?check=nope`);
      assert.equal(missing.status, 404);
    });

    test('/probe?target= runs allowed targets only; the agent is no open proxy', async () => {
      const allowed = await get(`${serve.base}/probe?target=${encodeURIComponent(`tcp://127.0.0.1:${up.port}`)}`);
      assert.equal(allowed.status, 200);
      assert.equal(samples(allowed.body, 'vnetprobe_check_success')[0].value, 1);

      // refused before any packet is sent: 10.0.0.1 is only data here
      const outside = await get(`${serve.base}/probe?target=${encodeURIComponent('tcp://10.0.0.1:80')}`);
      assert.equal(outside.status, 403);
      assert.equal(outside.body.trim().split('\n').length, 1);
      assert.match(outside.body, /10\.0\.0\.1 is not in serve\.allowTargets/);
      // a CIDR matches IP literals only, never a name
      assert.equal((await get(`${serve.base}/probe?target=${encodeURIComponent(`tcp://localhost:${up.port}`)}`)).status, 403);
      assert.equal((await get(`${serve.base}/probe?target=${encodeURIComponent('dns://10.0.0.1/x.allowed.test')}`)).status, 403);
      assert.equal((await get(`${serve.base}/probe?target=not-a-url`)).status, 400);
      assert.equal((await get(`${serve.base}/probe`)).status, 400);
    });

    test('unknown paths are 404, other methods 405, bodies 413', async () => {
      assert.equal((await get(`${serve.base}/nope`)).status, 404);
      const post = await get(`${serve.base}/metrics`, { method: 'POST' });
      assert.equal(post.status, 405);
      assert.equal(post.headers.allow, 'GET, HEAD');
      assert.equal((await get(`${serve.base}/metrics`, { headers: { 'content-length': '0' } })).status, 200);
    });

    test('state changes are logged once, not every run', async () => {
      await waitFor('a few rounds', async () => {
        const body = (await get(`${serve.base}/metrics`)).body;
        return samples(body, 'vnetprobe_check_runs_total').filter((s) => s.labels.check !== 'silent').every((s) => s.value >= 2) ? true : undefined;
      }, 20_000, 200);
      const first = serve.logs.filter((l) => l.msg === 'first result');
      assert.deepEqual(first.map((l) => l.check).sort(), ['down', 'silent', 'up']);
      const down = first.find((l) => l.check === 'down')!;
      assert.equal(down.level, 'warn');
      assert.equal(down.class, 'tcp_refused');
      assert.equal(serve.logs.filter((l) => l.check === 'down').length, 1, 'a check that keeps failing logs once');
    });
  });

  describe('serve: basic auth and TLS', { concurrency: 1 }, () => {
    let ca: TestCa;
    let serve: ServeProcess;
    let tlsPeer: tls.Server;
    let notAfter: Date;
    const password = 'correct horse battery staple';
    before(async () => {
      ca = await makeCa();
      const cert = await issueCert(ca, { names: ['127.0.0.1'] });
      const peer = await closedPort();
      notAfter = new Date(Math.floor(Date.now() / 1000) * 1000 + 90 * 86_400_000);
      const peerCert = await issueCert(ca, { names: ['127.0.0.1'], notAfter });
      tlsPeer = tls.createServer({ cert: peerCert.certPem, key: peerCert.keyPem }, (socket) => socket.end());
      tlsPeer.on('tlsClientError', () => {});
      await new Promise<void>((resolve) => tlsPeer.listen(0, '127.0.0.1', resolve));
      const tlsPort = (tlsPeer.address() as AddressInfo).port;
      const config = writeConfig('auth.yaml', [
        'defaults: { interval: 5s, timeout: 1s }',
        'serve:',
        '  auth: { basic: { username: prom, password: { env: VNETPROBE_TEST_SCRAPE_PASSWORD } } }',
        `  tls: { cert: ${JSON.stringify(cert.certFile)}, key: ${JSON.stringify(cert.keyFile)} }`,
        'checks:',
        `  - { name: down, target: "tcp://127.0.0.1:${peer}" }`,
        `  - { name: cert, target: "tls://127.0.0.1:${tlsPort}", tls: { ca: ${JSON.stringify(ca.certFile)} }, expect: { dns: private } }`,
        '',
      ].join('\n'));
      serve = await startServe(['--config', config], { env: { VNETPROBE_TEST_SCRAPE_PASSWORD: password }, https: true });
    });
    after(async () => {
      await serve?.kill();
      await new Promise((resolve) => (tlsPeer ? tlsPeer.close(resolve) : resolve(undefined)));
      ca?.cleanup();
    });

    test('401 with WWW-Authenticate without or with wrong credentials, 200 with the right ones, over https', async () => {
      const basic = (user: string, pass: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}` });
      const none = await get(`${serve.base}/metrics`, { ca: ca.certPem });
      assert.equal(none.status, 401);
      assert.match(String(none.headers['www-authenticate']), /^Basic realm="vnet-probe"/);
      assert.equal((await get(`${serve.base}/metrics`, { ca: ca.certPem, headers: basic('prom', 'wrong') })).status, 401);
      assert.equal((await get(`${serve.base}/report`, { ca: ca.certPem, headers: basic('other', password) })).status, 401);
      assert.equal((await get(`${serve.base}/probe?check=down`, { ca: ca.certPem })).status, 401);
      const ok = await get(`${serve.base}/metrics`, { ca: ca.certPem, headers: basic('prom', password) });
      assert.equal(ok.status, 200);
      assert.match(ok.body, /vnetprobe_build_info/);
      // health endpoints answer orchestrators without credentials
      assert.equal((await get(`${serve.base}/healthz`, { ca: ca.certPem })).status, 200);
      // plain http to the https listener gets nothing useful
      const plain = await get(`http://${serve.address}/metrics`, { timeoutMs: 3000 }).then((r) => r.status, () => 'no answer');
      assert.notEqual(plain, 200);
      assert.ok(!serve.stderr().includes(password), 'the password is never logged');
    });

    test('a TLS check exposes its certificate expiry; expect.dns private exposes the private answer', async () => {
      const headers = { authorization: `Basic ${Buffer.from(`prom:${password}`).toString('base64')}` };
      const text = await waitFor('the cert check', async () => {
        const body = (await get(`${serve.base}/metrics`, { ca: ca.certPem, headers })).body;
        return samples(body, 'vnetprobe_tls_cert_not_after_timestamp_seconds').length > 0 ? body : undefined;
      }, 20_000, 100);
      const [expiry] = samples(text, 'vnetprobe_tls_cert_not_after_timestamp_seconds');
      assert.equal(expiry.labels.check, 'cert');
      assert.equal(expiry.value, notAfter.getTime() / 1000);
      assert.deepEqual(samples(text, 'vnetprobe_dns_private_answer').map((s) => [s.labels.check, s.value]), [['cert', 1]]);
      assert.equal(samples(text, 'vnetprobe_check_success').find((s) => s.labels.check === 'cert')?.value, 1);
    });
  });

  describe('serve: SIGHUP reload', { concurrency: 1 }, () => {
    let serve: ServeProcess;
    let peer: Awaited<ReturnType<typeof tcpPeer>>;
    after(async () => {
      await serve?.kill();
      await peer?.close();
    });

    test('a good config adds and removes series; a bad one is logged and the old one keeps running', async () => {
      peer = await tcpPeer();
      const target = `tcp://127.0.0.1:${peer.port}`;
      const file = writeConfig('reload.yaml', `defaults: { interval: 500ms, timeout: 300ms }\nchecks:\n  - { name: alpha, target: "${target}" }\n`);
      serve = await startServe(['--config', file]);
      const metrics = async () => (await get(`${serve.base}/metrics`)).body;
      const checksIn = (body: string) => samples(body, 'vnetprobe_check_success').map((s) => s.labels.check).sort().join(',');
      await waitFor('alpha', async () => (checksIn(await metrics()) === 'alpha' ? true : undefined), 20_000);

      writeFileSync(file, `defaults: { interval: 500ms, timeout: 300ms }\nchecks:\n  - { name: beta, target: "${target}", required: false }\n`);
      serve.child.kill('SIGHUP');
      const reloaded = await serve.waitForLog((l) => l.msg === 'reload ok');
      assert.deepEqual(reloaded.added, ['beta']);
      assert.deepEqual(reloaded.removed, ['alpha']);
      await waitFor('beta without alpha', async () => (checksIn(await metrics()) === 'beta' ? true : undefined), 20_000);
      const body = await metrics();
      assert.ok(!body.includes('check="alpha"'), 'every series of the removed check is gone');
      assert.equal(samples(body, 'vnetprobe_check_success')[0].labels.required, 'false');

      writeFileSync(file, 'checks:\n  - { target: "nope://x" }\n');
      serve.child.kill('SIGHUP');
      const failed = await serve.waitForLog((l) => l.msg.startsWith('reload failed'));
      assert.equal(failed.level, 'error');
      assert.match(String(failed.err), /unknown scheme "nope"/);
      assert.equal(serve.stderr().split('\n').filter((l) => l.includes('reload failed')).length, 1, 'one line');
      const runs = samples(await metrics(), 'vnetprobe_check_runs_total')[0].value;
      await waitFor('beta still running', async () => (samples(await metrics(), 'vnetprobe_check_runs_total')[0].value > runs ? true : undefined), 20_000);
      assert.equal(checksIn(await metrics()), 'beta');
      assert.equal(serve.child.exitCode, null);
    });
  });

  describe('serve: SIGTERM', { concurrency: 1 }, () => {
    test('with a check in flight: waits for it up to its deadline, then exits 0', async () => {
      const hold = await tcpPeer({ hold: true });
      let serve: ServeProcess | undefined;
      try {
        serve = await startServe(['--check', `http://127.0.0.1:${hold.port}/`, '--timeout', '2s', '--interval', '3s']);
        await waitFor('the check in flight', () => (hold.connections > 0 ? true : undefined), 20_000, 20);
        const t0 = Date.now();
        serve.child.kill('SIGTERM');
        const exit = await Promise.race([
          serve.exited,
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error('serve did not exit within 15 s')), 15_000)),
        ]);
        const elapsed = Date.now() - t0;
        assert.deepEqual(exit, { code: 0, signal: null });
        // the check's 2 s deadline plus the stop grace, with room for a loaded machine
        assert.ok(elapsed < 10_000, `exited after ${elapsed} ms`);
        const msgs = serve.logs.map((l) => l.msg);
        assert.ok(msgs.includes('shutting down: waiting for the checks in flight'));
        assert.equal(msgs.at(-1), 'stopped');
        // the check in flight finished (at its deadline) before the exit
        assert.ok(serve.logs.some((l) => l.msg === 'first result' && l.class === 'protocol_timeout'), serve.stderr());
      } finally {
        await serve?.kill();
        await hold.close();
      }
    });
  });

  describe('serve: input errors', { concurrency: 1 }, () => {
    test('a timeout not below the interval is an input error naming the check (exit 2)', async () => {
      const file = writeConfig('bad-interval.yaml', 'checks:\n  - { name: slowpoke, target: "tcp://127.0.0.1:9", timeout: 5s, interval: 5s }\n');
      const run = await runCli(['serve', '--no-imds', '--listen', '127.0.0.1:0', '--config', file]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /check "slowpoke": its timeout \(5000 ms\) must be below its interval \(5000 ms\)/);
    });

    test('a bad --listen is an input error (exit 2)', async () => {
      const run = await runCli(['serve', '--no-imds', '--listen', 'nowhere', '--check', 'tcp://127.0.0.1:9']);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /--listen: "nowhere" must be HOST:PORT/);
    });
  });

  describe('run --metrics-file', { concurrency: 1 }, () => {
    test('writes the metrics for the textfile collector atomically, without process metrics', async () => {
      const peer = await tcpPeer();
      const closed = await closedPort();
      try {
        const out = path.join(dir, 'textfile', 'vnetprobe.prom');
        const run = await runCli(['run', '--no-imds', '--check', `tcp://127.0.0.1:${peer.port}`, '--check', `tcp://127.0.0.1:${closed}`, '--metrics-file', out]);
        assert.equal(run.status, 1, run.stderr);
        assert.deepEqual(readdirSync(path.dirname(out)), ['vnetprobe.prom'], 'no temp file left behind');
        const text = readFileSync(out, 'utf8');
        assert.deepEqual(samples(text, 'vnetprobe_check_success').map((s) => s.value), [1, 0]);
        assert.equal(samples(text, 'vnetprobe_check_failures_total')[0].labels.class, 'tcp_refused');
        assert.equal(samples(text, 'vnetprobe_last_round_timestamp_seconds').length, 1);
        assert.ok(!/^process_|^nodejs_/m.test(text), 'node_exporter has its own process metrics');
        if (hasPromtool) assert.deepEqual(promtoolCheck(text), { status: 0, problems: [] });
      } finally {
        await peer.close();
      }
    });
  });
});
