import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-KGWLYNBG.mjs";
import {
  httpLadder
} from "./chunk-L4OCGCIX.mjs";
import "./chunk-DUTUGVBM.mjs";
import "./chunk-OQZRDJ3H.mjs";
import {
  addressScope,
  isPrivateAddress
} from "./chunk-GAVMOXG5.mjs";
import "./chunk-VNSEEUVP.mjs";
import "./chunk-GHTXEMPP.mjs";
import {
  InputError,
  ProbeFailure
} from "./chunk-PJVHLZ3U.mjs";
import "./chunk-ZDPWL4GI.mjs";

// src/checks/keyvault.ts
import net from "node:net";
var BODY_CAP = 16 * 1024, TEXT_CAP = 300, optionsSchema = external_exports.strictObject({
  source: external_exports.enum(["private", "public", "any"]).optional().describe("the source address Key Vault should see: private (private endpoint or service endpoint) or public; default expect.dns, else any")
});
function parseKeyVaultOptions(options, auth) {
  if (auth && Object.values(auth).some((v) => v !== void 0 && v !== !1))
    throw new InputError("auth: keyvault checks take no credentials (GET /healthstatus is anonymous)");
  let parsed = optionsSchema.safeParse(options);
  if (parsed.success) return parsed.data;
  let issue = parsed.error.issues[0], message = issue.code === "unrecognized_keys" ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(", ")}` : issue.message;
  throw new InputError(`options${issue.path.length ? "." + issue.path.join(".") : ""}: ${message}`);
}
function parseNetworkInfo(header) {
  let fields = /* @__PURE__ */ new Map();
  for (let part of header.split(";")) {
    let at = part.indexOf("=");
    at > 0 && fields.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim());
  }
  let info = {};
  fields.get("conn_type") && (info.connType = fields.get("conn_type"));
  let addr = fields.get("addr");
  return addr && net.isIP(addr) && (info.addr = addr), fields.get("act_addr_fam") && (info.addressFamily = fields.get("act_addr_fam")), info;
}
function clean(text) {
  let line = text.replace(/\r?\n/g, " | ").replace(/[\x00-\x1f\x7f]/g, ".").trim();
  return line.length > TEXT_CAP ? `${line.slice(0, TEXT_CAP)}\u2026` : line;
}
function parseVaultError(body) {
  try {
    let error = JSON.parse(body.toString("utf8"))?.error;
    return !error || typeof error != "object" ? {} : {
      ...typeof error.code == "string" ? { code: error.code } : {},
      ...typeof error.innererror?.code == "string" ? { innerCode: error.innererror.code } : {},
      ...typeof error.message == "string" ? { message: error.message } : {}
    };
  } catch {
    return {};
  }
}
function describeSource(addr) {
  let sourcePrivate = isPrivateAddress(addr);
  return {
    sourcePrivate,
    path: sourcePrivate ? "private: the request came through a private endpoint or a service endpoint" : "public: the request left through public egress (NAT / internet), not a private endpoint"
  };
}
function judgeHealthStatus(answer, wantSource) {
  let h = answer.headers, networkInfo = h["x-ms-keyvault-network-info"], info = networkInfo ? parseNetworkInfo(networkInfo) : {}, detail = {
    status: answer.status,
    ...h["x-ms-keyvault-service-version"] ? { serviceVersion: h["x-ms-keyvault-service-version"] } : {},
    ...h["x-ms-keyvault-region"] ? { region: h["x-ms-keyvault-region"] } : {},
    ...h["x-ms-request-id"] ? { requestId: h["x-ms-request-id"] } : {},
    ...networkInfo ? { networkInfo: clean(networkInfo) } : {},
    ...info.addr ? { sourceAddress: info.addr, sourceScope: addressScope(info.addr), ...describeSource(info.addr) } : {}
  }, error = answer.status >= 400 ? parseVaultError(answer.body) : {};
  if (answer.status === 403 && (error.innerCode === "ForbiddenByFirewall" || /Client address is not authorized/i.test(error.message ?? ""))) {
    let client = /Client address:\s*([0-9a-f.:]+)/i.exec(error.message ?? "")?.[1];
    throw new ProbeFailure(
      "access_denied",
      `the Key Vault firewall rejects this client (403 ${error.innerCode ?? error.code ?? "Forbidden"}${client ? `, client address ${client}` : ""})`,
      { ...detail, errorCode: error.innerCode ?? error.code, ...client ? { clientAddress: client } : {} }
    );
  }
  if (!!!(networkInfo || h["x-ms-keyvault-service-version"] || h["x-ms-keyvault-region"]))
    throw new ProbeFailure(
      "protocol_mismatch",
      `answered HTTP ${answer.status}, but not as Key Vault (no x-ms-keyvault-* headers): a proxy, a different server, or something in the path`,
      { status: answer.status, ...h.server ? { server: clean(h.server) } : {} }
    );
  let warnings = [];
  return answer.status !== 200 && warnings.push(`Key Vault answered /healthstatus with HTTP ${answer.status}${error.code ? ` ${error.code}` : ""}: the path works, the vault does not report healthy`), info.addr ? wantSource === "private" && !isPrivateAddress(info.addr) ? warnings.push(`Key Vault saw this request from public ${info.addr}: it did not come through the private endpoint (or service endpoint)`) : wantSource === "public" && isPrivateAddress(info.addr) && warnings.push(`Key Vault saw this request from private ${info.addr} where public egress was expected`) : warnings.push("Key Vault sent no source address (x-ms-keyvault-network-info): the path the request took cannot be told"), { value: void 0, detail, ...warnings.length ? { warning: warnings.join("; ") } : {} };
}
function hostPort(target) {
  let host = target.host.includes(":") ? `[${target.host}]` : target.host;
  return target.port === 443 ? host : `${host}:${target.port}`;
}
var keyvaultCheck = async (target, spec, run) => {
  let wantSource = parseKeyVaultOptions(spec.options, spec.auth).source ?? spec.expect.dns ?? "any";
  return await httpLadder(run, {
    url: new URL(`https://${hostPort(target)}/healthstatus`),
    method: "GET",
    headers: { accept: "application/json" },
    tls: spec.tls,
    resolve: { server: spec.dns.server, tcp: spec.dns.tcp, expect: spec.expect },
    proxy: spec.http.proxy,
    readBody: BODY_CAP
  }, (answer) => judgeHealthStatus(answer, wantSource)), run.layers;
};
export {
  judgeHealthStatus,
  keyvaultCheck,
  parseKeyVaultOptions,
  parseNetworkInfo
};
