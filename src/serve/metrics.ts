import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Expect } from '../config/spec.ts';
import type { CheckResult } from '../report/model.ts';
import { renderGaugeOrCounter, renderHistogram } from './exposition.ts';

const BASE_LABELS = ['check', 'kind', 'target', 'required'] as const;
type BaseLabels = Record<(typeof BASE_LABELS)[number], string>;

export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * Which metrics a registry carries:
 * - serve: everything, with the process_* / nodejs_* defaults (the agent's /metrics)
 * - textfile: everything but the process defaults (node_exporter exposes its own process_*)
 * - probe: one run of one check (/probe): the per-run gauges and counters, no histogram, no agent metrics
 */
export type MetricsProfile = 'serve' | 'textfile' | 'probe';

interface Tracked {
  labels: BaseLabels;
  key: string;
  layers: Set<string>;
  classes: Set<string>;
  cert: boolean;
  dns: boolean;
}

function labelsOf(result: CheckResult): BaseLabels {
  return { check: result.name, kind: result.kind, target: result.target, required: result.required ? 'true' : 'false' };
}

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

/** prom-client metrics of vnet-probe on a private registry (never the global one). */
export class ProbeMetrics {
  readonly registry = new Registry();
  readonly #tracked = new Map<string, Tracked>();
  readonly #success: Gauge;
  readonly #duration: Gauge;
  readonly #layerDuration: Gauge;
  readonly #runs: Counter;
  readonly #failures: Counter;
  readonly #latency: Histogram | undefined;
  readonly #certNotAfter: Gauge;
  readonly #privateAnswer: Gauge;
  readonly #lastRound: Gauge | undefined;
  readonly #buildInfo: Gauge | undefined;
  /** the process_* / nodejs_* defaults, rendered by prom-client itself */
  readonly #defaults: Registry | undefined;

  constructor(options: { profile: MetricsProfile; version: string }) {
    const registers = [this.registry];
    const base = [...BASE_LABELS];
    this.#success = new Gauge({ name: 'vnetprobe_check_success', help: 'Whether the latest run of the check passed (1, warnings included) or failed (0).', labelNames: base, registers });
    this.#duration = new Gauge({ name: 'vnetprobe_check_duration_seconds', help: 'Duration of the latest run of the check.', labelNames: base, registers });
    this.#layerDuration = new Gauge({ name: 'vnetprobe_check_layer_duration_seconds', help: 'Duration of each layer the latest run of the check reached.', labelNames: [...base, 'layer'], registers });
    this.#runs = new Counter({ name: 'vnetprobe_check_runs_total', help: 'Runs of the check.', labelNames: base, registers });
    this.#failures = new Counter({ name: 'vnetprobe_check_failures_total', help: 'Failed runs of the check, by failure class.', labelNames: [...base, 'class'], registers });
    this.#certNotAfter = new Gauge({ name: 'vnetprobe_tls_cert_not_after_timestamp_seconds', help: 'Expiry (notAfter, Unix time) of the last certificate the check was presented.', labelNames: base, registers });
    this.#privateAnswer = new Gauge({ name: 'vnetprobe_dns_private_answer', help: 'Whether the name of a check that expects a private endpoint resolved to private addresses only (1) or not (0).', labelNames: base, registers });
    if (options.profile !== 'probe') {
      this.#latency = new Histogram({ name: 'vnetprobe_check_latency_seconds', help: 'Duration of every run of the check.', labelNames: base, buckets: LATENCY_BUCKETS, registers });
      this.#lastRound = new Gauge({ name: 'vnetprobe_last_round_timestamp_seconds', help: 'When the last round (every check run at least once since the round before) completed, Unix time.', registers });
      this.#lastRound.remove(); // absent until the first round completes, rather than a misleading 0
      this.#buildInfo = new Gauge({ name: 'vnetprobe_build_info', help: 'vnet-probe build, always 1.', labelNames: ['version'], registers });
      this.#buildInfo.set({ version: options.version }, 1);
    }
    if (options.profile === 'serve') {
      this.#defaults = new Registry();
      collectDefaultMetrics({ register: this.#defaults });
    }
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** Records one run. `expect` is the check's config, which decides whether the private-answer series exists. */
  record(result: CheckResult, expect?: Expect): void {
    const labels = labelsOf(result);
    const key = JSON.stringify(labels);
    let tracked = this.#tracked.get(result.name);
    if (tracked && tracked.key !== key) {
      this.remove(result.name); // same name, other target or kind: the old series go
      tracked = undefined;
    }
    if (!tracked) {
      tracked = { labels, key, layers: new Set(), classes: new Set(), cert: false, dns: false };
      this.#tracked.set(result.name, tracked);
    }

    this.#success.set(labels, result.status === 'fail' ? 0 : 1);
    this.#duration.set(labels, result.durationMs / 1000);
    this.#runs.inc(labels);
    this.#latency?.observe(labels, result.durationMs / 1000);

    const seen = new Set<string>();
    for (const layer of result.layers) {
      seen.add(layer.layer);
      this.#layerDuration.set({ ...labels, layer: layer.layer }, layer.durationMs / 1000);
    }
    for (const layer of tracked.layers) if (!seen.has(layer)) this.#layerDuration.remove({ ...labels, layer });
    tracked.layers = seen;

    if (result.failure) {
      this.#failures.inc({ ...labels, class: result.failure.class });
      tracked.classes.add(result.failure.class);
    }

    // the certificate does not change when a run fails before the handshake: its last value stays
    const notAfter = layerDetail(result, 'tls')?.notAfter;
    const notAfterMs = typeof notAfter === 'string' ? Date.parse(notAfter) : NaN;
    if (Number.isFinite(notAfterMs)) {
      this.#certNotAfter.set(labels, notAfterMs / 1000);
      tracked.cert = true;
    }

    // the answer is the latest run's: no answer (NXDOMAIN, timeout) means no series
    const resolve = layerDetail(result, 'resolve');
    if (resolve && typeof resolve.private === 'boolean' && expectsPrivateAnswer(expect, resolve.chain)) {
      this.#privateAnswer.set(labels, resolve.private ? 1 : 0);
      tracked.dns = true;
    } else if (tracked.dns) {
      this.#privateAnswer.remove(labels);
      tracked.dns = false;
    }
  }

  /** Drops every series of a check (removed from the config by a reload). */
  remove(name: string): void {
    const tracked = this.#tracked.get(name);
    if (!tracked) return;
    const { labels } = tracked;
    this.#success.remove(labels);
    this.#duration.remove(labels);
    this.#runs.remove(labels);
    this.#latency?.remove(labels);
    for (const layer of tracked.layers) this.#layerDuration.remove({ ...labels, layer });
    for (const failureClass of tracked.classes) this.#failures.remove({ ...labels, class: failureClass });
    if (tracked.cert) this.#certNotAfter.remove(labels);
    if (tracked.dns) this.#privateAnswer.remove(labels);
    this.#tracked.delete(name);
  }

  /** Names of the checks that have series. */
  checks(): string[] {
    return [...this.#tracked.keys()];
  }

  markRound(atMs: number): void {
    this.#lastRound?.set(atMs / 1000);
  }

  /** The exposition, Prometheus text format 0.0.4. */
  async expose(): Promise<string> {
    const out: string[] = [];
    renderGaugeOrCounter(out, this.#success, 'gauge');
    renderGaugeOrCounter(out, this.#duration, 'gauge');
    renderGaugeOrCounter(out, this.#layerDuration, 'gauge');
    renderGaugeOrCounter(out, this.#runs, 'counter');
    renderGaugeOrCounter(out, this.#failures, 'counter');
    if (this.#latency) renderHistogram(out, this.#latency, LATENCY_BUCKETS);
    renderGaugeOrCounter(out, this.#certNotAfter, 'gauge');
    renderGaugeOrCounter(out, this.#privateAnswer, 'gauge');
    if (this.#lastRound) renderGaugeOrCounter(out, this.#lastRound, 'gauge');
    if (this.#buildInfo) renderGaugeOrCounter(out, this.#buildInfo, 'gauge');
    if (this.#defaults) out.push(await this.#defaults.metrics());
    return out.join('');
  }
}
