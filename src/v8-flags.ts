import v8 from 'node:v8';

// The V8 flags vnet-probe sets while it runs. Only flags V8 reads after start-up work here:
// --max-semi-space-size, --max-old-space-size and --liftoff-only only count on node's command line,
// which `node dist/vnet-probe.mjs` and the bin's shebang do not let us choose.

/**
 * undici parses HTTP with llhttp compiled to WebAssembly. After a few hundred responses V8 recompiles
 * it with TurboFan on a background thread, whose compiler zones (~10 MB) stay in that thread's malloc
 * arena for the life of the process. The baseline (Liftoff) code parses the few hundred bytes of a
 * probe's answer just as well: measured, no change in CPU per https check, 10 MB less RSS.
 */
export function keepWasmBaseline(): void {
  v8.setFlagsFromString('--wasm-tiering-budget=2000000000');
}

/**
 * Keeps a long-running agent's heap close to what it holds. By default V8 sizes the young generation
 * from the machine's memory (it reached 3 × 45 MB on a 24 GB host with 1,000 checks) and lets the old
 * generation grow to up to 4× its live size before a full collection: for a prober that keeps a few
 * KB per check, that slack was most of its RSS. Measured with 1,000 checks: 254 MB → 123 MB, CPU per
 * check unchanged.
 */
export function keepHeapTight(): void {
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  v8.setFlagsFromString('--heap-growing-percent=25');
}
