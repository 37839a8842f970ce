import { readFileSync } from 'node:fs';
import { hostname as osHostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_IMDS_ENDPOINT, queryImds } from './imds.ts';
import type { ImdsFacts } from './imds.ts';
import { isLoopbackAddress, readInterfaceMtu, summarizeInterfaces } from './interfaces.ts';
import type { InterfaceFacts } from './interfaces.ts';
import { parseProcNetIpv6Route, parseProcNetRoute } from './proc-net-route.ts';
import type { DefaultRoute } from './proc-net-route.ts';
import { parseResolvConf } from './resolv-conf.ts';

export { cloudFromAzEnvironment, parseImdsInstance } from './imds.ts';
export type { AzureCloud, ImdsFacts } from './imds.ts';
export { summarizeInterfaces } from './interfaces.ts';
export type { InterfaceAddress, InterfaceFacts } from './interfaces.ts';
export { parseProcNetIpv6Route, parseProcNetRoute } from './proc-net-route.ts';
export type { DefaultRoute } from './proc-net-route.ts';
export { parseResolvConf } from './resolv-conf.ts';

/** Azure's virtual DNS server (wire server), what a VNet with "Default (Azure-provided)" DNS uses. */
export const AZURE_DNS = '168.63.129.16';

/** The report's `agent` block: where the probe runs, seen from inside. */
export interface AgentFacts {
  hostname: string;
  /** Non-loopback, non-link-local interface addresses. */
  addresses: string[];
  interfaces: InterfaceFacts[];
  /** IPv4 default route from /proc/net/route. */
  defaultGateway?: DefaultRoute;
  /** IPv6 default route from /proc/net/ipv6_route. */
  defaultGatewayV6?: DefaultRoute;
  /** MTU of the default route's interface (IPv4 first, else IPv6). */
  defaultInterfaceMtu?: number;
  /** `nameserver` lines of resolv.conf, as written. */
  resolvers: string[];
  searchDomains: string[];
  /** A loopback resolver (systemd-resolved 127.0.0.53, Docker 127.0.0.11) answers for the system. */
  stubResolver: boolean;
  /** When the stub is systemd-resolved: the servers it forwards to. */
  stubUpstreamResolvers?: string[];
  /** Any resolver (or the stub's upstream) is Azure DNS 168.63.129.16. */
  azureDns: boolean;
  /** Non-loopback resolvers are known and none of them is Azure DNS. */
  customDns: boolean;
  /** Only when IMDS answered. */
  azure?: ImdsFacts;
  imds?: { status: 'ok' | 'unavailable' | 'disabled'; message?: string };
}

export interface AgentOptions {
  /** Query IMDS (default true). */
  imds?: boolean;
  /** Default VNETPROBE_IMDS_ENDPOINT, else http://169.254.169.254. */
  imdsEndpoint?: string;
  /** Default 1000. */
  imdsTimeoutMs?: number;
  /** Default /etc/resolv.conf. */
  resolvConfPath?: string;
  /** systemd-resolved's upstream list, read when resolv.conf points at a loopback stub. */
  systemdResolvConfPath?: string;
  /** Default /proc. */
  procRoot?: string;
  /** Default /sys. */
  sysRoot?: string;
  signal?: AbortSignal;
}

/** Gathers the agent facts. Local reads only, except the IMDS query; never throws. */
export async function collectAgentFacts(opts: AgentOptions = {}): Promise<AgentFacts> {
  const procRoot = opts.procRoot ?? '/proc';
  const sysRoot = opts.sysRoot ?? '/sys';

  const imdsPromise = collectImds(opts);
  const [resolvText, routeText, route6Text] = await Promise.all([
    readText(opts.resolvConfPath ?? '/etc/resolv.conf'),
    readText(join(procRoot, 'net', 'route')),
    readText(join(procRoot, 'net', 'ipv6_route')),
  ]);

  const { addresses, interfaces } = summarizeInterfaces(safeNetworkInterfaces());
  await Promise.all(interfaces.map(async (nic) => {
    const mtu = await readInterfaceMtu(sysRoot, nic.name);
    if (mtu !== undefined) nic.mtu = mtu;
  }));

  const facts: AgentFacts = {
    hostname: safeHostname(),
    addresses,
    interfaces,
    resolvers: [],
    searchDomains: [],
    stubResolver: false,
    azureDns: false,
    customDns: false,
  };

  const defaultGateway = routeText === undefined ? undefined : parseProcNetRoute(routeText);
  const defaultGatewayV6 = route6Text === undefined ? undefined : parseProcNetIpv6Route(route6Text);
  if (defaultGateway !== undefined) facts.defaultGateway = defaultGateway;
  if (defaultGatewayV6 !== undefined) facts.defaultGatewayV6 = defaultGatewayV6;
  const defaultInterface = (defaultGateway ?? defaultGatewayV6)?.interface;
  if (defaultInterface !== undefined) {
    const mtu = interfaces.find((nic) => nic.name === defaultInterface)?.mtu
      ?? await readInterfaceMtu(sysRoot, defaultInterface);
    if (mtu !== undefined) facts.defaultInterfaceMtu = mtu;
  }

  if (resolvText !== undefined) {
    const conf = parseResolvConf(resolvText);
    facts.resolvers = conf.nameservers;
    facts.searchDomains = conf.search;
  }
  facts.stubResolver = facts.resolvers.some(isLoopbackAddress);
  let effective = facts.resolvers.filter((server) => !isLoopbackAddress(server));
  if (facts.stubResolver) {
    const upstreamText = await readText(opts.systemdResolvConfPath ?? '/run/systemd/resolve/resolv.conf');
    if (upstreamText !== undefined) {
      const upstream = parseResolvConf(upstreamText).nameservers.filter((server) => !isLoopbackAddress(server));
      facts.stubUpstreamResolvers = upstream;
      effective = [...effective, ...upstream];
    }
  }
  facts.azureDns = effective.includes(AZURE_DNS);
  facts.customDns = effective.length > 0 && !facts.azureDns;

  const imds = await imdsPromise;
  if (imds.status === 'ok') {
    facts.azure = imds.facts;
    facts.imds = { status: 'ok' };
  } else {
    facts.imds = { status: imds.status, message: imds.message };
  }
  return facts;
}

function collectImds(opts: AgentOptions): ReturnType<typeof queryImds> {
  if (opts.imds === false) return Promise.resolve({ status: 'disabled', message: 'IMDS lookup disabled' });
  const envEndpoint = process.env.VNETPROBE_IMDS_ENDPOINT;
  return queryImds({
    endpoint: opts.imdsEndpoint ?? (envEndpoint !== undefined && envEndpoint !== '' ? envEndpoint : DEFAULT_IMDS_ENDPOINT),
    timeoutMs: opts.imdsTimeoutMs ?? 1000,
    signal: opts.signal,
  });
}

// small local files (/etc, /proc): read at once, cheaper than fs/promises' first use (~3 ms)
async function readText(path: string): Promise<string | undefined> {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function safeNetworkInterfaces(): ReturnType<typeof networkInterfaces> {
  try {
    return networkInterfaces();
  } catch {
    return {};
  }
}

function safeHostname(): string {
  try {
    return osHostname();
  } catch {
    return '';
  }
}
