import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  resolveName
} from "./chunk-GAVMOXG5.mjs";
import {
  queryDns
} from "./chunk-VNSEEUVP.mjs";
import {
  ProbeFailure
} from "./chunk-PJVHLZ3U.mjs";
import "./chunk-ZDPWL4GI.mjs";

// src/checks/dns.ts
var dnsCheck = async (target, spec, run) => {
  let server = target.dnsServer, tcp = target.query.tcp === "1" || target.query.tcp === "true" || spec.dns.tcp === !0, type = (target.query.type ?? "A").toUpperCase();
  return await run.layer("resolve", async () => {
    if (type === "CNAME" && server) {
      let response = await queryDns(server.host, server.port, target.path, "CNAME", { tcp, signal: run.signal }), label = `${server.host}:${server.port}`;
      if (response.rcode === 3) throw new ProbeFailure("dns_nxdomain", `${target.path} does not exist (NXDOMAIN from ${label})`);
      if (response.rcode !== 0) throw new ProbeFailure(response.rcode === 5 ? "dns_refused" : "dns_servfail", `${label} answered ${response.rcodeName} for ${target.path}`);
      let cnames = response.answers.filter((a) => a.type === "CNAME");
      if (cnames.length === 0) throw new ProbeFailure("dns_no_answer", `${label} has no CNAME record for ${target.path}`);
      return { value: void 0, detail: { via: "server", server: label, transport: response.transport, chain: [target.path, ...cnames.map((c) => c.data)], ttl: cnames[0].ttl } };
    }
    let { resolution, warning } = await resolveName(target.path, { server, tcp, expect: spec.expect }, run.signal, run.remainingMs()), family = type === "AAAA" ? ":" : type === "A" ? "." : "";
    if (family && !resolution.addresses.some((a) => a.includes(family))) {
      let via = server ? `${server.host}:${server.port}` : "the system resolver";
      throw new ProbeFailure("dns_no_answer", `${target.path} has no ${type} record through ${via}`, { ...resolution });
    }
    return { value: void 0, detail: { ...resolution, type }, warning };
  }), run.layers;
};
export {
  dnsCheck
};
