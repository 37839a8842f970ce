import type { CloudName, CloudSuffixes, MonitoringEndpoint } from './types.ts';

// Sources: "Virtual network configuration reference: API Management" (metrics and health
// monitoring table per Azure environment, port table, SMTP relay section of earlier
// revisions), "Azure Private Endpoint private DNS zone values", and the sovereign cloud
// endpoint lists. The *.prod.microsoftmetrics.com hosts are global: Azure documents the
// same names for every cloud.

/** Built-in data is shared by every caller, so nobody may change it. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function monitor(name: string, host: string, port = 443): MonitoringEndpoint {
  return { name, host, port, required: true };
}

const metricsHosts = {
  global: monitor('monitor-global-443', 'global.prod.microsoftmetrics.com'),
  shoebox2: monitor('monitor-shoebox2-443', 'shoebox2.prod.microsoftmetrics.com'),
  shoebox2Red: monitor('monitor-shoebox2-red-443', 'shoebox2-red.prod.microsoftmetrics.com'),
  shoebox2Black: monitor('monitor-shoebox2-black-443', 'shoebox2-black.prod.microsoftmetrics.com'),
  prod3: monitor('monitor-prod3-443', 'prod3.prod.microsoftmetrics.com'),
  prod3Red: monitor('monitor-prod3-red-443', 'prod3-red.prod.microsoftmetrics.com'),
  prod3Black: monitor('monitor-prod3-black-443', 'prod3-black.prod.microsoftmetrics.com'),
  prod5: monitor('monitor-prod5-443', 'prod5.prod.microsoftmetrics.com'),
  prod5Red: monitor('monitor-prod5-red-443', 'prod5-red.prod.microsoftmetrics.com'),
  prod5Black: monitor('monitor-prod5-black-443', 'prod5-black.prod.microsoftmetrics.com'),
  // APIM's own network status probes https://prod3.prod.microsoftmetrics.com:1886/RecoveryService.
  prod3Port1886: monitor('monitor-prod3-1886', 'prod3.prod.microsoftmetrics.com', 1886),
} as const;

function privateLinkZones(storage: string, database: string, servicebus: string, vaultcore: string): CloudSuffixes['privateLink'] {
  return {
    blob: `privatelink.blob.${storage}`,
    table: `privatelink.table.${storage}`,
    queue: `privatelink.queue.${storage}`,
    file: `privatelink.file.${storage}`,
    database: `privatelink.${database}`,
    servicebus: `privatelink.${servicebus}`,
    // Key Vault's zone is "vaultcore", not the vault suffix.
    vault: `privatelink.${vaultcore}`,
  };
}

function storageHosts(storage: string): Pick<CloudSuffixes, 'storage' | 'blob' | 'table' | 'queue' | 'file'> {
  return { storage, blob: `blob.${storage}`, table: `table.${storage}`, queue: `queue.${storage}`, file: `file.${storage}` };
}

export const clouds: Readonly<Record<CloudName, CloudSuffixes>> = deepFreeze({
  public: {
    name: 'public',
    title: 'Azure public cloud',
    ...storageHosts('core.windows.net'),
    database: 'database.windows.net',
    servicebus: 'servicebus.windows.net',
    vault: 'vault.azure.net',
    login: { primary: 'login.microsoftonline.com', others: ['login.windows.net'] },
    monitoring: [
      monitor('monitor-gcs-443', 'gcs.prod.monitoring.core.windows.net'),
      metricsHosts.global,
      metricsHosts.shoebox2,
      metricsHosts.shoebox2Red,
      metricsHosts.shoebox2Black,
      metricsHosts.prod3,
      metricsHosts.prod3Black,
      metricsHosts.prod3Red,
      metricsHosts.prod3Port1886,
      monitor('monitor-gcs-warm-ingestion-443', 'gcs.prod.warm.ingestion.monitoring.azure.com'),
    ],
    smtpRelay: ['smtpi-co1.msn.com', 'smtpi-ch1.msn.com', 'smtpi-db3.msn.com', 'smtpi-sin.msn.com'],
    privateLink: privateLinkZones('core.windows.net', 'database.windows.net', 'servicebus.windows.net', 'vaultcore.azure.net'),
  },
  china: {
    name: 'china',
    title: 'Microsoft Azure operated by 21Vianet',
    ...storageHosts('core.chinacloudapi.cn'),
    database: 'database.chinacloudapi.cn',
    servicebus: 'servicebus.chinacloudapi.cn',
    vault: 'vault.azure.cn',
    login: { primary: 'login.chinacloudapi.cn', others: [] },
    monitoring: [
      monitor('monitor-mooncake-warmpath-443', 'mooncake.warmpath.chinacloudapi.cn'),
      metricsHosts.global,
      metricsHosts.shoebox2,
      metricsHosts.shoebox2Red,
      metricsHosts.shoebox2Black,
      metricsHosts.prod3,
      metricsHosts.prod3Red,
      metricsHosts.prod5,
      metricsHosts.prod5Black,
      metricsHosts.prod5Red,
      metricsHosts.prod3Port1886,
      monitor('monitor-gcs-warm-ingestion-443', 'gcs.prod.warm.ingestion.monitoring.azure.cn'),
    ],
    smtpRelay: [],
    privateLink: privateLinkZones('core.chinacloudapi.cn', 'database.chinacloudapi.cn', 'servicebus.chinacloudapi.cn', 'vaultcore.azure.cn'),
  },
  usgov: {
    name: 'usgov',
    title: 'Azure Government',
    ...storageHosts('core.usgovcloudapi.net'),
    database: 'database.usgovcloudapi.net',
    servicebus: 'servicebus.usgovcloudapi.net',
    vault: 'vault.usgovcloudapi.net',
    login: { primary: 'login.microsoftonline.us', others: [] },
    monitoring: [
      monitor('monitor-fairfax-warmpath-443', 'fairfax.warmpath.usgovcloudapi.net'),
      metricsHosts.global,
      metricsHosts.shoebox2,
      metricsHosts.shoebox2Red,
      metricsHosts.shoebox2Black,
      metricsHosts.prod3,
      metricsHosts.prod3Black,
      metricsHosts.prod3Red,
      metricsHosts.prod5,
      metricsHosts.prod5Black,
      metricsHosts.prod5Red,
      metricsHosts.prod3Port1886,
      monitor('monitor-gcs-warm-ingestion-443', 'gcs.prod.warm.ingestion.monitoring.azure.us'),
    ],
    smtpRelay: [],
    privateLink: privateLinkZones('core.usgovcloudapi.net', 'database.usgovcloudapi.net', 'servicebus.usgovcloudapi.net', 'vaultcore.usgovcloudapi.net'),
  },
});

export const CLOUD_NAMES: readonly CloudName[] = Object.freeze(Object.keys(clouds) as CloudName[]);

