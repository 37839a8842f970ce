import { buildRunConfig } from '../../src/config/load.ts';
import type { CheckEntry, ConfigFile } from '../../src/config/schema.ts';
import type { CheckSpec } from '../../src/config/spec.ts';
import { runChecks } from '../../src/engine/run.ts';
import type { CheckResult } from '../../src/report/model.ts';

/** The engine's view of one config entry, durations and defaults applied as the config loader does. */
export function specFor(entry: CheckEntry, defaults?: ConfigFile['defaults']): CheckSpec {
  return buildRunConfig({ checks: [entry], ...(defaults ? { defaults } : {}) } as ConfigFile).checks[0];
}

/**
 * Runs one entry in-process as `vnet-probe run` does (modules and TLS contexts warmed up before the
 * clock starts), with the engine's default deadline (5 s) unless the entry sets its own.
 */
export async function runEntry(entry: CheckEntry): Promise<CheckResult> {
  const [result] = await runChecks([specFor({ timeout: 5000, ...entry })], 1);
  return result;
}

/** "resolve:ok connect:fail" — layers as one comparable string. */
export function ladder(result: CheckResult): string {
  return result.layers.map((l) => `${l.layer}:${l.ok ? 'ok' : 'fail'}`).join(' ');
}

/** A compact description for assertion messages. */
export function explain(result: CheckResult): string {
  return JSON.stringify({ status: result.status, failure: result.failure, layers: ladder(result), warnings: result.warnings });
}
