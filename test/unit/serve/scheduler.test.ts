import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { test } from 'node:test';
import { buildRunConfig } from '../../../src/config/load.ts';
import { configFileSchema } from '../../../src/config/schema.ts';
import type { CheckSpec } from '../../../src/config/spec.ts';
import type { CheckResult } from '../../../src/report/model.ts';
import { Limiter } from '../../../src/serve/limiter.ts';
import { firstRunOffset, Scheduler, type ResultEvent } from '../../../src/serve/scheduler.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `predicate` holds; timing here must survive a loaded machine, so waits are by condition. */
async function until(what: string, predicate: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!predicate()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

function specs(entries: Array<{ name: string; interval?: string; timeout?: string; target?: string }>): CheckSpec[] {
  return buildRunConfig(configFileSchema.parse({
    checks: entries.map((e) => ({ name: e.name, target: e.target ?? 'tcp://127.0.0.1:9', interval: e.interval ?? '100ms', timeout: e.timeout ?? '50ms' })),
  })).checks;
}

function result(spec: CheckSpec, status: 'pass' | 'fail' = 'pass'): CheckResult {
  return {
    name: spec.name, kind: spec.target.kind, target: spec.target.raw, host: spec.target.host, port: spec.target.port, required: spec.required,
    status, durationMs: 1, layers: [], failure: status === 'fail' ? { layer: 'connect', class: 'tcp_refused', message: 'x', hint: 'y' } : null,
  };
}

/** A fake engine: records starts and overlap, each run takes `ms`. */
function fakeRunner(ms: number | ((spec: CheckSpec) => number)) {
  const starts: Array<{ name: string; at: number }> = [];
  const active = new Map<string, number>();
  let maxActive = 0;
  let maxSameCheck = 0;
  const t0 = performance.now();
  const run = async (spec: CheckSpec) => {
    starts.push({ name: spec.name, at: performance.now() - t0 });
    active.set(spec.name, (active.get(spec.name) ?? 0) + 1);
    maxSameCheck = Math.max(maxSameCheck, active.get(spec.name)!);
    maxActive = Math.max(maxActive, [...active.values()].reduce((a, b) => a + b, 0));
    await sleep(typeof ms === 'number' ? ms : ms(spec));
    active.set(spec.name, active.get(spec.name)! - 1);
    return result(spec);
  };
  return { run, starts, get maxActive() { return maxActive; }, get maxSameCheck() { return maxSameCheck; } };
}

test('first-run offsets: even spread is i/n of the interval, random uses the source, none is 0', () => {
  assert.deepEqual([0, 1, 2].map((i) => firstRunOffset('even', 300, i, 3)), [0, 100, 200]);
  assert.equal(firstRunOffset('random', 1000, 5, 9, () => 0.25), 250);
  assert.equal(firstRunOffset('none', 1000, 5, 9), 0);
  for (let i = 0; i < 100; i++) {
    const offset = firstRunOffset('random', 30_000, 0, 1);
    assert.ok(offset >= 0 && offset < 30_000);
  }
});

test('the even spread starts the checks in order, never before their offset', async () => {
  const fake = fakeRunner(1);
  const scheduler = new Scheduler({ concurrency: 8, spread: 'even', run: fake.run });
  scheduler.setChecks(specs([{ name: 'a', interval: '300ms' }, { name: 'b', interval: '300ms' }, { name: 'c', interval: '300ms' }]));
  scheduler.start();
  await until('c started', () => fake.starts.some((s) => s.name === 'c'));
  await scheduler.stop();
  assert.deepEqual(fake.starts.slice(0, 3).map((s) => s.name), ['a', 'b', 'c']);
  const at = Object.fromEntries(fake.starts.slice(0, 3).map((s) => [s.name, s.at]));
  assert.ok(at.b >= 95, `b at ${at.b}`);
  assert.ok(at.c >= 195, `c at ${at.c}`);
});

test('a check still running when its next tick comes is skipped, never run twice at once', async () => {
  const fake = fakeRunner(130);
  const scheduler = new Scheduler({ concurrency: 8, spread: 'none', run: fake.run });
  scheduler.setChecks(specs([{ name: 'slow', interval: '50ms', timeout: '40ms' }]));
  scheduler.start();
  await until('a few skipped ticks', () => scheduler.skippedTicks >= 3 && fake.starts.length >= 2);
  await scheduler.stop();
  assert.equal(fake.maxSameCheck, 1);
});

test('at most `concurrency` checks run at once', async () => {
  const fake = fakeRunner(40);
  const scheduler = new Scheduler({ concurrency: 2, spread: 'none', run: fake.run });
  scheduler.setChecks(specs(Array.from({ length: 6 }, (_, i) => ({ name: `c${i}`, interval: '1s', timeout: '500ms' }))));
  scheduler.start();
  await until('every queued check ran as slots freed', () => fake.starts.length === 6);
  await scheduler.stop();
  assert.equal(fake.maxActive, 2);
});

test('results: latest per check, onResult with the previous one, ready() once all ran, a round when all ran', async () => {
  let n = 0;
  const events: ResultEvent[] = [];
  const rounds: number[] = [];
  const scheduler = new Scheduler({
    concurrency: 4,
    spread: 'even',
    run: async (spec) => result(spec, spec.name === 'b' && n++ % 2 === 0 ? 'fail' : 'pass'),
    onResult: (e) => events.push(e),
    onRound: (at) => rounds.push(at),
  });
  scheduler.setChecks(specs([{ name: 'a', interval: '400ms' }, { name: 'b', interval: '400ms' }]));
  assert.equal(scheduler.ready(), false);
  scheduler.start();
  await until('a ran', () => events.length > 0);
  assert.equal(scheduler.ready(), false, 'b (at 200 ms) has not run yet');
  await until('two rounds', () => rounds.length >= 2 && events.filter((e) => e.spec.name === 'b').length >= 2);
  await scheduler.stop();
  assert.equal(scheduler.ready(), true);
  const b = events.filter((e) => e.spec.name === 'b');
  assert.equal(b[0].previous, undefined);
  assert.equal(b[1].previous, b[0].result);
  assert.equal(scheduler.latest('b')!.result, b.at(-1)!.result);
  assert.ok(scheduler.latest('a')!.finishedAt >= scheduler.latest('a')!.startedAt);
});

test('stop() waits for a run in flight, and gives up on one past its deadline plus grace', async () => {
  let startedAt = 0;
  const scheduler = new Scheduler({ concurrency: 4, spread: 'none', run: async (spec) => { startedAt = performance.now(); await sleep(120); return result(spec); } });
  scheduler.setChecks(specs([{ name: 'a', interval: '1s', timeout: '500ms' }]));
  scheduler.start();
  await until('the run started', () => startedAt > 0);
  await scheduler.stop();
  const waited = performance.now() - startedAt;
  assert.ok(waited >= 115 && waited < 1500, `stop() returned ${waited} ms after the run started`);
  assert.ok(scheduler.latest('a'), 'the run in flight finished and was kept');

  // a runner that ignores its deadline: stop() returns after the deadline and the grace
  let release: () => void = () => {};
  const stuck = new Scheduler({ concurrency: 4, spread: 'none', stopGraceMs: 50, run: () => new Promise((resolve) => { release = () => resolve(result(specs([{ name: 'x' }])[0])); }) });
  stuck.setChecks(specs([{ name: 'x', interval: '1s', timeout: '100ms' }]));
  stuck.start();
  await sleep(10);
  const t1 = performance.now();
  await stuck.stop();
  const gaveUp = performance.now() - t1;
  assert.ok(gaveUp >= 50 && gaveUp < 1500, `gave up after ${gaveUp}`);
  release();
});

test('stop() drops queued runs and takes no more work', async () => {
  const fake = fakeRunner(60);
  const scheduler = new Scheduler({ concurrency: 1, spread: 'none', run: fake.run });
  scheduler.setChecks(specs([{ name: 'a', interval: '1s', timeout: '500ms' }, { name: 'b', interval: '1s', timeout: '500ms' }]));
  scheduler.start();
  await sleep(10);
  await scheduler.stop();
  await sleep(80);
  assert.deepEqual(fake.starts.map((s) => s.name), ['a']);
  await assert.rejects(scheduler.runOnce(specs([{ name: 'z' }])[0]), /shutting down/);
});

test('setChecks: new checks are scheduled, removed ones stop and their result in flight is dropped, changed ones start over', async () => {
  const seen: string[] = [];
  const scheduler = new Scheduler({
    concurrency: 4,
    spread: 'none',
    run: async (spec) => { await sleep(spec.name === 'gone' ? 400 : 1); return result(spec); },
    onResult: (e) => seen.push(`${e.spec.name}@${e.spec.target.raw}`),
  });
  scheduler.setChecks(specs([{ name: 'keep', interval: '10s', timeout: '1s' }, { name: 'gone', interval: '10s', timeout: '1s' }, { name: 'moved', interval: '10s', timeout: '1s' }]));
  scheduler.start();
  await until('keep and moved done, gone in flight', () => seen.length === 2);
  const summary = scheduler.setChecks(specs([
    { name: 'keep', interval: '10s', timeout: '1s' },
    { name: 'moved', interval: '10s', timeout: '1s', target: 'tcp://127.0.0.1:10' },
    { name: 'new', interval: '10s', timeout: '1s' },
  ]));
  assert.deepEqual(summary.added, ['new']);
  assert.deepEqual(summary.removed.map((s) => s.name), ['gone']);
  assert.deepEqual(summary.changed.map((c) => c.after.name), ['moved']);
  assert.deepEqual(summary.unchanged, ['keep']);
  assert.deepEqual(scheduler.specs().map((s) => s.name), ['keep', 'moved', 'new']);
  assert.equal(scheduler.latest('moved'), undefined, 'a changed check starts over');
  assert.ok(scheduler.latest('keep'), 'an unchanged one keeps its result');
  await until('new and moved ran', () => seen.includes('new@tcp://127.0.0.1:9') && seen.includes('moved@tcp://127.0.0.1:10'));
  await scheduler.stop();
  assert.ok(!seen.includes('gone@tcp://127.0.0.1:9'), 'the removed check result in flight was dropped');
  assert.ok(seen.includes('new@tcp://127.0.0.1:9'));
  assert.ok(seen.includes('moved@tcp://127.0.0.1:10'));
  assert.equal(seen.filter((s) => s.startsWith('keep')).length, 1, 'an unchanged check is not rescheduled');
});

test('an engine that throws becomes an internal_error result, and the check keeps its schedule', async () => {
  let calls = 0;
  const scheduler = new Scheduler({ concurrency: 1, spread: 'none', run: async () => { calls++; throw new Error('boom'); } });
  scheduler.setChecks(specs([{ name: 'a', interval: '30ms', timeout: '20ms' }]));
  scheduler.start();
  await until('two runs', () => calls >= 2 && scheduler.latest('a') !== undefined);
  await scheduler.stop();
  assert.equal(scheduler.latest('a')!.result.failure?.class, 'internal_error');
  assert.match(scheduler.latest('a')!.result.failure!.message, /boom/);
});

test('Limiter: FIFO waiters, setMax, close turns everyone away', async () => {
  const limiter = new Limiter(1);
  const first = await limiter.acquire();
  const order: number[] = [];
  const second = limiter.acquire().then((r) => { order.push(2); return r; });
  const third = limiter.acquire().then((r) => { order.push(3); return r; });
  assert.equal(limiter.waiting, 2);
  first!();
  first!(); // releasing twice frees one slot only
  (await second)!();
  (await third)!();
  assert.deepEqual(order, [2, 3]);
  assert.equal(limiter.active, 0);
  const held = await limiter.acquire();
  const queued = limiter.acquire();
  limiter.close();
  assert.equal(await queued, null);
  assert.equal(await limiter.acquire(), null);
  held!();
});
