// Memory with 10, 1,000 and 10,000 checks configured (serve), sampled after each round, and the
// scrape cost of /metrics with that many checks.
import path from 'node:path';
import { startServe, writeConfig, type AgentPaths, type ConfigCheck } from './agent.ts';
import { peakRssMb, rssMb, sleep, waitFor } from './proc.ts';
import { median, percentile, round } from './stats.ts';
import { DNS_NAME, HOST, type TargetPorts } from './targets.ts';

export interface MemoryResult {
  checks: number;
  /** environment given to the agent on top of the benchmark's, when any (a what-if row) */
  env?: Record<string, string>;
  intervalMs: number;
  rounds: number;
  /** RSS (MB) at the end of each round */
  rssMb: number[];
  peakRssMb: number;
  /** last round minus first round, MB */
  growthMb: number;
  runs: number;
  failures: number;
}

export interface ScrapeResult {
  checks: number;
  scrapes: number;
  medianMs: number;
  p90Ms: number;
  bytes: number;
  series: number;
}

/** Half tcp, a quarter https, a quarter dns: every kind the comparison covers. */
export function mixedChecks(count: number, t: TargetPorts): ConfigCheck[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i).padStart(5, '0');
    switch (i % 4) {
      case 1: return { name: `https-${n}`, target: `https://${HOST}:${t.https}/` };
      case 3: return { name: `dns-${n}`, target: `dns://${HOST}:${t.dns}/${DNS_NAME}?type=A` };
      default: return { name: `tcp-${n}`, target: `tcp://${HOST}:${t.tcp}` };
    }
  });
}

export function envText(env: Record<string, string>): string {
  return Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ');
}

function counterSum(text: string, name: string): number {
  let sum = 0;
  for (const m of text.matchAll(new RegExp(`^${name}\\{[^}]*\\} (\\S+)$`, 'gm'))) sum += Number(m[1]);
  return sum;
}

export async function measureMemory(
  paths: AgentPaths, dir: string, t: TargetPorts,
  plan: Array<{ checks: number; intervalMs: number; rounds: number; scrapes?: number; env?: Record<string, string> }>,
  log: (line: string) => void,
): Promise<{ memory: MemoryResult[]; scrape: ScrapeResult[] }> {
  const memory: MemoryResult[] = [];
  const scrape: ScrapeResult[] = [];
  for (const step of plan) {
    const config = writeConfig(path.join(dir, `memory-${step.checks}.json`), {
      defaults: { interval: `${step.intervalMs}ms`, timeout: `${Math.min(2000, step.intervalMs * 0.9)}ms`, concurrency: 64, tls: { ca: t.caFile } },
      checks: mixedChecks(step.checks, t),
    });
    const agent = await startServe(paths, config, [], step.env);
    try {
      const started = Date.now();
      await waitFor(`every one of ${step.checks} checks to run once`, step.intervalMs * 3 + 30_000, async () => ((await agent.ready()) ? true : undefined), 250);
      // rounds are counted from readiness: the first round ends when every check has run once
      const rss: number[] = [rssMb(agent.pid)];
      for (let r = 1; r < step.rounds; r++) {
        await sleep(step.intervalMs);
        rss.push(rssMb(agent.pid));
      }
      const text = (await agent.metrics()).text;
      const result: MemoryResult = {
        checks: step.checks,
        ...(step.env ? { env: step.env } : {}),
        intervalMs: step.intervalMs,
        rounds: step.rounds,
        rssMb: rss.map((v) => round(v, 1)),
        peakRssMb: round(peakRssMb(agent.pid), 1),
        growthMb: round(rss.at(-1)! - rss[0], 1),
        runs: counterSum(text, 'vnetprobe_check_runs_total'),
        failures: counterSum(text, 'vnetprobe_check_failures_total'),
      };
      memory.push(result);
      log(`  memory ${step.checks} checks${step.env ? ` (${envText(step.env)})` : ''}: RSS ${result.rssMb.join(' -> ')} MB (peak ${result.peakRssMb}), ${result.runs} runs, ${result.failures} failures, ${Math.round((Date.now() - started) / 1000)} s`);
      if (step.scrapes) {
        const times: number[] = [];
        let bytes = 0;
        let body = '';
        for (let i = 0; i < step.scrapes; i++) {
          const answer = await agent.metrics();
          times.push(answer.ms);
          body = answer.text;
          bytes = Buffer.byteLength(body);
          await sleep(100);
        }
        const series = body.split('\n').filter((l) => l && !l.startsWith('#')).length;
        const s: ScrapeResult = { checks: step.checks, scrapes: step.scrapes, medianMs: round(median(times), 2), p90Ms: round(percentile(times, 90), 2), bytes, series };
        scrape.push(s);
        log(`  /metrics with ${step.checks} checks: median ${s.medianMs} ms, p90 ${s.p90Ms} ms, ${s.bytes} bytes, ${s.series} series`);
      }
    } finally {
      await agent.stop();
    }
  }
  return { memory, scrape };
}
