import dns from 'node:dns';
import { ProbeFailure } from '../engine/errors.ts';
import type { ProbeRun } from '../engine/probe.ts';
import { raceAbort } from './abort.ts';
import { addressScope, isIpLiteral, stripBrackets } from './address.ts';
import { makeQuery, queryDns, type DnsQuery, type DnsResponse, type QueryType } from './dns-client.ts';
import { isHostsFileName } from './hosts-file.ts';

export interface DnsServer { host: string; port: number }

export interface ResolveOptions {
  /** A named DNS server; without it the system resolver, as the workload uses it. */
  server?: DnsServer;
  tcp?: boolean;
  /** The address records to ask a named server for: A and AAAA unless a check asks for one of them. */
  types?: Array<'A' | 'AAAA'>;
  expect?: { dns?: 'private' | 'public' | 'any'; addresses?: string[] };
  /** A named server's first queries, from prepareQueries() before the layer's clock starts. */
  prepared?: DnsQuery[];
}

export interface Resolution {
  via: 'literal' | 'system' | 'server';
  chain: string[];
  addresses: string[];
  ttl?: number;
  private: boolean;
  server?: string;
  transport?: 'udp' | 'tcp';
  /** Named server only: its answer time, send to answer, summed over CNAME hops (dig's "Query time"). */
  rttMs?: number;
}

const MAX_CNAME_HOPS = 8;

function failOnRcode(response: DnsResponse, name: string, server: string): void {
  if (response.rcode === 3) throw new ProbeFailure('dns_nxdomain', `${name} does not exist (NXDOMAIN from ${server})`);
  if (response.rcode === 2) throw new ProbeFailure('dns_servfail', `${server} answered SERVFAIL for ${name}`);
  if (response.rcode === 5) throw new ProbeFailure('dns_refused', `${server} refused to answer for ${name} (REFUSED)`);
  if (response.rcode !== 0) throw new ProbeFailure('dns_servfail', `${server} answered ${response.rcodeName} for ${name}`);
}

/** Resolves through a named server, following CNAMEs the server did not chase itself. */
async function resolveViaServer(name: string, server: DnsServer, options: ResolveOptions, signal: AbortSignal): Promise<Resolution> {
  const label = `${server.host}:${server.port}`;
  const chain = [name];
  let current = name;
  let transport: 'udp' | 'tcp' = 'udp';
  let rttMs = 0;
  const types = options.types ?? ['A', 'AAAA'];
  for (let hop = 0; hop <= MAX_CNAME_HOPS; hop++) {
    const queries = hop === 0 && options.prepared ? options.prepared : types.map((type) => makeQuery(current, type));
    const responses = await Promise.all(queries.map((query) => queryDns(server.host, server.port, query, { tcp: options.tcp, signal })));
    const [a] = responses;
    failOnRcode(a, current, label);
    transport = a.transport;
    rttMs += Math.max(...responses.map((r) => r.rttMs)); // the queries of a hop go out together
    const records = responses.flatMap((r) => (r.rcode === 0 ? r.answers : []));
    // follow the CNAME chain inside the answer
    let name = current;
    for (let i = 0; i < MAX_CNAME_HOPS; i++) {
      const cname = records.find((r) => r.type === 'CNAME' && sameName(r.name, name));
      if (!cname) break;
      name = cname.data.replace(/\.$/, '');
      chain.push(name);
    }
    const finals = records.filter((r) => (r.type === 'A' || r.type === 'AAAA') && sameName(r.name, name));
    if (finals.length > 0) {
      return {
        via: 'server', server: label, transport, chain,
        addresses: unique(finals.map((r) => r.data)),
        ttl: Math.min(...finals.map((r) => r.ttl)),
        private: false,
        rttMs: Math.round(rttMs * 1000) / 1000,
      };
    }
    if (name === current) throw new ProbeFailure('dns_no_answer', `${label} has no ${types.join(' or ')} record for ${current}`);
    current = name; // the server gave a CNAME but not its target: ask for the target
  }
  throw new ProbeFailure('dns_unexpected_answer', `CNAME chain of ${name} is longer than ${MAX_CNAME_HOPS} hops`);
}

function systemErrorToFailure(error: NodeJS.ErrnoException, name: string): ProbeFailure {
  switch (error.code) {
    case 'ENOTFOUND':
      return new ProbeFailure('dns_nxdomain', `${name} does not resolve through the system resolver (ENOTFOUND)`);
    case 'ENODATA':
      return new ProbeFailure('dns_no_answer', `${name} exists but has no address record (ENODATA)`);
    case 'ESERVFAIL':
      return new ProbeFailure('dns_servfail', `the system resolver answered SERVFAIL for ${name}`);
    case 'EREFUSED':
      return new ProbeFailure('dns_refused', `the system resolver refused the query for ${name}`);
    case 'EAI_AGAIN':
    case 'ETIMEOUT':
      return new ProbeFailure('dns_timeout', `temporary failure resolving ${name} (${error.code}): the resolver did not answer in time or answered SERVFAIL`);
    default:
      return new ProbeFailure('dns_servfail', `resolving ${name} failed: ${error.code ?? error.message}`);
  }
}

/** Best-effort CNAME chain on the resolv.conf servers; getaddrinfo does not tell it. */
async function systemCnameChain(name: string, signal: AbortSignal, budgetMs: number): Promise<string[]> {
  if (isHostsFileName(name)) return [name];
  const resolver = new dns.promises.Resolver({ timeout: Math.round(Math.max(50, Math.min(budgetMs, 2000))), tries: 1 });
  const onAbort = () => resolver.cancel();
  signal.addEventListener('abort', onAbort, { once: true });
  const chain = [name];
  try {
    let current = name;
    for (let hop = 0; hop < MAX_CNAME_HOPS; hop++) {
      const [target] = await resolver.resolveCname(current).catch(() => [] as string[]);
      if (!target) break;
      chain.push(target);
      current = target;
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
  return chain;
}

async function resolveViaSystem(name: string, signal: AbortSignal, budgetMs: number): Promise<Resolution> {
  // the chain is a nicety: when it cannot be had, the answer of getaddrinfo still stands
  const chainPromise = systemCnameChain(name, signal, budgetMs).catch(() => [name]);
  let records: dns.LookupAddress[];
  try {
    records = await raceAbort(dns.promises.lookup(name, { all: true, order: 'verbatim' }), signal);
  } catch (error) {
    if (signal.aborted) throw error;
    throw systemErrorToFailure(error as NodeJS.ErrnoException, name);
  }
  const chain = await chainPromise;
  return { via: 'system', chain, addresses: unique(records.map((r) => r.address)), private: false };
}

function judge(resolution: Resolution, options: ResolveOptions): { warning?: string } {
  const publicOnes = resolution.addresses.filter((a) => addressScope(a) === 'public');
  resolution.private = publicOnes.length === 0;
  const expectDns = options.expect?.dns ?? 'any';
  const name = resolution.chain[0];
  const viaPrivateLink = resolution.chain.some((n) => n.toLowerCase().includes('.privatelink.'));
  const detail = { ...resolution };
  if (expectDns === 'private' && publicOnes.length > 0) {
    throw new ProbeFailure('dns_public_answer', `${name} resolves to public ${publicOnes.join(', ')} where a private endpoint is expected`, detail);
  }
  if (expectDns === 'public' && resolution.private) {
    throw new ProbeFailure('dns_unexpected_answer', `${name} resolves to private ${resolution.addresses.join(', ')} where a public address is expected`, detail);
  }
  const wanted = options.expect?.addresses;
  if (wanted && wanted.length > 0) {
    const missing = wanted.filter((a) => !resolution.addresses.includes(a));
    if (missing.length > 0) {
      throw new ProbeFailure('dns_unexpected_answer', `${name} resolves to ${resolution.addresses.join(', ')}, expected ${wanted.join(', ')}`, detail);
    }
  }
  if (expectDns === 'any' && viaPrivateLink && publicOnes.length > 0) {
    return { warning: `${name} goes through a privatelink name but resolves to public ${publicOnes.join(', ')}: the private endpoint is not used` };
  }
  return {};
}

/**
 * The queries a named server will be asked first, made before the layer starts: a query id and its
 * encoding are not network time. Nothing when no server is named or the host is an IP literal.
 */
export function prepareQueries(host: string, options: { server?: DnsServer; types?: QueryType[] }): DnsQuery[] | undefined {
  const name = stripBrackets(host);
  if (!options.server || isIpLiteral(name)) return undefined;
  try {
    return (options.types ?? ['A', 'AAAA']).map((type) => makeQuery(name, type));
  } catch {
    return undefined; // a name that cannot be encoded fails inside the layer, which reports it
  }
}

/** Resolves a name without recording anything: the dns check and the resolve rung share it. */
export async function resolveName(host: string, options: ResolveOptions, signal: AbortSignal, budgetMs: number): Promise<{ resolution: Resolution; warning?: string }> {
  const name = stripBrackets(host);
  const resolution: Resolution = isIpLiteral(name)
    ? { via: 'literal', chain: [name], addresses: [name], private: false }
    : options.server
      ? await resolveViaServer(name, options.server, options, signal)
      : await resolveViaSystem(name, signal, budgetMs);
  const { warning } = judge(resolution, options);
  return { resolution, warning };
}

/** The resolve rung every kind climbs first. Returns the addresses to connect to. */
export async function resolveLayer(run: ProbeRun, host: string, options: ResolveOptions): Promise<string[]> {
  const prepared = prepareQueries(host, options);
  return run.layer('resolve', async () => {
    const { resolution, warning } = await resolveName(host, { ...options, prepared }, run.signal, run.remainingMs());
    return { value: resolution.addresses, detail: { ...resolution }, warning };
  });
}

function sameName(a: string, b: string): boolean {
  return a.replace(/\.$/, '').toLowerCase() === b.replace(/\.$/, '').toLowerCase();
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
