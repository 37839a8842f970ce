// The lab's network as data: namespaces, links, addresses and routes that mirror an Azure VNet.
//
//   agent 10.61.1.4 ──┐                       ┌── dns    10.61.2.53, 10.61.2.54   (custom DNS servers)
//                     │                       ├── svc    10.61.3.0/24             (private endpoints)
//                 router (the Azure fabric) ──┼── fw     10.61.4.4                (TLS-inspecting NVA)
//   NSG = iptables chain NSG-AGENT            ├── vpngw  10.61.5.2 ── onprem 10.61.6.10 (VPN, MTU 1400)
//   UDR = ip rule iif agent → table 100       └── inet   198.51.100.0/24, 203.0.113.0/24 (Azure public endpoints)
//
// Every interface is created directly inside its namespace: the root namespace gets no link, no
// address and no route into the lab, and no namespace has a path to eth0. The router has no
// default route, so a packet for anything outside the lab dies there (ICMP net unreachable).

export const ROLES = ['agent', 'router', 'dns', 'svc', 'fw', 'vpngw', 'onprem', 'inet'] as const;
export type Role = (typeof ROLES)[number];

/** Namespaces that forward packets. */
export const FORWARDERS: Role[] = ['router', 'fw', 'vpngw'];

export interface LinkEnd {
  role: Role;
  /** interface name inside that namespace (short: 15 characters at most) */
  ifname: string;
  /** addresses with prefix length */
  addresses: string[];
  mtu?: number;
}

export interface Link { a: LinkEnd; b: LinkEnd }

/** Named addresses: scenarios, zone records and servers refer to these. */
export const ADDRESS = {
  agent: '10.61.1.4',
  agentGateway: '10.61.1.1',
  dns: '10.61.2.53',
  dnsB: '10.61.2.54',
  firewall: '10.61.4.4',
  onprem: '10.61.6.10',
  /** private endpoints and VNet-internal services */
  storagePe: '10.61.3.10',
  sqlPe: '10.61.3.11',
  hubPe: '10.61.3.12',
  sql2Pe: '10.61.3.13',
  redis: '10.61.3.14',
  garbage: '10.61.3.15',
  api: '10.61.3.16',
  expired: '10.61.3.17',
  wrongName: '10.61.3.18',
  nsgDrop: '10.61.3.19',
  nsgReject: '10.61.3.20',
  udrBlackhole: '10.61.3.21',
  noRoute: '10.61.3.22',
  deniedStoragePe: '10.61.3.23',
  vaultPe: '10.61.3.24',
  storageAuxPe: '10.61.3.25',
  filePe: '10.61.3.26',
  hub2Pe: '10.61.3.27',
  nvaReject: '10.61.3.28',
  /** "Azure public endpoints" */
  publicStorage: '203.0.113.10',
  publicVault: '203.0.113.20',
  publicAzure: '203.0.113.30',
  smtpRelay: '198.51.100.25',
} as const;

const SVC_ADDRESSES = Object.values(ADDRESS).filter((a) => a.startsWith('10.61.3.'));
const INET_ADDRESSES = Object.values(ADDRESS).filter((a) => a.startsWith('203.0.113.') || a.startsWith('198.51.100.'));

/** The VPN tunnel's MTU: smaller than the 1500 of every other link. */
export const TUNNEL_MTU = 1400;

export const LINKS: Link[] = [
  { a: { role: 'agent', ifname: 'eth0', addresses: ['10.61.1.4/24'] }, b: { role: 'router', ifname: 'agent', addresses: ['10.61.1.1/24'] } },
  { a: { role: 'dns', ifname: 'eth0', addresses: ['10.61.2.53/24', '10.61.2.54/24'] }, b: { role: 'router', ifname: 'dns', addresses: ['10.61.2.1/24'] } },
  { a: { role: 'svc', ifname: 'eth0', addresses: SVC_ADDRESSES.map((a) => `${a}/24`) }, b: { role: 'router', ifname: 'svc', addresses: ['10.61.3.1/24'] } },
  { a: { role: 'fw', ifname: 'eth0', addresses: ['10.61.4.4/24'] }, b: { role: 'router', ifname: 'fw', addresses: ['10.61.4.1/24'] } },
  {
    a: { role: 'vpngw', ifname: 'eth0', addresses: ['10.61.5.2/24'], mtu: TUNNEL_MTU },
    b: { role: 'router', ifname: 'vpn', addresses: ['10.61.5.1/24'], mtu: TUNNEL_MTU },
  },
  { a: { role: 'onprem', ifname: 'eth0', addresses: ['10.61.6.10/24'] }, b: { role: 'vpngw', ifname: 'lan', addresses: ['10.61.6.1/24'] } },
  { a: { role: 'inet', ifname: 'eth0', addresses: ['10.61.254.2/24', ...INET_ADDRESSES.map((a) => `${a}/32`)] }, b: { role: 'router', ifname: 'inet', addresses: ['10.61.254.1/24'] } },
];

/** `ip route add …` arguments per namespace. */
export const ROUTES: Partial<Record<Role, string[][]>> = {
  agent: [['default', 'via', '10.61.1.1']],
  dns: [['default', 'via', '10.61.2.1']],
  svc: [['default', 'via', '10.61.3.1']],
  fw: [['default', 'via', '10.61.4.1']],
  vpngw: [['default', 'via', '10.61.5.1']],
  onprem: [['default', 'via', '10.61.6.1']],
  inet: [['default', 'via', '10.61.254.1']],
  router: [
    ['10.61.6.0/24', 'via', '10.61.5.2'],
    ['198.51.100.0/24', 'via', '10.61.254.2'],
    ['203.0.113.0/24', 'via', '10.61.254.2'],
  ],
};

/** The agent subnet's route table (Azure UDR): scenarios add routes to this table on the router. */
export const UDR_TABLE = '100';
/** The agent subnet's NSG: an iptables chain on the router for packets leaving the agent subnet. */
export const NSG_CHAIN = 'NSG-AGENT';
/** The port the firewall's TLS-inspecting proxy listens on; forwarded 443 is redirected to it. */
export const INSPECTION_PORT = 8443;

/** Router and firewall rules installed with the lab (the faults are the scenarios'). */
export const BASE_COMMANDS: Array<{ role: Role; argv: string[] }> = [
  { role: 'router', argv: ['ip', 'rule', 'add', 'iif', 'agent', 'lookup', UDR_TABLE, 'pref', '100'] },
  { role: 'router', argv: ['iptables', '-w', '-N', NSG_CHAIN] },
  { role: 'router', argv: ['iptables', '-w', '-A', 'FORWARD', '-i', 'agent', '-j', NSG_CHAIN] },
  // the firewall terminates TLS for whatever the UDR sends it on 443
  { role: 'fw', argv: ['iptables', '-w', '-t', 'nat', '-A', 'PREROUTING', '-i', 'eth0', '-p', 'tcp', '--dport', '443', '-j', 'REDIRECT', '--to-ports', String(INSPECTION_PORT)] },
];

/** The agent's /etc/resolv.conf: the VNet's custom DNS server. */
export function resolvConf(server: string): string {
  return `# vnet-probe lab: the VNet's DNS server\nnameserver ${server}\noptions timeout:1 attempts:2\n`;
}
