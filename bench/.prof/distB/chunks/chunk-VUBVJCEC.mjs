import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  require_dist,
  require_dist2,
  require_state,
  require_state_cjs
} from "./chunk-4LYLEOST.mjs";
import {
  __toESM
} from "./chunk-ZDPWL4GI.mjs";

// node_modules/@typespec/ts-http-runtime/dist/esm/abort-controller/AbortError.js
var AbortError = class extends Error {
  constructor(message) {
    super(message), this.name = "AbortError";
  }
};

// node_modules/@typespec/ts-http-runtime/dist/esm/logger/log.js
import { EOL } from "node:os";
import util from "node:util";
import process2 from "node:process";
function log(message, ...args) {
  process2.stderr.write(`${util.format(message, ...args)}${EOL}`);
}

// node_modules/@typespec/ts-http-runtime/dist/esm/env.js
import process3 from "node:process";
function getEnvironmentVariable(name) {
  return process3.env[name];
}
var isDeno = typeof process3.versions.deno == "string" && process3.versions.deno.length > 0, isBun = typeof process3.versions.bun == "string" && process3.versions.bun.length > 0, isNodeLike = !0;

// node_modules/@typespec/ts-http-runtime/dist/esm/logger/debug.js
var debugEnvVariable = getEnvironmentVariable("DEBUG"), enabledString, enabledNamespaces = [], skippedNamespaces = [], debuggers = [];
debugEnvVariable && enable(debugEnvVariable);
var debugObj = Object.assign((namespace) => createDebugger(namespace), {
  enable,
  enabled,
  disable,
  log
});
function enable(namespaces) {
  enabledString = namespaces, enabledNamespaces = [], skippedNamespaces = [];
  let namespaceList = namespaces.split(",").map((ns) => ns.trim());
  for (let ns of namespaceList)
    ns.startsWith("-") ? skippedNamespaces.push(ns.substring(1)) : enabledNamespaces.push(ns);
  for (let instance of debuggers)
    instance.enabled = enabled(instance.namespace);
}
function enabled(namespace) {
  if (namespace.endsWith("*"))
    return !0;
  for (let skipped of skippedNamespaces)
    if (namespaceMatches(namespace, skipped))
      return !1;
  for (let enabledNamespace of enabledNamespaces)
    if (namespaceMatches(namespace, enabledNamespace))
      return !0;
  return !1;
}
function namespaceMatches(namespace, patternToMatch) {
  if (patternToMatch.indexOf("*") === -1)
    return namespace === patternToMatch;
  let pattern = patternToMatch;
  if (patternToMatch.indexOf("**") !== -1) {
    let patternParts = [], lastCharacter = "";
    for (let character of patternToMatch)
      character === "*" && lastCharacter === "*" || (lastCharacter = character, patternParts.push(character));
    pattern = patternParts.join("");
  }
  let namespaceIndex = 0, patternIndex = 0, patternLength = pattern.length, namespaceLength = namespace.length, lastWildcard = -1, lastWildcardNamespace = -1;
  for (; namespaceIndex < namespaceLength && patternIndex < patternLength; )
    if (pattern[patternIndex] === "*") {
      if (lastWildcard = patternIndex, patternIndex++, patternIndex === patternLength)
        return !0;
      for (; namespace[namespaceIndex] !== pattern[patternIndex]; )
        if (namespaceIndex++, namespaceIndex === namespaceLength)
          return !1;
      lastWildcardNamespace = namespaceIndex, namespaceIndex++, patternIndex++;
      continue;
    } else if (pattern[patternIndex] === namespace[namespaceIndex])
      patternIndex++, namespaceIndex++;
    else if (lastWildcard >= 0) {
      if (patternIndex = lastWildcard + 1, namespaceIndex = lastWildcardNamespace + 1, namespaceIndex === namespaceLength)
        return !1;
      for (; namespace[namespaceIndex] !== pattern[patternIndex]; )
        if (namespaceIndex++, namespaceIndex === namespaceLength)
          return !1;
      lastWildcardNamespace = namespaceIndex, namespaceIndex++, patternIndex++;
      continue;
    } else
      return !1;
  let namespaceDone = namespaceIndex === namespace.length, patternDone = patternIndex === pattern.length, trailingWildCard = patternIndex === pattern.length - 1 && pattern[patternIndex] === "*";
  return namespaceDone && (patternDone || trailingWildCard);
}
function disable() {
  let result = enabledString || "";
  return enable(""), result;
}
function createDebugger(namespace) {
  let newDebugger = Object.assign(debug, {
    enabled: enabled(namespace),
    destroy,
    log: debugObj.log,
    namespace,
    extend
  });
  function debug(...args) {
    newDebugger.enabled && (args.length > 0 && (args[0] = `${namespace} ${args[0]}`), newDebugger.log(...args));
  }
  return debuggers.push(newDebugger), newDebugger;
}
function destroy() {
  let index = debuggers.indexOf(this);
  return index >= 0 ? (debuggers.splice(index, 1), !0) : !1;
}
function extend(namespace) {
  let newDebugger = createDebugger(`${this.namespace}:${namespace}`);
  return newDebugger.log = this.log, newDebugger;
}
var debug_default = debugObj;

// node_modules/@typespec/ts-http-runtime/dist/esm/logger/logger.js
var TYPESPEC_RUNTIME_LOG_LEVELS = ["verbose", "info", "warning", "error"], levelMap = {
  verbose: 400,
  info: 300,
  warning: 200,
  error: 100
};
function patchLogMethod(parent, child) {
  child.log = (...args) => {
    parent.log(...args);
  };
}
function isTypeSpecRuntimeLogLevel(level) {
  return TYPESPEC_RUNTIME_LOG_LEVELS.includes(level);
}
function createLoggerContext(options) {
  let registeredLoggers = /* @__PURE__ */ new Set(), logLevelFromEnv = getEnvironmentVariable(options.logLevelEnvVarName), logLevel, clientLogger = debug_default(options.namespace);
  clientLogger.log = (...args) => {
    debug_default.log(...args);
  };
  function contextSetLogLevel(level) {
    if (level && !isTypeSpecRuntimeLogLevel(level))
      throw new Error(`Unknown log level '${level}'. Acceptable values: ${TYPESPEC_RUNTIME_LOG_LEVELS.join(",")}`);
    logLevel = level;
    let enabledNamespaces2 = [];
    for (let logger4 of registeredLoggers)
      shouldEnable(logger4) && enabledNamespaces2.push(logger4.namespace);
    debug_default.enable(enabledNamespaces2.join(","));
  }
  logLevelFromEnv && (isTypeSpecRuntimeLogLevel(logLevelFromEnv) ? contextSetLogLevel(logLevelFromEnv) : console.error(`${options.logLevelEnvVarName} set to unknown log level '${logLevelFromEnv}'; logging is not enabled. Acceptable values: ${TYPESPEC_RUNTIME_LOG_LEVELS.join(", ")}.`));
  function shouldEnable(logger4) {
    return !!(logLevel && levelMap[logger4.level] <= levelMap[logLevel]);
  }
  function createLogger(parent, level) {
    let logger4 = Object.assign(parent.extend(level), {
      level
    });
    if (patchLogMethod(parent, logger4), shouldEnable(logger4)) {
      let enabledNamespaces2 = debug_default.disable();
      debug_default.enable(enabledNamespaces2 + "," + logger4.namespace);
    }
    return registeredLoggers.add(logger4), logger4;
  }
  function contextGetLogLevel() {
    return logLevel;
  }
  function contextCreateClientLogger(namespace) {
    let clientRootLogger = clientLogger.extend(namespace);
    return patchLogMethod(clientLogger, clientRootLogger), {
      error: createLogger(clientRootLogger, "error"),
      warning: createLogger(clientRootLogger, "warning"),
      info: createLogger(clientRootLogger, "info"),
      verbose: createLogger(clientRootLogger, "verbose")
    };
  }
  return {
    setLogLevel: contextSetLogLevel,
    getLogLevel: contextGetLogLevel,
    createClientLogger: contextCreateClientLogger,
    logger: clientLogger
  };
}
var context = createLoggerContext({
  logLevelEnvVarName: "TYPESPEC_RUNTIME_LOG_LEVEL",
  namespace: "typeSpecRuntime"
}), TypeSpecRuntimeLogger = context.logger;
function createClientLogger(namespace) {
  return context.createClientLogger(namespace);
}

// node_modules/@typespec/ts-http-runtime/dist/esm/httpHeaders.js
function normalizeName(name) {
  return name.toLowerCase();
}
function normalizeValue(value) {
  return String(value).trim().replace(/[\r\n]/g, "");
}
function* headerIterator(map) {
  for (let entry of map.values())
    yield [entry.name, entry.value];
}
var HttpHeadersImpl = class {
  _headersMap;
  constructor(rawHeaders) {
    if (this._headersMap = /* @__PURE__ */ new Map(), rawHeaders)
      for (let headerName of Object.keys(rawHeaders))
        this.set(headerName, rawHeaders[headerName]);
  }
  /**
   * Set a header in this collection with the provided name and value. The name is
   * case-insensitive.
   * @param name - The name of the header to set. This value is case-insensitive.
   * @param value - The value of the header to set.
   */
  set(name, value) {
    this._headersMap.set(normalizeName(name), { name, value: normalizeValue(value) });
  }
  /**
   * Get the header value for the provided header name, or undefined if no header exists in this
   * collection with the provided name.
   * @param name - The name of the header. This value is case-insensitive.
   */
  get(name) {
    return this._headersMap.get(normalizeName(name))?.value;
  }
  /**
   * Get whether or not this header collection contains a header entry for the provided header name.
   * @param name - The name of the header to set. This value is case-insensitive.
   */
  has(name) {
    return this._headersMap.has(normalizeName(name));
  }
  /**
   * Remove the header with the provided headerName.
   * @param name - The name of the header to remove.
   */
  delete(name) {
    this._headersMap.delete(normalizeName(name));
  }
  /**
   * Get the JSON object representation of this HTTP header collection.
   */
  toJSON(options = {}) {
    let result = {};
    if (options.preserveCase)
      for (let entry of this._headersMap.values())
        result[entry.name] = entry.value;
    else
      for (let [normalizedName, entry] of this._headersMap)
        result[normalizedName] = entry.value;
    return result;
  }
  /**
   * Get the string representation of this HTTP header collection.
   */
  toString() {
    return JSON.stringify(this.toJSON({ preserveCase: !0 }));
  }
  /**
   * Iterate over tuples of header [name, value] pairs.
   */
  [Symbol.iterator]() {
    return headerIterator(this._headersMap);
  }
};
function createHttpHeaders(rawHeaders) {
  return new HttpHeadersImpl(rawHeaders);
}

// node_modules/@typespec/ts-http-runtime/dist/esm/util/uuidUtils.js
function randomUUID() {
  return crypto.randomUUID();
}

// node_modules/@typespec/ts-http-runtime/dist/esm/pipelineRequest.js
var PipelineRequestImpl = class {
  url;
  method;
  headers;
  timeout;
  withCredentials;
  body;
  multipartBody;
  formData;
  streamResponseStatusCodes;
  enableBrowserStreams;
  proxySettings;
  disableKeepAlive;
  abortSignal;
  requestId;
  allowInsecureConnection;
  onUploadProgress;
  onDownloadProgress;
  requestOverrides;
  authSchemes;
  constructor(options) {
    this.url = options.url, this.body = options.body, this.headers = options.headers ?? createHttpHeaders(), this.method = options.method ?? "GET", this.timeout = options.timeout ?? 0, this.multipartBody = options.multipartBody, this.formData = options.formData, this.disableKeepAlive = options.disableKeepAlive ?? !1, this.proxySettings = options.proxySettings, this.streamResponseStatusCodes = options.streamResponseStatusCodes, this.withCredentials = options.withCredentials ?? !1, this.abortSignal = options.abortSignal, this.onUploadProgress = options.onUploadProgress, this.onDownloadProgress = options.onDownloadProgress, this.requestId = options.requestId || randomUUID(), this.allowInsecureConnection = options.allowInsecureConnection ?? !1, this.enableBrowserStreams = options.enableBrowserStreams ?? !1, this.requestOverrides = options.requestOverrides, this.authSchemes = options.authSchemes;
  }
};
function createPipelineRequest(options) {
  return new PipelineRequestImpl(options);
}

// node_modules/@typespec/ts-http-runtime/dist/esm/pipeline.js
var ValidPhaseNames = /* @__PURE__ */ new Set(["Deserialize", "Serialize", "Retry", "Sign"]), HttpPipeline = class _HttpPipeline {
  _policies = [];
  _orderedPolicies;
  constructor(policies) {
    this._policies = policies?.slice(0) ?? [], this._orderedPolicies = void 0;
  }
  addPolicy(policy, options = {}) {
    if (options.phase && options.afterPhase)
      throw new Error("Policies inside a phase cannot specify afterPhase.");
    if (options.phase && !ValidPhaseNames.has(options.phase))
      throw new Error(`Invalid phase name: ${options.phase}`);
    if (options.afterPhase && !ValidPhaseNames.has(options.afterPhase))
      throw new Error(`Invalid afterPhase name: ${options.afterPhase}`);
    this._policies.push({
      policy,
      options
    }), this._orderedPolicies = void 0;
  }
  removePolicy(options) {
    let removedPolicies = [];
    return this._policies = this._policies.filter((policyDescriptor) => options.name && policyDescriptor.policy.name === options.name || options.phase && policyDescriptor.options.phase === options.phase ? (removedPolicies.push(policyDescriptor.policy), !1) : !0), this._orderedPolicies = void 0, removedPolicies;
  }
  sendRequest(httpClient, request) {
    return this.getOrderedPolicies().reduceRight((next, policy) => (req) => policy.sendRequest(req, next), (req) => httpClient.sendRequest(req))(request);
  }
  getOrderedPolicies() {
    return this._orderedPolicies || (this._orderedPolicies = this.orderPolicies()), this._orderedPolicies;
  }
  clone() {
    return new _HttpPipeline(this._policies);
  }
  static create() {
    return new _HttpPipeline();
  }
  orderPolicies() {
    let result = [], policyMap = /* @__PURE__ */ new Map();
    function createPhase(name) {
      return {
        name,
        policies: /* @__PURE__ */ new Set(),
        hasRun: !1,
        hasAfterPolicies: !1
      };
    }
    let serializePhase = createPhase("Serialize"), noPhase = createPhase("None"), deserializePhase = createPhase("Deserialize"), retryPhase = createPhase("Retry"), signPhase = createPhase("Sign"), orderedPhases = [serializePhase, noPhase, deserializePhase, retryPhase, signPhase];
    function getPhase(phase) {
      return phase === "Retry" ? retryPhase : phase === "Serialize" ? serializePhase : phase === "Deserialize" ? deserializePhase : phase === "Sign" ? signPhase : noPhase;
    }
    for (let descriptor of this._policies) {
      let policy = descriptor.policy, options = descriptor.options, policyName = policy.name;
      if (policyMap.has(policyName))
        throw new Error("Duplicate policy names not allowed in pipeline");
      let node = {
        policy,
        dependsOn: /* @__PURE__ */ new Set(),
        dependants: /* @__PURE__ */ new Set()
      };
      options.afterPhase && (node.afterPhase = getPhase(options.afterPhase), node.afterPhase.hasAfterPolicies = !0), policyMap.set(policyName, node), getPhase(options.phase).policies.add(node);
    }
    for (let descriptor of this._policies) {
      let { policy, options } = descriptor, policyName = policy.name, node = policyMap.get(policyName);
      if (!node)
        throw new Error(`Missing node for policy ${policyName}`);
      if (options.afterPolicies)
        for (let afterPolicyName of options.afterPolicies) {
          let afterNode = policyMap.get(afterPolicyName);
          afterNode && (node.dependsOn.add(afterNode), afterNode.dependants.add(node));
        }
      if (options.beforePolicies)
        for (let beforePolicyName of options.beforePolicies) {
          let beforeNode = policyMap.get(beforePolicyName);
          beforeNode && (beforeNode.dependsOn.add(node), node.dependants.add(beforeNode));
        }
    }
    function walkPhase(phase) {
      phase.hasRun = !0;
      for (let node of phase.policies)
        if (!(node.afterPhase && (!node.afterPhase.hasRun || node.afterPhase.policies.size)) && node.dependsOn.size === 0) {
          result.push(node.policy);
          for (let dependant of node.dependants)
            dependant.dependsOn.delete(node);
          policyMap.delete(node.policy.name), phase.policies.delete(node);
        }
    }
    function walkPhases() {
      for (let phase of orderedPhases) {
        if (walkPhase(phase), phase.policies.size > 0 && phase !== noPhase) {
          noPhase.hasRun || walkPhase(noPhase);
          return;
        }
        phase.hasAfterPolicies && walkPhase(noPhase);
      }
    }
    let iteration = 0;
    for (; policyMap.size > 0; ) {
      iteration++;
      let initialResultLength = result.length;
      if (walkPhases(), result.length <= initialResultLength && iteration > 1)
        throw new Error("Cannot satisfy policy dependencies due to requirements cycle.");
    }
    return result;
  }
};
function createEmptyPipeline() {
  return HttpPipeline.create();
}

// node_modules/@typespec/ts-http-runtime/dist/esm/util/object.js
function isObject(input) {
  return typeof input == "object" && input !== null && !Array.isArray(input) && !(input instanceof RegExp) && !(input instanceof Date);
}

// node_modules/@typespec/ts-http-runtime/dist/esm/util/error.js
function isError(e) {
  if (isObject(e)) {
    let hasName = typeof e.name == "string", hasMessage = typeof e.message == "string";
    return hasName && hasMessage;
  }
  return !1;
}

// node_modules/@typespec/ts-http-runtime/dist/esm/util/inspect.js
import { inspect } from "node:util";
var custom = inspect.custom;

// node_modules/@typespec/ts-http-runtime/dist/esm/util/sanitizer.js
var RedactedString = "REDACTED", defaultAllowedHeaderNames = [
  "x-ms-client-request-id",
  "x-ms-return-client-request-id",
  "x-ms-useragent",
  "x-ms-correlation-request-id",
  "x-ms-request-id",
  "client-request-id",
  "ms-cv",
  "return-client-request-id",
  "traceparent",
  "Access-Control-Allow-Credentials",
  "Access-Control-Allow-Headers",
  "Access-Control-Allow-Methods",
  "Access-Control-Allow-Origin",
  "Access-Control-Expose-Headers",
  "Access-Control-Max-Age",
  "Access-Control-Request-Headers",
  "Access-Control-Request-Method",
  "Origin",
  "Accept",
  "Accept-Encoding",
  "Cache-Control",
  "Connection",
  "Content-Length",
  "Content-Type",
  "Date",
  "ETag",
  "Expires",
  "If-Match",
  "If-Modified-Since",
  "If-None-Match",
  "If-Unmodified-Since",
  "Last-Modified",
  "Pragma",
  "Request-Id",
  "Retry-After",
  "Server",
  "Transfer-Encoding",
  "User-Agent",
  "WWW-Authenticate"
], defaultAllowedQueryParameters = ["api-version"], Sanitizer = class {
  allowedHeaderNames;
  allowedQueryParameters;
  constructor({ additionalAllowedHeaderNames: allowedHeaderNames = [], additionalAllowedQueryParameters: allowedQueryParameters = [] } = {}) {
    allowedHeaderNames = defaultAllowedHeaderNames.concat(allowedHeaderNames), allowedQueryParameters = defaultAllowedQueryParameters.concat(allowedQueryParameters), this.allowedHeaderNames = new Set(allowedHeaderNames.map((n) => n.toLowerCase())), this.allowedQueryParameters = new Set(allowedQueryParameters.map((p) => p.toLowerCase()));
  }
  /**
   * Sanitizes an object for logging.
   * @param obj - The object to sanitize
   * @returns - The sanitized object as a string
   */
  sanitize(obj) {
    let seen = /* @__PURE__ */ new Set();
    return JSON.stringify(obj, (key, value) => {
      if (value instanceof Error)
        return {
          ...value,
          name: value.name,
          message: value.message
        };
      if (key === "headers" && isObject(value))
        return this.sanitizeHeaders(value);
      if (key === "url" && typeof value == "string")
        return this.sanitizeUrl(value);
      if (key === "query" && isObject(value))
        return this.sanitizeQuery(value);
      if (key === "body")
        return;
      if (key === "response")
        return;
      if (key === "operationSpec")
        return;
      if (Array.isArray(value) || isObject(value)) {
        if (seen.has(value))
          return "[Circular]";
        seen.add(value);
      }
      return value;
    }, 2);
  }
  /**
   * Sanitizes a URL for logging.
   * @param value - The URL to sanitize
   * @returns - The sanitized URL as a string
   */
  sanitizeUrl(value) {
    if (typeof value != "string" || value === null || value === "")
      return value;
    let url = new URL(value);
    if (!url.search)
      return value;
    for (let [key] of url.searchParams)
      this.allowedQueryParameters.has(key.toLowerCase()) || url.searchParams.set(key, RedactedString);
    return url.toString();
  }
  sanitizeHeaders(obj) {
    let sanitized = {};
    for (let key of Object.keys(obj))
      this.allowedHeaderNames.has(key.toLowerCase()) ? sanitized[key] = obj[key] : sanitized[key] = RedactedString;
    return sanitized;
  }
  sanitizeQuery(value) {
    if (typeof value != "object" || value === null)
      return value;
    let sanitized = {};
    for (let k of Object.keys(value))
      this.allowedQueryParameters.has(k.toLowerCase()) ? sanitized[k] = value[k] : sanitized[k] = RedactedString;
    return sanitized;
  }
};

// node_modules/@typespec/ts-http-runtime/dist/esm/restError.js
var errorSanitizer = new Sanitizer(), RestError = class _RestError extends Error {
  /**
   * Something went wrong when making the request.
   * This means the actual request failed for some reason,
   * such as a DNS issue or the connection being lost.
   */
  static REQUEST_SEND_ERROR = "REQUEST_SEND_ERROR";
  /**
   * This means that parsing the response from the server failed.
   * It may have been malformed.
   */
  static PARSE_ERROR = "PARSE_ERROR";
  /**
   * The code of the error itself (use statics on RestError if possible.)
   */
  code;
  /**
   * The HTTP status code of the request (if applicable.)
   */
  statusCode;
  /**
   * The request that was made.
   * This property is non-enumerable.
   */
  request;
  /**
   * The response received (if any.)
   * This property is non-enumerable.
   */
  response;
  /**
   * Bonus property set by the throw site.
   */
  details;
  constructor(message, options = {}) {
    super(message), this.name = "RestError", this.code = options.code, this.statusCode = options.statusCode, Object.defineProperty(this, "request", { value: options.request, enumerable: !1 }), Object.defineProperty(this, "response", { value: options.response, enumerable: !1 });
    let agent = this.request?.agent ? {
      maxFreeSockets: this.request.agent.maxFreeSockets,
      maxSockets: this.request.agent.maxSockets
    } : void 0;
    Object.defineProperty(this, custom, {
      value: () => `RestError: ${this.message} 
 ${errorSanitizer.sanitize({
        ...this,
        request: { ...this.request, agent },
        response: this.response
      })}`,
      enumerable: !1
    }), Object.setPrototypeOf(this, _RestError.prototype);
  }
};
function isRestError(e) {
  return e instanceof RestError ? !0 : isError(e) && e.name === "RestError";
}

// node_modules/@typespec/ts-http-runtime/dist/esm/util/bytesEncoding.js
function uint8ArrayToString(bytes, format) {
  return Buffer.from(bytes).toString(format);
}
function stringToUint8Array(value, format) {
  return Buffer.from(value, format);
}

// node_modules/@typespec/ts-http-runtime/dist/esm/nodeHttpClient.js
import http from "node:http";
import https from "node:https";
import zlib from "node:zlib";
import { Transform } from "node:stream";

// node_modules/@typespec/ts-http-runtime/dist/esm/log.js
var logger = createClientLogger("ts-http-runtime");

// node_modules/@typespec/ts-http-runtime/dist/esm/nodeHttpClient.js
var DEFAULT_TLS_SETTINGS = {};
function isReadableStream(body) {
  return body && typeof body.pipe == "function";
}
function isStreamComplete(stream) {
  return stream.readable === !1 ? Promise.resolve() : new Promise((resolve) => {
    let handler = () => {
      resolve(), stream.removeListener("close", handler), stream.removeListener("end", handler), stream.removeListener("error", handler);
    };
    stream.on("close", handler), stream.on("end", handler), stream.on("error", handler);
  });
}
function isArrayBuffer(body) {
  return body && typeof body.byteLength == "number";
}
var ReportTransform = class extends Transform {
  loadedBytes = 0;
  progressCallback;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  _transform(chunk, _encoding, callback) {
    this.push(chunk), this.loadedBytes += chunk.length;
    try {
      this.progressCallback({ loadedBytes: this.loadedBytes }), callback();
    } catch (e) {
      callback(e);
    }
  }
  constructor(progressCallback) {
    super(), this.progressCallback = progressCallback;
  }
}, NodeHttpClient = class {
  cachedHttpAgent;
  cachedHttpsAgents = /* @__PURE__ */ new WeakMap();
  /**
   * Makes a request over an underlying transport layer and returns the response.
   * @param request - The request to be made.
   */
  async sendRequest(request) {
    let abortController = new AbortController(), abortListener;
    if (request.abortSignal) {
      if (request.abortSignal.aborted)
        throw new AbortError("The operation was aborted. Request has already been canceled.");
      abortListener = (event) => {
        event.type === "abort" && abortController.abort();
      }, request.abortSignal.addEventListener("abort", abortListener);
    }
    let timeoutId;
    request.timeout > 0 && (timeoutId = setTimeout(() => {
      let sanitizer = new Sanitizer();
      logger.info(`request to '${sanitizer.sanitizeUrl(request.url)}' timed out. canceling...`), abortController.abort();
    }, request.timeout));
    let acceptEncoding = request.headers.get("Accept-Encoding"), shouldDecompress = acceptEncoding?.includes("gzip") || acceptEncoding?.includes("deflate"), body = typeof request.body == "function" ? request.body() : request.body;
    if (body && !request.headers.has("Content-Length")) {
      let bodyLength = getBodyLength(body);
      bodyLength !== null && request.headers.set("Content-Length", bodyLength);
    }
    let responseStream;
    try {
      if (body && request.onUploadProgress) {
        let onUploadProgress = request.onUploadProgress, uploadReportStream = new ReportTransform(onUploadProgress);
        uploadReportStream.on("error", (e) => {
          logger.error("Error in upload progress", e);
        }), isReadableStream(body) ? body.pipe(uploadReportStream) : uploadReportStream.end(body), body = uploadReportStream;
      }
      let res = await this.makeRequest(request, abortController, body);
      timeoutId !== void 0 && clearTimeout(timeoutId);
      let headers = getResponseHeaders(res), response = {
        status: res.statusCode ?? 0,
        headers,
        request
      };
      if (request.method === "HEAD")
        return res.resume(), response;
      responseStream = shouldDecompress ? getDecodedResponseStream(res, headers) : res;
      let onDownloadProgress = request.onDownloadProgress;
      if (onDownloadProgress) {
        let downloadReportStream = new ReportTransform(onDownloadProgress);
        downloadReportStream.on("error", (e) => {
          logger.error("Error in download progress", e);
        }), responseStream.pipe(downloadReportStream), responseStream = downloadReportStream;
      }
      return /* Value of POSITIVE_INFINITY in streamResponseStatusCodes is considered as any status code */ request.streamResponseStatusCodes?.has(Number.POSITIVE_INFINITY) || request.streamResponseStatusCodes?.has(response.status) ? response.readableStreamBody = responseStream : response.bodyAsText = await streamToText(responseStream), response;
    } finally {
      if (request.abortSignal && abortListener) {
        let uploadStreamDone = Promise.resolve();
        isReadableStream(body) && (uploadStreamDone = isStreamComplete(body));
        let downloadStreamDone = Promise.resolve();
        isReadableStream(responseStream) && (downloadStreamDone = isStreamComplete(responseStream)), Promise.all([uploadStreamDone, downloadStreamDone]).then(() => {
          abortListener && request.abortSignal?.removeEventListener("abort", abortListener);
        }).catch((e) => {
          logger.warning("Error when cleaning up abortListener on httpRequest", e);
        });
      }
    }
  }
  makeRequest(request, abortController, body) {
    let url = new URL(request.url), isInsecure = url.protocol !== "https:";
    if (isInsecure && !request.allowInsecureConnection)
      throw new Error(`Cannot connect to ${request.url} while allowInsecureConnection is false.`);
    let options = {
      agent: request.agent ?? this.getOrCreateAgent(request, isInsecure),
      hostname: url.hostname,
      path: `${url.pathname}${url.search}`,
      port: url.port,
      method: request.method,
      headers: request.headers.toJSON({ preserveCase: !0 }),
      ...request.requestOverrides
    };
    return new Promise((resolve, reject) => {
      let req = isInsecure ? http.request(options, resolve) : https.request(options, resolve);
      req.once("error", (err) => {
        reject(new RestError(err.message, { code: err.code ?? RestError.REQUEST_SEND_ERROR, request }));
      }), abortController.signal.addEventListener("abort", () => {
        let abortError = new AbortError("The operation was aborted. Rejecting from abort signal callback while making request.");
        req.destroy(abortError), reject(abortError);
      }), body && isReadableStream(body) ? body.pipe(req) : body ? typeof body == "string" || Buffer.isBuffer(body) ? req.end(body) : isArrayBuffer(body) ? req.end(ArrayBuffer.isView(body) ? Buffer.from(body.buffer, body.byteOffset, body.byteLength) : Buffer.from(body)) : (logger.error("Unrecognized body type", body), reject(new RestError("Unrecognized body type"))) : req.end();
    });
  }
  getOrCreateAgent(request, isInsecure) {
    let disableKeepAlive = request.disableKeepAlive;
    if (isInsecure)
      return disableKeepAlive ? http.globalAgent : (this.cachedHttpAgent || (this.cachedHttpAgent = new http.Agent({ keepAlive: !0 })), this.cachedHttpAgent);
    {
      if (disableKeepAlive && !request.tlsSettings)
        return https.globalAgent;
      let tlsSettings = request.tlsSettings ?? DEFAULT_TLS_SETTINGS, agent = this.cachedHttpsAgents.get(tlsSettings);
      return agent && agent.options.keepAlive === !disableKeepAlive || (logger.info("No cached TLS Agent exist, creating a new Agent"), agent = new https.Agent({
        // keepAlive is true if disableKeepAlive is false.
        keepAlive: !disableKeepAlive,
        // Since we are spreading, if no tslSettings were provided, nothing is added to the agent options.
        ...tlsSettings
      }), this.cachedHttpsAgents.set(tlsSettings, agent)), agent;
    }
  }
};
function getResponseHeaders(res) {
  let headers = createHttpHeaders();
  for (let header of Object.keys(res.headers)) {
    let value = res.headers[header];
    Array.isArray(value) ? value.length > 0 && headers.set(header, value[0]) : value && headers.set(header, value);
  }
  return headers;
}
function getDecodedResponseStream(stream, headers) {
  let contentEncoding = headers.get("Content-Encoding");
  if (contentEncoding === "gzip") {
    let unzip = zlib.createGunzip();
    return stream.pipe(unzip), unzip;
  } else if (contentEncoding === "deflate") {
    let inflate = zlib.createInflate();
    return stream.pipe(inflate), inflate;
  }
  return stream;
}
function streamToText(stream) {
  return new Promise((resolve, reject) => {
    let buffer = [];
    stream.on("data", (chunk) => {
      Buffer.isBuffer(chunk) ? buffer.push(chunk) : buffer.push(Buffer.from(chunk));
    }), stream.on("end", () => {
      resolve(Buffer.concat(buffer).toString("utf8"));
    }), stream.on("error", (e) => {
      e && e?.name === "AbortError" ? reject(e) : reject(new RestError(`Error reading response as text: ${e.message}`, {
        code: RestError.PARSE_ERROR
      }));
    });
  });
}
function getBodyLength(body) {
  return body ? Buffer.isBuffer(body) ? body.length : isReadableStream(body) ? null : isArrayBuffer(body) ? body.byteLength : typeof body == "string" ? Buffer.from(body).length : null : 0;
}
function createNodeHttpClient() {
  return new NodeHttpClient();
}

// node_modules/@typespec/ts-http-runtime/dist/esm/defaultHttpClient.js
function createDefaultHttpClient() {
  return createNodeHttpClient();
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/logPolicy.js
var logPolicyName = "logPolicy";
function logPolicy(options = {}) {
  let logger4 = options.logger ?? logger.info, sanitizer = new Sanitizer({
    additionalAllowedHeaderNames: options.additionalAllowedHeaderNames,
    additionalAllowedQueryParameters: options.additionalAllowedQueryParameters
  });
  return {
    name: logPolicyName,
    async sendRequest(request, next) {
      if (!logger4.enabled)
        return next(request);
      logger4(`Request: ${sanitizer.sanitize(request)}`);
      let response = await next(request);
      return logger4(`Response status code: ${response.status}`), logger4(`Headers: ${sanitizer.sanitize(response.headers)}`), response;
    }
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/util/userAgentPlatform.js
function getHeaderName() {
  return "User-Agent";
}

// node_modules/@typespec/ts-http-runtime/dist/esm/util/userAgent.js
function getUserAgentHeaderName() {
  return getHeaderName();
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/userAgentPolicy.js
var UserAgentHeaderName = getUserAgentHeaderName();

// node_modules/@typespec/ts-http-runtime/dist/esm/util/random.js
function getRandomIntegerInclusive(min, max) {
  return min = Math.ceil(min), max = Math.floor(max), Math.floor(Math.random() * (max - min + 1)) + min;
}

// node_modules/@typespec/ts-http-runtime/dist/esm/util/delay.js
function calculateRetryDelay(retryAttempt, config) {
  let exponentialDelay = config.retryDelayInMs * Math.pow(2, retryAttempt), clampedDelay = Math.min(config.maxRetryDelayInMs, exponentialDelay);
  return { retryAfterInMs: clampedDelay / 2 + getRandomIntegerInclusive(0, clampedDelay / 2) };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/util/helpers.js
var StandardAbortMessage = "The operation was aborted.";
function delay(delayInMs, value, options) {
  return new Promise((resolve, reject) => {
    let timer, onAborted, rejectOnAbort = () => reject(new AbortError(options?.abortErrorMsg ? options?.abortErrorMsg : StandardAbortMessage)), removeListeners = () => {
      options?.abortSignal && onAborted && options.abortSignal.removeEventListener("abort", onAborted);
    };
    if (onAborted = () => (timer && clearTimeout(timer), removeListeners(), rejectOnAbort()), options?.abortSignal && options.abortSignal.aborted)
      return rejectOnAbort();
    timer = setTimeout(() => {
      removeListeners(), resolve(value);
    }, delayInMs), options?.abortSignal && options.abortSignal.addEventListener("abort", onAborted);
  });
}
function parseHeaderValueAsNumber(response, headerName) {
  let value = response.headers.get(headerName);
  if (!value)
    return;
  let valueAsNum = Number(value);
  if (!Number.isNaN(valueAsNum))
    return valueAsNum;
}

// node_modules/@typespec/ts-http-runtime/dist/esm/retryStrategies/throttlingRetryStrategy.js
var RetryAfterHeader = "Retry-After", AllRetryAfterHeaders = ["retry-after-ms", "x-ms-retry-after-ms", RetryAfterHeader];
function getRetryAfterInMs(response) {
  if (response && [429, 503].includes(response.status))
    try {
      for (let header of AllRetryAfterHeaders) {
        let retryAfterValue = parseHeaderValueAsNumber(response, header);
        if (retryAfterValue === 0 || retryAfterValue)
          return retryAfterValue * (header === RetryAfterHeader ? 1e3 : 1);
      }
      let retryAfterHeader = response.headers.get(RetryAfterHeader);
      if (!retryAfterHeader)
        return;
      let diff = Date.parse(retryAfterHeader) - Date.now();
      return Number.isFinite(diff) ? Math.max(0, diff) : void 0;
    } catch {
      return;
    }
}
function isThrottlingRetryResponse(response) {
  return Number.isFinite(getRetryAfterInMs(response));
}
function throttlingRetryStrategy() {
  return {
    name: "throttlingRetryStrategy",
    retry({ response }) {
      let retryAfterInMs = getRetryAfterInMs(response);
      return Number.isFinite(retryAfterInMs) ? {
        retryAfterInMs
      } : { skipStrategy: !0 };
    }
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/retryStrategies/exponentialRetryStrategy.js
var DEFAULT_CLIENT_RETRY_INTERVAL = 1e3, DEFAULT_CLIENT_MAX_RETRY_INTERVAL = 1e3 * 64;
function exponentialRetryStrategy(options = {}) {
  let retryInterval = options.retryDelayInMs ?? DEFAULT_CLIENT_RETRY_INTERVAL, maxRetryInterval = options.maxRetryDelayInMs ?? DEFAULT_CLIENT_MAX_RETRY_INTERVAL;
  return {
    name: "exponentialRetryStrategy",
    retry({ retryCount, response, responseError }) {
      let matchedSystemError = isSystemError(responseError), ignoreSystemErrors = matchedSystemError && options.ignoreSystemErrors, isExponential = isExponentialRetryResponse(response), ignoreExponentialResponse = isExponential && options.ignoreHttpStatusCodes;
      return response && (isThrottlingRetryResponse(response) || !isExponential) || ignoreExponentialResponse || ignoreSystemErrors ? { skipStrategy: !0 } : responseError && !matchedSystemError && !isExponential ? { errorToThrow: responseError } : calculateRetryDelay(retryCount, {
        retryDelayInMs: retryInterval,
        maxRetryDelayInMs: maxRetryInterval
      });
    }
  };
}
function isExponentialRetryResponse(response) {
  return !!(response && response.status !== void 0 && (response.status >= 500 || response.status === 408) && response.status !== 501 && response.status !== 505);
}
function isSystemError(err) {
  return err ? err.code === "ETIMEDOUT" || err.code === "ESOCKETTIMEDOUT" || err.code === "ECONNREFUSED" || err.code === "ECONNRESET" || err.code === "ENOENT" || err.code === "ENOTFOUND" : !1;
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/retryPolicy.js
var retryPolicyLogger = createClientLogger("ts-http-runtime retryPolicy"), retryPolicyName = "retryPolicy";
function retryPolicy(strategies, options = { maxRetries: 3 }) {
  let logger4 = options.logger || retryPolicyLogger;
  return {
    name: retryPolicyName,
    async sendRequest(request, next) {
      let response, responseError, retryCount = -1;
      retryRequest: for (; ; ) {
        retryCount += 1, response = void 0, responseError = void 0;
        try {
          logger4.info(`Retry ${retryCount}: Attempting to send request`, request.requestId), response = await next(request), logger4.info(`Retry ${retryCount}: Received a response from request`, request.requestId);
        } catch (e) {
          if (logger4.error(`Retry ${retryCount}: Received an error from request`, request.requestId), !isRestError(e))
            throw e;
          responseError = e, response = e.response;
        }
        if (request.abortSignal?.aborted)
          throw logger4.error(`Retry ${retryCount}: Request aborted.`), new AbortError();
        if (retryCount >= (options.maxRetries ?? 3)) {
          if (logger4.info(`Retry ${retryCount}: Maximum retries reached. Returning the last received response, or throwing the last received error.`), responseError)
            throw responseError;
          if (response)
            return response;
          throw new Error("Maximum retries reached with no response or error to throw");
        }
        logger4.info(`Retry ${retryCount}: Processing ${strategies.length} retry strategies.`);
        strategiesLoop: for (let strategy of strategies) {
          let strategyLogger = strategy.logger || logger4;
          strategyLogger.info(`Retry ${retryCount}: Processing retry strategy ${strategy.name}.`);
          let modifiers = strategy.retry({
            retryCount,
            response,
            responseError
          });
          if (modifiers.skipStrategy) {
            strategyLogger.info(`Retry ${retryCount}: Skipped.`);
            continue strategiesLoop;
          }
          let { errorToThrow, retryAfterInMs, redirectTo } = modifiers;
          if (errorToThrow)
            throw strategyLogger.error(`Retry ${retryCount}: Retry strategy ${strategy.name} throws error:`, errorToThrow), errorToThrow;
          if (retryAfterInMs || retryAfterInMs === 0) {
            strategyLogger.info(`Retry ${retryCount}: Retry strategy ${strategy.name} retries after ${retryAfterInMs}`), await delay(retryAfterInMs, void 0, { abortSignal: request.abortSignal });
            continue retryRequest;
          }
          if (redirectTo) {
            strategyLogger.info(`Retry ${retryCount}: Retry strategy ${strategy.name} redirects to ${redirectTo}`), request.url = redirectTo;
            continue retryRequest;
          }
        }
        if (responseError)
          throw logger4.info("None of the retry strategies could work with the received error. Throwing it."), responseError;
        if (response)
          return logger4.info("None of the retry strategies could work with the received response. Returning it."), response;
      }
    }
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/defaultRetryPolicy.js
var defaultRetryPolicyName = "defaultRetryPolicy";
function defaultRetryPolicy(options = {}) {
  return {
    name: defaultRetryPolicyName,
    sendRequest: retryPolicy([throttlingRetryStrategy(), exponentialRetryStrategy(options)], {
      maxRetries: options.maxRetries ?? 3
    }).sendRequest
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/formData.js
function convertBodyToFormDataMap(body) {
  if (typeof FormData < "u" && body instanceof FormData) {
    let formDataMap = {};
    for (let [key, value] of body.entries()) {
      let existing = formDataMap[key];
      Array.isArray(existing) ? existing.push(value) : formDataMap[key] = existing !== void 0 ? [existing, value] : [value];
    }
    return formDataMap;
  }
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/formDataPolicy.js
var formDataPolicyName = "formDataPolicy";
function formDataPolicy() {
  return {
    name: formDataPolicyName,
    async sendRequest(request, next) {
      let converted = convertBodyToFormDataMap(request.body);
      if (converted && (request.formData = converted, request.body = void 0), request.formData) {
        let contentType = request.headers.get("Content-Type");
        contentType && contentType.indexOf("application/x-www-form-urlencoded") !== -1 ? request.body = wwwFormUrlEncode(request.formData) : await prepareFormData(request.formData, request), request.formData = void 0;
      }
      return next(request);
    }
  };
}
function wwwFormUrlEncode(formData) {
  let urlSearchParams = new URLSearchParams();
  for (let [key, value] of Object.entries(formData))
    if (Array.isArray(value))
      for (let subValue of value)
        urlSearchParams.append(key, subValue.toString());
    else
      urlSearchParams.append(key, value.toString());
  return urlSearchParams.toString();
}
async function prepareFormData(formData, request) {
  let contentType = request.headers.get("Content-Type");
  if (contentType && !contentType.startsWith("multipart/form-data"))
    return;
  request.headers.set("Content-Type", contentType ?? "multipart/form-data");
  let parts = [];
  for (let [fieldName, values] of Object.entries(formData))
    for (let value of Array.isArray(values) ? values : [values])
      if (typeof value == "string")
        parts.push({
          headers: createHttpHeaders({
            "Content-Disposition": `form-data; name="${fieldName}"`
          }),
          body: stringToUint8Array(value, "utf-8")
        });
      else {
        if (value == null || typeof value != "object")
          throw new Error(`Unexpected value for key ${fieldName}: ${value}. Value should be serialized to string first.`);
        {
          let fileName = value.name || "blob", headers = createHttpHeaders();
          headers.set("Content-Disposition", `form-data; name="${fieldName}"; filename="${fileName}"`), headers.set("Content-Type", value.type || "application/octet-stream"), parts.push({
            headers,
            body: value
          });
        }
      }
  request.multipartBody = { parts };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/agentPolicy.js
var agentPolicyName = "agentPolicy";
function agentPolicy(agent) {
  return {
    name: agentPolicyName,
    sendRequest: async (req, next) => (req.agent || (req.agent = agent), next(req))
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/tlsPolicy.js
var tlsPolicyName = "tlsPolicy";
function tlsPolicy(tlsSettings) {
  return {
    name: tlsPolicyName,
    sendRequest: async (req, next) => (req.tlsSettings || (req.tlsSettings = tlsSettings), next(req))
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/proxyPolicy.js
var import_https_proxy_agent = __toESM(require_dist(), 1), import_http_proxy_agent = __toESM(require_dist2(), 1);
var HTTPS_PROXY = "HTTPS_PROXY", HTTP_PROXY = "HTTP_PROXY", ALL_PROXY = "ALL_PROXY", NO_PROXY = "NO_PROXY", proxyPolicyName = "proxyPolicy", globalNoProxyList = [], noProxyListLoaded = !1, globalBypassedMap = /* @__PURE__ */ new Map();
function getEnvironmentValue(name) {
  if (process.env[name])
    return process.env[name];
  if (process.env[name.toLowerCase()])
    return process.env[name.toLowerCase()];
}
function loadEnvironmentProxyValue() {
  if (!process)
    return;
  let httpsProxy = getEnvironmentValue(HTTPS_PROXY), allProxy = getEnvironmentValue(ALL_PROXY), httpProxy = getEnvironmentValue(HTTP_PROXY);
  return httpsProxy || allProxy || httpProxy;
}
function isBypassed(uri, noProxyList, bypassedMap) {
  if (noProxyList.length === 0)
    return !1;
  let host = new URL(uri).hostname;
  if (bypassedMap?.has(host))
    return bypassedMap.get(host);
  let isBypassedFlag = !1;
  for (let pattern of noProxyList)
    pattern[0] === "." ? (host.endsWith(pattern) || host.length === pattern.length - 1 && host === pattern.slice(1)) && (isBypassedFlag = !0) : host === pattern && (isBypassedFlag = !0);
  return bypassedMap?.set(host, isBypassedFlag), isBypassedFlag;
}
function loadNoProxy() {
  let noProxy = getEnvironmentValue(NO_PROXY);
  return noProxyListLoaded = !0, noProxy ? noProxy.split(",").map((item) => item.trim()).filter((item) => item.length) : [];
}
function getDefaultProxySettings(proxyUrl) {
  if (!proxyUrl && (proxyUrl = loadEnvironmentProxyValue(), !proxyUrl))
    return;
  let parsedUrl = new URL(proxyUrl);
  return {
    host: (parsedUrl.protocol ? parsedUrl.protocol + "//" : "") + parsedUrl.hostname,
    port: Number.parseInt(parsedUrl.port || "80"),
    username: parsedUrl.username,
    password: parsedUrl.password
  };
}
function getDefaultProxySettingsInternal() {
  let envProxy = loadEnvironmentProxyValue();
  return envProxy ? new URL(envProxy) : void 0;
}
function getUrlFromProxySettings(settings) {
  let parsedProxyUrl;
  try {
    parsedProxyUrl = new URL(settings.host);
  } catch {
    throw new Error(`Expecting a valid host string in proxy settings, but found "${settings.host}".`);
  }
  return parsedProxyUrl.port = String(settings.port), settings.username && (parsedProxyUrl.username = settings.username), settings.password && (parsedProxyUrl.password = settings.password), parsedProxyUrl;
}
function setProxyAgentOnRequest(request, cachedAgents, proxyUrl) {
  if (request.agent)
    return;
  let isInsecure = new URL(request.url).protocol !== "https:";
  request.tlsSettings && logger.warning("TLS settings are not supported in combination with custom Proxy, certificates provided to the client will be ignored."), isInsecure ? (cachedAgents.httpProxyAgent || (cachedAgents.httpProxyAgent = new import_http_proxy_agent.HttpProxyAgent(proxyUrl)), request.agent = cachedAgents.httpProxyAgent) : (cachedAgents.httpsProxyAgent || (cachedAgents.httpsProxyAgent = new import_https_proxy_agent.HttpsProxyAgent(proxyUrl)), request.agent = cachedAgents.httpsProxyAgent);
}
function proxyPolicy(proxySettings, options) {
  noProxyListLoaded || globalNoProxyList.push(...loadNoProxy());
  let defaultProxy = proxySettings ? getUrlFromProxySettings(proxySettings) : getDefaultProxySettingsInternal(), cachedAgents = {};
  return {
    name: proxyPolicyName,
    async sendRequest(request, next) {
      return !request.proxySettings && defaultProxy && !isBypassed(request.url, options?.customNoProxyList ?? globalNoProxyList, options?.customNoProxyList ? void 0 : globalBypassedMap) ? setProxyAgentOnRequest(request, cachedAgents, defaultProxy) : request.proxySettings && setProxyAgentOnRequest(request, cachedAgents, getUrlFromProxySettings(request.proxySettings)), next(request);
    }
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/decompressResponsePolicy.js
var decompressResponsePolicyName = "decompressResponsePolicy";
function decompressResponsePolicy() {
  return {
    name: decompressResponsePolicyName,
    async sendRequest(request, next) {
      return request.method !== "HEAD" && request.headers.set("Accept-Encoding", "gzip,deflate"), next(request);
    }
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/redirectPolicy.js
var redirectPolicyName = "redirectPolicy", allowedRedirect = ["GET", "HEAD"];
function redirectPolicy(options = {}) {
  let { maxRetries = 20, allowCrossOriginRedirects = !1 } = options;
  return {
    name: redirectPolicyName,
    async sendRequest(request, next) {
      let response = await next(request);
      return handleRedirect(next, response, maxRetries, allowCrossOriginRedirects);
    }
  };
}
async function handleRedirect(next, response, maxRetries, allowCrossOriginRedirects, currentRetries = 0) {
  let { request, status, headers } = response, locationHeader = headers.get("location");
  if (locationHeader && (status === 300 || status === 301 && allowedRedirect.includes(request.method) || status === 302 && allowedRedirect.includes(request.method) || status === 303 && request.method === "POST" || status === 307) && currentRetries < maxRetries) {
    let url = new URL(locationHeader, request.url);
    if (!allowCrossOriginRedirects) {
      let originalUrl = new URL(request.url);
      if (url.origin !== originalUrl.origin)
        return logger.verbose(`Skipping cross-origin redirect from ${originalUrl.origin} to ${url.origin}.`), response;
    }
    request.url = url.toString(), status === 303 && (request.method = "GET", request.headers.delete("Content-Length"), delete request.body), request.headers.delete("Authorization");
    let res = await next(request);
    return handleRedirect(next, res, maxRetries, allowCrossOriginRedirects, currentRetries + 1);
  }
  return response;
}

// node_modules/@typespec/ts-http-runtime/dist/esm/util/typeGuards.js
function isBlob(x) {
  return x instanceof Blob;
}

// node_modules/@typespec/ts-http-runtime/dist/esm/util/concat.js
import { Readable } from "stream";
async function* streamAsyncIterator() {
  let reader = this.getReader();
  try {
    for (; ; ) {
      let { done, value } = await reader.read();
      if (done)
        return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
function makeAsyncIterable(webStream) {
  webStream[Symbol.asyncIterator] || (webStream[Symbol.asyncIterator] = streamAsyncIterator.bind(webStream)), webStream.values || (webStream.values = streamAsyncIterator.bind(webStream));
}
function ensureNodeStream(stream) {
  return stream instanceof ReadableStream ? (makeAsyncIterable(stream), Readable.fromWeb(stream)) : stream;
}
function toStream(source) {
  return source instanceof Uint8Array ? Readable.from(Buffer.from(source)) : isBlob(source) ? ensureNodeStream(source.stream()) : ensureNodeStream(source);
}
async function concat(sources) {
  return function() {
    let streams = sources.map((x) => typeof x == "function" ? x() : x).map(toStream);
    return Readable.from((async function* () {
      for (let stream of streams)
        for await (let chunk of stream)
          yield chunk;
    })());
  };
}

// node_modules/@typespec/ts-http-runtime/dist/esm/policies/multipartPolicy.js
function generateBoundary() {
  return `----AzSDKFormBoundary${randomUUID()}`;
}
function encodeHeaders(headers) {
  let result = "";
  for (let [key, value] of headers)
    result += `${key}: ${value}\r
`;
  return result;
}
function getLength(source) {
  return source instanceof Uint8Array ? source.byteLength : isBlob(source) ? source.size === -1 ? void 0 : source.size : void 0;
}
function getTotalLength(sources) {
  let total = 0;
  for (let source of sources) {
    let partLength = getLength(source);
    if (partLength === void 0)
      return;
    total += partLength;
  }
  return total;
}
async function buildRequestBody(request, parts, boundary) {
  let sources = [
    stringToUint8Array(`--${boundary}`, "utf-8"),
    ...parts.flatMap((part) => [
      stringToUint8Array(`\r
`, "utf-8"),
      stringToUint8Array(encodeHeaders(part.headers), "utf-8"),
      stringToUint8Array(`\r
`, "utf-8"),
      part.body,
      stringToUint8Array(`\r
--${boundary}`, "utf-8")
    ]),
    stringToUint8Array(`--\r
\r
`, "utf-8")
  ], contentLength = getTotalLength(sources);
  contentLength && request.headers.set("Content-Length", contentLength), request.body = await concat(sources);
}
var multipartPolicyName = "multipartPolicy", maxBoundaryLength = 70, validBoundaryCharacters = new Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'()+,-./:=?");
function assertValidBoundary(boundary) {
  if (boundary.length > maxBoundaryLength)
    throw new Error(`Multipart boundary "${boundary}" exceeds maximum length of 70 characters`);
  if (Array.from(boundary).some((x) => !validBoundaryCharacters.has(x)))
    throw new Error(`Multipart boundary "${boundary}" contains invalid characters`);
}
function multipartPolicy() {
  return {
    name: multipartPolicyName,
    async sendRequest(request, next) {
      if (!request.multipartBody)
        return next(request);
      if (request.body)
        throw new Error("multipartBody and regular body cannot be set at the same time");
      let boundary = request.multipartBody.boundary, contentTypeHeader = request.headers.get("Content-Type") ?? "multipart/mixed", parsedHeader = contentTypeHeader.match(/^(multipart\/[^ ;]+)(?:; *boundary=(.+))?$/);
      if (!parsedHeader)
        throw new Error(`Got multipart request body, but content-type header was not multipart: ${contentTypeHeader}`);
      let [, contentType, parsedBoundary] = parsedHeader;
      if (parsedBoundary && boundary && parsedBoundary !== boundary)
        throw new Error(`Multipart boundary was specified as ${parsedBoundary} in the header, but got ${boundary} in the request body`);
      return boundary ??= parsedBoundary, boundary ? assertValidBoundary(boundary) : boundary = generateBoundary(), request.headers.set("Content-Type", `${contentType}; boundary=${boundary}`), await buildRequestBody(request, request.multipartBody.parts, boundary), request.multipartBody = void 0, next(request);
    }
  };
}

// node_modules/@azure/core-rest-pipeline/dist/esm/restError.js
var RestError2 = RestError;
function isRestError2(e) {
  return isRestError(e);
}

// node_modules/@azure/core-rest-pipeline/dist/esm/pipeline.js
function createEmptyPipeline2() {
  return createEmptyPipeline();
}

// node_modules/@azure/logger/dist/esm/index.js
var context2 = createLoggerContext({
  logLevelEnvVarName: "AZURE_LOG_LEVEL",
  namespace: "azure"
}), AzureLogger = context2.logger;
function getLogLevel2() {
  return context2.getLogLevel();
}
function createClientLogger2(namespace) {
  return context2.createClientLogger(namespace);
}

// node_modules/@azure/core-rest-pipeline/dist/esm/log.js
var logger2 = createClientLogger2("core-rest-pipeline");

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/logPolicy.js
function logPolicy2(options = {}) {
  return logPolicy({
    logger: logger2.info,
    ...options
  });
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/redirectPolicy.js
var redirectPolicyName2 = redirectPolicyName;
function redirectPolicy2(options = {}) {
  return redirectPolicy(options);
}

// node_modules/@azure/core-rest-pipeline/dist/esm/util/userAgentPlatform.js
import os from "node:os";
import process4 from "node:process";
function getHeaderName2() {
  return "User-Agent";
}
async function setPlatformSpecificData2(map) {
  if (process4 && process4.versions) {
    let osInfo = `${os.type()} ${os.release()}; ${os.arch()}`;
    process4.versions.bun ? map.set("Bun", `${process4.versions.bun} (${osInfo})`) : process4.versions.deno ? map.set("Deno", `${process4.versions.deno} (${osInfo})`) : process4.versions.node && map.set("Node", `${process4.versions.node} (${osInfo})`);
  }
}

// node_modules/@azure/core-rest-pipeline/dist/esm/constants.js
var SDK_VERSION2 = "1.24.0";

// node_modules/@azure/core-rest-pipeline/dist/esm/util/userAgent.js
function getUserAgentString(telemetryInfo) {
  let parts = [];
  for (let [key, value] of telemetryInfo) {
    let token = value ? `${key}/${value}` : key;
    parts.push(token);
  }
  return parts.join(" ");
}
function getUserAgentHeaderName2() {
  return getHeaderName2();
}
async function getUserAgentValue2(prefix) {
  let runtimeInfo = /* @__PURE__ */ new Map();
  runtimeInfo.set("core-rest-pipeline", SDK_VERSION2), await setPlatformSpecificData2(runtimeInfo);
  let defaultAgent = getUserAgentString(runtimeInfo);
  return prefix ? `${prefix} ${defaultAgent}` : defaultAgent;
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/userAgentPolicy.js
var UserAgentHeaderName2 = getUserAgentHeaderName2(), userAgentPolicyName2 = "userAgentPolicy";
function userAgentPolicy2(options = {}) {
  let userAgentValue = getUserAgentValue2(options.userAgentPrefix);
  return {
    name: userAgentPolicyName2,
    async sendRequest(request, next) {
      return request.headers.has(UserAgentHeaderName2) || request.headers.set(UserAgentHeaderName2, await userAgentValue), next(request);
    }
  };
}

// node_modules/@azure/core-rest-pipeline/dist/esm/util/file.js
var rawContent = /* @__PURE__ */ Symbol("rawContent");
function hasRawContent(x) {
  return typeof x[rawContent] == "function";
}
function getRawContent(blob) {
  return hasRawContent(blob) ? blob[rawContent]() : blob;
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/multipartPolicy.js
var multipartPolicyName2 = multipartPolicyName;
function multipartPolicy2() {
  let tspPolicy = multipartPolicy();
  return {
    name: multipartPolicyName2,
    sendRequest: async (request, next) => {
      if (request.multipartBody)
        for (let part of request.multipartBody.parts)
          hasRawContent(part.body) && (part.body = getRawContent(part.body));
      return tspPolicy.sendRequest(request, next);
    }
  };
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/decompressResponsePolicy.js
var decompressResponsePolicyName2 = decompressResponsePolicyName;
function decompressResponsePolicy2() {
  return decompressResponsePolicy();
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/defaultRetryPolicy.js
function defaultRetryPolicy2(options = {}) {
  return defaultRetryPolicy(options);
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/formDataPolicy.js
function formDataPolicy2() {
  return formDataPolicy();
}

// node_modules/@azure/abort-controller/dist/esm/AbortError.js
var AbortError2 = class extends Error {
  constructor(message) {
    super(message), this.name = "AbortError";
  }
};

// node_modules/@azure/core-util/dist/esm/createAbortablePromise.js
function createAbortablePromise(buildPromise, options) {
  let { cleanupBeforeAbort, abortSignal, abortErrorMsg } = options ?? {};
  return new Promise((resolve, reject) => {
    function rejectOnAbort() {
      reject(new AbortError2(abortErrorMsg ?? "The operation was aborted."));
    }
    function removeListeners() {
      abortSignal?.removeEventListener("abort", onAbort);
    }
    function onAbort() {
      cleanupBeforeAbort?.(), removeListeners(), rejectOnAbort();
    }
    if (abortSignal?.aborted)
      return rejectOnAbort();
    try {
      buildPromise((x) => {
        removeListeners(), resolve(x);
      }, (x) => {
        removeListeners(), reject(x);
      });
    } catch (err) {
      reject(err);
    }
    abortSignal?.addEventListener("abort", onAbort);
  });
}

// node_modules/@azure/core-util/dist/esm/delay.js
var StandardAbortMessage2 = "The delay was aborted.";
function delay2(timeInMs, options) {
  let token, { abortSignal, abortErrorMsg } = options ?? {};
  return createAbortablePromise((resolve) => {
    token = setTimeout(resolve, timeInMs);
  }, {
    cleanupBeforeAbort: () => clearTimeout(token),
    abortSignal,
    abortErrorMsg: abortErrorMsg ?? StandardAbortMessage2
  });
}

// node_modules/@azure/core-util/dist/esm/error.js
function getErrorMessage(e) {
  if (isError(e))
    return e.message;
  {
    let stringified;
    try {
      typeof e == "object" && e ? stringified = JSON.stringify(e) : stringified = String(e);
    } catch {
      stringified = "[unable to stringify input]";
    }
    return `Unknown error ${stringified}`;
  }
}

// node_modules/@azure/core-util/dist/esm/index.js
function calculateRetryDelay2(retryAttempt, config) {
  return calculateRetryDelay(retryAttempt, config);
}
function isError2(e) {
  return isError(e);
}
function randomUUID2() {
  return randomUUID();
}
var isNodeLike2 = isNodeLike;
function uint8ArrayToString2(bytes, format) {
  return uint8ArrayToString(bytes, format);
}
function stringToUint8Array2(value, format) {
  return stringToUint8Array(value, format);
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/proxyPolicy.js
function getDefaultProxySettings2(proxyUrl) {
  return getDefaultProxySettings(proxyUrl);
}
function proxyPolicy2(proxySettings, options) {
  return proxyPolicy(proxySettings, options);
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/setClientRequestIdPolicy.js
var setClientRequestIdPolicyName = "setClientRequestIdPolicy";
function setClientRequestIdPolicy(requestIdHeaderName = "x-ms-client-request-id") {
  return {
    name: setClientRequestIdPolicyName,
    async sendRequest(request, next) {
      return request.headers.has(requestIdHeaderName) || request.headers.set(requestIdHeaderName, request.requestId), next(request);
    }
  };
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/agentPolicy.js
function agentPolicy2(agent) {
  return agentPolicy(agent);
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/tlsPolicy.js
function tlsPolicy2(tlsSettings) {
  return tlsPolicy(tlsSettings);
}

// node_modules/@azure/core-tracing/dist/esm/tracingContext.js
var knownContextKeys = {
  span: /* @__PURE__ */ Symbol.for("@azure/core-tracing span"),
  namespace: /* @__PURE__ */ Symbol.for("@azure/core-tracing namespace")
};
function createTracingContext(options = {}) {
  let context3 = new TracingContextImpl(options.parentContext);
  return options.span && (context3 = context3.setValue(knownContextKeys.span, options.span)), options.namespace && (context3 = context3.setValue(knownContextKeys.namespace, options.namespace)), context3;
}
var TracingContextImpl = class _TracingContextImpl {
  _contextMap;
  constructor(initialContext) {
    this._contextMap = initialContext instanceof _TracingContextImpl ? new Map(initialContext._contextMap) : /* @__PURE__ */ new Map();
  }
  setValue(key, value) {
    let newContext = new _TracingContextImpl(this);
    return newContext._contextMap.set(key, value), newContext;
  }
  getValue(key) {
    return this._contextMap.get(key);
  }
  deleteValue(key) {
    let newContext = new _TracingContextImpl(this);
    return newContext._contextMap.delete(key), newContext;
  }
};

// node_modules/@azure/core-tracing/dist/esm/state.js
var import_state = __toESM(require_state(), 1), state = import_state.state;

// node_modules/@azure/core-tracing/dist/esm/instrumenter.js
function createDefaultTracingSpan() {
  return {
    end: () => {
    },
    isRecording: () => !1,
    recordException: () => {
    },
    setAttribute: () => {
    },
    setStatus: () => {
    },
    addEvent: () => {
    }
  };
}
function createDefaultInstrumenter() {
  return {
    createRequestHeaders: () => ({}),
    parseTraceparentHeader: () => {
    },
    startSpan: (_name, spanOptions) => ({
      span: createDefaultTracingSpan(),
      tracingContext: createTracingContext({ parentContext: spanOptions.tracingContext })
    }),
    withContext(_context, callback, ...callbackArgs) {
      return callback(...callbackArgs);
    }
  };
}
function getInstrumenter() {
  return state.instrumenterImplementation || (state.instrumenterImplementation = createDefaultInstrumenter()), state.instrumenterImplementation;
}

// node_modules/@azure/core-tracing/dist/esm/tracingClient.js
function createTracingClient(options) {
  let { namespace, packageName, packageVersion } = options;
  function startSpan(name, operationOptions, spanOptions) {
    let startSpanResult = getInstrumenter().startSpan(name, {
      ...spanOptions,
      packageName,
      packageVersion,
      tracingContext: operationOptions?.tracingOptions?.tracingContext
    }), tracingContext = startSpanResult.tracingContext, span = startSpanResult.span;
    tracingContext.getValue(knownContextKeys.namespace) || (tracingContext = tracingContext.setValue(knownContextKeys.namespace, namespace)), span.setAttribute("az.namespace", tracingContext.getValue(knownContextKeys.namespace));
    let updatedOptions = Object.assign({}, operationOptions, {
      tracingOptions: { ...operationOptions?.tracingOptions, tracingContext }
    });
    return {
      span,
      updatedOptions
    };
  }
  async function withSpan(name, operationOptions, callback, spanOptions) {
    let { span, updatedOptions } = startSpan(name, operationOptions, spanOptions);
    try {
      let result = await withContext(updatedOptions.tracingOptions.tracingContext, () => Promise.resolve(callback(updatedOptions, span)));
      return span.setStatus({ status: "success" }), result;
    } catch (err) {
      throw span.setStatus({ status: "error", error: err }), err;
    } finally {
      span.end();
    }
  }
  function withContext(context3, callback, ...callbackArgs) {
    return getInstrumenter().withContext(context3, callback, ...callbackArgs);
  }
  function parseTraceparentHeader(traceparentHeader) {
    return getInstrumenter().parseTraceparentHeader(traceparentHeader);
  }
  function createRequestHeaders(tracingContext) {
    return getInstrumenter().createRequestHeaders(tracingContext);
  }
  return {
    startSpan,
    withSpan,
    withContext,
    parseTraceparentHeader,
    createRequestHeaders
  };
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/tracingPolicy.js
var tracingPolicyName = "tracingPolicy";
function tracingPolicy(options = {}) {
  let userAgentPromise = getUserAgentValue2(options.userAgentPrefix), sanitizer = new Sanitizer({
    additionalAllowedQueryParameters: options.additionalAllowedQueryParameters
  }), tracingClient = tryCreateTracingClient();
  return {
    name: tracingPolicyName,
    async sendRequest(request, next) {
      if (!tracingClient)
        return next(request);
      let userAgent = await userAgentPromise, spanAttributes = {
        "http.url": sanitizer.sanitizeUrl(request.url),
        "http.method": request.method,
        "http.user_agent": userAgent,
        requestId: request.requestId
      };
      userAgent && (spanAttributes["http.user_agent"] = userAgent);
      let { span, tracingContext } = tryCreateSpan(tracingClient, request, spanAttributes) ?? {};
      if (!span || !tracingContext)
        return next(request);
      try {
        let response = await tracingClient.withContext(tracingContext, next, request);
        return tryProcessResponse(span, response), response;
      } catch (err) {
        throw tryProcessError(span, err), err;
      }
    }
  };
}
function tryCreateTracingClient() {
  try {
    return createTracingClient({
      namespace: "",
      packageName: "@azure/core-rest-pipeline",
      packageVersion: SDK_VERSION2
    });
  } catch (e) {
    logger2.warning(`Error when creating the TracingClient: ${getErrorMessage(e)}`);
    return;
  }
}
function tryCreateSpan(tracingClient, request, spanAttributes) {
  try {
    let { span, updatedOptions } = tracingClient.startSpan(`HTTP ${request.method}`, { tracingOptions: request.tracingOptions }, {
      spanKind: "client",
      spanAttributes
    });
    if (!span.isRecording()) {
      span.end();
      return;
    }
    let headers = tracingClient.createRequestHeaders(updatedOptions.tracingOptions.tracingContext);
    for (let [key, value] of Object.entries(headers))
      request.headers.set(key, value);
    return { span, tracingContext: updatedOptions.tracingOptions.tracingContext };
  } catch (e) {
    logger2.warning(`Skipping creating a tracing span due to an error: ${getErrorMessage(e)}`);
    return;
  }
}
function tryProcessError(span, error) {
  try {
    span.setStatus({
      status: "error",
      error: isError2(error) ? error : void 0
    }), isRestError2(error) && error.statusCode && span.setAttribute("http.status_code", error.statusCode), span.end();
  } catch (e) {
    logger2.warning(`Skipping tracing span processing due to an error: ${getErrorMessage(e)}`);
  }
}
function tryProcessResponse(span, response) {
  try {
    span.setAttribute("http.status_code", response.status);
    let serviceRequestId = response.headers.get("x-ms-request-id");
    serviceRequestId && span.setAttribute("serviceRequestId", serviceRequestId), response.status >= 400 && span.setStatus({
      status: "error"
    }), span.end();
  } catch (e) {
    logger2.warning(`Skipping tracing span processing due to an error: ${getErrorMessage(e)}`);
  }
}

// node_modules/@azure/core-rest-pipeline/dist/esm/util/wrapAbortSignal.js
function wrapAbortSignalLike(abortSignalLike) {
  if (abortSignalLike instanceof AbortSignal)
    return { abortSignal: abortSignalLike };
  if (abortSignalLike.aborted)
    return {
      abortSignal: AbortSignal.abort("reason" in abortSignalLike ? abortSignalLike.reason : void 0)
    };
  let controller = new AbortController(), needsCleanup = !0;
  function cleanup() {
    needsCleanup && (abortSignalLike.removeEventListener("abort", listener), needsCleanup = !1);
  }
  function listener() {
    controller.abort("reason" in abortSignalLike ? abortSignalLike.reason : void 0), cleanup();
  }
  return abortSignalLike.addEventListener("abort", listener), { abortSignal: controller.signal, cleanup };
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/wrapAbortSignalLikePolicy.js
var wrapAbortSignalLikePolicyName = "wrapAbortSignalLikePolicy";
function wrapAbortSignalLikePolicy() {
  return {
    name: wrapAbortSignalLikePolicyName,
    sendRequest: async (request, next) => {
      if (!request.abortSignal)
        return next(request);
      let { abortSignal, cleanup } = wrapAbortSignalLike(request.abortSignal);
      request.abortSignal = abortSignal;
      try {
        return await next(request);
      } finally {
        cleanup?.();
      }
    }
  };
}

// node_modules/@azure/core-rest-pipeline/dist/esm/createPipelineFromOptions.js
function createPipelineFromOptions2(options) {
  let pipeline = createEmptyPipeline2();
  return isNodeLike2 && (options.agent && pipeline.addPolicy(agentPolicy2(options.agent)), options.tlsOptions && pipeline.addPolicy(tlsPolicy2(options.tlsOptions)), pipeline.addPolicy(proxyPolicy2(options.proxyOptions)), pipeline.addPolicy(decompressResponsePolicy2())), pipeline.addPolicy(wrapAbortSignalLikePolicy()), pipeline.addPolicy(formDataPolicy2(), { beforePolicies: [multipartPolicyName2] }), pipeline.addPolicy(userAgentPolicy2(options.userAgentOptions)), pipeline.addPolicy(setClientRequestIdPolicy(options.telemetryOptions?.clientRequestIdHeaderName)), pipeline.addPolicy(multipartPolicy2(), { afterPhase: "Deserialize" }), pipeline.addPolicy(defaultRetryPolicy2(options.retryOptions), { phase: "Retry" }), pipeline.addPolicy(tracingPolicy({ ...options.userAgentOptions, ...options.loggingOptions }), {
    afterPhase: "Retry"
  }), isNodeLike2 && pipeline.addPolicy(redirectPolicy2(options.redirectOptions), { afterPhase: "Retry" }), pipeline.addPolicy(logPolicy2(options.loggingOptions), { afterPhase: "Sign" }), pipeline;
}

// node_modules/@azure/core-rest-pipeline/dist/esm/defaultHttpClient.js
function createDefaultHttpClient2() {
  let client = createDefaultHttpClient();
  return {
    async sendRequest(request) {
      let { abortSignal, cleanup } = request.abortSignal ? wrapAbortSignalLike(request.abortSignal) : {};
      try {
        return request.abortSignal = abortSignal, await client.sendRequest(request);
      } finally {
        cleanup?.();
      }
    }
  };
}

// node_modules/@azure/core-rest-pipeline/dist/esm/httpHeaders.js
function createHttpHeaders2(rawHeaders) {
  return createHttpHeaders(rawHeaders);
}

// node_modules/@azure/core-rest-pipeline/dist/esm/pipelineRequest.js
function createPipelineRequest2(options) {
  return createPipelineRequest(options);
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/retryPolicy.js
var retryPolicyLogger2 = createClientLogger2("core-rest-pipeline retryPolicy");
function retryPolicy2(strategies, options = { maxRetries: 3 }) {
  return retryPolicy(strategies, {
    logger: retryPolicyLogger2,
    ...options
  });
}

// node_modules/@azure/core-rest-pipeline/dist/esm/util/tokenCycler.js
var DEFAULT_CYCLER_OPTIONS = {
  forcedRefreshWindowInMs: 1e3,
  // Force waiting for a refresh 1s before the token expires
  retryIntervalInMs: 3e3,
  // Allow refresh attempts every 3s
  refreshWindowInMs: 1e3 * 60 * 2
  // Start refreshing 2m before expiry
};
async function beginRefresh(getAccessToken, retryIntervalInMs, refreshTimeout) {
  async function tryGetAccessToken() {
    if (Date.now() < refreshTimeout)
      try {
        return await getAccessToken();
      } catch {
        return null;
      }
    else {
      let finalToken = await getAccessToken();
      if (finalToken === null)
        throw new Error("Failed to refresh access token.");
      return finalToken;
    }
  }
  let token = await tryGetAccessToken();
  for (; token === null; )
    await delay2(retryIntervalInMs), token = await tryGetAccessToken();
  return token;
}
function createTokenCycler(credential, tokenCyclerOptions) {
  let refreshWorker = null, token = null, tenantId, options = {
    ...DEFAULT_CYCLER_OPTIONS,
    ...tokenCyclerOptions
  }, cycler = {
    /**
     * Produces true if a refresh job is currently in progress.
     */
    get isRefreshing() {
      return refreshWorker !== null;
    },
    /**
     * Produces true if the cycler SHOULD refresh (we are within the refresh
     * window and not already refreshing)
     */
    get shouldRefresh() {
      return token === null ? !0 : cycler.isRefreshing ? !1 : token.refreshAfterTimestamp && token.refreshAfterTimestamp < Date.now() ? !0 : token.expiresOnTimestamp - options.refreshWindowInMs < Date.now();
    },
    /**
     * Produces true if the cycler MUST refresh (null or nearly-expired
     * token).
     */
    get mustRefresh() {
      return token === null || token.expiresOnTimestamp - options.forcedRefreshWindowInMs < Date.now();
    }
  };
  function refresh(scopes, getTokenOptions) {
    return cycler.isRefreshing || (refreshWorker = beginRefresh(
      () => credential.getToken(scopes, getTokenOptions),
      options.retryIntervalInMs,
      // If we don't have a token, then we should timeout immediately
      token?.expiresOnTimestamp ?? Date.now()
    ).then((_token) => (refreshWorker = null, token = _token, tenantId = getTokenOptions.tenantId, token)).catch((reason) => {
      throw refreshWorker = null, token = null, tenantId = void 0, reason;
    })), refreshWorker;
  }
  return async (scopes, tokenOptions) => {
    let hasClaimChallenge = !!tokenOptions.claims, tenantIdChanged = tenantId !== tokenOptions.tenantId;
    return hasClaimChallenge && (token = null), tenantIdChanged || hasClaimChallenge || cycler.mustRefresh ? refresh(scopes, tokenOptions) : (cycler.shouldRefresh && refresh(scopes, tokenOptions), token);
  };
}

// node_modules/@azure/core-rest-pipeline/dist/esm/policies/bearerTokenAuthenticationPolicy.js
var bearerTokenAuthenticationPolicyName = "bearerTokenAuthenticationPolicy";
async function trySendRequest(request, next) {
  try {
    return [await next(request), void 0];
  } catch (e) {
    if (isRestError2(e) && e.response)
      return [e.response, e];
    throw e;
  }
}
async function defaultAuthorizeRequest(options) {
  let { scopes, getAccessToken, request } = options, getTokenOptions = {
    abortSignal: request.abortSignal,
    tracingOptions: request.tracingOptions,
    enableCae: !0
  }, accessToken = await getAccessToken(scopes, getTokenOptions);
  accessToken && options.request.headers.set("Authorization", `Bearer ${accessToken.token}`);
}
function isChallengeResponse(response) {
  return response.status === 401 && response.headers.has("WWW-Authenticate");
}
async function authorizeRequestOnCaeChallenge(onChallengeOptions, caeClaims) {
  let { scopes } = onChallengeOptions, accessToken = await onChallengeOptions.getAccessToken(scopes, {
    enableCae: !0,
    claims: caeClaims
  });
  return accessToken ? (onChallengeOptions.request.headers.set("Authorization", `${accessToken.tokenType ?? "Bearer"} ${accessToken.token}`), !0) : !1;
}
function bearerTokenAuthenticationPolicy(options) {
  let { credential, scopes, challengeCallbacks } = options, logger4 = options.logger || logger2, callbacks = {
    authorizeRequest: challengeCallbacks?.authorizeRequest?.bind(challengeCallbacks) ?? defaultAuthorizeRequest,
    authorizeRequestOnChallenge: challengeCallbacks?.authorizeRequestOnChallenge?.bind(challengeCallbacks)
  }, getAccessToken = credential ? createTokenCycler(
    credential
    /* , options */
  ) : () => Promise.resolve(null);
  return {
    name: bearerTokenAuthenticationPolicyName,
    /**
     * If there's no challenge parameter:
     * - It will try to retrieve the token using the cache, or the credential's getToken.
     * - Then it will try the next policy with or without the retrieved token.
     *
     * It uses the challenge parameters to:
     * - Skip a first attempt to get the token from the credential if there's no cached token,
     *   since it expects the token to be retrievable only after the challenge.
     * - Prepare the outgoing request if the `prepareRequest` method has been provided.
     * - Send an initial request to receive the challenge if it fails.
     * - Process a challenge if the response contains it.
     * - Retrieve a token with the challenge information, then re-send the request.
     */
    async sendRequest(request, next) {
      if (!request.url.toLowerCase().startsWith("https://"))
        throw new Error("Bearer token authentication is not permitted for non-TLS protected (non-https) URLs.");
      await callbacks.authorizeRequest({
        scopes: Array.isArray(scopes) ? scopes : [scopes],
        request,
        getAccessToken,
        logger: logger4
      });
      let response, error, shouldSendRequest;
      if ([response, error] = await trySendRequest(request, next), isChallengeResponse(response)) {
        let claims = getCaeChallengeClaims(response.headers.get("WWW-Authenticate"));
        if (claims) {
          let parsedClaim;
          try {
            parsedClaim = atob(claims);
          } catch {
            return logger4.warning(`The WWW-Authenticate header contains "claims" that cannot be parsed. Unable to perform the Continuous Access Evaluation authentication flow. Unparsable claims: ${claims}`), response;
          }
          shouldSendRequest = await authorizeRequestOnCaeChallenge({
            scopes: Array.isArray(scopes) ? scopes : [scopes],
            response,
            request,
            getAccessToken,
            logger: logger4
          }, parsedClaim), shouldSendRequest && ([response, error] = await trySendRequest(request, next));
        } else if (callbacks.authorizeRequestOnChallenge && (shouldSendRequest = await callbacks.authorizeRequestOnChallenge({
          scopes: Array.isArray(scopes) ? scopes : [scopes],
          request,
          response,
          getAccessToken,
          logger: logger4
        }), shouldSendRequest && ([response, error] = await trySendRequest(request, next)), isChallengeResponse(response) && (claims = getCaeChallengeClaims(response.headers.get("WWW-Authenticate") ?? ""), claims))) {
          let parsedClaim;
          try {
            parsedClaim = atob(claims);
          } catch {
            return logger4.warning(`The WWW-Authenticate header contains "claims" that cannot be parsed. Unable to perform the Continuous Access Evaluation authentication flow. Unparsable claims: ${claims}`), response;
          }
          shouldSendRequest = await authorizeRequestOnCaeChallenge({
            scopes: Array.isArray(scopes) ? scopes : [scopes],
            response,
            request,
            getAccessToken,
            logger: logger4
          }, parsedClaim), shouldSendRequest && ([response, error] = await trySendRequest(request, next));
        }
      }
      if (error)
        throw error;
      return response;
    }
  };
}
function parseChallenges(challenges) {
  let challengeRegex = /(\w+)\s+((?:\w+=(?:"[^"]*"|[^,]*),?\s*)+)/g, paramRegex = /(\w+)="([^"]*)"/g, parsedChallenges = [], match;
  for (; (match = challengeRegex.exec(challenges)) !== null; ) {
    let scheme = match[1], paramsString = match[2], params = {}, paramMatch;
    for (; (paramMatch = paramRegex.exec(paramsString)) !== null; )
      params[paramMatch[1]] = paramMatch[2];
    parsedChallenges.push({ scheme, params });
  }
  return parsedChallenges;
}
function getCaeChallengeClaims(challenges) {
  return challenges ? parseChallenges(challenges).find((x) => x.scheme === "Bearer" && x.params.claims && x.params.error === "insufficient_claims")?.params.claims : void 0;
}

// node_modules/@azure/core-client/dist/esm/state.js
var import_state_cjs = __toESM(require_state_cjs(), 1), state2 = import_state_cjs.state;

// node_modules/@azure/core-client/dist/esm/operationHelpers.js
function getOperationArgumentValueFromParameter(operationArguments, parameter, fallbackObject) {
  let parameterPath = parameter.parameterPath, parameterMapper = parameter.mapper, value;
  if (typeof parameterPath == "string" && (parameterPath = [parameterPath]), Array.isArray(parameterPath)) {
    if (parameterPath.length > 0)
      if (parameterMapper.isConstant)
        value = parameterMapper.defaultValue;
      else {
        let propertySearchResult = getPropertyFromParameterPath(operationArguments, parameterPath);
        !propertySearchResult.propertyFound && fallbackObject && (propertySearchResult = getPropertyFromParameterPath(fallbackObject, parameterPath));
        let useDefaultValue = !1;
        propertySearchResult.propertyFound || (useDefaultValue = parameterMapper.required || parameterPath[0] === "options" && parameterPath.length === 2), value = useDefaultValue ? parameterMapper.defaultValue : propertySearchResult.propertyValue;
      }
  } else {
    parameterMapper.required && (value = {});
    for (let [propertyName, propertyPath] of Object.entries(parameterPath)) {
      let propertyMapper = parameterMapper.type.modelProperties[propertyName], propertyValue = getOperationArgumentValueFromParameter(operationArguments, {
        parameterPath: propertyPath,
        mapper: propertyMapper
      }, fallbackObject);
      propertyValue !== void 0 && (value || (value = {}), Object.defineProperty(value, propertyName, {
        value: propertyValue,
        enumerable: !0,
        configurable: !0,
        writable: !0
      }));
    }
  }
  return value;
}
function getPropertyFromParameterPath(parent, parameterPath) {
  let result = { propertyFound: !1 }, i = 0;
  for (; i < parameterPath.length; ++i) {
    let parameterPathPart = parameterPath[i];
    if (parent && parameterPathPart in parent)
      parent = parent[parameterPathPart];
    else
      break;
  }
  return i === parameterPath.length && (result.propertyValue = parent, result.propertyFound = !0), result;
}
var originalRequestSymbol = /* @__PURE__ */ Symbol.for("@azure/core-client original request");
function hasOriginalRequest(request) {
  return originalRequestSymbol in request;
}
function getOperationRequestInfo(request) {
  if (hasOriginalRequest(request))
    return getOperationRequestInfo(request[originalRequestSymbol]);
  let info = state2.operationRequestMap.get(request);
  return info || (info = {}, state2.operationRequestMap.set(request, info)), info;
}

// node_modules/@azure/core-client/dist/esm/base64.js
function encodeByteArray(value) {
  return uint8ArrayToString2(value, "base64");
}
function decodeString(value) {
  return stringToUint8Array2(value, "base64");
}

// node_modules/@azure/core-client/dist/esm/utils.js
function isPrimitiveBody(value, mapperTypeName) {
  return mapperTypeName !== "Composite" && mapperTypeName !== "Dictionary" && (typeof value == "string" || typeof value == "number" || typeof value == "boolean" || mapperTypeName?.match(/^(Date|DateTime|DateTimeRfc1123|UnixTime|ByteArray|Base64Url)$/i) !== null || value === void 0 || value === null);
}
var validateISODuration = /^(-|\+)?P(?:([-+]?[0-9,.]*)Y)?(?:([-+]?[0-9,.]*)M)?(?:([-+]?[0-9,.]*)W)?(?:([-+]?[0-9,.]*)D)?(?:T(?:([-+]?[0-9,.]*)H)?(?:([-+]?[0-9,.]*)M)?(?:([-+]?[0-9,.]*)S)?)?$/;
function isDuration(value) {
  return validateISODuration.test(value);
}
var validUuidRegex = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/i;
function isValidUuid(uuid) {
  return validUuidRegex.test(uuid);
}
function handleNullableResponseAndWrappableBody(responseObject) {
  let combinedHeadersAndBody = {
    ...responseObject.headers,
    ...responseObject.body
  };
  return responseObject.hasNullableType && Object.getOwnPropertyNames(combinedHeadersAndBody).length === 0 ? responseObject.shouldWrapBody ? { body: null } : null : responseObject.shouldWrapBody ? {
    ...responseObject.headers,
    body: responseObject.body
  } : combinedHeadersAndBody;
}
function flattenResponse(fullResponse, responseSpec) {
  let parsedHeaders = fullResponse.parsedHeaders;
  if (fullResponse.request.method === "HEAD")
    return {
      ...parsedHeaders,
      body: fullResponse.parsedBody
    };
  let bodyMapper = responseSpec && responseSpec.bodyMapper, isNullable = !!bodyMapper?.nullable, expectedBodyTypeName = bodyMapper?.type.name;
  if (expectedBodyTypeName === "Stream")
    return {
      ...parsedHeaders,
      blobBody: fullResponse.blobBody,
      readableStreamBody: fullResponse.readableStreamBody
    };
  let modelProperties = expectedBodyTypeName === "Composite" && bodyMapper.type.modelProperties || {}, isPageableResponse = Object.keys(modelProperties).some((k) => modelProperties[k].serializedName === "");
  if (expectedBodyTypeName === "Sequence" || isPageableResponse) {
    let arrayResponse = fullResponse.parsedBody ?? [];
    for (let key of Object.keys(modelProperties))
      modelProperties[key].serializedName && (arrayResponse[key] = fullResponse.parsedBody?.[key]);
    if (parsedHeaders)
      for (let key of Object.keys(parsedHeaders))
        arrayResponse[key] = parsedHeaders[key];
    return isNullable && !fullResponse.parsedBody && !parsedHeaders && Object.getOwnPropertyNames(modelProperties).length === 0 ? null : arrayResponse;
  }
  return handleNullableResponseAndWrappableBody({
    body: fullResponse.parsedBody,
    headers: parsedHeaders,
    hasNullableType: isNullable,
    shouldWrapBody: isPrimitiveBody(fullResponse.parsedBody, expectedBodyTypeName)
  });
}

// node_modules/@azure/core-client/dist/esm/serializer.js
var SerializerImpl = class {
  modelMappers;
  isXML;
  constructor(modelMappers = {}, isXML = !1) {
    this.modelMappers = modelMappers, this.isXML = isXML;
  }
  /**
   * @deprecated Removing the constraints validation on client side.
   */
  validateConstraints(mapper, value, objectName) {
    let failValidation = (constraintName, constraintValue) => {
      throw new Error(`"${objectName}" with value "${value}" should satisfy the constraint "${constraintName}": ${constraintValue}.`);
    };
    if (mapper.constraints && value !== void 0 && value !== null) {
      let { ExclusiveMaximum, ExclusiveMinimum, InclusiveMaximum, InclusiveMinimum, MaxItems, MaxLength, MinItems, MinLength, MultipleOf, Pattern, UniqueItems } = mapper.constraints;
      if (ExclusiveMaximum !== void 0 && value >= ExclusiveMaximum && failValidation("ExclusiveMaximum", ExclusiveMaximum), ExclusiveMinimum !== void 0 && value <= ExclusiveMinimum && failValidation("ExclusiveMinimum", ExclusiveMinimum), InclusiveMaximum !== void 0 && value > InclusiveMaximum && failValidation("InclusiveMaximum", InclusiveMaximum), InclusiveMinimum !== void 0 && value < InclusiveMinimum && failValidation("InclusiveMinimum", InclusiveMinimum), MaxItems !== void 0 && value.length > MaxItems && failValidation("MaxItems", MaxItems), MaxLength !== void 0 && value.length > MaxLength && failValidation("MaxLength", MaxLength), MinItems !== void 0 && value.length < MinItems && failValidation("MinItems", MinItems), MinLength !== void 0 && value.length < MinLength && failValidation("MinLength", MinLength), MultipleOf !== void 0 && value % MultipleOf !== 0 && failValidation("MultipleOf", MultipleOf), Pattern) {
        let pattern = typeof Pattern == "string" ? new RegExp(Pattern) : Pattern;
        (typeof value != "string" || value.match(pattern) === null) && failValidation("Pattern", Pattern);
      }
      UniqueItems && value.some((item, i, ar) => ar.indexOf(item) !== i) && failValidation("UniqueItems", UniqueItems);
    }
  }
  /**
   * Serialize the given object based on its metadata defined in the mapper
   *
   * @param mapper - The mapper which defines the metadata of the serializable object
   *
   * @param object - A valid Javascript object to be serialized
   *
   * @param objectName - Name of the serialized object
   *
   * @param options - additional options to serialization
   *
   * @returns A valid serialized Javascript object
   */
  serialize(mapper, object, objectName, options = { xml: {} }) {
    let updatedOptions = {
      xml: {
        rootName: options.xml.rootName ?? "",
        includeRoot: options.xml.includeRoot ?? !1,
        xmlCharKey: options.xml.xmlCharKey ?? "_"
      }
    }, payload = {}, mapperType = mapper.type.name;
    objectName || (objectName = mapper.serializedName), mapperType.match(/^Sequence$/i) !== null && (payload = []), mapper.isConstant && (object = mapper.defaultValue);
    let { required, nullable } = mapper;
    if (required && nullable && object === void 0)
      throw new Error(`${objectName} cannot be undefined.`);
    if (required && !nullable && object == null)
      throw new Error(`${objectName} cannot be null or undefined.`);
    if (!required && nullable === !1 && object === null)
      throw new Error(`${objectName} cannot be null.`);
    return object == null || mapperType.match(/^any$/i) !== null ? payload = object : mapperType.match(/^(Number|String|Boolean|Object|Stream|Uuid)$/i) !== null ? payload = serializeBasicTypes(mapperType, objectName, object) : mapperType.match(/^Enum$/i) !== null ? payload = serializeEnumType(objectName, mapper.type.allowedValues, object) : mapperType.match(/^(Date|DateTime|TimeSpan|DateTimeRfc1123|UnixTime)$/i) !== null ? payload = serializeDateTypes(mapperType, object, objectName) : mapperType.match(/^ByteArray$/i) !== null ? payload = serializeByteArrayType(objectName, object) : mapperType.match(/^Base64Url$/i) !== null ? payload = serializeBase64UrlType(objectName, object) : mapperType.match(/^Sequence$/i) !== null ? payload = serializeSequenceType(this, mapper, object, objectName, !!this.isXML, updatedOptions) : mapperType.match(/^Dictionary$/i) !== null ? payload = serializeDictionaryType(this, mapper, object, objectName, !!this.isXML, updatedOptions) : mapperType.match(/^Composite$/i) !== null && (payload = serializeCompositeType(this, mapper, object, objectName, !!this.isXML, updatedOptions)), payload;
  }
  /**
   * Deserialize the given object based on its metadata defined in the mapper
   *
   * @param mapper - The mapper which defines the metadata of the serializable object
   *
   * @param responseBody - A valid Javascript entity to be deserialized
   *
   * @param objectName - Name of the deserialized object
   *
   * @param options - Controls behavior of XML parser and builder.
   *
   * @returns A valid deserialized Javascript object
   */
  deserialize(mapper, responseBody, objectName, options = { xml: {} }) {
    let updatedOptions = {
      xml: {
        rootName: options.xml.rootName ?? "",
        includeRoot: options.xml.includeRoot ?? !1,
        xmlCharKey: options.xml.xmlCharKey ?? "_"
      },
      ignoreUnknownProperties: options.ignoreUnknownProperties ?? !1
    };
    if (responseBody == null)
      return this.isXML && mapper.type.name === "Sequence" && !mapper.xmlIsWrapped && (responseBody = []), mapper.defaultValue !== void 0 && (responseBody = mapper.defaultValue), responseBody;
    let payload, mapperType = mapper.type.name;
    if (objectName || (objectName = mapper.serializedName), mapperType.match(/^Composite$/i) !== null)
      payload = deserializeCompositeType(this, mapper, responseBody, objectName, updatedOptions);
    else {
      if (this.isXML) {
        let xmlCharKey = updatedOptions.xml.xmlCharKey;
        responseBody["$"] !== void 0 && responseBody[xmlCharKey] !== void 0 && (responseBody = responseBody[xmlCharKey]);
      }
      mapperType.match(/^Number$/i) !== null ? (payload = parseFloat(responseBody), isNaN(payload) && (payload = responseBody)) : mapperType.match(/^Boolean$/i) !== null ? responseBody === "true" ? payload = !0 : responseBody === "false" ? payload = !1 : payload = responseBody : mapperType.match(/^(String|Enum|Object|Stream|Uuid|TimeSpan|any)$/i) !== null ? payload = responseBody : mapperType.match(/^(Date|DateTime|DateTimeRfc1123)$/i) !== null ? payload = new Date(responseBody) : mapperType.match(/^UnixTime$/i) !== null ? payload = unixTimeToDate(responseBody) : mapperType.match(/^ByteArray$/i) !== null ? payload = decodeString(responseBody) : mapperType.match(/^Base64Url$/i) !== null ? payload = base64UrlToByteArray(responseBody) : mapperType.match(/^Sequence$/i) !== null ? payload = deserializeSequenceType(this, mapper, responseBody, objectName, updatedOptions) : mapperType.match(/^Dictionary$/i) !== null && (payload = deserializeDictionaryType(this, mapper, responseBody, objectName, updatedOptions));
    }
    return mapper.isConstant && (payload = mapper.defaultValue), payload;
  }
};
function createSerializer(modelMappers = {}, isXML = !1) {
  return new SerializerImpl(modelMappers, isXML);
}
function trimEnd(str, ch) {
  let len = str.length;
  for (; len - 1 >= 0 && str[len - 1] === ch; )
    --len;
  return str.substr(0, len);
}
function bufferToBase64Url(buffer) {
  if (!buffer)
    return;
  if (!(buffer instanceof Uint8Array))
    throw new Error("Please provide an input of type Uint8Array for converting to Base64Url.");
  let str = encodeByteArray(buffer);
  return trimEnd(str, "=").replace(/\+/g, "-").replace(/\//g, "_");
}
function base64UrlToByteArray(str) {
  if (str) {
    if (str && typeof str.valueOf() != "string")
      throw new Error("Please provide an input of type string for converting to Uint8Array");
    return str = str.replace(/-/g, "+").replace(/_/g, "/"), decodeString(str);
  }
}
function splitSerializeName(prop) {
  let classes = [], partialclass = "";
  if (prop) {
    let subwords = prop.split(".");
    for (let item of subwords)
      item.charAt(item.length - 1) === "\\" ? partialclass += item.substr(0, item.length - 1) + "." : (partialclass += item, classes.push(partialclass), partialclass = "");
  }
  return classes;
}
function dateToUnixTime(d) {
  if (d)
    return typeof d.valueOf() == "string" && (d = new Date(d)), Math.floor(d.getTime() / 1e3);
}
function unixTimeToDate(n) {
  if (n)
    return new Date(n * 1e3);
}
function serializeBasicTypes(typeName, objectName, value) {
  if (value != null) {
    if (typeName.match(/^Number$/i) !== null) {
      if (typeof value != "number")
        throw new Error(`${objectName} with value ${value} must be of type number.`);
    } else if (typeName.match(/^String$/i) !== null) {
      if (typeof value.valueOf() != "string")
        throw new Error(`${objectName} with value "${value}" must be of type string.`);
    } else if (typeName.match(/^Uuid$/i) !== null) {
      if (!(typeof value.valueOf() == "string" && isValidUuid(value)))
        throw new Error(`${objectName} with value "${value}" must be of type string and a valid uuid.`);
    } else if (typeName.match(/^Boolean$/i) !== null) {
      if (typeof value != "boolean")
        throw new Error(`${objectName} with value ${value} must be of type boolean.`);
    } else if (typeName.match(/^Stream$/i) !== null) {
      let objectType = typeof value;
      if (objectType !== "string" && typeof value.pipe != "function" && // NodeJS.ReadableStream
      typeof value.tee != "function" && // browser ReadableStream
      !(value instanceof ArrayBuffer) && !ArrayBuffer.isView(value) && // File objects count as a type of Blob, so we want to use instanceof explicitly
      !((typeof Blob == "function" || typeof Blob == "object") && value instanceof Blob) && objectType !== "function")
        throw new Error(`${objectName} must be a string, Blob, ArrayBuffer, ArrayBufferView, ReadableStream, or () => ReadableStream.`);
    }
  }
  return value;
}
function serializeEnumType(objectName, allowedValues, value) {
  if (!allowedValues)
    throw new Error(`Please provide a set of allowedValues to validate ${objectName} as an Enum Type.`);
  if (!allowedValues.some((item) => typeof item.valueOf() == "string" ? item.toLowerCase() === value.toLowerCase() : item === value))
    throw new Error(`${value} is not a valid value for ${objectName}. The valid values are: ${JSON.stringify(allowedValues)}.`);
  return value;
}
function serializeByteArrayType(objectName, value) {
  if (value != null) {
    if (!(value instanceof Uint8Array))
      throw new Error(`${objectName} must be of type Uint8Array.`);
    value = encodeByteArray(value);
  }
  return value;
}
function serializeBase64UrlType(objectName, value) {
  if (value != null) {
    if (!(value instanceof Uint8Array))
      throw new Error(`${objectName} must be of type Uint8Array.`);
    value = bufferToBase64Url(value);
  }
  return value;
}
function serializeDateTypes(typeName, value, objectName) {
  if (value != null) {
    if (typeName.match(/^Date$/i) !== null) {
      if (!(value instanceof Date || typeof value.valueOf() == "string" && !isNaN(Date.parse(value))))
        throw new Error(`${objectName} must be an instanceof Date or a string in ISO8601 format.`);
      value = value instanceof Date ? value.toISOString().substring(0, 10) : new Date(value).toISOString().substring(0, 10);
    } else if (typeName.match(/^DateTime$/i) !== null) {
      if (!(value instanceof Date || typeof value.valueOf() == "string" && !isNaN(Date.parse(value))))
        throw new Error(`${objectName} must be an instanceof Date or a string in ISO8601 format.`);
      value = value instanceof Date ? value.toISOString() : new Date(value).toISOString();
    } else if (typeName.match(/^DateTimeRfc1123$/i) !== null) {
      if (!(value instanceof Date || typeof value.valueOf() == "string" && !isNaN(Date.parse(value))))
        throw new Error(`${objectName} must be an instanceof Date or a string in RFC-1123 format.`);
      value = value instanceof Date ? value.toUTCString() : new Date(value).toUTCString();
    } else if (typeName.match(/^UnixTime$/i) !== null) {
      if (!(value instanceof Date || typeof value.valueOf() == "string" && !isNaN(Date.parse(value))))
        throw new Error(`${objectName} must be an instanceof Date or a string in RFC-1123/ISO8601 format for it to be serialized in UnixTime/Epoch format.`);
      value = dateToUnixTime(value);
    } else if (typeName.match(/^TimeSpan$/i) !== null && !isDuration(value))
      throw new Error(`${objectName} must be a string in ISO 8601 format. Instead was "${value}".`);
  }
  return value;
}
function serializeSequenceType(serializer, mapper, object, objectName, isXml, options) {
  if (!Array.isArray(object))
    throw new Error(`${objectName} must be of type Array.`);
  let elementType = mapper.type.element;
  if (!elementType || typeof elementType != "object")
    throw new Error(`"element" metadata for an Array must be defined in the mapper and it must be of type "object" in ${objectName}.`);
  elementType.type.name === "Composite" && elementType.type.className && (elementType = serializer.modelMappers[elementType.type.className] ?? elementType);
  let tempArray = [];
  for (let i = 0; i < object.length; i++) {
    let serializedValue = serializer.serialize(elementType, object[i], objectName, options);
    if (isXml && elementType.xmlNamespace) {
      let xmlnsKey = elementType.xmlNamespacePrefix ? `xmlns:${elementType.xmlNamespacePrefix}` : "xmlns";
      elementType.type.name === "Composite" ? (tempArray[i] = { ...serializedValue }, tempArray[i]["$"] = { [xmlnsKey]: elementType.xmlNamespace }) : (tempArray[i] = {}, tempArray[i][options.xml.xmlCharKey] = serializedValue, tempArray[i]["$"] = { [xmlnsKey]: elementType.xmlNamespace });
    } else
      tempArray[i] = serializedValue;
  }
  return tempArray;
}
function serializeDictionaryType(serializer, mapper, object, objectName, isXml, options) {
  if (typeof object != "object")
    throw new Error(`${objectName} must be of type object.`);
  let valueType = mapper.type.value;
  if (!valueType || typeof valueType != "object")
    throw new Error(`"value" metadata for a Dictionary must be defined in the mapper and it must of type "object" in ${objectName}.`);
  let tempDictionary = {};
  for (let key of Object.keys(object)) {
    let serializedValue = serializer.serialize(valueType, object[key], objectName, options);
    tempDictionary[key] = getXmlObjectValue(valueType, serializedValue, isXml, options);
  }
  if (isXml && mapper.xmlNamespace) {
    let xmlnsKey = mapper.xmlNamespacePrefix ? `xmlns:${mapper.xmlNamespacePrefix}` : "xmlns", result = tempDictionary;
    return result["$"] = { [xmlnsKey]: mapper.xmlNamespace }, result;
  }
  return tempDictionary;
}
function resolveAdditionalProperties(serializer, mapper, objectName) {
  let additionalProperties = mapper.type.additionalProperties;
  return !additionalProperties && mapper.type.className ? resolveReferencedMapper(serializer, mapper, objectName)?.type.additionalProperties : additionalProperties;
}
function resolveReferencedMapper(serializer, mapper, objectName) {
  let className = mapper.type.className;
  if (!className)
    throw new Error(`Class name for model "${objectName}" is not provided in the mapper "${JSON.stringify(mapper, void 0, 2)}".`);
  return serializer.modelMappers[className];
}
function resolveModelProperties(serializer, mapper, objectName) {
  let modelProps = mapper.type.modelProperties;
  if (!modelProps) {
    let modelMapper = resolveReferencedMapper(serializer, mapper, objectName);
    if (!modelMapper)
      throw new Error(`mapper() cannot be null or undefined for model "${mapper.type.className}".`);
    if (modelProps = modelMapper?.type.modelProperties, !modelProps)
      throw new Error(`modelProperties cannot be null or undefined in the mapper "${JSON.stringify(modelMapper)}" of type "${mapper.type.className}" for object "${objectName}".`);
  }
  return modelProps;
}
function serializeCompositeType(serializer, mapper, object, objectName, isXml, options) {
  if (getPolymorphicDiscriminatorRecursively(serializer, mapper) && (mapper = getPolymorphicMapper(serializer, mapper, object, "clientName")), object != null) {
    let payload = {}, modelProps = resolveModelProperties(serializer, mapper, objectName);
    for (let key of Object.keys(modelProps)) {
      let propertyMapper = modelProps[key];
      if (propertyMapper.readOnly)
        continue;
      let propName, parentObject = payload;
      if (serializer.isXML)
        propertyMapper.xmlIsWrapped ? propName = propertyMapper.xmlName : propName = propertyMapper.xmlElementName || propertyMapper.xmlName;
      else {
        let paths = splitSerializeName(propertyMapper.serializedName);
        propName = paths.pop();
        for (let pathName of paths) {
          let childObject = parentObject[pathName];
          childObject == null && (object[key] !== void 0 && object[key] !== null || propertyMapper.defaultValue !== void 0) && (parentObject[pathName] = {}), parentObject = parentObject[pathName];
        }
      }
      if (parentObject != null) {
        if (isXml && mapper.xmlNamespace) {
          let xmlnsKey = mapper.xmlNamespacePrefix ? `xmlns:${mapper.xmlNamespacePrefix}` : "xmlns";
          parentObject["$"] = {
            ...parentObject["$"],
            [xmlnsKey]: mapper.xmlNamespace
          };
        }
        let propertyObjectName = propertyMapper.serializedName !== "" ? objectName + "." + propertyMapper.serializedName : objectName, toSerialize = object[key], polymorphicDiscriminator = getPolymorphicDiscriminatorRecursively(serializer, mapper);
        polymorphicDiscriminator && polymorphicDiscriminator.clientName === key && toSerialize == null && (toSerialize = mapper.serializedName);
        let serializedValue = serializer.serialize(propertyMapper, toSerialize, propertyObjectName, options);
        if (serializedValue !== void 0 && propName !== void 0 && propName !== null) {
          let value = getXmlObjectValue(propertyMapper, serializedValue, isXml, options);
          isXml && propertyMapper.xmlIsAttribute ? (parentObject["$"] = parentObject["$"] || {}, parentObject["$"][propName] = serializedValue) : isXml && propertyMapper.xmlIsWrapped ? parentObject[propName] = { [propertyMapper.xmlElementName]: value } : parentObject[propName] = value;
        }
      }
    }
    let additionalPropertiesMapper = resolveAdditionalProperties(serializer, mapper, objectName);
    if (additionalPropertiesMapper) {
      let propNames = Object.keys(modelProps);
      for (let clientPropName of Object.keys(object))
        propNames.every((pn) => pn !== clientPropName) && Object.defineProperty(payload, clientPropName, {
          value: serializer.serialize(additionalPropertiesMapper, object[clientPropName], objectName + '["' + clientPropName + '"]', options),
          enumerable: !0,
          configurable: !0,
          writable: !0
        });
    }
    return payload;
  }
  return object;
}
function getXmlObjectValue(propertyMapper, serializedValue, isXml, options) {
  if (!isXml || !propertyMapper.xmlNamespace)
    return serializedValue;
  let xmlNamespace = { [propertyMapper.xmlNamespacePrefix ? `xmlns:${propertyMapper.xmlNamespacePrefix}` : "xmlns"]: propertyMapper.xmlNamespace };
  if (["Composite"].includes(propertyMapper.type.name)) {
    if (serializedValue["$"])
      return serializedValue;
    {
      let result2 = { ...serializedValue };
      return result2["$"] = xmlNamespace, result2;
    }
  }
  let result = {};
  return result[options.xml.xmlCharKey] = serializedValue, result["$"] = xmlNamespace, result;
}
function isSpecialXmlProperty(propertyName, options) {
  return ["$", options.xml.xmlCharKey].includes(propertyName);
}
function deserializeCompositeType(serializer, mapper, responseBody, objectName, options) {
  let xmlCharKey = options.xml.xmlCharKey ?? "_";
  getPolymorphicDiscriminatorRecursively(serializer, mapper) && (mapper = getPolymorphicMapper(serializer, mapper, responseBody, "serializedName"));
  let modelProps = resolveModelProperties(serializer, mapper, objectName), instance = {}, handledPropertyNames = [];
  for (let key of Object.keys(modelProps)) {
    let propertyMapper = modelProps[key], paths = splitSerializeName(modelProps[key].serializedName);
    handledPropertyNames.push(paths[0]);
    let { serializedName, xmlName, xmlElementName } = propertyMapper, propertyObjectName = objectName;
    serializedName !== "" && serializedName !== void 0 && (propertyObjectName = objectName + "." + serializedName);
    let headerCollectionPrefix = propertyMapper.headerCollectionPrefix;
    if (headerCollectionPrefix) {
      let dictionary = {};
      for (let headerKey of Object.keys(responseBody))
        headerKey.startsWith(headerCollectionPrefix) && (dictionary[headerKey.substring(headerCollectionPrefix.length)] = serializer.deserialize(propertyMapper.type.value, responseBody[headerKey], propertyObjectName, options)), handledPropertyNames.push(headerKey);
      instance[key] = dictionary;
    } else if (serializer.isXML)
      if (propertyMapper.xmlIsAttribute && responseBody["$"])
        instance[key] = serializer.deserialize(propertyMapper, responseBody["$"][xmlName], propertyObjectName, options);
      else if (propertyMapper.xmlIsMsText)
        responseBody[xmlCharKey] !== void 0 ? instance[key] = responseBody[xmlCharKey] : typeof responseBody == "string" && (instance[key] = responseBody);
      else {
        let propertyName = xmlElementName || xmlName || serializedName;
        if (propertyMapper.xmlIsWrapped) {
          let elementList = responseBody[xmlName]?.[xmlElementName] ?? [];
          Object.defineProperty(instance, key, {
            value: serializer.deserialize(propertyMapper, elementList, propertyObjectName, options),
            enumerable: !0,
            configurable: !0,
            writable: !0
          }), handledPropertyNames.push(xmlName);
        } else {
          let property = responseBody[propertyName];
          instance[key] = serializer.deserialize(propertyMapper, property, propertyObjectName, options), handledPropertyNames.push(propertyName);
        }
      }
    else {
      let propertyInstance, res = responseBody, steps = 0;
      for (let item of paths) {
        if (!res)
          break;
        steps++, res = res[item];
      }
      res === null && steps < paths.length && (res = void 0), propertyInstance = res;
      let polymorphicDiscriminator = mapper.type.polymorphicDiscriminator;
      polymorphicDiscriminator && key === polymorphicDiscriminator.clientName && propertyInstance == null && (propertyInstance = mapper.serializedName);
      let serializedValue;
      if (Array.isArray(responseBody[key]) && modelProps[key].serializedName === "") {
        propertyInstance = responseBody[key];
        let arrayInstance = serializer.deserialize(propertyMapper, propertyInstance, propertyObjectName, options);
        for (let [k, v] of Object.entries(instance))
          Object.prototype.hasOwnProperty.call(arrayInstance, k) || (arrayInstance[k] = v);
        instance = arrayInstance;
      } else (propertyInstance !== void 0 || propertyMapper.defaultValue !== void 0) && (serializedValue = serializer.deserialize(propertyMapper, propertyInstance, propertyObjectName, options), instance[key] = serializedValue);
    }
  }
  let additionalPropertiesMapper = mapper.type.additionalProperties;
  if (additionalPropertiesMapper) {
    let isAdditionalProperty = (responsePropName) => {
      for (let clientPropName of Object.keys(modelProps))
        if (splitSerializeName(modelProps[clientPropName].serializedName)[0] === responsePropName)
          return !1;
      return !0;
    };
    for (let responsePropName of Object.keys(responseBody))
      if (isAdditionalProperty(responsePropName)) {
        let deserializedValue = serializer.deserialize(additionalPropertiesMapper, responseBody[responsePropName], objectName + '["' + responsePropName + '"]', options);
        Object.defineProperty(instance, responsePropName, {
          value: deserializedValue,
          enumerable: !0,
          configurable: !0,
          writable: !0
        });
      }
  } else if (responseBody && !options.ignoreUnknownProperties)
    for (let key of Object.keys(responseBody))
      instance[key] === void 0 && !handledPropertyNames.includes(key) && !isSpecialXmlProperty(key, options) && Object.defineProperty(instance, key, {
        value: responseBody[key],
        enumerable: !0,
        configurable: !0,
        writable: !0
      });
  return instance;
}
function deserializeDictionaryType(serializer, mapper, responseBody, objectName, options) {
  let value = mapper.type.value;
  if (!value || typeof value != "object")
    throw new Error(`"value" metadata for a Dictionary must be defined in the mapper and it must of type "object" in ${objectName}`);
  if (responseBody) {
    let tempDictionary = {};
    for (let key of Object.keys(responseBody))
      tempDictionary[key] = serializer.deserialize(value, responseBody[key], objectName, options);
    return tempDictionary;
  }
  return responseBody;
}
function deserializeSequenceType(serializer, mapper, responseBody, objectName, options) {
  let element = mapper.type.element;
  if (!element || typeof element != "object")
    throw new Error(`"element" metadata for an Array must be defined in the mapper and it must be of type "object" in ${objectName}`);
  if (responseBody) {
    Array.isArray(responseBody) || (responseBody = [responseBody]), element.type.name === "Composite" && element.type.className && (element = serializer.modelMappers[element.type.className] ?? element);
    let tempArray = [];
    for (let i = 0; i < responseBody.length; i++)
      tempArray[i] = serializer.deserialize(element, responseBody[i], `${objectName}[${i}]`, options);
    return tempArray;
  }
  return responseBody;
}
function getIndexDiscriminator(discriminators, discriminatorValue, typeName) {
  let typeNamesToCheck = [typeName];
  for (; typeNamesToCheck.length; ) {
    let currentName = typeNamesToCheck.shift(), indexDiscriminator = discriminatorValue === currentName ? discriminatorValue : currentName + "." + discriminatorValue;
    if (Object.prototype.hasOwnProperty.call(discriminators, indexDiscriminator))
      return discriminators[indexDiscriminator];
    for (let [name, mapper] of Object.entries(discriminators))
      name.startsWith(currentName + ".") && mapper.type.uberParent === currentName && mapper.type.className && typeNamesToCheck.push(mapper.type.className);
  }
}
function getPolymorphicMapper(serializer, mapper, object, polymorphicPropertyName) {
  let polymorphicDiscriminator = getPolymorphicDiscriminatorRecursively(serializer, mapper);
  if (polymorphicDiscriminator) {
    let discriminatorName = polymorphicDiscriminator[polymorphicPropertyName];
    if (discriminatorName) {
      polymorphicPropertyName === "serializedName" && (discriminatorName = discriminatorName.replace(/\\/gi, ""));
      let discriminatorValue = object[discriminatorName], typeName = mapper.type.uberParent ?? mapper.type.className;
      if (typeof discriminatorValue == "string" && typeName) {
        let polymorphicMapper = getIndexDiscriminator(serializer.modelMappers.discriminators, discriminatorValue, typeName);
        polymorphicMapper && (mapper = polymorphicMapper);
      }
    }
  }
  return mapper;
}
function getPolymorphicDiscriminatorRecursively(serializer, mapper) {
  return mapper.type.polymorphicDiscriminator || getPolymorphicDiscriminatorSafely(serializer, mapper.type.uberParent) || getPolymorphicDiscriminatorSafely(serializer, mapper.type.className);
}
function getPolymorphicDiscriminatorSafely(serializer, typeName) {
  return typeName && serializer.modelMappers[typeName] && serializer.modelMappers[typeName].type.polymorphicDiscriminator;
}
var MapperTypeNames = {
  Base64Url: "Base64Url",
  Boolean: "Boolean",
  ByteArray: "ByteArray",
  Composite: "Composite",
  Date: "Date",
  DateTime: "DateTime",
  DateTimeRfc1123: "DateTimeRfc1123",
  Dictionary: "Dictionary",
  Enum: "Enum",
  Number: "Number",
  Object: "Object",
  Sequence: "Sequence",
  String: "String",
  Stream: "Stream",
  TimeSpan: "TimeSpan",
  UnixTime: "UnixTime"
};

// node_modules/@azure/core-client/dist/esm/interfaceHelpers.js
function getStreamingResponseStatusCodes(operationSpec) {
  let result = /* @__PURE__ */ new Set();
  for (let [statusCode, operationResponse] of Object.entries(operationSpec.responses))
    operationResponse.bodyMapper && operationResponse.bodyMapper.type.name === MapperTypeNames.Stream && result.add(Number(statusCode));
  return result;
}
function getPathStringFromParameter(parameter) {
  let { parameterPath, mapper } = parameter, result;
  return typeof parameterPath == "string" ? result = parameterPath : Array.isArray(parameterPath) ? result = parameterPath.join(".") : result = mapper.serializedName, result;
}

// node_modules/@azure/core-client/dist/esm/serializationPolicy.js
var serializationPolicyName = "serializationPolicy";
function serializationPolicy(options = {}) {
  let stringifyXML = options.stringifyXML;
  return {
    name: serializationPolicyName,
    sendRequest(request, next) {
      let operationInfo = getOperationRequestInfo(request), operationSpec = operationInfo?.operationSpec, operationArguments = operationInfo?.operationArguments;
      return operationSpec && operationArguments && (serializeHeaders(request, operationArguments, operationSpec), serializeRequestBody(request, operationArguments, operationSpec, stringifyXML)), next(request);
    }
  };
}
function serializeHeaders(request, operationArguments, operationSpec) {
  if (operationSpec.headerParameters)
    for (let headerParameter of operationSpec.headerParameters) {
      let headerValue = getOperationArgumentValueFromParameter(operationArguments, headerParameter);
      if (headerValue != null || headerParameter.mapper.required) {
        headerValue = operationSpec.serializer.serialize(headerParameter.mapper, headerValue, getPathStringFromParameter(headerParameter));
        let headerCollectionPrefix = headerParameter.mapper.headerCollectionPrefix;
        if (headerCollectionPrefix)
          for (let key of Object.keys(headerValue))
            request.headers.set(headerCollectionPrefix + key, headerValue[key]);
        else
          request.headers.set(headerParameter.mapper.serializedName || getPathStringFromParameter(headerParameter), headerValue);
      }
    }
  let customHeaders = operationArguments.options?.requestOptions?.customHeaders;
  if (customHeaders)
    for (let customHeaderName of Object.keys(customHeaders))
      request.headers.set(customHeaderName, customHeaders[customHeaderName]);
}
function serializeRequestBody(request, operationArguments, operationSpec, stringifyXML = function() {
  throw new Error("XML serialization unsupported!");
}) {
  let serializerOptions = operationArguments.options?.serializerOptions, updatedOptions = {
    xml: {
      rootName: serializerOptions?.xml.rootName ?? "",
      includeRoot: serializerOptions?.xml.includeRoot ?? !1,
      xmlCharKey: serializerOptions?.xml.xmlCharKey ?? "_"
    }
  }, xmlCharKey = updatedOptions.xml.xmlCharKey;
  if (operationSpec.requestBody && operationSpec.requestBody.mapper) {
    request.body = getOperationArgumentValueFromParameter(operationArguments, operationSpec.requestBody);
    let bodyMapper = operationSpec.requestBody.mapper, { required, serializedName, xmlName, xmlElementName, xmlNamespace, xmlNamespacePrefix, nullable } = bodyMapper, typeName = bodyMapper.type.name;
    try {
      if (request.body !== void 0 && request.body !== null || nullable && request.body === null || required) {
        let requestBodyParameterPathString = getPathStringFromParameter(operationSpec.requestBody);
        request.body = operationSpec.serializer.serialize(bodyMapper, request.body, requestBodyParameterPathString, updatedOptions);
        let isStream = typeName === MapperTypeNames.Stream;
        if (operationSpec.isXML) {
          let xmlnsKey = xmlNamespacePrefix ? `xmlns:${xmlNamespacePrefix}` : "xmlns", value = getXmlValueWithNamespace(xmlNamespace, xmlnsKey, typeName, request.body, updatedOptions);
          typeName === MapperTypeNames.Sequence ? request.body = stringifyXML(prepareXMLRootList(value, xmlElementName || xmlName || serializedName, xmlnsKey, xmlNamespace), { rootName: xmlName || serializedName, xmlCharKey }) : isStream || (request.body = stringifyXML(value, {
            rootName: xmlName || serializedName,
            xmlCharKey
          }));
        } else {
          if (typeName === MapperTypeNames.String && (operationSpec.contentType?.match("text/plain") || operationSpec.mediaType === "text"))
            return;
          isStream || (request.body = JSON.stringify(request.body));
        }
      }
    } catch (error) {
      throw new Error(`Error "${error.message}" occurred in serializing the payload - ${JSON.stringify(serializedName, void 0, "  ")}.`);
    }
  } else if (operationSpec.formDataParameters && operationSpec.formDataParameters.length > 0) {
    request.formData = {};
    for (let formDataParameter of operationSpec.formDataParameters) {
      let formDataParameterValue = getOperationArgumentValueFromParameter(operationArguments, formDataParameter);
      if (formDataParameterValue != null) {
        let formDataParameterPropertyName = formDataParameter.mapper.serializedName || getPathStringFromParameter(formDataParameter);
        request.formData[formDataParameterPropertyName] = operationSpec.serializer.serialize(formDataParameter.mapper, formDataParameterValue, getPathStringFromParameter(formDataParameter), updatedOptions);
      }
    }
  }
}
function getXmlValueWithNamespace(xmlNamespace, xmlnsKey, typeName, serializedValue, options) {
  if (xmlNamespace && !["Composite", "Sequence", "Dictionary"].includes(typeName)) {
    let result = {};
    return result[options.xml.xmlCharKey] = serializedValue, result["$"] = { [xmlnsKey]: xmlNamespace }, result;
  }
  return serializedValue;
}
function prepareXMLRootList(obj, elementName, xmlNamespaceKey, xmlNamespace) {
  if (Array.isArray(obj) || (obj = [obj]), !xmlNamespaceKey || !xmlNamespace)
    return { [elementName]: obj };
  let result = { [elementName]: obj };
  return result["$"] = { [xmlNamespaceKey]: xmlNamespace }, result;
}

// node_modules/@azure/core-client/dist/esm/deserializationPolicy.js
var defaultJsonContentTypes = ["application/json", "text/json"], defaultXmlContentTypes = ["application/xml", "application/atom+xml"], deserializationPolicyName = "deserializationPolicy";
function deserializationPolicy(options = {}) {
  let jsonContentTypes = options.expectedContentTypes?.json ?? defaultJsonContentTypes, xmlContentTypes = options.expectedContentTypes?.xml ?? defaultXmlContentTypes, parseXML = options.parseXML, serializerOptions = options.serializerOptions, updatedOptions = {
    xml: {
      rootName: serializerOptions?.xml.rootName ?? "",
      includeRoot: serializerOptions?.xml.includeRoot ?? !1,
      xmlCharKey: serializerOptions?.xml.xmlCharKey ?? "_"
    }
  };
  return {
    name: deserializationPolicyName,
    async sendRequest(request, next) {
      let response = await next(request);
      return deserializeResponseBody(jsonContentTypes, xmlContentTypes, response, updatedOptions, parseXML);
    }
  };
}
function getOperationResponseMap(parsedResponse) {
  let result, request = parsedResponse.request, operationInfo = getOperationRequestInfo(request), operationSpec = operationInfo?.operationSpec;
  return operationSpec && (operationInfo?.operationResponseGetter ? result = operationInfo?.operationResponseGetter(operationSpec, parsedResponse) : result = operationSpec.responses[parsedResponse.status]), result;
}
function shouldDeserializeResponse(parsedResponse) {
  let request = parsedResponse.request, shouldDeserialize = getOperationRequestInfo(request)?.shouldDeserialize, result;
  return shouldDeserialize === void 0 ? result = !0 : typeof shouldDeserialize == "boolean" ? result = shouldDeserialize : result = shouldDeserialize(parsedResponse), result;
}
async function deserializeResponseBody(jsonContentTypes, xmlContentTypes, response, options, parseXML) {
  let parsedResponse = await parse(jsonContentTypes, xmlContentTypes, response, options, parseXML);
  if (!shouldDeserializeResponse(parsedResponse))
    return parsedResponse;
  let operationSpec = getOperationRequestInfo(parsedResponse.request)?.operationSpec;
  if (!operationSpec || !operationSpec.responses)
    return parsedResponse;
  let responseSpec = getOperationResponseMap(parsedResponse), { error, shouldReturnResponse } = handleErrorResponse(parsedResponse, operationSpec, responseSpec, options);
  if (error)
    throw error;
  if (shouldReturnResponse)
    return parsedResponse;
  if (responseSpec) {
    if (responseSpec.bodyMapper) {
      let valueToDeserialize = parsedResponse.parsedBody;
      operationSpec.isXML && responseSpec.bodyMapper.type.name === MapperTypeNames.Sequence && (valueToDeserialize = typeof valueToDeserialize == "object" ? valueToDeserialize[responseSpec.bodyMapper.xmlElementName] : []);
      try {
        parsedResponse.parsedBody = operationSpec.serializer.deserialize(responseSpec.bodyMapper, valueToDeserialize, "operationRes.parsedBody", options);
      } catch (deserializeError) {
        throw new RestError2(`Error ${deserializeError} occurred in deserializing the responseBody - ${parsedResponse.bodyAsText}`, {
          statusCode: parsedResponse.status,
          request: parsedResponse.request,
          response: parsedResponse
        });
      }
    } else operationSpec.httpMethod === "HEAD" && (parsedResponse.parsedBody = response.status >= 200 && response.status < 300);
    responseSpec.headersMapper && (parsedResponse.parsedHeaders = operationSpec.serializer.deserialize(responseSpec.headersMapper, parsedResponse.headers.toJSON(), "operationRes.parsedHeaders", { xml: {}, ignoreUnknownProperties: !0 }));
  }
  return parsedResponse;
}
function isOperationSpecEmpty(operationSpec) {
  let expectedStatusCodes = Object.keys(operationSpec.responses);
  return expectedStatusCodes.length === 0 || expectedStatusCodes.length === 1 && expectedStatusCodes[0] === "default";
}
function handleErrorResponse(parsedResponse, operationSpec, responseSpec, options) {
  let isSuccessByStatus = 200 <= parsedResponse.status && parsedResponse.status < 300;
  if (isOperationSpecEmpty(operationSpec) ? isSuccessByStatus : !!responseSpec)
    if (responseSpec) {
      if (!responseSpec.isError)
        return { error: null, shouldReturnResponse: !1 };
    } else
      return { error: null, shouldReturnResponse: !1 };
  let errorResponseSpec = responseSpec ?? operationSpec.responses.default, initialErrorMessage = parsedResponse.request.streamResponseStatusCodes?.has(parsedResponse.status) ? `Unexpected status code: ${parsedResponse.status}` : parsedResponse.bodyAsText, error = new RestError2(initialErrorMessage, {
    statusCode: parsedResponse.status,
    request: parsedResponse.request,
    response: parsedResponse
  });
  if (!errorResponseSpec && !(parsedResponse.parsedBody?.error?.code && parsedResponse.parsedBody?.error?.message))
    throw error;
  let defaultBodyMapper = errorResponseSpec?.bodyMapper, defaultHeadersMapper = errorResponseSpec?.headersMapper;
  try {
    if (parsedResponse.parsedBody) {
      let parsedBody = parsedResponse.parsedBody, deserializedError;
      if (defaultBodyMapper) {
        let valueToDeserialize = parsedBody;
        if (operationSpec.isXML && defaultBodyMapper.type.name === MapperTypeNames.Sequence) {
          valueToDeserialize = [];
          let elementName = defaultBodyMapper.xmlElementName;
          typeof parsedBody == "object" && elementName && (valueToDeserialize = parsedBody[elementName]);
        }
        deserializedError = operationSpec.serializer.deserialize(defaultBodyMapper, valueToDeserialize, "error.response.parsedBody", options);
      }
      let internalError = parsedBody.error || deserializedError || parsedBody;
      error.code = internalError.code, internalError.message && (error.message = internalError.message), defaultBodyMapper && (error.response.parsedBody = deserializedError);
    }
    parsedResponse.headers && defaultHeadersMapper && (error.response.parsedHeaders = operationSpec.serializer.deserialize(defaultHeadersMapper, parsedResponse.headers.toJSON(), "operationRes.parsedHeaders"));
  } catch (defaultError) {
    error.message = `Error "${defaultError.message}" occurred in deserializing the responseBody - "${parsedResponse.bodyAsText}" for the default response.`;
  }
  return { error, shouldReturnResponse: !1 };
}
async function parse(jsonContentTypes, xmlContentTypes, operationResponse, opts, parseXML) {
  if (!operationResponse.request.streamResponseStatusCodes?.has(operationResponse.status) && operationResponse.bodyAsText) {
    let text = operationResponse.bodyAsText, contentType = operationResponse.headers.get("Content-Type") || "", contentComponents = contentType ? contentType.split(";").map((component) => component.toLowerCase()) : [];
    try {
      if (contentComponents.length === 0 || contentComponents.some((component) => jsonContentTypes.indexOf(component) !== -1))
        return operationResponse.parsedBody = JSON.parse(text), operationResponse;
      if (contentComponents.some((component) => xmlContentTypes.indexOf(component) !== -1)) {
        if (!parseXML)
          throw new Error("Parsing XML not supported.");
        let body = await parseXML(text, opts.xml);
        return operationResponse.parsedBody = body, operationResponse;
      }
    } catch (err) {
      let msg = `Error "${err}" occurred while parsing the response body - ${operationResponse.bodyAsText}.`, errCode = err.code || RestError2.PARSE_ERROR;
      throw new RestError2(msg, {
        code: errCode,
        statusCode: operationResponse.status,
        request: operationResponse.request,
        response: operationResponse
      });
    }
  }
  return operationResponse;
}

// node_modules/@azure/core-client/dist/esm/pipeline.js
function createClientPipeline(options = {}) {
  let pipeline = createPipelineFromOptions2(options ?? {});
  return options.credentialOptions && pipeline.addPolicy(bearerTokenAuthenticationPolicy({
    credential: options.credentialOptions.credential,
    scopes: options.credentialOptions.credentialScopes
  })), pipeline.addPolicy(serializationPolicy(options.serializationOptions), { phase: "Serialize" }), pipeline.addPolicy(deserializationPolicy(options.deserializationOptions), {
    phase: "Deserialize"
  }), pipeline;
}

// node_modules/@azure/core-client/dist/esm/authorizeRequestOnTenantChallenge.js
var Constants = {
  DefaultScope: "/.default",
  /**
   * Defines constants for use with HTTP headers.
   */
  HeaderConstants: {
    /**
     * The Authorization header.
     */
    AUTHORIZATION: "authorization"
  }
};
function isUuid(text) {
  return /^[0-9a-fA-F]{8}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{12}$/.test(text);
}
var authorizeRequestOnTenantChallenge = async (challengeOptions) => {
  let requestOptions = requestToOptions(challengeOptions.request), challenge = getChallenge(challengeOptions.response);
  if (challenge) {
    let challengeInfo = parseChallenge(challenge), challengeScopes = buildScopes(challengeOptions, challengeInfo), tenantId = extractTenantId(challengeInfo);
    if (!tenantId)
      return !1;
    let accessToken = await challengeOptions.getAccessToken(challengeScopes, {
      ...requestOptions,
      tenantId
    });
    return accessToken ? (challengeOptions.request.headers.set(Constants.HeaderConstants.AUTHORIZATION, `${accessToken.tokenType ?? "Bearer"} ${accessToken.token}`), !0) : !1;
  }
  return !1;
};
function extractTenantId(challengeInfo) {
  let tenantId = new URL(challengeInfo.authorization_uri).pathname.split("/")[1];
  if (tenantId && isUuid(tenantId))
    return tenantId;
}
function buildScopes(challengeOptions, challengeInfo) {
  if (!challengeInfo.resource_id)
    return challengeOptions.scopes;
  let challengeScopes = new URL(challengeInfo.resource_id), scope = new URL(Constants.DefaultScope, challengeScopes.origin).toString();
  return scope === "https://disk.azure.com/.default" && (scope = "https://disk.azure.com//.default"), [scope];
}
function getChallenge(response) {
  let challenge = response.headers.get("WWW-Authenticate");
  if (response.status === 401 && challenge)
    return challenge;
}
function parseChallenge(challenge) {
  return `${challenge.slice(7).trim()} `.split(" ").filter((x) => x).map((keyValue) => (([key, value]) => ({ [key]: value }))(keyValue.trim().split("="))).reduce((a, b) => ({ ...a, ...b }), {});
}
function requestToOptions(request) {
  return {
    abortSignal: request.abortSignal,
    requestOptions: {
      timeout: request.timeout
    },
    tracingOptions: request.tracingOptions
  };
}

// node_modules/@azure/core-client/dist/esm/httpClientCache.js
var cachedHttpClient;
function getCachedDefaultHttpClient() {
  return cachedHttpClient || (cachedHttpClient = createDefaultHttpClient2()), cachedHttpClient;
}

// node_modules/@azure/core-client/dist/esm/urlHelpers.js
var CollectionFormatToDelimiterMap = {
  CSV: ",",
  SSV: " ",
  Multi: "Multi",
  TSV: "	",
  Pipes: "|"
};
function getRequestUrl(baseUri, operationSpec, operationArguments, fallbackObject) {
  let urlReplacements = calculateUrlReplacements(operationSpec, operationArguments, fallbackObject), isAbsolutePath = !1, requestUrl = replaceAll(baseUri, urlReplacements);
  if (operationSpec.path) {
    let path = replaceAll(operationSpec.path, urlReplacements);
    operationSpec.path === "/{nextLink}" && path.startsWith("/") && (path = path.substring(1)), isAbsoluteUrl(path) ? (requestUrl = path, isAbsolutePath = !0) : requestUrl = appendPath(requestUrl, path);
  }
  let { queryParams, sequenceParams } = calculateQueryParameters(operationSpec, operationArguments, fallbackObject);
  return requestUrl = appendQueryParams(requestUrl, queryParams, sequenceParams, isAbsolutePath), requestUrl;
}
function replaceAll(input, replacements) {
  let result = input;
  for (let [searchValue, replaceValue] of replacements)
    result = result.split(searchValue).join(replaceValue);
  return result;
}
function calculateUrlReplacements(operationSpec, operationArguments, fallbackObject) {
  let result = /* @__PURE__ */ new Map();
  if (operationSpec.urlParameters?.length)
    for (let urlParameter of operationSpec.urlParameters) {
      let urlParameterValue = getOperationArgumentValueFromParameter(operationArguments, urlParameter, fallbackObject), parameterPathString = getPathStringFromParameter(urlParameter);
      urlParameterValue = operationSpec.serializer.serialize(urlParameter.mapper, urlParameterValue, parameterPathString), urlParameter.skipEncoding || (urlParameterValue = encodeURIComponent(urlParameterValue)), result.set(`{${urlParameter.mapper.serializedName || parameterPathString}}`, urlParameterValue);
    }
  return result;
}
function isAbsoluteUrl(url) {
  return url.includes("://");
}
function appendPath(url, pathToAppend) {
  if (!pathToAppend)
    return url;
  let parsedUrl = new URL(url), newPath = parsedUrl.pathname;
  newPath.endsWith("/") || (newPath = `${newPath}/`), pathToAppend.startsWith("/") && (pathToAppend = pathToAppend.substring(1));
  let searchStart = pathToAppend.indexOf("?");
  if (searchStart !== -1) {
    let path = pathToAppend.substring(0, searchStart), search = pathToAppend.substring(searchStart + 1);
    newPath = newPath + path, search && (parsedUrl.search = parsedUrl.search ? `${parsedUrl.search}&${search}` : search);
  } else
    newPath = newPath + pathToAppend;
  return Object.assign(parsedUrl, { pathname: newPath }), parsedUrl.toString();
}
function calculateQueryParameters(operationSpec, operationArguments, fallbackObject) {
  let result = /* @__PURE__ */ new Map(), sequenceParams = /* @__PURE__ */ new Set();
  if (operationSpec.queryParameters?.length)
    for (let queryParameter of operationSpec.queryParameters) {
      queryParameter.mapper.type.name === "Sequence" && queryParameter.mapper.serializedName && sequenceParams.add(queryParameter.mapper.serializedName);
      let queryParameterValue = getOperationArgumentValueFromParameter(operationArguments, queryParameter, fallbackObject);
      if (queryParameterValue != null || queryParameter.mapper.required) {
        queryParameterValue = operationSpec.serializer.serialize(queryParameter.mapper, queryParameterValue, getPathStringFromParameter(queryParameter));
        let delimiter = queryParameter.collectionFormat ? CollectionFormatToDelimiterMap[queryParameter.collectionFormat] : "";
        if (Array.isArray(queryParameterValue) && (queryParameterValue = queryParameterValue.map((item) => item ?? "")), queryParameter.collectionFormat === "Multi" && queryParameterValue.length === 0)
          continue;
        Array.isArray(queryParameterValue) && (queryParameter.collectionFormat === "SSV" || queryParameter.collectionFormat === "TSV") && (queryParameterValue = queryParameterValue.join(delimiter)), queryParameter.skipEncoding || (Array.isArray(queryParameterValue) ? queryParameterValue = queryParameterValue.map((item) => encodeURIComponent(item)) : queryParameterValue = encodeURIComponent(queryParameterValue)), Array.isArray(queryParameterValue) && (queryParameter.collectionFormat === "CSV" || queryParameter.collectionFormat === "Pipes") && (queryParameterValue = queryParameterValue.join(delimiter)), result.set(queryParameter.mapper.serializedName || getPathStringFromParameter(queryParameter), queryParameterValue);
      }
    }
  return {
    queryParams: result,
    sequenceParams
  };
}
function simpleParseQueryParams(queryString) {
  let result = /* @__PURE__ */ new Map();
  if (!queryString || queryString[0] !== "?")
    return result;
  queryString = queryString.slice(1);
  let pairs = queryString.split("&");
  for (let pair of pairs) {
    let [name, value] = pair.split("=", 2), existingValue = result.get(name);
    existingValue ? Array.isArray(existingValue) ? existingValue.push(value) : result.set(name, [existingValue, value]) : result.set(name, value);
  }
  return result;
}
function appendQueryParams(url, queryParams, sequenceParams, noOverwrite = !1) {
  if (queryParams.size === 0)
    return url;
  let parsedUrl = new URL(url), combinedParams = simpleParseQueryParams(parsedUrl.search);
  for (let [name, value] of queryParams) {
    let existingValue = combinedParams.get(name);
    if (Array.isArray(existingValue))
      if (Array.isArray(value)) {
        existingValue.push(...value);
        let valueSet = new Set(existingValue);
        combinedParams.set(name, Array.from(valueSet));
      } else
        existingValue.push(value);
    else existingValue ? (Array.isArray(value) ? value.unshift(existingValue) : sequenceParams.has(name) && combinedParams.set(name, [existingValue, value]), noOverwrite || combinedParams.set(name, value)) : combinedParams.set(name, value);
  }
  let searchPieces = [];
  for (let [name, value] of combinedParams)
    if (typeof value == "string")
      searchPieces.push(`${name}=${value}`);
    else if (Array.isArray(value))
      for (let subValue of value)
        searchPieces.push(`${name}=${subValue}`);
    else
      searchPieces.push(`${name}=${value}`);
  return parsedUrl.search = searchPieces.length ? `?${searchPieces.join("&")}` : "", parsedUrl.toString();
}

// node_modules/@azure/core-client/dist/esm/log.js
var logger3 = createClientLogger2("core-client");

// node_modules/@azure/core-client/dist/esm/serviceClient.js
var ServiceClient = class {
  /**
   * If specified, this is the base URI that requests will be made against for this ServiceClient.
   * If it is not specified, then all OperationSpecs must contain a baseUrl property.
   */
  _endpoint;
  /**
   * The default request content type for the service.
   * Used if no requestContentType is present on an OperationSpec.
   */
  _requestContentType;
  /**
   * Set to true if the request is sent over HTTP instead of HTTPS
   */
  _allowInsecureConnection;
  /**
   * The HTTP client that will be used to send requests.
   */
  _httpClient;
  /**
   * The pipeline used by this client to make requests
   */
  pipeline;
  /**
   * The ServiceClient constructor
   * @param options - The service client options that govern the behavior of the client.
   */
  constructor(options = {}) {
    if (this._requestContentType = options.requestContentType, this._endpoint = options.endpoint ?? options.baseUri, options.baseUri && logger3.warning("The baseUri option for SDK Clients has been deprecated, please use endpoint instead."), this._allowInsecureConnection = options.allowInsecureConnection, this._httpClient = options.httpClient || getCachedDefaultHttpClient(), this.pipeline = options.pipeline || createDefaultPipeline2(options), options.additionalPolicies?.length)
      for (let { policy, position } of options.additionalPolicies) {
        let afterPhase = position === "perRetry" ? "Sign" : void 0;
        this.pipeline.addPolicy(policy, {
          afterPhase
        });
      }
  }
  /**
   * Send the provided httpRequest.
   */
  sendRequest(request) {
    return this.pipeline.sendRequest(this._httpClient, request);
  }
  /**
   * Send an HTTP request that is populated using the provided OperationSpec.
   * @typeParam T - The typed result of the request, based on the OperationSpec.
   * @param operationArguments - The arguments that the HTTP request's templated values will be populated from.
   * @param operationSpec - The OperationSpec to use to populate the httpRequest.
   */
  async sendOperationRequest(operationArguments, operationSpec) {
    let endpoint = operationSpec.baseUrl || this._endpoint;
    if (!endpoint)
      throw new Error("If operationSpec.baseUrl is not specified, then the ServiceClient must have a endpoint string property that contains the base URL to use.");
    let url = getRequestUrl(endpoint, operationSpec, operationArguments, this), request = createPipelineRequest2({
      url
    });
    request.method = operationSpec.httpMethod;
    let operationInfo = getOperationRequestInfo(request);
    operationInfo.operationSpec = operationSpec, operationInfo.operationArguments = operationArguments;
    let contentType = operationSpec.contentType || this._requestContentType;
    contentType && operationSpec.requestBody && request.headers.set("Content-Type", contentType);
    let options = operationArguments.options;
    if (options) {
      let requestOptions = options.requestOptions;
      requestOptions && (requestOptions.timeout && (request.timeout = requestOptions.timeout), requestOptions.onUploadProgress && (request.onUploadProgress = requestOptions.onUploadProgress), requestOptions.onDownloadProgress && (request.onDownloadProgress = requestOptions.onDownloadProgress), requestOptions.shouldDeserialize !== void 0 && (operationInfo.shouldDeserialize = requestOptions.shouldDeserialize), requestOptions.allowInsecureConnection && (request.allowInsecureConnection = !0)), options.abortSignal && (request.abortSignal = options.abortSignal), options.tracingOptions && (request.tracingOptions = options.tracingOptions);
    }
    this._allowInsecureConnection && (request.allowInsecureConnection = !0), request.streamResponseStatusCodes === void 0 && (request.streamResponseStatusCodes = getStreamingResponseStatusCodes(operationSpec));
    try {
      let rawResponse = await this.sendRequest(request), flatResponse = flattenResponse(rawResponse, operationSpec.responses[rawResponse.status]);
      return options?.onResponse && options.onResponse(rawResponse, flatResponse), flatResponse;
    } catch (error) {
      if (typeof error == "object" && error?.response) {
        let rawResponse = error.response, flatResponse = flattenResponse(rawResponse, operationSpec.responses[error.statusCode] || operationSpec.responses.default);
        error.details = flatResponse, options?.onResponse && options.onResponse(rawResponse, flatResponse, error);
      }
      throw error;
    }
  }
};
function createDefaultPipeline2(options) {
  let credentialScopes = getCredentialScopes(options), credentialOptions = options.credential && credentialScopes ? { credentialScopes, credential: options.credential } : void 0;
  return createClientPipeline({
    ...options,
    credentialOptions
  });
}
function getCredentialScopes(options) {
  if (options.credentialScopes)
    return options.credentialScopes;
  if (options.endpoint)
    return `${options.endpoint}/.default`;
  if (options.baseUri)
    return `${options.baseUri}/.default`;
  if (options.credential)
    throw new Error("When using credentials, the ServiceClientOptions must contain either a endpoint or a credentialScopes. Unable to create a bearerTokenAuthenticationPolicy");
}

export {
  createEmptyPipeline2 as createEmptyPipeline,
  getLogLevel2 as getLogLevel,
  createClientLogger2 as createClientLogger,
  redirectPolicyName2 as redirectPolicyName,
  decompressResponsePolicyName2 as decompressResponsePolicyName,
  AbortError2 as AbortError,
  delay2 as delay,
  getErrorMessage,
  calculateRetryDelay2 as calculateRetryDelay,
  isError2 as isError,
  randomUUID2 as randomUUID,
  isNodeLike2 as isNodeLike,
  uint8ArrayToString2 as uint8ArrayToString,
  stringToUint8Array2 as stringToUint8Array,
  getDefaultProxySettings2 as getDefaultProxySettings,
  createTracingClient,
  RestError2 as RestError,
  isRestError2 as isRestError,
  createDefaultHttpClient2 as createDefaultHttpClient,
  createHttpHeaders2 as createHttpHeaders,
  createPipelineRequest2 as createPipelineRequest,
  retryPolicy2 as retryPolicy,
  bearerTokenAuthenticationPolicy,
  createSerializer,
  serializationPolicy,
  createClientPipeline,
  ServiceClient,
  authorizeRequestOnTenantChallenge
};
