import type { FailureClass, Kind, LayerName } from '../report/model.ts';

/** What a check looked like, for picking a hint that names the port, service tag and setting. */
export interface HintContext {
  kind: Kind;
  host: string;
  port: number;
  layer: LayerName;
  detail?: Record<string, unknown>;
  message?: string;
}

type HintFn = (c: HintContext) => string;

const SERVICE_TAG: Partial<Record<Kind, string>> = {
  storage: 'Storage', sql: 'Sql', amqp: 'EventHub', keyvault: 'AzureKeyVault', smb: 'Storage', redis: 'VirtualNetwork',
};

function serviceTag(c: HintContext): string {
  if (/\.(blob|table|queue|file|dfs)\.core\./.test(c.host)) return 'Storage';
  if (/\.database\./.test(c.host)) return 'Sql';
  if (/\.servicebus\./.test(c.host)) return 'EventHub';
  if (/\.vault(core)?\./.test(c.host) || /\.vault\.azure/.test(c.host)) return 'AzureKeyVault';
  if (/login\.(microsoftonline|windows|chinacloudapi)/.test(c.host)) return 'AzureActiveDirectory';
  if (/monitoring|microsoftmetrics|shoebox/.test(c.host)) return 'AzureMonitor';
  return SERVICE_TAG[c.kind] ?? 'the destination';
}

function privateLinkZone(host: string): string {
  const m = /^[^.]+\.((blob|table|queue|file|dfs|web)\.core\.[a-z.]+|database\.[a-z.]+|servicebus\.[a-z.]+|vault\.[a-z.]+|vaultcore\.[a-z.]+)$/i.exec(host);
  if (!m) return `the privatelink zone of ${host}`;
  return `privatelink.${m[1].replace(/^vault\./, 'vaultcore.')}`;
}

const ACCESS_DENIED: Partial<Record<Kind, string>> = {
  storage: "The storage account's network rules do not allow this subnet: add it under Networking > Firewalls and virtual networks (service endpoint Microsoft.Storage), or reach the account through its private endpoint.",
  sql: "The SQL server refuses this client: check the server firewall rules and 'Deny public network access' (use the private endpoint or allow the subnet with a virtual network rule).",
  amqp: "The Event Hubs namespace's IP filter / network rules reject this address: allow the subnet (service endpoint Microsoft.EventHub) or use the private endpoint.",
  keyvault: "The Key Vault firewall rejects this address (ForbiddenByFirewall): allow the subnet under Networking (service endpoint Microsoft.KeyVault) or use the private endpoint.",
};

const HINTS: Record<FailureClass, HintFn> = {
  dns_nxdomain: (c) => `The name ${c.host} does not exist for this resolver: check the spelling, and for a private endpoint that ${privateLinkZone(c.host)} holds a record for it and is linked to this VNet.`,
  dns_servfail: () => 'The DNS server failed to answer (SERVFAIL): a custom DNS server must forward to Azure DNS 168.63.129.16 (or to a resolver that can), and its upstream must be reachable.',
  dns_refused: () => 'The DNS server refused the query: a custom DNS server must allow recursion for this subnet (allow-recursion / ACL) and forward to 168.63.129.16.',
  dns_timeout: () => 'No DNS answer in time: allow outbound UDP and TCP 53 from this subnet to the DNS servers set on the VNet, and check those servers are running.',
  dns_no_answer: (c) => `${c.host} exists but has no address record: add the A/AAAA record (for a private endpoint, in ${privateLinkZone(c.host)}).`,
  dns_public_answer: (c) => `${c.host} resolves to a public address: the private DNS zone ${privateLinkZone(c.host)} is not linked to this VNet, or the custom DNS server does not forward to 168.63.129.16.`,
  dns_unexpected_answer: () => 'The answer differs from what was expected: check the records in the private DNS zone (stale A record after a private endpoint was recreated?) or a conditional forwarder pointing elsewhere.',
  tcp_timeout: (c) => `SYN got no answer within the deadline: an NSG or firewall silently drops outbound TCP ${c.port} to ${serviceTag(c)}, or a UDR sends it to a black hole. Check the effective security rules and routes of this subnet.`,
  tcp_refused: (c) => `The connection was refused (RST) on TCP ${c.port}: nothing listens there, or a firewall/NVA rejects it. Check the address is the service's and that the NVA allows ${serviceTag(c)}.`,
  tcp_unreachable: (c) => `No route to ${c.host}: check the UDRs of this subnet (next hop for ${serviceTag(c)}), VNet peering and the NVA's routes.`,
  tls_timeout: (c) => `TCP connected but the TLS handshake did not finish: a path MTU black hole (large packets dropped; check MTU/MSS clamping on VPN/ExpressRoute/NVA) or a firewall that stalls TLS to ${c.host}.`,
  tls_handshake_failed: () => 'The TLS handshake failed: the peer does not speak TLS on this port, requires a client certificate, or a firewall cuts the connection after the ClientHello.',
  tls_untrusted: () => 'The certificate chain is not trusted: add the issuing CA with tls.ca or NODE_EXTRA_CA_CERTS, or, if this is an Azure endpoint, something on the path re-signs TLS.',
  tls_hostname_mismatch: (c) => `The certificate does not name ${c.host}: you reached a different server (wrong DNS record, a proxy, or SNI not passed); set tls.servername if you connect by address.`,
  tls_expired: () => 'The certificate is expired or not yet valid: renew it on the server (or check the clock of this machine).',
  tls_inspected: () => 'A firewall/NVA re-signs TLS on the forced-tunnel route: exempt the Azure service FQDNs from TLS inspection, or use a UDR with next hop Internet for the ApiManagement / service tags. Azure services and APIM will not trust the inspecting CA.',
  protocol_mismatch: (c) => `Something answered on ${c.port} but not as ${c.kind} would: a proxy, a different service on that port, or a firewall answering in the service's place.`,
  protocol_timeout: (c) => `Connected, but the service did not answer its protocol in time on ${c.port}: a firewall that accepts TCP and then drops (Event Hubs and Storage network rules do this), or an overloaded peer.`,
  http_status: () => 'The HTTP status is not one expected: see detail.status, and expect.status to accept it if it is right.',
  http_body_mismatch: () => 'The response body does not contain what expect.body asks for: the backend answered, but not as healthy.',
  auth_failed: () => 'The network path works; the credentials were rejected: check the key, SAS, password or the managed identity\'s role assignment.',
  access_denied: (c) => ACCESS_DENIED[c.kind] ?? `The service denies this client by its network rules (${serviceTag(c)}): allow this subnet or use the private endpoint.`,
  timeout: (c) => `The ${c.layer} step did not finish within the deadline: raise timeout if the service is slow, else see the layers reached.`,
  internal_error: () => 'vnet-probe itself failed here; please report it with the JSON report attached.',
};

const SQL_TRANSIENT = new Set([40613, 40501, 40197, 10928, 10929]);
const SQL_ACCESS: Record<number, string> = {
  40615: 'The SQL server firewall does not allow this client: add a firewall rule for the address the server saw (detail.clientAddressSeenByServer, the public IP this subnet leaves by), a virtual network rule for this subnet, or use the private endpoint.',
  40914: 'This subnet reaches SQL through a Microsoft.Sql service endpoint that the server\'s virtual network rules do not allow: add a virtual network rule for this subnet.',
  47073: "The server has 'Deny public network access' on: resolve SERVER.database.windows.net through privatelink.database.windows.net to its private endpoint.",
  40532: 'The gateway cannot tell which server the login is for: use the full SERVER.database.windows.net name (not an IP or alias without SNI).',
};

/**
 * Where a failure class means something more specific for one service or layer. Checked in order
 * before the class's own hint; still one table, so every hint lives here.
 */
const SPECIFIC: Array<{ when: (cls: FailureClass, c: HintContext) => boolean; hint: HintFn }> = [
  {
    when: (cls, c) => cls === 'dns_refused' && /nothing answers DNS/.test(c.message ?? ''),
    hint: () => 'Nothing listens for DNS at that address and port (the host answered "port unreachable" or reset): check the DNS server addresses set on the VNet and that the custom DNS server is running.',
  },
  {
    when: (cls, c) => c.layer === 'redirect' && (cls.startsWith('tcp_') || cls.startsWith('dns_') || cls === 'timeout'),
    hint: (c) => `Azure SQL's Redirect connection policy sent the client to the database node${c.detail?.port ? ` on TCP ${String(c.detail.port)}` : ''}${c.detail?.host ? ` (${String(c.detail.host)})` : ''}: allow outbound TCP 11000-11999 to the Sql service tag in the NSG and firewall/NVA of this subnet, or set the server's connection policy to Proxy (1433 only).`,
  },
  {
    when: (cls, c) => cls === 'auth_failed' && c.kind === 'sql' && SQL_TRANSIENT.has(Number(c.detail?.sqlError)),
    hint: () => 'Not a network problem: the login reached Azure SQL but the database was unavailable (paused serverless database, failover, reconfiguration, resource limit). Retry later and check the database status.',
  },
  {
    when: (cls, c) => cls === 'access_denied' && c.kind === 'sql' && SQL_ACCESS[Number(c.detail?.sqlError)] !== undefined,
    hint: (c) => SQL_ACCESS[Number(c.detail?.sqlError)],
  },
  {
    when: (cls, c) => cls === 'auth_failed' && c.kind === 'amqp' && c.detail?.errorCondition === 'amqp:not-found',
    hint: () => 'The namespace answered, but the event hub named does not exist: check EntityPath in the connection string or options.eventHub.',
  },
  {
    when: (cls, c) => cls === 'auth_failed' && c.kind === 'storage',
    hint: () => 'The network path works; the credential was rejected. For a managed identity: a Storage Blob Data Reader (list) or Contributor (write) role on the account or container (assignments take minutes to apply). For a SAS: its permissions, services and expiry. For a key: rotated keys.',
  },
  {
    when: (cls, c) => cls === 'tcp_timeout' && c.kind === 'smb',
    hint: () => 'SYN on TCP 445 got no answer: the NSG must allow outbound 445 to the Storage service tag, and 445 is often blocked by ISPs and corporate firewalls on the way out.',
  },
  {
    when: (cls, c) => cls === 'access_denied' && c.kind === 'smtp',
    hint: () => 'The SMTP relay refuses this client\'s address (554/5xx banner or EHLO refused): the relay must accept the address this subnet leaves by.',
  },
  {
    when: (cls, c) => cls === 'protocol_mismatch' && c.kind === 'sql' && /options\.encrypt/.test(c.message ?? ''),
    hint: () => "The server's encryption setting and options.encrypt disagree: set options.encrypt to match the server.",
  },
];

export function hintFor(failureClass: FailureClass, context: HintContext): string {
  const specific = SPECIFIC.find((entry) => entry.when(failureClass, context));
  return (specific?.hint ?? HINTS[failureClass])(context);
}
