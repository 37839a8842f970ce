import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  Secret,
  readSecret
} from "./chunk-AIADONOI.mjs";
import {
  external_exports
} from "./chunk-KGWLYNBG.mjs";
import {
  httpLadder
} from "./chunk-L4OCGCIX.mjs";
import "./chunk-DUTUGVBM.mjs";
import "./chunk-OQZRDJ3H.mjs";
import {
  isIpLiteral
} from "./chunk-GAVMOXG5.mjs";
import "./chunk-VNSEEUVP.mjs";
import {
  readPem,
  trustStore
} from "./chunk-GHTXEMPP.mjs";
import {
  InputError,
  ProbeFailure
} from "./chunk-PJVHLZ3U.mjs";
import "./chunk-ZDPWL4GI.mjs";

// src/checks/storage.ts
import { randomUUID as randomUUID2 } from "node:crypto";

// src/azure/storage-answer.ts
var TEXT_CAP = 300;
function clean(text) {
  let line = text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, ".").trim();
  return line.length > TEXT_CAP ? `${line.slice(0, TEXT_CAP)}\u2026` : line;
}
function xmlText(xml, tag) {
  let match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  if (match)
    return match[1].replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}
function parseStorageError(headers, body) {
  let text = body.toString("utf8"), code = headers["x-ms-error-code"], message;
  if (text.trimStart().startsWith("<"))
    code ??= xmlText(text, "Code"), message = xmlText(text, "Message");
  else if (text.trimStart().startsWith("{"))
    try {
      let json = JSON.parse(text), error = json["odata.error"] ?? json.error;
      code ??= error?.code, message = typeof error?.message == "string" ? error.message : error?.message?.value;
    } catch {
    }
  let out = {};
  return code && (out.code = clean(code)), message && (out.message = clean(message.split(/\r?\nRequestId:/)[0])), out;
}
function isNetworkRuleDenial(status, error) {
  return status !== 403 || error.code !== "AuthorizationFailure" ? !1 : !/failed to authenticate/i.test(error.message ?? "");
}
var KEPT_HEADERS = ["server", "x-ms-request-id", "x-ms-error-code", "x-ms-version", "www-authenticate"];
function keptHeaders(headers) {
  return Object.fromEntries(KEPT_HEADERS.filter((h) => headers[h]).map((h) => [h, clean(headers[h])]));
}
function judgeAnonymousAnswer(answer, where) {
  let headers = keptHeaders(answer.headers);
  if (!answer.headers["x-ms-request-id"])
    throw new ProbeFailure(
      "protocol_mismatch",
      `answered HTTP ${answer.status}, but not as Azure Storage (no x-ms-request-id): a proxy or a different server`,
      { status: answer.status, headers }
    );
  let error = parseStorageError(answer.headers, answer.body), detail = {
    account: where.account,
    service: where.service,
    status: answer.status,
    headers,
    ...error.code ? { errorCode: error.code } : {},
    ...error.message ? { errorMessage: error.message } : {}
  };
  if (isNetworkRuleDenial(answer.status, error))
    throw new ProbeFailure(
      "access_denied",
      `the storage account refused this client by its network rules (403 AuthorizationFailure: ${error.message ?? "not authorized"})`,
      detail
    );
  return answer.status >= 500 ? {
    value: void 0,
    detail: { ...detail, result: "Azure Storage answered, with a server error" },
    warning: `the storage service answered ${answer.status}${error.code ? ` ${error.code}` : ""}: the path works, the service is struggling`
  } : answer.status < 300 ? { value: void 0, detail: { ...detail, result: "the account answered an anonymous request: the network path to the account works" } } : {
    value: void 0,
    detail: { ...detail, result: `anonymous request rejected as expected (${answer.status}${error.code ? ` ${error.code}` : ""}): the network path to the account works` }
  };
}

// src/azure/storage-credentials.ts
var STORAGE_AUTH_FIELDS = ["connectionString", "accountKey", "sas", "managedIdentity"], FOREIGN_AUTH_FIELDS = ["username", "password", "token"];
function parseConnectionString(text) {
  let fields = /* @__PURE__ */ new Map();
  for (let part of text.split(";")) {
    let at = part.indexOf("=");
    at <= 0 || fields.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim());
  }
  return fields;
}
function fromConnectionString(secret, account) {
  let fields = parseConnectionString(secret.reveal());
  if (fields.get("usedevelopmentstorage") === "true")
    throw new InputError("auth.connectionString: UseDevelopmentStorage=true is not supported; give AccountName, AccountKey and BlobEndpoint");
  let name = fields.get("accountname");
  if (name && name.toLowerCase() !== account.toLowerCase())
    throw new InputError(`auth.connectionString: it is for account "${name}", the target is account "${account}"`);
  let key = fields.get("accountkey");
  if (key) return { kind: "sharedKey", source: "auth.connectionString", accountName: name ?? account, accountKey: new Secret(key) };
  let sas = fields.get("sharedaccesssignature");
  if (sas) return { kind: "sas", source: "auth.connectionString", sas: new Secret(sas.replace(/^\?/, "")) };
  throw new InputError("auth.connectionString: has neither AccountKey nor SharedAccessSignature");
}
function storageCredentials(auth, account) {
  if (!auth) return;
  for (let field of FOREIGN_AUTH_FIELDS)
    if (auth[field] !== void 0) throw new InputError(`auth.${field}: storage checks take one of auth.${STORAGE_AUTH_FIELDS.join(", auth.")}`);
  let given = STORAGE_AUTH_FIELDS.filter((f) => auth[f] !== void 0 && auth[f] !== !1);
  if (given.length > 1) throw new InputError(`auth: give one of ${given.map((f) => `auth.${f}`).join(", ")}, not several`);
  if (auth.connectionString) return fromConnectionString(readSecret(auth.connectionString, "auth.connectionString"), account);
  if (auth.accountKey) return { kind: "sharedKey", source: "auth.accountKey", accountName: account, accountKey: readSecret(auth.accountKey, "auth.accountKey") };
  if (auth.sas) {
    let sas = readSecret(auth.sas, "auth.sas").reveal().replace(/^\?/, "");
    if (!/(^|&)sig=/.test(sas)) throw new InputError("auth.sas: not a SAS token (no sig= field)");
    return { kind: "sas", source: "auth.sas", sas: new Secret(sas) };
  }
  if (auth.managedIdentity) {
    let clientId = typeof auth.managedIdentity == "object" ? auth.managedIdentity.clientId : void 0;
    return clientId ? { kind: "managedIdentity", source: "auth.managedIdentity", clientId } : { kind: "managedIdentity", source: "auth.managedIdentity" };
  }
}

// src/azure/storage-endpoint.ts
var STORAGE_SERVICES = ["blob", "table", "queue", "file", "dfs"], AZURE_HOST = /^([a-z0-9]{3,24})\.(?:privatelink\.)?(blob|table|queue|file|dfs)\.[a-z0-9.-]+$/i;
function isStorageService(text) {
  return STORAGE_SERVICES.includes(text);
}
function storageEndpoint(target, service) {
  let hostPort = target.port === 443 ? target.host : `${target.host.includes(":") ? `[${target.host}]` : target.host}:${target.port}`, fromScheme = isStorageService(target.scheme) ? target.scheme : void 0, segment = target.path.split(/[?#]/)[0].split("/").filter(Boolean)[0], azure = AZURE_HOST.exec(target.host);
  if (azure && !isIpLiteral(target.host))
    return { account: azure[1].toLowerCase(), service: fromScheme ?? azure[2].toLowerCase(), url: new URL(`https://${hostPort}`), pathStyle: !1 };
  if (segment)
    return { account: decodeURIComponent(segment), service: service ?? fromScheme ?? "blob", url: new URL(`https://${hostPort}/${segment}`), pathStyle: !0 };
  if (isIpLiteral(target.host))
    throw new InputError(`target "${target.raw}": an IP address needs the account as the first path segment, e.g. https://${hostPort}/myaccount`);
  return { account: target.host.split(".")[0], service: service ?? fromScheme ?? "blob", url: new URL(`https://${hostPort}`), pathStyle: !1 };
}
function anonymousProbeUrl(endpoint) {
  let url = new URL(endpoint.url.href.replace(/\/$/, "") + "/");
  return endpoint.service === "dfs" ? url.searchParams.set("resource", "account") : (url.searchParams.set("restype", "service"), url.searchParams.set("comp", "properties")), url;
}
function blobUrl(endpoint) {
  return endpoint.url.href.replace(/\/$/, "");
}

// src/azure/storage-operations.ts
import { randomUUID } from "node:crypto";
import os from "node:os";

// src/azure/storage-sdk-errors.ts
var SYSTEM_CODES = {
  ENOTFOUND: "dns_nxdomain",
  EAI_AGAIN: "dns_timeout",
  ECONNREFUSED: "tcp_refused",
  ETIMEDOUT: "tcp_timeout",
  EHOSTUNREACH: "tcp_unreachable",
  ENETUNREACH: "tcp_unreachable",
  ECONNRESET: "protocol_mismatch",
  EPIPE: "protocol_mismatch",
  CERT_HAS_EXPIRED: "tls_expired",
  CERT_NOT_YET_VALID: "tls_expired",
  ERR_TLS_CERT_ALTNAME_INVALID: "tls_hostname_mismatch",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "tls_untrusted",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "tls_untrusted",
  SELF_SIGNED_CERT_IN_CHAIN: "tls_untrusted",
  DEPTH_ZERO_SELF_SIGNED_CERT: "tls_untrusted"
}, IDENTITY_ERRORS = /* @__PURE__ */ new Set(["CredentialUnavailableError", "AuthenticationError", "AuthenticationRequiredError"]);
function redactUrls(text) {
  return text.replace(/(https?:\/\/[^\s?"'<>]+)\?[^\s"'<>]*/gi, "$1?[query redacted]");
}
function firstLine(text) {
  let line = redactUrls((text ?? "").split(/\r?\n/)[0]).trim();
  return line.length > 300 ? `${line.slice(0, 300)}\u2026` : line;
}
function sdkFailure(error, step2) {
  let e = error ?? {};
  if (e.name === "AbortError") return error;
  if (e.name && IDENTITY_ERRORS.has(e.name))
    return new ProbeFailure("auth_failed", `${step2}: the managed identity could not get a token (${e.name}): ${firstLine(e.message)}`);
  let status = e.statusCode, code = e.details?.errorCode ?? e.code;
  if (status !== void 0) {
    let message = firstLine(e.message), detail = { status, ...code ? { errorCode: code } : {}, step: step2 };
    return isNetworkRuleDenial(status, { code, message }) ? new ProbeFailure("access_denied", `${step2}: the storage account refused this client by its network rules (403 AuthorizationFailure: ${message})`, detail) : status === 403 && code === "AuthorizationPermissionMismatch" ? new ProbeFailure("auth_failed", `${step2}: the credential was accepted but may not do this (403 AuthorizationPermissionMismatch): give the identity a Storage Blob Data role, or the SAS the permission`, detail) : status === 401 || status === 403 || status === 400 && /Authenticat/i.test(code ?? "") ? new ProbeFailure("auth_failed", `${step2}: the credential was rejected (${status}${code ? ` ${code}` : ""}: ${message})`, detail) : new ProbeFailure("http_status", `${step2}: HTTP ${status}${code ? ` ${code}` : ""}: ${message}`, detail);
  }
  if (code && SYSTEM_CODES[code])
    return new ProbeFailure(SYSTEM_CODES[code], `${step2}: the SDK's connection failed (${code}): ${firstLine(e.message)}`, { step: step2, code });
  if (error instanceof Error && redactUrls(error.message) !== error.message) {
    let copy = new Error(redactUrls(error.message));
    return copy.name = error.name, Object.assign(copy, e.code ? { code: e.code } : {});
  }
  return error;
}

// src/azure/storage-operations.ts
var DEFAULT_PROBE_CONTAINER = "vnet-probe";
async function step(name, call) {
  try {
    return await call();
  } catch (error) {
    throw sdkFailure(error, name);
  }
}
async function authenticate(client, container, signal) {
  let info = container ? await step("getAccountInfo", () => client.getContainerClient(container).getAccountInfo({ abortSignal: signal })) : await step("getAccountInfo", () => client.getAccountInfo({ abortSignal: signal }));
  return {
    value: void 0,
    detail: {
      call: "getAccountInfo",
      ...info.skuName ? { skuName: info.skuName } : {},
      ...info.accountKind ? { accountKind: info.accountKind } : {},
      ...info.isHierarchicalNamespaceEnabled !== void 0 ? { hierarchicalNamespace: info.isHierarchicalNamespaceEnabled } : {},
      ...info.requestId ? { requestId: info.requestId } : {}
    }
  };
}
async function listOperation(client, container, signal) {
  if (container) {
    let page2 = await step("list blobs", () => client.getContainerClient(container).listBlobsFlat({ abortSignal: signal }).byPage({ maxPageSize: 1 }).next()), items2 = page2.done ? 0 : page2.value.segment.blobItems.length;
    return { value: void 0, detail: { operation: "list blobs", container, returned: items2 } };
  }
  let page = await step("list containers", () => client.listContainers({ abortSignal: signal }).byPage({ maxPageSize: 1 }).next());
  return { value: void 0, detail: { operation: "list containers", returned: page.done ? 0 : (page.value.containerItems ?? []).length } };
}
async function writeOperation(client, container, signal) {
  let containerClient = client.getContainerClient(container), created = await step(`create container ${container}`, () => containerClient.createIfNotExists({ abortSignal: signal })), blobName = `${DEFAULT_PROBE_CONTAINER}/${os.hostname()}-${randomUUID()}.txt`, blob = containerClient.getBlockBlobClient(blobName), content = Buffer.from(`vnet-probe write check from ${os.hostname()} at ${(/* @__PURE__ */ new Date()).toISOString()}
`);
  await step("upload probe blob", () => blob.upload(content, content.length, { abortSignal: signal, blobHTTPHeaders: { blobContentType: "text/plain" } }));
  let read = await step("read probe blob back", () => blob.downloadToBuffer(0, void 0, { abortSignal: signal })), detail = { operation: "write", container, containerCreated: created.succeeded, blob: blobName, bytes: content.length };
  if (!read.equals(content))
    throw new ProbeFailure("protocol_mismatch", `the probe blob read back differs from what was written (${read.length} bytes, wrote ${content.length})`, detail);
  try {
    await blob.delete({ abortSignal: signal });
  } catch (error) {
    if (signal.aborted) throw error;
    let failure = sdkFailure(error, "delete probe blob"), why = failure instanceof Error ? failure.message : String(failure);
    return { value: void 0, detail, warning: `the write works, but the probe blob ${container}/${blobName} could not be deleted: ${why}` };
  }
  return { value: void 0, detail: { ...detail, deleted: !0 } };
}

// src/azure/storage-sdk.ts
import https from "node:https";
import net from "node:net";
var blobSdk;
function loadBlobSdk() {
  return blobSdk ??= import("./esm-RZ5VU4CA.mjs"), blobSdk;
}
function connectFacts(run) {
  let detail = run.layers.find((l) => l.layer === "connect" && l.ok)?.detail;
  return { address: typeof detail?.address == "string" ? detail.address : void 0, proxied: detail?.proxy !== void 0 };
}
function sdkAgent(run, spec, host) {
  let facts = connectFacts(run);
  if (facts.proxied) return;
  let pinned = !isIpLiteral(host) && facts.address ? facts.address : void 0, lookup = pinned ? (_hostname, options, callback) => {
    let family = net.isIP(pinned);
    options.all ? callback(null, [{ address: pinned, family }]) : callback(null, pinned, family);
  } : void 0;
  return run.own(new https.Agent({
    keepAlive: !0,
    maxSockets: 2,
    ca: trustStore(spec.tls.ca),
    ...spec.tls.servername ? { servername: spec.tls.servername } : {},
    ...spec.tls.cert ? { cert: readPem(spec.tls.cert) } : {},
    ...spec.tls.key ? { key: readPem(spec.tls.key) } : {},
    ...spec.tls.minVersion ? { minVersion: spec.tls.minVersion } : {},
    ...lookup ? { lookup } : {}
  }));
}
function pipelineOptions(agent, proxy) {
  let options = {
    retryOptions: { maxTries: 1 },
    userAgentOptions: { userAgentPrefix: "vnet-probe" }
  };
  if (agent) options.agent = agent;
  else if (typeof proxy == "string") {
    let url = new URL(proxy);
    options.proxyOptions = {
      host: `${url.protocol}//${url.hostname}`,
      port: Number(url.port) || 80,
      ...url.username ? { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) } : {}
    };
  }
  return options;
}
async function createBlobClient(credentials, endpoint, agent, proxy) {
  let sdk = await loadBlobSdk(), options = pipelineOptions(agent, proxy), url = blobUrl(endpoint);
  switch (credentials.kind) {
    case "sharedKey":
      return new sdk.BlobServiceClient(url, new sdk.StorageSharedKeyCredential(credentials.accountName, credentials.accountKey.reveal()), options);
    case "sas":
      return new sdk.BlobServiceClient(`${url}?${credentials.sas.reveal()}`, new sdk.AnonymousCredential(), options);
    case "managedIdentity": {
      let { ManagedIdentityCredential } = await import("./esm-UBRGHJAA.mjs"), credential = credentials.clientId ? new ManagedIdentityCredential({ clientId: credentials.clientId }) : new ManagedIdentityCredential();
      return new sdk.BlobServiceClient(url, credential, options);
    }
  }
}

// src/checks/storage.ts
var PROBE_API_VERSION = "2021-12-02", ERROR_BODY_CAP = 16 * 1024, optionsSchema = external_exports.strictObject({
  operation: external_exports.enum(["list", "write"]).optional().describe("with auth: list (default) or write (create, read back, delete a probe blob)"),
  container: external_exports.string().regex(/^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/, "must be a container name: 3-63 lowercase letters, digits and single hyphens").optional().describe(`the container to list or write in (write: default ${DEFAULT_PROBE_CONTAINER}, created if missing)`),
  service: external_exports.enum(STORAGE_SERVICES).optional().describe("the service of an IP or custom-named endpoint (default blob)")
});
function parseStorageOptions(options) {
  let parsed = optionsSchema.safeParse(options);
  if (parsed.success) return parsed.data;
  let issue = parsed.error.issues[0], message = issue.code === "unrecognized_keys" ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(", ")}` : issue.message;
  throw new InputError(`options${issue.path.length ? "." + issue.path.join(".") : ""}: ${message}`);
}
function planStorageCheck(target, spec) {
  let options = parseStorageOptions(spec.options), endpoint = storageEndpoint(target, options.service), credentials = storageCredentials(spec.auth, endpoint.account);
  if (!credentials && (options.operation || options.container))
    throw new InputError(`options.${options.operation ? "operation" : "container"}: needs credentials (auth.connectionString, accountKey, sas or managedIdentity)`);
  if (credentials && endpoint.service !== "blob")
    throw new InputError(`auth: credentialed storage checks use the blob service; ${endpoint.service} endpoints are checked without credentials (drop auth, or target the account's blob endpoint)`);
  return { endpoint, options, ...credentials ? { credentials } : {} };
}
var storageCheck = async (target, spec, run) => {
  let plan = planStorageCheck(target, spec), { endpoint, options, credentials } = plan;
  if (await httpLadder(run, {
    url: anonymousProbeUrl(endpoint),
    method: "GET",
    headers: { "x-ms-version": PROBE_API_VERSION, "x-ms-client-request-id": randomUUID2(), accept: "application/xml" },
    tls: spec.tls,
    resolve: { server: spec.dns.server, tcp: spec.dns.tcp, expect: spec.expect },
    proxy: spec.http.proxy,
    readBody: ERROR_BODY_CAP
  }, (answer) => judgeAnonymousAnswer(answer, endpoint)), !credentials) return run.layers;
  let agent = sdkAgent(run, spec, target.host), client = await run.layer("auth", async () => {
    let blobClient = await createBlobClient(credentials, endpoint, agent, spec.http.proxy), outcome = await authenticate(blobClient, options.container, run.signal);
    return { value: blobClient, detail: { credential: credentials.kind, from: credentials.source, ...outcome.detail } };
  });
  return await run.layer("operation", () => options.operation === "write" ? writeOperation(client, options.container ?? DEFAULT_PROBE_CONTAINER, run.signal) : listOperation(client, options.container, run.signal)), run.layers;
};
export {
  parseStorageOptions,
  planStorageCheck,
  storageCheck
};
