import type { Counter, Gauge, Histogram } from 'prom-client';

// prom-client keeps the values; rendering them through its registry costs ~6 µs a series (it builds
// an object per value and per bucket). This renders the same text format straight from its store.

interface ValueEntry { labels: Record<string, string | number>; value: number }
interface HistogramEntry { labels: Record<string, string | number>; bucketValues: Record<string, number>; sum: number; count: number }
type Store<T> = { hashMap: Record<string, T> };

const labelCache = new WeakMap<object, string>();

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

/** `name="value",…` of one label set, cached per label object (prom-client keeps the object per series). */
function labelText(labels: Record<string, string | number>): string {
  let text = labelCache.get(labels);
  if (text === undefined) {
    text = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(String(v))}"`).join(',');
    labelCache.set(labels, text);
  }
  return text;
}

function number(value: number): string {
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

function header(out: string[], name: string, help: string, type: string): void {
  out.push(`# HELP ${name} ${help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}\n# TYPE ${name} ${type}\n`);
}

export function renderGaugeOrCounter(out: string[], metric: Gauge | Counter, type: 'gauge' | 'counter'): void {
  const { name, help } = metric as unknown as { name: string; help: string };
  header(out, name, help, type);
  const store = (metric as unknown as Store<ValueEntry>).hashMap;
  let text = '';
  for (const key in store) {
    const entry = store[key];
    const labels = labelText(entry.labels);
    text += labels ? `${name}{${labels}} ${number(entry.value)}\n` : `${name} ${number(entry.value)}\n`;
  }
  out.push(text);
}

export function renderHistogram(out: string[], metric: Histogram, bounds: readonly number[]): void {
  const { name, help } = metric as unknown as { name: string; help: string };
  header(out, name, help, 'histogram');
  const prefixes = bounds.map((bound) => `${name}_bucket{le="${bound}",`);
  const store = (metric as unknown as Store<HistogramEntry>).hashMap;
  let text = '';
  for (const key in store) {
    const entry = store[key];
    const labels = labelText(entry.labels);
    let cumulative = 0;
    for (let i = 0; i < bounds.length; i++) {
      cumulative += entry.bucketValues[bounds[i]] ?? 0;
      text += `${prefixes[i]}${labels}} ${cumulative}\n`;
    }
    text += `${name}_bucket{le="+Inf",${labels}} ${entry.count}\n${name}_sum{${labels}} ${number(entry.sum)}\n${name}_count{${labels}} ${entry.count}\n`;
  }
  out.push(text);
}
