// bench/results.json and bench/RESULTS.md: the numbers, the machine, and each target met or missed.
import { writeFileSync } from 'node:fs';
import type { CpuResult } from './measure-cpu.ts';
import { envText, type MemoryResult, type ScrapeResult } from './measure-memory.ts';
import type { WallResult } from './measure-oneshot.ts';
import type { TimingResult } from './measure-timing.ts';

export interface Machine {
  date: string;
  nproc: number;
  cpuModel: string;
  memoryGb: number;
  kernel: string;
  node: string;
  blackboxExporter: string;
  loadAverage: number[];
}

export interface Results {
  schema: 'vnet-probe-bench/1';
  machine: Machine;
  settings: Record<string, unknown>;
  cpu?: CpuResult[];
  memory?: MemoryResult[];
  scrape?: ScrapeResult[];
  oneShot?: WallResult[];
  timing?: TimingResult[];
  verdicts: Verdict[];
  durationS: number;
}

export interface Verdict {
  target: string;
  measured: string;
  met: boolean;
}

const fmt = (n: number, d = 3) => (Number.isFinite(n) ? Number(n.toFixed(d)).toString() : String(n));

/** Every target of the issue that this run measured, judged. */
export function verdicts(r: Omit<Results, 'verdicts'>): Verdict[] {
  const out: Verdict[] = [];
  for (const c of r.cpu ?? []) {
    out.push({ target: `CPU per ${c.kind} check ≤ 1.0× blackbox_exporter`, measured: `${fmt(c.ratio, 2)}× (${fmt(c.agent.pooledMs)} vs ${fmt(c.blackbox.pooledMs)} ms)`, met: c.ratio <= 1.0 });
  }
  const limits: Record<number, number> = { 1000: 80, 10000: 200 };
  for (const m of r.memory ?? []) {
    const last = m.rssMb.at(-1)!;
    const setting = m.env ? ` (${envText(m.env)}, as in the container image)` : '';
    if (limits[m.checks]) out.push({ target: `RSS with ${m.checks.toLocaleString('en')} checks ≤ ${limits[m.checks]} MB${setting}`, measured: `${fmt(last, 1)} MB (peak ${fmt(m.peakRssMb, 1)})`, met: last <= limits[m.checks] });
  }
  if (r.memory?.length) {
    const worst = Math.max(...r.memory.map((m) => m.growthMb));
    out.push({ target: 'no RSS growth across rounds (≤ 5 MB from the first round to the last)', measured: `largest growth ${fmt(worst, 1)} MB`, met: worst <= 5 });
  }
  const wall = (prefix: string) => r.oneShot?.find((w) => w.what.startsWith(prefix));
  const run100 = wall('vnet-probe run, 100');
  if (run100) out.push({ target: '`run` of 100 healthy loopback checks ≤ 400 ms wall', measured: `${fmt(run100.medianMs, 0)} ms`, met: run100.medianMs <= 400 });
  const version = wall('vnet-probe --version');
  const node = wall('node -e 0');
  if (version) out.push({ target: 'start-up (`--version`) ≤ 120 ms', measured: `${fmt(version.medianMs, 0)} ms (bare node ${fmt(node?.medianMs ?? NaN, 0)} ms)`, met: version.medianMs <= 120 });
  const one = wall('vnet-probe run, 1 tcp');
  if (one) out.push({ target: 'start-up (`run` of one tcp check) ≤ 120 ms', measured: `${fmt(one.medianMs, 0)} ms (bare node ${fmt(node?.medianMs ?? NaN, 0)} ms)`, met: one.medianMs <= 120 });
  for (const t of r.timing ?? []) {
    const a = Math.abs(t.agent.medianErrorMs);
    const b = Math.abs(t.blackbox.medianErrorMs);
    out.push({ target: `${t.measure} (${t.what.agent}) within 2 ms of the injected ${t.delayMs} ms (median)`, measured: `${fmt(t.agent.medianErrorMs)} ms`, met: a <= 2 });
    out.push({ target: `${t.measure} error no worse than blackbox_exporter's (${t.what.blackbox})`, measured: `${fmt(a)} vs ${fmt(b)} ms`, met: a <= b });
  }
  const s1000 = r.scrape?.find((s) => s.checks === 1000);
  if (s1000) out.push({ target: '`/metrics` with 1,000 checks ≤ 20 ms', measured: `${fmt(s1000.medianMs, 1)} ms (${Math.round(s1000.bytes / 1024)} KiB)`, met: s1000.medianMs <= 20 });
  return out;
}

function table(head: string[], rows: Array<Array<string | number>>): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function renderMarkdown(r: Results): string {
  const m = r.machine;
  const parts: string[] = [
    '# vnet-probe benchmark',
    '',
    `Measured ${m.date} by \`npm run bench\` on ${m.nproc} × ${m.cpuModel}, ${m.memoryGb} GB, Linux ${m.kernel}, Node ${m.node}, `
      + `blackbox_exporter ${m.blackboxExporter} (Debian). Load average at the start: ${m.loadAverage.map((l) => l.toFixed(2)).join(' ')}. `
      + `Everything on 127.0.0.1; medians over alternating rounds. Whole run: ${Math.round(r.durationS)} s.`,
    '',
    '## Targets',
    '',
    table(['target', 'measured', 'met'], r.verdicts.map((v) => [v.target, v.measured, v.met ? 'yes' : '**no**'])),
  ];
  if (r.cpu?.length) {
    parts.push('', '## CPU per check', '',
      'vnet-probe `serve` (its own scheduler, N checks on a 1 s interval) against blackbox_exporter answering `/probe` at the same rate. '
      + 'CPU = utime + stime of the prober process only (/proc/PID/stat), over a window after warm-up; "pooled" = all rounds\' CPU / all rounds\' checks.',
      '',
      table(['kind', 'agent ms/check (median)', 'blackbox ms/check (median)', 'agent pooled', 'blackbox pooled', 'ratio', 'checks per side', 'failures a/b'],
        r.cpu.map((c) => [c.kind, fmt(c.agent.medianMs), fmt(c.blackbox.medianMs), fmt(c.agent.pooledMs), fmt(c.blackbox.pooledMs), `${fmt(c.ratio, 2)}×`,
          `${c.agent.checks.reduce((a, b) => a + b, 0)} / ${c.blackbox.checks.reduce((a, b) => a + b, 0)}`, `${c.agent.failures} / ${c.blackbox.failures}`])));
  }
  if (r.memory?.length) {
    parts.push('', '## Memory (serve)', '',
      'Mixed checks (½ tcp, ¼ https, ¼ dns) on loopback; RSS at the end of each round.',
      '',
      table(['checks', 'interval', 'RSS per round (MB)', 'peak (MB)', 'growth (MB)', 'runs', 'failures'],
        r.memory.map((x) => [`${x.checks.toLocaleString('en')}${x.env ? ` (${envText(x.env)})` : ''}`, `${x.intervalMs / 1000} s`, x.rssMb.join(' → '), fmt(x.peakRssMb, 1), fmt(x.growthMb, 1), x.runs, x.failures])));
  }
  if (r.scrape?.length) {
    parts.push('', '## Scrape cost', '',
      table(['checks', 'scrapes', 'median', 'p90', 'size', 'series'],
        r.scrape.map((s) => [s.checks.toLocaleString('en'), s.scrapes, `${fmt(s.medianMs, 1)} ms`, `${fmt(s.p90Ms, 1)} ms`, `${Math.round(s.bytes / 1024)} KiB`, s.series])));
  }
  if (r.oneShot?.length) {
    parts.push('', '## One-shot wall time', '',
      'Process start to exit, `node dist/vnet-probe.mjs …` (the bundle), interleaved runs. CPU is user + system time of the process (10 ms resolution): unlike wall time, it barely moves with the load other processes put on the machine.',
      '',
      table(['what', 'runs', 'wall median', 'wall min', 'wall p90', 'CPU median (user+sys)'], r.oneShot.map((w) => [w.what, w.runs, `${fmt(w.medianMs, 0)} ms`, `${fmt(w.minMs, 0)} ms`, `${fmt(w.p90Ms, 0)} ms`, `${fmt(w.medianCpuMs, 0)} ms`])));
  }
  if (r.timing?.length) {
    parts.push('', '## Timing accuracy', '',
      'Targets answer after a known delay N; the reported time minus N (ms), scope for scope: the whole DNS exchange (socket set-up included), the DNS answer time alone (query sent to answer), and HTTP time to first byte (request written to first response byte). A positive error is time the prober adds.',
      '',
      table(['measure', 'N', 'agent (what)', 'agent median', 'agent p90', 'blackbox (what)', 'blackbox median', 'blackbox p90', 'samples a/b'],
        r.timing.map((t) => [t.measure, `${t.delayMs} ms`, t.what.agent, fmt(t.agent.medianErrorMs), fmt(t.agent.p90ErrorMs), t.what.blackbox.replace(/\|/g, '\\|'), fmt(t.blackbox.medianErrorMs), fmt(t.blackbox.p90ErrorMs), `${t.agent.errorsMs.length} / ${t.blackbox.errorsMs.length}`])));
  }
  return `${parts.join('\n')}\n`;
}

export function writeResults(dir: string, results: Results): void {
  writeFileSync(`${dir}/results.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`${dir}/RESULTS.md`, renderMarkdown(results));
}
