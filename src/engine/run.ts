import type { CheckSpec } from '../config/spec.ts';
import type { CheckResult } from '../report/model.ts';
import { runCheck } from './run-check.ts';

/** Runs all checks in parallel, at most `concurrency` at once; results keep the input order. */
export async function runChecks(specs: CheckSpec[], concurrency: number, signal?: AbortSignal, onResult?: (r: CheckResult) => void): Promise<CheckResult[]> {
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
