import { readFileSync } from 'node:fs';
import { InputError } from '../engine/errors.ts';
import { buildRunConfig, type CliOverrides } from '../config/load.ts';
import type { ConfigFile } from '../config/schema.ts';
import type { RunConfig } from '../config/spec.ts';
import { parseTarget } from '../config/target.ts';
import { profileChecksFrom, type ProfileFlags } from './profile-flags.ts';

export interface ConfigFlags extends ProfileFlags {
  config?: string;
  check?: string[];
  timeout?: string;
  concurrency?: string;
  interval?: string;
  dnsServer?: string;
}

/** Reads and validates --config when given (YAML and zod load only then). */
export async function readConfigFor(flags: ConfigFlags): Promise<ConfigFile | undefined> {
  if (!flags.config) return undefined;
  return (await readJsonConfig(flags.config)) ?? (await import('../config/read-file.ts')).readConfigFile(flags.config);
}

/**
 * A config written as JSON (as generated configs often are) is YAML too, and JSON.parse gives the
 * values the YAML parser would, without its cost (~100 ms of CPU, loading and parsing, in a one-shot
 * run). Whatever this path cannot vouch for — not JSON, a repeated key, a schema or target error —
 * is left to readConfigFile(), which reports it with its line and column.
 */
export async function readJsonConfig(file: string): Promise<ConfigFile | undefined> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  if (!text.trimStart().startsWith('{')) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!keysAreUnique(text)) return undefined; // YAML refuses a repeated key, JSON.parse keeps the last
  const { configFileSchema } = await import('../config/schema.ts');
  const parsed = configFileSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  try {
    for (const entry of parsed.data.checks ?? []) parseTarget(entry.target, entry.kind);
  } catch {
    return undefined;
  }
  return parsed.data;
}

/** No object of a valid JSON text repeats a key (after unescaping, as YAML compares them). */
export function keysAreUnique(json: string): boolean {
  const objects: Array<Set<string> | undefined> = []; // one per open object or array (undefined)
  let keyNext = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '"') {
      let end = i + 1;
      while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      if (keyNext) {
        const keys = objects.at(-1)!;
        const key = JSON.parse(json.slice(i, end + 1)) as string;
        if (keys.has(key)) return false;
        keys.add(key);
        keyNext = false;
      }
      i = end;
    } else if (c === '{') {
      objects.push(new Set());
      keyNext = true;
    } else if (c === '[') {
      objects.push(undefined);
      keyNext = false;
    } else if (c === '}' || c === ']') {
      objects.pop();
    } else if (c === ',') {
      keyNext = objects.at(-1) !== undefined;
    }
  }
  return true;
}

/** The one path from flags and the config file read by readConfigFor() to the checks to run. */
export function loadRunConfig(flags: ConfigFlags, file: ConfigFile | undefined): RunConfig {
  const profile = profileChecksFrom(flags, file?.profile);
  const overrides: CliOverrides = {
    checks: flags.check,
    timeout: flags.timeout,
    concurrency: flags.concurrency,
    interval: flags.interval,
    dnsServer: flags.dnsServer,
    profileChecks: profile?.checks,
    profileSkipped: profile?.skipped,
  };
  const config = { ...buildRunConfig(file, overrides, flags.config), ...(profile ? { profile: profile.profile } : {}) };
  if (config.checks.length === 0) {
    throw new InputError('nothing to check: give --check TARGET, --profile NAME or --config FILE (see vnet-probe run --help)');
  }
  return config;
}
