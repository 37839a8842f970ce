import v8 from 'node:v8';

/**
 * Keeps a long-running agent's heap close to what it holds. By default V8 sizes the young generation
 * from the machine's memory (it reached 3 × 45 MB on a 24 GB host with 1,000 checks) and lets the old
 * generation grow to up to 4× its live size before a full collection: for a prober that keeps a few
 * KB per check, that slack was most of its RSS. Measured with 1,000 checks: 254 MB → 123 MB, CPU per
 * check unchanged. These are the two heap flags V8 reads while it runs (--max-semi-space-size and
 * --max-old-space-size only count at start-up, where a CLI run as `node dist/vnet-probe.mjs` cannot
 * set them).
 */
export function keepHeapTight(): void {
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  v8.setFlagsFromString('--heap-growing-percent=25');
}
