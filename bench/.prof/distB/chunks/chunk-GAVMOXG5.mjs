import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  queryDns
} from "./chunk-VNSEEUVP.mjs";
import {
  ProbeFailure
} from "./chunk-PJVHLZ3U.mjs";

// src/net/address.ts
import net from "node:net";
var privateV4 = new net.BlockList();
privateV4.addSubnet("10.0.0.0", 8);
privateV4.addSubnet("172.16.0.0", 12);
privateV4.addSubnet("192.168.0.0", 16);
privateV4.addSubnet("100.64.0.0", 10);
var loopback = new net.BlockList();
loopback.addSubnet("127.0.0.0", 8);
loopback.addAddress("::1", "ipv6");
var linkLocal = new net.BlockList();
linkLocal.addSubnet("169.254.0.0", 16);
linkLocal.addSubnet("fe80::", 10, "ipv6");
var ula = new net.BlockList();
ula.addSubnet("fc00::", 7, "ipv6");
function addressScope(address) {
  let family = net.isIP(address);
  if (family === 0) throw new TypeError(`not an IP address: ${address}`);
  let type = family === 4 ? "ipv4" : "ipv6";
  if (address === "0.0.0.0" || address === "::") return "unspecified";
  if (loopback.check(address, type)) return "loopback";
  if (linkLocal.check(address, type)) return "link-local";
  if (family === 4 ? privateV4.check(address, "ipv4") : ula.check(address, "ipv6")) return "private";
  let mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? addressScope(mapped[1]) : "public";
}
function isPrivateAddress(address) {
  return addressScope(address) !== "public";
}
function isIpLiteral(host) {
  return net.isIP(stripBrackets(host)) !== 0;
}
function stripBrackets(host) {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}
function joinHostPort(host, port) {
  return net.isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
}

// src/net/resolve.ts
import dns from "node:dns";

// src/net/abort.ts
function raceAbort(promise, signal) {
  return signal.aborted ? Promise.reject(signal.reason) : new Promise((resolve, reject) => {
    let onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: !0 }), promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort), resolve(value);
      },
      (error) => {
        signal.removeEventListener("abort", onAbort), reject(error);
      }
    );
  });
}

// src/net/hosts-file.ts
import { readFileSync } from "node:fs";
var names;
function isHostsFileName(name) {
  let lower = name.toLowerCase();
  return lower === "localhost" || lower.endsWith(".localhost") ? !0 : (names ??= readHostsFile(), names.has(lower));
}
function readHostsFile() {
  let found = /* @__PURE__ */ new Set();
  try {
    for (let line of readFileSync("/etc/hosts", "utf8").split(`
`)) {
      let fields = line.replace(/#.*/, "").trim().split(/\s+/);
      for (let name of fields.slice(1)) found.add(name.toLowerCase());
    }
  } catch {
  }
  return found;
}

// src/net/resolve.ts
var MAX_CNAME_HOPS = 8;
function failOnRcode(response, name, server) {
  if (response.rcode === 3) throw new ProbeFailure("dns_nxdomain", `${name} does not exist (NXDOMAIN from ${server})`);
  if (response.rcode === 2) throw new ProbeFailure("dns_servfail", `${server} answered SERVFAIL for ${name}`);
  if (response.rcode === 5) throw new ProbeFailure("dns_refused", `${server} refused to answer for ${name} (REFUSED)`);
  if (response.rcode !== 0) throw new ProbeFailure("dns_servfail", `${server} answered ${response.rcodeName} for ${name}`);
}
async function resolveViaServer(name, server, options, signal) {
  let label = `${server.host}:${server.port}`, chain = [name], current = name, transport = "udp";
  for (let hop = 0; hop <= MAX_CNAME_HOPS; hop++) {
    let queries = ["A", "AAAA"], responses = await Promise.all(queries.map((type) => queryDns(server.host, server.port, current, type, { tcp: options.tcp, signal }))), [a] = responses;
    failOnRcode(a, current, label), transport = a.transport;
    let records = responses.flatMap((r) => r.rcode === 0 ? r.answers : []), name2 = current;
    for (let i = 0; i < MAX_CNAME_HOPS; i++) {
      let cname = records.find((r) => r.type === "CNAME" && sameName(r.name, name2));
      if (!cname) break;
      name2 = cname.data.replace(/\.$/, ""), chain.push(name2);
    }
    let finals = records.filter((r) => (r.type === "A" || r.type === "AAAA") && sameName(r.name, name2));
    if (finals.length > 0)
      return {
        via: "server",
        server: label,
        transport,
        chain,
        addresses: unique(finals.map((r) => r.data)),
        ttl: Math.min(...finals.map((r) => r.ttl)),
        private: !1
      };
    if (name2 === current) throw new ProbeFailure("dns_no_answer", `${label} has no A or AAAA record for ${current}`);
    current = name2;
  }
  throw new ProbeFailure("dns_unexpected_answer", `CNAME chain of ${name} is longer than ${MAX_CNAME_HOPS} hops`);
}
function systemErrorToFailure(error, name) {
  switch (error.code) {
    case "ENOTFOUND":
      return new ProbeFailure("dns_nxdomain", `${name} does not resolve through the system resolver (ENOTFOUND)`);
    case "ENODATA":
      return new ProbeFailure("dns_no_answer", `${name} exists but has no address record (ENODATA)`);
    case "ESERVFAIL":
      return new ProbeFailure("dns_servfail", `the system resolver answered SERVFAIL for ${name}`);
    case "EREFUSED":
      return new ProbeFailure("dns_refused", `the system resolver refused the query for ${name}`);
    case "EAI_AGAIN":
    case "ETIMEOUT":
      return new ProbeFailure("dns_timeout", `temporary failure resolving ${name} (${error.code}): the resolver did not answer in time or answered SERVFAIL`);
    default:
      return new ProbeFailure("dns_servfail", `resolving ${name} failed: ${error.code ?? error.message}`);
  }
}
async function systemCnameChain(name, signal, budgetMs) {
  if (isHostsFileName(name)) return [name];
  let resolver = new dns.promises.Resolver({ timeout: Math.max(50, Math.min(budgetMs, 2e3)), tries: 1 }), onAbort = () => resolver.cancel();
  signal.addEventListener("abort", onAbort, { once: !0 });
  let chain = [name];
  try {
    let current = name;
    for (let hop = 0; hop < MAX_CNAME_HOPS; hop++) {
      let [target] = await resolver.resolveCname(current).catch(() => []);
      if (!target) break;
      chain.push(target), current = target;
    }
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
  return chain;
}
async function resolveViaSystem(name, signal, budgetMs) {
  let chainPromise = systemCnameChain(name, signal, budgetMs), records;
  try {
    records = await raceAbort(dns.promises.lookup(name, { all: !0, order: "verbatim" }), signal);
  } catch (error) {
    throw signal.aborted ? error : systemErrorToFailure(error, name);
  }
  return { via: "system", chain: await chainPromise, addresses: unique(records.map((r) => r.address)), private: !1 };
}
function judge(resolution, options) {
  let publicOnes = resolution.addresses.filter((a) => addressScope(a) === "public");
  resolution.private = publicOnes.length === 0;
  let expectDns = options.expect?.dns ?? "any", name = resolution.chain[0], viaPrivateLink = resolution.chain.some((n) => n.toLowerCase().includes(".privatelink.")), detail = { ...resolution };
  if (expectDns === "private" && publicOnes.length > 0)
    throw new ProbeFailure("dns_public_answer", `${name} resolves to public ${publicOnes.join(", ")} where a private endpoint is expected`, detail);
  if (expectDns === "public" && resolution.private)
    throw new ProbeFailure("dns_unexpected_answer", `${name} resolves to private ${resolution.addresses.join(", ")} where a public address is expected`, detail);
  let wanted = options.expect?.addresses;
  if (wanted && wanted.length > 0 && wanted.filter((a) => !resolution.addresses.includes(a)).length > 0)
    throw new ProbeFailure("dns_unexpected_answer", `${name} resolves to ${resolution.addresses.join(", ")}, expected ${wanted.join(", ")}`, detail);
  return expectDns === "any" && viaPrivateLink && publicOnes.length > 0 ? { warning: `${name} goes through a privatelink name but resolves to public ${publicOnes.join(", ")}: the private endpoint is not used` } : {};
}
async function resolveName(host, options, signal, budgetMs) {
  let name = stripBrackets(host), resolution = isIpLiteral(name) ? { via: "literal", chain: [name], addresses: [name], private: !1 } : options.server ? await resolveViaServer(name, options.server, options, signal) : await resolveViaSystem(name, signal, budgetMs), { warning } = judge(resolution, options);
  return { resolution, warning };
}
async function resolveLayer(run, host, options) {
  return run.layer("resolve", async () => {
    let { resolution, warning } = await resolveName(host, options, run.signal, run.remainingMs());
    return { value: resolution.addresses, detail: { ...resolution }, warning };
  });
}
function sameName(a, b) {
  return a.replace(/\.$/, "").toLowerCase() === b.replace(/\.$/, "").toLowerCase();
}
function unique(items) {
  return [...new Set(items)];
}

export {
  raceAbort,
  addressScope,
  isPrivateAddress,
  isIpLiteral,
  joinHostPort,
  resolveName,
  resolveLayer
};
