import { collectDefaultMetrics, Registry } from 'prom-client';
import type { Expect } from '../config/spec.ts';
import type { CheckResult } from '../report/model.ts';
import { LAYERS } from '../report/vocabulary.ts';
import { ByteWriter, CONTENT_TYPE, labelText, writeChecks, writeHeader, type CheckSeries } from './exposition.ts';

/** Upper bounds of vnetprobe_check_latency_seconds (+Inf is implied). */
export const LATENCY_BUCKETS: readonly number[] = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10];

/**
 * Which metrics a registry carries:
 * - serve: everything, with the process_* / nodejs_* defaults (the agent's /metrics)
 * - textfile: everything but the process defaults (node_exporter exposes its own process_*)
 * - probe: one run of one check (/probe): the per-run gauges and counters, no histogram, no agent metrics
 */
export type MetricsProfile = 'serve' | 'textfile' | 'probe';

/** A private-answer series is only meaningful where a private answer is expected (the alert keys on 0). */
export function expectsPrivateAnswer(expect: Expect | undefined, chain: unknown): boolean {
  if (expect?.dns === 'private') return true;
  return Array.isArray(chain) && chain.some((name) => typeof name === 'string' && name.toLowerCase().includes('.privatelink.'));
}

function layerDetail(result: CheckResult, layer: string): Record<string, unknown> | undefined {
  // the last attempt of a layer is the one that counts
  for (let i = result.layers.length - 1; i >= 0; i--) if (result.layers[i].layer === layer) return result.layers[i].detail;
  return undefined;
}

const LAYER_INDEX = new Map<string, number>(LAYERS.map((layer, i) => [layer, i]));

function bucketIndex(seconds: number): number {
  let i = 0;
  while (i < LATENCY_BUCKETS.length && seconds > LATENCY_BUCKETS[i]) i++;
  return i; // LATENCY_BUCKETS.length: only +Inf
}

/**
 * The metrics of vnet-probe. The vnetprobe_check_* series live in a lean store of our own (one small
 * object per check, its label text escaped once) and are rendered straight from it: prom-client's
 * per-series objects cost ~2.8 KB and ~55 µs a run per check. prom-client only collects the
 * process_* / nodejs_* defaults (serve profile), on a private registry.
 */
export class ProbeMetrics {
  readonly #checks = new Map<string, CheckSeries>();
  readonly #histogram: boolean;
  readonly #buildInfo: string;
  #sizeHint = 0;
  #lastRound: number | undefined;
  readonly #defaults: Registry | undefined;

  constructor(options: { profile: MetricsProfile; version: string }) {
    this.#histogram = options.profile !== 'probe';
    this.#buildInfo = `vnetprobe_build_info{${labelText({ version: options.version })}} 1\n`;
    if (options.profile === 'serve') {
      this.#defaults = new Registry();
      collectDefaultMetrics({ register: this.#defaults });
    }
  }

  get contentType(): string {
    return CONTENT_TYPE;
  }

  /** Records one run. `expect` is the check's config, which decides whether the private-answer series exists. */
  record(result: CheckResult, expect?: Expect): void {
    let series = this.#checks.get(result.name);
    if (series && (series.kind !== result.kind || series.target !== result.target || series.required !== result.required)) {
      this.remove(result.name); // same name, other target or kind: the old series go (counters start over)
      series = undefined;
    }
    if (!series) {
      series = {
        kind: result.kind, target: result.target, required: result.required,
        labels: labelText({ check: result.name, kind: result.kind, target: result.target, required: result.required ? 'true' : 'false' }),
        success: 0, duration: 0, runs: 0,
        layerSeconds: new Array<number>(LAYERS.length).fill(-1),
        failureClasses: undefined, failureCounts: undefined,
        buckets: this.#histogram ? new Array<number>(LATENCY_BUCKETS.length + 1).fill(0) : undefined, latencySum: 0,
        certNotAfter: undefined, privateAnswer: undefined,
      };
      this.#checks.set(result.name, series);
    }

    const seconds = result.durationMs / 1000;
    series.success = result.status === 'fail' ? 0 : 1;
    series.duration = seconds;
    series.runs++;
    if (series.buckets) {
      series.buckets[bucketIndex(seconds)]++;
      series.latencySum += seconds;
    }

    // the layers the run reached; the last attempt of a layer counts
    series.layerSeconds.fill(-1);
    for (const layer of result.layers) {
      const at = LAYER_INDEX.get(layer.layer);
      if (at !== undefined) series.layerSeconds[at] = layer.durationMs / 1000;
    }

    if (result.failure) {
      const classes = (series.failureClasses ??= []);
      const counts = (series.failureCounts ??= []);
      const at = classes.indexOf(result.failure.class);
      if (at >= 0) counts[at]++;
      else {
        classes.push(result.failure.class);
        counts.push(1);
      }
    }

    // the certificate does not change when a run fails before the handshake: its last value stays
    const notAfter = layerDetail(result, 'tls')?.notAfter;
    const notAfterMs = typeof notAfter === 'string' ? Date.parse(notAfter) : NaN;
    if (Number.isFinite(notAfterMs)) series.certNotAfter = notAfterMs / 1000;

    // the answer is the latest run's: no answer (NXDOMAIN, timeout) means no series
    const resolve = layerDetail(result, 'resolve');
    series.privateAnswer = resolve && typeof resolve.private === 'boolean' && expectsPrivateAnswer(expect, resolve.chain)
      ? (resolve.private ? 1 : 0)
      : undefined;
  }

  /** Drops every series of a check (removed from the config by a reload). */
  remove(name: string): void {
    this.#checks.delete(name);
  }

  /** Names of the checks that have series. */
  checks(): string[] {
    return [...this.#checks.keys()];
  }

  markRound(atMs: number): void {
    if (this.#histogram) this.#lastRound = atMs / 1000; // not in the probe profile
  }

  /** The exposition, Prometheus text format 0.0.4. */
  async expose(): Promise<string> {
    return (await this.exposeBytes()).toString('utf8');
  }

  /** The exposition as UTF-8 bytes, as an HTTP answer sends it (no string to encode again). */
  async exposeBytes(): Promise<Buffer> {
    const defaults = this.#defaults ? await this.#defaults.metrics() : '';
    const w = new ByteWriter(this.#sizeHint);
    writeChecks(w, [...this.#checks.values()], this.#histogram ? LATENCY_BUCKETS : undefined);
    if (this.#histogram) {
      writeHeader(w, 'vnetprobe_last_round_timestamp_seconds', 'When the last round (every check run at least once since the round before) completed, Unix time.', 'gauge');
      // absent until the first round completes, rather than a misleading 0
      if (this.#lastRound !== undefined) {
        w.ascii('vnetprobe_last_round_timestamp_seconds ');
        w.number(this.#lastRound);
        w.ascii('\n');
      }
      writeHeader(w, 'vnetprobe_build_info', 'vnet-probe build, always 1.', 'gauge');
      w.text(this.#buildInfo);
    }
    w.text(defaults);
    this.#sizeHint = w.length + (w.length >> 4); // the next scrape is about as large
    return w.bytes();
  }
}
