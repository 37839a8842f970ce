import type { AgentInfo, CheckResult, Report, Summary } from './model.ts';
import { round } from '../engine/probe.ts';

export function summarize(checks: CheckResult[]): Summary {
  const count = (status: CheckResult['status']) => checks.filter((c) => c.status === status).length;
  const requiredFailed = checks.filter((c) => c.required && c.status === 'fail').length;
  const failed = count('fail');
  const warned = count('warn');
  return {
    total: checks.length,
    passed: count('pass'),
    warned,
    failed,
    skipped: count('skip'),
    requiredFailed,
    verdict: requiredFailed > 0 ? 'fail' : warned > 0 || failed > 0 ? 'warn' : 'pass',
  };
}

export function buildReport(input: { version: string; startedAt: Date; finishedAt: Date; durationMs: number; agent: AgentInfo; checks: CheckResult[] }): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'vnet-probe', version: input.version },
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    durationMs: round(input.durationMs),
    agent: input.agent,
    summary: summarize(input.checks),
    checks: input.checks,
  };
}

/** The layer a check reached: its failed layer, or its last one. */
export function reachedLayer(check: CheckResult): string {
  return check.failure?.layer ?? check.layers.at(-1)?.layer ?? '-';
}
