import type { Report } from './model.ts';

function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** JUnit XML: one testcase per check; a failed optional check is reported, not failed. */
export function renderJunit(report: Report): string {
  const s = report.summary;
  const failures = report.checks.filter((c) => c.status === 'fail' && c.required).length;
  const skipped = report.checks.filter((c) => c.status === 'skip' || (c.status === 'fail' && !c.required)).length;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="vnet-probe" tests="${s.total}" failures="${failures}" errors="0" skipped="${skipped}" time="${(report.durationMs / 1000).toFixed(3)}">`,
    `  <testsuite name="vnet-probe" tests="${s.total}" failures="${failures}" errors="0" skipped="${skipped}" time="${(report.durationMs / 1000).toFixed(3)}" timestamp="${xml(report.startedAt)}" hostname="${xml(report.agent.hostname)}">`,
  ];
  for (const check of report.checks) {
    const attrs = `name="${xml(check.name)}" classname="vnet-probe.${xml(check.kind)}" time="${(check.durationMs / 1000).toFixed(3)}"`;
    const body: string[] = [];
    if (check.failure && check.required) {
      const f = check.failure;
      body.push(`      <failure message="${xml(`${f.class}: ${f.message}`)}" type="${xml(f.class)}">${xml(`${f.class} at ${f.layer}: ${f.message}\nhint: ${f.hint}\ntarget: ${check.target}`)}</failure>`);
    } else if (check.failure) {
      body.push(`      <skipped message="${xml(`optional check failed: ${check.failure.class}: ${check.failure.message}`)}"/>`);
    } else if (check.status === 'skip') {
      body.push(`      <skipped message="${xml(check.skipReason ?? 'skipped')}"/>`);
    }
    if (check.warnings?.length) body.push(`      <system-out>${xml(check.warnings.map((w) => `warning: ${w}`).join('\n'))}</system-out>`);
    out.push(body.length ? `    <testcase ${attrs}>\n${body.join('\n')}\n    </testcase>` : `    <testcase ${attrs}/>`);
  }
  out.push('  </testsuite>', '</testsuites>', '');
  return out.join('\n');
}
