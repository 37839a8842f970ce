import type { RunConfig } from '../config/spec.ts';
import { collectAgentFacts, type AgentFacts } from '../context/agent.ts';
import { runChecks } from '../engine/run.ts';
import { validateSpecs } from '../engine/validate.ts';
import { buildReport } from '../report/build.ts';
import { renderJunit } from '../report/junit.ts';
import { renderMarkdown } from '../report/markdown.ts';
import type { AgentInfo, CheckResult, Report } from '../report/model.ts';
import { renderText } from '../report/text.ts';
import { checkUploadTargets, expandPlaceholders, isBlobUrl, uploadReports, type ReportUpload } from '../report/upload.ts';
import { VERSION } from '../version.ts';
import { loadRunConfig, readConfigFor, type ConfigFlags } from './load-config.ts';
import { useColor, writeOutput } from './output.ts';

export interface RunFlags extends ConfigFlags {
  format?: 'text' | 'json';
  report?: string;
  junit?: string;
  markdown?: string;
  metricsFile?: string;
  imds?: boolean;
  color?: boolean;
}

export function imdsEnabled(flag: boolean | undefined): boolean {
  if (flag === false) return false;
  const env = (process.env.VNETPROBE_IMDS ?? '').toLowerCase();
  return !['0', 'off', 'false', 'no'].includes(env);
}

/** Profile dependencies that could not be checked appear in the report as skipped checks. */
function skippedResults(config: RunConfig): CheckResult[] {
  return config.skipped.map((s) => ({
    name: s.name, kind: s.kind ?? 'tcp', target: '-', host: '-', port: 0, required: s.required, status: 'skip',
    durationMs: 0, layers: [], failure: null, skipReason: s.reason,
  }));
}

/** Runs every check once and assembles the report. Agent facts are gathered alongside the checks. */
export async function executeRun(config: RunConfig, options: { imds: boolean; signal?: AbortSignal; agent?: Promise<AgentFacts> }): Promise<Report> {
  const startedAt = new Date();
  const t0 = performance.now();
  const [agent, results] = await Promise.all([
    options.agent ?? collectAgentFacts({ imds: options.imds }),
    runChecks(config.checks, config.concurrency, options.signal),
  ]);
  return buildReport({
    version: VERSION,
    startedAt,
    finishedAt: new Date(),
    durationMs: performance.now() - t0,
    agent: agent as unknown as AgentInfo,
    checks: [...results, ...skippedResults(config)],
  });
}

/** `vnet-probe run`: exit 0 when every required check passed, 1 when one failed, 3 when a report upload failed. */
export async function runCommand(flags: RunFlags): Promise<number> {
  const imds = imdsEnabled(flags.imds);
  const agent = collectAgentFacts({ imds });
  const file = await readConfigFor(flags);
  let config = loadRunConfig(flags, file);
  if (config.profile && !config.profile.cloudGiven && imds) {
    // a profile without a cloud: the cloud IMDS reports (azEnvironment) picks the host suffixes
    const cloud = (await agent).azure?.cloud;
    if (cloud && cloud !== 'public') config = loadRunConfig({ ...flags, cloud }, file);
  }
  await validateSpecs(config.checks);
  checkUploadTargets([['--report', flags.report], ['--junit', flags.junit], ['--markdown', flags.markdown]]);
  // SIGTERM (docker stop, also as PID 1) or Ctrl-C: stop the checks in flight and still report
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => stop.abort(new Error(`${signal} received`));
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  const report = await executeRun(config, { imds, agent, signal: stop.signal }).finally(() => {
    process.removeListener('SIGTERM', onSignal);
    process.removeListener('SIGINT', onSignal);
  });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  // {hostname} and {timestamp} expand in file paths and blob URLs; blob URLs upload after stdout is written.
  const placeholders = { hostname: report.agent.hostname, timestamp: new Date(report.startedAt) };
  const uploads: ReportUpload[] = [];
  const output = (target: string, content: string, flag: string, contentType: string) => {
    if (isBlobUrl(target)) uploads.push({ target, content, flag, contentType });
    else writeOutput(expandPlaceholders(target, placeholders), content, flag);
  };
  if (flags.report) output(flags.report, json, '--report', 'application/json');
  if (flags.junit) output(flags.junit, renderJunit(report), '--junit', 'application/xml');
  if (flags.markdown) output(flags.markdown, renderMarkdown(report), '--markdown', 'text/markdown');
  if (flags.metricsFile) {
    const { writeMetricsFile } = await import('../serve/textfile.ts');
    await writeMetricsFile(flags.metricsFile, config.checks, report, VERSION);
  }
  if (flags.format === 'json') process.stdout.write(json);
  else process.stdout.write(renderText(report, { color: useColor(process.stdout, flags.color) }));
  if (uploads.length > 0 && !(await uploadReports(uploads, placeholders))) return 3;
  return report.summary.verdict === 'fail' ? 1 : 0;
}
