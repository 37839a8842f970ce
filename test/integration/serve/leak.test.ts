import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import v8 from 'node:v8';
import vm from 'node:vm';
import { ServeAgent } from '../../../src/serve/agent.ts';
import { createLogger } from '../../../src/serve/log.ts';
import { loadServeSettings } from '../../../src/serve/settings.ts';
import { closedPort, get, samples, tcpPeer, waitFor } from './serve-process.ts';

// a full GC on demand without restarting node with --expose-gc
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

const openFds = () => readdirSync('/proc/self/fd').length;

test('thousands of rounds of a failing and a passing check: no heap growth, no fd growth', { timeout: 120_000 }, async () => {
  const up = await tcpPeer();
  const closed = await closedPort();
  const fdsBefore = openFds();
  const settings = loadServeSettings({
    check: [`tcp://127.0.0.1:${up.port}`, `tcp://127.0.0.1:${closed}`],
    interval: '10ms',
    timeout: '9ms',
    listen: '127.0.0.1:0',
  });
  const sink = new Writable({ write: (_chunk, _enc, done) => done() });
  const agent = new ServeAgent({
    settings,
    logger: createLogger('info', sink),
    version: 'test',
    agent: { hostname: 'leak-test', addresses: [], resolvers: [] },
    spread: 'none',
  });
  const address = await agent.start();
  const rounds = () => agent.scheduler.runs / 2;
  const measure = async (round: number) => {
    await waitFor(`round ${round}`, () => (rounds() >= round ? true : undefined), 90_000, 20);
    await get(`http://${address}/metrics`); // scrapes are part of the steady state
    return { heap: heapAfterGc(), fds: openFds(), at: rounds() };
  };
  try {
    const early = await measure(500);
    const late = await measure(3000);
    const growth = late.heap - early.heap;
    const failed = samples(await agent.metrics.expose(), 'vnetprobe_check_failures_total').reduce((sum, v) => sum + v.value, 0);
    console.log(`heap at round ${early.at}: ${(early.heap / 1e6).toFixed(2)} MB, at round ${late.at}: ${(late.heap / 1e6).toFixed(2)} MB, growth ${(growth / 1e6).toFixed(2)} MB; fds ${early.fds} -> ${late.fds}; ${failed} failed runs; ${agent.scheduler.skippedTicks} ticks skipped`);
    assert.ok(failed >= 2500, 'the failing check really failed every round');
    assert.ok(growth < 3 * 1024 * 1024, `heap grew ${growth} bytes between round ${early.at} and ${late.at}`);
    assert.ok(Math.abs(late.fds - early.fds) <= 3, `open fds ${early.fds} -> ${late.fds}`);
  } finally {
    await agent.stop();
    await up.close();
  }
  await waitFor('fds back to the start', () => (openFds() <= fdsBefore + 1 ? true : undefined), 3000, 50).catch(() => {});
  assert.ok(openFds() <= fdsBefore + 1, `open fds ${fdsBefore} before, ${openFds()} after stop`);
});
