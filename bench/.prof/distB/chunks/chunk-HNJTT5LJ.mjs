import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-PJVHLZ3U.mjs";

// src/profiles/clouds.ts
function deepFreeze(value) {
  if (value && typeof value == "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (let v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
function monitor(name, host, port = 443) {
  return { name, host, port, required: !0 };
}
var metricsHosts = {
  global: monitor("monitor-global-443", "global.prod.microsoftmetrics.com"),
  shoebox2: monitor("monitor-shoebox2-443", "shoebox2.prod.microsoftmetrics.com"),
  shoebox2Red: monitor("monitor-shoebox2-red-443", "shoebox2-red.prod.microsoftmetrics.com"),
  shoebox2Black: monitor("monitor-shoebox2-black-443", "shoebox2-black.prod.microsoftmetrics.com"),
  prod3: monitor("monitor-prod3-443", "prod3.prod.microsoftmetrics.com"),
  prod3Red: monitor("monitor-prod3-red-443", "prod3-red.prod.microsoftmetrics.com"),
  prod3Black: monitor("monitor-prod3-black-443", "prod3-black.prod.microsoftmetrics.com"),
  prod5: monitor("monitor-prod5-443", "prod5.prod.microsoftmetrics.com"),
  prod5Red: monitor("monitor-prod5-red-443", "prod5-red.prod.microsoftmetrics.com"),
  prod5Black: monitor("monitor-prod5-black-443", "prod5-black.prod.microsoftmetrics.com"),
  // APIM's own network status probes https://prod3.prod.microsoftmetrics.com:1886/RecoveryService.
  prod3Port1886: monitor("monitor-prod3-1886", "prod3.prod.microsoftmetrics.com", 1886)
};
function privateLinkZones(storage2, database, servicebus, vaultcore) {
  return {
    blob: `privatelink.blob.${storage2}`,
    table: `privatelink.table.${storage2}`,
    queue: `privatelink.queue.${storage2}`,
    file: `privatelink.file.${storage2}`,
    database: `privatelink.${database}`,
    servicebus: `privatelink.${servicebus}`,
    // Key Vault's zone is "vaultcore", not the vault suffix.
    vault: `privatelink.${vaultcore}`
  };
}
function storageHosts(storage2) {
  return { storage: storage2, blob: `blob.${storage2}`, table: `table.${storage2}`, queue: `queue.${storage2}`, file: `file.${storage2}` };
}
var clouds = deepFreeze({
  public: {
    name: "public",
    title: "Azure public cloud",
    ...storageHosts("core.windows.net"),
    database: "database.windows.net",
    servicebus: "servicebus.windows.net",
    vault: "vault.azure.net",
    login: { primary: "login.microsoftonline.com", others: ["login.windows.net"] },
    monitoring: [
      monitor("monitor-gcs-443", "gcs.prod.monitoring.core.windows.net"),
      metricsHosts.global,
      metricsHosts.shoebox2,
      metricsHosts.shoebox2Red,
      metricsHosts.shoebox2Black,
      metricsHosts.prod3,
      metricsHosts.prod3Black,
      metricsHosts.prod3Red,
      metricsHosts.prod3Port1886,
      monitor("monitor-gcs-warm-ingestion-443", "gcs.prod.warm.ingestion.monitoring.azure.com")
    ],
    smtpRelay: ["smtpi-co1.msn.com", "smtpi-ch1.msn.com", "smtpi-db3.msn.com", "smtpi-sin.msn.com"],
    privateLink: privateLinkZones("core.windows.net", "database.windows.net", "servicebus.windows.net", "vaultcore.azure.net")
  },
  china: {
    name: "china",
    title: "Microsoft Azure operated by 21Vianet",
    ...storageHosts("core.chinacloudapi.cn"),
    database: "database.chinacloudapi.cn",
    servicebus: "servicebus.chinacloudapi.cn",
    vault: "vault.azure.cn",
    login: { primary: "login.chinacloudapi.cn", others: [] },
    monitoring: [
      monitor("monitor-mooncake-warmpath-443", "mooncake.warmpath.chinacloudapi.cn"),
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
      monitor("monitor-gcs-warm-ingestion-443", "gcs.prod.warm.ingestion.monitoring.azure.cn")
    ],
    smtpRelay: [],
    privateLink: privateLinkZones("core.chinacloudapi.cn", "database.chinacloudapi.cn", "servicebus.chinacloudapi.cn", "vaultcore.azure.cn")
  },
  usgov: {
    name: "usgov",
    title: "Azure Government",
    ...storageHosts("core.usgovcloudapi.net"),
    database: "database.usgovcloudapi.net",
    servicebus: "servicebus.usgovcloudapi.net",
    vault: "vault.usgovcloudapi.net",
    login: { primary: "login.microsoftonline.us", others: [] },
    monitoring: [
      monitor("monitor-fairfax-warmpath-443", "fairfax.warmpath.usgovcloudapi.net"),
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
      monitor("monitor-gcs-warm-ingestion-443", "gcs.prod.warm.ingestion.monitoring.azure.us")
    ],
    smtpRelay: [],
    privateLink: privateLinkZones("core.usgovcloudapi.net", "database.usgovcloudapi.net", "servicebus.usgovcloudapi.net", "vaultcore.usgovcloudapi.net")
  }
}), CLOUD_NAMES = Object.freeze(Object.keys(clouds));

// src/profiles/pki.ts
var pkiEndpoints = deepFreeze([
  { name: "ocsp-oneocsp-microsoft", host: "oneocsp.microsoft.com", role: "ocsp", required: !0 },
  { name: "ocsp-digicert", host: "ocsp.digicert.com", role: "ocsp", required: !0 },
  { name: "crl-crl3-digicert", host: "crl3.digicert.com", role: "crl", required: !0 },
  { name: "crl-crl4-digicert", host: "crl4.digicert.com", role: "crl", required: !0 },
  { name: "crl-cacerts-digicert", host: "cacerts.digicert.com", role: "aia", required: !0 },
  { name: "crl-caissuers-microsoft", host: "caissuers.microsoft.com", role: "aia", required: !0 },
  // Still named in APIM's TLS functionality section.
  { name: "crl-mscrl-microsoft", host: "mscrl.microsoft.com", role: "crl", required: !0 },
  { name: "crl-crl-microsoft", host: "crl.microsoft.com", role: "crl", required: !0 },
  {
    name: "ocsp-msocsp",
    host: "ocsp.msocsp.com",
    role: "ocsp",
    required: !1,
    note: "named only by earlier revisions of the APIM reference"
  },
  {
    name: "crl-www-microsoft",
    host: "www.microsoft.com",
    role: "crl",
    required: !1,
    note: "Azure lists it for Microsoft PKI (pkiops) CRLs and CA certificates; APIM does not name it"
  },
  {
    name: "crl-cacerts-digicert-cn",
    host: "cacerts.digicert.cn",
    role: "aia",
    required: !1,
    clouds: ["china"],
    note: "DigiCert China endpoint for the certificates of the 21Vianet cloud; APIM does not name it"
  },
  {
    name: "crl-crl-digicert-cn",
    host: "crl.digicert.cn",
    role: "crl",
    required: !1,
    clouds: ["china"],
    note: "DigiCert China endpoint for the certificates of the 21Vianet cloud; APIM does not name it"
  },
  {
    name: "ocsp-digicert-cn",
    host: "ocsp.digicert.cn",
    role: "ocsp",
    required: !1,
    clouds: ["china"],
    note: "DigiCert China endpoint for the certificates of the 21Vianet cloud; APIM does not name it"
  }
]);

// src/profiles/dependencies.ts
function add(x, check) {
  x.checks.push(check);
}
function skip(x, name, param, flag, required, proves) {
  x.skipped.push({ name, param, required, reason: `give ${flag} (${proves})` });
}
function serviceExpect(x) {
  return x.params.privateEndpoints ? { expect: { dns: "private" } } : {};
}
function privateLinkDns(x, service, resource, label, required) {
  if (!x.params.privateEndpoints) return;
  let name = `${resource}.${x.params.cloud.privateLink[service]}`, why = `With a private endpoint, APIM reaches ${label} only if ${name} resolves to the endpoint's private address; a public answer means the private DNS zone ${x.params.cloud.privateLink[service]} is not linked to this virtual network or not forwarded to.`;
  for (let { authority, suffix } of resolverTargets(x))
    add(x, {
      name: `dns-privatelink-${service}${suffix}`,
      target: `dns://${authority}/${name}`,
      required,
      why,
      expect: { dns: "private" },
      group: "DNS"
    });
}
function resolverTargets(x) {
  return x.params.resolvers.length === 0 ? [{ authority: "", suffix: "" }] : x.params.resolvers.map((r) => ({ authority: r.authority, suffix: `-${r.label}` }));
}
function dns(x, probe) {
  let viaSystem = x.params.resolvers.length === 0;
  for (let { authority, suffix } of resolverTargets(x))
    add(x, {
      name: viaSystem ? "dns-system" : `dns${suffix}`,
      target: `dns://${authority}/${probe.name}`,
      required: probe.required,
      why: probe.why,
      ...probe.private ? { expect: { dns: "private" } } : {},
      group: "DNS"
    });
}
function storageOrLoginProbe(x) {
  let { cloud, storageAccount, privateEndpoints } = x.params, why = "APIM resolves every dependency through these DNS servers (outbound 53); a server that cannot answer Azure names stops the service from starting.";
  return storageAccount ? { name: `${storageAccount}.${cloud.blob}`, why, private: privateEndpoints, required: !0 } : { name: cloud.login.primary, why, private: !1, required: !0 };
}
function storage(x, needs) {
  let { cloud, storageAccount: account } = x.params;
  if (!account) {
    skip(x, "storage", "storageAccount", "--storage-account", !0, "any storage account in the region proves the path to service tag Storage");
    return;
  }
  let expect = serviceExpect(x);
  add(x, {
    name: "storage-blob",
    target: `https://${account}.${cloud.blob}`,
    kind: "storage",
    required: !0,
    why: "APIM reads its configuration and deploys policies from Azure Storage on 443; without it the service cannot start or update.",
    ...expect,
    group: "Storage"
  }), privateLinkDns(x, "blob", account, "Blob storage", !0), needs.table && (add(x, {
    name: "storage-table",
    target: `https://${account}.${cloud.table}`,
    kind: "storage",
    required: !0,
    why: "APIM keeps service metadata in Table storage on 443 and its network status treats it as required; without it the instance reports unhealthy and updates fail.",
    ...expect,
    group: "Storage"
  }), privateLinkDns(x, "table", account, "Table storage", !0)), needs.queueAndFiles && (add(x, {
    name: "storage-queue",
    target: `https://${account}.${cloud.queue}`,
    kind: "storage",
    required: !1,
    why: "APIM's own network status probes Queue storage on 443 and marks it optional; when it is blocked the service keeps running but reports the dependency as failing.",
    ...expect,
    group: "Storage"
  }), privateLinkDns(x, "queue", account, "Queue storage", !1), add(x, {
    name: "storage-file",
    target: `smb://${account}.${cloud.file}:445`,
    required: !1,
    why: "The Git configuration repository of APIM lives on an Azure Files share reached over SMB 445; without it saving to or deploying from Git fails.",
    ...expect,
    group: "Storage"
  }), privateLinkDns(x, "file", account, "Azure Files", !1));
}
function sql(x) {
  let { cloud, sqlServer } = x.params;
  if (!sqlServer) {
    skip(x, "sql", "sqlServer", "--sql-server", !0, "any server in the region proves the path to service tag Sql");
    return;
  }
  add(x, {
    name: "sql",
    target: `sql://${sqlServer}.${cloud.database}:1433`,
    required: !0,
    why: "APIM stores its service data in Azure SQL on 1433; without it the instance cannot deploy or apply changes. When the gateway answers with a redirect, this check also follows it to the node on 11000\u201311999.",
    ...serviceExpect(x),
    group: "Sql"
  }), privateLinkDns(x, "database", sqlServer, "Azure SQL", !0);
}
function eventHubs(x) {
  let { cloud, eventHubNamespace: ns } = x.params;
  if (!ns) {
    skip(x, "eventhubs", "eventHubNamespace", "--event-hub-namespace", !1, "any namespace in the region proves the path to service tag EventHub");
    return;
  }
  let host = `${ns}.${cloud.servicebus}`, expect = serviceExpect(x), feature = "the log-to-eventhub policy and Azure Monitor diagnostics";
  add(x, {
    name: "eventhubs-5671",
    target: `amqps://${host}:5671`,
    required: !1,
    why: `APIM sends ${feature} to Event Hubs over AMQP/TLS on 5671; without it those logs are lost.`,
    ...expect,
    group: "EventHub"
  }), add(x, {
    name: "eventhubs-5672",
    target: `amqp://${host}:5672`,
    required: !1,
    why: `APIM may send ${feature} to Event Hubs over plain AMQP on 5672; Azure lists the port for the EventHub service tag.`,
    ...expect,
    group: "EventHub"
  }), add(x, {
    name: "eventhubs-443",
    target: `amqps+ws://${host}:443`,
    required: !1,
    why: `APIM falls back to AMQP over WebSockets on 443 for ${feature} when 5671 is closed.`,
    ...expect,
    group: "EventHub"
  }), privateLinkDns(x, "servicebus", ns, "Event Hubs", !1);
}
function keyVault(x, needs) {
  let { cloud, keyVault: vault } = x.params;
  if (!vault) {
    skip(x, "keyvault", "keyVault", "--key-vault", !0, "any vault in the region proves the path to service tag AzureKeyVault");
    return;
  }
  add(x, {
    name: "keyvault",
    target: `https://${vault}.${cloud.vault}`,
    kind: "keyvault",
    required: !0,
    why: needs.why,
    ...serviceExpect(x),
    group: "AzureKeyVault"
  }), privateLinkDns(x, "vault", vault, "Key Vault", !0);
}
function monitor2(x) {
  for (let m of x.params.cloud.monitoring) {
    let https = m.port === 443 ? "on 443" : `on ${m.port} (metrics recovery service)`;
    add(x, {
      name: m.name,
      // A TLS handshake proves the path and spots inspection without relying on what an HTTP path answers.
      target: `tls://${m.host}:${m.port}`,
      required: m.required,
      why: `APIM publishes diagnostic logs, metrics and resource health to Azure Monitor through ${m.host} ${https}; without it metrics, health and Application Insights go dark.`,
      group: "AzureMonitor"
    });
  }
}
function entra(x) {
  let { login } = x.params.cloud;
  add(x, {
    name: `entra-${firstLabels(login.primary)}`,
    target: `tls://${login.primary}:443`,
    required: !0,
    why: `APIM gets tokens from Microsoft Entra ID at ${login.primary} on 443 for managed identity, Key Vault references and Entra sign-in; without it those fail.`,
    group: "AzureActiveDirectory"
  });
  for (let host of login.others)
    add(x, {
      name: `entra-${firstLabels(host)}`,
      target: `tls://${host}:443`,
      required: !1,
      why: `APIM's own network status still probes the older Entra authority ${host} on 443; Azure marks it optional.`,
      group: "AzureActiveDirectory"
    });
}
function firstLabels(host) {
  return host.split(".").slice(0, 2).join("-");
}
function pki(x) {
  let cloud = x.params.cloud.name;
  for (let e of pkiEndpoints) {
    if (e.clouds && !e.clouds.includes(cloud)) continue;
    let base = `APIM fetches ${e.role === "ocsp" ? "OCSP revocation status" : e.role === "crl" ? "certificate revocation lists" : "CA-issuer (AIA) certificates for chain building"} from ${e.host} on port 80 to validate Microsoft-managed and customer certificates; without it custom domains, Key Vault certificates and backend TLS validation can fail.`;
    add(x, {
      name: e.name,
      target: `http://${e.host}/`,
      required: e.required,
      why: e.note ? `${base} Optional: ${e.note}.` : base,
      group: "PKI"
    });
  }
}
function smtp(x) {
  let { smtpRelay, name } = x.params.cloud;
  if (smtpRelay.length === 0) {
    x.skipped.push({ name: "smtp-relay", required: !1, reason: `Azure documents no APIM SMTP relay host for the ${name} cloud` });
    return;
  }
  let why = (host, port) => `APIM sends developer-portal and notification e-mail through its SMTP relay ${host} on ${port}; without it no mail goes out.`, [primary, ...others] = smtpRelay;
  for (let port of [25028, 587, 25])
    add(x, { name: `smtp-${primary.split(".")[0]}-${port}`, target: `smtp://${primary}:${port}`, required: !1, why: why(primary, port), group: "SMTP" });
  for (let host of others)
    add(x, { name: `smtp-${host.split(".")[0]}-25028`, target: `smtp://${host}:25028`, required: !1, why: why(host, 25028), group: "SMTP" });
}
function internalCache(x) {
  let hosts = x.params.cacheHosts;
  if (hosts.length === 0) {
    skip(x, "internal-cache", "cacheHosts", "--cache-host", !1, "the private addresses of the other APIM units; the internal cache runs between them on 6381\u20136383");
    return;
  }
  hosts.forEach((host, i) => {
    for (let port of [6381, 6382, 6383])
      add(x, {
        name: `cache-${i + 1}-${port}`,
        target: `redis://${host}:${port}`,
        required: !1,
        why: `APIM units share the internal cache for caching policies on ${port} inside the virtual network; without it each unit caches alone.`,
        group: "InternalCache"
      });
  });
}
function backends(x, mode) {
  x.params.backends.forEach((target, i) => {
    add(x, {
      name: `backend-${i + 1}`,
      target,
      required: !0,
      why: `APIM forwards API calls to this backend through ${mode}; without it those APIs answer with errors.`,
      group: "Backend"
    });
  });
}

// src/profiles/apim.ts
var paramText = {
  cloud: "Azure cloud: public (default), china or usgov.",
  storageAccount: "Any storage account in the region (name or blob host); proves the path to service tag Storage.",
  sqlServer: "Any Azure SQL server in the region (name or host); proves the path to service tag Sql.",
  eventHubNamespace: "Any Event Hubs namespace in the region (name or host); proves the path to service tag EventHub.",
  keyVault: "Any key vault in the region (name or host); proves the path to service tag AzureKeyVault.",
  backends: "Target URLs of your API backends; each becomes a required check backend-1..n.",
  resolvers: "DNS servers of the virtual network as IP[:port]; each gets a dns check. Without them the system resolver is checked.",
  cacheHosts: "Private addresses of the other APIM units, for the internal cache on 6381\u20136383.",
  privateEndpoints: "The services sit behind private endpoints: their names must resolve to private addresses, and the privatelink names are checked too."
};
function params(...names) {
  return names.map((name) => ({ name, required: !1, description: paramText[name] }));
}
var keyVaultWhyClassic = "APIM fetches named values and custom-domain certificates from Key Vault on 443; without it those references fail and updates that need them are blocked.", apimClassic = {
  info: {
    name: "apim-classic",
    title: "API Management Developer / Premium injected into a virtual network (classic tiers)",
    description: "Outbound dependencies of a classic-tier instance in external or internal VNet mode: DNS 53, Storage 443 (blob, table; queue and Files 445 optional), SQL 1433 (with the 11000\u201311999 redirect), Event Hubs 5671/5672/443 (optional), Key Vault 443, Azure Monitor 443/1886, Entra ID 443, CRL/OCSP on 80, SMTP relay 25028/587/25 (optional) and the internal cache 6381\u20136383 (optional).",
    params: params("cloud", "storageAccount", "sqlServer", "eventHubNamespace", "keyVault", "resolvers", "cacheHosts", "privateEndpoints")
  },
  build(x) {
    dns(x, storageOrLoginProbe(x)), storage(x, { table: !0, queueAndFiles: !0 }), sql(x), eventHubs(x), keyVault(x, { why: keyVaultWhyClassic }), monitor2(x), entra(x), pki(x), smtp(x), internalCache(x);
  }
}, apimV2Integration = {
  info: {
    name: "apim-v2-integration",
    title: "API Management Standard v2 / Premium v2 with outbound virtual network integration",
    description: "The gateway stays public and reaches backends through the integrated subnet: DNS 53, Storage 443 and your backends.",
    params: params("cloud", "storageAccount", "backends", "resolvers", "privateEndpoints")
  },
  build(x) {
    dns(x, storageOrLoginProbe(x)), storage(x, { table: !1, queueAndFiles: !1 }), backends(x, "the integrated subnet");
  }
}, apimV2Injection = {
  info: {
    name: "apim-v2-injection",
    title: "API Management Premium v2 injected into a virtual network",
    description: "Inbound and outbound traffic stay in the virtual network: DNS that resolves *.vault.azure.net (or the cloud's vault suffix), Storage 443, Key Vault 443 and your backends.",
    params: params("cloud", "storageAccount", "keyVault", "backends", "resolvers", "privateEndpoints")
  },
  build(x) {
    let { cloud, keyVault: vault, privateEndpoints } = x.params, why = `With a custom DNS server, Premium v2 injection needs names under *.${cloud.vault} to resolve; without them the instance cannot reach Key Vault and fails to deploy.`;
    vault ? dns(x, { name: `${vault}.${cloud.vault}`, why, private: privateEndpoints, required: !0 }) : dns(x, {
      name: cloud.vault,
      why: `${why} Give --key-vault for a definitive check; the bare suffix may legitimately have no address.`,
      private: !1,
      required: !1
    }), storage(x, { table: !1, queueAndFiles: !1 }), keyVault(x, {
      why: "The Premium v2 gateway reads named values and certificates from Key Vault on 443; without it those references fail and the instance cannot apply them."
    }), backends(x, "the injected subnet");
  }
}, profileDefinitions = [apimClassic, apimV2Integration, apimV2Injection];

// src/profiles/errors.ts
var ProfileError = class extends Error {
  field;
  constructor(field, message) {
    super(message), this.name = "ProfileError", this.field = field;
  }
};

// src/profiles/params.ts
import { isIP } from "node:net";
var TARGET_SCHEMES = [
  "dns",
  "tcp",
  "tls",
  "http",
  "https",
  "blob",
  "sql",
  "amqp",
  "amqps",
  "amqps+ws",
  "smtp",
  "smb",
  "redis",
  "rediss",
  "keyvault"
], nameRules = {
  storageAccount: {
    pattern: /^[a-z0-9]{3,24}$/,
    allowed: "3\u201324 lowercase letters and digits",
    suffix: (c) => c.blob
  },
  sqlServer: {
    pattern: /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
    allowed: "1\u201363 lowercase letters, digits and hyphens, not starting or ending with a hyphen",
    suffix: (c) => c.database
  },
  eventHubNamespace: {
    pattern: /^[a-z][a-z0-9-]{4,48}[a-z0-9]$/,
    allowed: "6\u201350 letters, digits and hyphens, starting with a letter and ending with a letter or digit",
    suffix: (c) => c.servicebus,
    anyCase: !0,
    extra: (n) => /-(sb|mgmt)$/.test(n) ? 'a namespace name cannot end in "-sb" or "-mgmt"' : void 0
  },
  keyVault: {
    pattern: /^[a-z][a-z0-9-]{1,22}[a-z0-9]$/,
    allowed: "3\u201324 letters, digits and hyphens, starting with a letter, ending with a letter or digit",
    suffix: (c) => c.vault,
    anyCase: !0,
    extra: (n) => n.includes("--") ? "a vault name cannot contain consecutive hyphens" : void 0
  }
};
function fail(field, message) {
  throw new ProfileError(field, `${field}: ${message}`);
}
function requireString(field, value) {
  typeof value != "string" && fail(field, `must be a string, got ${describe(value)}`);
  let trimmed = value.trim();
  return trimmed === "" && fail(field, "must not be empty"), trimmed;
}
function describe(value) {
  return Array.isArray(value) ? "a list" : value === null ? "null" : typeof value == "string" ? JSON.stringify(value) : typeof value;
}
function parseCloud(value) {
  return value === void 0 ? clouds.public : typeof value == "string" && CLOUD_NAMES.includes(value) ? clouds[value] : fail("cloud", `unknown cloud ${describe(value)}; allowed: ${CLOUD_NAMES.join(", ")}`);
}
function parseResourceName(field, value, cloud) {
  let rule = nameRules[field], name = requireString(field, value);
  if (name.includes(".")) {
    let lower = name.toLowerCase(), hasSuffix = (suffix) => lower.endsWith(`.${suffix}`), own = `.${rule.suffix(cloud)}`;
    if (hasSuffix(rule.suffix(cloud)))
      name = name.slice(0, -own.length);
    else {
      let other = CLOUD_NAMES.find((c) => c !== cloud.name && hasSuffix(rule.suffix(clouds[c])));
      other && fail(field, `${JSON.stringify(value)} is a host in the ${other} cloud, but cloud is ${cloud.name}; set cloud: ${other} or give a name of this cloud`), fail(field, `give the bare name or a host ending in ${own}, got ${JSON.stringify(value)}`);
    }
  }
  rule.anyCase && (name = name.toLowerCase()), rule.pattern.test(name) || fail(field, `${JSON.stringify(value)} is not a valid name: allowed are ${rule.allowed}`);
  let problem = rule.extra?.(name);
  return problem && fail(field, `${JSON.stringify(value)} is not a valid name: ${problem}`), name;
}
function requireList(field, value) {
  return Array.isArray(value) || fail(field, `must be a list, got ${describe(value)}`), value;
}
function parsePort(field, text) {
  let port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  return port >= 1 && port <= 65535 || fail(field, `port must be 1\u201365535, got ${JSON.stringify(text)}`), port;
}
function parseResolver(field, value) {
  let text = requireString(field, value), allowed = "allowed: an IPv4 address, an IPv6 address, or either with a port (10.0.0.4:53, [fd00::4]:53)", host, port, bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(text);
  if (bracketed)
    host = bracketed[1], bracketed[2] !== void 0 && (port = parsePort(field, bracketed[2])), isIP(host) !== 6 && fail(field, `${JSON.stringify(text)} is not a DNS server address; ${allowed}`);
  else if (isIP(text) === 6)
    host = text;
  else {
    let colon = text.lastIndexOf(":");
    host = colon === -1 ? text : text.slice(0, colon), colon !== -1 && (port = parsePort(field, text.slice(colon + 1))), isIP(host) !== 4 && fail(field, `${JSON.stringify(text)} is not a DNS server address; ${allowed}`);
  }
  let v6 = isIP(host) === 6, hostPart = v6 ? `[${host}]` : host, authority = port === void 0 ? hostPart : `${hostPart}:${port}`, safeHost = v6 ? host.replaceAll(":", "-") : host;
  return { authority, label: port === void 0 ? safeHost : `${safeHost}-${port}` };
}
var hostnamePattern = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
function parseCacheHost(field, value) {
  let text = requireString(field, value), bare = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  return isIP(bare) === 6 ? `[${bare}]` : isIP(bare) === 4 || hostnamePattern.test(bare) ? bare : fail(field, `${JSON.stringify(text)} is not an address; allowed: an IPv4 or IPv6 address or a host name, without a port`);
}
function parseBackend(field, value) {
  let text = requireString(field, value), url;
  try {
    url = new URL(text);
  } catch {
    return fail(field, `${JSON.stringify(text)} is not a target URL; allowed schemes: ${TARGET_SCHEMES.join(", ")}`);
  }
  let scheme = url.protocol.slice(0, -1);
  return TARGET_SCHEMES.includes(scheme) || fail(field, `scheme "${scheme}" is not supported; allowed schemes: ${TARGET_SCHEMES.join(", ")}`), text;
}
function parseList(field, value, parse) {
  return value === void 0 ? [] : requireList(field, value).map((item, i) => parse(`${field}[${i}]`, item));
}
function unique(field, items, key) {
  let first = /* @__PURE__ */ new Map();
  return items.forEach((item, i) => {
    let k = key(item), j = first.get(k);
    j !== void 0 && fail(`${field}[${i}]`, `repeats ${field}[${j}] (${k})`), first.set(k, i);
  }), items;
}
function validateParams(profile, accepted, params2) {
  params2 == null && (params2 = {}), (typeof params2 != "object" || Array.isArray(params2)) && fail("params", `must be an object, got ${describe(params2)}`);
  let given = params2;
  for (let key of Object.keys(given))
    given[key] !== void 0 && (accepted.includes(key) || fail(key, `is not a parameter of profile ${profile}; it takes: ${accepted.join(", ")}`));
  let p = given, cloud = parseCloud(p.cloud), resource = (field) => p[field] === void 0 ? void 0 : parseResourceName(field, p[field], cloud);
  return p.privateEndpoints !== void 0 && typeof p.privateEndpoints != "boolean" && fail("privateEndpoints", `must be true or false, got ${describe(p.privateEndpoints)}`), {
    cloud,
    storageAccount: resource("storageAccount"),
    sqlServer: resource("sqlServer"),
    eventHubNamespace: resource("eventHubNamespace"),
    keyVault: resource("keyVault"),
    backends: parseList("backends", p.backends, parseBackend),
    resolvers: unique("resolvers", parseList("resolvers", p.resolvers, parseResolver), (r) => r.authority),
    cacheHosts: parseList("cacheHosts", p.cacheHosts, parseCacheHost),
    privateEndpoints: p.privateEndpoints ?? !1
  };
}

// src/profiles/expand.ts
function listProfiles() {
  return profileDefinitions.map((d) => structuredClone(d.info));
}
function expandProfile(name, params2 = {}) {
  let definition = profileDefinitions.find((d) => d.info.name === name);
  if (!definition) {
    let known = profileDefinitions.map((d) => d.info.name).join(", ");
    throw new ProfileError("profile", `profile: unknown profile ${JSON.stringify(name)}; allowed: ${known}`);
  }
  let accepted = definition.info.params.map((p) => p.name), x = { params: validateParams(name, accepted, params2), checks: [], skipped: [] };
  return definition.build(x), assertUniqueNames(name, x), { checks: x.checks, skipped: x.skipped };
}
function assertUniqueNames(profile, x) {
  let seen = /* @__PURE__ */ new Set();
  for (let { name } of x.checks) {
    if (seen.has(name)) throw new Error(`profile ${profile} produced the check name ${name} twice`);
    seen.add(name);
  }
}

// src/commands/profile-flags.ts
function profileParamsFrom(flags, block = {}) {
  let { name, ...fromFile } = block, params2 = { ...fromFile }, set = (key, value) => {
    value !== void 0 && (params2[key] = value);
  };
  return set("cloud", flags.cloud), set("storageAccount", flags.storageAccount), set("sqlServer", flags.sqlServer), set("eventHubNamespace", flags.eventHubNamespace), set("keyVault", flags.keyVault), set("backends", flags.backend), set("resolvers", flags.resolver), set("cacheHosts", flags.cacheHost), set("privateEndpoints", flags.privateEndpoints), { name: flags.profile ?? name, params: params2 };
}
function profileChecksFrom(flags, block) {
  let { name, params: params2 } = profileParamsFrom(flags, block);
  if (name)
    try {
      let expansion = expandProfile(name, params2);
      return {
        checks: expansion.checks.map((c) => ({ name: c.name, target: c.target, required: c.required, why: c.why, ...c.kind ? { kind: c.kind } : {}, ...c.expect ? { expect: c.expect } : {} })),
        skipped: expansion.skipped.map((s) => ({ name: s.name, reason: s.reason, required: s.required }))
      };
    } catch (error) {
      throw error instanceof ProfileError ? new InputError(`profile ${name}: ${error.message}`) : error;
    }
}

export {
  listProfiles,
  expandProfile,
  profileParamsFrom,
  profileChecksFrom
};
