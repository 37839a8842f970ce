import { profileDefinitions } from './apim.ts';
import type { Expansion } from './dependencies.ts';
import { ProfileError } from './errors.ts';
import { validateParams } from './params.ts';
import type { ProfileExpansion, ProfileInfo, ProfileParams } from './types.ts';

export function listProfiles(): ProfileInfo[] {
  return profileDefinitions.map((d) => structuredClone(d.info));
}

/**
 * Expands a built-in profile into raw check entries (the same shape as the config file's
 * `checks:` list) plus the dependencies it could not check for want of a resource name.
 * Throws ProfileError for an unknown profile or cloud, or a bad parameter.
 */
export function expandProfile(name: string, params: ProfileParams = {}): ProfileExpansion {
  const definition = profileDefinitions.find((d) => d.info.name === name);
  if (!definition) {
    const known = profileDefinitions.map((d) => d.info.name).join(', ');
    throw new ProfileError('profile', `profile: unknown profile ${JSON.stringify(name)}; allowed: ${known}`);
  }
  const accepted = definition.info.params.map((p) => p.name);
  const x: Expansion = { params: validateParams(name, accepted, params), checks: [], skipped: [] };
  definition.build(x);
  assertUniqueNames(name, x);
  return { checks: x.checks, skipped: x.skipped };
}

// A duplicate name would be a bug in the profile data, never the user's fault.
function assertUniqueNames(profile: string, x: Expansion): void {
  const seen = new Set<string>();
  for (const { name } of x.checks) {
    if (seen.has(name)) throw new Error(`profile ${profile} produced the check name ${name} twice`);
    seen.add(name);
  }
}
