import type * as z from './zod.ts';
import { InputError } from '../engine/errors.ts';
import type { checkEntrySchema, ConfigFile } from './schema.ts';
import { parseTarget } from './target.ts';
import { DEFAULT_CONCURRENCY, DEFAULT_INTERVAL_MS, DEFAULT_TIMEOUT_MS, type CheckSpec, type RunConfig } from './spec.ts';
import { parseDuration } from './duration.ts';

export interface CliOverrides {
  checks?: string[];
  timeout?: string;
  concurrency?: string;
  interval?: string;
  dnsServer?: string;
  /** checks a profile expanded to, in config-entry form (our own data: not parsed again) */
  profileChecks?: Array<z.output<typeof checkEntrySchema>>;
  profileSkipped?: RunConfig['skipped'];
}

function hostPort(text: string, defaultPort: number): { host: string; port: number } {
  const m = /^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(text);
  if (!m) throw new InputError(`"${text}" must be HOST or HOST:PORT`);
  const port = m[2] ? Number(m[2]) : defaultPort;
  if (port < 1 || port > 65535) throw new InputError(`"${text}": port must be 1-65535`);
  return { host: m[1], port };
}

function flagDuration(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = parseDuration(value);
  if (ms === undefined || ms <= 0) throw new InputError(`--${name}: must be a duration like 500ms, 5s or 1m, got "${value}"`);
  return ms;
}

function flagInt(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new InputError(`--${name}: must be a whole number ${min}-${max}, got "${value}"`);
  return Number(value);
}

function asArray(value: string | string[] | undefined): string[] | undefined {
  return value === undefined ? undefined : Array.isArray(value) ? value : [value];
}

/** Turns a config file (optional) and flags into the checks to run. Names are unique. */
export function buildRunConfig(file: ConfigFile | undefined, cli: CliOverrides = {}, source?: string): RunConfig {
  const defaults = file?.defaults ?? {};
  const timeoutMs = flagDuration('timeout', cli.timeout) ?? defaults.timeout ?? DEFAULT_TIMEOUT_MS;
  const intervalMs = flagDuration('interval', cli.interval) ?? defaults.interval ?? DEFAULT_INTERVAL_MS;
  const concurrency = flagInt('concurrency', cli.concurrency, 1, 1024) ?? defaults.concurrency ?? DEFAULT_CONCURRENCY;
  const defaultDnsServer = cli.dnsServer ?? defaults.dns?.server;

  const entries: Array<{ entry: z.output<typeof checkEntrySchema>; origin: string }> = [];
  (file?.checks ?? []).forEach((entry, i) => entries.push({ entry, origin: `${source ?? 'config'}: checks[${i}]` }));
  for (const entry of cli.profileChecks ?? []) entries.push({ entry, origin: `profile check ${entry.name}` });
  for (const target of cli.checks ?? []) entries.push({ entry: { target }, origin: `--check ${target}` });

  const names = new Set<string>();
  const checks: CheckSpec[] = entries.map(({ entry, origin }) => {
    let target;
    try {
      target = parseTarget(entry.target, entry.kind);
    } catch (error) {
      throw new InputError(`${origin}: ${(error as Error).message}`);
    }
    let name = entry.name ?? target.raw;
    if (names.has(name)) {
      if (entry.name) throw new InputError(`${origin}: name "${name}" is used by another check; names must be unique`);
      let n = 2;
      while (names.has(`${name}#${n}`)) n++;
      name = `${name}#${n}`;
    }
    names.add(name);
    const checkTimeout = entry.timeout ?? timeoutMs;
    const checkInterval = entry.interval ?? intervalMs;
    const server = entry.dns?.server ?? defaultDnsServer;
    const tls = { ...defaults.tls, ...entry.tls };
    return {
      name,
      target,
      required: entry.required ?? true,
      timeoutMs: checkTimeout,
      intervalMs: checkInterval,
      ...(entry.why ? { why: entry.why } : {}),
      expect: entry.expect ?? {},
      dns: { ...(server ? { server: hostPort(server, 53) } : {}), tcp: entry.dns?.tcp ?? defaults.dns?.tcp },
      tls: { ...tls, ca: asArray(tls.ca) },
      http: entry.http ?? {},
      ...(entry.auth ? { auth: entry.auth } : {}),
      options: entry.options ?? {},
    };
  });
  return {
    checks,
    concurrency,
    skipped: cli.profileSkipped ?? [],
    ...(file?.serve ? { serve: file.serve } : {}),
    ...(source ? { source } : {}),
  };
}
