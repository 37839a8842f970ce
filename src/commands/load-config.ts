import { InputError } from '../engine/errors.ts';
import { buildRunConfig, type CliOverrides } from '../config/load.ts';
import type { ConfigFile } from '../config/schema.ts';
import type { RunConfig } from '../config/spec.ts';
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
  return (await import('../config/read-file.ts')).readConfigFile(flags.config);
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
