import type { CheckEntry } from '../../src/config/schema.ts';
import type { FailureClass, Kind, LayerName, Status } from '../../src/report/model.ts';
import type { LabCommand } from './commands.ts';
import { ADDRESS, NSG_CHAIN, UDR_TABLE } from './topology.ts';
import { PUBLIC_STORAGE_NAME } from './zone.ts';

/** What one check of a scenario must come out as. */
export interface Expectation {
  status: Status;
  class?: FailureClass;
  /** the layer that failed (status fail), or the last layer reached (pass) */
  layer?: LayerName;
  /** the resolve layer's addresses */
  addresses?: string[];
  /** a word the hint must contain */
  hint?: string;
  /** the check's own duration may not exceed this (a timeout "within the deadline") */
  maxDurationMs?: number;
}

/**
 * A fault as data: commands that install it and remove it, the checks the agent runs while it is
 * in place, and what each check must report. `install` runs before the agent, `remove` after it,
 * even when the agent or an assertion fails. Faults only touch their own addresses and names, so
 * scenarios run side by side.
 */
export interface Scenario {
  name: string;
  about: string;
  install: LabCommand[];
  remove: LabCommand[];
  checks: CheckEntry[];
  expect: Record<string, Expectation>;
  /** the deadline of each check (defaults.timeout) */
  timeout?: string;
  /** the agent's resolv.conf names this server instead of the VNet's usual one */
  resolver?: string;
}

const nsg = (rule: string): { install: LabCommand[]; remove: LabCommand[] } => ({
  install: [`router: iptables -w -A ${NSG_CHAIN} ${rule}`],
  remove: [`router: iptables -w -D ${NSG_CHAIN} ${rule}`],
});

const udr = (route: string): { install: LabCommand[]; remove: LabCommand[] } => ({
  install: [`router: ip route add ${route} table ${UDR_TABLE}`],
  remove: [`router: ip route del ${route} table ${UDR_TABLE}`],
});

const merge = (...parts: Array<{ install: LabCommand[]; remove: LabCommand[] }>) => ({
  install: parts.flatMap((p) => p.install),
  remove: parts.flatMap((p) => p.remove).reverse(),
});

const sqlLogin = { username: 'labadmin', password: { env: 'LAB_SQL_PASSWORD' } };
const pe = (name: string, service = 'blob.core.windows.net') => `${name}.${service}`;

/** Runs first and alone: every target a fault scenario breaks answers while nothing is broken. */
export const BASELINE: Scenario = {
  name: 'baseline: every fault target works without its fault',
  about: 'proves that what the fault scenarios break is the fault, not the lab',
  install: [],
  remove: [],
  timeout: '5s',
  checks: [
    { name: 'dns-labstore2', target: `dns:///${pe('labstore2')}`, expect: { dns: 'private' } },
    { name: 'dns-labstore3', target: `dns:///${pe('labstore3')}`, expect: { dns: 'private' } },
    { name: 'dns-labstore4-server', target: `dns://${ADDRESS.dns}/${pe('labstore4')}`, expect: { dns: 'private' } },
    { name: 'dns-second-server', target: `dns://${ADDRESS.dnsB}/${pe('labstore')}`, expect: { dns: 'private' } },
    ...['labsqldrop', 'labsqlreject', 'labsqludr', 'labsqlnoroute', 'labsqlnva'].map((s) => ({ name: s, target: `sql://${s}.database.windows.net` })),
    { name: 'vault-public-direct', target: 'tls://labvault-public.vault.azure.net' },
    { name: 'sql2-login-redirect', target: 'sql://labsql2.database.windows.net', auth: sqlLogin },
    // through the MTU 1400 tunnel: path MTU discovery works while ICMP fragmentation-needed gets through
    { name: 'onprem-tls-pmtud', target: 'tls://onprem-api.contoso.lab' },
  ],
  expect: {
    'dns-labstore2': { status: 'pass', addresses: [ADDRESS.storagePe] },
    'dns-labstore3': { status: 'pass', addresses: [ADDRESS.storagePe] },
    'dns-labstore4-server': { status: 'pass', addresses: [ADDRESS.storagePe] },
    'dns-second-server': { status: 'pass', addresses: [ADDRESS.storagePe] },
    labsqldrop: { status: 'pass', layer: 'protocol' },
    labsqlreject: { status: 'pass', layer: 'protocol' },
    labsqludr: { status: 'pass', layer: 'protocol' },
    labsqlnoroute: { status: 'pass', layer: 'protocol' },
    labsqlnva: { status: 'pass', layer: 'protocol' },
    'vault-public-direct': { status: 'pass', layer: 'tls', addresses: [ADDRESS.publicVault] },
    'sql2-login-redirect': { status: 'pass', layer: 'operation' },
    'onprem-tls-pmtud': { status: 'pass', layer: 'tls', addresses: [ADDRESS.onprem] },
  },
};

/** The Event Hubs target of a fault scenario, apart: it needs the amqp kind. */
export const SERVICE_BASELINE: Scenario = {
  name: 'baseline: Event Hubs answers on 5671 and 5672 without faults',
  about: 'the NSG rule of the Event Hubs scenario is what closes 5672',
  install: [],
  remove: [],
  timeout: '5s',
  checks: [
    { name: 'hub2-5672', target: 'amqp://labhub2.servicebus.windows.net:5672' },
    { name: 'hub2-5671', target: 'amqps://labhub2.servicebus.windows.net:5671' },
  ],
  expect: {
    'hub2-5672': { status: 'pass', layer: 'protocol' },
    'hub2-5671': { status: 'pass', layer: 'protocol' },
  },
};

export const SCENARIOS: Scenario[] = [
  {
    name: 'private endpoint resolves private',
    about: 'the privatelink CNAME chain ends at the private endpoint, TLS to it is trusted, a VNet backend answers',
    install: [],
    remove: [],
    checks: [
      { name: 'dns', target: `dns:///${pe('labstore')}`, expect: { dns: 'private' } },
      { name: 'tls', target: `tls://${pe('labstore')}`, expect: { dns: 'private' } },
      { name: 'backend', target: 'https://api.lab.internal/health', expect: { status: [200], body: 'healthy' } },
    ],
    expect: {
      dns: { status: 'pass', layer: 'resolve', addresses: [ADDRESS.storagePe] },
      tls: { status: 'pass', layer: 'tls', addresses: [ADDRESS.storagePe] },
      backend: { status: 'pass', layer: 'protocol', addresses: [ADDRESS.api] },
    },
  },
  {
    name: 'private DNS zone not linked: public answer',
    about: 'the privatelink name resolves through public DNS to the public endpoint',
    install: [`zone: ${pe('labstore2', 'privatelink.blob.core.windows.net')} CNAME ${PUBLIC_STORAGE_NAME}`],
    remove: [`zone: ${pe('labstore2', 'privatelink.blob.core.windows.net')} A ${ADDRESS.storagePe}`],
    checks: [
      { name: 'dns', target: `dns:///${pe('labstore2')}`, expect: { dns: 'private' } },
      { name: 'tls', target: `tls://${pe('labstore2')}`, expect: { dns: 'private' } },
    ],
    expect: {
      dns: { status: 'fail', class: 'dns_public_answer', layer: 'resolve', hint: 'privatelink.blob.core.windows.net' },
      tls: { status: 'fail', class: 'dns_public_answer', layer: 'resolve' },
    },
  },
  {
    name: 'custom DNS server down',
    about: "the VNet's DNS server (the agent's resolv.conf) gets no packet through: UDP and TCP 53 dropped",
    resolver: ADDRESS.dnsB,
    ...merge(nsg(`-d ${ADDRESS.dnsB} -p udp --dport 53 -j DROP`), nsg(`-d ${ADDRESS.dnsB} -p tcp --dport 53 -j DROP`)),
    timeout: '2s',
    checks: [
      { name: 'system-resolver', target: `tls://${pe('labstore')}` },
      { name: 'named-server', target: `dns://${ADDRESS.dnsB}/${pe('labstore')}` },
    ],
    expect: {
      'system-resolver': { status: 'fail', class: 'dns_timeout', layer: 'resolve', maxDurationMs: 2800 },
      'named-server': { status: 'fail', class: 'dns_timeout', layer: 'resolve', maxDurationMs: 2800 },
    },
  },
  {
    name: 'NXDOMAIN',
    about: 'the name does not exist for the VNet resolver',
    install: [`zone: ${pe('labstore3')} NXDOMAIN`],
    remove: [`zone: ${pe('labstore3')} CNAME ${pe('labstore3', 'privatelink.blob.core.windows.net')}`],
    checks: [
      { name: 'system-resolver', target: `tls://${pe('labstore3')}` },
      { name: 'named-server', target: `dns://${ADDRESS.dns}/${pe('labstore3')}` },
    ],
    expect: {
      'system-resolver': { status: 'fail', class: 'dns_nxdomain', layer: 'resolve' },
      'named-server': { status: 'fail', class: 'dns_nxdomain', layer: 'resolve' },
    },
  },
  {
    name: 'SERVFAIL',
    about: 'the DNS server fails the query; asked directly it says SERVFAIL, through getaddrinfo it is only a temporary failure',
    install: [`zone: ${pe('labstore4')} SERVFAIL`],
    remove: [`zone: ${pe('labstore4')} CNAME ${pe('labstore4', 'privatelink.blob.core.windows.net')}`],
    checks: [
      { name: 'named-server', target: `dns://${ADDRESS.dns}/${pe('labstore4')}` },
      { name: 'system-resolver', target: `tls://${pe('labstore4')}` },
    ],
    expect: {
      'named-server': { status: 'fail', class: 'dns_servfail', layer: 'resolve' },
      // glibc turns SERVFAIL into EAI_AGAIN, which cannot be told from a timeout
      'system-resolver': { status: 'fail', class: 'dns_timeout', layer: 'resolve' },
    },
  },
  {
    name: 'NSG drops SQL 1433',
    about: 'an NSG deny rule silently drops the SYN: a timeout, reported within the deadline',
    ...nsg(`-d ${ADDRESS.nsgDrop} -p tcp --dport 1433 -j DROP`),
    timeout: '2s',
    checks: [{ name: 'sql', target: 'sql://labsqldrop.database.windows.net' }],
    expect: { sql: { status: 'fail', class: 'tcp_timeout', layer: 'connect', hint: 'Sql', maxDurationMs: 2800 } },
  },
  {
    name: 'NSG / NVA rejects with a reset',
    about: 'a firewall answers the SYN with a TCP reset',
    ...nsg(`-d ${ADDRESS.nsgReject} -p tcp --dport 1433 -j REJECT --reject-with tcp-reset`),
    checks: [{ name: 'sql', target: 'sql://labsqlreject.database.windows.net' }],
    expect: { sql: { status: 'fail', class: 'tcp_refused', layer: 'connect' } },
  },
  {
    name: 'UDR to a black hole',
    about: 'a route with next hop None (blackhole) in the subnet route table: packets vanish',
    ...udr(`blackhole ${ADDRESS.udrBlackhole}/32`),
    timeout: '2s',
    checks: [{ name: 'sql', target: 'sql://labsqludr.database.windows.net' }],
    expect: { sql: { status: 'fail', class: 'tcp_timeout', layer: 'connect', maxDurationMs: 2800 } },
  },
  {
    name: 'no route',
    about: 'an unreachable route, and an NVA rejecting with ICMP host unreachable: the kernel reports EHOSTUNREACH at once',
    ...merge(udr(`unreachable ${ADDRESS.noRoute}/32`), nsg(`-d ${ADDRESS.nvaReject} -p tcp --dport 1433 -j REJECT --reject-with icmp-host-unreachable`)),
    checks: [
      { name: 'unreachable-route', target: 'sql://labsqlnoroute.database.windows.net' },
      { name: 'icmp-host-unreachable', target: 'sql://labsqlnva.database.windows.net' },
      // nothing routes 10.61.99.0/24 at all: the router answers ICMP net unreachable
      { name: 'unrouted-network', target: 'tcp://10.61.99.9:443' },
    ],
    expect: {
      'unreachable-route': { status: 'fail', class: 'tcp_unreachable', layer: 'connect', maxDurationMs: 2500 },
      'icmp-host-unreachable': { status: 'fail', class: 'tcp_unreachable', layer: 'connect', maxDurationMs: 2500 },
      'unrouted-network': { status: 'fail', class: 'tcp_unreachable', layer: 'connect', maxDurationMs: 2500 },
    },
  },
  {
    name: 'TLS inspection on the forced-tunnel path',
    about: 'a UDR sends the public Key Vault endpoint through the firewall, which re-signs TLS with its own CA',
    ...udr(`${ADDRESS.publicVault}/32 via ${ADDRESS.firewall}`),
    checks: [
      { name: 'vault-tls', target: 'tls://labvault-public.vault.azure.net' },
      { name: 'vault-https', target: 'https://labvault-public.vault.azure.net/healthstatus' },
    ],
    expect: {
      'vault-tls': { status: 'fail', class: 'tls_inspected', layer: 'tls', hint: 'inspection' },
      'vault-https': { status: 'fail', class: 'tls_inspected', layer: 'tls' },
    },
  },
  {
    name: 'expired certificate',
    about: 'the backend presents a certificate that expired two days ago',
    install: [],
    remove: [],
    checks: [{ name: 'tls', target: 'tls://expired.lab.internal' }],
    expect: { tls: { status: 'fail', class: 'tls_expired', layer: 'tls' } },
  },
  {
    name: 'wrong-name certificate',
    about: 'the backend presents a certificate for another name',
    install: [],
    remove: [],
    checks: [{ name: 'tls', target: 'tls://wrongname.lab.internal' }],
    expect: { tls: { status: 'fail', class: 'tls_hostname_mismatch', layer: 'tls' } },
  },
  {
    name: 'a peer that sends garbage',
    about: 'something answers on 1433, but not TDS',
    install: [],
    remove: [],
    checks: [{ name: 'sql', target: 'sql://garbage.lab.internal' }],
    expect: { sql: { status: 'fail', class: 'protocol_mismatch', layer: 'protocol' } },
  },
  {
    name: 'MTU black hole',
    about: 'the VPN tunnel has MTU 1400 and its gateway drops ICMP fragmentation-needed: TCP connects, the server flight never arrives',
    // Both ends forget the path MTU they learned before (the baseline, an earlier run): Node 24's
    // ClientHello carries a post-quantum key share (~1.5 KB), so the agent learns the tunnel's MTU
    // too, and a learned MTU shrinks the MSS it offers, which would hide the black hole.
    install: ['vpngw: iptables -w -A OUTPUT -p icmp --icmp-type fragmentation-needed -j DROP', 'onprem: ip route flush cache', 'agent: ip route flush cache'],
    remove: ['vpngw: iptables -w -D OUTPUT -p icmp --icmp-type fragmentation-needed -j DROP', 'onprem: ip route flush cache', 'agent: ip route flush cache'],
    timeout: '3s',
    checks: [
      { name: 'tcp', target: 'tcp://onprem-api.contoso.lab:443' },
      { name: 'tls', target: 'tls://onprem-api.contoso.lab' },
    ],
    expect: {
      tcp: { status: 'pass', layer: 'connect' },
      tls: { status: 'fail', class: 'tls_timeout', layer: 'tls', hint: 'MTU', maxDurationMs: 3800 },
    },
  },
  {
    name: 'SQL PRELOGIN ok',
    about: 'TDS PRELOGIN through the private endpoint, no credentials',
    install: [],
    remove: [],
    checks: [{ name: 'sql', target: 'sql://labsql.database.windows.net', expect: { dns: 'private' } }],
    expect: { sql: { status: 'pass', layer: 'protocol', addresses: [ADDRESS.sqlPe] } },
  },
  {
    name: 'SQL redirect to a port the NSG drops',
    about: 'login works at the gateway, which redirects to a node on 11002; the NSG drops 11000-11999',
    ...nsg(`-d ${ADDRESS.sql2Pe} -p tcp --dport 11000:11999 -j DROP`),
    timeout: '3s',
    checks: [{ name: 'sql', target: 'sql://labsql2.database.windows.net', auth: sqlLogin }],
    expect: { sql: { status: 'fail', class: 'tcp_timeout', layer: 'redirect' } },
  },
  {
    name: 'SMTP relay on 25028',
    about: "APIM's SMTP relay answers its banner and EHLO on 25028",
    install: [],
    remove: [],
    checks: [{ name: 'smtp', target: 'smtp://smtpi-co1.msn.com:25028' }],
    expect: { smtp: { status: 'pass', layer: 'protocol', addresses: [ADDRESS.smtpRelay] } },
  },
  {
    name: 'internal cache (Redis) on 6381',
    about: 'PING answered PONG inside the VNet',
    install: [],
    remove: [],
    checks: [{ name: 'redis', target: `redis://${ADDRESS.redis}:6381` }],
    expect: { redis: { status: 'pass', layer: 'protocol' } },
  },
  {
    name: 'Event Hubs: 5671 open, 5672 blocked',
    about: 'AMQP over TLS passes, the NSG drops plain AMQP',
    ...nsg(`-d ${ADDRESS.hub2Pe} -p tcp --dport 5672 -j DROP`),
    timeout: '2s',
    checks: [
      { name: 'amqps-5671', target: 'amqps://labhub2.servicebus.windows.net:5671' },
      { name: 'amqp-5672', target: 'amqp://labhub2.servicebus.windows.net:5672' },
    ],
    expect: {
      'amqps-5671': { status: 'pass', layer: 'protocol' },
      'amqp-5672': { status: 'fail', class: 'tcp_timeout', layer: 'connect', maxDurationMs: 2800 },
    },
  },
  {
    name: 'Storage with a key: operation rung',
    about: 'Azurite behind the private endpoint, the account key from a connection string in env',
    install: [],
    remove: [],
    checks: [{ name: 'blob', target: 'blob://labstore', expect: { dns: 'private' }, auth: { connectionString: { env: 'LAB_STORAGE_CONNECTION_STRING' } } }],
    expect: { blob: { status: 'pass', layer: 'operation', addresses: [ADDRESS.storagePe] } },
  },
  {
    name: 'Storage network rules deny',
    about: 'the account answers 403 AuthorizationFailure as Azure does for a subnet its network rules do not allow',
    install: [],
    remove: [],
    checks: [{ name: 'blob', target: 'blob://labdenied' }],
    expect: { blob: { status: 'fail', class: 'access_denied', layer: 'protocol', hint: 'network rules' } },
  },
  {
    name: 'Key Vault through its private endpoint',
    about: '/healthstatus answers, and Key Vault sees the agent’s private address',
    install: [],
    remove: [],
    checks: [{ name: 'vault', target: 'keyvault://labvault', expect: { dns: 'private' } }],
    expect: { vault: { status: 'pass', layer: 'protocol', addresses: [ADDRESS.vaultPe] } },
  },
];

/** The kinds a scenario's checks run, for telling which scenarios wait on a kind still being built. */
export function scenarioKinds(scenario: Scenario, kindOf: (entry: CheckEntry) => Kind): Kind[] {
  return [...new Set(scenario.checks.map(kindOf))];
}
