// Timing accuracy: targets that answer after a known delay N (a DNS server and an HTTP server);
// the reported time minus N, for the agent and for blackbox_exporter, compared scope for scope:
// - dns, whole exchange: the agent's resolve layer (socket set-up, query, answer, parsing) against the
//   exporter's connect + request phases of probe_dns_duration_seconds;
// - dns, answer time: the agent's resolve detail rttMs (query sent to answer) against the exporter's
//   request phase (probe_dns_lookup_time_seconds is the lookup of the server's own name, ~0 for an IP);
// - http: the agent's protocol-layer ttfbMs against probe_http_duration_seconds{phase="processing"}
//   (request written to first response byte, both).
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

export type TimingMeasure = 'dns exchange' | 'dns answer' | 'http ttfb';

export interface TimingResult {
  measure: TimingMeasure;
  delayMs: number;
  what: { agent: string; blackbox: string };
  agent: TimingSide;
  blackbox: TimingSide;
}

type Samples = Record<TimingMeasure, number[]>;
const WARM_UP_MS = 4000;
/** The agent's check interval, kept for the exporter too: a target idle for longer answers later. */
const SPACING_MS = 300;
const empty = (): Samples => ({ 'dns exchange': [], 'dns answer': [], 'http ttfb': [] });

function sideOf(errors: number[]): TimingSide {
  return {
    errorsMs: errors.map((e) => round(e, 3)),
    medianErrorMs: round(median(errors), 3),
    p90ErrorMs: round(percentile(errors, 90), 3),
    maxAbsErrorMs: round(Math.max(...errors.map(Math.abs)), 3),
  };
}

type ReportCheck = Awaited<ReturnType<Awaited<ReturnType<typeof startServe>>['report']>>['checks'][number];

/** The measures one run of the agent's check gives, minus the delay. */
function agentSample(check: ReportCheck, delayMs: number): Partial<Record<TimingMeasure, number>> {
  if (check.status !== 'pass') return {};
  const layer = (name: string) => check.layers.find((l) => l.layer === name);
  if (check.name === 'dns-delayed') {
    const resolve = layer('resolve');
    const rtt = resolve?.detail?.rttMs;
    return {
      ...(resolve ? { 'dns exchange': resolve.durationMs - delayMs } : {}),
      ...(typeof rtt === 'number' ? { 'dns answer': rtt - delayMs } : {}),
    };
  }
  const ttfb = layer('protocol')?.detail?.ttfbMs;
  return typeof ttfb === 'number' ? { 'http ttfb': ttfb - delayMs } : {};
}

/**
 * Runs one delayed check in serve every 300 ms and keeps each new result until `count` of them. One
 * kind per process and per target, as the exporter probes them one at a time: a DNS reply and an HTTP
 * answer due at the same instant would delay each other, in the agent and in the targets' process.
 */
async function agentSamples(paths: AgentPaths, dir: string, t: TargetPorts, kind: 'dns' | 'http', count: number, into: Samples): Promise<void> {
  const name = kind === 'dns' ? 'dns-delayed' : 'http-delayed';
  const target = kind === 'dns' ? `dns://${HOST}:${t.dnsDelayed}/${DNS_DELAYED_NAME}?type=A` : `http://${HOST}:${t.httpDelayed}/`;
  const config = writeConfig(path.join(dir, `timing-${kind}.json`), {
    defaults: { interval: `${SPACING_MS}ms`, timeout: '250ms', concurrency: 4 },
    checks: [{ name, target }],
  });
  const agent = await startServe(paths, config);
  const seen = new Set<string>();
  try {
    await waitFor(`the ${kind} delayed check to run`, 20_000, async () => ((await agent.ready()) ? true : undefined), 50);
    // a serve process runs for days: its first runs (code not yet optimised) are not what it reports
    // then, and the exporter it is compared with has been running all along
    await sleep(WARM_UP_MS);
    const deadline = Date.now() + 30_000;
    while (seen.size < count && Date.now() < deadline) {
      const [check] = (await agent.report()).checks;
      const id = String(check.durationMs); // microsecond resolution: a new run has a new duration
      if (!seen.has(id)) {
        seen.add(id);
        for (const [measure, value] of Object.entries(agentSample(check, t.delayMs))) into[measure as TimingMeasure].push(value);
      }
      await sleep(110); // not in step with the 300 ms interval
    }
  } finally {
    await agent.stop();
  }
}

/** Waits out the rest of one SPACING_MS period that started at `startedAt`. */
const spaced = (startedAt: number) => sleep(Math.max(0, SPACING_MS - (Date.now() - startedAt)));

async function blackboxSamples(blackbox: Blackbox, t: TargetPorts, count: number, into: Samples): Promise<void> {
  for (let i = 0; i < count; i++) {
    const startedAt = Date.now();
    const dns = await blackbox.probe('dns_delayed', `${HOST}:${t.dnsDelayed}`);
    const request = sampleValue(dns.samples, 'probe_dns_duration_seconds', { phase: 'request' });
    const connect = sampleValue(dns.samples, 'probe_dns_duration_seconds', { phase: 'connect' });
    if (dns.success && request !== undefined && connect !== undefined) {
      into['dns answer'].push(request * 1000 - t.delayMs);
      into['dns exchange'].push((connect + request) * 1000 - t.delayMs);
    }
    await spaced(startedAt);
  }
  for (let i = 0; i < count; i++) {
    const startedAt = Date.now();
    const http = await blackbox.probe('http_plain', `http://${HOST}:${t.httpDelayed}/`);
    const processing = sampleValue(http.samples, 'probe_http_duration_seconds', { phase: 'processing' });
    if (http.success && processing !== undefined) into['http ttfb'].push(processing * 1000 - t.delayMs);
    await spaced(startedAt);
  }
}

const WHAT: Record<TimingMeasure, { agent: string; blackbox: string }> = {
  'dns exchange': { agent: 'resolve layer durationMs', blackbox: 'probe_dns_duration_seconds connect + request' },
  'dns answer': { agent: 'resolve detail.rttMs', blackbox: 'probe_dns_duration_seconds{phase="request"}' },
  'http ttfb': { agent: 'protocol detail.ttfbMs', blackbox: 'probe_http_duration_seconds{phase="processing"}' },
};

export async function measureTiming(paths: AgentPaths, dir: string, blackbox: Blackbox, t: TargetPorts, options: { rounds: number; perRound: number }, log: (line: string) => void): Promise<TimingResult[]> {
  const agent = empty();
  const bb = empty();
  for (let r = 0; r < options.rounds; r++) {
    const a = empty();
    const b = empty();
    await agentSamples(paths, dir, t, 'dns', options.perRound, a);
    await agentSamples(paths, dir, t, 'http', options.perRound, a);
    await blackboxSamples(blackbox, t, options.perRound, b);
    for (const m of Object.keys(a) as TimingMeasure[]) {
      agent[m].push(...a[m]);
      bb[m].push(...b[m]);
    }
    log(`  timing round ${r + 1} (median error, agent / blackbox): ${(Object.keys(a) as TimingMeasure[]).map((m) => `${m} ${median(a[m]).toFixed(3)} / ${median(b[m]).toFixed(3)} ms`).join('; ')}`);
  }
  return (Object.keys(WHAT) as TimingMeasure[]).map((measure) => ({ measure, delayMs: t.delayMs, what: WHAT[measure], agent: sideOf(agent[measure]), blackbox: sideOf(bb[measure]) }));
}
