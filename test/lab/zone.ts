import type { ZoneRecord } from '../../src/demo/dns-zone.ts';
import { parseTarget } from '../../src/config/target.ts';
import { expandProfile } from '../../src/profiles/index.ts';
import type { ProfileParams } from '../../src/profiles/index.ts';
import { ADDRESS } from './topology.ts';

/** What the `--profile apim-classic` run of the lab is given: every resource is a lab one. */
export const PROFILE_PARAMS = {
  storageAccount: 'labstore',
  sqlServer: 'labsql',
  eventHubNamespace: 'labhub',
  keyVault: 'labvault',
  privateEndpoints: true,
  resolvers: [ADDRESS.dns],
  cacheHosts: [ADDRESS.redis],
} satisfies ProfileParams;

/** The public name a storage account resolves to once its private DNS zone is not used. */
export const PUBLIC_STORAGE_NAME = 'blob.lab1prdstr01a.store.core.windows.net';

/**
 * A private endpoint as Azure DNS shows it to a VNet linked to the privatelink zone:
 * NAME.SERVICE is a CNAME to NAME.privatelink.SERVICE, which holds the endpoint's address.
 */
function privateEndpoint(name: string, service: string, address: string, privateZone = `privatelink.${service}`): Record<string, ZoneRecord> {
  return {
    [`${name}.${service}`]: { CNAME: `${name}.${privateZone}` },
    [`${name}.${privateZone}`]: { A: [address] },
  };
}

function a(address: string): ZoneRecord {
  return { A: [address] };
}

const BLOB = 'blob.core.windows.net';
const SQL = 'database.windows.net';
const BUS = 'servicebus.windows.net';

/** The records of the VNet's DNS servers (Azure DNS with the privatelink zones linked). */
export function labZone(): Record<string, ZoneRecord> {
  const zone: Record<string, ZoneRecord> = {
    ...privateEndpoint('labstore', BLOB, ADDRESS.storagePe),
    ...privateEndpoint('labstore', 'table.core.windows.net', ADDRESS.storageAuxPe),
    ...privateEndpoint('labstore', 'queue.core.windows.net', ADDRESS.storageAuxPe),
    ...privateEndpoint('labstore', 'file.core.windows.net', ADDRESS.filePe),
    // accounts the DNS fault scenarios change, one each so that they can run side by side
    ...privateEndpoint('labstore2', BLOB, ADDRESS.storagePe),
    ...privateEndpoint('labstore3', BLOB, ADDRESS.storagePe),
    ...privateEndpoint('labstore4', BLOB, ADDRESS.storagePe),
    ...privateEndpoint('labdenied', BLOB, ADDRESS.deniedStoragePe),
    [PUBLIC_STORAGE_NAME]: a(ADDRESS.publicStorage),
    ...privateEndpoint('labsql', SQL, ADDRESS.sqlPe),
    ...privateEndpoint('labsql2', SQL, ADDRESS.sql2Pe),
    ...privateEndpoint('labsqldrop', SQL, ADDRESS.nsgDrop),
    ...privateEndpoint('labsqlreject', SQL, ADDRESS.nsgReject),
    ...privateEndpoint('labsqludr', SQL, ADDRESS.udrBlackhole),
    ...privateEndpoint('labsqlnoroute', SQL, ADDRESS.noRoute),
    ...privateEndpoint('labsqlnva', SQL, ADDRESS.nvaReject),
    'node1.lab.worker.database.windows.net': a(ADDRESS.sqlPe),
    'node2.lab.worker.database.windows.net': a(ADDRESS.sql2Pe),
    ...privateEndpoint('labhub', BUS, ADDRESS.hubPe),
    ...privateEndpoint('labhub2', BUS, ADDRESS.hub2Pe),
    ...privateEndpoint('labvault', 'vault.azure.net', ADDRESS.vaultPe, 'privatelink.vaultcore.azure.net'),
    'labvault-public.vault.azure.net': a(ADDRESS.publicVault),
    'api.lab.internal': a(ADDRESS.api),
    'expired.lab.internal': a(ADDRESS.expired),
    'wrongname.lab.internal': a(ADDRESS.wrongName),
    'garbage.lab.internal': a(ADDRESS.garbage),
    'onprem-api.contoso.lab': a(ADDRESS.onprem),
  };
  // everything else the profile names is a public Azure endpoint on the "internet"
  for (const { host, kind } of profileEndpoints()) {
    if (zone[host] || /^[\d.]+$/.test(host)) continue;
    zone[host] = a(kind === 'smtp' ? ADDRESS.smtpRelay : ADDRESS.publicAzure);
  }
  return zone;
}

/** Hosts and ports of the `apim-classic` expansion, from the profile data itself. */
export function profileEndpoints(): Array<{ host: string; port: number; kind: string; scheme: string }> {
  const expansion = expandProfile('apim-classic', PROFILE_PARAMS);
  return expansion.checks.map((check) => {
    const target = parseTarget(check.target, check.kind);
    return { host: target.host, port: target.port, kind: target.kind, scheme: target.scheme };
  });
}
