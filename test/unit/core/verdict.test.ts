import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport, reachedLayer, summarize } from '../../../src/report/build.ts';
import type { CheckResult, Status } from '../../../src/report/model.ts';

function result(status: Status, required = true): CheckResult {
  return {
    name: `${status}-${required}`, kind: 'tcp', target: 'tcp://127.0.0.1:1', host: '127.0.0.1', port: 1, required, status, durationMs: 1,
    layers: [{ layer: 'resolve', ok: true, durationMs: 0 }, { layer: 'connect', ok: status !== 'fail', durationMs: 1 }],
    failure: status === 'fail' ? { layer: 'connect', class: 'tcp_refused', message: 'refused', hint: 'h' } : null,
  };
}

test('verdict: all pass → pass', () => {
  const s = summarize([result('pass'), result('pass', false)]);
  assert.equal(s.verdict, 'pass');
  assert.equal(s.passed, 2);
});

test('verdict: a required failure → fail', () => {
  const s = summarize([result('pass'), result('fail'), result('warn')]);
  assert.equal(s.verdict, 'fail');
  assert.equal(s.requiredFailed, 1);
  assert.equal(s.failed, 1);
  assert.equal(s.warned, 1);
});

test('verdict: only an optional failure → warn', () => {
  const s = summarize([result('pass'), result('fail', false)]);
  assert.equal(s.verdict, 'warn');
  assert.equal(s.requiredFailed, 0);
  assert.equal(s.failed, 1);
});

test('verdict: warnings → warn', () => {
  assert.equal(summarize([result('pass'), result('warn')]).verdict, 'warn');
});

test('verdict: skipped checks count apart and do not fail the run', () => {
  const s = summarize([result('pass'), result('skip')]);
  assert.equal(s.skipped, 1);
  assert.equal(s.verdict, 'pass');
});

test('verdict: no checks → pass with zero totals', () => {
  assert.deepEqual(summarize([]), { total: 0, passed: 0, warned: 0, failed: 0, skipped: 0, requiredFailed: 0, verdict: 'pass' });
});

test('report: totals add up; reached layer', () => {
  const checks = [result('pass'), result('fail'), result('warn'), result('fail', false), result('skip')];
  const report = buildReport({ version: '9.9.9', startedAt: new Date(0), finishedAt: new Date(1000), durationMs: 1000.12345, agent: { hostname: 'h', addresses: [], resolvers: [] }, checks });
  const s = report.summary;
  assert.equal(s.passed + s.warned + s.failed + s.skipped, s.total);
  assert.equal(report.durationMs, 1000.123);
  assert.equal(report.tool.version, '9.9.9');
  assert.equal(report.startedAt, '1970-01-01T00:00:00.000Z');
  assert.equal(reachedLayer(checks[1]), 'connect');
  assert.equal(reachedLayer({ ...checks[0], layers: [] }), '-');
});
