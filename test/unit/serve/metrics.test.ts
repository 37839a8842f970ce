import assert from 'node:assert/strict';
import http from 'node:http';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import type { CheckResult } from '../../../src/report/model.ts';
import { createLogger } from '../../../src/serve/log.ts';
import { expectsPrivateAnswer, LATENCY_BUCKETS, ProbeMetrics } from '../../../src/serve/metrics.ts';
import { closeServer, createServeServer, listen } from '../../../src/serve/server.ts';

function pass(name = 'storage', extra: Partial<CheckResult> = {}): CheckResult {
  return {
    name, kind: 'storage', target: 'blob://mystore', host: 'mystore.blob.core.windows.net', port: 443, required: true, status: 'pass', durationMs: 42,
    layers: [
      { layer: 'resolve', ok: true, durationMs: 2, detail: { chain: ['mystore.blob.core.windows.net', 'mystore.privatelink.blob.core.windows.net'], addresses: ['10.0.2.5'], private: true } },
      { layer: 'connect', ok: true, durationMs: 3 },
      { layer: 'tls', ok: true, durationMs: 10, detail: { notAfter: '2030-01-02T03:04:05.000Z' } },
      { layer: 'protocol', ok: true, durationMs: 20 },
    ],
    failure: null,
    ...extra,
  };
}

function failAtConnect(name = 'storage'): CheckResult {
  return {
    ...pass(name),
    status: 'fail',
    durationMs: 5000,
    layers: [
      { layer: 'resolve', ok: true, durationMs: 2, detail: { chain: ['mystore.blob.core.windows.net', 'mystore.privatelink.blob.core.windows.net', 'blob.x.store.core.windows.net'], addresses: ['20.1.2.3'], private: false } },
      { layer: 'connect', ok: false, durationMs: 4990 },
    ],
    failure: { layer: 'connect', class: 'tcp_timeout', message: 'no answer', hint: 'nsg' },
  };
}

/** The samples of one family in the exposition; undefined when the family is not there at all. */
async function values(metrics: ProbeMetrics, name: string) {
  const text = await metrics.expose();
  if (!text.includes(`# TYPE ${name} `)) return undefined;
  const out: Array<{ labels: Record<string, string>; value: number }> = [];
  for (const line of text.split('\n')) {
    const m = /^(\w+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const labels: Record<string, string> = {};
    for (const [, k, v] of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[k] = v.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    out.push({ labels, value: Number(m[3]) });
  }
  return out;
}

const LABELS = { check: 'storage', kind: 'storage', target: 'blob://mystore', required: 'true' };

test('a passing run: success, durations per layer, cert expiry and the private answer', async () => {
  const m = new ProbeMetrics({ profile: 'serve', version: '1.2.3' });
  m.record(pass());
  assert.deepEqual(await values(m, 'vnetprobe_check_success'), [{ labels: LABELS, value: 1 }]);
  assert.deepEqual(await values(m, 'vnetprobe_check_duration_seconds'), [{ labels: LABELS, value: 0.042 }]);
  assert.deepEqual((await values(m, 'vnetprobe_check_layer_duration_seconds'))!.map((v) => [v.labels.layer, v.value]), [['resolve', 0.002], ['connect', 0.003], ['tls', 0.01], ['protocol', 0.02]]);
  assert.deepEqual(await values(m, 'vnetprobe_check_runs_total'), [{ labels: LABELS, value: 1 }]);
  assert.deepEqual(await values(m, 'vnetprobe_check_failures_total'), []);
  assert.deepEqual(await values(m, 'vnetprobe_tls_cert_not_after_timestamp_seconds'), [{ labels: LABELS, value: Date.parse('2030-01-02T03:04:05Z') / 1000 }]);
  assert.deepEqual(await values(m, 'vnetprobe_dns_private_answer'), [{ labels: LABELS, value: 1 }], 'a privatelink chain makes the series');
  assert.deepEqual(await values(m, 'vnetprobe_build_info'), [{ labels: { version: '1.2.3' }, value: 1 }]);
  assert.deepEqual(await values(m, 'vnetprobe_last_round_timestamp_seconds'), [], 'absent until a round completes');
  m.markRound(1_700_000_000_000);
  assert.deepEqual(await values(m, 'vnetprobe_last_round_timestamp_seconds'), [{ labels: {}, value: 1_700_000_000 }]);
  const text = await m.expose();
  assert.match(text, /^process_cpu_user_seconds_total /m);
  assert.match(text, /^vnetprobe_check_latency_seconds_bucket\{le="0.05",check="storage",kind="storage",target="blob:\/\/mystore",required="true"\} 1$/m);
  assert.match(m.contentType, /^text\/plain; version=0\.0\.4/);
});

test('a failing run: success 0, failure class counted, unreached layers dropped, last certificate kept, public answer 0', async () => {
  const m = new ProbeMetrics({ profile: 'textfile', version: 'x' });
  m.record(pass());
  m.record(failAtConnect());
  m.record(failAtConnect());
  assert.deepEqual(await values(m, 'vnetprobe_check_success'), [{ labels: LABELS, value: 0 }]);
  assert.deepEqual(await values(m, 'vnetprobe_check_failures_total'), [{ labels: { ...LABELS, class: 'tcp_timeout' }, value: 2 }]);
  assert.deepEqual(await values(m, 'vnetprobe_check_runs_total'), [{ labels: LABELS, value: 3 }]);
  assert.deepEqual((await values(m, 'vnetprobe_check_layer_duration_seconds'))!.map((v) => v.labels.layer), ['resolve', 'connect']);
  assert.equal((await values(m, 'vnetprobe_tls_cert_not_after_timestamp_seconds'))!.length, 1);
  assert.deepEqual(await values(m, 'vnetprobe_dns_private_answer'), [{ labels: LABELS, value: 0 }]);
  assert.doesNotMatch(await m.expose(), /^process_/m, 'no process metrics in a textfile');
});

test('the private-answer series exists only where a private answer is expected', async () => {
  const m = new ProbeMetrics({ profile: 'probe', version: 'x' });
  const plain = pass('api', { kind: 'http', target: 'https://api.contoso.com/' });
  plain.layers[0] = { layer: 'resolve', ok: true, durationMs: 1, detail: { chain: ['api.contoso.com'], addresses: ['20.1.1.1'], private: false } };
  m.record(plain);
  assert.deepEqual(await values(m, 'vnetprobe_dns_private_answer'), []);
  m.record(plain, { dns: 'private' });
  assert.equal((await values(m, 'vnetprobe_dns_private_answer'))![0].value, 0);
  // no answer at all (NXDOMAIN): the series goes
  m.record({ ...plain, status: 'fail', layers: [{ layer: 'resolve', ok: false, durationMs: 1 }], failure: { layer: 'resolve', class: 'dns_nxdomain', message: 'm', hint: 'h' } }, { dns: 'private' });
  assert.deepEqual(await values(m, 'vnetprobe_dns_private_answer'), []);
  assert.equal(expectsPrivateAnswer(undefined, ['a.privatelink.vaultcore.azure.net']), true);
  assert.equal(expectsPrivateAnswer({ dns: 'any' }, ['a.vault.azure.net']), false);
  assert.equal(expectsPrivateAnswer({ dns: 'private' }, undefined), true);
});

test('remove() drops every series of a check; a new target under the same name replaces the old series', async () => {
  const m = new ProbeMetrics({ profile: 'serve', version: 'x' });
  m.record(pass());
  m.record(failAtConnect());
  m.record(pass('other'));
  m.remove('storage');
  const text = await m.expose();
  assert.doesNotMatch(text, /check="storage"/);
  assert.match(text, /check="other"/);
  assert.deepEqual(m.checks(), ['other']);

  m.record(pass('other', { target: 'blob://elsewhere' }));
  const after = await m.expose();
  assert.doesNotMatch(after, /target="blob:\/\/mystore"/);
  assert.equal((await values(m, 'vnetprobe_check_runs_total'))![0].value, 1, 'counters start over with the new labels');
});

test('the probe profile: one run of one check, no histogram, no agent metrics', async () => {
  const m = new ProbeMetrics({ profile: 'probe', version: 'x' });
  m.record(failAtConnect());
  const text = await m.expose();
  assert.doesNotMatch(text, /vnetprobe_check_latency_seconds|vnetprobe_build_info|vnetprobe_last_round|process_/);
  assert.match(text, /^vnetprobe_check_success\{check="storage",kind="storage",target="blob:\/\/mystore",required="true"\} 0$/m);
});

test('label values are escaped, never break the exposition', async () => {
  const m = new ProbeMetrics({ profile: 'probe', version: 'x' });
  m.record(pass('we"ird\\name', { target: 'https://h/?a="b"' }));
  assert.match(await m.expose(), /check="we\\"ird\\\\name"/);
});

test('registries are private: two instances do not share series', async () => {
  const a = new ProbeMetrics({ profile: 'probe', version: 'x' });
  const b = new ProbeMetrics({ profile: 'probe', version: 'x' });
  a.record(pass());
  assert.deepEqual(await values(b, 'vnetprobe_check_success'), []);
});

test('the latency histogram: cumulative buckets (le is inclusive), +Inf, sum and count', async () => {
  const m = new ProbeMetrics({ profile: 'textfile', version: 'x' });
  for (const ms of [10, 10.5, 300, 20_000]) m.record(pass('storage', { durationMs: ms }));
  const text = await m.expose();
  const buckets = [...text.matchAll(/^vnetprobe_check_latency_seconds_bucket\{le="([^"]+)",check="storage",[^}]*\} (\d+)$/gm)].map((x) => [x[1], Number(x[2])]);
  assert.deepEqual(buckets.map(([le]) => le), [...LATENCY_BUCKETS.map(String), '+Inf']);
  assert.deepEqual(Object.fromEntries(buckets), { '0.01': 1, '0.05': 2, '0.1': 2, '0.25': 2, '0.5': 3, '1': 3, '2.5': 3, '10': 3, '+Inf': 4 });
  assert.match(text, new RegExp(`^vnetprobe_check_latency_seconds_sum\\{check="storage",[^}]*\\} ${0.01 + 0.0105 + 0.3 + 20}$`, 'm'));
  assert.match(text, /^vnetprobe_check_latency_seconds_count\{check="storage",[^}]*\} 4$/m);
});

test('a layer attempted twice has one series, with the duration of its last attempt', async () => {
  const m = new ProbeMetrics({ profile: 'probe', version: 'x' });
  const result = pass();
  result.layers.push({ layer: 'connect', ok: true, durationMs: 7 });
  m.record(result);
  assert.deepEqual((await values(m, 'vnetprobe_check_layer_duration_seconds'))!.map((v) => [v.labels.layer, v.value]), [['resolve', 0.002], ['connect', 0.007], ['tls', 0.01], ['protocol', 0.02]]);
});

test('exposeBytes() is the UTF-8 of expose(), non-ASCII labels included', async () => {
  const m = new ProbeMetrics({ profile: 'serve', version: 'x' });
  m.record(pass('café ☕', { target: 'https://bücher.example/' }));
  m.markRound(1_700_000_000_000);
  const bytes = await m.exposeBytes();
  const text = bytes.toString('utf8');
  assert.match(text, /^vnetprobe_check_success\{check="café ☕",kind="storage",target="https:\/\/bücher.example\/",required="true"\} 1$/m);
  assert.equal(text.replace(/^(process|nodejs)_.*\n/gm, ''), (await m.expose()).replace(/^(process|nodejs)_.*\n/gm, ''));
});

test('/metrics is gzipped only for a scraper that accepts gzip', async () => {
  const metrics = new ProbeMetrics({ profile: 'textfile', version: 'x' });
  metrics.record(pass());
  const plain = await metrics.expose();
  const fail = () => { throw new Error('not this endpoint'); };
  const server = createServeServer({
    endpoints: { metrics: async () => ({ status: 200, contentType: metrics.contentType, body: await metrics.exposeBytes() }), report: fail, ready: fail, probe: fail },
    access: () => ({}), logger: createLogger('error', new Writable({ write: (_c, _e, done) => done() })), maxProbes: 1,
  });
  const address = await listen(server, '127.0.0.1', 0);
  const scrape = (acceptEncoding?: string) => new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http.get(`http://${address}/metrics`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
  try {
    const gz = await scrape('gzip, deflate');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gz.headers['vary'], 'Accept-Encoding');
    assert.equal(Number(gz.headers['content-length']), gz.body.length);
    assert.equal(gunzipSync(gz.body).toString('utf8'), plain);
    for (const refused of [undefined, 'identity', 'gzip;q=0', 'br']) {
      const res = await scrape(refused);
      assert.equal(res.headers['content-encoding'], undefined, String(refused));
      assert.equal(res.body.toString('utf8'), plain);
    }
  } finally {
    await closeServer(server, 100);
  }
});
