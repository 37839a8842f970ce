import { expandProfile, listProfiles } from '../profiles/index.ts';
import { profileParamsFrom, profileChecksFrom, type ProfileFlags } from './profile-flags.ts';

/** `vnet-probe profiles [NAME]`: the list, or one profile's expansion (table or JSON). */
export function profilesCommand(name: string | undefined, flags: ProfileFlags & { format?: 'text' | 'json' }): number {
  if (!name) {
    const profiles = listProfiles();
    if (flags.format === 'json') {
      process.stdout.write(`${JSON.stringify(profiles, null, 2)}\n`);
      return 0;
    }
    const lines: string[] = [];
    for (const p of profiles) {
      lines.push(`${p.name}  —  ${p.title}`, `    ${p.description}`);
      lines.push(`    params: ${p.params.map((x) => `${x.name}${x.required ? ' (required)' : ''}`).join(', ')}`, '');
    }
    process.stdout.write(`${lines.join('\n')}`);
    return 0;
  }
  const expansion = profileChecksFrom({ ...flags, profile: name });
  if (flags.format === 'json') {
    const { params } = profileParamsFrom({ ...flags, profile: name });
    process.stdout.write(`${JSON.stringify({ profile: name, ...expandProfile(name, params) }, null, 2)}\n`);
    return 0;
  }
  const lines = [`profile ${name}: ${expansion!.checks.length} checks`];
  const width = Math.max(...expansion!.checks.map((c) => (c.name ?? '').length), 4);
  for (const c of expansion!.checks) {
    lines.push(`  ${c.required ? 'required' : 'optional'}  ${(c.name ?? '').padEnd(width)}  ${c.target}`);
    if (c.why) lines.push(`  ${' '.repeat(10)}${' '.repeat(width)}  ${c.why}`);
  }
  for (const s of expansion!.skipped) lines.push(`  not checked  ${s.name}: ${s.reason}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
