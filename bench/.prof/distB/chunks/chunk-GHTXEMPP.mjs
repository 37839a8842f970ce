import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  InputError,
  ProbeFailure
} from "./chunk-PJVHLZ3U.mjs";

// src/net/tls.ts
import { readFileSync } from "node:fs";
import { isIP } from "node:net";
import tls from "node:tls";
var DEFAULT_AZURE_ISSUERS = ["Microsoft Corporation", "DigiCert"], AZURE_SUFFIXES = [
  ".windows.net",
  ".azure.net",
  ".azure.com",
  ".microsoftonline.com",
  ".microsoft.com",
  ".microsoftmetrics.com",
  ".chinacloudapi.cn",
  ".azure.cn",
  ".usgovcloudapi.net",
  ".microsoftonline.us",
  ".azure.us",
  ".windows.net."
], EXPIRY_WARNING_DAYS = 14, UNTRUSTED_CODES = /* @__PURE__ */ new Set([
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "CERT_UNTRUSTED",
  "CERT_SIGNATURE_FAILURE",
  "CERT_REJECTED",
  "INVALID_CA",
  "PATH_LENGTH_EXCEEDED",
  "INVALID_PURPOSE"
]);
function isAzureHost(host) {
  let lower = `.${host.toLowerCase()}`;
  return AZURE_SUFFIXES.some((suffix) => lower.endsWith(suffix));
}
var systemRoots, fileCache = /* @__PURE__ */ new Map(), contexts = /* @__PURE__ */ new Map();
function secureContextFor(options) {
  let key = JSON.stringify([options.ca ?? [], options.cert ?? "", options.key ?? "", options.minVersion ?? ""]), context = contexts.get(key);
  if (!context) {
    for (let file of options.ca ?? [])
      if (!readPem(file).includes("-----BEGIN CERTIFICATE-----")) throw new InputError(`tls.ca: ${file} holds no PEM certificate`);
    let material = {
      ca: trustStore(options.ca),
      cert: options.cert ? readPem(options.cert) : void 0,
      key: options.key ? readPem(options.key) : void 0,
      minVersion: options.minVersion
    };
    try {
      context = tls.createSecureContext(material);
    } catch (error) {
      throw new InputError(`tls.cert/tls.key (${options.cert ?? "-"}, ${options.key ?? "-"}): ${error.message}`);
    }
    contexts.set(key, context);
  }
  return context;
}
function trustStore(extraFiles = []) {
  if (!systemRoots) {
    let sets = [tls.getCACertificates("default")];
    try {
      sets.push(tls.getCACertificates("system"));
    } catch {
    }
    systemRoots = [...new Set(sets.flat())];
  }
  return extraFiles.length === 0 ? systemRoots : [...systemRoots, ...extraFiles.map(readPem)];
}
function readPem(file) {
  let pem = fileCache.get(file);
  if (pem === void 0) {
    try {
      pem = readFileSync(file, "utf8");
    } catch (error) {
      throw new InputError(`tls: cannot read ${file} (${error.code ?? error.message})`);
    }
    fileCache.set(file, pem);
  }
  return pem;
}
function dn(name) {
  return name ? Object.entries(name).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join("+") : v}`).join(", ") : "";
}
function first(value) {
  return Array.isArray(value) ? value[0] : value;
}
function certificateFacts(peer, now = Date.now()) {
  let notAfter = new Date(peer.valid_to), chain = [], seen = /* @__PURE__ */ new Set(), link = peer;
  for (; link && !seen.has(link.fingerprint256) && chain.length < 10; )
    seen.add(link.fingerprint256), chain.push(dn(link.subject)), link = link.issuerCertificate;
  return {
    subject: dn(peer.subject),
    issuer: dn(peer.issuer),
    issuerOrganization: first(peer.issuer?.O),
    sans: (peer.subjectaltname ?? "").split(/,\s*/).filter(Boolean),
    notBefore: new Date(peer.valid_from).toISOString(),
    notAfter: notAfter.toISOString(),
    daysLeft: Math.floor((notAfter.getTime() - now) / 864e5),
    fingerprint256: peer.fingerprint256,
    chain
  };
}
function issuedByExpected(peer, expected) {
  let wanted = expected.map((e) => e.toLowerCase()), seen = /* @__PURE__ */ new Set(), link = peer;
  for (; link && !seen.has(link.fingerprint256); ) {
    if (seen.add(link.fingerprint256), [first(link.issuer?.O), first(link.issuer?.CN)].filter(Boolean).map((n) => n.toLowerCase()).some((n) => wanted.some((w) => n.includes(w)))) return !0;
    link = link.issuerCertificate;
  }
  return !1;
}
function handshake(run, socket, host, options) {
  return new Promise((resolve, reject) => {
    let secure = run.own(tls.connect({
      socket,
      host,
      // the name Node verifies the certificate against when there is no SNI (an IP target)
      servername: options.servername ?? (isIP(host) ? void 0 : host),
      secureContext: secureContextFor(options),
      ALPNProtocols: options.alpn,
      rejectUnauthorized: !1
      // judged below, so the certificate is reported even when it fails
    })), onAbort = () => reject(run.signal.reason);
    run.signal.addEventListener("abort", onAbort, { once: !0 }), secure.once("secureConnect", () => {
      run.signal.removeEventListener("abort", onAbort), secure.removeAllListeners("error"), secure.on("error", () => {
      }), resolve(secure);
    }), secure.once("error", (error) => {
      run.signal.removeEventListener("abort", onAbort);
      let reason = error.code === "ECONNRESET" || error.message.includes("socket disconnected") ? `the peer closed the connection during the TLS handshake (${error.code ?? error.message}): not a TLS endpoint, or a firewall cut it` : `TLS handshake failed: ${error.message}`;
      reject(new ProbeFailure("tls_handshake_failed", reason));
    });
  });
}
async function tlsLayer(run, socket, host, options = {}) {
  return run.layer("tls", async () => {
    let secure = await handshake(run, socket, host, options), peer = secure.getPeerCertificate(!0);
    if (!peer || !peer.raw) throw new ProbeFailure("tls_handshake_failed", "the server presented no certificate");
    let cert = certificateFacts(peer), servername = options.servername ?? host, detail = { protocol: secure.getProtocol(), cipher: secure.getCipher()?.name, alpn: secure.alpnProtocol || void 0, servername, ...cert }, expected = options.expectIssuer ?? DEFAULT_AZURE_ISSUERS;
    if (isAzureHost(servername) && !issuedByExpected(peer, expected))
      throw new ProbeFailure("tls_inspected", `${servername} presented a certificate issued by "${cert.issuer}", not by ${expected.join(" or ")} as Azure endpoints are: something re-signs TLS on the path`, detail);
    let code = secure.authorizationError ? String(secure.authorizationError.code ?? secure.authorizationError) : void 0;
    if (code === "ERR_TLS_CERT_ALTNAME_INVALID") throw new ProbeFailure("tls_hostname_mismatch", `the certificate is for ${cert.sans.join(", ") || cert.subject}, not ${servername}`, detail);
    if (code === "CERT_HAS_EXPIRED") throw new ProbeFailure("tls_expired", `the certificate of ${servername} expired on ${cert.notAfter}`, detail);
    if (code === "CERT_NOT_YET_VALID") throw new ProbeFailure("tls_expired", `the certificate of ${servername} is not valid before ${cert.notBefore}`, detail);
    if (code && UNTRUSTED_CODES.has(code)) throw new ProbeFailure("tls_untrusted", `the certificate of ${servername} (issuer "${cert.issuer}") is not trusted: ${code}`, detail);
    if (code) throw new ProbeFailure("tls_untrusted", `the certificate of ${servername} was rejected: ${code}`, detail);
    if (tls.checkServerIdentity(servername, peer)) throw new ProbeFailure("tls_hostname_mismatch", `the certificate is for ${cert.sans.join(", ") || cert.subject}, not ${servername}`, detail);
    let warning = cert.daysLeft < EXPIRY_WARNING_DAYS ? `the certificate of ${servername} expires in ${cert.daysLeft} days (${cert.notAfter})` : void 0;
    return { value: secure, detail, warning };
  });
}

export {
  DEFAULT_AZURE_ISSUERS,
  isAzureHost,
  secureContextFor,
  trustStore,
  readPem,
  certificateFacts,
  tlsLayer
};
