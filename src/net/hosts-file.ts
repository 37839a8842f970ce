import { readFileSync } from 'node:fs';

let names: Set<string> | undefined;

/** Names the system resolver answers from /etc/hosts: asking DNS for their CNAME chain would only leak a query. */
export function isHostsFileName(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower === 'localhost' || lower.endsWith('.localhost')) return true;
  names ??= readHostsFile();
  return names.has(lower);
}

function readHostsFile(): Set<string> {
  const found = new Set<string>();
  try {
    for (const line of readFileSync('/etc/hosts', 'utf8').split('\n')) {
      const fields = line.replace(/#.*/, '').trim().split(/\s+/);
      for (const name of fields.slice(1)) found.add(name.toLowerCase());
    }
  } catch {
    // no hosts file: nothing is answered from it
  }
  return found;
}
