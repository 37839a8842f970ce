// Timing accuracy: targets that answer after a known delay N (a DNS server and an HTTP server);
// the reported layer time minus N. Agent: the resolve layer of a dns check and the protocol layer's
// ttfbMs of an http check, read from serve's /report. blackbox_exporter: the DNS request phase
// (probe_dns_duration_seconds{phase="request"}; probe_dns_lookup_time_seconds is the lookup of the
// target server's own name, ~0 for an IP) and probe_http_duration_seconds{phase="processing"}.
import path from 'node:path';
import { startServe, writeConfig, type AgentPaths } from './agent.ts';
import type { Blackbox } from './blackbox.ts';
import { sleep, waitFor } from './proc.ts';
import { sampleValue } from './promtext.ts';
import { median, percentile, round } from './stats.ts';
import { DNS_DELAYED_NAME, HOST, type TargetPorts } from './targets.ts';

export interface TimingSide {
  /** reported minus injected delay, ms, every sample */
  errorsMs: number[];
  medianErrorMs: number;
  p90ErrorMs: number;
  maxAbsErrorMs: number;
}

export interface TimingResult {
  kind: 'dns' | 'http';
  delayMs: number;
  what: { agent: string; blackbox: string };
  agent: TimingSide;
  blackbox: TimingSide;
}

function sideOf(errors: number[]): TimingSide {
  return {
    errorsMs: errors.map((e) => round(e, 3)),
    medianErrorMs: round(median(errors), 3),
    p90ErrorMs: round(percentile(errors, 90), 3),
    maxAbsErrorMs: round(Math.max(...errors.map(Math.abs)), 3),
  };
}

type ReportCheck = Awaited<ReturnType<Awaited<ReturnType<typeof startServe>>['report']>>['checks'][number];

function agentSample(check: ReportCheck): number | undefined {
  if (check.status !== 'pass') return undefined;
  if (check.name === 'dns-delayed') return check.layers.find((l) => l.layer === 'resolve')?.durationMs;
  const ttfb = check.layers.find((l) => l.layer === 'protocol')?.detail?.ttfbMs;
  return typeof ttfb === 'number' ? ttfb : undefined;
}

/**
 * Runs one delayed check in serve every 300 ms and keeps each new result until `count` of them. One
 * kind per process and per target, as the exporter probes them one at a time: a DNS reply and an HTTP
 * answer due at the same instant would delay each other, in the agent and in the targets' process.
 */
async function agentSamples(paths: AgentPaths, dir: string, t: TargetPorts, kind: 'dns' | 'http', count: number): Promise<number[]> {
  const name = kind === 'dns' ? 'dns-delayed' : 'http-delayed';
  const target = kind === 'dns' ? `dns://${HOST}:${t.dnsDelayed}/${DNS_DELAYED_NAME}?type=A` : `http://${HOST}:${t.httpDelayed}/`;
  const config = writeConfig(path.join(dir, `timing-${kind}.json`), {
    defaults: { interval: '300ms', timeout: '250ms', concurrency: 4 },
    checks: [{ name, target }],
  });
  const agent = await startServe(paths, config);
  const seen = new Set<string>();
  const samples: number[] = [];
  try {
    await waitFor(`the ${kind} delayed check to run`, 20_000, async () => ((await agent.ready()) ? true : undefined), 50);
    const deadline = Date.now() + 30_000;
    while (samples.length < count && Date.now() < deadline) {
      const [check] = (await agent.report()).checks;
      const id = String(check.durationMs); // microsecond resolution: a new run has a new duration
      if (!seen.has(id)) {
        seen.add(id);
        const value = agentSample(check);
        if (value !== undefined) samples.push(value - t.delayMs);
      }
      await sleep(110); // not in step with the 300 ms interval
    }
  } finally {
    await agent.stop();
  }
  return samples;
}

async function agentRound(paths: AgentPaths, dir: string, t: TargetPorts, perKind: number): Promise<{ dns: number[]; http: number[] }> {
  return { dns: await agentSamples(paths, dir, t, 'dns', perKind), http: await agentSamples(paths, dir, t, 'http', perKind) };
}

async function blackboxRound(blackbox: Blackbox, t: TargetPorts, perKind: number): Promise<{ dns: number[]; http: number[] }> {
  const samples = { dns: [] as number[], http: [] as number[] };
  for (let i = 0; i < perKind; i++) {
    const dns = await blackbox.probe('dns_delayed', `${HOST}:${t.dnsDelayed}`);
    const request = sampleValue(dns.samples, 'probe_dns_duration_seconds', { phase: 'request' });
    if (dns.success && request !== undefined) samples.dns.push(request * 1000 - t.delayMs);
    const http = await blackbox.probe('http_plain', `http://${HOST}:${t.httpDelayed}/`);
    const processing = sampleValue(http.samples, 'probe_http_duration_seconds', { phase: 'processing' });
    if (http.success && processing !== undefined) samples.http.push(processing * 1000 - t.delayMs);
    await sleep(50);
  }
  return samples;
}

export async function measureTiming(paths: AgentPaths, dir: string, blackbox: Blackbox, t: TargetPorts, options: { rounds: number; perRound: number }, log: (line: string) => void): Promise<TimingResult[]> {
  const agent = { dns: [] as number[], http: [] as number[] };
  const bb = { dns: [] as number[], http: [] as number[] };
  for (let r = 0; r < options.rounds; r++) {
    const a = await agentRound(paths, dir, t, options.perRound);
    const b = await blackboxRound(blackbox, t, options.perRound);
    agent.dns.push(...a.dns);
    agent.http.push(...a.http);
    bb.dns.push(...b.dns);
    bb.http.push(...b.http);
    log(`  timing round ${r + 1}: dns agent ${median(a.dns).toFixed(3)} ms / blackbox ${median(b.dns).toFixed(3)} ms; http agent ${median(a.http).toFixed(3)} ms / blackbox ${median(b.http).toFixed(3)} ms (median error)`);
  }
  return [
    { kind: 'dns', delayMs: t.delayMs, what: { agent: 'resolve layer durationMs', blackbox: 'probe_dns_duration_seconds{phase="request"}' }, agent: sideOf(agent.dns), blackbox: sideOf(bb.dns) },
    { kind: 'http', delayMs: t.delayMs, what: { agent: 'protocol layer detail.ttfbMs', blackbox: 'probe_http_duration_seconds{phase="processing"}' }, agent: sideOf(agent.http), blackbox: sideOf(bb.http) },
  ];
}
