import { LAYERS } from '../report/vocabulary.ts';

// The Prometheus text format (0.0.4) of the vnetprobe_check_* series, written straight from the
// lean per-check store of ProbeMetrics into one Buffer.

export const CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/** The series of one check: what the latest run left, and the counters of every run. */
export interface CheckSeries {
  /** what the labels were made of: a change of any of them starts the series over */
  kind: string;
  target: string;
  required: boolean;
  /** `check="…",kind="…",target="…",required="…"`, escaped */
  labels: string;
  success: number;
  duration: number;
  /** also the histogram's _count: every run is one observation */
  runs: number;
  /** per layer of LAYERS (the ladder's order), its duration in the latest run (seconds); -1: not reached */
  layerSeconds: number[];
  /** failure classes seen, and their counts; undefined until the first failure */
  failureClasses: string[] | undefined;
  failureCounts: number[] | undefined;
  /** runs per latency bucket, not cumulative, the last one +Inf; undefined without the histogram */
  buckets: number[] | undefined;
  latencySum: number;
  certNotAfter: number | undefined;
  privateAnswer: number | undefined;
}

function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

/** `name="value",…`, escaped; one flat string (a rope of pieces would keep every piece alive) */
export function labelText(labels: Record<string, string>): string {
  return Object.keys(labels).map((name) => `${name}="${escapeLabelValue(labels[name])}"`).join(',');
}

/** Appends to one growing Buffer: a scrape is one copy of its bytes, not a rope of ~100,000 strings. */
export class ByteWriter {
  #buf: Buffer;
  #off = 0;

  constructor(sizeHint: number) {
    this.#buf = Buffer.allocUnsafe(Math.max(4096, sizeHint));
  }

  #room(bytes: number): void {
    if (this.#off + bytes <= this.#buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.#buf.length * 2, this.#off + bytes));
    this.#buf.copy(bigger, 0, 0, this.#off);
    this.#buf = bigger;
  }

  /** text known to be ASCII (metric names, numbers): for short strings a loop beats a call into C++ */
  ascii(text: string): void {
    this.#room(text.length);
    const buf = this.#buf;
    let off = this.#off;
    for (let i = 0; i < text.length; i++) buf[off++] = text.charCodeAt(i);
    this.#off = off;
  }

  /** any text, UTF-8 */
  text(text: string): void {
    this.#room(text.length * 3);
    this.#off += this.#buf.write(text, this.#off);
  }

  number(value: number): void {
    this.ascii(value === Infinity ? '+Inf' : value === -Infinity ? '-Inf' : String(value));
  }

  get length(): number {
    return this.#off;
  }

  bytes(): Buffer {
    return this.#buf.subarray(0, this.#off);
  }
}

export function writeHeader(w: ByteWriter, name: string, help: string, type: 'gauge' | 'counter' | 'histogram'): void {
  w.text(`# HELP ${name} ${help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}\n# TYPE ${name} ${type}\n`);
}

const SUCCESS = 'vnetprobe_check_success';
const DURATION = 'vnetprobe_check_duration_seconds';
const LAYER_DURATION = 'vnetprobe_check_layer_duration_seconds';
const RUNS = 'vnetprobe_check_runs_total';
const FAILURES = 'vnetprobe_check_failures_total';
const LATENCY = 'vnetprobe_check_latency_seconds';
const CERT = 'vnetprobe_tls_cert_not_after_timestamp_seconds';
const PRIVATE_ANSWER = 'vnetprobe_dns_private_answer';

const SUCCESS_OPEN = `${SUCCESS}{`;
const DURATION_OPEN = `${DURATION}{`;
const LAYER_DURATION_OPEN = `${LAYER_DURATION}{`;
const RUNS_OPEN = `${RUNS}{`;
const FAILURES_OPEN = `${FAILURES}{`;
const LATENCY_SUM_OPEN = `${LATENCY}_sum{`;
const LATENCY_COUNT_OPEN = `${LATENCY}_count{`;
const CERT_OPEN = `${CERT}{`;
const PRIVATE_ANSWER_OPEN = `${PRIVATE_ANSWER}{`;
const LAYER_LABELS = LAYERS.map((layer) => `,layer="${layer}"} `);

/** `,class="tcp_timeout"} `: a handful of values, built once */
const classLabels = new Map<string, string>();
function classLabel(value: string): string {
  let text = classLabels.get(value);
  if (text === undefined) classLabels.set(value, (text = `,class="${escapeLabelValue(value)}"} `));
  return text;
}

/** one sample line: `PREFIX{LABELS} VALUE` where prefix carries the name and `{`, suffix the rest up to the value */
function line(w: ByteWriter, prefix: string, labels: string, suffix: string, value: number): void {
  w.ascii(prefix);
  w.text(labels);
  w.ascii(suffix);
  w.number(value);
  w.ascii('\n');
}

/** Every vnetprobe_check_* family of the checks, in the order of their names in the exposition. */
export function writeChecks(w: ByteWriter, checks: readonly CheckSeries[], buckets: readonly number[] | undefined): void {
  writeHeader(w, SUCCESS, 'Whether the latest run of the check passed (1, warnings included) or failed (0).', 'gauge');
  for (const c of checks) line(w, SUCCESS_OPEN, c.labels, '} ', c.success);

  writeHeader(w, DURATION, 'Duration of the latest run of the check.', 'gauge');
  for (const c of checks) line(w, DURATION_OPEN, c.labels, '} ', c.duration);

  writeHeader(w, LAYER_DURATION, 'Duration of each layer the latest run of the check reached.', 'gauge');
  for (const c of checks) {
    for (let i = 0; i < LAYER_LABELS.length; i++) if (c.layerSeconds[i] >= 0) line(w, LAYER_DURATION_OPEN, c.labels, LAYER_LABELS[i], c.layerSeconds[i]);
  }

  writeHeader(w, RUNS, 'Runs of the check.', 'counter');
  for (const c of checks) line(w, RUNS_OPEN, c.labels, '} ', c.runs);

  writeHeader(w, FAILURES, 'Failed runs of the check, by failure class.', 'counter');
  for (const c of checks) {
    if (!c.failureClasses) continue;
    for (let i = 0; i < c.failureClasses.length; i++) {
      w.ascii(FAILURES_OPEN);
      w.text(c.labels);
      w.text(classLabel(c.failureClasses[i]));
      w.number(c.failureCounts![i]);
      w.ascii('\n');
    }
  }

  if (buckets) {
    writeHeader(w, LATENCY, 'Duration of every run of the check.', 'histogram');
    const prefixes = [...buckets.map((bound) => `${LATENCY}_bucket{le="${bound}",`), `${LATENCY}_bucket{le="+Inf",`];
    for (const c of checks) {
      if (!c.buckets) continue;
      let cumulative = 0;
      for (let i = 0; i < prefixes.length; i++) {
        cumulative += c.buckets[i];
        line(w, prefixes[i], c.labels, '} ', cumulative);
      }
      line(w, LATENCY_SUM_OPEN, c.labels, '} ', c.latencySum);
      line(w, LATENCY_COUNT_OPEN, c.labels, '} ', c.runs);
    }
  }

  writeHeader(w, CERT, 'Expiry (notAfter, Unix time) of the last certificate the check was presented.', 'gauge');
  for (const c of checks) if (c.certNotAfter !== undefined) line(w, CERT_OPEN, c.labels, '} ', c.certNotAfter);

  writeHeader(w, PRIVATE_ANSWER, 'Whether the name of a check that expects a private endpoint resolved to private addresses only (1) or not (0).', 'gauge');
  for (const c of checks) if (c.privateAnswer !== undefined) line(w, PRIVATE_ANSWER_OPEN, c.labels, '} ', c.privateAnswer);
}
