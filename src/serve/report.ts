import type { CheckSpec, RunConfig } from '../config/spec.ts';
import { buildReport } from '../report/build.ts';
import type { AgentInfo, CheckResult, Report } from '../report/model.ts';
import type { LatestRun } from './scheduler.ts';

function notRunYet(spec: CheckSpec): CheckResult {
  return {
    name: spec.name, kind: spec.target.kind, target: spec.target.raw, host: spec.target.host, port: spec.target.port,
    required: spec.required, status: 'skip', durationMs: 0, layers: [], failure: null, skipReason: 'not run yet',
    ...(spec.why ? { why: spec.why } : {}),
  };
}

function profileSkipped(skipped: RunConfig['skipped']): CheckResult[] {
  return skipped.map((s) => ({
    name: s.name, kind: 'tcp', target: '-', host: '-', port: 0, required: s.required, status: 'skip',
    durationMs: 0, layers: [], failure: null, skipReason: s.reason,
  }));
}

/**
 * The schema-v1 report of what serve knows now: the latest result of every check in config order
 * (a check that has not run yet is a skip). startedAt/finishedAt span the oldest and newest of those runs.
 */
export function buildServeReport(input: {
  version: string;
  agent: AgentInfo;
  checks: Array<{ spec: CheckSpec; latest: LatestRun | undefined }>;
  skipped: RunConfig['skipped'];
  now?: Date;
}): Report {
  const now = input.now ?? new Date();
  const runs = input.checks.map((c) => c.latest).filter((l): l is LatestRun => l !== undefined);
  const startedAt = runs.length ? new Date(Math.min(...runs.map((r) => r.startedAt.getTime()))) : now;
  const finishedAt = runs.length ? new Date(Math.max(...runs.map((r) => r.finishedAt.getTime()))) : now;
  return buildReport({
    version: input.version,
    startedAt,
    finishedAt,
    durationMs: finishedAt.getTime() - startedAt.getTime(),
    agent: input.agent,
    checks: [...input.checks.map((c) => c.latest?.result ?? notRunYet(c.spec)), ...profileSkipped(input.skipped)],
  });
}
