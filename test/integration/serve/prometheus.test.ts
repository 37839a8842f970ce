import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { freePort } from '../../helpers/net.ts';
import { closedPort, get, startServe, tcpPeer, waitFor } from './serve-process.ts';

const PROMETHEUS = '/usr/bin/prometheus';

interface VectorSample { metric: Record<string, string>; value: [number, string] }

test('a real Prometheus scrapes the agent and sees vnetprobe_check_success', { skip: !existsSync(PROMETHEUS) && 'no /usr/bin/prometheus (Debian package prometheus)', timeout: 90_000 }, async () => {
  const up = await tcpPeer();
  const closed = await closedPort();
  const dir = mkdtempSync(path.join(tmpdir(), 'vnetprobe-prom-'));
  const serve = await startServe(['--check', `tcp://127.0.0.1:${up.port}`, '--check', `tcp://127.0.0.1:${closed}`, '--interval', '1s', '--timeout', '500ms']);
  const promPort = await freePort();
  writeFileSync(path.join(dir, 'prometheus.yml'), [
    'global: { scrape_interval: 1s, evaluation_interval: 1s }',
    'scrape_configs:',
    '  - job_name: vnet-probe',
    `    static_configs: [ { targets: ['${serve.address}'] } ]`,
    '',
  ].join('\n'));
  const prometheus = spawn(PROMETHEUS, [
    `--config.file=${path.join(dir, 'prometheus.yml')}`,
    `--storage.tsdb.path=${path.join(dir, 'data')}`,
    `--web.listen-address=127.0.0.1:${promPort}`,
    '--log.level=warn',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  let promLog = '';
  prometheus.stderr.setEncoding('utf8');
  prometheus.stderr.on('data', (c: string) => (promLog += c.slice(0, 10_000)));
  const promExited = new Promise<void>((resolve) => prometheus.once('exit', () => resolve()));
  try {
    const query = async (expr: string): Promise<VectorSample[]> => {
      const res = await get(`http://127.0.0.1:${promPort}/api/v1/query?query=${encodeURIComponent(expr)}`, { timeoutMs: 2000 });
      if (res.status !== 200) throw new Error(`${res.status}`);
      return (JSON.parse(res.body) as { data: { result: VectorSample[] } }).data.result;
    };
    const result = await waitFor('both checks in Prometheus', async () => {
      const r = await query('vnetprobe_check_success');
      return r.length === 2 ? r : undefined;
    }, 45_000, 250).catch((error: Error) => {
      throw new Error(`${error.message}\nprometheus log:\n${promLog}`);
    });
    const byTarget = Object.fromEntries(result.map((s) => [s.metric.target, s]));
    const pass = byTarget[`tcp://127.0.0.1:${up.port}`];
    const fail = byTarget[`tcp://127.0.0.1:${closed}`];
    assert.equal(pass.value[1], '1');
    assert.equal(fail.value[1], '0');
    assert.equal(pass.metric.job, 'vnet-probe');
    assert.equal(pass.metric.instance, serve.address);
    assert.equal(pass.metric.kind, 'tcp');
    assert.equal(pass.metric.required, 'true');
    const failures = await query('vnetprobe_check_failures_total');
    assert.deepEqual(failures.map((s) => s.metric.class), ['tcp_refused']);
    assert.equal((await query('up{job="vnet-probe"}'))[0].value[1], '1');
  } finally {
    prometheus.kill('SIGTERM');
    const timer = setTimeout(() => prometheus.kill('SIGKILL'), 5000);
    await promExited;
    clearTimeout(timer);
    await serve.kill();
    await up.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
