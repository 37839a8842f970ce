import { performance } from 'node:perf_hooks';
import type { CheckSpec } from '../config/spec.ts';
import { runCheck } from '../engine/run-check.ts';
import { hintFor } from '../engine/hints.ts';
import type { CheckResult } from '../report/model.ts';
import { Limiter } from './limiter.ts';

/** The latest run of one check: all the scheduler keeps of it. */
export interface LatestRun {
  result: CheckResult;
  startedAt: Date;
  finishedAt: Date;
}

export interface ResultEvent extends LatestRun {
  spec: CheckSpec;
  previous: CheckResult | undefined;
}

/**
 * Where in its interval a check first runs: 'random' spreads the first round over the interval (default),
 * 'even' is the deterministic spread (check i of n at i/n of its interval), 'none' runs every check at once.
 */
export type Spread = 'random' | 'even' | 'none';

export interface SchedulerOptions {
  concurrency: number;
  spread?: Spread;
  random?: () => number;
  /** Runs one check; the engine's runCheck by default. Must end by the check's deadline. */
  run?: (spec: CheckSpec) => Promise<CheckResult>;
  onResult?: (event: ResultEvent) => void;
  /** Every check has finished a run since the previous round: `at` is the Unix time in ms. */
  onRound?: (at: number) => void;
  /** Extra wait past a running check's deadline in stop() before giving up on it. */
  stopGraceMs?: number;
}

export interface ReloadSummary {
  added: string[];
  removed: CheckSpec[];
  changed: Array<{ before: CheckSpec; after: CheckSpec }>;
  unchanged: string[];
}

interface Entry {
  spec: CheckSpec;
  fingerprint: string;
  timer: NodeJS.Timeout | undefined;
  nextAt: number;
  /** a run is queued or in flight: the next tick is skipped */
  busy: Promise<void> | undefined;
  latest: LatestRun | undefined;
  removed: boolean;
}

/** When check `index` of `count` first runs, in ms from now. */
export function firstRunOffset(spread: Spread, intervalMs: number, index: number, count: number, random: () => number = Math.random): number {
  switch (spread) {
    case 'none':
      return 0;
    case 'even':
      return count > 0 ? Math.floor((index / count) * intervalMs) : 0;
    default:
      return Math.floor(random() * intervalMs);
  }
}

function fingerprint(spec: CheckSpec): string {
  return JSON.stringify(spec);
}

function crashResult(spec: CheckSpec, error: unknown): CheckResult {
  const message = `the engine failed: ${error instanceof Error ? error.message : String(error)}`;
  return {
    name: spec.name, kind: spec.target.kind, target: spec.target.raw, host: spec.target.host, port: spec.target.port,
    required: spec.required, status: 'fail', durationMs: 0, layers: [{ layer: 'resolve', ok: false, durationMs: 0 }],
    failure: { layer: 'resolve', class: 'internal_error', message, hint: hintFor('internal_error', { kind: spec.target.kind, host: spec.target.host, port: spec.target.port, layer: 'resolve' }) },
  };
}

/**
 * Runs each check on its own interval. A check never runs twice at once (a tick that finds it still
 * running is skipped), at most `concurrency` run together, and only the latest result of each is kept.
 */
export class Scheduler {
  readonly #entries = new Map<string, Entry>();
  readonly #limiter: Limiter;
  readonly #options: SchedulerOptions;
  readonly #run: (spec: CheckSpec) => Promise<CheckResult>;
  /** runs queued or in flight, scheduled or not, with their deadline (performance.now(); Infinity while queued) */
  readonly #inflight = new Map<Promise<unknown>, { deadlineAt: number }>();
  #roundPending = new Set<string>();
  #started = false;
  #stopping = false;
  #skippedTicks = 0;
  #runs = 0;

  constructor(options: SchedulerOptions) {
    this.#options = options;
    this.#limiter = new Limiter(options.concurrency);
    this.#run = options.run ?? ((spec) => runCheck(spec));
  }

  get skippedTicks(): number {
    return this.#skippedTicks;
  }

  get runs(): number {
    return this.#runs;
  }

  get stopping(): boolean {
    return this.#stopping;
  }

  /** The checks, in config order. */
  specs(): CheckSpec[] {
    return [...this.#entries.values()].map((e) => e.spec);
  }

  latest(name: string): LatestRun | undefined {
    return this.#entries.get(name)?.latest;
  }

  /** Every check has a result. */
  ready(): boolean {
    for (const entry of this.#entries.values()) if (!entry.latest) return false;
    return true;
  }

  setConcurrency(concurrency: number): void {
    this.#limiter.setMax(concurrency);
  }

  /**
   * Replaces the set of checks: new ones are scheduled (first run spread over their interval),
   * removed ones stop (a run in flight is dropped when it ends), changed ones start over.
   */
  setChecks(specs: CheckSpec[]): ReloadSummary {
    const summary: ReloadSummary = { added: [], removed: [], changed: [], unchanged: [] };
    const wanted = new Map(specs.map((s) => [s.name, s]));
    for (const [name, entry] of this.#entries) {
      if (!wanted.has(name)) {
        this.#retire(entry);
        this.#entries.delete(name);
        this.#roundPending.delete(name);
        summary.removed.push(entry.spec);
      }
    }
    const fresh: Entry[] = [];
    const ordered = new Map<string, Entry>();
    for (const spec of specs) {
      const existing = this.#entries.get(spec.name);
      const print = fingerprint(spec);
      if (existing && existing.fingerprint === print) {
        ordered.set(spec.name, existing);
        summary.unchanged.push(spec.name);
        continue;
      }
      if (existing) {
        this.#retire(existing);
        summary.changed.push({ before: existing.spec, after: spec });
      } else {
        summary.added.push(spec.name);
      }
      const entry: Entry = { spec, fingerprint: print, timer: undefined, nextAt: 0, busy: undefined, latest: undefined, removed: false };
      ordered.set(spec.name, entry);
      fresh.push(entry);
      this.#roundPending.add(spec.name);
    }
    this.#entries.clear();
    for (const [name, entry] of ordered) this.#entries.set(name, entry);
    if (this.#started && !this.#stopping) fresh.forEach((entry, i) => this.#schedule(entry, i, fresh.length));
    return summary;
  }

  start(): void {
    if (this.#started) return;
    this.#started = true;
    const all = [...this.#entries.values()];
    all.forEach((entry, i) => this.#schedule(entry, i, all.length));
  }

  /** Takes no more work and waits for the runs in flight, each up to its deadline (plus a grace). */
  async stop(): Promise<void> {
    this.#stopping = true;
    for (const entry of this.#entries.values()) {
      clearTimeout(entry.timer);
      entry.timer = undefined;
    }
    this.#limiter.close(); // queued runs end now
    await Promise.resolve();
    const inflight = [...this.#inflight];
    if (inflight.length === 0) return;
    const deadlines = inflight.map(([, r]) => r.deadlineAt).filter(Number.isFinite);
    const waitMs = Math.max(0, ...deadlines.map((d) => d - performance.now())) + (this.#options.stopGraceMs ?? 1000);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled(inflight.map(([p]) => p)),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, waitMs);
      }),
    ]);
    clearTimeout(timer);
  }

  /** Runs a check outside its schedule (the /probe endpoint), inside the same concurrency bound. */
  runOnce(spec: CheckSpec): Promise<CheckResult> {
    const record = { deadlineAt: Infinity };
    const promise = (async () => {
      const release = await this.#limiter.acquire();
      if (!release) throw new Error('the agent is shutting down');
      record.deadlineAt = performance.now() + spec.timeoutMs;
      try {
        return await this.#run(spec);
      } catch (error) {
        return crashResult(spec, error);
      } finally {
        release();
      }
    })();
    this.#track(promise, record);
    return promise;
  }

  #track(promise: Promise<unknown>, record: { deadlineAt: number }): void {
    this.#inflight.set(promise, record);
    promise.then(() => this.#inflight.delete(promise), () => this.#inflight.delete(promise));
  }

  #schedule(entry: Entry, index: number, count: number): void {
    const offset = firstRunOffset(this.#options.spread ?? 'random', entry.spec.intervalMs, index, count, this.#options.random ?? Math.random);
    entry.nextAt = performance.now() + offset;
    entry.timer = setTimeout(() => this.#tick(entry), offset);
  }

  #tick(entry: Entry): void {
    entry.timer = undefined;
    if (this.#stopping || entry.removed) return;
    const now = performance.now();
    const interval = entry.spec.intervalMs;
    entry.nextAt += interval;
    // a blocked event loop does not cause a burst of catch-up runs
    if (entry.nextAt <= now) entry.nextAt = now + interval - ((now - entry.nextAt) % interval);
    entry.timer = setTimeout(() => this.#tick(entry), entry.nextAt - now);
    if (entry.busy) {
      this.#skippedTicks++;
      return;
    }
    const record = { deadlineAt: Infinity };
    entry.busy = this.#execute(entry, record).finally(() => {
      entry.busy = undefined;
    });
    this.#track(entry.busy, record);
  }

  async #execute(entry: Entry, record: { deadlineAt: number }): Promise<void> {
    const release = await this.#limiter.acquire();
    if (!release) return;
    if (this.#stopping || entry.removed) {
      release();
      return;
    }
    const { spec } = entry;
    const startedAt = new Date();
    record.deadlineAt = performance.now() + spec.timeoutMs;
    let result: CheckResult;
    try {
      result = await this.#run(spec);
    } catch (error) {
      result = crashResult(spec, error);
    } finally {
      release();
    }
    this.#runs++;
    if (entry.removed) return; // removed or changed by a reload while it ran
    const previous = entry.latest?.result;
    entry.latest = { result, startedAt, finishedAt: new Date() };
    this.#options.onResult?.({ spec, previous, ...entry.latest });
    this.#roundPending.delete(spec.name);
    if (this.#roundPending.size === 0) {
      this.#roundPending = new Set(this.#entries.keys());
      this.#options.onRound?.(Date.now());
    }
  }

  #retire(entry: Entry): void {
    entry.removed = true;
    clearTimeout(entry.timer);
    entry.timer = undefined;
  }
}
