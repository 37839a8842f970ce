/** Shapes shared by the profile data, the expansion and its callers (config layer, CLI). */

export type CloudName = 'public' | 'china' | 'usgov';

/**
 * One raw check entry, exactly as a user would write it under `checks:` in the config
 * file; the config layer validates it like any other entry.
 */
export interface ProfileCheck {
  /** Stable: metrics and reports key on it, e.g. "storage-blob", "sql", "eventhubs-5671". */
  name: string;
  /** A target URL in the DESIGN.md grammar, always with full host names (never blob://). */
  target: string;
  /** Only where the scheme alone does not say it (https:// to Storage or Key Vault). */
  kind?: 'storage' | 'keyvault';
  required: boolean;
  /** The APIM feature that breaks without this dependency, in one sentence. */
  why: string;
  expect?: { dns?: 'private' | 'public' | 'any' };
  /** Service tag or dependency group: "Storage", "Sql", "EventHub", "PKI", "Backend"… */
  group: string;
}

export interface ProfileParams {
  cloud?: CloudName;
  storageAccount?: string;
  sqlServer?: string;
  eventHubNamespace?: string;
  keyVault?: string;
  /** Target URLs, passed through as checks named backend-1..n, required. */
  backends?: string[];
  /** DNS servers as IP[:port]; one dns check per resolver. */
  resolvers?: string[];
  /** Addresses of the other APIM units, for the internal cache on 6381–6383. */
  cacheHosts?: string[];
  /** Service checks then expect private answers, and the privatelink names are checked too. */
  privateEndpoints?: boolean;
}

export type ProfileParamName = keyof ProfileParams;

export interface ProfileParamInfo {
  name: ProfileParamName;
  required: boolean;
  description: string;
}

export interface ProfileInfo {
  name: string;
  title: string;
  description: string;
  params: ProfileParamInfo[];
}

/** A dependency the profile knows about but could not turn into a check. */
export interface SkippedDependency {
  name: string;
  /** Says what to give, e.g. "give --sql-server (any server in the region proves …)". */
  reason: string;
  /** Whether the dependency it stands for is one Azure marks required. */
  required: boolean;
  /** The parameter that would have enabled it. */
  param?: ProfileParamName;
}

export interface ProfileExpansion {
  checks: ProfileCheck[];
  skipped: SkippedDependency[];
}

export interface MonitoringEndpoint {
  /** Check name, e.g. "monitor-gcs-443". */
  name: string;
  host: string;
  port: number;
  required: boolean;
}

/** Per-cloud host names and zones: data only, no logic. */
export interface CloudSuffixes {
  name: CloudName;
  title: string;
  /** The Storage endpoint suffix, e.g. "core.windows.net". */
  storage: string;
  blob: string;
  table: string;
  queue: string;
  file: string;
  /** Azure SQL Database server suffix, e.g. "database.windows.net". */
  database: string;
  /** Event Hubs / Service Bus namespace suffix. */
  servicebus: string;
  /** Key Vault suffix, e.g. "vault.azure.net". */
  vault: string;
  /** Microsoft Entra ID authority hosts; the first is the one every tenant uses. */
  login: { primary: string; others: readonly string[] };
  /** Azure Monitor endpoints under the AzureMonitor service tag, as APIM documents them. */
  monitoring: readonly MonitoringEndpoint[];
  /** SMTP relay hosts APIM sends notification mail through; empty where none is documented. */
  smtpRelay: readonly string[];
  /** Recommended private DNS zones for private endpoints. */
  privateLink: {
    blob: string;
    table: string;
    queue: string;
    file: string;
    database: string;
    servicebus: string;
    vault: string;
  };
}
