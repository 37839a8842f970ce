// One-shot wall time: `vnet-probe run` of 100 healthy loopback checks, process start to exit, and
// the start-up cost alone (`--version`, a run of one tcp check), next to a bare `node -e 0`.
import path from 'node:path';
import { timeCli, timeNode, writeConfig, type AgentPaths, type Timed } from './agent.ts';
import { mixedChecks } from './measure-memory.ts';
import { median, percentile, round } from './stats.ts';
import { HOST, type TargetPorts } from './targets.ts';

export interface WallResult {
  what: string;
  runs: number;
  medianMs: number;
  p90Ms: number;
  minMs: number;
  /** user + system CPU of the process, median */
  medianCpuMs: number;
}

function wall(what: string, samples: Timed[]): WallResult {
  const ms = samples.map((s) => s.ms);
  return {
    what, runs: samples.length,
    medianMs: round(median(ms), 1), p90Ms: round(percentile(ms, 90), 1), minMs: round(Math.min(...ms), 1),
    medianCpuMs: round(median(samples.map((s) => s.cpuMs)), 1),
  };
}

export async function measureOneShot(paths: AgentPaths, dir: string, t: TargetPorts, repeats: number, log: (line: string) => void): Promise<WallResult[]> {
  const config = writeConfig(path.join(dir, 'oneshot-100.json'), {
    defaults: { timeout: '5s', concurrency: 32, tls: { ca: t.caFile } },
    checks: mixedChecks(100, t),
  });
  const cases: Array<{ what: string; run: () => Promise<Timed> }> = [
    { what: 'node -e 0 (floor)', run: () => timeNode(paths.node) },
    { what: 'vnet-probe --version', run: () => timeCli(paths, ['--version']) },
    { what: 'vnet-probe run, 1 tcp check', run: () => timeCli(paths, ['run', '--no-imds', '--check', `tcp://${HOST}:${t.tcp}`]) },
    {
      what: 'vnet-probe run, 100 checks (50 tcp, 25 https, 25 dns)',
      run: async () => {
        const timed = await timeCli(paths, ['run', '--no-imds', '--config', config, '--format', 'json']);
        const summary = JSON.parse(timed.stdout).summary;
        if (summary.passed !== 100) throw new Error(`the 100-check run did not pass: ${JSON.stringify(summary)}`);
        return timed;
      },
    },
  ];
  await timeCli(paths, ['--version']); // the bundle into the page cache
  const samples = cases.map(() => [] as Timed[]);
  // interleaved, so a change of the machine's load spreads over every case
  for (let i = 0; i < repeats; i++) {
    for (let c = 0; c < cases.length; c++) samples[c].push(await cases[c].run());
  }
  const results = cases.map((c, i) => wall(c.what, samples[i]));
  for (const r of results) log(`  ${r.what}: median ${r.medianMs} ms (min ${r.minMs}, p90 ${r.p90Ms}), CPU ${r.medianCpuMs} ms`);
  return results;
}
