import net from 'node:net';
import { InputError } from '../engine/errors.ts';
import type { Target } from '../config/target.ts';

/**
 * `serve.allowTargets`: which hosts /probe?target= may reach, so the agent is no open proxy into the subnet.
 * A pattern is a host name (`api.contoso.internal`), a wildcard (`*.contoso.internal`: any name below it,
 * not the apex), or a CIDR (`10.1.0.0/16`, `fd00::/8`) matched against IP-literal hosts only.
 */
export class TargetAllowList {
  readonly patterns: readonly string[];
  readonly #names = new Set<string>();
  readonly #suffixes: string[] = [];
  readonly #cidrs = new net.BlockList();

  constructor(patterns: readonly string[] = []) {
    this.patterns = patterns;
    patterns.forEach((raw, index) => {
      const field = `serve.allowTargets[${index}]`;
      const pattern = raw.trim().toLowerCase();
      if (pattern.includes('/')) {
        const [address, bits] = pattern.split('/');
        const family = net.isIP(address);
        const prefix = Number(bits);
        if (!family || !/^\d+$/.test(bits ?? '') || prefix > (family === 4 ? 32 : 128)) {
          throw new InputError(`${field}: "${raw}" is not a CIDR like 10.0.0.0/8 or fd00::/8`);
        }
        this.#cidrs.addSubnet(address, prefix, family === 4 ? 'ipv4' : 'ipv6');
        return;
      }
      if (pattern.startsWith('*.')) {
        const rest = pattern.slice(2);
        if (!isHostName(rest)) throw new InputError(`${field}: "${raw}" must be *.DOMAIN, a host name, an IP address or a CIDR`);
        this.#suffixes.push(`.${rest.replace(/\.$/, '')}`);
        return;
      }
      const bare = pattern.replace(/^\[|\]$/g, '');
      if (net.isIP(bare)) {
        this.#cidrs.addAddress(bare, net.isIP(bare) === 4 ? 'ipv4' : 'ipv6');
        return;
      }
      if (!isHostName(pattern)) throw new InputError(`${field}: "${raw}" must be *.DOMAIN, a host name, an IP address or a CIDR`);
      this.#names.add(pattern.replace(/\.$/, ''));
    });
  }

  get empty(): boolean {
    return this.patterns.length === 0;
  }

  allowsHost(host: string): boolean {
    const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
    const family = net.isIP(bare);
    if (family) return this.#cidrs.check(bare, family === 4 ? 'ipv4' : 'ipv6');
    const name = bare.replace(/\.$/, '');
    return this.#names.has(name) || this.#suffixes.some((suffix) => name.endsWith(suffix) && name.length > suffix.length);
  }

  /** Why a target may not be probed, or undefined when every host it would contact is allowed. */
  refusal(target: Target): string | undefined {
    if (this.empty) return 'no serve.allowTargets configured: /probe?target= is off';
    // a dns:// target sends its packets to the named server, not to the name it asks about
    const hosts = target.kind === 'dns' ? [target.dnsServer?.host, target.path].filter((h): h is string => !!h) : [target.host];
    for (const host of hosts) {
      if (!this.allowsHost(host)) return `host ${host} is not in serve.allowTargets`;
    }
    return undefined;
  }
}

function isHostName(text: string): boolean {
  return /^(?=.{1,253}\.?$)[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*\.?$/.test(text);
}
