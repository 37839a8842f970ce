import { loadRunConfig, readConfigFor, type ConfigFlags } from './load-config.ts';
import { formatDuration } from '../config/duration.ts';
import { validateSpecs } from '../engine/validate.ts';

/** `vnet-probe validate`: checks a config and prints what it expands to; runs nothing. */
export async function validateCommand(flags: ConfigFlags & { format?: 'text' | 'json' }): Promise<number> {
  const config = loadRunConfig(flags, await readConfigFor(flags));
  await validateSpecs(config.checks);
  if (flags.format === 'json') {
    const checks = config.checks.map((c) => ({
      name: c.name, kind: c.target.kind, target: c.target.raw, host: c.target.host, port: c.target.port,
      required: c.required, timeoutMs: c.timeoutMs, intervalMs: c.intervalMs, ...(c.why ? { why: c.why } : {}),
    }));
    process.stdout.write(`${JSON.stringify({ valid: true, concurrency: config.concurrency, checks, skipped: config.skipped }, null, 2)}\n`);
    return 0;
  }
  const lines = [`${flags.config ?? 'flags'}: valid, ${config.checks.length} checks, concurrency ${config.concurrency}`];
  for (const c of config.checks) {
    lines.push(`  ${c.required ? 'required' : 'optional'}  ${c.target.kind.padEnd(8)} ${c.name}  ${c.target.host}:${c.target.port}  timeout ${formatDuration(c.timeoutMs)}`);
  }
  for (const s of config.skipped) lines.push(`  skipped   ${s.name}: ${s.reason}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
