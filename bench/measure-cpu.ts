// CPU per check: the agent's own scheduler (`serve`) against blackbox_exporter answering /probe,
// at the same rate, alternating, several rounds. Only the CPU of the prober's process counts
// (utime + stime from /proc/PID/stat), over a window that starts after warm-up.
import path from 'node:path';
import { startServe, writeConfig, type AgentPaths } from './agent.ts';
import type { Blackbox, BlackboxModule } from './blackbox.ts';
import { cpuMs, sleep, waitFor } from './proc.ts';
import { median, round } from './stats.ts';
import { DNS_NAME, HOST, type TargetPorts } from './targets.ts';

export type CpuKind = 'tcp' | 'https' | 'dns';
export const CPU_KINDS: CpuKind[] = ['tcp', 'https', 'dns'];

export interface CpuOptions {
  rounds: number;
  windowMs: number;
  /** checks per second, for both */
  rate: number;
}

export interface CpuSide {
  /** CPU ms per check, each round */
  perCheckMs: number[];
  checks: number[];
  failures: number;
  medianMs: number;
  /** total CPU / total checks over all rounds (less quantised than any one round) */
  pooledMs: number;
}

export interface CpuResult {
  kind: CpuKind;
  agent: CpuSide;
  blackbox: CpuSide;
  /** agent / blackbox, of the pooled figures */
  ratio: number;
}

function agentTarget(kind: CpuKind, t: TargetPorts): string {
  switch (kind) {
    case 'tcp': return `tcp://${HOST}:${t.tcp}`;
    case 'https': return `https://${HOST}:${t.https}/`;
    case 'dns': return `dns://${HOST}:${t.dns}/${DNS_NAME}?type=A`;
  }
}

export function blackboxProbe(kind: CpuKind, t: TargetPorts): { module: BlackboxModule; target: string } {
  switch (kind) {
    case 'tcp': return { module: 'tcp_connect', target: `${HOST}:${t.tcp}` };
    case 'https': return { module: 'http_2xx', target: `https://${HOST}:${t.https}/` };
    case 'dns': return { module: 'dns', target: `${HOST}:${t.dns}` };
  }
}

/** The agent's window: N checks on a 1 s interval make `rate` checks a second. */
async function agentRound(paths: AgentPaths, dir: string, kind: CpuKind, t: TargetPorts, options: CpuOptions): Promise<{ cpu: number; checks: number; failures: number }> {
  const config = writeConfig(path.join(dir, `cpu-${kind}.json`), {
    defaults: { interval: '1s', timeout: '900ms', concurrency: 32, tls: { ca: t.caFile } },
    checks: Array.from({ length: options.rate }, (_, i) => ({ name: `${kind}-${i}`, target: agentTarget(kind, t) })),
  });
  const agent = await startServe(paths, config);
  try {
    await waitFor('every check to run once', 30_000, async () => ((await agent.ready()) ? true : undefined), 100);
    await sleep(500); // past the first round's JIT warm-up
    const runs0 = await agent.runs();
    const cpu0 = cpuMs(agent.pid);
    await sleep(options.windowMs);
    const cpu1 = cpuMs(agent.pid);
    const text = (await agent.metrics()).text;
    const runs1 = sumRuns(text);
    const failures = sumFailures(text);
    return { cpu: cpu1 - cpu0, checks: runs1 - runs0, failures };
  } finally {
    await agent.stop();
  }
}

function sumRuns(text: string): number {
  let sum = 0;
  for (const m of text.matchAll(/^vnetprobe_check_runs_total\{[^}]*\} (\S+)$/gm)) sum += Number(m[1]);
  return sum;
}

function sumFailures(text: string): number {
  let sum = 0;
  for (const m of text.matchAll(/^vnetprobe_check_failures_total\{[^}]*\} (\S+)$/gm)) sum += Number(m[1]);
  return sum;
}

/** Probes at `rate` a second for `windowMs`, at most 32 in flight, like a scraper with many targets. */
export async function pacedProbes(count: number, rate: number, probe: () => Promise<boolean>): Promise<{ ok: number; failed: number }> {
  let issued = 0;
  let inflight = 0;
  let ok = 0;
  let failed = 0;
  const started = Date.now();
  const pending = new Set<Promise<void>>();
  while (issued < count) {
    const due = Math.min(count, Math.floor(((Date.now() - started) / 1000) * rate) + 1);
    while (issued < due && inflight < 32) {
      issued++;
      inflight++;
      const p: Promise<void> = probe().then((success) => (success ? ok++ : failed++), () => failed++).then(() => {
        inflight--;
        pending.delete(p);
      });
      pending.add(p);
    }
    await sleep(5);
  }
  await Promise.all(pending);
  return { ok, failed };
}

async function blackboxRound(blackbox: Blackbox, kind: CpuKind, t: TargetPorts, options: CpuOptions): Promise<{ cpu: number; checks: number; failures: number }> {
  const { module, target } = blackboxProbe(kind, t);
  const count = Math.round((options.rate * options.windowMs) / 1000);
  const cpu0 = cpuMs(blackbox.pid);
  const { ok, failed } = await pacedProbes(count, options.rate, async () => (await blackbox.probe(module, target)).success);
  const cpu1 = cpuMs(blackbox.pid);
  return { cpu: cpu1 - cpu0, checks: ok + failed, failures: failed };
}

function side(rounds: Array<{ cpu: number; checks: number; failures: number }>): CpuSide {
  const perCheckMs = rounds.map((r) => round(r.cpu / r.checks, 4));
  const checks = rounds.map((r) => r.checks);
  const totalCpu = rounds.reduce((s, r) => s + r.cpu, 0);
  const totalChecks = rounds.reduce((s, r) => s + r.checks, 0);
  return { perCheckMs, checks, failures: rounds.reduce((s, r) => s + r.failures, 0), medianMs: round(median(perCheckMs), 4), pooledMs: round(totalCpu / totalChecks, 4) };
}

export async function measureCpu(paths: AgentPaths, dir: string, blackbox: Blackbox, t: TargetPorts, options: CpuOptions, log: (line: string) => void): Promise<CpuResult[]> {
  const results: CpuResult[] = [];
  for (const kind of CPU_KINDS) {
    const { module, target } = blackboxProbe(kind, t);
    await pacedProbes(40, 200, async () => (await blackbox.probe(module, target)).success); // warm-up
    const agentRounds = [];
    const blackboxRounds = [];
    for (let r = 0; r < options.rounds; r++) {
      // alternate who goes first, so a slow drift of the machine's load favours neither
      const order = r % 2 === 0 ? ['agent', 'blackbox'] : ['blackbox', 'agent'];
      for (const who of order) {
        if (who === 'agent') agentRounds.push(await agentRound(paths, dir, kind, t, options));
        else blackboxRounds.push(await blackboxRound(blackbox, kind, t, options));
      }
      log(`  cpu ${kind} round ${r + 1}: agent ${(agentRounds.at(-1)!.cpu / agentRounds.at(-1)!.checks).toFixed(3)} ms/check, blackbox ${(blackboxRounds.at(-1)!.cpu / blackboxRounds.at(-1)!.checks).toFixed(3)} ms/check`);
    }
    const agent = side(agentRounds);
    const bb = side(blackboxRounds);
    results.push({ kind, agent, blackbox: bb, ratio: round(agent.pooledMs / bb.pooledMs, 3) });
  }
  return results;
}
