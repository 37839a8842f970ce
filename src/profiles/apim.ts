import {
  backends, dns, entra, eventHubs, internalCache, keyVault, monitor, pki, smtp, sql, storage, storageOrLoginProbe,
  type Expansion,
} from './dependencies.ts';
import type { ProfileInfo, ProfileParamInfo, ProfileParamName } from './types.ts';

// The three APIM network modes. Sources: "Virtual network configuration reference: API
// Management" (classic tiers), "Integrate an Azure API Management instance with a private
// virtual network for outbound connections" and "Inject an Azure API Management instance
// in a private virtual network - Premium v2 tier".

export interface ProfileDefinition {
  info: ProfileInfo;
  build(x: Expansion): void;
}

const paramText: Record<ProfileParamName, string> = {
  cloud: 'Azure cloud: public (default), china or usgov.',
  storageAccount: 'Any storage account in the region (name or blob host); proves the path to service tag Storage.',
  sqlServer: 'Any Azure SQL server in the region (name or host); proves the path to service tag Sql.',
  eventHubNamespace: 'Any Event Hubs namespace in the region (name or host); proves the path to service tag EventHub.',
  keyVault: 'Any key vault in the region (name or host); proves the path to service tag AzureKeyVault.',
  backends: 'Target URLs of your API backends; each becomes a required check backend-1..n.',
  resolvers: 'DNS servers of the virtual network as IP[:port]; each gets a dns check. Without them the system resolver is checked.',
  cacheHosts: 'Private addresses of the other APIM units, for the internal cache on 6381–6383.',
  privateEndpoints: 'The services sit behind private endpoints: their names must resolve to private addresses, and the privatelink names are checked too.',
};

function params(...names: ProfileParamName[]): ProfileParamInfo[] {
  return names.map((name) => ({ name, required: false, description: paramText[name] }));
}

const keyVaultWhyClassic =
  'APIM fetches named values and custom-domain certificates from Key Vault on 443; without it those references fail and updates that need them are blocked.';

const apimClassic: ProfileDefinition = {
  info: {
    name: 'apim-classic',
    title: 'API Management Developer / Premium injected into a virtual network (classic tiers)',
    description:
      'Outbound dependencies of a classic-tier instance in external or internal VNet mode: DNS 53, Storage 443 (blob, table; queue and Files 445 optional), SQL 1433 (with the 11000–11999 redirect), Event Hubs 5671/5672/443 (optional), Key Vault 443, Azure Monitor 443/1886, Entra ID 443, CRL/OCSP on 80, SMTP relay 25028/587/25 (optional) and the internal cache 6381–6383 (optional).',
    params: params('cloud', 'storageAccount', 'sqlServer', 'eventHubNamespace', 'keyVault', 'resolvers', 'cacheHosts', 'privateEndpoints'),
  },
  build(x) {
    dns(x, storageOrLoginProbe(x));
    storage(x, { table: true, queueAndFiles: true });
    sql(x);
    eventHubs(x);
    keyVault(x, { why: keyVaultWhyClassic });
    monitor(x);
    entra(x);
    pki(x);
    smtp(x);
    internalCache(x);
  },
};

const apimV2Integration: ProfileDefinition = {
  info: {
    name: 'apim-v2-integration',
    title: 'API Management Standard v2 / Premium v2 with outbound virtual network integration',
    description:
      'The gateway stays public and reaches backends through the integrated subnet: DNS 53, Storage 443 and your backends.',
    params: params('cloud', 'storageAccount', 'backends', 'resolvers', 'privateEndpoints'),
  },
  build(x) {
    dns(x, storageOrLoginProbe(x));
    storage(x, { table: false, queueAndFiles: false });
    backends(x, 'the integrated subnet');
  },
};

const apimV2Injection: ProfileDefinition = {
  info: {
    name: 'apim-v2-injection',
    title: 'API Management Premium v2 injected into a virtual network',
    description:
      'Inbound and outbound traffic stay in the virtual network: DNS that resolves *.vault.azure.net (or the cloud\'s vault suffix), Storage 443, Key Vault 443 and your backends.',
    params: params('cloud', 'storageAccount', 'keyVault', 'backends', 'resolvers', 'privateEndpoints'),
  },
  build(x) {
    const { cloud, keyVault: vault, privateEndpoints } = x.params;
    const why = `With a custom DNS server, Premium v2 injection needs names under *.${cloud.vault} to resolve; without them the instance cannot reach Key Vault and fails to deploy.`;
    if (vault) {
      dns(x, { name: `${vault}.${cloud.vault}`, why, private: privateEndpoints, required: true });
    } else {
      // The bare suffix need not carry an address record, so an empty answer is not proof of a fault.
      dns(x, {
        name: cloud.vault,
        why: `${why} Give --key-vault for a definitive check; the bare suffix may legitimately have no address.`,
        private: false,
        required: false,
      });
    }
    storage(x, { table: false, queueAndFiles: false });
    keyVault(x, {
      why: 'The Premium v2 gateway reads named values and certificates from Key Vault on 443; without it those references fail and the instance cannot apply them.',
    });
    backends(x, 'the injected subnet');
  },
};

export const profileDefinitions: readonly ProfileDefinition[] = [apimClassic, apimV2Integration, apimV2Injection];
