// `npm run bench`: vnet-probe against Prometheus' blackbox_exporter on the same loopback targets.
// Builds the bundle, starts the targets and the exporter, measures (CPU per check, memory, scrape
// cost, one-shot wall time, timing accuracy), writes bench/results.json and bench/RESULTS.md.
// Usage: node bench/run.ts [--quick] [--only cpu,memory,oneshot,timing] [--no-build]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { AgentPaths } from './agent.ts';
import { startBlackbox, type Blackbox } from './blackbox.ts';
import { closeClient } from './http-client.ts';
import { measureCpu } from './measure-cpu.ts';
import { measureMemory } from './measure-memory.ts';
import { measureOneShot } from './measure-oneshot.ts';
import { measureTiming } from './measure-timing.ts';
import { renderMarkdown, verdicts, writeResults, type Machine, type Results } from './report.ts';
import { spawnTargets } from './targets.ts';

const PHASES = ['cpu', 'memory', 'oneshot', 'timing'] as const;
type Phase = (typeof PHASES)[number];

const root = path.resolve(import.meta.dirname, '..');
const benchDir = import.meta.dirname;
// inside the repository, so the copied bundle still finds node_modules; removed at the end
const work = path.join(benchDir, '.work');
const log = (line: string) => process.stdout.write(`${line}\n`);

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    build: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const phases = new Set<Phase>(args.only ? (args.only.split(',') as Phase[]) : PHASES);
for (const p of phases) if (!PHASES.includes(p)) throw new Error(`--only: unknown phase ${p} (${PHASES.join(', ')})`);
const quick = args.quick;

const settings = {
  cpu: { rounds: quick ? 1 : 3, windowMs: quick ? 2000 : 4000, rate: 100 },
  memory: quick
    ? [{ checks: 10, intervalMs: 1000, rounds: 2 }, { checks: 1000, intervalMs: 2000, rounds: 2, scrapes: 10 }]
    : [
      { checks: 10, intervalMs: 1000, rounds: 4 },
      { checks: 1000, intervalMs: 2000, rounds: 4, scrapes: 20 },
      // the container image's setting: glibc's per-thread malloc arenas hold on to freed TLS memory
      { checks: 1000, intervalMs: 2000, rounds: 4, env: { MALLOC_ARENA_MAX: '2' } },
      { checks: 10_000, intervalMs: 20_000, rounds: 3, scrapes: 5 },
    ],
  oneShotRepeats: quick ? 3 : 9,
  timing: { rounds: quick ? 1 : 3, perRound: quick ? 6 : 10, delayMs: 50 },
};

function machine(blackboxVersion: string, nodeBin: string): Machine {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const node = spawnSync(nodeBin, ['--version'], { encoding: 'utf8', timeout: 10_000 }).stdout.trim();
  return {
    date: new Date().toISOString(),
    nproc: os.availableParallelism(),
    cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1].trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    kernel: os.release(),
    node,
    blackboxExporter: blackboxVersion,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

function buildBundle(nodeBin: string): AgentPaths {
  if (args.build) {
    log('building dist/vnet-probe.mjs (npm run build)');
    const built = spawnSync(nodeBin, ['scripts/build.ts'], { cwd: root, stdio: 'inherit', timeout: 120_000 });
    if (built.status !== 0) throw new Error('the build failed');
  }
  // a private copy: a concurrent `npm run build` empties dist/ and lazily loaded chunks would vanish
  cpSync(path.join(root, 'dist'), path.join(work, 'dist'), { recursive: true });
  return { node: nodeBin, bundle: path.join(work, 'dist', 'vnet-probe.mjs') };
}

async function main(): Promise<number> {
  const t0 = performance.now();
  const nodeBin = path.join(root, 'node_modules', '.bin', 'node');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const paths = buildBundle(nodeBin);
  const stops: Array<() => Promise<void>> = [];
  try {
    const targets = await spawnTargets(nodeBin, work, settings.timing.delayMs);
    stops.push(targets.stop);
    const blackbox: Blackbox = await startBlackbox(work, targets.caFile);
    stops.push(blackbox.stop);
    const base = { schema: 'vnet-probe-bench/1' as const, machine: machine(blackbox.version, nodeBin), settings: { quick, phases: [...phases], ...settings } };
    log(`machine: ${base.machine.nproc} × ${base.machine.cpuModel}, Node ${base.machine.node}, blackbox_exporter ${blackbox.version}, load ${base.machine.loadAverage.join(' ')}`);
    const partial: Omit<Results, 'verdicts' | 'durationS'> = { ...base };
    if (phases.has('oneshot')) {
      log('one-shot wall time');
      partial.oneShot = await measureOneShot(paths, work, targets, settings.oneShotRepeats, log);
    }
    if (phases.has('timing')) {
      log(`timing accuracy (delay ${settings.timing.delayMs} ms)`);
      partial.timing = await measureTiming(paths, work, blackbox, targets, settings.timing, log);
    }
    if (phases.has('cpu')) {
      log(`CPU per check (${settings.cpu.rate} checks/s, ${settings.cpu.windowMs} ms windows, ${settings.cpu.rounds} rounds)`);
      partial.cpu = await measureCpu(paths, work, blackbox, targets, settings.cpu, log);
    }
    if (phases.has('memory')) {
      log('memory and scrape cost (serve)');
      const { memory, scrape } = await measureMemory(paths, work, targets, settings.memory, log);
      partial.memory = memory;
      partial.scrape = scrape;
    }
    const results: Results = { ...partial, verdicts: [], durationS: (performance.now() - t0) / 1000 };
    results.verdicts = verdicts(results);
    writeResults(benchDir, results);
    log('');
    log(renderMarkdown(results).split('\n## CPU per check')[0]);
    log(`wrote bench/results.json and bench/RESULTS.md (${Math.round(results.durationS)} s)`);
    return 0;
  } finally {
    for (const stop of stops.reverse()) await stop().catch((error: unknown) => log(`stop failed: ${String(error)}`));
    closeClient();
    rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = await main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  return 1;
});
