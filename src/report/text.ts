import { formatDuration } from '../config/duration.ts';
import type { CheckResult, Report } from './model.ts';
import { reachedLayer } from './build.ts';

export interface TextOptions { color: boolean; verbose?: boolean }

const CODES = { red: 31, green: 32, yellow: 33, gray: 90, bold: 1 } as const;

function painter(color: boolean) {
  return (code: keyof typeof CODES, text: string) => (color ? `\x1b[${CODES[code]}m${text}\x1b[0m` : text);
}

const STATUS_COLOR = { pass: 'green', warn: 'yellow', fail: 'red', skip: 'gray' } as const;

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/** One line per check (status, layer reached, time, name, target), failure details indented below. */
export function renderText(report: Report, options: TextOptions): string {
  const paint = painter(options.color);
  const nameWidth = Math.min(40, Math.max(5, ...report.checks.map((c) => c.name.length)));
  const lines: string[] = [];
  lines.push(paint('bold', `${pad('STATUS', 6)}  ${pad('LAYER', 9)}  ${pad('TIME', 8)}  ${pad('CHECK', nameWidth)}  TARGET`));
  for (const check of report.checks) lines.push(...renderCheck(check, nameWidth, paint));
  const s = report.summary;
  lines.push('');
  const verdictColor = s.verdict === 'pass' ? 'green' : s.verdict === 'warn' ? 'yellow' : 'red';
  const verdict = s.verdict === 'fail'
    ? `FAIL: ${s.requiredFailed} required check${s.requiredFailed === 1 ? '' : 's'} failed`
    : s.verdict === 'warn' ? 'WARN: every required check passed, with warnings' : 'PASS: every check passed';
  lines.push(`${paint(verdictColor, paint('bold', verdict))}  ${s.total} checks: ${s.passed} passed, ${s.warned} warned, ${s.failed} failed, ${s.skipped} skipped  (${formatDuration(report.durationMs)})`);
  return `${lines.join('\n')}\n`;
}

function renderCheck(check: CheckResult, nameWidth: number, paint: ReturnType<typeof painter>): string[] {
  const status = pad(check.status.toUpperCase(), 6);
  const optional = check.required ? '' : paint('gray', ' (optional)');
  const head = `${paint(STATUS_COLOR[check.status], status)}  ${pad(reachedLayer(check), 9)}  ${pad(formatDuration(check.durationMs), 8)}  ${pad(check.name, nameWidth)}  ${check.name === check.target ? '' : check.target}${optional}`;
  const lines = [head.trimEnd()];
  const indent = ' '.repeat(8);
  if (check.failure) {
    lines.push(`${indent}${paint('red', check.failure.class)}: ${check.failure.message}`);
    lines.push(`${indent}${paint('gray', 'hint:')} ${check.failure.hint}`);
  }
  for (const warning of check.warnings ?? []) lines.push(`${indent}${paint('yellow', 'warning:')} ${warning}`);
  if (check.skipReason) lines.push(`${indent}${paint('gray', check.skipReason)}`);
  return lines;
}
