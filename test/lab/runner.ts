import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseTarget } from '../../src/config/target.ts';
import type { CheckEntry } from '../../src/config/schema.ts';
import type { CheckResult, Kind, Report } from '../../src/report/model.ts';
import { runAgent, type AgentRun } from './agent.ts';
import { LAB_CA_NAME } from './certificates.ts';
import { REPO, type Lab } from './lab.ts';
import type { Expectation, Scenario } from './scenarios.ts';

export function kindOf(entry: CheckEntry): Kind {
  return parseTarget(entry.target, entry.kind).kind;
}

/** Check kinds whose src/checks file is still the placeholder that throws "not built yet". */
export function stubKinds(): Set<Kind> {
  const stubs = new Set<Kind>();
  for (const kind of ['dns', 'tcp', 'tls', 'http', 'storage', 'sql', 'amqp', 'smtp', 'smb', 'redis', 'keyvault'] as Kind[]) {
    try {
      if (readFileSync(path.join(REPO, 'src', 'checks', `${kind}.ts`), 'utf8').includes('not built yet')) stubs.add(kind);
    } catch {
      stubs.add(kind);
    }
  }
  return stubs;
}

/** Why a scenario cannot run yet (a kind it needs is a stub), or undefined. */
export function todoReason(scenario: Scenario, stubs: Set<Kind>): string | undefined {
  const waiting = [...new Set(scenario.checks.map(kindOf))].filter((k) => stubs.has(k));
  return waiting.length > 0 ? `the ${waiting.join(', ')} check kind is not built yet (src/checks/${waiting[0]}.ts is a stub)` : undefined;
}

/** The config file of a scenario: its checks, its deadline, and the lab CA as the expected Azure issuer. */
export function scenarioConfig(scenario: Scenario): Record<string, unknown> {
  return {
    defaults: { timeout: scenario.timeout ?? '5s', tls: { expectIssuer: [LAB_CA_NAME] } },
    checks: scenario.checks,
  };
}

function resolvedAddresses(result: CheckResult): string[] | undefined {
  const resolve = result.layers.find((l) => l.layer === 'resolve');
  return resolve?.detail?.addresses as string[] | undefined;
}

/** Differences between what a check reported and what the scenario expects; empty when it matches. */
export function compare(name: string, result: CheckResult | undefined, want: Expectation): string[] {
  if (!result) return [`${name}: no result in the report`];
  const problems: string[] = [];
  const got = `${result.status}${result.failure ? ` ${result.failure.class} at ${result.failure.layer}: ${result.failure.message}` : ''}`;
  if (result.status !== want.status) problems.push(`${name}: status ${want.status} expected, got ${got}`);
  if (want.class && result.failure?.class !== want.class) problems.push(`${name}: class ${want.class} expected, got ${got}`);
  if (want.layer) {
    const layer = result.failure ? result.failure.layer : result.layers.at(-1)?.layer;
    if (layer !== want.layer) problems.push(`${name}: layer ${want.layer} expected, got ${layer} (${got})`);
  }
  if (want.addresses) {
    const addresses = resolvedAddresses(result);
    if (JSON.stringify(addresses) !== JSON.stringify(want.addresses)) problems.push(`${name}: resolved to ${JSON.stringify(addresses)}, expected ${JSON.stringify(want.addresses)}`);
  }
  if (want.hint && !result.failure?.hint.includes(want.hint)) problems.push(`${name}: hint should mention "${want.hint}": ${result.failure?.hint}`);
  if (want.maxDurationMs !== undefined && result.durationMs > want.maxDurationMs) problems.push(`${name}: took ${result.durationMs} ms, more than ${want.maxDurationMs} ms`);
  return problems;
}

export function judge(scenario: Scenario, report: Report): string[] {
  const byName = new Map(report.checks.map((c) => [c.name, c]));
  return Object.entries(scenario.expect).flatMap(([name, want]) => compare(name, byName.get(name), want));
}

export interface ScenarioOutcome {
  run?: AgentRun;
  problems: string[];
  durationMs: number;
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

/**
 * Installs the scenario's fault, runs the built CLI in the agent namespace, removes the fault
 * (always, even when the agent or an install step failed) and judges the report.
 */
export async function runScenario(lab: Lab, scenario: Scenario): Promise<ScenarioOutcome> {
  const started = Date.now();
  const problems: string[] = [];
  let run: AgentRun | undefined;
  let installed = 0;
  try {
    for (const command of scenario.install) {
      await lab.apply(command);
      installed += 1;
    }
    run = await runAgent(lab, {
      name: slug(scenario.name),
      args: ['run', '--no-imds', '--format', 'json'],
      config: scenarioConfig(scenario),
      resolver: scenario.resolver,
    });
  } catch (error) {
    problems.push(`${installed < scenario.install.length ? `installing "${scenario.install[installed]}"` : 'running the agent'} failed: ${(error as Error).message}`);
  } finally {
    // a fault installed only in part is removed as far as its removal commands apply
    const complete = installed === scenario.install.length;
    for (const command of installed > 0 ? scenario.remove : []) {
      try {
        await lab.apply(command);
      } catch (error) {
        if (complete) problems.push(`removing "${command}" failed: ${(error as Error).message}`);
      }
    }
  }
  if (run) {
    if (!run.report) problems.push(`the agent printed no JSON report (exit ${run.code}${run.signal ? `, ${run.signal}` : ''}): ${run.stderr.slice(-1500) || run.stdout.slice(-1500)}`);
    else {
      problems.push(...judge(scenario, run.report));
      const wantFail = Object.values(scenario.expect).some((e) => e.status === 'fail');
      const exitWanted = wantFail ? 1 : 0;
      if (run.code !== exitWanted) problems.push(`exit code ${exitWanted} expected, got ${run.code}`);
    }
  }
  return { run, problems, durationMs: Date.now() - started };
}
