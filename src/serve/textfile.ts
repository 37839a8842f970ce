import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CheckSpec } from '../config/spec.ts';
import { InputError } from '../engine/errors.ts';
import type { Report } from '../report/model.ts';
import { ProbeMetrics } from './metrics.ts';

/** The metrics of one `run`, as serve would expose them after one round, without process metrics. */
export async function renderRunMetrics(checks: CheckSpec[], report: Report, version: string): Promise<string> {
  const metrics = new ProbeMetrics({ profile: 'textfile', version });
  const specs = new Map(checks.map((c) => [c.name, c]));
  for (const result of report.checks) {
    if (result.status === 'skip') continue;
    metrics.record(result, specs.get(result.name)?.expect);
  }
  metrics.markRound(Date.parse(report.finishedAt));
  return metrics.expose();
}

/**
 * Writes the file node_exporter's textfile collector reads, atomically: a temp file in the same folder
 * (its name does not end in .prom, so the collector never reads it half-written), then a rename.
 */
export function writeFileAtomically(file: string, content: string, flag: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, content);
    renameSync(temp, file);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // the folder itself is what failed
    }
    throw new InputError(`${flag} ${file}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

export async function writeMetricsFile(file: string, checks: CheckSpec[], report: Report, version: string): Promise<void> {
  writeFileAtomically(file, await renderRunMetrics(checks, report, version), '--metrics-file');
}
