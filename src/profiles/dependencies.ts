import { pkiEndpoints } from './pki.ts';
import type { ValidParams } from './params.ts';
import type { ProfileCheck, ProfileParamName, SkippedDependency } from './types.ts';

// One function per dependency group. Each appends the checks it can build from the
// validated parameters, and records what it cannot build in `skipped`.

export interface Expansion {
  params: ValidParams;
  checks: ProfileCheck[];
  skipped: SkippedDependency[];
}

/** A service that has a private endpoint zone, keyed like CloudSuffixes.privateLink. */
type PrivateLinkService = 'blob' | 'table' | 'queue' | 'file' | 'database' | 'servicebus' | 'vault';

function add(x: Expansion, check: ProfileCheck): void {
  x.checks.push(check);
}

function skip(x: Expansion, name: string, param: ProfileParamName, flag: string, required: boolean, proves: string): void {
  x.skipped.push({ name, param, required, reason: `give ${flag} (${proves})` });
}

/** expect.dns for a service check: private when the user says the service sits behind a private endpoint. */
function serviceExpect(x: Expansion): Pick<ProfileCheck, 'expect'> {
  return x.params.privateEndpoints ? { expect: { dns: 'private' } } : {};
}

/** With private endpoints, check that RESOURCE.privatelink.ZONE resolves to a private address through every resolver. */
function privateLinkDns(x: Expansion, service: PrivateLinkService, resource: string, label: string, required: boolean): void {
  if (!x.params.privateEndpoints) return;
  const name = `${resource}.${x.params.cloud.privateLink[service]}`;
  const why = `With a private endpoint, APIM reaches ${label} only if ${name} resolves to the endpoint's private address; a public answer means the private DNS zone ${x.params.cloud.privateLink[service]} is not linked to this virtual network or not forwarded to.`;
  for (const { authority, suffix } of resolverTargets(x)) {
    add(x, {
      name: `dns-privatelink-${service}${suffix}`,
      target: `dns://${authority}/${name}`,
      required,
      why,
      expect: { dns: 'private' },
      group: 'DNS',
    });
  }
}

/** The configured resolvers, or the system resolver (empty authority) when none is given. */
function resolverTargets(x: Expansion): Array<{ authority: string; suffix: string }> {
  if (x.params.resolvers.length === 0) return [{ authority: '', suffix: '' }];
  return x.params.resolvers.map((r) => ({ authority: r.authority, suffix: `-${r.label}` }));
}

/** A name every resolver must answer, and whether it is expected to be private. */
export interface DnsProbe {
  name: string;
  why: string;
  private: boolean;
  required: boolean;
}

export function dns(x: Expansion, probe: DnsProbe): void {
  const viaSystem = x.params.resolvers.length === 0;
  for (const { authority, suffix } of resolverTargets(x)) {
    add(x, {
      name: viaSystem ? 'dns-system' : `dns${suffix}`,
      target: `dns://${authority}/${probe.name}`,
      required: probe.required,
      why: probe.why,
      ...(probe.private ? { expect: { dns: 'private' as const } } : {}),
      group: 'DNS',
    });
  }
}

/** The name the classic and v2-integration DNS checks query: the blob host, else the Entra authority. */
export function storageOrLoginProbe(x: Expansion): DnsProbe {
  const { cloud, storageAccount, privateEndpoints } = x.params;
  const why = 'APIM resolves every dependency through these DNS servers (outbound 53); a server that cannot answer Azure names stops the service from starting.';
  if (storageAccount) return { name: `${storageAccount}.${cloud.blob}`, why, private: privateEndpoints, required: true };
  return { name: cloud.login.primary, why, private: false, required: true };
}

export interface StorageNeeds {
  /** Table storage is required by the classic tiers, not asked for by the v2 tiers. */
  table: boolean;
  /** Queue (optional) and Azure Files over SMB 445 (optional, Git configuration repository). */
  queueAndFiles: boolean;
}

export function storage(x: Expansion, needs: StorageNeeds): void {
  const { cloud, storageAccount: account } = x.params;
  if (!account) {
    skip(x, 'storage', 'storageAccount', '--storage-account', true, 'any storage account in the region proves the path to service tag Storage');
    return;
  }
  const expect = serviceExpect(x);
  add(x, {
    name: 'storage-blob',
    target: `https://${account}.${cloud.blob}`,
    kind: 'storage',
    required: true,
    why: 'APIM reads its configuration and deploys policies from Azure Storage on 443; without it the service cannot start or update.',
    ...expect,
    group: 'Storage',
  });
  privateLinkDns(x, 'blob', account, 'Blob storage', true);
  if (needs.table) {
    add(x, {
      name: 'storage-table',
      target: `https://${account}.${cloud.table}`,
      kind: 'storage',
      required: true,
      why: 'APIM keeps service metadata in Table storage on 443 and its network status treats it as required; without it the instance reports unhealthy and updates fail.',
      ...expect,
      group: 'Storage',
    });
    privateLinkDns(x, 'table', account, 'Table storage', true);
  }
  if (needs.queueAndFiles) {
    add(x, {
      name: 'storage-queue',
      target: `https://${account}.${cloud.queue}`,
      kind: 'storage',
      required: false,
      why: 'APIM\'s own network status probes Queue storage on 443 and marks it optional; when it is blocked the service keeps running but reports the dependency as failing.',
      ...expect,
      group: 'Storage',
    });
    privateLinkDns(x, 'queue', account, 'Queue storage', false);
    add(x, {
      name: 'storage-file',
      target: `smb://${account}.${cloud.file}:445`,
      required: false,
      why: 'The Git configuration repository of APIM lives on an Azure Files share reached over SMB 445; without it saving to or deploying from Git fails.',
      ...expect,
      group: 'Storage',
    });
    privateLinkDns(x, 'file', account, 'Azure Files', false);
  }
}

export function sql(x: Expansion): void {
  const { cloud, sqlServer } = x.params;
  if (!sqlServer) {
    skip(x, 'sql', 'sqlServer', '--sql-server', true, 'any server in the region proves the path to service tag Sql');
    return;
  }
  add(x, {
    name: 'sql',
    target: `sql://${sqlServer}.${cloud.database}:1433`,
    required: true,
    why: 'APIM stores its service data in Azure SQL on 1433; without it the instance cannot deploy or apply changes. When the gateway answers with a redirect, this check also follows it to the node on 11000–11999.',
    ...serviceExpect(x),
    group: 'Sql',
  });
  privateLinkDns(x, 'database', sqlServer, 'Azure SQL', true);
}

export function eventHubs(x: Expansion): void {
  const { cloud, eventHubNamespace: ns } = x.params;
  if (!ns) {
    skip(x, 'eventhubs', 'eventHubNamespace', '--event-hub-namespace', false, 'any namespace in the region proves the path to service tag EventHub');
    return;
  }
  const host = `${ns}.${cloud.servicebus}`;
  const expect = serviceExpect(x);
  const feature = 'the log-to-eventhub policy and Azure Monitor diagnostics';
  add(x, {
    name: 'eventhubs-5671',
    target: `amqps://${host}:5671`,
    required: false,
    why: `APIM sends ${feature} to Event Hubs over AMQP/TLS on 5671; without it those logs are lost.`,
    ...expect,
    group: 'EventHub',
  });
  add(x, {
    name: 'eventhubs-5672',
    target: `amqp://${host}:5672`,
    required: false,
    why: `APIM may send ${feature} to Event Hubs over plain AMQP on 5672; Azure lists the port for the EventHub service tag.`,
    ...expect,
    group: 'EventHub',
  });
  add(x, {
    name: 'eventhubs-443',
    target: `amqps+ws://${host}:443`,
    required: false,
    why: `APIM falls back to AMQP over WebSockets on 443 for ${feature} when 5671 is closed.`,
    ...expect,
    group: 'EventHub',
  });
  privateLinkDns(x, 'servicebus', ns, 'Event Hubs', false);
}

export interface KeyVaultNeeds {
  /** Why Key Vault matters for this tier (named values and certificates, or DNS for v2). */
  why: string;
}

export function keyVault(x: Expansion, needs: KeyVaultNeeds): void {
  const { cloud, keyVault: vault } = x.params;
  if (!vault) {
    skip(x, 'keyvault', 'keyVault', '--key-vault', true, 'any vault in the region proves the path to service tag AzureKeyVault');
    return;
  }
  add(x, {
    name: 'keyvault',
    target: `https://${vault}.${cloud.vault}`,
    kind: 'keyvault',
    required: true,
    why: needs.why,
    ...serviceExpect(x),
    group: 'AzureKeyVault',
  });
  privateLinkDns(x, 'vault', vault, 'Key Vault', true);
}

export function monitor(x: Expansion): void {
  for (const m of x.params.cloud.monitoring) {
    const https = m.port === 443 ? 'on 443' : `on ${m.port} (metrics recovery service)`;
    add(x, {
      name: m.name,
      // A TLS handshake proves the path and spots inspection without relying on what an HTTP path answers.
      target: `tls://${m.host}:${m.port}`,
      required: m.required,
      why: `APIM publishes diagnostic logs, metrics and resource health to Azure Monitor through ${m.host} ${https}; without it metrics, health and Application Insights go dark.`,
      group: 'AzureMonitor',
    });
  }
}

export function entra(x: Expansion): void {
  const { login } = x.params.cloud;
  add(x, {
    name: `entra-${firstLabels(login.primary)}`,
    target: `tls://${login.primary}:443`,
    required: true,
    why: `APIM gets tokens from Microsoft Entra ID at ${login.primary} on 443 for managed identity, Key Vault references and Entra sign-in; without it those fail.`,
    group: 'AzureActiveDirectory',
  });
  for (const host of login.others) {
    add(x, {
      name: `entra-${firstLabels(host)}`,
      target: `tls://${host}:443`,
      required: false,
      why: `APIM's own network status still probes the older Entra authority ${host} on 443; Azure marks it optional.`,
      group: 'AzureActiveDirectory',
    });
  }
}

/** "login.microsoftonline.com" -> "login-microsoftonline". */
function firstLabels(host: string): string {
  return host.split('.').slice(0, 2).join('-');
}

export function pki(x: Expansion): void {
  const cloud = x.params.cloud.name;
  for (const e of pkiEndpoints) {
    if (e.clouds && !e.clouds.includes(cloud)) continue;
    const what = e.role === 'ocsp' ? 'OCSP revocation status' : e.role === 'crl' ? 'certificate revocation lists' : 'CA-issuer (AIA) certificates for chain building';
    const base = `APIM fetches ${what} from ${e.host} on port 80 to validate Microsoft-managed and customer certificates; without it custom domains, Key Vault certificates and backend TLS validation can fail.`;
    add(x, {
      name: e.name,
      target: `http://${e.host}/`,
      required: e.required,
      why: e.note ? `${base} Optional: ${e.note}.` : base,
      group: 'PKI',
    });
  }
}

export function smtp(x: Expansion): void {
  const { smtpRelay, name } = x.params.cloud;
  if (smtpRelay.length === 0) {
    x.skipped.push({ name: 'smtp-relay', required: false, reason: `Azure documents no APIM SMTP relay host for the ${name} cloud` });
    return;
  }
  const why = (host: string, port: number) => `APIM sends developer-portal and notification e-mail through its SMTP relay ${host} on ${port}; without it no mail goes out.`;
  const [primary, ...others] = smtpRelay;
  for (const port of [25028, 587, 25]) {
    add(x, { name: `smtp-${primary.split('.')[0]}-${port}`, target: `smtp://${primary}:${port}`, required: false, why: why(primary, port), group: 'SMTP' });
  }
  for (const host of others) {
    add(x, { name: `smtp-${host.split('.')[0]}-25028`, target: `smtp://${host}:25028`, required: false, why: why(host, 25028), group: 'SMTP' });
  }
}

export function internalCache(x: Expansion): void {
  const hosts = x.params.cacheHosts;
  if (hosts.length === 0) {
    skip(x, 'internal-cache', 'cacheHosts', '--cache-host', false, 'the private addresses of the other APIM units; the internal cache runs between them on 6381–6383');
    return;
  }
  hosts.forEach((host, i) => {
    for (const port of [6381, 6382, 6383]) {
      add(x, {
        name: `cache-${i + 1}-${port}`,
        target: `redis://${host}:${port}`,
        required: false,
        why: `APIM units share the internal cache for caching policies on ${port} inside the virtual network; without it each unit caches alone.`,
        group: 'InternalCache',
      });
    }
  });
}

export function backends(x: Expansion, mode: string): void {
  x.params.backends.forEach((target, i) => {
    add(x, {
      name: `backend-${i + 1}`,
      target,
      required: true,
      why: `APIM forwards API calls to this backend through ${mode}; without it those APIs answer with errors.`,
      group: 'Backend',
    });
  });
}
