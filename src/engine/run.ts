import { loadKind } from '../checks/index.ts';
import type { CheckSpec } from '../config/spec.ts';
import type { CheckResult } from '../report/model.ts';
import { runCheck } from './run-check.ts';

/** Runs all checks in parallel, at most `concurrency` at once; results keep the input order. */
export async function runChecks(specs: CheckSpec[], concurrency: number, signal?: AbortSignal, onResult?: (r: CheckResult) => void): Promise<CheckResult[]> {
  await warmUp(specs);
  const results: CheckResult[] = new Array(specs.length);
  let next = 0;
  const worker = async () => {
    while (next < specs.length) {
      const index = next++;
      results[index] = await runCheck(specs[index], signal);
      onResult?.(results[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, specs.length) }, worker));
  return results;
}

const NO_TLS_KINDS = new Set(['dns', 'tcp', 'sql', 'smb']);

/** Loads the code the checks need before any clock starts: module loading is not network time. */
export async function warmUp(specs: CheckSpec[]): Promise<void> {
  const kinds = [...new Set(specs.map((s) => s.target.kind))];
  const modules = new Map(await Promise.all(kinds.map(async (kind) => [kind, await loadKind(kind)] as const)));
  await Promise.all(specs.map((spec) => modules.get(spec.target.kind)?.warmUp?.(spec)));
  const tlsSpecs = specs.filter((s) => !NO_TLS_KINDS.has(s.target.kind) && s.target.scheme !== 'http');
  if (tlsSpecs.length > 0) {
    const { secureContextFor } = await import('../net/tls.ts');
    for (const spec of tlsSpecs) secureContextFor(spec.tls);
  }
}
