import { ProbeFailure } from '../engine/errors.ts';
import { makeQuery, queryDns } from '../net/dns-client.ts';
import { prepareQueries, resolveName } from '../net/resolve.ts';
import type { Check } from './check.ts';

/**
 * dns://[SERVER[:PORT]]/NAME[?type=A|AAAA|CNAME&tcp=1] — the query is the check. Without a server,
 * the system resolver path the workload uses; with one, that server over UDP (or TCP).
 */
export const dnsCheck: Check = async (target, spec, run) => {
  const server = target.dnsServer;
  const tcp = target.query.tcp === '1' || target.query.tcp === 'true' || spec.dns.tcp === true;
  const type = (target.query.type ?? 'A').toUpperCase();
  // ?type=A or ?type=AAAA asks a named server that one query only (half the work, like any DNS probe)
  const types = target.query.type !== undefined && (type === 'A' || type === 'AAAA') ? [type as 'A' | 'AAAA'] : undefined;
  // the queries are made before the clock starts: encoding them is not network time
  const prepared = prepareQueries(target.path, { server, types: type === 'CNAME' ? ['CNAME'] : types });
  await run.layer('resolve', async () => {
    if (type === 'CNAME' && server) {
      const query = prepared?.[0] ?? makeQuery(target.path, 'CNAME');
      const response = await queryDns(server.host, server.port, query, { tcp, signal: run.signal });
      const label = `${server.host}:${server.port}`;
      if (response.rcode === 3) throw new ProbeFailure('dns_nxdomain', `${target.path} does not exist (NXDOMAIN from ${label})`);
      if (response.rcode !== 0) throw new ProbeFailure(response.rcode === 5 ? 'dns_refused' : 'dns_servfail', `${label} answered ${response.rcodeName} for ${target.path}`);
      const cnames = response.answers.filter((a) => a.type === 'CNAME');
      if (cnames.length === 0) throw new ProbeFailure('dns_no_answer', `${label} has no CNAME record for ${target.path}`);
      return { value: undefined, detail: { via: 'server', server: label, transport: response.transport, chain: [target.path, ...cnames.map((c) => c.data)], ttl: cnames[0].ttl, rttMs: response.rttMs } };
    }
    const { resolution, warning } = await resolveName(target.path, { server, tcp, types, expect: spec.expect, prepared }, run.signal, run.remainingMs());
    const family = type === 'AAAA' ? ':' : type === 'A' ? '.' : '';
    // the resolve path asks A and AAAA together; ?type=A|AAAA says which one must be there
    if (family && !resolution.addresses.some((a) => a.includes(family))) {
      const via = server ? `${server.host}:${server.port}` : 'the system resolver';
      throw new ProbeFailure('dns_no_answer', `${target.path} has no ${type} record through ${via}`, { ...resolution });
    }
    return { value: undefined, detail: { ...resolution, type }, warning };
  });
  return run.layers;
};
