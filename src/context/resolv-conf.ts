/** What the system resolver is configured with, as resolv.conf(5) states it. */
export interface ResolvConf {
  nameservers: string[];
  search: string[];
}

/**
 * Reads `nameserver`, `search` and `domain` lines. `domain` and `search` are mutually
 * exclusive and the last one wins, as in glibc. Other keywords (`options`, `sortlist`)
 * are ignored. Comments start with `#` or `;`, also after a value.
 */
export function parseResolvConf(text: string): ResolvConf {
  const nameservers: string[] = [];
  let search: string[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = stripComment(rawLine).trim();
    if (line === '') continue;
    const [keyword, ...values] = line.split(/\s+/);
    switch (keyword) {
      case 'nameserver':
        if (values[0] !== undefined) nameservers.push(values[0]);
        break;
      case 'search':
        search = values;
        break;
      case 'domain':
        search = values[0] !== undefined ? [values[0]] : [];
        break;
      default:
        break;
    }
  }
  return { nameservers, search };
}

function stripComment(line: string): string {
  const at = line.search(/[#;]/);
  return at === -1 ? line : line.slice(0, at);
}
