import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckResult } from '../../../src/report/model.ts';
import { expectsPrivateAnswer, ProbeMetrics } from '../../../src/serve/metrics.ts';

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

async function values(metrics: ProbeMetrics, name: string) {
  const metric = metrics.registry.getSingleMetric(name);
  if (!metric) return undefined;
  return (await metric.get()).values.map((v) => ({ labels: v.labels, value: v.value }));
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
