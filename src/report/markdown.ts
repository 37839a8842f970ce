import { formatDuration } from '../config/duration.ts';
import type { Report } from './model.ts';
import { reachedLayer } from './build.ts';

const ICON = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' } as const;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A Markdown summary for $GITHUB_STEP_SUMMARY or a pull-request comment. */
export function renderMarkdown(report: Report): string {
  const s = report.summary;
  const lines = [
    `## vnet-probe: ${ICON[s.verdict]} ${s.verdict.toUpperCase()}`,
    '',
    `${s.total} checks: ${s.passed} passed, ${s.warned} warned, ${s.failed} failed (${s.requiredFailed} required), ${s.skipped} skipped — ${formatDuration(report.durationMs)} from \`${cell(report.agent.hostname)}\``,
    '',
    '| | check | target | layer | time | failure | hint |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const c of report.checks) {
    const failure = c.failure ? `\`${c.failure.class}\` ${cell(c.failure.message)}` : (c.warnings ?? []).map(cell).join('; ');
    lines.push(`| ${ICON[c.status]} | ${cell(c.name)}${c.required ? '' : ' (optional)'} | \`${cell(c.target)}\` | ${reachedLayer(c)} | ${formatDuration(c.durationMs)} | ${failure} | ${c.failure ? cell(c.failure.hint) : ''} |`);
  }
  return `${lines.join('\n')}\n`;
}
