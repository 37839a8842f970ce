import type { CheckEntryOutput as CheckEntry } from '../config/schema.ts';
import type { RunConfig } from '../config/spec.ts';
import { InputError } from '../engine/errors.ts';
import type { Kind } from '../report/model.ts';
import { expandProfile, ProfileError, type ProfileParams } from '../profiles/index.ts';

export interface ProfileFlags {
  profile?: string;
  cloud?: string;
  storageAccount?: string;
  sqlServer?: string;
  eventHubNamespace?: string;
  keyVault?: string;
  backend?: string[];
  resolver?: string[];
  cacheHost?: string[];
  privateEndpoints?: boolean;
}

export function profileParamsFrom(flags: ProfileFlags, block: Record<string, unknown> = {}): { name?: string; params: ProfileParams } {
  const { name, ...fromFile } = block as { name?: string } & Record<string, unknown>;
  const params = { ...fromFile } as Record<string, unknown>;
  const set = (key: keyof ProfileParams, value: unknown) => {
    if (value !== undefined) params[key] = value;
  };
  set('cloud', flags.cloud);
  set('storageAccount', flags.storageAccount);
  set('sqlServer', flags.sqlServer);
  set('eventHubNamespace', flags.eventHubNamespace);
  set('keyVault', flags.keyVault);
  set('backends', flags.backend);
  set('resolvers', flags.resolver);
  set('cacheHosts', flags.cacheHost);
  set('privateEndpoints', flags.privateEndpoints);
  return { name: flags.profile ?? name, params: params as ProfileParams };
}

const PARAM_KIND: Partial<Record<keyof ProfileParams, Kind>> = {
  storageAccount: 'storage', sqlServer: 'sql', eventHubNamespace: 'amqp', keyVault: 'keyvault', cacheHosts: 'redis', backends: 'http', resolvers: 'dns',
};

/** A profile from flags and/or the config's `profile:` block, as config entries. */
export function profileChecksFrom(flags: ProfileFlags, block?: Record<string, unknown>): { checks: CheckEntry[]; skipped: RunConfig['skipped']; profile: NonNullable<RunConfig['profile']> } | undefined {
  const { name, params } = profileParamsFrom(flags, block);
  if (!name) return undefined;
  const profile = { name, cloudGiven: params.cloud !== undefined };
  try {
    const expansion = expandProfile(name, params);
    return {
      checks: expansion.checks.map((c) => ({ name: c.name, target: c.target, required: c.required, why: c.why, ...(c.kind ? { kind: c.kind } : {}), ...(c.expect ? { expect: c.expect } : {}) })),
      skipped: expansion.skipped.map((s) => ({ name: s.name, reason: s.reason, required: s.required, kind: s.param ? PARAM_KIND[s.param] : undefined })),
      profile,
    };
  } catch (error) {
    if (error instanceof ProfileError) throw new InputError(`profile ${name}: ${error.message}`);
    throw error;
  }
}
