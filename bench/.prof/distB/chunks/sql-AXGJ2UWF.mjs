import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  hex,
  incomplete,
  malformed,
  ok
} from "./chunk-ZY5LVNYG.mjs";
import {
  Secret,
  readSecret
} from "./chunk-AIADONOI.mjs";
import {
  external_exports
} from "./chunk-KGWLYNBG.mjs";
import {
  round
} from "./chunk-DUTUGVBM.mjs";
import {
  connectLayer,
  openTcp
} from "./chunk-OQZRDJ3H.mjs";
import {
  joinHostPort,
  raceAbort,
  resolveLayer,
  resolveName
} from "./chunk-GAVMOXG5.mjs";
import "./chunk-VNSEEUVP.mjs";
import {
  certificateFacts,
  trustStore
} from "./chunk-GHTXEMPP.mjs";
import {
  InputError,
  ProbeFailure
} from "./chunk-PJVHLZ3U.mjs";
import "./chunk-ZDPWL4GI.mjs";

// src/azure/sql-auth.ts
var NOT_FOR_SQL = ["connectionString", "accountKey", "sas"];
function sqlCredentials(auth) {
  if (!auth) return;
  for (let field of NOT_FOR_SQL)
    if (auth[field] !== void 0)
      throw new InputError(`auth.${field}: not used by sql checks; give auth.username + auth.password, auth.token or auth.managedIdentity`);
  let methods = [
    auth.username !== void 0 || auth.password !== void 0 ? "username/password" : void 0,
    auth.token !== void 0 ? "token" : void 0,
    auth.managedIdentity !== void 0 && auth.managedIdentity !== !1 ? "managedIdentity" : void 0
  ].filter(Boolean);
  if (methods.length > 1) throw new InputError(`auth: give one of username/password, token or managedIdentity, not ${methods.join(" and ")}`);
  if (auth.username !== void 0 || auth.password !== void 0) {
    if (!auth.username) throw new InputError("auth.username: required with auth.password");
    if (!auth.password) throw new InputError("auth.password: required with auth.username");
    return { method: "sql", user: auth.username, password: readSecret(auth.password, "auth.password") };
  }
  if (auth.token) return { method: "token", token: readSecret(auth.token, "auth.token") };
  if (auth.managedIdentity)
    return typeof auth.managedIdentity == "object" ? { method: "managedIdentity", clientId: auth.managedIdentity.clientId } : { method: "managedIdentity" };
}
function sqlTokenScope(host) {
  let lower = host.toLowerCase();
  return lower.endsWith(".database.chinacloudapi.cn") ? "https://database.chinacloudapi.cn/.default" : lower.endsWith(".database.usgovcloudapi.net") ? "https://database.usgovcloudapi.net/.default" : "https://database.windows.net/.default";
}
async function tediousAuthentication(credentials, host, signal) {
  switch (credentials.method) {
    case "sql":
      return { type: "default", options: { userName: credentials.user, password: credentials.password.reveal() } };
    case "token":
      return { type: "azure-active-directory-access-token", options: { token: credentials.token.reveal() } };
    case "managedIdentity": {
      let scope = sqlTokenScope(host), { ManagedIdentityCredential } = await import("./esm-UBRGHJAA.mjs"), credential = credentials.clientId ? new ManagedIdentityCredential({ clientId: credentials.clientId }) : new ManagedIdentityCredential(), token;
      try {
        token = (await raceAbort(credential.getToken(scope, { abortSignal: signal }), signal)).token;
      } catch (error) {
        if (signal.aborted) throw error;
        let id = credentials.clientId ? ` (client id ${credentials.clientId})` : "";
        throw new ProbeFailure("auth_failed", `could not get a managed identity${id} token for ${scope}: ${error.message ?? String(error)}`);
      }
      return { type: "azure-active-directory-access-token", options: { token: new Secret(token).reveal() } };
    }
  }
}
function describeCredentials(credentials) {
  switch (credentials.method) {
    case "sql":
      return { method: "sql", user: credentials.user };
    case "token":
      return { method: "token" };
    case "managedIdentity":
      return credentials.clientId ? { method: "managedIdentity", clientId: credentials.clientId } : { method: "managedIdentity" };
  }
}

// src/protocols/tds.ts
var TDS_PACKET_TYPES = {
  SQL_BATCH: 1,
  PRE_TDS7_LOGIN: 2,
  RPC: 3,
  TABULAR_RESULT: 4,
  ATTENTION: 6,
  BULK_LOAD: 7,
  FEDAUTH_TOKEN: 8,
  TRANSACTION_MANAGER: 14,
  LOGIN7: 16,
  SSPI: 17,
  PRELOGIN: 18
}, TDS_HEADER_LENGTH = 8, STATUS_EOM = 1, KNOWN_STATUS_BITS = 31, MAX_PRELOGIN_MESSAGE_BYTES = 64 * 1024, TOKEN = {
  VERSION: 0,
  ENCRYPTION: 1,
  INSTOPT: 2,
  THREADID: 3,
  MARS: 4,
  TRACEID: 5,
  FEDAUTHREQUIRED: 6,
  NONCEOPT: 7,
  TERMINATOR: 255
}, ENCRYPTION_BYTES = { off: 0, on: 1, not_supported: 2, required: 3 }, ENCRYPTION_NAMES = ["off", "on", "not_supported", "required"], ENCRYPT_CLIENT_CERT = 128;
function decodeTdsPacketHeader(buf) {
  if (buf.length < TDS_HEADER_LENGTH) return incomplete(TDS_HEADER_LENGTH - buf.length);
  let header = {
    type: buf[0],
    status: buf[1],
    eom: (buf[1] & STATUS_EOM) !== 0,
    length: buf.readUInt16BE(2),
    spid: buf.readUInt16BE(4),
    packetId: buf[6],
    window: buf[7]
  };
  return header.length < TDS_HEADER_LENGTH ? malformed(`TDS packet length ${header.length} is shorter than its header`) : (header.status & ~KNOWN_STATUS_BITS) !== 0 ? malformed(`TDS packet status ${hex(header.status)} has unknown bits`) : ok(header, TDS_HEADER_LENGTH);
}
function encodePrelogin(opts = {}) {
  let threadId = Buffer.alloc(4);
  threadId.writeUInt32LE((opts.threadId ?? 0) >>> 0);
  let options = [
    [TOKEN.VERSION, encodeVersion(opts.version ?? { major: 0, minor: 0, build: 0, subBuild: 0 })],
    [TOKEN.ENCRYPTION, Buffer.from([ENCRYPTION_BYTES[opts.encryption ?? "off"]])],
    [TOKEN.INSTOPT, Buffer.concat([Buffer.from(opts.instanceName ?? "", "latin1"), Buffer.from([0])])],
    [TOKEN.THREADID, threadId],
    [TOKEN.MARS, Buffer.from([opts.mars ? 1 : 0])]
  ];
  return packetize(TDS_PACKET_TYPES.PRELOGIN, encodeOptions(options), 4096);
}
function decodePreloginResponse(buf) {
  let payloads = [], offset = 0, total = 0;
  for (; ; ) {
    let rest = buf.subarray(offset);
    if (rest.length >= 1 && rest[0] !== TDS_PACKET_TYPES.TABULAR_RESULT)
      return malformed(`expected a TDS tabular result (0x04), got packet type ${hex(rest[0])}`);
    let head = decodeTdsPacketHeader(rest);
    if (head.kind !== "ok") return head.kind === "incomplete" ? incomplete(head.need) : head;
    let { length, eom } = head.value;
    if (total += length, total > MAX_PRELOGIN_MESSAGE_BYTES) return malformed(`PRELOGIN response longer than ${MAX_PRELOGIN_MESSAGE_BYTES} bytes`);
    if (rest.length < length) return incomplete(length - rest.length);
    if (payloads.push(rest.subarray(TDS_HEADER_LENGTH, length)), offset += length, eom) break;
  }
  let options = decodePreloginOptions(payloads.length === 1 ? payloads[0] : Buffer.concat(payloads));
  return options.kind !== "ok" ? options : ok({ ...options.value, packetType: TDS_PACKET_TYPES.TABULAR_RESULT }, offset);
}
function decodePreloginOptions(payload) {
  let seen = /* @__PURE__ */ new Set(), build, encryption, instanceName, mars, fedAuthRequired, tableEnd = findTokenTableEnd(payload);
  if (tableEnd < 0) return malformed("PRELOGIN option list has no terminator");
  for (let pos = 0; pos + 5 <= tableEnd; pos += 5) {
    let token = payload[pos], dataOffset = payload.readUInt16BE(pos + 1), dataLength = payload.readUInt16BE(pos + 3);
    if (dataLength > 0 && (dataOffset < tableEnd || dataOffset + dataLength > payload.length))
      return malformed(`PRELOGIN option ${hex(token)} data (${dataOffset}+${dataLength}) lies outside the payload`);
    if (seen.has(token)) return malformed(`PRELOGIN option ${hex(token)} appears twice`);
    seen.add(token);
    let data = payload.subarray(dataOffset, dataOffset + dataLength);
    switch (token) {
      case TOKEN.VERSION:
        if (data.length < 6) return malformed("PRELOGIN VERSION option shorter than 6 bytes");
        build = { major: data[0], minor: data[1], build: data.readUInt16BE(2), subBuild: data.readUInt16BE(4) };
        break;
      case TOKEN.ENCRYPTION:
        if (data.length !== 1) return malformed("PRELOGIN ENCRYPTION option is not 1 byte");
        encryption = ENCRYPTION_NAMES[data[0] & ~ENCRYPT_CLIENT_CERT] ?? "unknown";
        break;
      case TOKEN.INSTOPT: {
        let nul = data.indexOf(0), name = data.subarray(0, nul < 0 ? data.length : nul).toString("latin1");
        name !== "" && (instanceName = name);
        break;
      }
      case TOKEN.MARS:
        data.length >= 1 && (mars = data[0] === 1);
        break;
      case TOKEN.FEDAUTHREQUIRED:
        data.length >= 1 && (fedAuthRequired = data[0] === 1);
        break;
      default:
        break;
    }
  }
  if (!build) return malformed("PRELOGIN answer has no VERSION option");
  let value = {
    version: `${build.major}.${build.minor}.${build.build}`,
    build,
    encryption: encryption ?? "unknown"
  };
  return instanceName !== void 0 && (value.instanceName = instanceName), mars !== void 0 && (value.mars = mars), fedAuthRequired !== void 0 && (value.fedAuthRequired = fedAuthRequired), ok(value, payload.length);
}
function findTokenTableEnd(payload) {
  let pos = 0;
  for (; pos < payload.length; ) {
    if (payload[pos] === TOKEN.TERMINATOR) return pos + 1;
    pos += 5;
  }
  return -1;
}
function encodeVersion(v) {
  let b = Buffer.alloc(6);
  return b[0] = v.major & 255, b[1] = v.minor & 255, b.writeUInt16BE(v.build & 65535, 2), b.writeUInt16BE(v.subBuild & 65535, 4), b;
}
function encodeOptions(options) {
  let tableLength = options.length * 5 + 1, table = Buffer.alloc(tableLength), dataOffset = tableLength;
  return options.forEach(([token, data], i) => {
    table[i * 5] = token, table.writeUInt16BE(dataOffset, i * 5 + 1), table.writeUInt16BE(data.length, i * 5 + 3), dataOffset += data.length;
  }), table[tableLength - 1] = TOKEN.TERMINATOR, Buffer.concat([table, ...options.map(([, data]) => data)]);
}
function packetize(type, payload, packetSize) {
  let chunk = Math.max(1, Math.min(packetSize, 65535) - TDS_HEADER_LENGTH), packets = [], packetId = 1;
  for (let pos = 0; pos < payload.length || packets.length === 0; pos += chunk) {
    let body = payload.subarray(pos, pos + chunk), last = pos + chunk >= payload.length, header = Buffer.alloc(TDS_HEADER_LENGTH);
    header[0] = type, header[1] = last ? STATUS_EOM : 0, header.writeUInt16BE(TDS_HEADER_LENGTH + body.length, 2), header[6] = packetId++ & 255, packets.push(header, body);
  }
  return Buffer.concat(packets);
}

// src/azure/sql-prelogin.ts
var ANSWER_CAP = 64 * 1024, PREVIEW_BYTES = 48;
function previewBytes(buf) {
  return buf.subarray(0, PREVIEW_BYTES).toString("latin1").replace(/[^\x20-\x7e]/g, ".");
}
function notTds(port, why, received) {
  return new ProbeFailure(
    "protocol_mismatch",
    `something answered on ${port} but not SQL Server (TDS): ${why}`,
    { bytesReceived: received.length, ...received.length > 0 ? { firstBytes: previewBytes(received) } : {} }
  );
}
function exchangePrelogin(socket, port, signal) {
  return new Promise((resolve, reject) => {
    let received = Buffer.alloc(0), finish = (settle) => {
      socket.off("data", onData), socket.off("end", onEnd), socket.off("close", onEnd), socket.off("error", onError), signal.removeEventListener("abort", onAbort), settle();
    }, onData = (chunk) => {
      if (received = received.length === 0 ? chunk : Buffer.concat([received, chunk]), received.length > ANSWER_CAP) {
        finish(() => reject(notTds(port, `more than ${ANSWER_CAP} bytes without a complete PRELOGIN answer`, received)));
        return;
      }
      let decoded = decodePreloginResponse(received);
      decoded.kind === "ok" ? finish(() => resolve(decoded.value)) : decoded.kind === "malformed" && finish(() => reject(notTds(port, decoded.reason, received)));
    }, onEnd = () => {
      let why = received.length === 0 ? "the peer closed the connection without answering the PRELOGIN" : `the peer closed the connection after ${received.length} bytes of an incomplete PRELOGIN answer`;
      finish(() => reject(notTds(port, why, received)));
    }, onError = (error) => {
      finish(() => reject(notTds(port, `the peer reset the connection (${error.code ?? error.message}) instead of answering the PRELOGIN`, received)));
    }, onAbort = () => finish(() => reject(signal.reason));
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    socket.on("data", onData), socket.once("end", onEnd), socket.once("close", onEnd), socket.once("error", onError), signal.addEventListener("abort", onAbort, { once: !0 }), socket.write(encodePrelogin({ encryption: "off", threadId: process.pid }));
  });
}
var PRODUCTS = {
  17: "SQL Server 2025",
  16: "SQL Server 2022",
  15: "SQL Server 2019",
  14: "SQL Server 2017",
  13: "SQL Server 2016",
  12: "Azure SQL Database / Managed Instance or SQL Server 2014",
  11: "SQL Server 2012"
};
function preloginDetail(answer) {
  let detail = {
    version: answer.version,
    product: PRODUCTS[answer.build.major] ?? "unknown SQL Server version",
    encryption: answer.encryption,
    fedAuthRequired: answer.fedAuthRequired ?? !1
  };
  return answer.instanceName !== void 0 && (detail.instance = answer.instanceName), answer.mars !== void 0 && (detail.mars = answer.mars), detail.tls = "not checked here: TDS negotiates TLS inside PRELOGIN packets after this exchange; the auth layer exercises it when credentials are given", detail;
}

// src/azure/sql-session.ts
import { performance } from "node:perf_hooks";

// src/azure/sql-errors.ts
var UNAVAILABLE = "the login reached the service, so the network path works, but the database cannot take it right now", SQL_ERRORS = {
  18456: { class: "auth_failed", meaning: "login failed: the network path works, the server rejected the user name and password (or the token / identity is not a user of this server or database)" },
  18452: { class: "auth_failed", meaning: "login failed: the login is from an untrusted domain and cannot be used with integrated authentication" },
  18470: { class: "auth_failed", meaning: "login failed: the account is disabled" },
  18486: { class: "auth_failed", meaning: "login failed: the account is locked out" },
  18487: { class: "auth_failed", meaning: "login failed: the password of the account has expired" },
  18488: { class: "auth_failed", meaning: "login failed: the password of the account must be changed" },
  4060: { class: "auth_failed", meaning: "the database named in the login (options.database) does not exist or this login has no access to it" },
  40615: { class: "access_denied", meaning: "the server firewall has no rule for the client's address: add a firewall rule for the address in the message (the public address this subnet leaves by: NAT gateway, firewall, or the VM's own), allow the subnet with a virtual network rule, or connect through the private endpoint" },
  40914: { class: "access_denied", meaning: "the client is in a subnet with a Microsoft.Sql virtual network service endpoint, and the server's virtual network rules do not allow that subnet: add a virtual network rule for it" },
  47073: { class: "access_denied", meaning: "'Deny public network access' is on for this server: connect through its private endpoint (the name must resolve, through privatelink.database.windows.net, to the endpoint's private address)" },
  40532: { class: "access_denied", meaning: "the gateway cannot open the server named in the login: the host must be the full SERVER.database.windows.net name (behind an IP address, alias or proxy, the gateway cannot tell which server is meant; the user name must then be user@SERVER), or the server does not exist in this region" },
  40613: { class: "auth_failed", meaning: `the database is not currently available (a paused serverless database, a failover or a reconfiguration): ${UNAVAILABLE}; retry later` },
  40501: { class: "auth_failed", meaning: `the service is busy: ${UNAVAILABLE}; retry later` },
  40197: { class: "auth_failed", meaning: `the service hit an error processing the request (often a reconfiguration): ${UNAVAILABLE}; retry later` },
  10928: { class: "auth_failed", meaning: `a resource limit of the database was reached: ${UNAVAILABLE}` },
  10929: { class: "auth_failed", meaning: `the database is at its resource limit: ${UNAVAILABLE}` },
  33155: { class: "auth_failed", meaning: "Entra ID (Azure AD) authentication is not set up on this server: set an Entra admin, or use SQL authentication" }
};
function clientAddressIn(message) {
  return /IP address '([0-9a-fA-F:.]+)'/.exec(message)?.[1];
}
function where(stage) {
  return stage === "redirect" ? "the redirected connection" : stage === "query" ? "the query" : "the login";
}
function sqlErrorFailure(error, stage, detail = {}) {
  let known = SQL_ERRORS[error.number], server = `server said: "${error.message}" (error ${error.number}${error.state !== void 0 ? `, state ${error.state}` : ""})`, facts = { ...detail, sqlError: error.number };
  error.state !== void 0 && (facts.sqlState = error.state);
  let clientAddress = clientAddressIn(error.message);
  return clientAddress && (facts.clientAddressSeenByServer = clientAddress), known ? (facts.meaning = known.meaning, new ProbeFailure(known.class, `SQL error ${error.number} at ${where(stage)}: ${known.meaning}. The ${server}`, facts)) : stage === "query" ? new ProbeFailure("auth_failed", `logged in, but SELECT 1 was refused: the ${server}`, facts) : new ProbeFailure("auth_failed", `${where(stage)} was refused: the ${server}`, facts);
}
var TLS_UNTRUSTED = /* @__PURE__ */ new Set([
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "CERT_UNTRUSTED",
  "CERT_SIGNATURE_FAILURE",
  "CERT_REJECTED"
]);
function causeChain(error) {
  let chain = [], link = error;
  for (; link && chain.length < 5; )
    chain.push(link), link instanceof AggregateError && link.errors.length > 0 ? link = link.errors[0] : link = link.cause;
  return chain;
}
function tlsFailure(code, message, stage) {
  let during = `during the TLS handshake inside TDS (${where(stage)})`;
  if (code === "CERT_HAS_EXPIRED" || code === "CERT_NOT_YET_VALID") return new ProbeFailure("tls_expired", `the server certificate is expired or not yet valid ${during}: ${message}`);
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID") return new ProbeFailure("tls_hostname_mismatch", `the server certificate does not name the host ${during}: ${message}`);
  if (TLS_UNTRUSTED.has(code)) return new ProbeFailure("tls_untrusted", `the server certificate is not trusted ${during} (${code}); add its CA with tls.ca, or set options.trustServerCertificate: true for a test server`);
  if (code.startsWith("ERR_SSL") || code.startsWith("ERR_TLS")) return new ProbeFailure("tls_handshake_failed", `TLS failed ${during}: ${message}`);
}
function tediousFailure(error, serverError, stage, detail = {}) {
  if (serverError) return sqlErrorFailure(serverError, stage, detail);
  let chain = causeChain(error), mine = chain.find((e) => e instanceof ProbeFailure);
  if (mine) return mine;
  let numbered = chain.find((e) => typeof e.number == "number");
  if (numbered) return sqlErrorFailure({ number: numbered.number, message: numbered.message, state: numbered.state }, stage, detail);
  let top = chain[0], message = top?.message ?? String(error);
  for (let link of chain) {
    let code2 = link.code;
    if (typeof code2 == "string") {
      let tls = tlsFailure(code2, link.message ?? message, stage);
      if (tls) return withDetail(tls, detail);
    }
  }
  let code = top?.code;
  return code === "EENCRYPT" ? new ProbeFailure("protocol_mismatch", `the server and options.encrypt disagree on encryption: ${message}`, detail) : code === "ELOGIN" ? new ProbeFailure("auth_failed", `${where(stage)} failed: ${message}`, detail) : code === "ETIMEOUT" ? new ProbeFailure(stage === "redirect" ? "tcp_timeout" : "timeout", `${where(stage)} timed out: ${message}`, detail) : code === "ESOCKET" || code === "ECONNRESET" || code === "EPIPE" ? new ProbeFailure("protocol_mismatch", `the server closed the connection during ${where(stage)}: ${message}`, detail) : new ProbeFailure("protocol_mismatch", `${where(stage)} got an answer that is not valid TDS: ${message}`, detail);
}
function withDetail(failure, detail) {
  return Object.keys(detail).length === 0 ? failure : new ProbeFailure(failure.class, failure.message, { ...detail, ...failure.detail });
}

// src/azure/sql-session.ts
var tediousModule;
function loadTedious() {
  return tediousModule || (tediousModule = import("./tedious-DIAFGNNT.mjs"), tediousModule.catch(() => {
    tediousModule = void 0;
  })), tediousModule;
}
var REDIRECT_PORTS = { from: 11e3, to: 11999 }, REDIRECT_RANGE_TEXT = `${REDIRECT_PORTS.from}-${REDIRECT_PORTS.to}`, REDIRECT_GUARD_MS = 25, SESSION_READ_CAP = 1024 * 1024, LIBRARY_TIMER_SLACK_MS = 1e3;
function deferred() {
  let { promise, resolve, reject } = Promise.withResolvers();
  return promise.catch(() => {
  }), { promise, resolve, reject };
}
function beforeDeadline(run, work, late) {
  return new Promise((resolve, reject) => {
    let timer = setTimeout(() => reject(late()), Math.max(0, run.remainingMs() - REDIRECT_GUARD_MS));
    work.then(
      (value) => {
        clearTimeout(timer), resolve(value);
      },
      (error) => {
        clearTimeout(timer), reject(error);
      }
    );
  });
}
function inRange(port) {
  return port >= REDIRECT_PORTS.from && port <= REDIRECT_PORTS.to;
}
function tlsFacts(cleartext) {
  let facts = { protocol: cleartext.getProtocol(), cipher: cleartext.getCipher()?.name }, peer = cleartext.getPeerCertificate(!0);
  if (peer && peer.raw) {
    let cert = certificateFacts(peer);
    Object.assign(facts, { subject: cert.subject, issuer: cert.issuer, sans: cert.sans, notAfter: cert.notAfter, daysLeft: cert.daysLeft });
  }
  return facts;
}
var SqlSession = class _SqlSession {
  login;
  redirected;
  #run;
  #options;
  #tedious;
  #connection;
  #login = deferred();
  #redirected = deferred();
  #stage = "login";
  #rerouted = !1;
  #serverError;
  #redirect;
  #tls = {};
  #overflow;
  constructor(run, options, tedious) {
    this.#run = run, this.#options = options, this.#tedious = tedious, this.login = this.#login.promise, this.redirected = this.#redirected.promise;
    let slack = run.remainingMs() + LIBRARY_TIMER_SLACK_MS, config = {
      server: options.host,
      authentication: options.authentication,
      options: {
        port: options.port,
        database: options.database,
        encrypt: options.encrypt,
        trustServerCertificate: options.trustServerCertificate,
        cryptoCredentialsDetails: { ca: trustStore(options.ca) },
        connectTimeout: slack,
        cancelTimeout: slack,
        requestTimeout: slack,
        maxRetriesOnTransientErrors: 0,
        // a probe reports a transient error, it does not wait it out
        appName: "vnet-probe",
        connector: (...args) => this.#connect(args[0])
      }
    };
    this.#connection = new tedious.Connection(config), run.own({ destroy: () => this.destroy() });
    let events = this.#connection;
    events.on("rerouting", () => {
      this.#rerouted = !0;
    }), events.on("error", () => {
    }), events.on("errorMessage", (token) => {
      this.#serverError ??= { number: token.number, message: token.message, state: token.state, class: token.class };
    }), events.on("secure", (cleartext) => {
      try {
        this.#tls[this.#stage] = tlsFacts(cleartext);
      } catch {
      }
    }), this.#connection.connect((error) => this.#onConnect(error));
  }
  /** Loads tedious (only the credentialed path pays for it) and starts the login. */
  static async open(run, options) {
    let tedious = await loadTedious();
    return new _SqlSession(run, options, tedious);
  }
  #onConnect(error) {
    if (!error) {
      this.#redirect ? this.#redirected.resolve({ ...this.#redirect, ...this.#tls.redirect ? { tls: this.#tls.redirect } : {} }) : this.#login.resolve(this.#tls.login ? { tls: this.#tls.login } : {});
      return;
    }
    let failure = this.#overflow ?? tediousFailure(error, this.#serverError, this.#stage, this.#redirect ? this.#redirectDetail() : {});
    this.#redirect ? this.#redirected.reject(failure) : this.#login.reject(failure);
  }
  #redirectDetail() {
    let r = this.#redirect;
    return r ? { host: r.host, port: r.port, inRedirectRange: r.inRedirectRange, ...r.address ? { address: r.address } : {} } : {};
  }
  /** tedious's connector: the first call is the server itself, a call after `rerouting` the redirect target. */
  #connect(target) {
    return (this.#rerouted ? this.#connectRedirect(target.host, target.port) : openTcp(this.#run, this.#options.address, this.#options.port)).then((s) => this.#capReads(s));
  }
  /**
   * Counts what the server sends on a socket handed to tedious and cuts it past the cap. The
   * listener is added before tedious pipes the socket; nothing can arrive in between, since the
   * server speaks only after our PRELOGIN, which tedious sends once its pipes are set.
   */
  #capReads(socket) {
    let total = 0;
    return socket.on("data", (chunk) => {
      total += chunk.length, total > SESSION_READ_CAP && !this.#overflow && (this.#overflow = new ProbeFailure("protocol_mismatch", `the server sent more than ${SESSION_READ_CAP} bytes during the ${this.#stage}, far more than a login and SELECT 1 take: it does not behave as SQL Server`, this.#redirect ? this.#redirectDetail() : {}), socket.destroy(this.#overflow));
    }), socket;
  }
  async #connectRedirect(host, port) {
    let target = { host, port, inRedirectRange: inRange(port) };
    this.#redirect = { ...target, address: "", connectMs: 0 }, this.#stage = "redirect", this.#serverError = void 0, this.#login.resolve({ redirect: target, ...this.#tls.login ? { tls: this.#tls.login } : {} });
    let startedAt = performance.now(), phase = "resolve", where2 = joinHostPort(host, port), work = (async () => {
      let budget = Math.floor(this.#run.remainingMs()), { resolution } = await resolveName(host, { server: this.#options.resolve.server, tcp: this.#options.resolve.tcp }, this.#run.signal, budget), address = resolution.addresses[0];
      return this.#redirect.address = address, phase = "connect", openTcp(this.#run, address, port);
    })();
    try {
      let socket = await beforeDeadline(this.#run, work, () => phase === "resolve" ? new ProbeFailure("dns_timeout", `the server redirected to ${where2}, and that name did not resolve before the deadline`) : new ProbeFailure("tcp_timeout", `the server redirected to ${where2} (${this.#redirect.address}), which did not answer the SYN before the deadline: an NSG or firewall drops outbound TCP ${port}. ${rangeAdvice()}`));
      return this.#redirect.connectMs = round(performance.now() - startedAt), socket;
    } catch (error) {
      let failure = this.#redirectFailure(error, where2);
      throw this.#redirected.reject(failure), failure;
    }
  }
  #redirectFailure(error, where2) {
    if (this.#run.signal.aborted) return error;
    let detail = this.#redirectDetail();
    if (!(error instanceof ProbeFailure)) {
      let code = error.code ?? error.message;
      return new ProbeFailure("tcp_unreachable", `the server redirected to ${where2}, and connecting there failed (${code}). ${rangeAdvice()}`, detail);
    }
    if (error.class === "tcp_timeout" || error.class === "dns_timeout") return new ProbeFailure(error.class, error.message, detail);
    let message = error.class.startsWith("dns_") ? `the server redirected to ${where2}, which does not resolve: ${error.message}` : `the server redirected to ${where2}: ${error.message}. ${rangeAdvice()}`;
    return new ProbeFailure(error.class, message, { ...detail, ...error.detail });
  }
  /** Runs one batch and returns its rows as arrays of column values. */
  query(sql) {
    return this.#stage = "query", this.#serverError = void 0, new Promise((resolve, reject) => {
      let rows = [], request = new this.#tedious.Request(sql, (error) => {
        error ? reject(this.#overflow ?? tediousFailure(error, this.#serverError, "query")) : resolve(rows);
      });
      request.on("row", (columns) => rows.push(columns.map((c) => c.value)));
      try {
        this.#connection.execSql(request);
      } catch (error) {
        reject(tediousFailure(error, void 0, "query"));
      }
    });
  }
  destroy() {
    try {
      this.#connection.close();
    } catch {
    }
  }
};
function rangeAdvice() {
  return `The Redirect connection policy needs outbound TCP ${REDIRECT_RANGE_TEXT} to the Sql service tag (or set the server's connection policy to Proxy, which uses 1433 only)`;
}

// src/checks/sql.ts
var sqlOptionsSchema = external_exports.strictObject({
  database: external_exports.string().min(1).max(128).optional(),
  /** true (TLS inside TDS, the default), false (login only), or 'strict' (TDS 8: TLS first). */
  encrypt: external_exports.union([external_exports.boolean(), external_exports.literal("strict")]).optional(),
  trustServerCertificate: external_exports.boolean().optional()
});
function parseSqlOptions(options) {
  let parsed = sqlOptionsSchema.safeParse(options);
  if (parsed.success) return parsed.data;
  let issue = parsed.error.issues[0], field = issue.code === "unrecognized_keys" ? issue.keys[0] : issue.path.join("."), why = issue.code === "unrecognized_keys" ? "unknown option for sql checks (known: database, encrypt, trustServerCertificate)" : issue.message;
  throw new InputError(`options.${field}: ${why}`);
}
function validateSqlSpec(spec) {
  return { options: parseSqlOptions(spec.options), credentials: sqlCredentials(spec.auth) };
}
var sqlCheck = async (target, spec, run) => {
  let { options, credentials } = validateSqlSpec(spec);
  credentials && loadTedious().catch(() => {
  });
  let addresses = await resolveLayer(run, target.host, { server: spec.dns.server, tcp: spec.dns.tcp, expect: spec.expect }), socket = await connectLayer(run, addresses, target.port);
  return await run.layer("protocol", async () => {
    let answer = await exchangePrelogin(socket, target.port, run.signal);
    return { value: answer, detail: preloginDetail(answer) };
  }), run.release(socket), credentials && await loginLadder(run, target, spec, addresses[0], options, credentials), run.layers;
};
async function keepingFacts(facts, fn) {
  try {
    return await fn();
  } catch (error) {
    throw error instanceof ProbeFailure ? new ProbeFailure(error.class, error.message, { ...facts, ...error.detail }) : error;
  }
}
async function loginLadder(run, target, spec, address, options, credentials) {
  let encrypt = options.encrypt ?? !0, session, facts = { ...describeCredentials(credentials), address, encrypt };
  options.database && (facts.database = options.database);
  let login = await run.layer("auth", () => keepingFacts(facts, async () => {
    let authentication = await tediousAuthentication(credentials, target.host, run.signal), sessionOptions = {
      host: target.host,
      address,
      port: target.port,
      authentication,
      database: options.database,
      encrypt,
      trustServerCertificate: options.trustServerCertificate ?? !1,
      ca: spec.tls.ca,
      resolve: { server: spec.dns.server, tcp: spec.dns.tcp }
    };
    session = await SqlSession.open(run, sessionOptions);
    let result = await session.login, detail = { ...facts };
    return result.tls && (detail.tls = result.tls), result.redirect && (detail.redirectedTo = `${result.redirect.host}:${result.redirect.port}`), { value: result, detail };
  }));
  if (!session) throw new ProbeFailure("internal_error", "the SQL session did not start");
  let opened = session;
  login.redirect && await run.layer("redirect", async () => {
    let node = await opened.redirected, detail = {
      host: node.host,
      port: node.port,
      inRedirectRange: node.inRedirectRange,
      address: node.address,
      connectMs: node.connectMs,
      note: node.inRedirectRange ? rangeAdvice() : "the redirect port is outside the 11000-11999 range Azure SQL uses"
    };
    return node.tls && (detail.tls = node.tls), { value: node, detail };
  }), await run.layer("operation", async () => {
    let rows = await opened.query("SELECT 1"), value = rows[0]?.[0];
    if (value !== 1)
      throw new ProbeFailure("protocol_mismatch", `SELECT 1 answered ${JSON.stringify(value ?? null)} in ${rows.length} row(s), not 1: the peer is not behaving as SQL Server`, { rows: rows.length });
    return { value: void 0, detail: { query: "SELECT 1", rows: rows.length, value } };
  }), opened.destroy();
}
export {
  parseSqlOptions,
  sqlCheck,
  validateSqlSpec
};
