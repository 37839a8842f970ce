import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  formatDuration,
  loadRunConfig
} from "./chunk-LPHCZXV5.mjs";
import {
  scrubValue
} from "./chunk-AIADONOI.mjs";
import {
  external_exports
} from "./chunk-KGWLYNBG.mjs";
import {
  VERSION
} from "./chunk-RQMQIPBK.mjs";
import {
  ProbeRun,
  round
} from "./chunk-DUTUGVBM.mjs";
import {
  loadCodec
} from "./chunk-VNSEEUVP.mjs";
import {
  InputError,
  LadderStop,
  ProbeFailure
} from "./chunk-PJVHLZ3U.mjs";

// src/commands/run.ts
import { performance as performance2 } from "node:perf_hooks";

// src/context/agent.ts
import { readFile as readFile2 } from "node:fs/promises";
import { hostname as osHostname, networkInterfaces } from "node:os";
import { join as join2 } from "node:path";

// src/context/imds.ts
const { request } = process.getBuiltinModule("node:http");
import { isIP } from "node:net";
var DEFAULT_IMDS_ENDPOINT = "http://169.254.169.254", IMDS_INSTANCE_PATH = "/metadata/instance?api-version=2021-02-01", MAX_BODY_BYTES = 1024 * 1024;
function cloudFromAzEnvironment(env) {
  switch (env?.trim().toLowerCase()) {
    case "azurepubliccloud":
      return "public";
    case "azurechinacloud":
      return "china";
    case "azureusgovernmentcloud":
    case "azureusgovernment":
      return "usgov";
    default:
      return;
  }
}
function parseImdsInstance(json) {
  let compute = field(json, "compute"), azEnvironment = text(field(compute, "azEnvironment")), facts = {
    location: text(field(compute, "location")),
    subscriptionId: text(field(compute, "subscriptionId")),
    resourceGroupName: text(field(compute, "resourceGroupName")),
    vmName: text(field(compute, "name")),
    vmId: text(field(compute, "vmId")),
    azEnvironment,
    cloud: cloudFromAzEnvironment(azEnvironment),
    privateIps: [],
    publicIps: [],
    subnets: []
  };
  for (let nic of list(field(field(json, "network"), "interface"))) {
    facts.macAddress ??= text(field(nic, "macAddress"));
    for (let family of ["ipv4", "ipv6"]) {
      let ip = field(nic, family);
      for (let entry of list(field(ip, "ipAddress")))
        addUnique(facts.privateIps, text(field(entry, "privateIpAddress"))), addUnique(facts.publicIps, text(field(entry, "publicIpAddress")));
      for (let subnet of list(field(ip, "subnet"))) {
        let address = text(field(subnet, "address")), prefix = field(subnet, "prefix"), prefixText = typeof prefix == "number" ? String(prefix) : text(prefix);
        address === void 0 || prefixText === void 0 || facts.subnets.some((s) => s.address === address && s.prefix === prefixText) || facts.subnets.push({ address, prefix: prefixText });
      }
    }
  }
  for (let key of Object.keys(facts))
    facts[key] === void 0 && delete facts[key];
  return facts;
}
async function queryImds(query) {
  let url;
  try {
    url = new URL(query.endpoint.replace(/\/+$/, "") + IMDS_INSTANCE_PATH);
  } catch {
    return { status: "unavailable", message: `invalid IMDS endpoint: ${query.endpoint}` };
  }
  if (url.protocol !== "http:")
    return { status: "unavailable", message: `IMDS endpoint must be http://, got ${url.protocol}//` };
  let hostname2 = url.hostname.replace(/^\[(.*)\]$/, "$1");
  if (process.env.NODE_TEST_CONTEXT !== void 0 && !isLoopbackHost(hostname2))
    return { status: "disabled", message: "IMDS not queried under the test runner (endpoint is not loopback)" };
  let deadline = AbortSignal.timeout(query.timeoutMs), signal = query.signal === void 0 ? deadline : AbortSignal.any([deadline, query.signal]);
  return signal.aborted ? { status: "unavailable", message: abortMessage(deadline, query.timeoutMs) } : new Promise((resolve) => {
    let settled = !1, req = request({
      protocol: "http:",
      hostname: hostname2,
      port: url.port === "" ? 80 : Number(url.port),
      path: url.pathname + url.search,
      method: "GET",
      headers: { Metadata: "true", Accept: "application/json" },
      agent: !1,
      signal
    }), finish = (outcome) => {
      settled || (settled = !0, req.destroy(), resolve(outcome));
    }, fail = (error) => {
      let message = signal.aborted ? abortMessage(deadline, query.timeoutMs) : describeError(error);
      finish({ status: "unavailable", message });
    };
    req.on("error", fail), req.on("response", (res) => {
      if (res.statusCode !== 200) {
        res.resume(), finish({ status: "unavailable", message: `IMDS answered HTTP ${res.statusCode ?? "?"}` });
        return;
      }
      let chunks = [], size = 0;
      res.on("data", (chunk) => {
        size += chunk.length, size > MAX_BODY_BYTES ? finish({ status: "unavailable", message: "IMDS answer larger than 1 MiB" }) : chunks.push(chunk);
      }), res.on("error", fail), res.on("close", () => {
        res.complete || fail(new Error("IMDS closed the connection before the answer was complete"));
      }), res.on("end", () => {
        try {
          finish({ status: "ok", facts: parseImdsInstance(JSON.parse(Buffer.concat(chunks).toString("utf8"))) });
        } catch {
          finish({ status: "unavailable", message: "IMDS answer is not JSON" });
        }
      });
    }), req.end();
  });
}
function isLoopbackHost(hostname2) {
  return hostname2 === "localhost" ? !0 : isIP(hostname2) === 4 ? hostname2.startsWith("127.") : hostname2 === "::1";
}
function abortMessage(deadline, timeoutMs) {
  return deadline.aborted ? `no answer from IMDS within ${timeoutMs} ms` : "IMDS query aborted";
}
function describeError(error) {
  if (error instanceof Error) {
    let code = error.code;
    return code !== void 0 && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
function field(value, key) {
  return typeof value == "object" && value !== null && !Array.isArray(value) ? value[key] : void 0;
}
function list(value) {
  return Array.isArray(value) ? value : [];
}
function text(value) {
  return typeof value == "string" && value.trim() !== "" ? value.trim() : void 0;
}
function addUnique(target, value) {
  value !== void 0 && !target.includes(value) && target.push(value);
}

// src/context/interfaces.ts
import { readFile } from "node:fs/promises";
import { isIPv4, isIPv6 } from "node:net";
import { join } from "node:path";
function summarizeInterfaces(table) {
  let addresses = [], interfaces = [];
  for (let [name, infos] of Object.entries(table)) {
    if (infos === void 0 || infos.length === 0 || infos.every((info) => info.internal)) continue;
    let entries = [];
    for (let info of infos) {
      let family = familyOf(info);
      family !== void 0 && (entries.push({ address: info.address, prefix: prefixOf(info, family), family }), !info.internal && !isLoopbackAddress(info.address) && !isLinkLocalAddress(info.address) && (addresses.includes(info.address) || addresses.push(info.address)));
    }
    interfaces.push({ name, addresses: entries });
  }
  return { addresses, interfaces };
}
function isLoopbackAddress(address) {
  if (isIPv4(address)) return address.startsWith("127.");
  let lower = address.toLowerCase();
  return lower === "::1" || lower.startsWith("::ffff:127.");
}
function isLinkLocalAddress(address) {
  return isIPv4(address) ? address.startsWith("169.254.") : isIPv6(address.split("%")[0]) && /^fe[89ab]/i.test(address);
}
async function readInterfaceMtu(sysRoot, name) {
  if (!(name === "" || name.includes("/") || name === "." || name === ".."))
    try {
      let text2 = await readFile(join(sysRoot, "class", "net", name, "mtu"), "utf8"), mtu = Number.parseInt(text2.trim(), 10);
      return Number.isInteger(mtu) && mtu > 0 ? mtu : void 0;
    } catch {
      return;
    }
}
function familyOf(info) {
  let family = info.family;
  if (family === "IPv4" || family === 4) return "IPv4";
  if (family === "IPv6" || family === 6) return "IPv6";
}
function prefixOf(info, family) {
  let fromCidr = info.cidr === null ? Number.NaN : Number.parseInt(info.cidr.split("/")[1] ?? "", 10);
  return Number.isInteger(fromCidr) ? fromCidr : prefixFromNetmask(info.netmask, family);
}
function prefixFromNetmask(netmask, family) {
  let bits = 0;
  if (family === "IPv4") {
    for (let octet of netmask.split(".")) bits += popcount(Number.parseInt(octet, 10) || 0);
    return bits;
  }
  for (let group of netmask.split(":")) bits += popcount(Number.parseInt(group, 16) || 0);
  return bits;
}
function popcount(value) {
  let count = 0;
  for (let v = value; v > 0; v >>>= 1) count += v & 1;
  return count;
}

// src/context/proc-net-route.ts
function parseProcNetRoute(text2) {
  let best;
  for (let line of text2.split(`
`).slice(1)) {
    let fields = line.trim().split(/\s+/);
    if (fields.length < 8) continue;
    let [iface, destination, gateway, flagsHex, , , metricText, mask] = fields, flags = Number.parseInt(flagsHex, 16);
    if (destination !== "00000000" || mask !== "00000000" || (flags & 1) === 0 || (flags & 2) === 0) continue;
    let address = ipv4FromLittleEndianHex(gateway), metric = Number.parseInt(metricText, 10);
    address === void 0 || Number.isNaN(metric) || (best === void 0 || metric < best.metric) && (best = { route: { address, interface: iface }, metric });
  }
  return best?.route;
}
function parseProcNetIpv6Route(text2) {
  let best;
  for (let line of text2.split(`
`)) {
    let fields = line.trim().split(/\s+/);
    if (fields.length < 10) continue;
    let [destination, destinationPrefix, , , nextHop, metricHex, , , flagsHex, iface] = fields, flags = Number.parseInt(flagsHex, 16);
    if (!/^0{32}$/.test(destination) || destinationPrefix !== "00" || (flags & 1) === 0 || (flags & 2) === 0 || (flags & 512) !== 0 || iface === "lo" || /^0{32}$/.test(nextHop)) continue;
    let address = ipv6FromHex(nextHop), metric = Number.parseInt(metricHex, 16);
    address === void 0 || Number.isNaN(metric) || (best === void 0 || metric < best.metric) && (best = { route: { address, interface: iface }, metric });
  }
  return best?.route;
}
function ipv4FromLittleEndianHex(hex) {
  if (!/^[0-9a-fA-F]{8}$/.test(hex)) return;
  let value = Number.parseInt(hex, 16);
  return [value & 255, value >>> 8 & 255, value >>> 16 & 255, value >>> 24 & 255].join(".");
}
function ipv6FromHex(hex) {
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) return;
  let groups = hex.match(/.{4}/g).join(":");
  return new URL(`http://[${groups}]/`).hostname.slice(1, -1);
}

// src/context/resolv-conf.ts
function parseResolvConf(text2) {
  let nameservers = [], search = [];
  for (let rawLine of text2.split(/\r?\n/)) {
    let line = stripComment(rawLine).trim();
    if (line === "") continue;
    let [keyword, ...values] = line.split(/\s+/);
    switch (keyword) {
      case "nameserver":
        values[0] !== void 0 && nameservers.push(values[0]);
        break;
      case "search":
        search = values;
        break;
      case "domain":
        search = values[0] !== void 0 ? [values[0]] : [];
        break;
      default:
        break;
    }
  }
  return { nameservers, search };
}
function stripComment(line) {
  let at = line.search(/[#;]/);
  return at === -1 ? line : line.slice(0, at);
}

// src/context/agent.ts
var AZURE_DNS = "168.63.129.16";
async function collectAgentFacts(opts = {}) {
  let procRoot = opts.procRoot ?? "/proc", sysRoot = opts.sysRoot ?? "/sys", imdsPromise = collectImds(opts), [resolvText, routeText, route6Text] = await Promise.all([
    readText(opts.resolvConfPath ?? "/etc/resolv.conf"),
    readText(join2(procRoot, "net", "route")),
    readText(join2(procRoot, "net", "ipv6_route"))
  ]), { addresses, interfaces } = summarizeInterfaces(safeNetworkInterfaces());
  await Promise.all(interfaces.map(async (nic) => {
    let mtu = await readInterfaceMtu(sysRoot, nic.name);
    mtu !== void 0 && (nic.mtu = mtu);
  }));
  let facts = {
    hostname: safeHostname(),
    addresses,
    interfaces,
    resolvers: [],
    searchDomains: [],
    stubResolver: !1,
    azureDns: !1,
    customDns: !1
  }, defaultGateway = routeText === void 0 ? void 0 : parseProcNetRoute(routeText), defaultGatewayV6 = route6Text === void 0 ? void 0 : parseProcNetIpv6Route(route6Text);
  defaultGateway !== void 0 && (facts.defaultGateway = defaultGateway), defaultGatewayV6 !== void 0 && (facts.defaultGatewayV6 = defaultGatewayV6);
  let defaultInterface = (defaultGateway ?? defaultGatewayV6)?.interface;
  if (defaultInterface !== void 0) {
    let mtu = interfaces.find((nic) => nic.name === defaultInterface)?.mtu ?? await readInterfaceMtu(sysRoot, defaultInterface);
    mtu !== void 0 && (facts.defaultInterfaceMtu = mtu);
  }
  if (resolvText !== void 0) {
    let conf = parseResolvConf(resolvText);
    facts.resolvers = conf.nameservers, facts.searchDomains = conf.search;
  }
  facts.stubResolver = facts.resolvers.some(isLoopbackAddress);
  let effective = facts.resolvers.filter((server) => !isLoopbackAddress(server));
  if (facts.stubResolver) {
    let upstreamText = await readText(opts.systemdResolvConfPath ?? "/run/systemd/resolve/resolv.conf");
    if (upstreamText !== void 0) {
      let upstream = parseResolvConf(upstreamText).nameservers.filter((server) => !isLoopbackAddress(server));
      facts.stubUpstreamResolvers = upstream, effective = [...effective, ...upstream];
    }
  }
  facts.azureDns = effective.includes(AZURE_DNS), facts.customDns = effective.length > 0 && !facts.azureDns;
  let imds = await imdsPromise;
  return imds.status === "ok" ? (facts.azure = imds.facts, facts.imds = { status: "ok" }) : facts.imds = { status: imds.status, message: imds.message }, facts;
}
function collectImds(opts) {
  if (opts.imds === !1) return Promise.resolve({ status: "disabled", message: "IMDS lookup disabled" });
  let envEndpoint = process.env.VNETPROBE_IMDS_ENDPOINT;
  return queryImds({
    endpoint: opts.imdsEndpoint ?? (envEndpoint !== void 0 && envEndpoint !== "" ? envEndpoint : DEFAULT_IMDS_ENDPOINT),
    timeoutMs: opts.imdsTimeoutMs ?? 1e3,
    signal: opts.signal
  });
}
async function readText(path) {
  try {
    return await readFile2(path, "utf8");
  } catch {
    return;
  }
}
function safeNetworkInterfaces() {
  try {
    return networkInterfaces();
  } catch {
    return {};
  }
}
function safeHostname() {
  try {
    return osHostname();
  } catch {
    return "";
  }
}

// src/checks/index.ts
var loaders = {
  dns: () => import("./dns-JQXUKGX2.mjs").then((m) => m.dnsCheck),
  tcp: () => import("./tcp-SD3F7UFY.mjs").then((m) => m.tcpCheck),
  tls: () => import("./tls-RZXR6IDZ.mjs").then((m) => m.tlsCheck),
  http: () => import("./http-XGZTEZTP.mjs").then((m) => m.httpCheck),
  storage: () => import("./storage-3YPF66SI.mjs").then((m) => m.storageCheck),
  sql: () => import("./sql-AXGJ2UWF.mjs").then((m) => m.sqlCheck),
  amqp: () => import("./amqp-2IHRAWG4.mjs").then((m) => m.amqpCheck),
  smtp: () => import("./smtp-SFWTW46X.mjs").then((m) => m.smtpCheck),
  smb: () => import("./smb-KY6RKT52.mjs").then((m) => m.smbCheck),
  redis: () => import("./redis-GESE46CJ.mjs").then((m) => m.redisCheck),
  keyvault: () => import("./keyvault-4YFPMR3E.mjs").then((m) => m.keyvaultCheck)
}, loaded = /* @__PURE__ */ new Map();
function loadCheck(kind) {
  let check = loaded.get(kind);
  return check || (check = loaders[kind](), loaded.set(kind, check)), check;
}

// src/engine/run-check.ts
import { performance } from "node:perf_hooks";

// src/report/model.ts
var LAYERS = ["resolve", "connect", "tls", "protocol", "redirect", "auth", "operation"], FAILURE_CLASSES = [
  "dns_nxdomain",
  "dns_servfail",
  "dns_refused",
  "dns_timeout",
  "dns_no_answer",
  "dns_public_answer",
  "dns_unexpected_answer",
  "tcp_timeout",
  "tcp_refused",
  "tcp_unreachable",
  "tls_timeout",
  "tls_handshake_failed",
  "tls_untrusted",
  "tls_hostname_mismatch",
  "tls_expired",
  "tls_inspected",
  "protocol_mismatch",
  "protocol_timeout",
  "http_status",
  "http_body_mismatch",
  "auth_failed",
  "access_denied",
  "timeout",
  "internal_error"
], STATUSES = ["pass", "warn", "fail", "skip"], KINDS = ["dns", "tcp", "tls", "http", "storage", "sql", "amqp", "smtp", "smb", "redis", "keyvault"], layerResultSchema = external_exports.object({
  layer: external_exports.enum(LAYERS),
  ok: external_exports.boolean(),
  durationMs: external_exports.number().nonnegative(),
  detail: external_exports.record(external_exports.string(), external_exports.unknown()).optional(),
  warning: external_exports.string().optional().describe("set when the layer works but will not for long, or looks suspicious")
}), failureSchema = external_exports.object({
  layer: external_exports.enum(LAYERS),
  class: external_exports.enum(FAILURE_CLASSES),
  message: external_exports.string(),
  hint: external_exports.string()
}), checkResultSchema = external_exports.object({
  name: external_exports.string(),
  kind: external_exports.enum(KINDS),
  target: external_exports.string(),
  host: external_exports.string(),
  port: external_exports.number().int().min(0).max(65535),
  required: external_exports.boolean(),
  status: external_exports.enum(STATUSES),
  durationMs: external_exports.number().nonnegative(),
  layers: external_exports.array(layerResultSchema),
  failure: failureSchema.nullable(),
  warnings: external_exports.array(external_exports.string()).optional(),
  why: external_exports.string().optional().describe("what breaks without this dependency (profiles)"),
  skipReason: external_exports.string().optional()
}), summarySchema = external_exports.object({
  total: external_exports.number().int().nonnegative(),
  passed: external_exports.number().int().nonnegative(),
  warned: external_exports.number().int().nonnegative(),
  failed: external_exports.number().int().nonnegative(),
  skipped: external_exports.number().int().nonnegative(),
  requiredFailed: external_exports.number().int().nonnegative(),
  verdict: external_exports.enum(["pass", "warn", "fail"])
}), agentSchema = external_exports.object({
  hostname: external_exports.string(),
  addresses: external_exports.array(external_exports.string()),
  resolvers: external_exports.array(external_exports.string()),
  azureDns: external_exports.boolean().optional(),
  azure: external_exports.record(external_exports.string(), external_exports.unknown()).optional()
}).catchall(external_exports.unknown()), reportSchema = external_exports.object({
  schemaVersion: external_exports.literal(1),
  tool: external_exports.object({ name: external_exports.literal("vnet-probe"), version: external_exports.string() }),
  startedAt: external_exports.iso.datetime({ offset: !0 }),
  finishedAt: external_exports.iso.datetime({ offset: !0 }),
  durationMs: external_exports.number().nonnegative(),
  agent: agentSchema,
  summary: summarySchema,
  checks: external_exports.array(checkResultSchema)
});

// src/engine/classify.ts
var TIMEOUT_CLASS = {
  resolve: "dns_timeout",
  connect: "tcp_timeout",
  tls: "tls_timeout",
  protocol: "protocol_timeout",
  redirect: "tcp_timeout",
  auth: "timeout",
  operation: "timeout"
}, CONNECT_CODES = {
  ECONNREFUSED: "tcp_refused",
  ECONNRESET: "tcp_refused",
  EHOSTUNREACH: "tcp_unreachable",
  ENETUNREACH: "tcp_unreachable",
  EADDRNOTAVAIL: "tcp_unreachable",
  ETIMEDOUT: "tcp_timeout"
};
function messageOf(error) {
  return error instanceof Error ? error.message || error.name : String(error);
}
function classify(layer, error) {
  if (error instanceof ProbeFailure) return { class: error.class, message: error.message };
  let code = error?.code, message = messageOf(error);
  return code && (layer === "connect" || layer === "redirect") && CONNECT_CODES[code] ? { class: CONNECT_CODES[code], message } : code === "ECONNRESET" || code === "EPIPE" ? { class: layer === "tls" ? "tls_handshake_failed" : "protocol_mismatch", message: `the peer closed the connection (${code}) at the ${layer} layer` } : code === "ETIMEDOUT" || error?.name === "TimeoutError" ? { class: TIMEOUT_CLASS[layer], message } : layer === "resolve" ? { class: "dns_servfail", message } : layer === "tls" ? { class: "tls_handshake_failed", message } : layer === "protocol" ? { class: "protocol_mismatch", message } : layer === "auth" ? { class: "auth_failed", message } : { class: "internal_error", message };
}

// src/engine/hints.ts
var SERVICE_TAG = {
  storage: "Storage",
  sql: "Sql",
  amqp: "EventHub",
  keyvault: "AzureKeyVault",
  smb: "Storage",
  redis: "VirtualNetwork"
};
function serviceTag(c) {
  return /\.(blob|table|queue|file|dfs)\.core\./.test(c.host) ? "Storage" : /\.database\./.test(c.host) ? "Sql" : /\.servicebus\./.test(c.host) ? "EventHub" : /\.vault(core)?\./.test(c.host) || /\.vault\.azure/.test(c.host) ? "AzureKeyVault" : /login\.(microsoftonline|windows|chinacloudapi)/.test(c.host) ? "AzureActiveDirectory" : /monitoring|microsoftmetrics|shoebox/.test(c.host) ? "AzureMonitor" : SERVICE_TAG[c.kind] ?? "the destination";
}
function privateLinkZone(host) {
  let m = /^[^.]+\.((blob|table|queue|file|dfs|web)\.core\.[a-z.]+|database\.[a-z.]+|servicebus\.[a-z.]+|vault\.[a-z.]+|vaultcore\.[a-z.]+)$/i.exec(host);
  return m ? `privatelink.${m[1].replace(/^vault\./, "vaultcore.")}` : `the privatelink zone of ${host}`;
}
var ACCESS_DENIED = {
  storage: "The storage account's network rules do not allow this subnet: add it under Networking > Firewalls and virtual networks (service endpoint Microsoft.Storage), or reach the account through its private endpoint.",
  sql: "The SQL server refuses this client: check the server firewall rules and 'Deny public network access' (use the private endpoint or allow the subnet with a virtual network rule).",
  amqp: "The Event Hubs namespace's IP filter / network rules reject this address: allow the subnet (service endpoint Microsoft.EventHub) or use the private endpoint.",
  keyvault: "The Key Vault firewall rejects this address (ForbiddenByFirewall): allow the subnet under Networking (service endpoint Microsoft.KeyVault) or use the private endpoint."
}, HINTS = {
  dns_nxdomain: (c) => `The name ${c.host} does not exist for this resolver: check the spelling, and for a private endpoint that ${privateLinkZone(c.host)} holds a record for it and is linked to this VNet.`,
  dns_servfail: () => "The DNS server failed to answer (SERVFAIL): a custom DNS server must forward to Azure DNS 168.63.129.16 (or to a resolver that can), and its upstream must be reachable.",
  dns_refused: () => "The DNS server refused the query: a custom DNS server must allow recursion for this subnet (allow-recursion / ACL) and forward to 168.63.129.16.",
  dns_timeout: () => "No DNS answer in time: allow outbound UDP and TCP 53 from this subnet to the DNS servers set on the VNet, and check those servers are running.",
  dns_no_answer: (c) => `${c.host} exists but has no address record: add the A/AAAA record (for a private endpoint, in ${privateLinkZone(c.host)}).`,
  dns_public_answer: (c) => `${c.host} resolves to a public address: the private DNS zone ${privateLinkZone(c.host)} is not linked to this VNet, or the custom DNS server does not forward to 168.63.129.16.`,
  dns_unexpected_answer: () => "The answer differs from what was expected: check the records in the private DNS zone (stale A record after a private endpoint was recreated?) or a conditional forwarder pointing elsewhere.",
  tcp_timeout: (c) => `SYN got no answer within the deadline: an NSG or firewall silently drops outbound TCP ${c.port} to ${serviceTag(c)}, or a UDR sends it to a black hole. Check the effective security rules and routes of this subnet.`,
  tcp_refused: (c) => `The connection was refused (RST) on TCP ${c.port}: nothing listens there, or a firewall/NVA rejects it. Check the address is the service's and that the NVA allows ${serviceTag(c)}.`,
  tcp_unreachable: (c) => `No route to ${c.host}: check the UDRs of this subnet (next hop for ${serviceTag(c)}), VNet peering and the NVA's routes.`,
  tls_timeout: (c) => `TCP connected but the TLS handshake did not finish: a path MTU black hole (large packets dropped; check MTU/MSS clamping on VPN/ExpressRoute/NVA) or a firewall that stalls TLS to ${c.host}.`,
  tls_handshake_failed: () => "The TLS handshake failed: the peer does not speak TLS on this port, requires a client certificate, or a firewall cuts the connection after the ClientHello.",
  tls_untrusted: () => "The certificate chain is not trusted: add the issuing CA with tls.ca or NODE_EXTRA_CA_CERTS, or, if this is an Azure endpoint, something on the path re-signs TLS.",
  tls_hostname_mismatch: (c) => `The certificate does not name ${c.host}: you reached a different server (wrong DNS record, a proxy, or SNI not passed); set tls.servername if you connect by address.`,
  tls_expired: () => "The certificate is expired or not yet valid: renew it on the server (or check the clock of this machine).",
  tls_inspected: () => "A firewall/NVA re-signs TLS on the forced-tunnel route: exempt the Azure service FQDNs from TLS inspection, or use a UDR with next hop Internet for the ApiManagement / service tags. Azure services and APIM will not trust the inspecting CA.",
  protocol_mismatch: (c) => `Something answered on ${c.port} but not as ${c.kind} would: a proxy, a different service on that port, or a firewall answering in the service's place.`,
  protocol_timeout: (c) => `Connected, but the service did not answer its protocol in time on ${c.port}: a firewall that accepts TCP and then drops (Event Hubs and Storage network rules do this), or an overloaded peer.`,
  http_status: () => "The HTTP status is not one expected: see detail.status, and expect.status to accept it if it is right.",
  http_body_mismatch: () => "The response body does not contain what expect.body asks for: the backend answered, but not as healthy.",
  auth_failed: () => "The network path works; the credentials were rejected: check the key, SAS, password or the managed identity's role assignment.",
  access_denied: (c) => ACCESS_DENIED[c.kind] ?? `The service denies this client by its network rules (${serviceTag(c)}): allow this subnet or use the private endpoint.`,
  timeout: (c) => `The ${c.layer} step did not finish within the deadline: raise timeout if the service is slow, else see the layers reached.`,
  internal_error: () => "vnet-probe itself failed here; please report it with the JSON report attached."
};
function hintFor(failureClass, context) {
  return HINTS[failureClass](context);
}

// src/engine/run-check.ts
var DeadlineExceeded = class extends Error {
  constructor(ms) {
    super(`no answer within the ${ms} ms deadline`), this.name = "TimeoutError";
  }
};
function failureFor(spec, layer, error, detail) {
  let { class: failureClass, message } = classify(layer, error), hint = hintFor(failureClass, { kind: spec.target.kind, host: spec.target.host, port: spec.target.port, layer, detail });
  return { layer, class: failureClass, message, hint };
}
async function runCheck(spec, outer) {
  let startedAt = performance.now(), controller = new AbortController(), deadline = new DeadlineExceeded(spec.timeoutMs), timer = setTimeout(() => controller.abort(deadline), spec.timeoutMs), onOuterAbort = () => controller.abort(outer?.reason);
  outer?.addEventListener("abort", onOuterAbort, { once: !0 });
  let run = new ProbeRun(controller.signal, startedAt + spec.timeoutMs), failure = null;
  try {
    let work = (await loadCheck(spec.target.kind))(spec.target, spec, run);
    work.catch(() => {
    }), await new Promise((resolve, reject) => {
      let onAbort = () => reject(controller.signal.reason);
      controller.signal.addEventListener("abort", onAbort, { once: !0 }), work.then(() => resolve(), reject).finally(() => controller.signal.removeEventListener("abort", onAbort));
    });
  } catch (error) {
    if (controller.signal.aborted) {
      let current = run.current, layer = current?.layer ?? nextLayer(run.layers), elapsed = current ? performance.now() - current.startedAt : 0, reason = controller.signal.reason;
      run.layers.push({ layer, ok: !1, durationMs: round(elapsed) });
      let message = reason === deadline ? `${layer} did not complete within the ${spec.timeoutMs} ms deadline` : `stopped: ${reason instanceof Error ? reason.message : String(reason)}`, failureClass = TIMEOUT_CLASS[layer];
      failure = { layer, class: failureClass, message, hint: hintFor(failureClass, { kind: spec.target.kind, host: spec.target.host, port: spec.target.port, layer }) };
    } else if (error instanceof LadderStop && run.failure) {
      let last = run.layers.at(-1);
      failure = failureFor(spec, run.failure.layer, run.failure.error, last?.detail);
    } else {
      let layer = run.current?.layer ?? nextLayer(run.layers);
      run.layers.push({ layer, ok: !1, durationMs: 0 }), failure = failureFor(spec, layer, error), failure.class = "internal_error", failure.hint = hintFor("internal_error", { kind: spec.target.kind, host: spec.target.host, port: spec.target.port, layer });
    }
  } finally {
    clearTimeout(timer), outer?.removeEventListener("abort", onOuterAbort), run.disposeAll();
  }
  let warnings = run.layers.filter((l) => l.warning).map((l) => l.warning), result = {
    name: spec.name,
    kind: spec.target.kind,
    target: spec.target.raw,
    host: spec.target.host,
    port: spec.target.port,
    required: spec.required,
    status: failure ? "fail" : warnings.length > 0 ? "warn" : "pass",
    durationMs: round(performance.now() - startedAt),
    layers: [...run.layers],
    failure
  };
  return warnings.length > 0 && (result.warnings = warnings), spec.why && (result.why = spec.why), scrubValue(result);
}
function nextLayer(layers) {
  let last = layers.at(-1)?.layer;
  return last ? LAYERS[Math.min(LAYERS.indexOf(last) + 1, LAYERS.length - 1)] : "resolve";
}

// src/engine/run.ts
async function runChecks(specs, concurrency, signal, onResult) {
  await warmUp(specs);
  let results = new Array(specs.length), next = 0, worker = async () => {
    for (; next < specs.length; ) {
      let index = next++;
      results[index] = await runCheck(specs[index], signal), onResult?.(results[index]);
    }
  };
  return await Promise.all(Array.from({ length: Math.min(concurrency, specs.length) }, worker)), results;
}
var NO_TLS_KINDS = /* @__PURE__ */ new Set(["dns", "tcp", "sql", "smb"]);
async function warmUp(specs) {
  let kinds = [...new Set(specs.map((s) => s.target.kind))], needsDns = specs.some((s) => s.dns.server || s.target.dnsServer);
  await Promise.all([...kinds.map(loadCheck), ...needsDns ? [loadCodec()] : []]);
  let tlsSpecs = specs.filter((s) => !NO_TLS_KINDS.has(s.target.kind) && s.target.scheme !== "http");
  if (tlsSpecs.length > 0) {
    let { secureContextFor } = await import("./tls-SEYQU2LI.mjs");
    for (let spec of tlsSpecs) secureContextFor(spec.tls);
  }
}

// src/report/build.ts
function summarize(checks) {
  let count = (status) => checks.filter((c) => c.status === status).length, requiredFailed = checks.filter((c) => c.required && c.status === "fail").length, failed = count("fail"), warned = count("warn");
  return {
    total: checks.length,
    passed: count("pass"),
    warned,
    failed,
    skipped: count("skip"),
    requiredFailed,
    verdict: requiredFailed > 0 ? "fail" : warned > 0 || failed > 0 ? "warn" : "pass"
  };
}
function buildReport(input) {
  return {
    schemaVersion: 1,
    tool: { name: "vnet-probe", version: input.version },
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    durationMs: round(input.durationMs),
    agent: input.agent,
    summary: summarize(input.checks),
    checks: input.checks
  };
}
function reachedLayer(check) {
  return check.failure?.layer ?? check.layers.at(-1)?.layer ?? "-";
}

// src/report/junit.ts
function xml(text2) {
  return text2.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function renderJunit(report) {
  let s = report.summary, failures = report.checks.filter((c) => c.status === "fail" && c.required).length, skipped = report.checks.filter((c) => c.status === "skip" || c.status === "fail" && !c.required).length, out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="vnet-probe" tests="${s.total}" failures="${failures}" errors="0" skipped="${skipped}" time="${(report.durationMs / 1e3).toFixed(3)}">`,
    `  <testsuite name="vnet-probe" tests="${s.total}" failures="${failures}" errors="0" skipped="${skipped}" time="${(report.durationMs / 1e3).toFixed(3)}" timestamp="${xml(report.startedAt)}" hostname="${xml(report.agent.hostname)}">`
  ];
  for (let check of report.checks) {
    let attrs = `name="${xml(check.name)}" classname="vnet-probe.${xml(check.kind)}" time="${(check.durationMs / 1e3).toFixed(3)}"`, body = [];
    if (check.failure && check.required) {
      let f = check.failure;
      body.push(`      <failure message="${xml(`${f.class}: ${f.message}`)}" type="${xml(f.class)}">${xml(`${f.class} at ${f.layer}: ${f.message}
hint: ${f.hint}
target: ${check.target}`)}</failure>`);
    } else check.failure ? body.push(`      <skipped message="${xml(`optional check failed: ${check.failure.class}: ${check.failure.message}`)}"/>`) : check.status === "skip" && body.push(`      <skipped message="${xml(check.skipReason ?? "skipped")}"/>`);
    check.warnings?.length && body.push(`      <system-out>${xml(check.warnings.map((w) => `warning: ${w}`).join(`
`))}</system-out>`), out.push(body.length ? `    <testcase ${attrs}>
${body.join(`
`)}
    </testcase>` : `    <testcase ${attrs}/>`);
  }
  return out.push("  </testsuite>", "</testsuites>", ""), out.join(`
`);
}

// src/report/markdown.ts
var ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", skip: "\u23ED\uFE0F" };
function cell(text2) {
  return text2.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function renderMarkdown(report) {
  let s = report.summary, lines = [
    `## vnet-probe: ${ICON[s.verdict]} ${s.verdict.toUpperCase()}`,
    "",
    `${s.total} checks: ${s.passed} passed, ${s.warned} warned, ${s.failed} failed (${s.requiredFailed} required), ${s.skipped} skipped \u2014 ${formatDuration(report.durationMs)} from \`${cell(report.agent.hostname)}\``,
    "",
    "| | check | target | layer | time | failure | hint |",
    "|---|---|---|---|---|---|---|"
  ];
  for (let c of report.checks) {
    let failure = c.failure ? `\`${c.failure.class}\` ${cell(c.failure.message)}` : (c.warnings ?? []).map(cell).join("; ");
    lines.push(`| ${ICON[c.status]} | ${cell(c.name)}${c.required ? "" : " (optional)"} | \`${cell(c.target)}\` | ${reachedLayer(c)} | ${formatDuration(c.durationMs)} | ${failure} | ${c.failure ? cell(c.failure.hint) : ""} |`);
  }
  return `${lines.join(`
`)}
`;
}

// src/report/text.ts
var CODES = { red: 31, green: 32, yellow: 33, gray: 90, bold: 1 };
function painter(color) {
  return (code, text2) => color ? `\x1B[${CODES[code]}m${text2}\x1B[0m` : text2;
}
var STATUS_COLOR = { pass: "green", warn: "yellow", fail: "red", skip: "gray" };
function pad(text2, width) {
  return text2.length >= width ? text2 : text2 + " ".repeat(width - text2.length);
}
function renderText(report, options) {
  let paint = painter(options.color), nameWidth = Math.min(40, Math.max(5, ...report.checks.map((c) => c.name.length))), lines = [];
  lines.push(paint("bold", `${pad("STATUS", 6)}  ${pad("LAYER", 9)}  ${pad("TIME", 8)}  ${pad("CHECK", nameWidth)}  TARGET`));
  for (let check of report.checks) lines.push(...renderCheck(check, nameWidth, paint));
  let s = report.summary;
  lines.push("");
  let verdictColor = s.verdict === "pass" ? "green" : s.verdict === "warn" ? "yellow" : "red", verdict = s.verdict === "fail" ? `FAIL: ${s.requiredFailed} required check${s.requiredFailed === 1 ? "" : "s"} failed` : s.verdict === "warn" ? "WARN: every required check passed, with warnings" : "PASS: every check passed";
  return lines.push(`${paint(verdictColor, paint("bold", verdict))}  ${s.total} checks: ${s.passed} passed, ${s.warned} warned, ${s.failed} failed, ${s.skipped} skipped  (${formatDuration(report.durationMs)})`), `${lines.join(`
`)}
`;
}
function renderCheck(check, nameWidth, paint) {
  let status = pad(check.status.toUpperCase(), 6), optional = check.required ? "" : paint("gray", " (optional)"), lines = [`${paint(STATUS_COLOR[check.status], status)}  ${pad(reachedLayer(check), 9)}  ${pad(formatDuration(check.durationMs), 8)}  ${pad(check.name, nameWidth)}  ${check.name === check.target ? "" : check.target}${optional}`.trimEnd()], indent = " ".repeat(8);
  check.failure && (lines.push(`${indent}${paint("red", check.failure.class)}: ${check.failure.message}`), lines.push(`${indent}${paint("gray", "hint:")} ${check.failure.hint}`));
  for (let warning of check.warnings ?? []) lines.push(`${indent}${paint("yellow", "warning:")} ${warning}`);
  return check.skipReason && lines.push(`${indent}${paint("gray", check.skipReason)}`), lines;
}

// src/report/upload.ts
import { isIP as isIP2 } from "node:net";
import { hostname } from "node:os";
var UPLOAD_SAS_ENV = "VNETPROBE_UPLOAD_SAS", BLOB_HOST_SUFFIXES = [".blob.core.windows.net", ".blob.core.chinacloudapi.cn", ".blob.core.usgovcloudapi.net", ".blob.storage.azure.net"], CONTAINER_NAME = /^(?:[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}|\$root|\$web)$/, EXAMPLE = "https://ACCOUNT.blob.core.windows.net/CONTAINER/PATH", DEFAULT_TIMEOUT_MS = 6e4;
function isBlobUrl(value) {
  return /^https?:\/\//i.test(value);
}
function formatTimestamp(date) {
  return date.toISOString().replace(/\.\d+Z$/, "Z").replace(/[-:]/g, "");
}
function expandPlaceholders(template, values) {
  return template.replaceAll("{hostname}", values.hostname).replaceAll("{timestamp}", formatTimestamp(values.timestamp));
}
function isLoopback(hostname2) {
  let host = hostname2.replace(/^\[|\]$/g, "");
  return host === "localhost" ? !0 : isIP2(host) === 4 ? host.startsWith("127.") : host === "::1";
}
function isAzureBlobHost(hostname2) {
  return BLOB_HOST_SUFFIXES.some((suffix) => hostname2.length > suffix.length && hostname2.endsWith(suffix));
}
function redactQuery(value) {
  let at = value.indexOf("?");
  return at < 0 ? value : value.slice(0, at);
}
function sasFrom(query, source, flag, shown) {
  let sas = query.replace(/^\?/, "");
  if (!/(?:^|&)sig=[^&]+/.test(sas)) throw new InputError(`${flag} ${shown}: ${source} is not a SAS (no sig=)`);
  return sas;
}
function parseBlobDestination(value, flag, env = process.env) {
  let shown = redactQuery(value), url;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(`${flag} ${shown}: not a URL (${EXAMPLE})`);
  }
  if (/[{}]/.test(decodeURIComponent(url.pathname))) throw new InputError(`${flag} ${shown}: unknown placeholder (only {hostname} and {timestamp} expand)`);
  if (url.username || url.password) throw new InputError(`${flag} ${shown}: no credentials in the URL's authority; use a SAS`);
  if (url.hash) throw new InputError(`${flag} ${shown}: a blob URL has no #fragment`);
  let loopback = isLoopback(url.hostname);
  if (!loopback && !isAzureBlobHost(url.hostname)) throw new InputError(`${flag} ${shown}: not an Azure Blob Storage URL (${EXAMPLE})`);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) throw new InputError(`${flag} ${shown}: use https (http only for an emulator on loopback)`);
  let segments = url.pathname.split("/").slice(1), [container, ...blob] = loopback ? segments.slice(1) : segments;
  if (loopback && !segments[0]) throw new InputError(`${flag} ${shown}: an emulator URL is path-style: http(s)://127.0.0.1:PORT/ACCOUNT/CONTAINER/PATH`);
  if (!container || blob.length === 0 || blob.at(-1) === "") throw new InputError(`${flag} ${shown}: name the container and the blob (${EXAMPLE})`);
  if (!CONTAINER_NAME.test(decodeURIComponent(container))) throw new InputError(`${flag} ${shown}: "${decodeURIComponent(container)}" is not a valid container name (3-63 lowercase letters, digits, hyphens)`);
  let sas;
  if (url.search ? sas = sasFrom(url.search, "the query string", flag, shown) : env[UPLOAD_SAS_ENV] && (sas = sasFrom(env[UPLOAD_SAS_ENV], UPLOAD_SAS_ENV, flag, shown)), !sas && url.protocol === "http:") throw new InputError(`${flag} ${shown}: http:// needs a SAS (a token is only sent over https)`);
  return { url: `${url.protocol}//${url.host}${url.pathname}`, sas };
}
function checkUploadTargets(targets, env = process.env) {
  let values = { hostname: hostname(), timestamp: /* @__PURE__ */ new Date() };
  for (let [flag, target] of targets)
    target && isBlobUrl(target) && parseBlobDestination(expandPlaceholders(target, values), flag, env);
}
var credential;
function tokenCredential() {
  return credential ??= import("./esm-UBRGHJAA.mjs").then(({ ChainedTokenCredential, EnvironmentCredential, ManagedIdentityCredential, WorkloadIdentityCredential }) => {
    let clientId = process.env.AZURE_CLIENT_ID, chain = [new EnvironmentCredential()];
    return process.env.AZURE_FEDERATED_TOKEN_FILE && chain.push(new WorkloadIdentityCredential()), chain.push(clientId ? new ManagedIdentityCredential({ clientId }) : new ManagedIdentityCredential()), new ChainedTokenCredential(...chain);
  }), credential;
}
function pipelineOptions() {
  return {
    retryOptions: { maxTries: 3, retryDelayInMs: 1e3, maxRetryDelayInMs: 4e3, tryTimeoutInMs: 2e4 },
    userAgentOptions: { userAgentPrefix: "vnet-probe" }
  };
}
async function blobClient(destination) {
  let sdk = await import("./esm-RZ5VU4CA.mjs");
  return destination.sas ? new sdk.BlockBlobClient(`${destination.url}?${destination.sas}`, new sdk.AnonymousCredential(), pipelineOptions()) : new sdk.BlockBlobClient(destination.url, await tokenCredential(), pipelineOptions());
}
async function uploadBlob(destination, content, contentType, signal) {
  let client = await blobClient(destination), body = Buffer.from(content, "utf8");
  await client.upload(body, body.length, { blobHTTPHeaders: { blobContentType: contentType }, abortSignal: signal });
}
function describeUploadError(error, sas, timeoutMs) {
  let e = error, text2;
  return e?.name === "AbortError" || e?.name === "TimeoutError" ? text2 = `no answer within ${timeoutMs / 1e3}s` : typeof e?.statusCode == "number" ? text2 = [e.statusCode, e.code].filter(Boolean).join(" ") + `: ${firstLine(e.message)}` : CREDENTIAL_ERRORS.has(e?.name ?? "") ? text2 = `no token: ${credentialReason(error)} (set ${UPLOAD_SAS_ENV} to a SAS, or give the agent an identity with Storage Blob Data Contributor)` : text2 = [e?.code, firstLine(e?.message ?? String(error))].filter(Boolean).join(": "), sas && (text2 = text2.split(sas).join("[redacted]")), text2.replace(/([?&]sig=)[^&\s]+/gi, "$1[redacted]");
}
var CREDENTIAL_ERRORS = /* @__PURE__ */ new Set(["CredentialUnavailableError", "AggregateAuthenticationError", "AuthenticationError", "AuthenticationRequiredError"]);
function credentialReason(error) {
  let errors = error.errors, last = Array.isArray(errors) && errors.length > 0 ? errors.at(-1) : error;
  return firstLine(last?.message ?? String(last));
}
function firstLine(text2) {
  return (text2 ?? "").split(`
`)[0].trim().slice(0, 300);
}
async function uploadReports(uploads, values, options = {}) {
  let env = options.env ?? process.env, timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS, log = options.log ?? ((line) => process.stderr.write(`${line}
`)), outcomes = await Promise.all(uploads.map(async (upload) => {
    let destination;
    try {
      destination = parseBlobDestination(expandPlaceholders(upload.target, values), upload.flag, env);
    } catch (error) {
      return { ok: !1, line: `vnet-probe: ${error.message}` };
    }
    try {
      return await uploadBlob(destination, upload.content, upload.contentType, AbortSignal.timeout(timeoutMs)), { ok: !0, line: `vnet-probe: ${upload.flag} uploaded to ${destination.url}` };
    } catch (error) {
      return { ok: !1, line: `vnet-probe: ${upload.flag} ${destination.url}: upload failed: ${describeUploadError(error, destination.sas, timeoutMs)}` };
    }
  }));
  for (let outcome of outcomes) log(outcome.line);
  return outcomes.every((o) => o.ok);
}

// src/commands/output.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
function writeOutput(file, content, flag) {
  try {
    mkdirSync(dirname(file), { recursive: !0 }), writeFileSync(file, content);
  } catch (error) {
    throw new InputError(`${flag} ${file}: cannot write (${error.code ?? error.message})`);
  }
}
function useColor(stream, flag) {
  return flag === !1 || process.env.NO_COLOR !== void 0 && process.env.NO_COLOR !== "" ? !1 : process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0" ? !0 : stream.isTTY === !0;
}

// src/commands/run.ts
function imdsEnabled(flag) {
  if (flag === !1) return !1;
  let env = (process.env.VNETPROBE_IMDS ?? "").toLowerCase();
  return !["0", "off", "false", "no"].includes(env);
}
function skippedResults(config) {
  return config.skipped.map((s) => ({
    name: s.name,
    kind: "tcp",
    target: "-",
    host: "-",
    port: 0,
    required: s.required,
    status: "skip",
    durationMs: 0,
    layers: [],
    failure: null,
    skipReason: s.reason
  }));
}
async function executeRun(config, options) {
  let startedAt = /* @__PURE__ */ new Date(), t0 = performance2.now(), [agent, results] = await Promise.all([
    collectAgentFacts({ imds: options.imds }),
    runChecks(config.checks, config.concurrency, options.signal)
  ]);
  return buildReport({
    version: VERSION,
    startedAt,
    finishedAt: /* @__PURE__ */ new Date(),
    durationMs: performance2.now() - t0,
    agent,
    checks: [...results, ...skippedResults(config)]
  });
}
async function runCommand(flags) {
  let config = loadRunConfig(flags);
  checkUploadTargets([["--report", flags.report], ["--junit", flags.junit], ["--markdown", flags.markdown]]);
  let report = await executeRun(config, { imds: imdsEnabled(flags.imds) }), json = `${JSON.stringify(report, null, 2)}
`, placeholders = { hostname: report.agent.hostname, timestamp: new Date(report.startedAt) }, uploads = [], output = (target, content, flag, contentType) => {
    isBlobUrl(target) ? uploads.push({ target, content, flag, contentType }) : writeOutput(expandPlaceholders(target, placeholders), content, flag);
  };
  if (flags.report && output(flags.report, json, "--report", "application/json"), flags.junit && output(flags.junit, renderJunit(report), "--junit", "application/xml"), flags.markdown && output(flags.markdown, renderMarkdown(report), "--markdown", "text/markdown"), flags.metricsFile) {
    let { writeMetricsFile } = await import("./textfile-D6A3VLE3.mjs");
    await writeMetricsFile(flags.metricsFile, config.checks, report, VERSION);
  }
  return flags.format === "json" ? process.stdout.write(json) : process.stdout.write(renderText(report, { color: useColor(process.stdout, flags.color) })), uploads.length > 0 && !await uploadReports(uploads, placeholders) ? 3 : report.summary.verdict === "fail" ? 1 : 0;
}

export {
  collectAgentFacts,
  hintFor,
  runCheck,
  buildReport,
  imdsEnabled,
  executeRun,
  runCommand
};
