import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  AbortError,
  ServiceClient,
  bearerTokenAuthenticationPolicy,
  calculateRetryDelay,
  createClientLogger,
  createDefaultHttpClient,
  createEmptyPipeline,
  createHttpHeaders,
  createPipelineRequest,
  createTracingClient,
  getLogLevel,
  isError,
  isNodeLike,
  retryPolicy,
  stringToUint8Array,
  uint8ArrayToString
} from "./chunk-VUBVJCEC.mjs";
import {
  require_jsonwebtoken
} from "./chunk-GHQE5W5C.mjs";
import "./chunk-4LYLEOST.mjs";
import "./chunk-OXCHI33W.mjs";
import {
  __export,
  __toESM
} from "./chunk-ZDPWL4GI.mjs";

// node_modules/@azure/identity/dist/esm/constants.js
var SDK_VERSION = "4.14.1", DeveloperSignOnClientId = "04b07795-8ddb-461a-bbee-02f9e1bf7b46", DefaultTenantId = "common", AzureAuthorityHosts;
(function(AzureAuthorityHosts2) {
  AzureAuthorityHosts2.AzureChina = "https://login.chinacloudapi.cn", AzureAuthorityHosts2.AzureGermany = "https://login.microsoftonline.de", AzureAuthorityHosts2.AzureGovernment = "https://login.microsoftonline.us", AzureAuthorityHosts2.AzurePublicCloud = "https://login.microsoftonline.com";
})(AzureAuthorityHosts || (AzureAuthorityHosts = {}));
var DefaultAuthorityHost = AzureAuthorityHosts.AzurePublicCloud, DefaultAuthority = "login.microsoftonline.com", ALL_TENANTS = ["*"], CACHE_CAE_SUFFIX = "cae", CACHE_NON_CAE_SUFFIX = "nocae", DEFAULT_TOKEN_CACHE_NAME = "msal.cache";

// node_modules/@azure/identity/dist/esm/msal/nodeFlows/msalPlugins.js
var persistenceProvider, msalNodeFlowCacheControl = {
  setPersistence(pluginProvider) {
    persistenceProvider = pluginProvider;
  }
}, nativeBrokerInfo, vsCodeAuthRecordPath, vsCodeBrokerInfo;
function hasVSCodePlugin() {
  return vsCodeAuthRecordPath !== void 0 && vsCodeBrokerInfo !== void 0;
}
var msalNodeFlowNativeBrokerControl = {
  setNativeBroker(broker) {
    nativeBrokerInfo = {
      broker
    };
  }
}, msalNodeFlowVSCodeCredentialControl = {
  setVSCodeAuthRecordPath(path4) {
    vsCodeAuthRecordPath = path4;
  },
  setVSCodeBroker(broker) {
    vsCodeBrokerInfo = {
      broker
    };
  }
};
function generatePluginConfiguration(options) {
  let config = {
    cache: {},
    broker: {
      ...options.brokerOptions,
      isEnabled: options.brokerOptions?.enabled ?? !1,
      enableMsaPassthrough: options.brokerOptions?.legacyEnableMsaPassthrough ?? !1
    }
  };
  if (options.tokenCachePersistenceOptions?.enabled) {
    if (persistenceProvider === void 0)
      throw new Error([
        "Persistent token caching was requested, but no persistence provider was configured.",
        "You must install the identity-cache-persistence plugin package (`npm install --save @azure/identity-cache-persistence`)",
        "and enable it by importing `useIdentityPlugin` from `@azure/identity` and calling",
        "`useIdentityPlugin(cachePersistencePlugin)` before using `tokenCachePersistenceOptions`."
      ].join(" "));
    let cacheBaseName = options.tokenCachePersistenceOptions.name || DEFAULT_TOKEN_CACHE_NAME;
    config.cache.cachePlugin = persistenceProvider({
      name: `${cacheBaseName}.${CACHE_NON_CAE_SUFFIX}`,
      ...options.tokenCachePersistenceOptions
    }), config.cache.cachePluginCae = persistenceProvider({
      name: `${cacheBaseName}.${CACHE_CAE_SUFFIX}`,
      ...options.tokenCachePersistenceOptions
    });
  }
  return options.brokerOptions?.enabled && (config.broker.nativeBrokerPlugin = getBrokerPlugin(options.isVSCodeCredential || !1)), config;
}
var brokerErrorTemplates = {
  missing: (credentialName6, packageName, pluginVar) => [
    `${credentialName6} was requested, but no plugin was configured or no authentication record was found.`,
    `You must install the ${packageName} plugin package (npm install --save ${packageName})`,
    "and enable it by importing `useIdentityPlugin` from `@azure/identity` and calling",
    `useIdentityPlugin(${pluginVar}) before using enableBroker.`
  ].join(" "),
  unavailable: (credentialName6, packageName) => [
    `${credentialName6} was requested, and the plugin is configured, but the broker is unavailable.`,
    `Ensure the ${credentialName6} plugin is properly installed and configured.`,
    "Check for missing native dependencies and ensure the package is properly installed.",
    `See the README for prerequisites on installing and using ${packageName}.`
  ].join(" ")
}, brokerConfig = {
  vsCode: {
    credentialName: "Visual Studio Code Credential",
    packageName: "@azure/identity-vscode",
    pluginVar: "vsCodePlugin",
    get brokerInfo() {
      return vsCodeBrokerInfo;
    }
  },
  native: {
    credentialName: "Broker for WAM",
    packageName: "@azure/identity-broker",
    pluginVar: "nativeBrokerPlugin",
    get brokerInfo() {
      return nativeBrokerInfo;
    }
  }
};
function getBrokerPlugin(isVSCodePlugin) {
  let { credentialName: credentialName6, packageName, pluginVar, brokerInfo } = brokerConfig[isVSCodePlugin ? "vsCode" : "native"];
  if (brokerInfo === void 0)
    throw new Error(brokerErrorTemplates.missing(credentialName6, packageName, pluginVar));
  if (brokerInfo.broker.isBrokerAvailable === !1)
    throw new Error(brokerErrorTemplates.unavailable(credentialName6, packageName));
  return brokerInfo.broker;
}
var msalPlugins = {
  generatePluginConfiguration
};

// node_modules/@azure/identity/dist/esm/plugins/consumer.js
var pluginContext = {
  cachePluginControl: msalNodeFlowCacheControl,
  nativeBrokerPluginControl: msalNodeFlowNativeBrokerControl,
  vsCodeCredentialControl: msalNodeFlowVSCodeCredentialControl
};
function useIdentityPlugin(plugin) {
  plugin(pluginContext);
}

// node_modules/@azure/identity/dist/esm/errors.js
function isErrorResponse(errorResponse) {
  return errorResponse && typeof errorResponse.error == "string" && typeof errorResponse.error_description == "string";
}
var CredentialUnavailableErrorName = "CredentialUnavailableError", CredentialUnavailableError = class extends Error {
  constructor(message, options) {
    super(message, options), this.name = CredentialUnavailableErrorName;
  }
}, AuthenticationErrorName = "AuthenticationError", AuthenticationError = class extends Error {
  /**
   * The HTTP status code returned from the authentication request.
   */
  statusCode;
  /**
   * The error response details.
   */
  errorResponse;
  constructor(statusCode, errorBody, options) {
    let errorResponse;
    if (isErrorResponse(errorBody))
      errorResponse = convertOAuthErrorResponseToErrorResponse(errorBody);
    else if (typeof errorBody == "string")
      try {
        let oauthErrorResponse = JSON.parse(errorBody);
        errorResponse = convertOAuthErrorResponseToErrorResponse(oauthErrorResponse);
      } catch {
        statusCode === 400 ? errorResponse = {
          error: "invalid_request",
          errorDescription: `The service indicated that the request was invalid.

${errorBody}`
        } : errorResponse = {
          error: "unknown_error",
          errorDescription: `An unknown error has occurred. Response body:

${errorBody}`
        };
      }
    else
      errorResponse = {
        error: "unknown_error",
        errorDescription: "An unknown error occurred and no additional details are available."
      };
    super(`${errorResponse.error} Status code: ${statusCode}
More details:
${errorResponse.errorDescription},`, options), this.statusCode = statusCode, this.errorResponse = errorResponse, this.name = AuthenticationErrorName;
  }
}, AggregateAuthenticationErrorName = "AggregateAuthenticationError", AggregateAuthenticationError = class extends Error {
  /**
   * The array of error objects that were thrown while trying to authenticate
   * with the credentials in a {@link ChainedTokenCredential}.
   */
  errors;
  constructor(errors, errorMessage) {
    let errorDetail = errors.join(`
`);
    super(`${errorMessage}
${errorDetail}`), this.errors = errors, this.name = AggregateAuthenticationErrorName;
  }
};
function convertOAuthErrorResponseToErrorResponse(errorBody) {
  return {
    error: errorBody.error,
    errorDescription: errorBody.error_description,
    correlationId: errorBody.correlation_id,
    errorCodes: errorBody.error_codes,
    timestamp: errorBody.timestamp,
    traceId: errorBody.trace_id
  };
}
var AuthenticationRequiredError = class extends Error {
  /**
   * The list of scopes for which the token will have access.
   */
  scopes;
  /**
   * The options passed to the getToken request.
   */
  getTokenOptions;
  constructor(options) {
    super(options.message, options.cause ? { cause: options.cause } : void 0), this.scopes = options.scopes, this.getTokenOptions = options.getTokenOptions, this.name = "AuthenticationRequiredError";
  }
};

// node_modules/@azure/identity/dist/esm/util/logging.js
var logger = createClientLogger("identity");
function processEnvVars(supportedEnvVars) {
  return supportedEnvVars.reduce((acc, envVariable) => (process.env[envVariable] ? acc.assigned.push(envVariable) : acc.missing.push(envVariable), acc), { missing: [], assigned: [] });
}
function formatSuccess(scope) {
  return `SUCCESS. Scopes: ${Array.isArray(scope) ? scope.join(", ") : scope}.`;
}
function formatError(scope, error) {
  let message = "ERROR.";
  return scope?.length && (message += ` Scopes: ${Array.isArray(scope) ? scope.join(", ") : scope}.`), `${message} Error message: ${typeof error == "string" ? error : error.message}.`;
}
function credentialLoggerInstance(title, parent, log = logger) {
  let fullTitle = parent ? `${parent.fullTitle} ${title}` : title;
  function info(message) {
    log.info(`${fullTitle} =>`, message);
  }
  function warning(message) {
    log.warning(`${fullTitle} =>`, message);
  }
  function verbose(message) {
    log.verbose(`${fullTitle} =>`, message);
  }
  function error(message) {
    log.error(`${fullTitle} =>`, message);
  }
  return {
    title,
    fullTitle,
    info,
    warning,
    verbose,
    error
  };
}
function credentialLogger(title, log = logger) {
  let credLogger = credentialLoggerInstance(title, void 0, log);
  return {
    ...credLogger,
    parent: log,
    getToken: credentialLoggerInstance("=> getToken()", credLogger, log)
  };
}

// node_modules/@azure/identity/dist/esm/util/tracing.js
var tracingClient = createTracingClient({
  namespace: "Microsoft.AAD",
  packageName: "@azure/identity",
  packageVersion: SDK_VERSION
});

// node_modules/@azure/identity/dist/esm/credentials/chainedTokenCredential.js
var logger2 = credentialLogger("ChainedTokenCredential"), ChainedTokenCredential = class {
  _sources = [];
  /**
   * Creates an instance of ChainedTokenCredential using the given credentials.
   *
   * @param sources - `TokenCredential` implementations to be tried in order.
   *
   * Example usage:
   * ```ts snippet:chained_token_credential_example
   * import { ClientSecretCredential, ChainedTokenCredential } from "@azure/identity";
   *
   * const tenantId = "<tenant-id>";
   * const clientId = "<client-id>";
   * const clientSecret = "<client-secret>";
   * const anotherClientId = "<another-client-id>";
   * const anotherSecret = "<another-client-secret>";
   *
   * const firstCredential = new ClientSecretCredential(tenantId, clientId, clientSecret);
   * const secondCredential = new ClientSecretCredential(tenantId, anotherClientId, anotherSecret);
   *
   * const credentialChain = new ChainedTokenCredential(firstCredential, secondCredential);
   * ```
   */
  constructor(...sources) {
    this._sources = sources;
  }
  /**
   * Returns the first access token returned by one of the chained
   * `TokenCredential` implementations.  Throws an {@link AggregateAuthenticationError}
   * when one or more credentials throws an {@link AuthenticationError} and
   * no credentials have returned an access token.
   *
   * This method is called automatically by Azure SDK client libraries. You may call this method
   * directly, but you must also handle token caching and token refreshing.
   *
   * @param scopes - The list of scopes for which the token will have access.
   * @param options - The options used to configure any requests this
   *                `TokenCredential` implementation might make.
   */
  async getToken(scopes, options = {}) {
    let { token } = await this.getTokenInternal(scopes, options);
    return token;
  }
  async getTokenInternal(scopes, options = {}) {
    let token = null, successfulCredential, errors = [];
    return tracingClient.withSpan("ChainedTokenCredential.getToken", options, async (updatedOptions) => {
      for (let i = 0; i < this._sources.length && token === null; i++)
        try {
          token = await this._sources[i].getToken(scopes, updatedOptions), successfulCredential = this._sources[i];
        } catch (err) {
          if (err.name === "CredentialUnavailableError" || err.name === "AuthenticationRequiredError")
            errors.push(err);
          else
            throw logger2.getToken.info(formatError(scopes, err)), err;
        }
      if (!token && errors.length > 0) {
        let err = new AggregateAuthenticationError(errors, "ChainedTokenCredential authentication failed.");
        throw logger2.getToken.info(formatError(scopes, err)), err;
      }
      if (logger2.getToken.info(`Result for ${successfulCredential.constructor.name}: ${formatSuccess(scopes)}`), token === null)
        throw new CredentialUnavailableError("Failed to retrieve a valid token");
      return { token, successfulCredential };
    });
  }
};

// node_modules/@azure/msal-node/dist/cache/serializer/Serializer.mjs
var Serializer = class {
  /**
   * serialize the JSON blob
   * @param data - JSON blob cache
   */
  static serializeJSONBlob(data) {
    return JSON.stringify(data);
  }
  /**
   * Serialize Accounts
   * @param accCache - cache of accounts
   */
  static serializeAccounts(accCache) {
    let accounts = {};
    return Object.keys(accCache).map(function(key) {
      let accountEntity = accCache[key];
      accounts[key] = {
        home_account_id: accountEntity.homeAccountId,
        environment: accountEntity.environment,
        realm: accountEntity.realm,
        local_account_id: accountEntity.localAccountId,
        username: accountEntity.username,
        authority_type: accountEntity.authorityType,
        name: accountEntity.name,
        client_info: accountEntity.clientInfo,
        last_modification_time: accountEntity.lastModificationTime,
        last_modification_app: accountEntity.lastModificationApp,
        tenantProfiles: accountEntity.tenantProfiles?.map((tenantProfile) => JSON.stringify(tenantProfile))
      };
    }), accounts;
  }
  /**
   * Serialize IdTokens
   * @param idTCache - cache of ID tokens
   */
  static serializeIdTokens(idTCache) {
    let idTokens = {};
    return Object.keys(idTCache).map(function(key) {
      let idTEntity = idTCache[key];
      idTokens[key] = {
        home_account_id: idTEntity.homeAccountId,
        environment: idTEntity.environment,
        credential_type: idTEntity.credentialType,
        client_id: idTEntity.clientId,
        secret: idTEntity.secret,
        realm: idTEntity.realm
      };
    }), idTokens;
  }
  /**
   * Serializes AccessTokens
   * @param atCache - cache of access tokens
   */
  static serializeAccessTokens(atCache) {
    let accessTokens = {};
    return Object.keys(atCache).map(function(key) {
      let atEntity = atCache[key];
      accessTokens[key] = {
        home_account_id: atEntity.homeAccountId,
        environment: atEntity.environment,
        credential_type: atEntity.credentialType,
        client_id: atEntity.clientId,
        secret: atEntity.secret,
        realm: atEntity.realm,
        target: atEntity.target,
        cached_at: atEntity.cachedAt,
        expires_on: atEntity.expiresOn,
        extended_expires_on: atEntity.extendedExpiresOn,
        refresh_on: atEntity.refreshOn,
        key_id: atEntity.keyId,
        token_type: atEntity.tokenType,
        userAssertionHash: atEntity.userAssertionHash,
        resource: atEntity.resource,
        additionalCacheKeyComponents: atEntity.additionalCacheKeyComponents
      };
    }), accessTokens;
  }
  /**
   * Serialize refreshTokens
   * @param rtCache - cache of refresh tokens
   */
  static serializeRefreshTokens(rtCache) {
    let refreshTokens = {};
    return Object.keys(rtCache).map(function(key) {
      let rtEntity = rtCache[key];
      refreshTokens[key] = {
        home_account_id: rtEntity.homeAccountId,
        environment: rtEntity.environment,
        credential_type: rtEntity.credentialType,
        client_id: rtEntity.clientId,
        secret: rtEntity.secret,
        family_id: rtEntity.familyId,
        target: rtEntity.target,
        realm: rtEntity.realm
      };
    }), refreshTokens;
  }
  /**
   * Serialize amdtCache
   * @param amdtCache - cache of app metadata
   */
  static serializeAppMetadata(amdtCache) {
    let appMetadata = {};
    return Object.keys(amdtCache).map(function(key) {
      let amdtEntity = amdtCache[key];
      appMetadata[key] = {
        client_id: amdtEntity.clientId,
        environment: amdtEntity.environment,
        family_id: amdtEntity.familyId
      };
    }), appMetadata;
  }
  /**
   * Serialize the cache
   * @param inMemCache - itemised cache read from the JSON
   */
  static serializeAllCache(inMemCache) {
    return {
      Account: this.serializeAccounts(inMemCache.accounts),
      IdToken: this.serializeIdTokens(inMemCache.idTokens),
      AccessToken: this.serializeAccessTokens(inMemCache.accessTokens),
      RefreshToken: this.serializeRefreshTokens(inMemCache.refreshTokens),
      AppMetadata: this.serializeAppMetadata(inMemCache.appMetadata)
    };
  }
};

// node_modules/@azure/msal-common/dist/constants/AADServerParamKeys.mjs
var AADServerParamKeys_exports = {};
__export(AADServerParamKeys_exports, {
  ACCESS_TOKEN: () => ACCESS_TOKEN,
  ATTRIBUTE_TOKENS: () => ATTRIBUTE_TOKENS,
  BROKER_CLIENT_ID: () => BROKER_CLIENT_ID,
  BROKER_REDIRECT_URI: () => BROKER_REDIRECT_URI,
  CCS_HEADER: () => CCS_HEADER,
  CLAIMS: () => CLAIMS,
  CLIENT_ASSERTION: () => CLIENT_ASSERTION,
  CLIENT_ASSERTION_TYPE: () => CLIENT_ASSERTION_TYPE,
  CLIENT_ID: () => CLIENT_ID,
  CLIENT_INFO: () => CLIENT_INFO,
  CLIENT_REQUEST_ID: () => CLIENT_REQUEST_ID,
  CLIENT_SECRET: () => CLIENT_SECRET,
  CLI_DATA: () => CLI_DATA,
  CODE: () => CODE,
  CODE_CHALLENGE: () => CODE_CHALLENGE,
  CODE_CHALLENGE_METHOD: () => CODE_CHALLENGE_METHOD,
  CODE_VERIFIER: () => CODE_VERIFIER,
  DEVICE_CODE: () => DEVICE_CODE,
  DOMAIN_HINT: () => DOMAIN_HINT,
  DPOP_JKT: () => DPOP_JKT,
  EAR_JWE_CRYPTO: () => EAR_JWE_CRYPTO,
  EAR_JWK: () => EAR_JWK,
  ERROR: () => ERROR,
  ERROR_DESCRIPTION: () => ERROR_DESCRIPTION,
  EXPIRES_IN: () => EXPIRES_IN,
  FMI_PATH: () => FMI_PATH,
  FOCI: () => FOCI,
  GRANT_TYPE: () => GRANT_TYPE,
  ID_TOKEN: () => ID_TOKEN,
  ID_TOKEN_HINT: () => ID_TOKEN_HINT,
  INSTANCE_AWARE: () => INSTANCE_AWARE,
  LOGIN_HINT: () => LOGIN_HINT,
  LOGOUT_HINT: () => LOGOUT_HINT,
  NATIVE_BROKER: () => NATIVE_BROKER,
  NONCE: () => NONCE,
  OBO_ASSERTION: () => OBO_ASSERTION,
  ON_BEHALF_OF: () => ON_BEHALF_OF,
  POPUP_ORIGIN_CHECK_DONE: () => POPUP_ORIGIN_CHECK_DONE,
  POST_LOGOUT_URI: () => POST_LOGOUT_URI,
  PROMPT: () => PROMPT,
  REDIRECT_URI: () => REDIRECT_URI,
  REFRESH_TOKEN: () => REFRESH_TOKEN,
  REFRESH_TOKEN_EXPIRES_IN: () => REFRESH_TOKEN_EXPIRES_IN,
  REQUESTED_TOKEN_USE: () => REQUESTED_TOKEN_USE,
  REQ_CNF: () => REQ_CNF,
  RESOURCE: () => RESOURCE,
  RESPONSE_MODE: () => RESPONSE_MODE,
  RESPONSE_TYPE: () => RESPONSE_TYPE,
  RETURN_SPA_CODE: () => RETURN_SPA_CODE,
  SCOPE: () => SCOPE,
  SESSION_STATE: () => SESSION_STATE,
  SID: () => SID,
  STATE: () => STATE,
  TOKEN_TYPE: () => TOKEN_TYPE,
  USERNAME: () => USERNAME,
  USER_FEDERATED_IDENTITY_CREDENTIAL: () => USER_FEDERATED_IDENTITY_CREDENTIAL,
  USER_ID: () => USER_ID,
  X_APP_NAME: () => X_APP_NAME,
  X_APP_VER: () => X_APP_VER,
  X_CLIENT_CPU: () => X_CLIENT_CPU,
  X_CLIENT_CURR_TELEM: () => X_CLIENT_CURR_TELEM,
  X_CLIENT_EXTRA_SKU: () => X_CLIENT_EXTRA_SKU,
  X_CLIENT_LAST_TELEM: () => X_CLIENT_LAST_TELEM,
  X_CLIENT_OS: () => X_CLIENT_OS,
  X_CLIENT_SKU: () => X_CLIENT_SKU,
  X_CLIENT_VER: () => X_CLIENT_VER,
  X_MS_LIB_CAPABILITY: () => X_MS_LIB_CAPABILITY
});
var CLIENT_ID = "client_id", REDIRECT_URI = "redirect_uri", RESPONSE_TYPE = "response_type", RESPONSE_MODE = "response_mode", GRANT_TYPE = "grant_type", CLAIMS = "claims", SCOPE = "scope", ERROR = "error", ERROR_DESCRIPTION = "error_description", ACCESS_TOKEN = "access_token", ID_TOKEN = "id_token", REFRESH_TOKEN = "refresh_token", EXPIRES_IN = "expires_in", REFRESH_TOKEN_EXPIRES_IN = "refresh_token_expires_in", STATE = "state", NONCE = "nonce", PROMPT = "prompt", SESSION_STATE = "session_state", CLIENT_INFO = "client_info", CODE = "code", CODE_CHALLENGE = "code_challenge", CODE_CHALLENGE_METHOD = "code_challenge_method", CODE_VERIFIER = "code_verifier", CLIENT_REQUEST_ID = "client-request-id", X_CLIENT_SKU = "x-client-SKU", X_CLIENT_VER = "x-client-VER", X_CLIENT_OS = "x-client-OS", X_CLIENT_CPU = "x-client-CPU", X_CLIENT_CURR_TELEM = "x-client-current-telemetry", X_CLIENT_LAST_TELEM = "x-client-last-telemetry", X_MS_LIB_CAPABILITY = "x-ms-lib-capability", X_APP_NAME = "x-app-name", X_APP_VER = "x-app-ver", POST_LOGOUT_URI = "post_logout_redirect_uri", ID_TOKEN_HINT = "id_token_hint", DEVICE_CODE = "device_code", CLIENT_SECRET = "client_secret", CLIENT_ASSERTION = "client_assertion", CLIENT_ASSERTION_TYPE = "client_assertion_type", TOKEN_TYPE = "token_type", REQ_CNF = "req_cnf", DPOP_JKT = "dpop_jkt", OBO_ASSERTION = "assertion", REQUESTED_TOKEN_USE = "requested_token_use", ON_BEHALF_OF = "on_behalf_of", FOCI = "foci", CCS_HEADER = "X-AnchorMailbox", RETURN_SPA_CODE = "return_spa_code", NATIVE_BROKER = "nativebroker", LOGOUT_HINT = "logout_hint", SID = "sid", LOGIN_HINT = "login_hint", DOMAIN_HINT = "domain_hint", X_CLIENT_EXTRA_SKU = "x-client-xtra-sku", BROKER_CLIENT_ID = "brk_client_id", BROKER_REDIRECT_URI = "brk_redirect_uri", INSTANCE_AWARE = "instance_aware", EAR_JWK = "ear_jwk", EAR_JWE_CRYPTO = "ear_jwe_crypto", RESOURCE = "resource", CLI_DATA = "clidata", USER_FEDERATED_IDENTITY_CREDENTIAL = "user_federated_identity_credential", USERNAME = "username", USER_ID = "user_id", FMI_PATH = "fmi_path", ATTRIBUTE_TOKENS = "attribute_tokens", POPUP_ORIGIN_CHECK_DONE = "pocd";

// node_modules/@azure/msal-common/dist/cache/utils/AccountEntityUtils.mjs
var AccountEntityUtils_exports = {};
__export(AccountEntityUtils_exports, {
  createAccountEntity: () => createAccountEntity,
  createAccountEntityFromAccountInfo: () => createAccountEntityFromAccountInfo,
  generateAccountId: () => generateAccountId,
  generateHomeAccountId: () => generateHomeAccountId,
  getAccountInfo: () => getAccountInfo,
  isAccountEntity: () => isAccountEntity,
  isSingleTenant: () => isSingleTenant
});

// node_modules/@azure/msal-common/dist/utils/Constants.mjs
var Constants_exports = {};
__export(Constants_exports, {
  AADAuthority: () => AADAuthority,
  AAD_INSTANCE_DISCOVERY_ENDPT: () => AAD_INSTANCE_DISCOVERY_ENDPT,
  AAD_TENANT_DOMAIN_SUFFIX: () => AAD_TENANT_DOMAIN_SUFFIX,
  ADFS: () => ADFS,
  APP_METADATA: () => APP_METADATA,
  AUTHORITY_METADATA_CACHE_KEY: () => AUTHORITY_METADATA_CACHE_KEY,
  AUTHORITY_METADATA_REFRESH_TIME_SECONDS: () => AUTHORITY_METADATA_REFRESH_TIME_SECONDS,
  AUTHORIZATION_PENDING: () => AUTHORIZATION_PENDING,
  AZURE_REGION_AUTO_DISCOVER_FLAG: () => AZURE_REGION_AUTO_DISCOVER_FLAG,
  AuthenticationScheme: () => AuthenticationScheme,
  AuthorityMetadataSource: () => AuthorityMetadataSource,
  CACHE_ACCOUNT_TYPE_ADFS: () => CACHE_ACCOUNT_TYPE_ADFS,
  CACHE_ACCOUNT_TYPE_GENERIC: () => CACHE_ACCOUNT_TYPE_GENERIC,
  CACHE_ACCOUNT_TYPE_MSAV1: () => CACHE_ACCOUNT_TYPE_MSAV1,
  CACHE_ACCOUNT_TYPE_MSSTS: () => CACHE_ACCOUNT_TYPE_MSSTS,
  CACHE_KEY_SEPARATOR: () => CACHE_KEY_SEPARATOR,
  CIAM_AUTH_URL: () => CIAM_AUTH_URL,
  CLIENT_INFO: () => CLIENT_INFO2,
  CLIENT_INFO_SEPARATOR: () => CLIENT_INFO_SEPARATOR,
  CLIENT_MISMATCH_ERROR: () => CLIENT_MISMATCH_ERROR,
  CODE_GRANT_TYPE: () => CODE_GRANT_TYPE,
  CONSUMER_UTID: () => CONSUMER_UTID,
  CacheOutcome: () => CacheOutcome,
  CacheType: () => CacheType,
  ClaimsRequestKeys: () => ClaimsRequestKeys,
  CodeChallengeMethodValues: () => CodeChallengeMethodValues,
  CredentialType: () => CredentialType,
  DEFAULT_AUTHORITY: () => DEFAULT_AUTHORITY,
  DEFAULT_AUTHORITY_HOST: () => DEFAULT_AUTHORITY_HOST,
  DEFAULT_COMMON_TENANT: () => DEFAULT_COMMON_TENANT,
  DEFAULT_MAX_THROTTLE_TIME_SECONDS: () => DEFAULT_MAX_THROTTLE_TIME_SECONDS,
  DEFAULT_THROTTLE_TIME_SECONDS: () => DEFAULT_THROTTLE_TIME_SECONDS,
  DEFAULT_TOKEN_RENEWAL_OFFSET_SEC: () => DEFAULT_TOKEN_RENEWAL_OFFSET_SEC,
  EMAIL_SCOPE: () => EMAIL_SCOPE,
  EncodingTypes: () => EncodingTypes,
  FORWARD_SLASH: () => FORWARD_SLASH,
  GrantType: () => GrantType,
  HTTP_BAD_REQUEST: () => HTTP_BAD_REQUEST,
  HTTP_CLIENT_ERROR: () => HTTP_CLIENT_ERROR,
  HTTP_CLIENT_ERROR_RANGE_END: () => HTTP_CLIENT_ERROR_RANGE_END,
  HTTP_CLIENT_ERROR_RANGE_START: () => HTTP_CLIENT_ERROR_RANGE_START,
  HTTP_GATEWAY_TIMEOUT: () => HTTP_GATEWAY_TIMEOUT,
  HTTP_GONE: () => HTTP_GONE,
  HTTP_MULTI_SIDED_ERROR: () => HTTP_MULTI_SIDED_ERROR,
  HTTP_NOT_FOUND: () => HTTP_NOT_FOUND,
  HTTP_REDIRECT: () => HTTP_REDIRECT,
  HTTP_REQUEST_TIMEOUT: () => HTTP_REQUEST_TIMEOUT,
  HTTP_SERVER_ERROR: () => HTTP_SERVER_ERROR,
  HTTP_SERVER_ERROR_RANGE_END: () => HTTP_SERVER_ERROR_RANGE_END,
  HTTP_SERVER_ERROR_RANGE_START: () => HTTP_SERVER_ERROR_RANGE_START,
  HTTP_SERVICE_UNAVAILABLE: () => HTTP_SERVICE_UNAVAILABLE,
  HTTP_SUCCESS: () => HTTP_SUCCESS,
  HTTP_SUCCESS_RANGE_END: () => HTTP_SUCCESS_RANGE_END,
  HTTP_SUCCESS_RANGE_START: () => HTTP_SUCCESS_RANGE_START,
  HTTP_TOO_MANY_REQUESTS: () => HTTP_TOO_MANY_REQUESTS,
  HTTP_UNAUTHORIZED: () => HTTP_UNAUTHORIZED,
  HeaderNames: () => HeaderNames,
  HttpMethod: () => HttpMethod,
  IMDS_ENDPOINT: () => IMDS_ENDPOINT,
  IMDS_TIMEOUT: () => IMDS_TIMEOUT,
  IMDS_VERSION: () => IMDS_VERSION,
  INVALID_GRANT_ERROR: () => INVALID_GRANT_ERROR,
  INVALID_INSTANCE: () => INVALID_INSTANCE,
  JsonWebTokenTypes: () => JsonWebTokenTypes,
  KNOWN_PUBLIC_CLOUDS: () => KNOWN_PUBLIC_CLOUDS,
  NOT_APPLICABLE: () => NOT_APPLICABLE,
  NOT_AVAILABLE: () => NOT_AVAILABLE,
  OAuthResponseType: () => OAuthResponseType,
  OFFLINE_ACCESS_SCOPE: () => OFFLINE_ACCESS_SCOPE,
  OIDC_DEFAULT_SCOPES: () => OIDC_DEFAULT_SCOPES,
  OIDC_SCOPES: () => OIDC_SCOPES,
  ONE_DAY_IN_MS: () => ONE_DAY_IN_MS,
  OPENID_SCOPE: () => OPENID_SCOPE,
  PROFILE_SCOPE: () => PROFILE_SCOPE,
  PasswordGrantConstants: () => PasswordGrantConstants,
  PersistentCacheKeys: () => PersistentCacheKeys,
  PromptValue: () => PromptValue,
  REGIONAL_AUTH_PUBLIC_CLOUD_SUFFIX: () => REGIONAL_AUTH_PUBLIC_CLOUD_SUFFIX,
  RESOURCE_DELIM: () => RESOURCE_DELIM,
  RegionDiscoveryOutcomes: () => RegionDiscoveryOutcomes,
  RegionDiscoverySources: () => RegionDiscoverySources,
  ResponseMode: () => ResponseMode,
  S256_CODE_CHALLENGE_METHOD: () => S256_CODE_CHALLENGE_METHOD,
  SERVER_TELEM_CACHE_KEY: () => SERVER_TELEM_CACHE_KEY,
  SERVER_TELEM_CATEGORY_SEPARATOR: () => SERVER_TELEM_CATEGORY_SEPARATOR,
  SERVER_TELEM_MAX_CACHED_ERRORS: () => SERVER_TELEM_MAX_CACHED_ERRORS,
  SERVER_TELEM_MAX_CUR_HEADER_BYTES: () => SERVER_TELEM_MAX_CUR_HEADER_BYTES,
  SERVER_TELEM_MAX_LAST_HEADER_BYTES: () => SERVER_TELEM_MAX_LAST_HEADER_BYTES,
  SERVER_TELEM_OVERFLOW_FALSE: () => SERVER_TELEM_OVERFLOW_FALSE,
  SERVER_TELEM_OVERFLOW_TRUE: () => SERVER_TELEM_OVERFLOW_TRUE,
  SERVER_TELEM_SCHEMA_VERSION: () => SERVER_TELEM_SCHEMA_VERSION,
  SERVER_TELEM_UNKNOWN_ERROR: () => SERVER_TELEM_UNKNOWN_ERROR,
  SERVER_TELEM_VALUE_SEPARATOR: () => SERVER_TELEM_VALUE_SEPARATOR,
  SHR_NONCE_VALIDITY: () => SHR_NONCE_VALIDITY,
  SKU: () => SKU,
  THE_FAMILY_ID: () => THE_FAMILY_ID,
  THROTTLING_PREFIX: () => THROTTLING_PREFIX,
  URL_FORM_CONTENT_TYPE: () => URL_FORM_CONTENT_TYPE,
  X_MS_LIB_CAPABILITY_VALUE: () => X_MS_LIB_CAPABILITY_VALUE
});
var SKU = "msal.js.common", DEFAULT_AUTHORITY = "https://login.microsoftonline.com/common/", DEFAULT_AUTHORITY_HOST = "login.microsoftonline.com", DEFAULT_COMMON_TENANT = "common", ADFS = "adfs", AAD_INSTANCE_DISCOVERY_ENDPT = `${DEFAULT_AUTHORITY}discovery/instance?api-version=1.1&authorization_endpoint=`, CIAM_AUTH_URL = ".ciamlogin.com", AAD_TENANT_DOMAIN_SUFFIX = ".onmicrosoft.com", RESOURCE_DELIM = "|", CONSUMER_UTID = "9188040d-6c67-4c5b-b112-36a304b66dad", OPENID_SCOPE = "openid", PROFILE_SCOPE = "profile", OFFLINE_ACCESS_SCOPE = "offline_access", EMAIL_SCOPE = "email", CODE_GRANT_TYPE = "authorization_code", S256_CODE_CHALLENGE_METHOD = "S256", URL_FORM_CONTENT_TYPE = "application/x-www-form-urlencoded;charset=utf-8", AUTHORIZATION_PENDING = "authorization_pending", NOT_APPLICABLE = "N/A", NOT_AVAILABLE = "Not Available", FORWARD_SLASH = "/", IMDS_ENDPOINT = "http://169.254.169.254/metadata/instance/compute", IMDS_VERSION = "2021-02-01", IMDS_TIMEOUT = 2e3, AZURE_REGION_AUTO_DISCOVER_FLAG = "TryAutoDetect", REGIONAL_AUTH_PUBLIC_CLOUD_SUFFIX = "login.microsoft.com", KNOWN_PUBLIC_CLOUDS = [
  "login.microsoftonline.com",
  "login.windows.net",
  "login.microsoft.com",
  "sts.windows.net"
], SHR_NONCE_VALIDITY = 240, INVALID_INSTANCE = "invalid_instance", HTTP_SUCCESS = 200, HTTP_SUCCESS_RANGE_START = 200, HTTP_SUCCESS_RANGE_END = 299, HTTP_REDIRECT = 302, HTTP_CLIENT_ERROR = 400, HTTP_CLIENT_ERROR_RANGE_START = 400, HTTP_BAD_REQUEST = 400, HTTP_UNAUTHORIZED = 401, HTTP_NOT_FOUND = 404, HTTP_REQUEST_TIMEOUT = 408, HTTP_GONE = 410, HTTP_TOO_MANY_REQUESTS = 429, HTTP_CLIENT_ERROR_RANGE_END = 499, HTTP_SERVER_ERROR = 500, HTTP_SERVER_ERROR_RANGE_START = 500, HTTP_SERVICE_UNAVAILABLE = 503, HTTP_GATEWAY_TIMEOUT = 504, HTTP_SERVER_ERROR_RANGE_END = 599, HTTP_MULTI_SIDED_ERROR = 600, HttpMethod = {
  GET: "GET",
  POST: "POST"
}, OIDC_DEFAULT_SCOPES = [
  OPENID_SCOPE,
  PROFILE_SCOPE,
  OFFLINE_ACCESS_SCOPE
], OIDC_SCOPES = [...OIDC_DEFAULT_SCOPES, EMAIL_SCOPE], HeaderNames = {
  CONTENT_TYPE: "Content-Type",
  CONTENT_LENGTH: "Content-Length",
  DPOP: "DPoP",
  RETRY_AFTER: "Retry-After",
  CCS_HEADER: "X-AnchorMailbox",
  WWWAuthenticate: "WWW-Authenticate",
  AuthenticationInfo: "Authentication-Info",
  X_MS_REQUEST_ID: "x-ms-request-id",
  X_MS_HTTP_VERSION: "x-ms-httpver"
}, PersistentCacheKeys = {
  ACTIVE_ACCOUNT_FILTERS: "active-account-filters"
  // new cache entry for active_account for a more robust version for browser
}, AADAuthority = {
  COMMON: "common",
  ORGANIZATIONS: "organizations",
  CONSUMERS: "consumers"
}, ClaimsRequestKeys = {
  ACCESS_TOKEN: "access_token",
  XMS_CC: "xms_cc",
  ID_TOKEN: "id_token",
  SIGNIN_STATE: "signin_state",
  LOGIN_HINT: "login_hint",
  TENANT_REGION_SUB_SCOPE: "tenant_region_sub_scope"
}, PromptValue = {
  LOGIN: "login",
  SELECT_ACCOUNT: "select_account",
  CONSENT: "consent",
  NONE: "none",
  CREATE: "create",
  NO_SESSION: "no_session"
}, CodeChallengeMethodValues = {
  PLAIN: "plain",
  S256: "S256"
}, OAuthResponseType = {
  CODE: "code",
  IDTOKEN_TOKEN: "id_token token",
  IDTOKEN_TOKEN_REFRESHTOKEN: "id_token token refresh_token"
}, ResponseMode = {
  QUERY: "query",
  FRAGMENT: "fragment",
  FORM_POST: "form_post"
}, GrantType = {
  IMPLICIT_GRANT: "implicit",
  AUTHORIZATION_CODE_GRANT: "authorization_code",
  CLIENT_CREDENTIALS_GRANT: "client_credentials",
  RESOURCE_OWNER_PASSWORD_GRANT: "password",
  REFRESH_TOKEN_GRANT: "refresh_token",
  DEVICE_CODE_GRANT: "device_code",
  JWT_BEARER: "urn:ietf:params:oauth:grant-type:jwt-bearer",
  USER_FIC: "user_fic"
}, CACHE_ACCOUNT_TYPE_MSSTS = "MSSTS", CACHE_ACCOUNT_TYPE_ADFS = "ADFS", CACHE_ACCOUNT_TYPE_MSAV1 = "MSA", CACHE_ACCOUNT_TYPE_GENERIC = "Generic", CACHE_KEY_SEPARATOR = "-", CLIENT_INFO_SEPARATOR = ".", CredentialType = {
  ID_TOKEN: "IdToken",
  ACCESS_TOKEN: "AccessToken",
  ACCESS_TOKEN_WITH_AUTH_SCHEME: "AccessToken_With_AuthScheme",
  REFRESH_TOKEN: "RefreshToken"
}, CacheType = {
  ADFS: 1001,
  MSA: 1002,
  MSSTS: 1003,
  GENERIC: 1004,
  ACCESS_TOKEN: 2001,
  REFRESH_TOKEN: 2002,
  ID_TOKEN: 2003,
  APP_METADATA: 3001,
  UNDEFINED: 9999
}, APP_METADATA = "appmetadata", CLIENT_INFO2 = "client_info", THE_FAMILY_ID = "1", AUTHORITY_METADATA_CACHE_KEY = "authority-metadata", AUTHORITY_METADATA_REFRESH_TIME_SECONDS = 3600 * 24, AuthorityMetadataSource = {
  CONFIG: "config",
  CACHE: "cache",
  NETWORK: "network",
  HARDCODED_VALUES: "hardcoded_values"
}, SERVER_TELEM_SCHEMA_VERSION = 5, SERVER_TELEM_MAX_CUR_HEADER_BYTES = 80, SERVER_TELEM_MAX_LAST_HEADER_BYTES = 330, SERVER_TELEM_MAX_CACHED_ERRORS = 50, SERVER_TELEM_CACHE_KEY = "server-telemetry", SERVER_TELEM_CATEGORY_SEPARATOR = "|", SERVER_TELEM_VALUE_SEPARATOR = ",", SERVER_TELEM_OVERFLOW_TRUE = "1", SERVER_TELEM_OVERFLOW_FALSE = "0", SERVER_TELEM_UNKNOWN_ERROR = "unknown_error", AuthenticationScheme = {
  BEARER: "Bearer",
  POP: "pop",
  DPOP: "DPoP",
  SSH: "ssh-cert"
}, DEFAULT_THROTTLE_TIME_SECONDS = 60, DEFAULT_MAX_THROTTLE_TIME_SECONDS = 3600, THROTTLING_PREFIX = "throttling", X_MS_LIB_CAPABILITY_VALUE = "retry-after, h429", INVALID_GRANT_ERROR = "invalid_grant", CLIENT_MISMATCH_ERROR = "client_mismatch", PasswordGrantConstants = {
  username: "username",
  password: "password"
}, RegionDiscoverySources = {
  FAILED_AUTO_DETECTION: "1",
  INTERNAL_CACHE: "2",
  ENVIRONMENT_VARIABLE: "3",
  IMDS: "4"
}, RegionDiscoveryOutcomes = {
  CONFIGURED_MATCHES_DETECTED: "1",
  CONFIGURED_NO_AUTO_DETECTION: "2",
  CONFIGURED_NOT_DETECTED: "3",
  AUTO_DETECTION_REQUESTED_SUCCESSFUL: "4",
  AUTO_DETECTION_REQUESTED_FAILED: "5"
}, CacheOutcome = {
  // When a token is found in the cache or the cache is not supposed to be hit when making the request
  NOT_APPLICABLE: "0",
  // When the token request goes to the identity provider because force_refresh was set to true. Also occurs if claims were requested
  FORCE_REFRESH_OR_CLAIMS: "1",
  // When the token request goes to the identity provider because no cached access token exists
  NO_CACHED_ACCESS_TOKEN: "2",
  // When the token request goes to the identity provider because cached access token expired
  CACHED_ACCESS_TOKEN_EXPIRED: "3",
  // When the token request goes to the identity provider because refresh_in was used and the existing token needs to be refreshed
  PROACTIVELY_REFRESHED: "4"
}, JsonWebTokenTypes = {
  Jwt: "JWT",
  Jwk: "JWK",
  Pop: "pop",
  Dpop: "dpop+jwt"
}, ONE_DAY_IN_MS = 864e5, DEFAULT_TOKEN_RENEWAL_OFFSET_SEC = 300, EncodingTypes = {
  BASE64: "base64",
  HEX: "hex",
  UTF8: "utf-8"
};

// node_modules/@azure/msal-common/dist/error/AuthError.mjs
function getDefaultErrorMessage(code) {
  return `See https://aka.ms/msal.js.errors#${code} for details`;
}
var AuthError = class _AuthError extends Error {
  constructor(errorCode, correlationId, errorMessage, suberror) {
    let message = errorMessage || (errorCode ? getDefaultErrorMessage(errorCode) : ""), errorString = message ? `${errorCode}: ${message}` : errorCode;
    super(errorString), Object.setPrototypeOf(this, _AuthError.prototype), this.errorCode = errorCode || "", this.errorMessage = message || "", this.subError = suberror || "", this.correlationId = correlationId, this.name = "AuthError";
  }
};
function createAuthError(code, correlationId, additionalMessage) {
  return new AuthError(code, correlationId, additionalMessage || getDefaultErrorMessage(code));
}

// node_modules/@azure/msal-common/dist/error/ClientAuthError.mjs
var ClientAuthError = class _ClientAuthError extends AuthError {
  constructor(errorCode, correlationId, additionalMessage) {
    super(errorCode, correlationId, additionalMessage), this.name = "ClientAuthError", Object.setPrototypeOf(this, _ClientAuthError.prototype);
  }
};
function createClientAuthError(errorCode, correlationId, additionalMessage) {
  return new ClientAuthError(errorCode, correlationId, additionalMessage);
}

// node_modules/@azure/msal-common/dist/error/ClientAuthErrorCodes.mjs
var ClientAuthErrorCodes_exports = {};
__export(ClientAuthErrorCodes_exports, {
  authorizationCodeMissingFromServerResponse: () => authorizationCodeMissingFromServerResponse,
  bindingKeyNotRemoved: () => bindingKeyNotRemoved,
  cannotAppendScopeSet: () => cannotAppendScopeSet,
  cannotRemoveEmptyScope: () => cannotRemoveEmptyScope,
  clientInfoDecodingError: () => clientInfoDecodingError,
  clientInfoEmptyError: () => clientInfoEmptyError,
  dpopTokenTypeMismatch: () => dpopTokenTypeMismatch,
  emptyInputScopeSet: () => emptyInputScopeSet,
  endSessionEndpointNotSupported: () => endSessionEndpointNotSupported,
  endpointResolutionError: () => endpointResolutionError,
  hashNotDeserialized: () => hashNotDeserialized,
  invalidCacheEnvironment: () => invalidCacheEnvironment,
  invalidCacheRecord: () => invalidCacheRecord,
  invalidState: () => invalidState,
  keyIdMissing: () => keyIdMissing,
  methodNotImplemented: () => methodNotImplemented,
  misplacedResourceParam: () => misplacedResourceParam,
  multipleMatchingAppMetadata: () => multipleMatchingAppMetadata,
  multipleMatchingTokens: () => multipleMatchingTokens,
  nestedAppAuthBridgeDisabled: () => nestedAppAuthBridgeDisabled,
  networkError: () => networkError,
  noAccountFound: () => noAccountFound,
  noAccountInSilentRequest: () => noAccountInSilentRequest,
  noCryptoObject: () => noCryptoObject,
  noNetworkConnectivity: () => noNetworkConnectivity,
  nonceMismatch: () => nonceMismatch,
  nullOrEmptyToken: () => nullOrEmptyToken,
  openIdConfigError: () => openIdConfigError,
  platformBrokerError: () => platformBrokerError,
  requestCannotBeMade: () => requestCannotBeMade,
  resourceParameterRequired: () => resourceParameterRequired,
  stateMismatch: () => stateMismatch,
  stateNotFound: () => stateNotFound,
  tokenClaimsCnfRequiredForSignedJwt: () => tokenClaimsCnfRequiredForSignedJwt,
  tokenParsingError: () => tokenParsingError,
  tokenRefreshRequired: () => tokenRefreshRequired,
  unexpectedCredentialType: () => unexpectedCredentialType,
  userCanceled: () => userCanceled
});
var clientInfoDecodingError = "client_info_decoding_error", clientInfoEmptyError = "client_info_empty_error", tokenParsingError = "token_parsing_error", nullOrEmptyToken = "null_or_empty_token", endpointResolutionError = "endpoints_resolution_error", networkError = "network_error", openIdConfigError = "openid_config_error", hashNotDeserialized = "hash_not_deserialized", invalidState = "invalid_state", stateMismatch = "state_mismatch", stateNotFound = "state_not_found", nonceMismatch = "nonce_mismatch", multipleMatchingTokens = "multiple_matching_tokens", multipleMatchingAppMetadata = "multiple_matching_appMetadata", requestCannotBeMade = "request_cannot_be_made", cannotRemoveEmptyScope = "cannot_remove_empty_scope", cannotAppendScopeSet = "cannot_append_scopeset", emptyInputScopeSet = "empty_input_scopeset", noAccountInSilentRequest = "no_account_in_silent_request", invalidCacheRecord = "invalid_cache_record", invalidCacheEnvironment = "invalid_cache_environment", noAccountFound = "no_account_found", noCryptoObject = "no_crypto_object", unexpectedCredentialType = "unexpected_credential_type", dpopTokenTypeMismatch = "dpop_token_type_mismatch", tokenRefreshRequired = "token_refresh_required", tokenClaimsCnfRequiredForSignedJwt = "token_claims_cnf_required_for_signedjwt", authorizationCodeMissingFromServerResponse = "authorization_code_missing_from_server_response", bindingKeyNotRemoved = "binding_key_not_removed", endSessionEndpointNotSupported = "end_session_endpoint_not_supported", keyIdMissing = "key_id_missing", noNetworkConnectivity = "no_network_connectivity", userCanceled = "user_canceled", methodNotImplemented = "method_not_implemented", nestedAppAuthBridgeDisabled = "nested_app_auth_bridge_disabled", platformBrokerError = "platform_broker_error", resourceParameterRequired = "resource_parameter_required", misplacedResourceParam = "misplaced_resource_parameter";

// node_modules/@azure/msal-common/dist/account/ClientInfo.mjs
function buildClientInfo(rawClientInfo, base64Decode) {
  if (!rawClientInfo)
    throw createClientAuthError(clientInfoEmptyError, "");
  try {
    let decodedClientInfo = base64Decode(rawClientInfo);
    return JSON.parse(decodedClientInfo);
  } catch {
    throw createClientAuthError(clientInfoDecodingError, "");
  }
}
function buildClientInfoFromHomeAccountId(homeAccountId) {
  if (!homeAccountId)
    throw createClientAuthError(clientInfoDecodingError, "");
  let clientInfoParts = homeAccountId.split(CLIENT_INFO_SEPARATOR, 2);
  return {
    uid: clientInfoParts[0],
    utid: clientInfoParts.length < 2 ? "" : clientInfoParts[1]
  };
}

// node_modules/@azure/msal-common/dist/account/AuthToken.mjs
var AuthToken_exports = {};
__export(AuthToken_exports, {
  extractTokenClaims: () => extractTokenClaims,
  getJWSPayload: () => getJWSPayload,
  isKmsi: () => isKmsi
});
function extractTokenClaims(encodedToken, base64Decode, correlationId) {
  let jswPayload = getJWSPayload(encodedToken, correlationId);
  try {
    let base64Decoded = base64Decode(jswPayload);
    return JSON.parse(base64Decoded);
  } catch {
    throw createClientAuthError(tokenParsingError, correlationId);
  }
}
function isKmsi(idTokenClaims) {
  if (!idTokenClaims.signin_state)
    return !1;
  let kmsiClaims = ["kmsi", "dvc_dmjd"];
  return idTokenClaims.signin_state.some((value) => kmsiClaims.includes(value.trim().toLowerCase()));
}
function getJWSPayload(authToken, correlationId) {
  if (!authToken)
    throw createClientAuthError(nullOrEmptyToken, correlationId);
  let matches = /^([^\.\s]*)\.([^\.\s]+)\.([^\.\s]*)$/.exec(authToken);
  if (!matches || matches.length < 4)
    throw createClientAuthError(tokenParsingError, correlationId);
  return matches[2];
}

// node_modules/@azure/msal-common/dist/account/AccountInfo.mjs
function tenantIdMatchesHomeTenant(tenantId, homeAccountId) {
  return !!tenantId && !!homeAccountId && tenantId === homeAccountId.split(".")[1];
}
function buildTenantProfile(homeAccountId, localAccountId, tenantId, nativeAccountId, idTokenClaims) {
  if (idTokenClaims) {
    let { oid, sub, tid, name: name3, tfp, acr, preferred_username, upn, login_hint } = idTokenClaims, tenantId2 = tid || tfp || acr || "";
    return {
      tenantId: tenantId2,
      localAccountId: oid || sub || "",
      name: name3,
      username: preferred_username || upn || "",
      loginHint: login_hint,
      isHomeTenant: tenantIdMatchesHomeTenant(tenantId2, homeAccountId),
      upn,
      ...nativeAccountId && { nativeAccountId }
    };
  } else
    return {
      tenantId,
      localAccountId,
      username: "",
      isHomeTenant: tenantIdMatchesHomeTenant(tenantId, homeAccountId),
      ...nativeAccountId && { nativeAccountId }
    };
}
function updateAccountTenantProfileData(baseAccountInfo, tenantProfile, idTokenClaims, idTokenSecret) {
  let updatedAccountInfo = baseAccountInfo;
  if (tenantProfile) {
    let { isHomeTenant, ...tenantProfileOverride } = tenantProfile;
    updatedAccountInfo = { ...baseAccountInfo, ...tenantProfileOverride };
  }
  if (idTokenClaims) {
    let { isHomeTenant, ...claimsSourcedTenantProfile } = buildTenantProfile(baseAccountInfo.homeAccountId, baseAccountInfo.localAccountId, baseAccountInfo.tenantId, updatedAccountInfo.nativeAccountId, idTokenClaims);
    return updatedAccountInfo = {
      ...updatedAccountInfo,
      ...claimsSourcedTenantProfile,
      idTokenClaims,
      idToken: idTokenSecret,
      kmsi: isKmsi(idTokenClaims)
    }, updatedAccountInfo;
  }
  return updatedAccountInfo;
}

// node_modules/@azure/msal-common/dist/authority/AuthorityType.mjs
var AuthorityType = {
  Default: 0,
  Adfs: 1,
  Ciam: 3
};

// node_modules/@azure/msal-common/dist/account/TokenClaims.mjs
function getTenantIdFromIdTokenClaims(idTokenClaims) {
  return idTokenClaims && (idTokenClaims.tid || idTokenClaims.tfp || idTokenClaims.acr) || null;
}

// node_modules/@azure/msal-common/dist/authority/ProtocolMode.mjs
var ProtocolMode = {
  /**
   * Auth Code + PKCE with Entra ID (formerly AAD) specific optimizations and features
   */
  AAD: "AAD",
  /**
   * Auth Code + PKCE without Entra ID specific optimizations and features. For use only with non-Microsoft owned authorities.
   * Support is limited for this mode.
   */
  OIDC: "OIDC",
  /**
   * Encrypted Authorize Response (EAR) with Entra ID specific optimizations and features
   */
  EAR: "EAR"
};

// node_modules/@azure/msal-common/dist/cache/utils/AccountEntityUtils.mjs
function generateAccountId(accountEntity) {
  return [
    accountEntity.homeAccountId,
    accountEntity.environment
  ].join(CACHE_KEY_SEPARATOR).toLowerCase();
}
function getAccountInfo(accountEntity) {
  let tenantProfiles = accountEntity.tenantProfiles || [];
  tenantProfiles.length === 0 && accountEntity.realm && accountEntity.localAccountId && tenantProfiles.push(buildTenantProfile(accountEntity.homeAccountId, accountEntity.localAccountId, accountEntity.realm, accountEntity.nativeAccountId));
  let nativeAccountId = tenantProfiles.find((tp) => tp.tenantId === accountEntity.realm)?.nativeAccountId || accountEntity.nativeAccountId;
  return {
    homeAccountId: accountEntity.homeAccountId,
    environment: accountEntity.environment,
    tenantId: accountEntity.realm,
    username: accountEntity.username,
    localAccountId: accountEntity.localAccountId,
    loginHint: accountEntity.loginHint,
    name: accountEntity.name,
    nativeAccountId,
    authorityType: accountEntity.authorityType,
    // Deserialize tenant profiles array into a Map
    tenantProfiles: new Map(tenantProfiles.map((tenantProfile) => [tenantProfile.tenantId, tenantProfile])),
    dataBoundary: accountEntity.dataBoundary
  };
}
function isSingleTenant(accountEntity) {
  return !accountEntity.tenantProfiles;
}
function createAccountEntity(accountDetails, authority, correlationId, base64Decode) {
  let authorityType;
  authority.authorityType === AuthorityType.Adfs ? authorityType = CACHE_ACCOUNT_TYPE_ADFS : authority.protocolMode === ProtocolMode.OIDC ? authorityType = CACHE_ACCOUNT_TYPE_GENERIC : authorityType = CACHE_ACCOUNT_TYPE_MSSTS;
  let clientInfo, dataBoundary;
  accountDetails.clientInfo && base64Decode && (clientInfo = buildClientInfo(accountDetails.clientInfo, base64Decode), clientInfo.xms_tdbr && (dataBoundary = clientInfo.xms_tdbr === "EU" ? "EU" : "None"));
  let env = accountDetails.environment || authority && authority.getPreferredCache();
  if (!env)
    throw createClientAuthError(invalidCacheEnvironment, correlationId);
  let preferredUsername = accountDetails.idTokenClaims?.preferred_username || accountDetails.idTokenClaims?.upn, email = accountDetails.idTokenClaims?.emails ? accountDetails.idTokenClaims.emails[0] : null, username = preferredUsername || email || "", loginHint = accountDetails.idTokenClaims?.login_hint, realm = clientInfo?.utid || getTenantIdFromIdTokenClaims(accountDetails.idTokenClaims) || "", localAccountId = clientInfo?.uid || accountDetails.idTokenClaims?.oid || accountDetails.idTokenClaims?.sub || "", tenantProfiles;
  return accountDetails.tenantProfiles ? tenantProfiles = accountDetails.tenantProfiles : tenantProfiles = [buildTenantProfile(accountDetails.homeAccountId, localAccountId, realm, accountDetails.nativeAccountId, accountDetails.idTokenClaims)], {
    homeAccountId: accountDetails.homeAccountId,
    environment: env,
    realm,
    localAccountId,
    username,
    authorityType,
    loginHint,
    clientInfo: accountDetails.clientInfo,
    name: accountDetails.idTokenClaims?.name || "",
    lastModificationTime: void 0,
    lastModificationApp: void 0,
    cloudGraphHostName: accountDetails.cloudGraphHostName,
    msGraphHost: accountDetails.msGraphHost,
    nativeAccountId: accountDetails.nativeAccountId,
    tenantProfiles,
    dataBoundary
  };
}
function createAccountEntityFromAccountInfo(accountInfo, cloudGraphHostName, msGraphHost) {
  let tenantProfiles = Array.from(accountInfo.tenantProfiles?.values() || []);
  if (tenantProfiles.length === 0 && accountInfo.tenantId && accountInfo.localAccountId)
    tenantProfiles.push(buildTenantProfile(accountInfo.homeAccountId, accountInfo.localAccountId, accountInfo.tenantId, accountInfo.nativeAccountId, accountInfo.idTokenClaims));
  else if (accountInfo.nativeAccountId) {
    let matchingProfile = tenantProfiles.find((tp) => tp.tenantId === accountInfo.tenantId);
    matchingProfile && !matchingProfile.nativeAccountId && (matchingProfile.nativeAccountId = accountInfo.nativeAccountId);
  }
  return {
    authorityType: accountInfo.authorityType || CACHE_ACCOUNT_TYPE_GENERIC,
    homeAccountId: accountInfo.homeAccountId,
    localAccountId: accountInfo.localAccountId,
    nativeAccountId: accountInfo.nativeAccountId,
    realm: accountInfo.tenantId,
    environment: accountInfo.environment,
    username: accountInfo.username,
    loginHint: accountInfo.loginHint,
    name: accountInfo.name,
    cloudGraphHostName,
    msGraphHost,
    tenantProfiles,
    dataBoundary: accountInfo.dataBoundary
  };
}
function generateHomeAccountId(serverClientInfo, authType, logger24, cryptoObj, correlationId, idTokenClaims) {
  if (authType !== AuthorityType.Adfs) {
    if (serverClientInfo)
      try {
        let clientInfo = buildClientInfo(serverClientInfo, cryptoObj.base64Decode);
        if (clientInfo.uid && clientInfo.utid)
          return `${clientInfo.uid}.${clientInfo.utid}`;
      } catch {
      }
    logger24.warning("No client info in response", correlationId);
  }
  return idTokenClaims?.sub || "";
}
function isAccountEntity(entity) {
  return entity ? entity.hasOwnProperty("homeAccountId") && entity.hasOwnProperty("environment") && entity.hasOwnProperty("realm") && entity.hasOwnProperty("localAccountId") && entity.hasOwnProperty("username") && entity.hasOwnProperty("authorityType") : !1;
}

// node_modules/@azure/msal-common/dist/error/AuthErrorCodes.mjs
var AuthErrorCodes_exports = {};
__export(AuthErrorCodes_exports, {
  postRequestFailed: () => postRequestFailed,
  unexpectedError: () => unexpectedError
});
var unexpectedError = "unexpected_error", postRequestFailed = "post_request_failed";

// node_modules/@azure/msal-common/dist/error/ClientConfigurationError.mjs
var ClientConfigurationError = class _ClientConfigurationError extends AuthError {
  constructor(errorCode, correlationId) {
    super(errorCode, correlationId), this.name = "ClientConfigurationError", Object.setPrototypeOf(this, _ClientConfigurationError.prototype);
  }
};
function createClientConfigurationError(errorCode, correlationId) {
  return new ClientConfigurationError(errorCode, correlationId);
}

// node_modules/@azure/msal-common/dist/network/ResponseHeaders.mjs
var normalizedHeaderRecords = /* @__PURE__ */ new WeakSet();
function normalizeResponseHeaders(headers) {
  if (normalizedHeaderRecords.has(headers))
    return headers;
  let normalized = Object.fromEntries(Object.entries(headers).map(([name3, value]) => [
    name3.toLowerCase(),
    value
  ]));
  return normalizedHeaderRecords.add(normalized), normalized;
}
function getResponseHeader(headers, name3) {
  let key = name3.toLowerCase();
  if (Object.prototype.hasOwnProperty.call(headers, key))
    return headers[key];
  if (normalizedHeaderRecords.has(headers))
    return;
  let headerName = Object.keys(headers).find((header) => header.toLowerCase() === key);
  return headerName === void 0 ? void 0 : headers[headerName];
}

// node_modules/@azure/msal-common/dist/error/ClientConfigurationErrorCodes.mjs
var ClientConfigurationErrorCodes_exports = {};
__export(ClientConfigurationErrorCodes_exports, {
  authorityMismatch: () => authorityMismatch,
  authorityUriInsecure: () => authorityUriInsecure,
  cannotAllowPlatformBroker: () => cannotAllowPlatformBroker,
  cannotSetOIDCOptions: () => cannotSetOIDCOptions,
  claimsRequestParsingError: () => claimsRequestParsingError,
  dpopMissingResourceContext: () => dpopMissingResourceContext,
  emptyInputScopesError: () => emptyInputScopesError,
  invalidAuthenticationHeader: () => invalidAuthenticationHeader,
  invalidAuthorityMetadata: () => invalidAuthorityMetadata,
  invalidClaims: () => invalidClaims,
  invalidCloudDiscoveryMetadata: () => invalidCloudDiscoveryMetadata,
  invalidCodeChallengeMethod: () => invalidCodeChallengeMethod,
  invalidDpopHtm: () => invalidDpopHtm,
  invalidDpopHtu: () => invalidDpopHtu,
  invalidDpopNonce: () => invalidDpopNonce,
  invalidPlatformBrokerConfiguration: () => invalidPlatformBrokerConfiguration,
  invalidRequestMethodForEAR: () => invalidRequestMethodForEAR,
  invalidResponseMode: () => invalidResponseMode,
  issuerValidationFailed: () => issuerValidationFailed,
  logoutRequestEmpty: () => logoutRequestEmpty,
  missingNonceAuthenticationHeader: () => missingNonceAuthenticationHeader,
  missingSshJwk: () => missingSshJwk,
  missingSshKid: () => missingSshKid,
  pkceParamsMissing: () => pkceParamsMissing,
  redirectUriEmpty: () => redirectUriEmpty,
  tokenRequestEmpty: () => tokenRequestEmpty,
  unsupportedAuthenticationScheme: () => unsupportedAuthenticationScheme,
  untrustedAuthority: () => untrustedAuthority,
  urlEmptyError: () => urlEmptyError,
  urlParseError: () => urlParseError
});
var redirectUriEmpty = "redirect_uri_empty", claimsRequestParsingError = "claims_request_parsing_error", authorityUriInsecure = "authority_uri_insecure", urlParseError = "url_parse_error", urlEmptyError = "empty_url_error", emptyInputScopesError = "empty_input_scopes_error", invalidClaims = "invalid_claims", tokenRequestEmpty = "token_request_empty", logoutRequestEmpty = "logout_request_empty", invalidCodeChallengeMethod = "invalid_code_challenge_method", pkceParamsMissing = "pkce_params_missing", invalidCloudDiscoveryMetadata = "invalid_cloud_discovery_metadata", invalidAuthorityMetadata = "invalid_authority_metadata", untrustedAuthority = "untrusted_authority", missingSshJwk = "missing_ssh_jwk", missingSshKid = "missing_ssh_kid", unsupportedAuthenticationScheme = "unsupported_authentication_scheme", missingNonceAuthenticationHeader = "missing_nonce_authentication_header", invalidAuthenticationHeader = "invalid_authentication_header", cannotSetOIDCOptions = "cannot_set_OIDCOptions", cannotAllowPlatformBroker = "cannot_allow_platform_broker", authorityMismatch = "authority_mismatch", invalidRequestMethodForEAR = "invalid_request_method_for_EAR", invalidPlatformBrokerConfiguration = "invalid_platform_broker_configuration", issuerValidationFailed = "issuer_validation_failed", invalidResponseMode = "invalid_response_mode", invalidDpopHtm = "invalid_dpop_htm", invalidDpopHtu = "invalid_dpop_htu", invalidDpopNonce = "invalid_dpop_nonce", dpopMissingResourceContext = "dpop_missing_resource_context";

// node_modules/@azure/msal-common/dist/authority/OpenIdConfigResponse.mjs
function isOpenIdConfigResponse(response) {
  return response.hasOwnProperty("authorization_endpoint") && response.hasOwnProperty("token_endpoint") && response.hasOwnProperty("issuer") && response.hasOwnProperty("jwks_uri");
}

// node_modules/@azure/msal-common/dist/utils/StringUtils.mjs
var StringUtils = class {
  /**
   * Check if stringified object is empty
   * @param strObj
   */
  static isEmptyObj(strObj) {
    if (strObj)
      try {
        let obj = JSON.parse(strObj);
        return Object.keys(obj).length === 0;
      } catch {
      }
    return !0;
  }
  static startsWith(str, search) {
    return str.indexOf(search) === 0;
  }
  static endsWith(str, search) {
    return str.length >= search.length && str.lastIndexOf(search) === str.length - search.length;
  }
  /**
   * Parses string into an object.
   *
   * @param query
   */
  static queryStringToObject(query) {
    let obj = {}, params = query.split("&"), decode = (s) => decodeURIComponent(s.replace(/\+/g, " "));
    return params.forEach((pair) => {
      if (pair.trim()) {
        let [key, value] = pair.split(/=(.+)/g, 2);
        key && value && (obj[decode(key)] = decode(value));
      }
    }), obj;
  }
  /**
   * Trims entries in an array.
   *
   * @param arr
   */
  static trimArrayEntries(arr) {
    return arr.map((entry) => entry.trim());
  }
  /**
   * Removes empty strings from array
   * @param arr
   */
  static removeEmptyStringsFromArray(arr) {
    return arr.filter((entry) => !!entry);
  }
  /**
   * Attempts to parse a string into JSON
   * @param str
   */
  static jsonParseHelper(str) {
    try {
      return JSON.parse(str);
    } catch {
      return null;
    }
  }
};

// node_modules/@azure/msal-common/dist/url/UrlString.mjs
var UNSAFE_AUTHORITY = /[\x00-\x20\x7f\\@]/, DEFAULT_PORTS = {
  "https:": ":443",
  "http:": ":80"
}, UrlString = class _UrlString {
  get urlString() {
    return this._urlString;
  }
  constructor(url, correlationId) {
    if (this._urlString = url, this.correlationId = correlationId, !this._urlString)
      throw createClientConfigurationError(urlEmptyError, correlationId);
    url.includes("#") || (this._urlString = _UrlString.canonicalizeUri(url));
  }
  /**
   * Ensure urls are lower case and end with a / character.
   * @param url
   */
  static canonicalizeUri(url) {
    if (url) {
      let lowerCaseUrl = url.toLowerCase();
      return StringUtils.endsWith(lowerCaseUrl, "?") ? lowerCaseUrl = lowerCaseUrl.slice(0, -1) : StringUtils.endsWith(lowerCaseUrl, "?/") && (lowerCaseUrl = lowerCaseUrl.slice(0, -2)), StringUtils.endsWith(lowerCaseUrl, "/") || (lowerCaseUrl += "/"), lowerCaseUrl;
    }
    return url;
  }
  /**
   * Throws if urlString passed is not a valid authority URI string.
   */
  validateAsUri() {
    let components;
    try {
      components = this.getUrlComponents();
    } catch {
      throw createClientConfigurationError(urlParseError, this.correlationId);
    }
    if (!components.HostNameAndPort || !components.PathSegments)
      throw createClientConfigurationError(urlParseError, this.correlationId);
    if (!components.Protocol || components.Protocol.toLowerCase() !== "https:")
      throw createClientConfigurationError(authorityUriInsecure, this.correlationId);
  }
  /**
   * Given a url and a query string return the url with provided query string appended
   * @param url
   * @param queryString
   */
  static appendQueryString(url, queryString) {
    return queryString ? url.indexOf("?") < 0 ? `${url}?${queryString}` : `${url}&${queryString}` : url;
  }
  /**
   * Returns a url with the hash removed
   * @param url
   */
  static removeHashFromUrl(url) {
    return _UrlString.canonicalizeUri(url.split("#")[0]);
  }
  /**
   * Given a url like https://a:b/common/d?e=f#g, and a tenantId, returns https://a:b/tenantId/d
   * @param href The url
   * @param tenantId The tenant id to replace
   */
  replaceTenantPath(tenantId) {
    let urlObject = this.getUrlComponents(), pathArray = urlObject.PathSegments;
    return tenantId && pathArray.length !== 0 && (pathArray[0] === AADAuthority.COMMON || pathArray[0] === AADAuthority.ORGANIZATIONS) && (pathArray[0] = tenantId), _UrlString.constructAuthorityUriFromObject(urlObject, this.correlationId);
  }
  /**
   * Parses out the components from a url string.
   * @returns An object with the various components. Please cache this value insted of calling this multiple times on the same url.
   */
  getUrlComponents() {
    let regEx = RegExp("^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\\?([^#]*))?(#(.*))?"), match = this.urlString.match(regEx);
    if (!match)
      throw createClientConfigurationError(urlParseError, this.correlationId);
    let urlComponents = {
      Protocol: match[1],
      HostNameAndPort: match[4],
      AbsolutePath: match[5],
      QueryString: match[7]
    }, parsedUrl;
    try {
      parsedUrl = new URL(this.urlString);
    } catch {
      throw createClientConfigurationError(urlParseError, this.correlationId);
    }
    let host = urlComponents.HostNameAndPort?.toLowerCase(), schemeAndAuthority = `${urlComponents.Protocol}//${host}`, defaultPort = DEFAULT_PORTS[parsedUrl.protocol] ?? "", hostMatches = host === parsedUrl.host || host === `${parsedUrl.host}${defaultPort}` || host?.startsWith("[") && new URL(`${urlComponents.Protocol}//${host}`).host === parsedUrl.host;
    if (UNSAFE_AUTHORITY.test(schemeAndAuthority) || !hostMatches)
      throw createClientConfigurationError(urlParseError, this.correlationId);
    let pathSegments = urlComponents.AbsolutePath.split("/");
    return pathSegments = pathSegments.filter((val) => val && val.length > 0), urlComponents.PathSegments = pathSegments, urlComponents.QueryString && urlComponents.QueryString.endsWith("/") && (urlComponents.QueryString = urlComponents.QueryString.substring(0, urlComponents.QueryString.length - 1)), urlComponents;
  }
  static getDomainFromUrl(url, correlationId) {
    let regEx = RegExp("^([^:/?#]+://)?([^/?#]*)"), match = url.match(regEx);
    if (!match)
      throw createClientConfigurationError(urlParseError, correlationId);
    return match[2];
  }
  static getAbsoluteUrl(relativeUrl, baseUrl, correlationId) {
    if (relativeUrl[0] === FORWARD_SLASH) {
      let baseComponents = new _UrlString(baseUrl, correlationId).getUrlComponents();
      return baseComponents.Protocol + "//" + baseComponents.HostNameAndPort + relativeUrl;
    }
    return relativeUrl;
  }
  static constructAuthorityUriFromObject(urlObject, correlationId) {
    return new _UrlString(urlObject.Protocol + "//" + urlObject.HostNameAndPort + "/" + urlObject.PathSegments.join("/"), correlationId);
  }
};

// node_modules/@azure/msal-common/dist/authority/AuthorityMetadata.mjs
var endpointHosts = [
  { host: "login.microsoftonline.com" },
  { host: "login.partner.microsoftonline.cn" },
  { host: "login.microsoftonline.us" },
  { host: "login.sovcloud-identity.fr" },
  { host: "login.sovcloud-identity.de" },
  { host: "login.sovcloud-identity.sg" }
];
function buildOpenIdConfig(host, issuerHost) {
  return {
    token_endpoint: `https://${host}/{tenantid}/oauth2/v2.0/token`,
    jwks_uri: `https://${host}/{tenantid}/discovery/v2.0/keys`,
    issuer: `https://${issuerHost}/{tenantid}/v2.0`,
    authorization_endpoint: `https://${host}/{tenantid}/oauth2/v2.0/authorize`,
    end_session_endpoint: `https://${host}/{tenantid}/oauth2/v2.0/logout`
  };
}
var dynamicEndpointMetadata = endpointHosts.reduce((acc, { host, issuerHost }) => (acc[host] = buildOpenIdConfig(host, issuerHost || host), acc), {}), rawMetdataJSON = {
  endpointMetadata: dynamicEndpointMetadata,
  instanceDiscoveryMetadata: {
    metadata: [
      {
        preferred_network: "login.microsoftonline.com",
        preferred_cache: "login.windows.net",
        aliases: [
          "login.microsoftonline.com",
          "login.windows.net",
          "login.microsoft.com",
          "sts.windows.net"
        ]
      },
      {
        preferred_network: "login.partner.microsoftonline.cn",
        preferred_cache: "login.partner.microsoftonline.cn",
        aliases: [
          "login.partner.microsoftonline.cn",
          "login.chinacloudapi.cn"
        ]
      },
      {
        preferred_network: "login.microsoftonline.de",
        preferred_cache: "login.microsoftonline.de",
        aliases: ["login.microsoftonline.de"]
      },
      {
        preferred_network: "login.microsoftonline.us",
        preferred_cache: "login.microsoftonline.us",
        aliases: [
          "login.microsoftonline.us",
          "login.usgovcloudapi.net"
        ]
      },
      {
        preferred_network: "login-us.microsoftonline.com",
        preferred_cache: "login-us.microsoftonline.com",
        aliases: ["login-us.microsoftonline.com"]
      },
      {
        preferred_network: "login.sovcloud-identity.fr",
        preferred_cache: "login.sovcloud-identity.fr",
        aliases: ["login.sovcloud-identity.fr"]
      },
      {
        preferred_network: "login.sovcloud-identity.de",
        preferred_cache: "login.sovcloud-identity.de",
        aliases: ["login.sovcloud-identity.de"]
      },
      {
        preferred_network: "login.sovcloud-identity.sg",
        preferred_cache: "login.sovcloud-identity.sg",
        aliases: ["login.sovcloud-identity.sg"]
      }
    ]
  }
}, EndpointMetadata = rawMetdataJSON.endpointMetadata, InstanceDiscoveryMetadata = rawMetdataJSON.instanceDiscoveryMetadata, InstanceDiscoveryMetadataAliases = /* @__PURE__ */ new Set();
InstanceDiscoveryMetadata.metadata.forEach((metadataEntry) => {
  metadataEntry.aliases.forEach((alias) => {
    InstanceDiscoveryMetadataAliases.add(alias);
  });
});
function getAliasesFromStaticSources(staticAuthorityOptions, logger24, correlationId) {
  let staticAliases, canonicalAuthority = staticAuthorityOptions.canonicalAuthority;
  if (canonicalAuthority) {
    let authorityHost = new UrlString(canonicalAuthority, correlationId).getUrlComponents().HostNameAndPort;
    staticAliases = getAliasesFromMetadata(logger24, correlationId, authorityHost, staticAuthorityOptions.cloudDiscoveryMetadata?.metadata, AuthorityMetadataSource.CONFIG) || getAliasesFromMetadata(logger24, correlationId, authorityHost, InstanceDiscoveryMetadata.metadata, AuthorityMetadataSource.HARDCODED_VALUES) || staticAuthorityOptions.knownAuthorities;
  }
  return staticAliases || [];
}
function getAliasesFromMetadata(logger24, correlationId, authorityHost, cloudDiscoveryMetadata, source) {
  if (logger24.trace(`getAliasesFromMetadata called with source: '${source}'`, correlationId), authorityHost && cloudDiscoveryMetadata) {
    let metadata = getCloudDiscoveryMetadataFromNetworkResponse(cloudDiscoveryMetadata, authorityHost);
    if (metadata)
      return logger24.trace(`getAliasesFromMetadata: found cloud discovery metadata in '${source}', returning aliases`, correlationId), metadata.aliases;
    logger24.trace(`getAliasesFromMetadata: did not find cloud discovery metadata in '${source}'`, correlationId);
  }
  return null;
}
function getCloudDiscoveryMetadataFromHardcodedValues(authorityHost) {
  return getCloudDiscoveryMetadataFromNetworkResponse(InstanceDiscoveryMetadata.metadata, authorityHost);
}
function getCloudDiscoveryMetadataFromNetworkResponse(response, authorityHost) {
  for (let i = 0; i < response.length; i++) {
    let metadata = response[i];
    if (metadata.aliases.includes(authorityHost))
      return metadata;
  }
  return null;
}

// node_modules/@azure/msal-common/dist/authority/AuthorityOptions.mjs
var AzureCloudInstance = {
  // AzureCloudInstance is not specified.
  None: "none",
  // Microsoft Azure public cloud
  AzurePublic: "https://login.microsoftonline.com",
  // Microsoft Chinese national/regional cloud
  AzureChina: "https://login.chinacloudapi.cn",
  // Microsoft German national/regional cloud ("Black Forest")
  AzureGermany: "https://login.microsoftonline.de",
  // US Government cloud
  AzureUsGovernment: "https://login.microsoftonline.us"
};

// node_modules/@azure/msal-common/dist/authority/CloudInstanceDiscoveryResponse.mjs
function isCloudInstanceDiscoveryResponse(response) {
  return response.hasOwnProperty("tenant_discovery_endpoint") && response.hasOwnProperty("metadata");
}

// node_modules/@azure/msal-common/dist/authority/CloudInstanceDiscoveryErrorResponse.mjs
function isCloudInstanceDiscoveryErrorResponse(response) {
  return response.hasOwnProperty("error") && response.hasOwnProperty("error_description");
}

// node_modules/@azure/msal-common/dist/telemetry/performance/PerformanceEvents.mjs
var NetworkClientSendPostRequestAsync = "networkClientSendPostRequestAsync", RefreshTokenClientExecutePostToTokenEndpoint = "refreshTokenClientExecutePostToTokenEndpoint", AuthorizationCodeClientExecutePostToTokenEndpoint = "authorizationCodeClientExecutePostToTokenEndpoint", RefreshTokenClientExecuteTokenRequest = "refreshTokenClientExecuteTokenRequest", RefreshTokenClientAcquireToken = "refreshTokenClientAcquireToken", RefreshTokenClientAcquireTokenWithCachedRefreshToken = "refreshTokenClientAcquireTokenWithCachedRefreshToken", RefreshTokenClientCreateTokenRequestBody = "refreshTokenClientCreateTokenRequestBody", SilentFlowClientGenerateResultFromCacheRecord = "silentFlowClientGenerateResultFromCacheRecord";
var AuthClientExecuteTokenRequest = "authClientExecuteTokenRequest", AuthClientCreateTokenRequestBody = "authClientCreateTokenRequestBody", UpdateTokenEndpointAuthority = "updateTokenEndpointAuthority", PopTokenGenerateCnf = "popTokenGenerateCnf", HandleServerTokenResponse = "handleServerTokenResponse", AuthorityResolveEndpointsAsync = "authorityResolveEndpointsAsync", AuthorityGetCloudDiscoveryMetadataFromNetwork = "authorityGetCloudDiscoveryMetadataFromNetwork", AuthorityUpdateCloudDiscoveryMetadata = "authorityUpdateCloudDiscoveryMetadata", AuthorityGetEndpointMetadataFromNetwork = "authorityGetEndpointMetadataFromNetwork", AuthorityUpdateEndpointMetadata = "authorityUpdateEndpointMetadata", AuthorityUpdateMetadataWithRegionalInformation = "authorityUpdateMetadataWithRegionalInformation", RegionDiscoveryDetectRegion = "regionDiscoveryDetectRegion", RegionDiscoveryGetRegionFromIMDS = "regionDiscoveryGetRegionFromIMDS", RegionDiscoveryGetCurrentVersion = "regionDiscoveryGetCurrentVersion", CacheManagerGetRefreshToken = "cacheManagerGetRefreshToken";

// node_modules/@azure/msal-common/dist/utils/FunctionWrappers.mjs
var invoke = (callback, eventName, logger24, telemetryClient, correlationId) => (...args) => {
  logger24.trace(`Executing function '${eventName}'`, correlationId);
  let inProgressEvent = telemetryClient.startMeasurement(eventName, correlationId);
  correlationId && telemetryClient.incrementFields({ [`ext.${eventName}CallCount`]: 1 }, correlationId);
  try {
    let result = callback(...args);
    return inProgressEvent.end({
      success: !0
    }), logger24.trace(`Returning result from '${eventName}'`, correlationId), result;
  } catch (e) {
    logger24.trace(`Error occurred in '${eventName}'`, correlationId);
    try {
      logger24.tracePii(`Error details: '${JSON.stringify(e)}'`, correlationId);
    } catch {
      logger24.trace("Unable to print error message.", correlationId);
    }
    throw inProgressEvent.end({
      success: !1
    }, e), e;
  }
}, invokeAsync = (callback, eventName, logger24, telemetryClient, correlationId) => (...args) => {
  logger24.trace(`Executing function '${eventName}'`, correlationId);
  let inProgressEvent = telemetryClient.startMeasurement(eventName, correlationId);
  return correlationId && telemetryClient.incrementFields({ [`ext.${eventName}CallCount`]: 1 }, correlationId), callback(...args).then((response) => (logger24.trace(`Returning result from '${eventName}'`, correlationId), inProgressEvent.end({
    success: !0
  }), response)).catch((e) => {
    logger24.trace(`Error occurred in '${eventName}'`, correlationId);
    try {
      logger24.tracePii(`Error details: '${JSON.stringify(e)}'`, correlationId);
    } catch {
      logger24.trace("Unable to print error message.", correlationId);
    }
    throw inProgressEvent.end({
      success: !1
    }, e), e;
  });
};

// node_modules/@azure/msal-common/dist/authority/RegionDiscovery.mjs
var REGION_NAME_PATTERN = /^[a-z][a-z0-9-]*$/i, MAX_REGION_NAME_LENGTH = 63;
function isValidRegion(region) {
  return typeof region == "string" && region.length <= MAX_REGION_NAME_LENGTH && REGION_NAME_PATTERN.test(region) && // Keep the trailing-hyphen rule explicit rather than complicating the pattern.
  !region.endsWith("-");
}
var RegionDiscovery = class _RegionDiscovery {
  constructor(networkInterface, logger24, performanceClient, correlationId) {
    this.networkInterface = networkInterface, this.logger = logger24, this.performanceClient = performanceClient, this.correlationId = correlationId;
  }
  /**
   * Detect the region from the application's environment.
   *
   * @returns Promise<string | null>
   */
  async detectRegion(environmentRegion, regionDiscoveryMetadata) {
    let autodetectedRegionName = environmentRegion;
    if (autodetectedRegionName)
      regionDiscoveryMetadata.region_source = RegionDiscoverySources.ENVIRONMENT_VARIABLE;
    else {
      let options = _RegionDiscovery.IMDS_OPTIONS;
      try {
        let localIMDSVersionResponse = await invokeAsync(this.getRegionFromIMDS.bind(this), RegionDiscoveryGetRegionFromIMDS, this.logger, this.performanceClient, this.correlationId)(IMDS_VERSION, options);
        if (localIMDSVersionResponse.status === HTTP_SUCCESS && (autodetectedRegionName = localIMDSVersionResponse.body?.location, autodetectedRegionName && (regionDiscoveryMetadata.region_source = RegionDiscoverySources.IMDS)), localIMDSVersionResponse.status === HTTP_BAD_REQUEST) {
          let currentIMDSVersion = await invokeAsync(this.getCurrentVersion.bind(this), RegionDiscoveryGetCurrentVersion, this.logger, this.performanceClient, this.correlationId)(options);
          if (!currentIMDSVersion)
            return regionDiscoveryMetadata.region_source = RegionDiscoverySources.FAILED_AUTO_DETECTION, null;
          let currentIMDSVersionResponse = await invokeAsync(this.getRegionFromIMDS.bind(this), RegionDiscoveryGetRegionFromIMDS, this.logger, this.performanceClient, this.correlationId)(currentIMDSVersion, options);
          currentIMDSVersionResponse.status === HTTP_SUCCESS && (autodetectedRegionName = currentIMDSVersionResponse.body?.location, autodetectedRegionName && (regionDiscoveryMetadata.region_source = RegionDiscoverySources.IMDS));
        }
      } catch {
        return regionDiscoveryMetadata.region_source = RegionDiscoverySources.FAILED_AUTO_DETECTION, null;
      }
    }
    return !autodetectedRegionName || !isValidRegion(autodetectedRegionName) ? (autodetectedRegionName && this.logger.warning("Region discovery returned an invalid region. Using the global authority.", this.correlationId), regionDiscoveryMetadata.region_source = RegionDiscoverySources.FAILED_AUTO_DETECTION, null) : autodetectedRegionName;
  }
  /**
   * Make the call to the IMDS endpoint
   *
   * @param version
   * @param options
   * @returns Promise<NetworkResponse<ImdsComputeResponse>>
   */
  async getRegionFromIMDS(version3, options) {
    return this.networkInterface.sendGetRequestAsync(`${IMDS_ENDPOINT}?api-version=${version3}`, options, IMDS_TIMEOUT);
  }
  /**
   * Get the most recent version of the IMDS endpoint available
   *
   * @returns Promise<string | null>
   */
  async getCurrentVersion(options) {
    try {
      let response = await this.networkInterface.sendGetRequestAsync(`${IMDS_ENDPOINT}?format=json`, options);
      return response.status === HTTP_BAD_REQUEST && response.body && response.body["newest-versions"] && response.body["newest-versions"].length > 0 ? response.body["newest-versions"][0] : null;
    } catch {
      return null;
    }
  }
};
RegionDiscovery.IMDS_OPTIONS = {
  headers: {
    Metadata: "true"
  }
};

// node_modules/@azure/msal-common/dist/cache/utils/CacheHelpers.mjs
var CacheHelpers_exports = {};
__export(CacheHelpers_exports, {
  createAccessTokenEntity: () => createAccessTokenEntity,
  createIdTokenEntity: () => createIdTokenEntity,
  createRefreshTokenEntity: () => createRefreshTokenEntity,
  generateAppMetadataKey: () => generateAppMetadataKey,
  generateAuthorityMetadataExpiresAt: () => generateAuthorityMetadataExpiresAt,
  isAccessTokenEntity: () => isAccessTokenEntity,
  isAppMetadataEntity: () => isAppMetadataEntity,
  isAuthorityMetadataEntity: () => isAuthorityMetadataEntity,
  isAuthorityMetadataExpired: () => isAuthorityMetadataExpired,
  isCredentialEntity: () => isCredentialEntity,
  isIdTokenEntity: () => isIdTokenEntity,
  isRefreshTokenEntity: () => isRefreshTokenEntity,
  isServerTelemetryEntity: () => isServerTelemetryEntity,
  isThrottlingEntity: () => isThrottlingEntity,
  serializeAttributeTokens: () => serializeAttributeTokens,
  updateAuthorityEndpointMetadata: () => updateAuthorityEndpointMetadata,
  updateCloudDiscoveryMetadata: () => updateCloudDiscoveryMetadata
});

// node_modules/@azure/msal-common/dist/utils/TimeUtils.mjs
var TimeUtils_exports = {};
__export(TimeUtils_exports, {
  delay: () => delay,
  isCacheExpired: () => isCacheExpired,
  isTokenExpired: () => isTokenExpired,
  nowSeconds: () => nowSeconds,
  toDateFromSeconds: () => toDateFromSeconds,
  toSecondsFromDate: () => toSecondsFromDate,
  wasClockTurnedBack: () => wasClockTurnedBack
});
function nowSeconds() {
  return Math.round((/* @__PURE__ */ new Date()).getTime() / 1e3);
}
function toSecondsFromDate(date) {
  return date.getTime() / 1e3;
}
function toDateFromSeconds(seconds) {
  return seconds ? new Date(Number(seconds) * 1e3) : /* @__PURE__ */ new Date();
}
function isTokenExpired(expiresOn, offset) {
  let expirationSec = Number(expiresOn) || 0;
  return nowSeconds() + offset > expirationSec;
}
function isCacheExpired(lastUpdatedAt, cacheRetentionDays) {
  let cacheExpirationTimestamp = Number(lastUpdatedAt) + cacheRetentionDays * 24 * 60 * 60 * 1e3;
  return Date.now() > cacheExpirationTimestamp;
}
function wasClockTurnedBack(cachedAt) {
  return Number(cachedAt) > nowSeconds();
}
function delay(t, value) {
  return new Promise((resolve) => setTimeout(() => resolve(value), t));
}

// node_modules/@azure/msal-common/dist/cache/utils/CacheHelpers.mjs
function createIdTokenEntity(homeAccountId, environment, idToken, clientId, tenantId) {
  return {
    credentialType: CredentialType.ID_TOKEN,
    homeAccountId,
    environment,
    clientId,
    secret: idToken,
    realm: tenantId,
    lastUpdatedAt: Date.now().toString()
    // Set the last updated time to now
  };
}
function createAccessTokenEntity(homeAccountId, environment, accessToken, clientId, tenantId, scopes, expiresOn, extExpiresOn, base64Decode, correlationId, refreshOn, tokenType, userAssertionHash, keyId, additionalCacheKeyComponents) {
  let atEntity = {
    homeAccountId,
    credentialType: CredentialType.ACCESS_TOKEN,
    secret: accessToken,
    cachedAt: nowSeconds().toString(),
    expiresOn: expiresOn.toString(),
    extendedExpiresOn: extExpiresOn.toString(),
    environment,
    clientId,
    realm: tenantId,
    target: scopes,
    tokenType: tokenType || AuthenticationScheme.BEARER,
    lastUpdatedAt: Date.now().toString()
    // Set the last updated time to now
  };
  userAssertionHash && (atEntity.userAssertionHash = userAssertionHash), refreshOn && (atEntity.refreshOn = refreshOn.toString());
  let normalizedTokenType = atEntity.tokenType?.toLowerCase();
  if (atEntity.tokenType?.toLowerCase() !== AuthenticationScheme.BEARER.toLowerCase())
    switch (atEntity.credentialType = CredentialType.ACCESS_TOKEN_WITH_AUTH_SCHEME, normalizedTokenType) {
      case AuthenticationScheme.POP:
        let tokenClaims = extractTokenClaims(accessToken, base64Decode, correlationId);
        if (!tokenClaims?.cnf?.kid)
          throw createClientAuthError(tokenClaimsCnfRequiredForSignedJwt, correlationId);
        atEntity.keyId = tokenClaims.cnf.kid;
        break;
      case "dpop":
        if (!keyId)
          throw createClientAuthError(keyIdMissing, correlationId);
        atEntity.keyId = keyId;
        break;
      case AuthenticationScheme.SSH:
        atEntity.keyId = keyId;
    }
  return additionalCacheKeyComponents && Object.keys(additionalCacheKeyComponents).length > 0 && (atEntity.additionalCacheKeyComponents = additionalCacheKeyComponents), atEntity;
}
function createRefreshTokenEntity(homeAccountId, environment, refreshToken, clientId, familyId, userAssertionHash, expiresOn) {
  let rtEntity = {
    credentialType: CredentialType.REFRESH_TOKEN,
    homeAccountId,
    environment,
    clientId,
    secret: refreshToken,
    lastUpdatedAt: Date.now().toString()
  };
  return userAssertionHash && (rtEntity.userAssertionHash = userAssertionHash), familyId && (rtEntity.familyId = familyId), expiresOn && (rtEntity.expiresOn = expiresOn.toString()), rtEntity;
}
function isCredentialEntity(entity) {
  return entity.hasOwnProperty("homeAccountId") && entity.hasOwnProperty("environment") && entity.hasOwnProperty("credentialType") && entity.hasOwnProperty("clientId") && entity.hasOwnProperty("secret");
}
function isAccessTokenEntity(entity) {
  return entity ? isCredentialEntity(entity) && entity.hasOwnProperty("realm") && entity.hasOwnProperty("target") && (entity.credentialType === CredentialType.ACCESS_TOKEN || entity.credentialType === CredentialType.ACCESS_TOKEN_WITH_AUTH_SCHEME) : !1;
}
function isIdTokenEntity(entity) {
  return entity ? isCredentialEntity(entity) && entity.hasOwnProperty("realm") && entity.credentialType === CredentialType.ID_TOKEN : !1;
}
function isRefreshTokenEntity(entity) {
  return entity ? isCredentialEntity(entity) && entity.credentialType === CredentialType.REFRESH_TOKEN : !1;
}
function isServerTelemetryEntity(key, entity) {
  let validateKey = key.indexOf(SERVER_TELEM_CACHE_KEY) === 0, validateEntity = !0;
  return entity && (validateEntity = entity.hasOwnProperty("failedRequests") && entity.hasOwnProperty("errors") && entity.hasOwnProperty("cacheHits")), validateKey && validateEntity;
}
function isThrottlingEntity(key, entity) {
  let validateKey = !1;
  key && (validateKey = key.indexOf(THROTTLING_PREFIX) === 0);
  let validateEntity = !0;
  return entity && (validateEntity = entity.hasOwnProperty("throttleTime")), validateKey && validateEntity;
}
function generateAppMetadataKey({ environment, clientId }) {
  return [
    APP_METADATA,
    environment,
    clientId
  ].join(CACHE_KEY_SEPARATOR).toLowerCase();
}
function isAppMetadataEntity(key, entity) {
  return entity ? key.indexOf(APP_METADATA) === 0 && entity.hasOwnProperty("clientId") && entity.hasOwnProperty("environment") : !1;
}
function isAuthorityMetadataEntity(key, entity) {
  return entity ? key.indexOf(AUTHORITY_METADATA_CACHE_KEY) === 0 && entity.hasOwnProperty("aliases") && entity.hasOwnProperty("preferred_cache") && entity.hasOwnProperty("preferred_network") && entity.hasOwnProperty("canonical_authority") && entity.hasOwnProperty("authorization_endpoint") && entity.hasOwnProperty("token_endpoint") && entity.hasOwnProperty("issuer") && entity.hasOwnProperty("aliasesFromNetwork") && entity.hasOwnProperty("endpointsFromNetwork") && entity.hasOwnProperty("expiresAt") && entity.hasOwnProperty("jwks_uri") : !1;
}
function generateAuthorityMetadataExpiresAt() {
  return nowSeconds() + AUTHORITY_METADATA_REFRESH_TIME_SECONDS;
}
function updateAuthorityEndpointMetadata(authorityMetadata, updatedValues, fromNetwork) {
  authorityMetadata.authorization_endpoint = updatedValues.authorization_endpoint, authorityMetadata.token_endpoint = updatedValues.token_endpoint, authorityMetadata.end_session_endpoint = updatedValues.end_session_endpoint, authorityMetadata.issuer = updatedValues.issuer, authorityMetadata.endpointsFromNetwork = fromNetwork, authorityMetadata.jwks_uri = updatedValues.jwks_uri;
}
function updateCloudDiscoveryMetadata(authorityMetadata, updatedValues, fromNetwork) {
  authorityMetadata.aliases = updatedValues.aliases, authorityMetadata.preferred_cache = updatedValues.preferred_cache, authorityMetadata.preferred_network = updatedValues.preferred_network, authorityMetadata.aliasesFromNetwork = fromNetwork;
}
function isAuthorityMetadataExpired(metadata) {
  return metadata.expiresAt <= nowSeconds();
}
function serializeAttributeTokens(attributeTokens) {
  if (!(!attributeTokens || attributeTokens.length === 0))
    return [...attributeTokens].sort().join(" ");
}

// node_modules/@azure/msal-common/dist/authority/Authority.mjs
var Authority = class _Authority {
  constructor(authority, networkInterface, cacheManager, authorityOptions, logger24, correlationId, performanceClient, managedIdentity) {
    this.canonicalAuthority = authority, this._canonicalAuthority.validateAsUri(), this.networkInterface = networkInterface, this.cacheManager = cacheManager, this.authorityOptions = authorityOptions, this.regionDiscoveryMetadata = {
      region_used: void 0,
      region_source: void 0,
      region_outcome: void 0
    }, this.logger = logger24, this.performanceClient = performanceClient, this.correlationId = correlationId, this.managedIdentity = managedIdentity || !1, this.regionDiscovery = new RegionDiscovery(networkInterface, this.logger, this.performanceClient, this.correlationId);
  }
  /**
   * Get {@link AuthorityType:type}
   * @param authorityUri {@link IUri}
   * @private
   */
  getAuthorityType(authorityUri) {
    if (authorityUri.HostNameAndPort.endsWith(CIAM_AUTH_URL))
      return AuthorityType.Ciam;
    let pathSegments = authorityUri.PathSegments;
    return pathSegments.length && pathSegments[0].toLowerCase() === ADFS ? AuthorityType.Adfs : AuthorityType.Default;
  }
  // See above for AuthorityType
  get authorityType() {
    return this.getAuthorityType(this.canonicalAuthorityUrlComponents);
  }
  /**
   * ProtocolMode enum representing the way endpoints are constructed.
   */
  get protocolMode() {
    return this.authorityOptions.protocolMode;
  }
  /**
   * Returns authorityOptions which can be used to reinstantiate a new authority instance
   */
  get options() {
    return this.authorityOptions;
  }
  /**
   * A URL that is the authority set by the developer
   */
  get canonicalAuthority() {
    return this._canonicalAuthority.urlString;
  }
  /**
   * Sets canonical authority.
   */
  set canonicalAuthority(url) {
    this._canonicalAuthority = new UrlString(url, this.correlationId), this._canonicalAuthority.validateAsUri(), this._canonicalAuthorityUrlComponents = null;
  }
  /**
   * Get authority components.
   */
  get canonicalAuthorityUrlComponents() {
    return this._canonicalAuthorityUrlComponents || (this._canonicalAuthorityUrlComponents = this._canonicalAuthority.getUrlComponents()), this._canonicalAuthorityUrlComponents;
  }
  /**
   * Get hostname and port i.e. login.microsoftonline.com
   */
  get hostnameAndPort() {
    return this.canonicalAuthorityUrlComponents.HostNameAndPort.toLowerCase();
  }
  /**
   * Get tenant for authority.
   */
  get tenant() {
    return this.canonicalAuthorityUrlComponents.PathSegments[0];
  }
  /**
   * OAuth /authorize endpoint for requests
   */
  get authorizationEndpoint() {
    if (this.discoveryComplete())
      return this.replacePath(this.metadata.authorization_endpoint);
    throw createClientAuthError(endpointResolutionError, this.correlationId);
  }
  /**
   * OAuth /token endpoint for requests
   */
  get tokenEndpoint() {
    if (this.discoveryComplete())
      return this.replacePath(this.metadata.token_endpoint);
    throw createClientAuthError(endpointResolutionError, this.correlationId);
  }
  get deviceCodeEndpoint() {
    if (this.discoveryComplete())
      return this.replacePath(this.metadata.token_endpoint.replace("/token", "/devicecode"));
    throw createClientAuthError(endpointResolutionError, this.correlationId);
  }
  /**
   * OAuth logout endpoint for requests
   */
  get endSessionEndpoint() {
    if (this.discoveryComplete()) {
      if (!this.metadata.end_session_endpoint)
        throw createClientAuthError(endSessionEndpointNotSupported, this.correlationId);
      return this.replacePath(this.metadata.end_session_endpoint);
    } else
      throw createClientAuthError(endpointResolutionError, this.correlationId);
  }
  /**
   * OAuth issuer for requests
   */
  get selfSignedJwtAudience() {
    if (this.discoveryComplete())
      return this.replacePath(this.metadata.issuer);
    throw createClientAuthError(endpointResolutionError, this.correlationId);
  }
  /**
   * Jwks_uri for token signing keys
   */
  get jwksUri() {
    if (this.discoveryComplete())
      return this.replacePath(this.metadata.jwks_uri);
    throw createClientAuthError(endpointResolutionError, this.correlationId);
  }
  /**
   * Returns a flag indicating that tenant name can be replaced in authority {@link IUri}
   * @param authorityUri {@link IUri}
   * @private
   */
  canReplaceTenant(authorityUri) {
    return authorityUri.PathSegments.length === 1 && !_Authority.reservedTenantDomains.has(authorityUri.PathSegments[0]) && this.getAuthorityType(authorityUri) === AuthorityType.Default && this.protocolMode !== ProtocolMode.OIDC;
  }
  /**
   * Replaces tenant in url path with current tenant. Defaults to common.
   * @param urlString
   */
  replaceTenant(urlString) {
    return urlString.replace(/{tenant}|{tenantid}/g, this.tenant);
  }
  /**
   * Replaces path such as tenant or policy with the current tenant or policy.
   * @param urlString
   */
  replacePath(urlString) {
    let endpoint = urlString, cachedAuthorityUrlComponents = new UrlString(this.metadata.canonical_authority, this.correlationId).getUrlComponents(), cachedAuthorityParts = cachedAuthorityUrlComponents.PathSegments;
    return this.canonicalAuthorityUrlComponents.PathSegments.forEach((currentPart, index) => {
      let cachedPart = cachedAuthorityParts[index];
      if (index === 0 && this.canReplaceTenant(cachedAuthorityUrlComponents)) {
        let tenantId = new UrlString(this.metadata.authorization_endpoint, this.correlationId).getUrlComponents().PathSegments[0];
        cachedPart !== tenantId && (this.logger.verbose(`Replacing tenant domain name '${cachedPart}' with id '${tenantId}'`, this.correlationId), cachedPart = tenantId);
      }
      currentPart !== cachedPart && (endpoint = endpoint.replace(`/${cachedPart}/`, `/${currentPart}/`));
    }), this.replaceTenant(endpoint);
  }
  /**
   * The default open id configuration endpoint for any canonical authority.
   */
  get defaultOpenIdConfigurationEndpoint() {
    let canonicalAuthorityHost = this.hostnameAndPort;
    return this.canonicalAuthority.endsWith("v2.0/") || this.authorityType === AuthorityType.Adfs || this.protocolMode === ProtocolMode.OIDC && !this.isAliasOfKnownMicrosoftAuthority(canonicalAuthorityHost) ? `${this.canonicalAuthority}.well-known/openid-configuration` : `${this.canonicalAuthority}v2.0/.well-known/openid-configuration`;
  }
  /**
   * Boolean that returns whether or not tenant discovery has been completed.
   */
  discoveryComplete() {
    return !!this.metadata;
  }
  /**
   * Perform endpoint discovery to discover aliases, preferred_cache, preferred_network
   * and the /authorize, /token and logout endpoints.
   */
  async resolveEndpointsAsync() {
    let metadataEntity = this.getCurrentMetadataEntity(), cloudDiscoverySource = await invokeAsync(this.updateCloudDiscoveryMetadata.bind(this), AuthorityUpdateCloudDiscoveryMetadata, this.logger, this.performanceClient, this.correlationId)(metadataEntity);
    this.canonicalAuthority = this.canonicalAuthority.replace(this.hostnameAndPort, metadataEntity.preferred_network);
    let endpointSource = await invokeAsync(this.updateEndpointMetadata.bind(this), AuthorityUpdateEndpointMetadata, this.logger, this.performanceClient, this.correlationId)(metadataEntity);
    this.updateCachedMetadata(metadataEntity, cloudDiscoverySource, {
      source: endpointSource
    }), this.performanceClient?.addFields({
      cloudDiscoverySource,
      authorityEndpointSource: endpointSource
    }, this.correlationId);
  }
  /**
   * Returns metadata entity from cache if it exists, otherwise returns a new metadata entity built
   * from the configured canonical authority
   * @returns
   */
  getCurrentMetadataEntity() {
    let metadataEntity = this.cacheManager.getAuthorityMetadataByAlias(this.hostnameAndPort, this.correlationId);
    return metadataEntity || (metadataEntity = {
      aliases: [],
      preferred_cache: this.hostnameAndPort,
      preferred_network: this.hostnameAndPort,
      canonical_authority: this.canonicalAuthority,
      authorization_endpoint: "",
      token_endpoint: "",
      end_session_endpoint: "",
      issuer: "",
      aliasesFromNetwork: !1,
      endpointsFromNetwork: !1,
      expiresAt: generateAuthorityMetadataExpiresAt(),
      jwks_uri: ""
    }), metadataEntity;
  }
  /**
   * Updates cached metadata based on metadata source and sets the instance's metadata
   * property to the same value
   * @param metadataEntity
   * @param cloudDiscoverySource
   * @param endpointMetadataResult
   */
  updateCachedMetadata(metadataEntity, cloudDiscoverySource, endpointMetadataResult) {
    cloudDiscoverySource !== AuthorityMetadataSource.CACHE && endpointMetadataResult?.source !== AuthorityMetadataSource.CACHE && (metadataEntity.expiresAt = generateAuthorityMetadataExpiresAt(), metadataEntity.canonical_authority = this.canonicalAuthority);
    let cacheKey = this.cacheManager.generateAuthorityMetadataCacheKey(metadataEntity.preferred_cache, this.correlationId);
    this.cacheManager.setAuthorityMetadata(cacheKey, metadataEntity, this.correlationId), this.metadata = metadataEntity;
  }
  /**
   * Update AuthorityMetadataEntity with new endpoints and return where the information came from
   * @param metadataEntity
   */
  async updateEndpointMetadata(metadataEntity) {
    let localMetadata = this.updateEndpointMetadataFromLocalSources(metadataEntity);
    if (localMetadata) {
      if (localMetadata.source === AuthorityMetadataSource.HARDCODED_VALUES && this.authorityOptions.azureRegionConfiguration?.azureRegion && localMetadata.metadata) {
        let hardcodedMetadata = await invokeAsync(this.updateMetadataWithRegionalInformation.bind(this), AuthorityUpdateMetadataWithRegionalInformation, this.logger, this.performanceClient, this.correlationId)(localMetadata.metadata);
        updateAuthorityEndpointMetadata(metadataEntity, hardcodedMetadata, !1), metadataEntity.canonical_authority = this.canonicalAuthority;
      }
      return localMetadata.source;
    }
    let metadata = await invokeAsync(this.getEndpointMetadataFromNetwork.bind(this), AuthorityGetEndpointMetadataFromNetwork, this.logger, this.performanceClient, this.correlationId)();
    if (metadata)
      return this.validateIssuer(metadata.issuer), this.authorityOptions.azureRegionConfiguration?.azureRegion && (metadata = await invokeAsync(this.updateMetadataWithRegionalInformation.bind(this), AuthorityUpdateMetadataWithRegionalInformation, this.logger, this.performanceClient, this.correlationId)(metadata)), updateAuthorityEndpointMetadata(metadataEntity, metadata, !0), AuthorityMetadataSource.NETWORK;
    throw createClientAuthError(openIdConfigError, this.defaultOpenIdConfigurationEndpoint, this.correlationId);
  }
  /**
   * Updates endpoint metadata from local sources and returns where the information was retrieved from and the metadata config
   * response if the source is hardcoded metadata
   * @param metadataEntity
   * @returns
   */
  updateEndpointMetadataFromLocalSources(metadataEntity) {
    this.logger.verbose("Attempting to get endpoint metadata from authority configuration", this.correlationId);
    let configMetadata = this.getEndpointMetadataFromConfig();
    if (configMetadata)
      return this.logger.verbose("Found endpoint metadata in authority configuration", this.correlationId), updateAuthorityEndpointMetadata(metadataEntity, configMetadata, !1), {
        source: AuthorityMetadataSource.CONFIG
      };
    this.logger.verbose("Did not find endpoint metadata in the config... Attempting to get endpoint metadata from the hardcoded values.", this.correlationId);
    let hardcodedMetadata = this.getEndpointMetadataFromHardcodedValues();
    if (hardcodedMetadata)
      return updateAuthorityEndpointMetadata(metadataEntity, hardcodedMetadata, !1), {
        source: AuthorityMetadataSource.HARDCODED_VALUES,
        metadata: hardcodedMetadata
      };
    this.logger.verbose("Did not find endpoint metadata in hardcoded values... Attempting to get endpoint metadata from the network metadata cache.", this.correlationId);
    let metadataEntityExpired = isAuthorityMetadataExpired(metadataEntity);
    return this.isAuthoritySameType(metadataEntity) && metadataEntity.endpointsFromNetwork && !metadataEntityExpired ? (this.logger.verbose("Found endpoint metadata in the cache.", ""), { source: AuthorityMetadataSource.CACHE }) : (metadataEntityExpired && this.logger.verbose("The metadata entity is expired.", ""), null);
  }
  /**
   * Compares the number of url components after the domain to determine if the cached
   * authority metadata can be used for the requested authority. Protects against same domain different
   * authority such as login.microsoftonline.com/tenant and login.microsoftonline.com/tfp/tenant/policy
   * @param metadataEntity
   */
  isAuthoritySameType(metadataEntity) {
    return new UrlString(metadataEntity.canonical_authority, this.correlationId).getUrlComponents().PathSegments.length === this.canonicalAuthorityUrlComponents.PathSegments.length;
  }
  /**
   * Parse authorityMetadata config option
   */
  getEndpointMetadataFromConfig() {
    if (this.authorityOptions.authorityMetadata)
      try {
        return JSON.parse(this.authorityOptions.authorityMetadata);
      } catch {
        throw createClientConfigurationError(invalidAuthorityMetadata, this.correlationId);
      }
    return null;
  }
  /**
   * Gets OAuth endpoints from the given OpenID configuration endpoint.
   *
   * @param hasHardcodedMetadata boolean
   */
  async getEndpointMetadataFromNetwork() {
    let options = {}, openIdConfigurationEndpoint = this.defaultOpenIdConfigurationEndpoint;
    this.logger.verbose(`Authority.getEndpointMetadataFromNetwork: attempting to retrieve OAuth endpoints from '${openIdConfigurationEndpoint}'`, this.correlationId);
    try {
      let response = await this.networkInterface.sendGetRequestAsync(openIdConfigurationEndpoint, options);
      return isOpenIdConfigResponse(response.body) ? response.body : (this.logger.verbose("Authority.getEndpointMetadataFromNetwork: could not parse response as OpenID configuration", this.correlationId), null);
    } catch (e) {
      return this.logger.verbose(`Authority.getEndpointMetadataFromNetwork: '${e}'`, this.correlationId), null;
    }
  }
  /**
   * Get OAuth endpoints for common authorities.
   */
  getEndpointMetadataFromHardcodedValues() {
    return this.hostnameAndPort in EndpointMetadata ? EndpointMetadata[this.hostnameAndPort] : null;
  }
  /**
   * Update the retrieved metadata with regional information.
   * User selected Azure region will be used if configured.
   */
  async updateMetadataWithRegionalInformation(metadata) {
    let userConfiguredAzureRegion = this.authorityOptions.azureRegionConfiguration?.azureRegion;
    if (userConfiguredAzureRegion) {
      if (userConfiguredAzureRegion !== AZURE_REGION_AUTO_DISCOVER_FLAG)
        return this.regionDiscoveryMetadata.region_outcome = RegionDiscoveryOutcomes.CONFIGURED_NO_AUTO_DETECTION, this.regionDiscoveryMetadata.region_used = userConfiguredAzureRegion, _Authority.replaceWithRegionalInformation(metadata, userConfiguredAzureRegion, this.correlationId);
      let autodetectedRegionName = await invokeAsync(this.regionDiscovery.detectRegion.bind(this.regionDiscovery), RegionDiscoveryDetectRegion, this.logger, this.performanceClient, this.correlationId)(this.authorityOptions.azureRegionConfiguration?.environmentRegion, this.regionDiscoveryMetadata);
      if (autodetectedRegionName)
        return this.regionDiscoveryMetadata.region_outcome = RegionDiscoveryOutcomes.AUTO_DETECTION_REQUESTED_SUCCESSFUL, this.regionDiscoveryMetadata.region_used = autodetectedRegionName, _Authority.replaceWithRegionalInformation(metadata, autodetectedRegionName, this.correlationId);
      this.regionDiscoveryMetadata.region_outcome = RegionDiscoveryOutcomes.AUTO_DETECTION_REQUESTED_FAILED;
    }
    return metadata;
  }
  /**
   * Updates the AuthorityMetadataEntity with new aliases, preferred_network and preferred_cache
   * and returns where the information was retrieved from
   * @param metadataEntity
   * @returns AuthorityMetadataSource
   */
  async updateCloudDiscoveryMetadata(metadataEntity) {
    let localMetadataSource = this.updateCloudDiscoveryMetadataFromLocalSources(metadataEntity);
    if (localMetadataSource)
      return localMetadataSource;
    let metadata = await invokeAsync(this.getCloudDiscoveryMetadataFromNetwork.bind(this), AuthorityGetCloudDiscoveryMetadataFromNetwork, this.logger, this.performanceClient, this.correlationId)();
    if (metadata)
      return updateCloudDiscoveryMetadata(metadataEntity, metadata, !0), AuthorityMetadataSource.NETWORK;
    throw createClientConfigurationError(untrustedAuthority, this.correlationId);
  }
  updateCloudDiscoveryMetadataFromLocalSources(metadataEntity) {
    this.logger.verbose("Attempting to get cloud discovery metadata from authority configuration", this.correlationId), this.logger.verbosePii(`Known Authorities: '${this.authorityOptions.knownAuthorities || NOT_APPLICABLE}'`, this.correlationId), this.logger.verbosePii(`Authority Metadata: '${this.authorityOptions.authorityMetadata || NOT_APPLICABLE}'`, this.correlationId), this.logger.verbosePii(`Canonical Authority: '${metadataEntity.canonical_authority || NOT_APPLICABLE}'`, this.correlationId);
    let metadata = this.getCloudDiscoveryMetadataFromConfig();
    if (metadata)
      return this.logger.verbose("Found cloud discovery metadata in authority configuration", this.correlationId), updateCloudDiscoveryMetadata(metadataEntity, metadata, !1), AuthorityMetadataSource.CONFIG;
    this.logger.verbose("Did not find cloud discovery metadata in the config... Attempting to get cloud discovery metadata from the hardcoded values.", this.correlationId);
    let hardcodedMetadata = getCloudDiscoveryMetadataFromHardcodedValues(this.hostnameAndPort);
    if (hardcodedMetadata)
      return this.logger.verbose("Found cloud discovery metadata from hardcoded values.", this.correlationId), updateCloudDiscoveryMetadata(metadataEntity, hardcodedMetadata, !1), AuthorityMetadataSource.HARDCODED_VALUES;
    this.logger.verbose("Did not find cloud discovery metadata in hardcoded values... Attempting to get cloud discovery metadata from the network metadata cache.", this.correlationId);
    let metadataEntityExpired = isAuthorityMetadataExpired(metadataEntity);
    return this.isAuthoritySameType(metadataEntity) && metadataEntity.aliasesFromNetwork && !metadataEntityExpired ? (this.logger.verbose("Found cloud discovery metadata in the cache.", ""), AuthorityMetadataSource.CACHE) : (metadataEntityExpired && this.logger.verbose("The metadata entity is expired.", ""), null);
  }
  /**
   * Parse cloudDiscoveryMetadata config or check knownAuthorities
   */
  getCloudDiscoveryMetadataFromConfig() {
    if (this.authorityType === AuthorityType.Ciam)
      return this.logger.verbose("CIAM authorities do not support cloud discovery metadata, generate the aliases from authority host.", this.correlationId), _Authority.createCloudDiscoveryMetadataFromHost(this.hostnameAndPort);
    if (this.authorityOptions.cloudDiscoveryMetadata) {
      this.logger.verbose("The cloud discovery metadata has been provided as a network response, in the config.", this.correlationId);
      try {
        this.logger.verbose("Attempting to parse the cloud discovery metadata.", this.correlationId);
        let parsedResponse = JSON.parse(this.authorityOptions.cloudDiscoveryMetadata), metadata = getCloudDiscoveryMetadataFromNetworkResponse(parsedResponse.metadata, this.hostnameAndPort);
        if (this.logger.verbose("Parsed the cloud discovery metadata.", ""), metadata)
          return this.logger.verbose("There is returnable metadata attached to the parsed cloud discovery metadata.", this.correlationId), metadata;
        this.logger.verbose("There is no metadata attached to the parsed cloud discovery metadata.", this.correlationId);
      } catch {
        throw this.logger.verbose("Unable to parse the cloud discovery metadata. Throwing Invalid Cloud Discovery Metadata Error.", this.correlationId), createClientConfigurationError(invalidCloudDiscoveryMetadata, this.correlationId);
      }
    }
    return this.isInKnownAuthorities(this.hostnameAndPort) ? (this.logger.verbose("The host is included in knownAuthorities. Creating new cloud discovery metadata from the host.", this.correlationId), _Authority.createCloudDiscoveryMetadataFromHost(this.hostnameAndPort)) : null;
  }
  /**
   * Called to get metadata from network if CloudDiscoveryMetadata was not populated by config
   *
   * @param hasHardcodedMetadata boolean
   */
  async getCloudDiscoveryMetadataFromNetwork() {
    let instanceDiscoveryEndpoint = `${AAD_INSTANCE_DISCOVERY_ENDPT}${this.canonicalAuthority}oauth2/v2.0/authorize`, options = {}, match = null;
    try {
      let response = await this.networkInterface.sendGetRequestAsync(instanceDiscoveryEndpoint, options), typedResponseBody, metadata;
      if (isCloudInstanceDiscoveryResponse(response.body))
        typedResponseBody = response.body, metadata = typedResponseBody.metadata, this.logger.verbosePii(`tenant_discovery_endpoint is: '${typedResponseBody.tenant_discovery_endpoint}'`, this.correlationId);
      else if (isCloudInstanceDiscoveryErrorResponse(response.body)) {
        if (this.logger.warning(`A CloudInstanceDiscoveryErrorResponse was returned. The cloud instance discovery network request's status code is: '${response.status}'`, this.correlationId), typedResponseBody = response.body, typedResponseBody.error === INVALID_INSTANCE)
          return this.logger.error("The CloudInstanceDiscoveryErrorResponse error is invalid_instance.", this.correlationId), null;
        this.logger.warning(`The CloudInstanceDiscoveryErrorResponse error is '${typedResponseBody.error}'`, this.correlationId), this.logger.warning(`The CloudInstanceDiscoveryErrorResponse error description is '${typedResponseBody.error_description}'`, this.correlationId), this.logger.warning("Setting the value of the CloudInstanceDiscoveryMetadata (returned from the network, correlationId) to []", this.correlationId), metadata = [];
      } else
        return this.logger.error("AAD did not return a CloudInstanceDiscoveryResponse or CloudInstanceDiscoveryErrorResponse", this.correlationId), null;
      this.logger.verbose("Attempting to find a match between the developer's authority and the CloudInstanceDiscoveryMetadata returned from the network request.", this.correlationId), match = getCloudDiscoveryMetadataFromNetworkResponse(metadata, this.hostnameAndPort);
    } catch (error) {
      if (error instanceof AuthError)
        this.logger.error(`There was a network error while attempting to get the cloud discovery instance metadata.
Error: '${error.errorCode}'
Error Description: '${error.errorMessage}'`, this.correlationId);
      else {
        let typedError = error;
        this.logger.error(`A non-MSALJS error was thrown while attempting to get the cloud instance discovery metadata.
Error: '${typedError.name}'
Error Description: '${typedError.message}'`, this.correlationId);
      }
      return null;
    }
    return match || (this.logger.warning("The developer's authority was not found within the CloudInstanceDiscoveryMetadata returned from the network request.", this.correlationId), this.logger.verbose("Creating custom Authority for custom domain scenario.", this.correlationId), match = _Authority.createCloudDiscoveryMetadataFromHost(this.hostnameAndPort)), match;
  }
  /**
   * Helper function to determine if a host is included in the knownAuthorities config option.
   */
  isInKnownAuthorities(host) {
    let normalizedHost = host.toLowerCase();
    return this.authorityOptions.knownAuthorities.filter((authority) => authority && UrlString.getDomainFromUrl(authority, this.correlationId).toLowerCase() === normalizedHost).length > 0;
  }
  /**
   * helper function to populate the authority based on azureCloudOptions
   * @param authorityString
   * @param azureCloudOptions
   */
  static generateAuthority(authorityString, azureCloudOptions) {
    let authorityAzureCloudInstance;
    if (azureCloudOptions && azureCloudOptions.azureCloudInstance !== AzureCloudInstance.None) {
      let tenant = azureCloudOptions.tenant ? azureCloudOptions.tenant : DEFAULT_COMMON_TENANT;
      authorityAzureCloudInstance = `${azureCloudOptions.azureCloudInstance}/${tenant}/`;
    }
    return authorityAzureCloudInstance || authorityString;
  }
  /**
   * Creates cloud discovery metadata object from a given host
   * @param host
   */
  static createCloudDiscoveryMetadataFromHost(host) {
    return {
      preferred_network: host,
      preferred_cache: host,
      aliases: [host]
    };
  }
  /**
   * helper function to generate environment from authority object
   */
  getPreferredCache() {
    if (this.managedIdentity)
      return DEFAULT_AUTHORITY_HOST;
    if (this.discoveryComplete())
      return this.metadata.preferred_cache;
    throw createClientAuthError(endpointResolutionError, this.correlationId);
  }
  /**
   * Returns whether or not the provided host is an alias of this authority instance
   * @param host
   */
  isAlias(host) {
    return this.metadata.aliases.indexOf(host) > -1;
  }
  /**
   * Returns whether or not the provided host is an alias of a known Microsoft authority for purposes of endpoint discovery
   * @param host
   */
  isAliasOfKnownMicrosoftAuthority(host) {
    return InstanceDiscoveryMetadataAliases.has(host);
  }
  /**
   * Validates the `issuer` returned by an OIDC discovery document against
   * this authority, per
   * https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderConfigurationValidation
   *
   * The issuer is accepted when ANY of the following holds:
   *  1. The issuer scheme + host + port match the authority's (path may
   *     differ). Applies to all authorities.
   *  2. The authority is a Microsoft cloud authority (public, sovereign,
   *     or CIAM), the issuer is HTTPS, and the issuer host is in the known
   *     Microsoft authority host set.
   *  3. Same as (2), but the issuer host is a single-label regional variant
   *     of a known Microsoft host (e.g. `westus.login.microsoftonline.com`).
   *  4. Same as (2), but the issuer host matches the CIAM tenant pattern
   *     `{tenant}.ciamlogin.com` with an optional `/{tenant}[.onmicrosoft.com][/v2.0]`
   *     path.
   *  5. The issuer host is HTTPS and is explicitly listed in the
   *     developer-configured `knownAuthorities`. This covers scenarios where
   *     the OIDC discovery document returns an issuer host that differs from
   *     the authority (e.g., a GUID-based issuer for a name-based CIAM authority).
   *
   * @param issuer The `issuer` value returned in the OIDC discovery document.
   * @throws ClientConfigurationError("issuer_validation_failed") on failure.
   */
  validateIssuer(issuer) {
    if (!issuer)
      throw createClientConfigurationError(issuerValidationFailed, this.correlationId);
    let issuerUrl;
    try {
      issuerUrl = new URL(issuer);
    } catch {
      throw createClientConfigurationError(issuerValidationFailed, this.correlationId);
    }
    let issuerScheme = issuerUrl.protocol, issuerHost = issuerUrl.host, authorityScheme = (this.canonicalAuthorityUrlComponents.Protocol || "").toLowerCase(), authorityHost = (this.canonicalAuthorityUrlComponents.HostNameAndPort || "").toLowerCase(), matchesAuthorityOrigin = this.matchesAuthorityOrigin(issuerScheme, issuerHost, authorityScheme, authorityHost), matchesKnownMicrosoftHost = issuerScheme === "https:" && this.isAliasOfKnownMicrosoftAuthority(issuerHost), matchesRegionalMicrosoftHost = issuerScheme === "https:" && this.matchesRegionalMicrosoftHost(issuerHost), matchesCiamTenantPattern = this.matchesCiamTenantPattern(issuerUrl, authorityHost, this.canonicalAuthorityUrlComponents.PathSegments), matchesKnownAuthority = issuerScheme === "https:" && this.isInKnownAuthorities(issuerHost);
    if (!(matchesAuthorityOrigin || matchesKnownMicrosoftHost || matchesRegionalMicrosoftHost || matchesCiamTenantPattern || matchesKnownAuthority))
      throw createClientConfigurationError(issuerValidationFailed, this.correlationId);
  }
  /**
   * Rule 1: The issuer scheme + host (and port) match the authority's. Path
   * may differ. Applies to all authorities.
   */
  matchesAuthorityOrigin(issuerScheme, issuerHost, authorityScheme, authorityHost) {
    return issuerScheme === authorityScheme && issuerHost === authorityHost;
  }
  /**
   * Rule 3: The issuer host is a regional variant
   * (`{region}.{host}`) of a known Microsoft authority host.
   * E.g. `westus2.login.microsoft.com`.
   */
  matchesRegionalMicrosoftHost(issuerHost) {
    let firstDot = issuerHost.indexOf(".");
    if (firstDot > 0 && firstDot < issuerHost.length - 1) {
      let hostWithoutRegion = issuerHost.substring(firstDot + 1);
      return this.isAliasOfKnownMicrosoftAuthority(hostWithoutRegion);
    }
    return !1;
  }
  /**
   * Rule 4: The issuer matches one of the well-known CIAM tenant patterns
   * (`https://{tenant}.ciamlogin.com[/{tenant}[.onmicrosoft.com][/v2.0]]`).
   *
   * The bare tenant name is extracted from the authority's first path segment
   * when available (stripping the `.onmicrosoft.com` suffix that
   * `transformCIAMAuthority` adds), or otherwise from the leftmost label of
   * the authority host (to support CIAM custom domain scenarios).
   *
   * Both `/{tenant}` and `/{tenant}.onmicrosoft.com` path forms are accepted
   * because the OIDC issuer may use either form depending on the authority URL
   * that was used to trigger discovery.
   */
  matchesCiamTenantPattern(issuerUrl, authorityHost, authorityPathSegments) {
    let pathSegment = authorityPathSegments[0], tenantName = pathSegment ? pathSegment.endsWith(AAD_TENANT_DOMAIN_SUFFIX) ? pathSegment.slice(0, -AAD_TENANT_DOMAIN_SUFFIX.length) : pathSegment : authorityHost.split(".")[0];
    if (!tenantName)
      return !1;
    let ciamBaseURL = `https://${tenantName}${CIAM_AUTH_URL}`, validCiamPatterns = [
      ciamBaseURL,
      `${ciamBaseURL}/${tenantName}`,
      `${ciamBaseURL}/${tenantName}/v2.0`,
      `${ciamBaseURL}/${tenantName}${AAD_TENANT_DOMAIN_SUFFIX}`,
      `${ciamBaseURL}/${tenantName}${AAD_TENANT_DOMAIN_SUFFIX}/v2.0`
      // https://{tenant}.ciamlogin.com/{tenant}.onmicrosoft.com/v2.0
    ], issuerPath = issuerUrl.pathname.replace(/\/+$/, ""), normalizedIssuer = `${issuerUrl.protocol}//${issuerUrl.host}${issuerPath}`;
    return validCiamPatterns.some((pattern) => pattern === normalizedIssuer);
  }
  /**
   * Checks whether the provided host is that of a public cloud authority
   *
   * @param authority string
   * @returns bool
   */
  static isPublicCloudAuthority(host) {
    return KNOWN_PUBLIC_CLOUDS.indexOf(host) >= 0;
  }
  /**
   * Rebuild the authority string with the region
   *
   * @param host string
   * @param region string
   */
  static buildRegionalAuthorityString(host, region, correlationId, queryString) {
    if (!isValidRegion(region))
      throw createClientConfigurationError(urlParseError, correlationId);
    let authorityUrlInstance = new UrlString(host, correlationId);
    authorityUrlInstance.validateAsUri();
    let authorityUrlParts = authorityUrlInstance.getUrlComponents(), hostNameAndPort = `${region}.${authorityUrlParts.HostNameAndPort}`;
    this.isPublicCloudAuthority(authorityUrlParts.HostNameAndPort) && (hostNameAndPort = `${region}.${REGIONAL_AUTH_PUBLIC_CLOUD_SUFFIX}`);
    let url = UrlString.constructAuthorityUriFromObject({
      ...authorityUrlParts,
      HostNameAndPort: hostNameAndPort
    }, correlationId).urlString;
    return queryString ? `${url}?${queryString}` : url;
  }
  /**
   * Replace the endpoints in the metadata object with their regional equivalents.
   *
   * @param metadata OpenIdConfigResponse
   * @param azureRegion string
   */
  static replaceWithRegionalInformation(metadata, azureRegion, correlationId) {
    let regionalMetadata = { ...metadata };
    return regionalMetadata.authorization_endpoint = _Authority.buildRegionalAuthorityString(regionalMetadata.authorization_endpoint, azureRegion, correlationId), regionalMetadata.token_endpoint = _Authority.buildRegionalAuthorityString(regionalMetadata.token_endpoint, azureRegion, correlationId), regionalMetadata.end_session_endpoint && (regionalMetadata.end_session_endpoint = _Authority.buildRegionalAuthorityString(regionalMetadata.end_session_endpoint, azureRegion, correlationId)), regionalMetadata;
  }
  /**
   * Transform CIAM_AUTHORIY as per the below rules:
   * If no path segments found and it is a CIAM authority (hostname ends with .ciamlogin.com), then transform it
   *
   * NOTE: The transformation path should go away once STS supports CIAM with the format: `tenantIdorDomain.ciamlogin.com`
   * `ciamlogin.com` can also change in the future and we should accommodate the same
   *
   * @param authority
   */
  static transformCIAMAuthority(authority, correlationId) {
    let ciamAuthority = authority, authorityUrlComponents = new UrlString(authority, correlationId).getUrlComponents();
    if (authorityUrlComponents.PathSegments.length === 0 && authorityUrlComponents.HostNameAndPort.endsWith(CIAM_AUTH_URL)) {
      let tenantIdOrDomain = authorityUrlComponents.HostNameAndPort.split(".")[0];
      ciamAuthority = `${ciamAuthority}${tenantIdOrDomain}${AAD_TENANT_DOMAIN_SUFFIX}`;
    }
    return ciamAuthority;
  }
};
Authority.reservedTenantDomains = /* @__PURE__ */ new Set([
  "{tenant}",
  "{tenantid}",
  AADAuthority.COMMON,
  AADAuthority.CONSUMERS,
  AADAuthority.ORGANIZATIONS
]);
function getTenantFromAuthorityString(authority, correlationId) {
  let tenantId = new UrlString(authority, correlationId).getUrlComponents().PathSegments.slice(-1)[0]?.toLowerCase();
  switch (tenantId) {
    case AADAuthority.COMMON:
    case AADAuthority.ORGANIZATIONS:
    case AADAuthority.CONSUMERS:
      return;
    default:
      return tenantId;
  }
}
function formatAuthorityUri(authorityUri) {
  return authorityUri.endsWith(FORWARD_SLASH) ? authorityUri : `${authorityUri}${FORWARD_SLASH}`;
}
function buildStaticAuthorityOptions(authOptions) {
  let rawCloudDiscoveryMetadata = authOptions.cloudDiscoveryMetadata, cloudDiscoveryMetadata;
  if (rawCloudDiscoveryMetadata)
    try {
      cloudDiscoveryMetadata = JSON.parse(rawCloudDiscoveryMetadata);
    } catch {
      throw createClientConfigurationError(invalidCloudDiscoveryMetadata, "");
    }
  return {
    canonicalAuthority: authOptions.authority ? formatAuthorityUri(authOptions.authority) : void 0,
    knownAuthorities: authOptions.knownAuthorities,
    cloudDiscoveryMetadata
  };
}

// node_modules/@azure/msal-common/dist/authority/AuthorityFactory.mjs
var AuthorityFactory_exports = {};
__export(AuthorityFactory_exports, {
  createDiscoveredInstance: () => createDiscoveredInstance
});
async function createDiscoveredInstance(authorityUri, networkClient, cacheManager, authorityOptions, logger24, correlationId, performanceClient) {
  let authorityUriFinal = Authority.transformCIAMAuthority(formatAuthorityUri(authorityUri), correlationId), acquireTokenAuthority = new Authority(authorityUriFinal, networkClient, cacheManager, authorityOptions, logger24, correlationId, performanceClient);
  try {
    return await invokeAsync(acquireTokenAuthority.resolveEndpointsAsync.bind(acquireTokenAuthority), AuthorityResolveEndpointsAsync, logger24, performanceClient, correlationId)(), acquireTokenAuthority;
  } catch {
    throw createClientAuthError(endpointResolutionError, correlationId);
  }
}

// node_modules/@azure/msal-common/dist/request/RequestParameterBuilder.mjs
var RequestParameterBuilder_exports = {};
__export(RequestParameterBuilder_exports, {
  addApplicationTelemetry: () => addApplicationTelemetry,
  addAttributeTokens: () => addAttributeTokens,
  addAuthorizationCode: () => addAuthorizationCode,
  addBrokerParameters: () => addBrokerParameters,
  addCcsOid: () => addCcsOid,
  addCcsUpn: () => addCcsUpn,
  addClaims: () => addClaims,
  addCliData: () => addCliData,
  addClientAssertion: () => addClientAssertion,
  addClientAssertionType: () => addClientAssertionType,
  addClientId: () => addClientId,
  addClientInfo: () => addClientInfo,
  addClientSecret: () => addClientSecret,
  addCodeChallengeParams: () => addCodeChallengeParams,
  addCodeVerifier: () => addCodeVerifier,
  addCorrelationId: () => addCorrelationId,
  addDeviceCode: () => addDeviceCode,
  addDomainHint: () => addDomainHint,
  addEARParameters: () => addEARParameters,
  addExtraParameters: () => addExtraParameters,
  addGrantType: () => addGrantType,
  addIdTokenHint: () => addIdTokenHint,
  addInstanceAware: () => addInstanceAware,
  addLibraryInfo: () => addLibraryInfo,
  addLoginHint: () => addLoginHint,
  addLogoutHint: () => addLogoutHint,
  addNativeBroker: () => addNativeBroker,
  addNonce: () => addNonce,
  addOboAssertion: () => addOboAssertion,
  addPassword: () => addPassword,
  addPopToken: () => addPopToken,
  addPopupOriginCheckDone: () => addPopupOriginCheckDone,
  addPostLogoutRedirectUri: () => addPostLogoutRedirectUri,
  addPrompt: () => addPrompt,
  addRedirectUri: () => addRedirectUri,
  addRefreshToken: () => addRefreshToken,
  addRequestTokenUse: () => addRequestTokenUse,
  addResource: () => addResource,
  addResponseMode: () => addResponseMode,
  addResponseType: () => addResponseType,
  addScopes: () => addScopes,
  addServerTelemetry: () => addServerTelemetry,
  addSid: () => addSid,
  addSshJwk: () => addSshJwk,
  addState: () => addState,
  addThrottling: () => addThrottling,
  addUsername: () => addUsername,
  buildMergedClaims: () => buildMergedClaims,
  instrumentBrokerParams: () => instrumentBrokerParams
});

// node_modules/@azure/msal-common/dist/request/ScopeSet.mjs
var ScopeSet = class _ScopeSet {
  constructor(inputScopes, correlationId) {
    this.correlationId = correlationId;
    let scopeArr = inputScopes ? StringUtils.trimArrayEntries([...inputScopes]) : [], filteredInput = scopeArr ? StringUtils.removeEmptyStringsFromArray(scopeArr) : [];
    if (!filteredInput || !filteredInput.length)
      throw createClientConfigurationError(emptyInputScopesError, correlationId);
    this.scopes = /* @__PURE__ */ new Set(), filteredInput.forEach((scope) => this.scopes.add(scope));
  }
  /**
   * Factory method to create ScopeSet from space-delimited string
   * @param inputScopeString
   * @param appClientId
   * @param scopesRequired
   */
  static fromString(inputScopeString, correlationId) {
    let inputScopes = (inputScopeString || "").split(" ");
    return new _ScopeSet(inputScopes, correlationId);
  }
  /**
   * Creates the set of scopes to search for in cache lookups
   * @param inputScopeString
   * @returns
   */
  static createSearchScopes(inputScopeString, correlationId) {
    let scopesToUse = inputScopeString && inputScopeString.length > 0 ? inputScopeString : [...OIDC_DEFAULT_SCOPES], scopeSet = new _ScopeSet(scopesToUse, correlationId);
    return scopeSet.containsOnlyOIDCScopes() ? scopeSet.removeScope(OFFLINE_ACCESS_SCOPE) : scopeSet.removeOIDCScopes(), scopeSet;
  }
  /**
   * Check if a given scope is present in this set of scopes.
   * @param scope
   */
  containsScope(scope) {
    let lowerCaseScopes = this.printScopesLowerCase().split(" "), lowerCaseScopesSet = new _ScopeSet(lowerCaseScopes, this.correlationId);
    return scope ? lowerCaseScopesSet.scopes.has(scope.toLowerCase()) : !1;
  }
  /**
   * Check if a set of scopes is present in this set of scopes.
   * @param scopeSet
   */
  containsScopeSet(scopeSet) {
    return !scopeSet || scopeSet.scopes.size <= 0 ? !1 : this.scopes.size >= scopeSet.scopes.size && scopeSet.asArray().every((scope) => this.containsScope(scope));
  }
  /**
   * Check if set of scopes contains only the defaults
   */
  containsOnlyOIDCScopes() {
    let defaultScopeCount = 0;
    return OIDC_SCOPES.forEach((defaultScope) => {
      this.containsScope(defaultScope) && (defaultScopeCount += 1);
    }), this.scopes.size === defaultScopeCount;
  }
  /**
   * Appends single scope if passed
   * @param newScope
   */
  appendScope(newScope) {
    newScope && this.scopes.add(newScope.trim());
  }
  /**
   * Appends multiple scopes if passed
   * @param newScopes
   */
  appendScopes(newScopes) {
    try {
      newScopes.forEach((newScope) => this.appendScope(newScope));
    } catch {
      throw createClientAuthError(cannotAppendScopeSet, this.correlationId);
    }
  }
  /**
   * Removes element from set of scopes.
   * @param scope
   */
  removeScope(scope) {
    if (!scope)
      throw createClientAuthError(cannotRemoveEmptyScope, this.correlationId);
    this.scopes.delete(scope.trim());
  }
  /**
   * Removes default scopes from set of scopes
   * Primarily used to prevent cache misses if the default scopes are not returned from the server
   */
  removeOIDCScopes() {
    OIDC_SCOPES.forEach((defaultScope) => {
      this.scopes.delete(defaultScope);
    });
  }
  /**
   * Combines an array of scopes with the current set of scopes.
   * @param otherScopes
   */
  unionScopeSets(otherScopes) {
    if (!otherScopes)
      throw createClientAuthError(emptyInputScopeSet, this.correlationId);
    let unionScopes = /* @__PURE__ */ new Set();
    return otherScopes.scopes.forEach((scope) => unionScopes.add(scope.toLowerCase())), this.scopes.forEach((scope) => unionScopes.add(scope.toLowerCase())), unionScopes;
  }
  /**
   * Check if scopes intersect between this set and another.
   * @param otherScopes
   */
  intersectingScopeSets(otherScopes) {
    if (!otherScopes)
      throw createClientAuthError(emptyInputScopeSet, this.correlationId);
    otherScopes.containsOnlyOIDCScopes() || otherScopes.removeOIDCScopes();
    let unionScopes = this.unionScopeSets(otherScopes), sizeOtherScopes = otherScopes.getScopeCount(), sizeThisScopes = this.getScopeCount();
    return unionScopes.size < sizeThisScopes + sizeOtherScopes;
  }
  /**
   * Returns size of set of scopes.
   */
  getScopeCount() {
    return this.scopes.size;
  }
  /**
   * Returns the scopes as an array of string values
   */
  asArray() {
    let array = [];
    return this.scopes.forEach((val) => array.push(val)), array;
  }
  /**
   * Prints scopes into a space-delimited string
   */
  printScopes() {
    return this.scopes ? this.asArray().join(" ") : "";
  }
  /**
   * Prints scopes into a space-delimited lower-case string (used for caching)
   */
  printScopesLowerCase() {
    return this.printScopes().toLowerCase();
  }
};

// node_modules/@azure/msal-common/dist/request/RequestParameterBuilder.mjs
function instrumentBrokerParams(parameters, correlationId, performanceClient) {
  if (!correlationId)
    return;
  let clientId = parameters.get(CLIENT_ID);
  clientId && parameters.has(BROKER_CLIENT_ID) && performanceClient?.addFields({
    embeddedClientId: clientId,
    embeddedRedirectUri: parameters.get(REDIRECT_URI)
  }, correlationId);
}
function addResponseType(parameters, responseType) {
  parameters.set(RESPONSE_TYPE, responseType);
}
function addResponseMode(parameters, responseMode) {
  parameters.set(RESPONSE_MODE, responseMode || ResponseMode.QUERY);
}
function addNativeBroker(parameters) {
  parameters.set(NATIVE_BROKER, "1");
}
function addScopes(parameters, scopes, correlationId, addOidcScopes = !0, defaultScopes = OIDC_DEFAULT_SCOPES) {
  addOidcScopes && !defaultScopes.includes("openid") && !scopes.includes("openid") && defaultScopes.push("openid");
  let requestScopes = addOidcScopes ? [...scopes || [], ...defaultScopes] : scopes || [], scopeSet = new ScopeSet(requestScopes, correlationId);
  parameters.set(SCOPE, scopeSet.printScopes());
}
function addClientId(parameters, clientId) {
  parameters.set(CLIENT_ID, clientId);
}
function addRedirectUri(parameters, redirectUri) {
  parameters.set(REDIRECT_URI, redirectUri);
}
function addPostLogoutRedirectUri(parameters, redirectUri) {
  parameters.set(POST_LOGOUT_URI, redirectUri);
}
function addIdTokenHint(parameters, idTokenHint) {
  parameters.set(ID_TOKEN_HINT, idTokenHint);
}
function addDomainHint(parameters, domainHint) {
  parameters.set(DOMAIN_HINT, domainHint);
}
function addLoginHint(parameters, loginHint) {
  parameters.set(LOGIN_HINT, loginHint);
}
function addCcsUpn(parameters, loginHint) {
  parameters.set(HeaderNames.CCS_HEADER, `UPN:${loginHint}`);
}
function addCcsOid(parameters, clientInfo) {
  parameters.set(HeaderNames.CCS_HEADER, `Oid:${clientInfo.uid}@${clientInfo.utid}`);
}
function addSid(parameters, sid) {
  parameters.set("sid", sid);
}
function addClaims(parameters, correlationId, claims, clientCapabilities, skipBrokerClaims, claimsToMerge) {
  let configClaims = skipBrokerClaims && parameters.has(BROKER_CLIENT_ID) ? void 0 : clientCapabilities, mergedClaims = buildMergedClaims(claims, configClaims, correlationId, claimsToMerge);
  parameters.set(CLAIMS, mergedClaims);
}
function addCorrelationId(parameters, correlationId) {
  parameters.set(CLIENT_REQUEST_ID, correlationId);
}
function addLibraryInfo(parameters, libraryInfo) {
  parameters.set(X_CLIENT_SKU, libraryInfo.sku), parameters.set(X_CLIENT_VER, libraryInfo.version), libraryInfo.os && parameters.set(X_CLIENT_OS, libraryInfo.os), libraryInfo.cpu && parameters.set(X_CLIENT_CPU, libraryInfo.cpu);
}
function addApplicationTelemetry(parameters, appTelemetry) {
  appTelemetry?.appName && parameters.set(X_APP_NAME, appTelemetry.appName), appTelemetry?.appVersion && parameters.set(X_APP_VER, appTelemetry.appVersion);
}
function addPrompt(parameters, prompt) {
  parameters.set(PROMPT, prompt);
}
function addState(parameters, state) {
  state && parameters.set(STATE, state);
}
function addNonce(parameters, nonce) {
  parameters.set(NONCE, nonce);
}
function addCodeChallengeParams(parameters, codeChallenge, codeChallengeMethod) {
  if (codeChallenge && codeChallengeMethod)
    parameters.set(CODE_CHALLENGE, codeChallenge), parameters.set(CODE_CHALLENGE_METHOD, codeChallengeMethod);
  else
    throw createClientConfigurationError(pkceParamsMissing, "");
}
function addAuthorizationCode(parameters, code) {
  parameters.set(CODE, code);
}
function addDeviceCode(parameters, code) {
  parameters.set(DEVICE_CODE, code);
}
function addRefreshToken(parameters, refreshToken) {
  parameters.set(REFRESH_TOKEN, refreshToken);
}
function addCodeVerifier(parameters, codeVerifier) {
  parameters.set(CODE_VERIFIER, codeVerifier);
}
function addClientSecret(parameters, clientSecret) {
  parameters.set(CLIENT_SECRET, clientSecret);
}
function addClientAssertion(parameters, clientAssertion) {
  clientAssertion && parameters.set(CLIENT_ASSERTION, clientAssertion);
}
function addClientAssertionType(parameters, clientAssertionType) {
  clientAssertionType && parameters.set(CLIENT_ASSERTION_TYPE, clientAssertionType);
}
function addOboAssertion(parameters, oboAssertion) {
  parameters.set(OBO_ASSERTION, oboAssertion);
}
function addRequestTokenUse(parameters, tokenUse) {
  parameters.set(REQUESTED_TOKEN_USE, tokenUse);
}
function addGrantType(parameters, grantType) {
  parameters.set(GRANT_TYPE, grantType);
}
function addClientInfo(parameters) {
  parameters.set(CLIENT_INFO2, "1");
}
function addCliData(parameters) {
  parameters.set(CLI_DATA, "1");
}
function addInstanceAware(parameters) {
  parameters.has(INSTANCE_AWARE) || parameters.set(INSTANCE_AWARE, "true");
}
function addPopupOriginCheckDone(parameters) {
  parameters.has(POPUP_ORIGIN_CHECK_DONE) || parameters.set(POPUP_ORIGIN_CHECK_DONE, "1");
}
function addExtraParameters(parameters, extraParams) {
  Object.entries(extraParams).forEach(([key, value]) => {
    !parameters.has(key) && value && parameters.set(key, value);
  });
}
var DEFAULT_ID_TOKEN_CLAIMS = {
  [ClaimsRequestKeys.SIGNIN_STATE]: { essential: !1 },
  [ClaimsRequestKeys.LOGIN_HINT]: { essential: !1 },
  [ClaimsRequestKeys.TENANT_REGION_SUB_SCOPE]: {
    essential: !1
  }
};
function parseClaims(claims, correlationId = "") {
  let parsed;
  try {
    parsed = JSON.parse(claims);
  } catch {
    throw createClientConfigurationError(invalidClaims, correlationId);
  }
  if (!isPlainObject(parsed))
    throw createClientConfigurationError(invalidClaims, correlationId);
  return parsed;
}
function isPlainObject(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function deepMergeClaims(baseClaims, claimsToMerge) {
  let merged = { ...baseClaims };
  for (let [key, mergeInValue] of Object.entries(claimsToMerge)) {
    let baseValue = merged[key];
    isPlainObject(baseValue) && isPlainObject(mergeInValue) ? merged[key] = deepMergeClaims(baseValue, mergeInValue) : merged[key] = mergeInValue;
  }
  return merged;
}
function buildMergedClaims(claims, clientCapabilities, correlationId = "", claimsToMerge) {
  let mergedClaims = claims ? parseClaims(claims, correlationId) : {};
  claimsToMerge?.trim() && (mergedClaims = deepMergeClaims(mergedClaims, parseClaims(claimsToMerge, correlationId))), Object.prototype.hasOwnProperty.call(mergedClaims, ClaimsRequestKeys.ID_TOKEN) || (mergedClaims[ClaimsRequestKeys.ID_TOKEN] = {});
  let idTokenClaims = mergedClaims[ClaimsRequestKeys.ID_TOKEN];
  for (let [key, value] of Object.entries(DEFAULT_ID_TOKEN_CLAIMS))
    key in idTokenClaims || (idTokenClaims[key] = value);
  return clientCapabilities && clientCapabilities.length > 0 && (Object.prototype.hasOwnProperty.call(mergedClaims, ClaimsRequestKeys.ACCESS_TOKEN) || (mergedClaims[ClaimsRequestKeys.ACCESS_TOKEN] = {}), mergedClaims[ClaimsRequestKeys.ACCESS_TOKEN][ClaimsRequestKeys.XMS_CC] = {
    values: clientCapabilities
  }), JSON.stringify(mergedClaims);
}
function addUsername(parameters, username) {
  parameters.set(PasswordGrantConstants.username, username);
}
function addPassword(parameters, password) {
  parameters.set(PasswordGrantConstants.password, password);
}
function addPopToken(parameters, cnfString) {
  cnfString && (parameters.set(TOKEN_TYPE, AuthenticationScheme.POP), parameters.set(REQ_CNF, cnfString));
}
function addSshJwk(parameters, sshJwkString) {
  sshJwkString && (parameters.set(TOKEN_TYPE, AuthenticationScheme.SSH), parameters.set(REQ_CNF, sshJwkString));
}
function addServerTelemetry(parameters, serverTelemetryManager) {
  parameters.set(X_CLIENT_CURR_TELEM, serverTelemetryManager.generateCurrentRequestHeaderValue()), parameters.set(X_CLIENT_LAST_TELEM, serverTelemetryManager.generateLastRequestHeaderValue());
}
function addThrottling(parameters) {
  parameters.set(X_MS_LIB_CAPABILITY, X_MS_LIB_CAPABILITY_VALUE);
}
function addLogoutHint(parameters, logoutHint) {
  parameters.set(LOGOUT_HINT, logoutHint);
}
function addBrokerParameters(parameters, brokerClientId, brokerRedirectUri) {
  parameters.has(BROKER_CLIENT_ID) || parameters.set(BROKER_CLIENT_ID, brokerClientId), parameters.has(BROKER_REDIRECT_URI) || parameters.set(BROKER_REDIRECT_URI, brokerRedirectUri);
}
function addEARParameters(parameters, jwk, jweCrypto) {
  parameters.set(EAR_JWK, encodeURIComponent(jwk)), parameters.set(EAR_JWE_CRYPTO, jweCrypto ?? "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0");
}
function addResource(parameters, resource) {
  resource && parameters.set(RESOURCE, resource);
}
function addAttributeTokens(parameters, attributeTokens) {
  let serialized = serializeAttributeTokens(attributeTokens);
  serialized ? parameters.set(ATTRIBUTE_TOKENS, serialized) : parameters.delete(ATTRIBUTE_TOKENS);
}

// node_modules/@azure/msal-common/dist/utils/UrlUtils.mjs
var UrlUtils_exports = {};
__export(UrlUtils_exports, {
  getDeserializedResponse: () => getDeserializedResponse,
  mapToQueryString: () => mapToQueryString,
  normalizeUrlForComparison: () => normalizeUrlForComparison,
  stripLeadingHashOrQuery: () => stripLeadingHashOrQuery,
  validateUrl: () => validateUrl
});
function stripLeadingHashOrQuery(responseString) {
  return responseString.startsWith("#/") ? responseString.substring(2) : responseString.startsWith("#") || responseString.startsWith("?") ? responseString.substring(1) : responseString;
}
function getDeserializedResponse(responseString) {
  if (!responseString || responseString.indexOf("=") < 0)
    return null;
  try {
    let normalizedResponse = stripLeadingHashOrQuery(responseString);
    if (!/^[^=&?#/]+(?:=|&|$)/.test(normalizedResponse))
      return null;
    let deserializedHash = Object.fromEntries(new URLSearchParams(normalizedResponse));
    if (deserializedHash.code || deserializedHash.ear_jwe || deserializedHash.error || deserializedHash.error_description || deserializedHash.state)
      return deserializedHash;
  } catch {
    throw createClientAuthError(hashNotDeserialized, "");
  }
  return null;
}
function mapToQueryString(parameters) {
  let queryParameterArray = new Array();
  return parameters.forEach((value, key) => {
    queryParameterArray.push(`${key}=${encodeURIComponent(value)}`);
  }), queryParameterArray.join("&");
}
function normalizeUrlForComparison(url, logger24, correlationId) {
  if (!url)
    return url;
  let urlWithoutHash = url.split("#")[0];
  if (!urlWithoutHash)
    return urlWithoutHash;
  try {
    let urlObj = new URL(urlWithoutHash);
    urlObj.search || (urlObj.search = "");
    let pathname;
    try {
      pathname = decodeURIComponent(urlObj.pathname);
    } catch {
      pathname = urlObj.pathname;
    }
    return pathname.endsWith("/") || (pathname += "/"), urlObj.pathname = pathname, urlObj.href;
  } catch (e) {
    throw logger24?.error(`Failed to normalize URL for comparison: '${e}'`, correlationId || ""), createClientConfigurationError(urlParseError, correlationId || "");
  }
}
function validateUrl(url, logger24, correlationId) {
  try {
    new URL(url);
  } catch (e) {
    throw logger24?.error(`Failed to validate URL: '${e}'`, correlationId || ""), createClientConfigurationError(urlParseError, correlationId || "");
  }
}

// node_modules/@azure/msal-common/dist/crypto/ICrypto.mjs
var JsonWebTokenAlgorithms = {
  ES256: "ES256",
  RS256: "RS256"
}, DEFAULT_CRYPTO_IMPLEMENTATION = {
  createNewGuid: () => {
    throw createClientAuthError(methodNotImplemented, "");
  },
  base64Decode: () => {
    throw createClientAuthError(methodNotImplemented, "");
  },
  base64Encode: () => {
    throw createClientAuthError(methodNotImplemented, "");
  },
  base64UrlEncode: () => {
    throw createClientAuthError(methodNotImplemented, "");
  },
  encodeKid: () => {
    throw createClientAuthError(methodNotImplemented, "");
  },
  async removeTokenBindingKey(kid, correlationId) {
    throw createClientAuthError(methodNotImplemented, correlationId);
  },
  async clearKeystore(correlationId) {
    throw createClientAuthError(methodNotImplemented, correlationId);
  },
  async signTokenBindingJwt(header, payload, kid, correlationId) {
    throw createClientAuthError(methodNotImplemented, correlationId);
  },
  async hashString() {
    throw createClientAuthError(methodNotImplemented, "");
  }
};

// node_modules/@azure/msal-common/dist/crypto/ITokenBindingKeyManager.mjs
var DEFAULT_TOKEN_BINDING_KEY_MANAGER = {
  async provisionTokenBindingKey(request) {
    throw createClientAuthError(methodNotImplemented, request.correlationId);
  },
  async removeTokenBindingKey(_kid, correlationId) {
    throw createClientAuthError(methodNotImplemented, correlationId);
  },
  async getTokenBindingPublicKeyJwk(_kid, correlationId) {
    throw createClientAuthError(methodNotImplemented, correlationId);
  }
};

// node_modules/@azure/msal-common/dist/logger/Logger.mjs
var LogLevel;
(function(LogLevel2) {
  LogLevel2[LogLevel2.Error = 0] = "Error", LogLevel2[LogLevel2.Warning = 1] = "Warning", LogLevel2[LogLevel2.Info = 2] = "Info", LogLevel2[LogLevel2.Verbose = 3] = "Verbose", LogLevel2[LogLevel2.Trace = 4] = "Trace";
})(LogLevel || (LogLevel = {}));
var CACHE_CAPACITY = 50, MAX_LOGS_PER_CORRELATION = 500, correlationCache = /* @__PURE__ */ new Map();
function markAsRecentlyUsed(correlationId, data) {
  correlationCache.delete(correlationId), correlationCache.set(correlationId, data);
}
function addLogToCache(correlationId, loggedMessage) {
  let currentTime = Date.now(), data = correlationCache.get(correlationId);
  if (data)
    markAsRecentlyUsed(correlationId, data);
  else if (data = { logs: [], firstEventTime: currentTime }, correlationCache.set(correlationId, data), correlationCache.size > CACHE_CAPACITY) {
    let firstKey = correlationCache.keys().next().value;
    firstKey !== void 0 && correlationCache.delete(firstKey);
  }
  data.logs.push({
    ...loggedMessage,
    milliseconds: currentTime - data.firstEventTime
  }), data.logs.length > MAX_LOGS_PER_CORRELATION && data.logs.shift();
}
function getMessageHash(str) {
  if (str.length < 6 || str.length > 6 && str[6] !== " ")
    return null;
  for (let i = 0; i < 6; i++) {
    let char = str[i];
    if (!(char >= "a" && char <= "z" || char >= "A" && char <= "Z" || char >= "0" && char <= "9"))
      return null;
  }
  return str.substring(0, 6);
}
var Logger = class _Logger {
  constructor(loggerOptions, packageName, packageVersion) {
    this.level = LogLevel.Info;
    let defaultLoggerCallback2 = () => {
    }, setLoggerOptions = loggerOptions || _Logger.createDefaultLoggerOptions();
    this.localCallback = setLoggerOptions.loggerCallback || defaultLoggerCallback2, this.piiLoggingEnabled = setLoggerOptions.piiLoggingEnabled || !1, this.level = typeof setLoggerOptions.logLevel == "number" ? setLoggerOptions.logLevel : LogLevel.Info, this.packageName = packageName || "", this.packageVersion = packageVersion || "";
  }
  static createDefaultLoggerOptions() {
    return {
      loggerCallback: () => {
      },
      piiLoggingEnabled: !1,
      logLevel: LogLevel.Info
    };
  }
  /**
   * Create new Logger with existing configurations.
   */
  clone(packageName, packageVersion) {
    return new _Logger({
      loggerCallback: this.localCallback,
      piiLoggingEnabled: this.piiLoggingEnabled,
      logLevel: this.level
    }, packageName, packageVersion);
  }
  /**
   * Log message with required options.
   */
  logMessage(logMessage, options) {
    let correlationId = options.correlationId, messageHash = getMessageHash(logMessage);
    if (messageHash) {
      let loggedMessage = {
        hash: messageHash,
        level: options.logLevel,
        containsPii: options.containsPii || !1,
        milliseconds: 0
        // Will be calculated in addLogToCache
      };
      addLogToCache(correlationId, loggedMessage);
    }
    if (options.logLevel > this.level || !this.piiLoggingEnabled && options.containsPii)
      return;
    let log = `${`[${(/* @__PURE__ */ new Date()).toUTCString()}] : [${correlationId}]`} : ${this.packageName}@${this.packageVersion} : ${LogLevel[options.logLevel]} - ${logMessage}`;
    this.executeCallback(options.logLevel, log, options.containsPii || !1);
  }
  /**
   * Execute callback with message.
   */
  executeCallback(level, message, containsPii) {
    this.localCallback && this.localCallback(level, message, containsPii);
  }
  /**
   * Logs error messages.
   */
  error(message, correlationId) {
    this.logMessage(message, {
      logLevel: LogLevel.Error,
      containsPii: !1,
      correlationId
    });
  }
  /**
   * Logs error messages with PII.
   */
  errorPii(message, correlationId) {
    this.logMessage(message, {
      logLevel: LogLevel.Error,
      containsPii: !0,
      correlationId
    });
  }
  /**
   * Logs warning messages.
   */
  warning(message, correlationId) {
    this.logMessage(message, {
      logLevel: LogLevel.Warning,
      containsPii: !1,
      correlationId
    });
  }
  /**
   * Logs warning messages with PII.
   */
  warningPii(message, correlationId) {
    this.logMessage(message, {
      logLevel: LogLevel.Warning,
      containsPii: !0,
      correlationId
    });
  }
  /**
   * Logs info messages.
   */
  info(message, correlationId) {
    this.logMessage(message, {
      logLevel: LogLevel.Info,
      containsPii: !1,
      correlationId
    });
  }
  /**
   * Logs info messages with PII.
   */
  infoPii(message, correlationId) {
    this.logMessage(message, {
      logLevel: LogLevel.Info,
      containsPii: !0,
      correlationId
    });
  }
  /**
   * Logs verbose messages.
   */
  verbose(message, correlationId) {
    this.logMessage(message, {
      logLevel: LogLevel.Verbose,
      containsPii: !1,
      correlationId
    });
  }
  /**
   * Logs verbose messages with PII.
   */
  verbosePii(message, correlationId) {
    this.logMessage(message, {
      logLevel: LogLevel.Verbose,
      containsPii: !0,
      correlationId
    });
  }
  /**
   * Logs trace messages.
   */
  trace(message, correlationId) {
    this.logMessage(message, {
      logLevel: LogLevel.Trace,
      containsPii: !1,
      correlationId
    });
  }
  /**
   * Logs trace messages with PII.
   */
  tracePii(message, correlationId) {
    this.logMessage(message, {
      logLevel: LogLevel.Trace,
      containsPii: !0,
      correlationId
    });
  }
  /**
   * Returns whether PII Logging is enabled or not.
   */
  isPiiLoggingEnabled() {
    return this.piiLoggingEnabled || !1;
  }
};

// node_modules/@azure/msal-common/dist/packageMetadata.mjs
var name = "@azure/msal-common", version = "16.17.0";

// node_modules/@azure/msal-common/dist/error/CacheErrorCodes.mjs
var cacheQuotaExceeded = "cache_quota_exceeded", cacheErrorUnknown = "cache_error_unknown";

// node_modules/@azure/msal-common/dist/error/CacheError.mjs
var CacheError = class _CacheError extends Error {
  constructor(errorCode, errorMessage) {
    let message = errorMessage || getDefaultErrorMessage(errorCode);
    super(message), Object.setPrototypeOf(this, _CacheError.prototype), this.name = "CacheError", this.errorCode = errorCode, this.errorMessage = message;
  }
};
function createCacheError(e) {
  return e instanceof Error ? e.name === "QuotaExceededError" || e.name === "NS_ERROR_DOM_QUOTA_REACHED" || e.message.includes("exceeded the quota") ? new CacheError(cacheQuotaExceeded) : new CacheError(e.name, e.message) : new CacheError(cacheErrorUnknown);
}

// node_modules/@azure/msal-common/dist/cache/CacheManager.mjs
var CacheManager = class {
  constructor(clientId, cryptoImpl, logger24, performanceClient, staticAuthorityOptions, tokenBindingKeyManager) {
    this.clientId = clientId, this.cryptoImpl = cryptoImpl, this.tokenBindingKeyManager = tokenBindingKeyManager, this.commonLogger = logger24.clone(name, version), this.staticAuthorityOptions = staticAuthorityOptions, this.performanceClient = performanceClient;
  }
  /**
   * Returns all the accounts in the cache that match the optional filter. If no filter is provided, all accounts are returned.
   * @param accountFilter - (Optional) filter to narrow down the accounts returned
   * @returns Array of AccountInfo objects in cache
   */
  getAllAccounts(accountFilter = {}, correlationId) {
    return this.buildTenantProfiles(this.getAccountsFilteredBy(accountFilter, correlationId), correlationId, accountFilter);
  }
  /**
   * Gets first tenanted AccountInfo object found based on provided filters
   */
  getAccountInfoFilteredBy(accountFilter, correlationId) {
    if (Object.keys(accountFilter).length === 0 || Object.values(accountFilter).every((value) => value == null || value === ""))
      return this.commonLogger.warning("getAccountInfoFilteredBy: Account filter is empty or invalid, returning null", correlationId), null;
    let allAccounts = this.getAllAccounts(accountFilter, correlationId);
    return allAccounts.length > 1 ? allAccounts.sort((a, b) => {
      let aHasClaims = a.idTokenClaims ? 1 : 0;
      return (b.idTokenClaims ? 1 : 0) - aHasClaims;
    })[0] : allAccounts.length === 1 ? allAccounts[0] : null;
  }
  /**
   * Returns a single matching
   * @param accountFilter
   * @returns
   */
  getBaseAccountInfo(accountFilter, correlationId) {
    let accountEntities = this.getAccountsFilteredBy(accountFilter, correlationId);
    return accountEntities.length > 0 ? getAccountInfo(accountEntities[0]) : null;
  }
  /**
   * Matches filtered account entities with cached ID tokens that match the tenant profile-specific account filters
   * and builds the account info objects from the matching ID token's claims
   * @param cachedAccounts
   * @param accountFilter
   * @returns Array of AccountInfo objects that match account and tenant profile filters
   */
  buildTenantProfiles(cachedAccounts, correlationId, accountFilter) {
    return cachedAccounts.flatMap((accountEntity) => this.getTenantProfilesFromAccountEntity(accountEntity, correlationId, accountFilter?.tenantId, accountFilter));
  }
  getTenantedAccountInfoByFilter(accountInfo, tokenKeys, tenantProfile, correlationId, tenantProfileFilter) {
    let tenantedAccountInfo = null, idTokenClaims;
    if (tenantProfileFilter && !this.tenantProfileMatchesFilter(tenantProfile, tenantProfileFilter))
      return null;
    let idToken = this.getIdToken(accountInfo, correlationId, tokenKeys, tenantProfile.tenantId);
    return idToken && (idTokenClaims = extractTokenClaims(idToken.secret, this.cryptoImpl.base64Decode, correlationId), !this.idTokenClaimsMatchTenantProfileFilter(idTokenClaims, tenantProfileFilter)) ? null : (tenantedAccountInfo = updateAccountTenantProfileData(accountInfo, tenantProfile, idTokenClaims, idToken?.secret), tenantedAccountInfo);
  }
  getTenantProfilesFromAccountEntity(accountEntity, correlationId, targetTenantId, tenantProfileFilter) {
    let accountInfo = getAccountInfo(accountEntity), searchTenantProfiles = accountInfo.tenantProfiles || /* @__PURE__ */ new Map(), tokenKeys = this.getTokenKeys();
    if (targetTenantId) {
      let tenantProfile = searchTenantProfiles.get(targetTenantId);
      if (tenantProfile)
        searchTenantProfiles = /* @__PURE__ */ new Map([
          [targetTenantId, tenantProfile]
        ]);
      else
        return [];
    }
    let matchingTenantProfiles = [];
    return searchTenantProfiles.forEach((tenantProfile) => {
      let tenantedAccountInfo = this.getTenantedAccountInfoByFilter(accountInfo, tokenKeys, tenantProfile, correlationId, tenantProfileFilter);
      tenantedAccountInfo && matchingTenantProfiles.push(tenantedAccountInfo);
    }), matchingTenantProfiles;
  }
  tenantProfileMatchesFilter(tenantProfile, tenantProfileFilter) {
    return !(tenantProfileFilter.localAccountId && !this.matchLocalAccountIdFromTenantProfile(tenantProfile, tenantProfileFilter.localAccountId) || tenantProfileFilter.name && tenantProfile.name !== tenantProfileFilter.name || tenantProfileFilter.isHomeTenant !== void 0 && tenantProfile.isHomeTenant !== tenantProfileFilter.isHomeTenant || tenantProfileFilter.username && !this.matchUsername(tenantProfile.username, tenantProfileFilter.username) && !this.matchUsername(tenantProfile.upn, tenantProfileFilter.username) || tenantProfileFilter.loginHint && !this.matchLoginHintWithTenantProfile(tenantProfile, tenantProfileFilter.loginHint) || tenantProfileFilter.upn && tenantProfile.upn !== tenantProfileFilter.upn || tenantProfileFilter.nativeAccountId && tenantProfile.nativeAccountId !== tenantProfileFilter.nativeAccountId);
  }
  idTokenClaimsMatchTenantProfileFilter(idTokenClaims, tenantProfileFilter) {
    return !(tenantProfileFilter && (tenantProfileFilter.localAccountId && !this.matchLocalAccountIdFromTokenClaims(idTokenClaims, tenantProfileFilter.localAccountId) || tenantProfileFilter.loginHint && !this.matchLoginHintFromTokenClaims(idTokenClaims, tenantProfileFilter.loginHint) || tenantProfileFilter.username && !this.matchUsername(idTokenClaims.preferred_username, tenantProfileFilter.username) && !this.matchUsername(idTokenClaims.upn, tenantProfileFilter.username) || tenantProfileFilter.name && !this.matchName(idTokenClaims, tenantProfileFilter.name) || tenantProfileFilter.sid && !this.matchSid(idTokenClaims, tenantProfileFilter.sid)));
  }
  /**
   * saves a cache record
   * @param cacheRecord {CacheRecord}
   * @param storeInCache {?StoreInCache}
   * @param correlationId {?string} correlation id
   */
  async saveCacheRecord(cacheRecord, correlationId, kmsi, apiId, storeInCache) {
    if (!cacheRecord)
      throw createClientAuthError(invalidCacheRecord, correlationId);
    try {
      cacheRecord.account && await this.setAccount(cacheRecord.account, correlationId, kmsi, apiId), cacheRecord.idToken && storeInCache?.idToken !== !1 && await this.setIdTokenCredential(cacheRecord.idToken, correlationId, kmsi), cacheRecord.accessToken && storeInCache?.accessToken !== !1 && await this.saveAccessToken(cacheRecord.accessToken, correlationId, kmsi), cacheRecord.refreshToken && storeInCache?.refreshToken !== !1 && await this.setRefreshTokenCredential(cacheRecord.refreshToken, correlationId, kmsi), cacheRecord.appMetadata && this.setAppMetadata(cacheRecord.appMetadata, correlationId);
    } catch (e) {
      throw this.commonLogger?.error("CacheManager.saveCacheRecord: failed", correlationId), e instanceof AuthError ? e : createCacheError(e);
    }
  }
  /**
   * saves access token credential
   * @param credential - the access token entity to save
   * @param correlationId - unique identifier for the request
   * @param kmsi - keep me signed in flag
   */
  async saveAccessToken(credential, correlationId, kmsi) {
    let additionalCacheKeyHash;
    credential.additionalCacheKeyComponents && Object.keys(credential.additionalCacheKeyComponents).length > 0 && (additionalCacheKeyHash = await this.cryptoImpl.hashString(JSON.stringify(credential.additionalCacheKeyComponents)));
    let accessTokenFilter = {
      clientId: credential.clientId,
      credentialType: credential.credentialType,
      environment: credential.environment,
      homeAccountId: credential.homeAccountId,
      realm: credential.realm,
      tokenType: credential.tokenType
    }, tokenKeys = this.getTokenKeys(), currentScopes = ScopeSet.fromString(credential.target, correlationId), accessTokenKeysToRemove = [];
    tokenKeys.accessToken.forEach((key) => {
      if (!this.accessTokenKeyMatchesFilter(key, accessTokenFilter, !1))
        return;
      let tokenEntity = this.getAccessTokenCredential(key, correlationId);
      tokenEntity && this.credentialMatchesFilter(tokenEntity, accessTokenFilter, correlationId) && ScopeSet.fromString(tokenEntity.target, correlationId).intersectingScopeSets(currentScopes) && accessTokenKeysToRemove.push(key);
    });
    for (let key of accessTokenKeysToRemove)
      await this.removeAccessTokenAndTokenBindingKey(key, correlationId, credential.keyId);
    await this.setAccessTokenCredential(credential, correlationId, kmsi, additionalCacheKeyHash);
  }
  /**
   * Retrieve account entities matching all provided tenant-agnostic filters; if no filter is set, get all account entities in the cache
   * Not checking for casing as keys are all generated in lower case, remember to convert to lower case if object properties are compared
   * @param accountFilter - An object containing Account properties to filter by
   */
  getAccountsFilteredBy(accountFilter, correlationId) {
    let allAccountKeys = this.getAccountKeys(), matchingAccounts = [];
    return allAccountKeys.forEach((cacheKey) => {
      let entity = this.getAccount(cacheKey, correlationId);
      if (!entity || accountFilter.homeAccountId && !this.matchHomeAccountId(entity, accountFilter.homeAccountId) || accountFilter.environment && !this.matchEnvironment(entity, accountFilter.environment, correlationId) || accountFilter.realm && !this.matchRealm(entity, accountFilter.realm) || accountFilter.authorityType && !this.matchAuthorityType(entity, accountFilter.authorityType))
        return;
      let tenantProfileFilter = {
        localAccountId: accountFilter?.localAccountId,
        name: accountFilter?.name,
        username: accountFilter?.username,
        loginHint: accountFilter?.loginHint,
        upn: accountFilter?.upn,
        nativeAccountId: accountFilter?.nativeAccountId
      }, matchingTenantProfiles = entity.tenantProfiles?.filter((tenantProfile) => this.tenantProfileMatchesFilter(tenantProfile, tenantProfileFilter));
      matchingTenantProfiles && matchingTenantProfiles.length === 0 || matchingAccounts.push(entity);
    }), matchingAccounts;
  }
  /**
   * Returns whether or not the given credential entity matches the filter
   * @param entity
   * @param filter
   * @param correlationId
   * @returns
   */
  credentialMatchesFilter(entity, filter, correlationId) {
    if (filter.clientId && !this.matchClientId(entity, filter.clientId) || filter.userAssertionHash && !this.matchUserAssertionHash(entity, filter.userAssertionHash) || typeof filter.homeAccountId == "string" && !this.matchHomeAccountId(entity, filter.homeAccountId) || filter.environment && !this.matchEnvironment(entity, filter.environment, correlationId) || filter.realm && !this.matchRealm(entity, filter.realm) || filter.credentialType && !this.matchCredentialType(entity, filter.credentialType) || filter.familyId && !this.matchFamilyId(entity, filter.familyId) || filter.target && !this.matchTarget(entity, filter.target, correlationId) || entity.credentialType === CredentialType.ACCESS_TOKEN_WITH_AUTH_SCHEME && !this.matchAccessTokenWithAuthScheme(entity, filter))
      return !1;
    let entityComponents = entity.additionalCacheKeyComponents, filterComponents = filter.additionalCacheKeyComponents, entityHasComponents = !!entityComponents && Object.keys(entityComponents).length > 0, filterHasComponents = !!filterComponents && Object.keys(filterComponents).length > 0;
    if (entityHasComponents !== filterHasComponents)
      return !1;
    if (entityHasComponents && filterHasComponents) {
      let entityKeys = Object.keys(entityComponents).sort(), filterKeys = Object.keys(filterComponents).sort();
      if (entityKeys.length !== filterKeys.length)
        return !1;
      for (let i = 0; i < entityKeys.length; i++)
        if (entityKeys[i] !== filterKeys[i] || entityComponents[entityKeys[i]] !== filterComponents[filterKeys[i]])
          return !1;
    }
    return !0;
  }
  /**
   * retrieve appMetadata matching all provided filters; if no filter is set, get all appMetadata
   * @param filter
   * @param correlationId
   */
  getAppMetadataFilteredBy(filter, correlationId) {
    let allCacheKeys = this.getKeys(), matchingAppMetadata = {};
    return allCacheKeys.forEach((cacheKey) => {
      if (!this.isAppMetadata(cacheKey))
        return;
      let entity = this.getAppMetadata(cacheKey, correlationId);
      entity && (filter.environment && !this.matchEnvironment(entity, filter.environment, correlationId) || filter.clientId && !this.matchClientId(entity, filter.clientId) || (matchingAppMetadata[cacheKey] = entity));
    }), matchingAppMetadata;
  }
  /**
   * retrieve authorityMetadata that contains a matching alias
   * @param host
   * @param correlationId
   */
  getAuthorityMetadataByAlias(host, correlationId) {
    let allCacheKeys = this.getAuthorityMetadataKeys(), matchedEntity = null;
    return allCacheKeys.forEach((cacheKey) => {
      if (!this.isAuthorityMetadata(cacheKey) || cacheKey.indexOf(this.clientId) === -1)
        return;
      let entity = this.getAuthorityMetadata(cacheKey, correlationId);
      entity && entity.aliases.indexOf(host) !== -1 && (matchedEntity = entity);
    }), matchedEntity;
  }
  /**
   * Removes all accounts and related tokens from cache.
   */
  removeAllAccounts(correlationId) {
    this.getAllAccounts({}, correlationId).forEach((account) => {
      this.removeAccount(account, correlationId);
    });
  }
  /**
   * Removes the account and related tokens for a given account key
   * @param account
   */
  removeAccount(account, correlationId) {
    let accountKeys = this.getAccountKeys(), keyFilter = (key) => key.includes(account.homeAccountId) && key.includes(account.environment);
    this.getTokenKeys().idToken.filter(keyFilter).forEach((key) => {
      this.removeIdToken(key, correlationId);
    }), this.removeAccountContext(account, correlationId), accountKeys.filter(keyFilter).forEach((key) => {
      this.removeItem(key, correlationId), this.performanceClient.incrementFields({ accountsRemoved: 1 }, correlationId);
    });
  }
  /**
   * Removes access and refresh tokens associated with the provided account,
   * preserving the account and its ID tokens.
   * @param account
   */
  removeAccountContext(account, correlationId) {
    let allTokenKeys = this.getTokenKeys(), keyFilter = (key) => key.includes(account.homeAccountId) && key.includes(account.environment);
    allTokenKeys.accessToken.filter(keyFilter).forEach((key) => {
      this.removeAccessToken(key, correlationId);
    }), allTokenKeys.refreshToken.filter(keyFilter).forEach((key) => {
      this.removeRefreshToken(key, correlationId);
    });
  }
  /**
   * returns a boolean if the given credential is removed
   * @param key
   * @param correlationId
   */
  removeAccessToken(key, correlationId) {
    let credential = this.removeAccessTokenCredential(key, correlationId);
    credential && this.removeTokenBindingKeyForCredential(credential, correlationId);
  }
  /**
   * Removes an access token and waits for any unreferenced token-binding key
   * cleanup. Internal callers that require deterministic cleanup should use
   * this method instead of the synchronous public cache contract.
   */
  async removeAccessTokenAndTokenBindingKey(key, correlationId, preservedKeyId) {
    let credential = this.removeAccessTokenCredential(key, correlationId);
    credential && await this.removeTokenBindingKeyForCredential(credential, correlationId, preservedKeyId);
  }
  removeAccessTokenCredential(key, correlationId) {
    let credential = this.getAccessTokenCredential(key, correlationId);
    return credential ? (this.removeItem(key, correlationId), this.performanceClient.incrementFields({ accessTokensRemoved: 1 }, correlationId), credential) : null;
  }
  async removeTokenBindingKeyForCredential(credential, correlationId, preservedKeyId) {
    if (credential.credentialType.toLowerCase() === CredentialType.ACCESS_TOKEN_WITH_AUTH_SCHEME.toLowerCase())
      switch (credential.tokenType?.toLowerCase()) {
        case AuthenticationScheme.POP:
        case AuthenticationScheme.DPOP.toLowerCase(): {
          let kid = credential.keyId;
          if (kid && kid !== preservedKeyId && !this.isTokenBindingKeyReferenced(kid, correlationId))
            try {
              await this.tokenBindingKeyManager.removeTokenBindingKey(kid, correlationId);
            } catch {
              this.commonLogger.error("Failed to remove token binding key", correlationId), this.performanceClient?.incrementFields({ removeTokenBindingKeyFailure: 1 }, correlationId);
            }
          break;
        }
      }
  }
  isTokenBindingKeyReferenced(keyId, correlationId) {
    return this.getTokenKeys().accessToken.some((accessTokenKey) => this.getAccessTokenCredential(accessTokenKey, correlationId)?.keyId === keyId);
  }
  /**
   * Removes all app metadata objects from cache.
   */
  removeAppMetadata(correlationId) {
    return this.getKeys().forEach((cacheKey) => {
      this.isAppMetadata(cacheKey) && this.removeItem(cacheKey, correlationId);
    }), !0;
  }
  /**
   * Retrieve IdTokenEntity from cache
   * @param account {AccountInfo}
   * @param tokenKeys {?TokenKeys}
   * @param targetRealm {?string}
   * @param performanceClient {?IPerformanceClient}
   * @param correlationId {?string}
   */
  getIdToken(account, correlationId, tokenKeys, targetRealm) {
    this.commonLogger.trace("CacheManager - getIdToken called", correlationId);
    let idTokenFilter = {
      homeAccountId: account.homeAccountId,
      environment: account.environment,
      credentialType: CredentialType.ID_TOKEN,
      clientId: this.clientId,
      realm: targetRealm
    }, idTokenMap = this.getIdTokensByFilter(idTokenFilter, correlationId, tokenKeys), numIdTokens = idTokenMap.size;
    if (numIdTokens < 1)
      return this.commonLogger.info("CacheManager:getIdToken - No token found", correlationId), null;
    if (numIdTokens > 1) {
      let tokensToBeRemoved = idTokenMap;
      if (!targetRealm) {
        let homeIdTokenMap = /* @__PURE__ */ new Map();
        idTokenMap.forEach((idToken, key) => {
          idToken.realm === account.tenantId && homeIdTokenMap.set(key, idToken);
        });
        let numHomeIdTokens = homeIdTokenMap.size;
        if (numHomeIdTokens < 1)
          return this.commonLogger.info("CacheManager:getIdToken - Multiple ID tokens found for account but none match account entity tenant id, returning first result", correlationId), idTokenMap.values().next().value ?? null;
        if (numHomeIdTokens === 1)
          return this.commonLogger.info("CacheManager:getIdToken - Multiple ID tokens found for account, defaulting to home tenant profile", correlationId), homeIdTokenMap.values().next().value ?? null;
        tokensToBeRemoved = homeIdTokenMap;
      }
      return this.commonLogger.info("CacheManager:getIdToken - Multiple matching ID tokens found, clearing them", correlationId), tokensToBeRemoved.forEach((idToken, key) => {
        this.removeIdToken(key, correlationId);
      }), this.performanceClient.addFields({ multiMatchedID: idTokenMap.size }, correlationId), null;
    }
    return this.commonLogger.info("CacheManager:getIdToken - Returning ID token", correlationId), idTokenMap.values().next().value ?? null;
  }
  /**
   * Gets all idTokens matching the given filter
   * @param filter
   * @returns
   */
  getIdTokensByFilter(filter, correlationId, tokenKeys) {
    let idTokenKeys = tokenKeys && tokenKeys.idToken || this.getTokenKeys().idToken, idTokens = /* @__PURE__ */ new Map();
    return idTokenKeys.forEach((key) => {
      if (!this.idTokenKeyMatchesFilter(key, {
        clientId: this.clientId,
        ...filter
      }))
        return;
      let idToken = this.getIdTokenCredential(key, correlationId);
      idToken && this.credentialMatchesFilter(idToken, filter, correlationId) && idTokens.set(key, idToken);
    }), idTokens;
  }
  /**
   * Validate the cache key against filter before retrieving and parsing cache value
   * @param key
   * @param filter
   * @returns
   */
  idTokenKeyMatchesFilter(inputKey, filter) {
    let key = inputKey.toLowerCase();
    return !(filter.clientId && key.indexOf(filter.clientId.toLowerCase()) === -1 || filter.homeAccountId && key.indexOf(filter.homeAccountId.toLowerCase()) === -1);
  }
  /**
   * Removes idToken from the cache
   * @param key
   */
  removeIdToken(key, correlationId) {
    this.removeItem(key, correlationId);
  }
  /**
   * Removes refresh token from the cache
   * @param key
   */
  removeRefreshToken(key, correlationId) {
    this.removeItem(key, correlationId);
  }
  /**
   * Retrieve AccessTokenEntity from cache
   * @param account {AccountInfo}
   * @param request {BaseAuthRequest}
   * @param tokenKeys {?TokenKeys}
   * @param performanceClient {?IPerformanceClient}
   */
  getAccessToken(account, request, tokenKeys, targetRealm) {
    let correlationId = request.correlationId;
    this.commonLogger.trace("CacheManager - getAccessToken called", correlationId);
    let scopes = ScopeSet.createSearchScopes(request.scopes, correlationId), authScheme = request.authenticationScheme || AuthenticationScheme.BEARER, normalizedAuthScheme = authScheme.toLowerCase(), credentialType = authScheme && authScheme.toLowerCase() !== AuthenticationScheme.BEARER.toLowerCase() ? CredentialType.ACCESS_TOKEN_WITH_AUTH_SCHEME : CredentialType.ACCESS_TOKEN, attributeTokenPartition = serializeAttributeTokens(request.attributeTokens), additionalCacheKeyComponents = attributeTokenPartition ? {
      attribute_tokens: attributeTokenPartition
    } : void 0, accessTokenFilter = {
      homeAccountId: account.homeAccountId,
      environment: account.environment,
      credentialType,
      clientId: this.clientId,
      realm: targetRealm || account.tenantId,
      target: scopes,
      tokenType: authScheme,
      keyId: authScheme === AuthenticationScheme.SSH ? request.sshKid : normalizedAuthScheme === AuthenticationScheme.DPOP.toLowerCase() ? request.popKid || request.dpopJkt : void 0,
      additionalCacheKeyComponents
    }, accessTokenKeys = tokenKeys && tokenKeys.accessToken || this.getTokenKeys().accessToken, accessTokens = [], matchedKeys = [];
    return accessTokenKeys.forEach((key) => {
      if (this.accessTokenKeyMatchesFilter(key, accessTokenFilter, !0)) {
        let accessToken = this.getAccessTokenCredential(key, correlationId);
        accessToken && this.credentialMatchesFilter(accessToken, accessTokenFilter, correlationId) && (accessTokens.push(accessToken), matchedKeys.push(key));
      }
    }), accessTokens.length < 1 ? (this.commonLogger.info("CacheManager:getAccessToken - No token found", correlationId), null) : accessTokens.length > 1 ? (this.commonLogger.info("CacheManager:getAccessToken - Multiple access tokens found, clearing them", correlationId), matchedKeys.forEach((key) => {
      this.removeAccessToken(key, correlationId);
    }), this.performanceClient.addFields({ multiMatchedAT: accessTokens.length }, correlationId), null) : (this.commonLogger.info("CacheManager:getAccessToken - Returning access token", correlationId), accessTokens[0]);
  }
  /**
   * Validate the cache key against filter before retrieving and parsing cache value
   * @param key
   * @param filter
   * @param keyMustContainAllScopes
   * @returns
   */
  accessTokenKeyMatchesFilter(inputKey, filter, keyMustContainAllScopes) {
    let key = inputKey.toLowerCase();
    if (filter.clientId && key.indexOf(filter.clientId.toLowerCase()) === -1 || filter.homeAccountId && key.indexOf(filter.homeAccountId.toLowerCase()) === -1 || filter.realm && key.indexOf(filter.realm.toLowerCase()) === -1)
      return !1;
    if (filter.target) {
      let scopes = filter.target.asArray();
      for (let i = 0; i < scopes.length; i++) {
        if (keyMustContainAllScopes && !key.includes(scopes[i].toLowerCase()))
          return !1;
        if (!keyMustContainAllScopes && key.includes(scopes[i].toLowerCase()))
          return !0;
      }
    }
    return !0;
  }
  /**
   * Gets all access tokens matching the filter
   * @param filter
   * @returns
   */
  getAccessTokensByFilter(filter, correlationId) {
    let tokenKeys = this.getTokenKeys(), accessTokens = [];
    return tokenKeys.accessToken.forEach((key) => {
      if (!this.accessTokenKeyMatchesFilter(key, filter, !0))
        return;
      let accessToken = this.getAccessTokenCredential(key, correlationId);
      accessToken && this.credentialMatchesFilter(accessToken, filter, correlationId) && accessTokens.push(accessToken);
    }), accessTokens;
  }
  /**
   * Helper to retrieve the appropriate refresh token from cache
   * @param account {AccountInfo}
   * @param familyRT {boolean}
   * @param tokenKeys {?TokenKeys}
   * @param performanceClient {?IPerformanceClient}
   * @param correlationId {?string}
   */
  getRefreshToken(account, familyRT, correlationId, tokenKeys) {
    this.commonLogger.trace("CacheManager - getRefreshToken called", correlationId);
    let id = familyRT ? THE_FAMILY_ID : void 0, refreshTokenFilter = {
      homeAccountId: account.homeAccountId,
      environment: account.environment,
      credentialType: CredentialType.REFRESH_TOKEN,
      clientId: this.clientId,
      familyId: id
    }, refreshTokenKeys = tokenKeys && tokenKeys.refreshToken || this.getTokenKeys().refreshToken, refreshTokens = [];
    refreshTokenKeys.forEach((key) => {
      if (this.refreshTokenKeyMatchesFilter(key, refreshTokenFilter)) {
        let refreshToken = this.getRefreshTokenCredential(key, correlationId);
        refreshToken && this.credentialMatchesFilter(refreshToken, refreshTokenFilter, correlationId) && refreshTokens.push(refreshToken);
      }
    });
    let numRefreshTokens = refreshTokens.length;
    return numRefreshTokens < 1 ? (this.commonLogger.info("CacheManager:getRefreshToken - No refresh token found.", correlationId), null) : (numRefreshTokens > 1 && this.performanceClient.addFields({ multiMatchedRT: numRefreshTokens }, correlationId), this.commonLogger.info("CacheManager:getRefreshToken - returning refresh token", correlationId), refreshTokens[0]);
  }
  /**
   * Validate the cache key against filter before retrieving and parsing cache value
   * @param key
   * @param filter
   */
  refreshTokenKeyMatchesFilter(inputKey, filter) {
    let key = inputKey.toLowerCase();
    return !(filter.familyId && key.indexOf(filter.familyId.toLowerCase()) === -1 || !filter.familyId && filter.clientId && key.indexOf(filter.clientId.toLowerCase()) === -1 || filter.homeAccountId && key.indexOf(filter.homeAccountId.toLowerCase()) === -1);
  }
  /**
   * Retrieve AppMetadataEntity from cache
   */
  readAppMetadataFromCache(environment, correlationId) {
    let appMetadataFilter = {
      environment,
      clientId: this.clientId
    }, appMetadata = this.getAppMetadataFilteredBy(appMetadataFilter, correlationId), appMetadataEntries = Object.keys(appMetadata).map((key) => appMetadata[key]), numAppMetadata = appMetadataEntries.length;
    if (numAppMetadata < 1)
      return null;
    if (numAppMetadata > 1)
      throw createClientAuthError(multipleMatchingAppMetadata, correlationId);
    return appMetadataEntries[0];
  }
  /**
   * Return the family_id value associated  with FOCI
   * @param environment
   * @param clientId
   */
  isAppMetadataFOCI(environment, correlationId) {
    let appMetadata = this.readAppMetadataFromCache(environment, correlationId);
    return !!(appMetadata && appMetadata.familyId === THE_FAMILY_ID);
  }
  /**
   * helper to match account ids
   * @param value
   * @param homeAccountId
   */
  matchHomeAccountId(entity, homeAccountId) {
    return typeof entity.homeAccountId == "string" && homeAccountId === entity.homeAccountId;
  }
  /**
   * helper to match account ids
   * @param entity
   * @param localAccountId
   * @returns
   */
  matchLocalAccountIdFromTokenClaims(tokenClaims, localAccountId) {
    let idTokenLocalAccountId = tokenClaims.oid || tokenClaims.sub;
    return localAccountId === idTokenLocalAccountId;
  }
  matchLocalAccountIdFromTenantProfile(tenantProfile, localAccountId) {
    return tenantProfile.localAccountId === localAccountId;
  }
  /**
   * helper to match names
   * @param entity
   * @param name
   * @returns true if the downcased name properties are present and match in the filter and the entity
   */
  matchName(claims, name3) {
    return name3.toLowerCase() === claims.name?.toLowerCase();
  }
  /**
   * helper to match usernames
   * @param entity
   * @param username
   * @returns
   */
  matchUsername(cachedUsername, filterUsername) {
    return !!(cachedUsername && typeof cachedUsername == "string" && filterUsername?.toLowerCase() === cachedUsername.toLowerCase());
  }
  /**
   * helper to match loginhints
   * @param entity
   * @param loginHint
   * @returns
   */
  matchLoginHintWithTenantProfile(tenantProfile, loginHintFilter) {
    return tenantProfile.loginHint === loginHintFilter || tenantProfile.username === loginHintFilter || tenantProfile.upn === loginHintFilter;
  }
  /**
   * helper to match assertion
   * @param value
   * @param oboAssertion
   */
  matchUserAssertionHash(entity, userAssertionHash) {
    return !!(entity.userAssertionHash && userAssertionHash === entity.userAssertionHash);
  }
  /**
   * helper to match environment
   * @param value
   * @param environment
   */
  matchEnvironment(entity, environment, correlationId) {
    if (this.staticAuthorityOptions) {
      let staticAliases = getAliasesFromStaticSources(this.staticAuthorityOptions, this.commonLogger, correlationId);
      if (staticAliases.includes(environment) && staticAliases.includes(entity.environment))
        return !0;
    }
    let cloudMetadata = this.getAuthorityMetadataByAlias(environment, correlationId);
    return !!(cloudMetadata && cloudMetadata.aliases.indexOf(entity.environment) > -1);
  }
  /**
   * helper to match credential type
   * @param entity
   * @param credentialType
   */
  matchCredentialType(entity, credentialType) {
    return entity.credentialType && credentialType.toLowerCase() === entity.credentialType.toLowerCase();
  }
  /**
   * helper to match client ids
   * @param entity
   * @param clientId
   */
  matchClientId(entity, clientId) {
    return !!(entity.clientId && clientId === entity.clientId);
  }
  /**
   * helper to match family ids
   * @param entity
   * @param familyId
   */
  matchFamilyId(entity, familyId) {
    return !!(entity.familyId && familyId === entity.familyId);
  }
  /**
   * helper to match realm
   * @param entity
   * @param realm
   */
  matchRealm(entity, realm) {
    return entity.realm?.toLowerCase() === realm.toLowerCase();
  }
  /**
   * helper to match loginHint which can be either:
   * 1. login_hint ID token claim
   * 2. username in cached account object
   * 3. upn in ID token claims
   * @param entity
   * @param loginHint
   * @returns
   */
  matchLoginHintFromTokenClaims(tokenClaims, loginHint) {
    return !!(tokenClaims.login_hint === loginHint || tokenClaims.preferred_username === loginHint || tokenClaims.upn === loginHint || tokenClaims.emails && tokenClaims.emails.includes(loginHint));
  }
  /**
   * Helper to match sid
   * @param entity
   * @param sid
   * @returns true if the sid claim is present and matches the filter
   */
  matchSid(idTokenClaims, sid) {
    return idTokenClaims.sid === sid;
  }
  matchAuthorityType(entity, authorityType) {
    return !!(entity.authorityType && authorityType.toLowerCase() === entity.authorityType.toLowerCase());
  }
  /**
   * Returns true if the target scopes are a subset of the current entity's scopes, false otherwise.
   * @param entity
   * @param target
   */
  matchTarget(entity, target, correlationId) {
    return entity.credentialType !== CredentialType.ACCESS_TOKEN && entity.credentialType !== CredentialType.ACCESS_TOKEN_WITH_AUTH_SCHEME || !entity.target ? !1 : ScopeSet.fromString(entity.target, correlationId).containsScopeSet(target);
  }
  /**
   * Returns true if the credential's tokenType or Authentication Scheme matches the one in the request, false otherwise
   * @param entity
   * @param tokenType
   */
  matchTokenType(entity, tokenType) {
    return !!(entity.tokenType && entity.tokenType.toLowerCase() === tokenType.toLowerCase());
  }
  matchAccessTokenWithAuthScheme(entity, filter) {
    let normalizedFilterTokenType = filter.tokenType?.toLowerCase();
    if (filter.tokenType && !this.matchTokenType(entity, filter.tokenType))
      return !1;
    switch (normalizedFilterTokenType) {
      case "dpop":
      case AuthenticationScheme.SSH:
        return this.matchKeyBoundAccessToken(entity, filter);
      default:
        return !0;
    }
  }
  matchKeyBoundAccessToken(entity, filter) {
    return filter.keyId ? this.matchKeyId(entity, filter.keyId) : !0;
  }
  /**
   * Returns true if the credential's keyId matches the one in the request, false otherwise
   * @param entity
   * @param keyId
   */
  matchKeyId(entity, keyId) {
    return !!(entity.keyId && entity.keyId === keyId);
  }
  /**
   * returns if a given cache entity is of the type appmetadata
   * @param key
   */
  isAppMetadata(key) {
    return key.indexOf(APP_METADATA) !== -1;
  }
  /**
   * returns if a given cache entity is of the type authoritymetadata
   * @param key
   */
  isAuthorityMetadata(key) {
    return key.indexOf(AUTHORITY_METADATA_CACHE_KEY) !== -1;
  }
  /**
   * returns cache key used for cloud instance metadata
   */
  generateAuthorityMetadataCacheKey(authority) {
    return `${AUTHORITY_METADATA_CACHE_KEY}-${this.clientId}-${authority}`;
  }
  /**
   * Helper to convert serialized data to object
   * @param obj
   * @param json
   */
  static toObject(obj, json) {
    for (let propertyName in json)
      obj[propertyName] = json[propertyName];
    return obj;
  }
}, DefaultStorageClass = class extends CacheManager {
  async setAccount() {
    throw createClientAuthError(methodNotImplemented, "");
  }
  getAccount() {
    throw createClientAuthError(methodNotImplemented, "");
  }
  async setIdTokenCredential() {
    throw createClientAuthError(methodNotImplemented, "");
  }
  getIdTokenCredential() {
    throw createClientAuthError(methodNotImplemented, "");
  }
  async setAccessTokenCredential() {
    throw createClientAuthError(methodNotImplemented, "");
  }
  getAccessTokenCredential() {
    throw createClientAuthError(methodNotImplemented, "");
  }
  async setRefreshTokenCredential() {
    throw createClientAuthError(methodNotImplemented, "");
  }
  getRefreshTokenCredential() {
    throw createClientAuthError(methodNotImplemented, "");
  }
  setAppMetadata() {
    throw createClientAuthError(methodNotImplemented, "");
  }
  getAppMetadata() {
    throw createClientAuthError(methodNotImplemented, "");
  }
  setServerTelemetry() {
    throw createClientAuthError(methodNotImplemented, "");
  }
  getServerTelemetry() {
    throw createClientAuthError(methodNotImplemented, "");
  }
  setAuthorityMetadata() {
    throw createClientAuthError(methodNotImplemented, "");
  }
  getAuthorityMetadata() {
    throw createClientAuthError(methodNotImplemented, "");
  }
  getAuthorityMetadataKeys() {
    throw createClientAuthError(methodNotImplemented, "");
  }
  setThrottlingCache() {
    throw createClientAuthError(methodNotImplemented, "");
  }
  getThrottlingCache() {
    throw createClientAuthError(methodNotImplemented, "");
  }
  removeItem() {
    throw createClientAuthError(methodNotImplemented, "");
  }
  getKeys() {
    throw createClientAuthError(methodNotImplemented, "");
  }
  getAccountKeys() {
    throw createClientAuthError(methodNotImplemented, "");
  }
  getTokenKeys() {
    throw createClientAuthError(methodNotImplemented, "");
  }
  /* eslint-disable @typescript-eslint/no-unused-vars */
  generateCredentialKey(_credential, _hash) {
    throw createClientAuthError(methodNotImplemented, "");
  }
  generateAccountKey() {
    throw createClientAuthError(methodNotImplemented, "");
  }
};

// node_modules/@azure/msal-common/dist/telemetry/performance/PerformanceEvent.mjs
var PerformanceEventStatus = {
  NotStarted: 0,
  InProgress: 1,
  Completed: 2
};

// node_modules/@azure/msal-common/dist/telemetry/performance/StubPerformanceClient.mjs
var StubPerformanceClient = class {
  generateId() {
    return "callback-id";
  }
  startMeasurement(measureName, correlationId) {
    return {
      end: () => null,
      discard: () => {
      },
      add: () => {
      },
      increment: () => {
      },
      event: {
        eventId: this.generateId(),
        status: PerformanceEventStatus.InProgress,
        authority: "",
        libraryName: "",
        libraryVersion: "",
        clientId: "",
        name: measureName,
        startTimeMs: Date.now(),
        correlationId: correlationId || ""
      }
    };
  }
  endMeasurement() {
    return null;
  }
  discardMeasurements() {
  }
  removePerformanceCallback() {
    return !0;
  }
  addPerformanceCallback() {
    return "";
  }
  emitEvents() {
  }
  addFields() {
  }
  addGlobalFields() {
  }
  incrementFields() {
  }
  cacheEventByCorrelationId() {
  }
};

// node_modules/@azure/msal-common/dist/config/ClientConfiguration.mjs
var DEFAULT_SYSTEM_OPTIONS = {
  tokenRenewalOffsetSeconds: DEFAULT_TOKEN_RENEWAL_OFFSET_SEC,
  preventCorsPreflight: !1
}, DEFAULT_LOGGER_IMPLEMENTATION = {
  loggerCallback: () => {
  },
  piiLoggingEnabled: !1,
  logLevel: LogLevel.Info,
  correlationId: ""
}, DEFAULT_NETWORK_IMPLEMENTATION = {
  async sendGetRequestAsync() {
    throw createClientAuthError(methodNotImplemented, "");
  },
  async sendPostRequestAsync() {
    throw createClientAuthError(methodNotImplemented, "");
  }
}, DEFAULT_LIBRARY_INFO = {
  sku: SKU,
  version,
  cpu: "",
  os: ""
}, DEFAULT_CLIENT_CREDENTIALS = {
  clientSecret: "",
  clientAssertion: void 0
}, DEFAULT_AZURE_CLOUD_OPTIONS = {
  azureCloudInstance: AzureCloudInstance.None,
  tenant: `${DEFAULT_COMMON_TENANT}`
}, DEFAULT_TELEMETRY_OPTIONS = {
  application: {
    appName: "",
    appVersion: ""
  }
};
function buildClientConfiguration({ authOptions: userAuthOptions, systemOptions: userSystemOptions, loggerOptions: userLoggerOption, storageInterface: storageImplementation, networkInterface: networkImplementation, cryptoInterface: cryptoImplementation, tokenBindingKeyManager, clientCredentials, libraryInfo, telemetry, serverTelemetryManager, persistencePlugin, serializableCache }) {
  let loggerOptions = {
    ...DEFAULT_LOGGER_IMPLEMENTATION,
    ...userLoggerOption
  }, resolvedTokenBindingKeyManager = tokenBindingKeyManager || DEFAULT_TOKEN_BINDING_KEY_MANAGER;
  return {
    authOptions: buildAuthOptions(userAuthOptions),
    systemOptions: { ...DEFAULT_SYSTEM_OPTIONS, ...userSystemOptions },
    loggerOptions,
    storageInterface: storageImplementation || new DefaultStorageClass(userAuthOptions.clientId, DEFAULT_CRYPTO_IMPLEMENTATION, new Logger(loggerOptions, name, version), new StubPerformanceClient(), void 0, resolvedTokenBindingKeyManager),
    networkInterface: networkImplementation || DEFAULT_NETWORK_IMPLEMENTATION,
    cryptoInterface: cryptoImplementation || DEFAULT_CRYPTO_IMPLEMENTATION,
    tokenBindingKeyManager: resolvedTokenBindingKeyManager,
    clientCredentials: clientCredentials || DEFAULT_CLIENT_CREDENTIALS,
    libraryInfo: { ...DEFAULT_LIBRARY_INFO, ...libraryInfo },
    telemetry: { ...DEFAULT_TELEMETRY_OPTIONS, ...telemetry },
    serverTelemetryManager: serverTelemetryManager || null,
    persistencePlugin: persistencePlugin || null,
    serializableCache: serializableCache || null
  };
}
function buildAuthOptions(authOptions) {
  return {
    clientCapabilities: [],
    azureCloudOptions: DEFAULT_AZURE_CLOUD_OPTIONS,
    instanceAware: !1,
    isMcp: !1,
    ...authOptions
  };
}
function isOidcProtocolMode(config) {
  return config.authOptions.authority.options.protocolMode === ProtocolMode.OIDC;
}

// node_modules/@azure/msal-common/dist/cache/persistence/TokenCacheContext.mjs
var TokenCacheContext = class {
  constructor(tokenCache, hasChanged) {
    this.cache = tokenCache, this.hasChanged = hasChanged;
  }
  /**
   * boolean which indicates the changes in cache
   */
  get cacheHasChanged() {
    return this.hasChanged;
  }
  /**
   * function to retrieve the token cache
   */
  get tokenCache() {
    return this.cache;
  }
};

// node_modules/@azure/msal-common/dist/error/JoseHeaderError.mjs
var JoseHeaderError = class _JoseHeaderError extends AuthError {
  constructor(errorCode, correlationId, errorMessage) {
    super(errorCode, correlationId, errorMessage), this.name = "JoseHeaderError", Object.setPrototypeOf(this, _JoseHeaderError.prototype);
  }
};
function createJoseHeaderError(code, correlationId) {
  return new JoseHeaderError(code, correlationId);
}

// node_modules/@azure/msal-common/dist/utils/ObjectUtils.mjs
function isPlainObject2(value) {
  if (typeof value != "object" || value === null || Object.prototype.toString.call(value) !== "[object Object]")
    return !1;
  if (Object.getPrototypeOf(value) === null)
    return !0;
  let proto = value;
  for (; Object.getPrototypeOf(proto) !== null; )
    proto = Object.getPrototypeOf(proto);
  return Object.getPrototypeOf(value) === proto;
}

// node_modules/@azure/msal-common/dist/error/JoseHeaderErrorCodes.mjs
var missingKidError = "missing_kid_error", missingAlgError = "missing_alg_error", missingJwkError = "missing_jwk_error", invalidJwkError = "invalid_jwk_error";

// node_modules/@azure/msal-common/dist/crypto/JoseHeader.mjs
var JoseHeader = class _JoseHeader {
  constructor(options, correlationId) {
    if (typeof options.alg != "string" || !options.alg)
      throw createJoseHeaderError(missingAlgError, correlationId);
    this.typ = options.typ, this.alg = options.alg, this.kid = options.kid, this.jwk = options.jwk;
  }
  /**
   * Builds SignedHttpRequest formatted JOSE Header from the
   * JOSE Header options provided or previously set on the object.
   * Throws if keyId or algorithm aren't provided since they are required for Access Token Binding.
   * @param shrHeaderOptions
   * @param correlationId
   * @returns
   */
  static getShrHeader(shrHeaderOptions, correlationId) {
    if (!shrHeaderOptions.kid)
      throw createJoseHeaderError(missingKidError, correlationId);
    if (!shrHeaderOptions.alg)
      throw createJoseHeaderError(missingAlgError, correlationId);
    return new _JoseHeader({
      // Access Token PoP headers must have type pop, but the type header can be overriden for special cases
      typ: shrHeaderOptions.typ || JsonWebTokenTypes.Pop,
      kid: shrHeaderOptions.kid,
      alg: shrHeaderOptions.alg
    }, correlationId);
  }
  /**
   * Builds a DPoP formatted JOSE Header from the JOSE Header options provided.
   * Throws if public JWK or algorithm aren't provided since they are required for DPoP.
   * @param dpopHeaderOptions
   * @param correlationId
   * @returns
   */
  static getDpopHeader(dpopHeaderOptions, correlationId) {
    if (!isPlainObject2(dpopHeaderOptions.jwk))
      throw createJoseHeaderError(missingJwkError, correlationId);
    if (!dpopHeaderOptions.alg)
      throw createJoseHeaderError(missingAlgError, correlationId);
    if (Object.keys(dpopHeaderOptions.jwk).length === 0)
      throw createJoseHeaderError(invalidJwkError, correlationId);
    return new _JoseHeader({
      typ: JsonWebTokenTypes.Dpop,
      alg: dpopHeaderOptions.alg,
      jwk: dpopHeaderOptions.jwk
    }, correlationId);
  }
};

// node_modules/@azure/msal-common/dist/crypto/PopTokenGenerator.mjs
var KeyLocation = {
  SW: "sw"
}, SHR_TOKEN_BINDING_KEY_TYPE = "shr", SHR_TOKEN_BINDING_KEY_ALGORITHM = JsonWebTokenAlgorithms.RS256, PopTokenGenerator = class {
  constructor(cryptoUtils, tokenBindingKeyManager, performanceClient) {
    this.cryptoUtils = cryptoUtils, this.tokenBindingKeyManager = tokenBindingKeyManager, this.performanceClient = performanceClient;
  }
  /**
   * Generates the req_cnf validated at the RP in the POP protocol for SHR parameters
   * and returns an object containing the keyid, the full req_cnf string and the req_cnf string hash
   * @param request
   * @returns
   */
  async generateCnf(request, logger24) {
    let reqCnf = await invokeAsync(this.generateKid.bind(this), PopTokenGenerateCnf, logger24, this.performanceClient, request.correlationId)(request), reqCnfString = this.cryptoUtils.base64UrlEncode(JSON.stringify(reqCnf));
    return {
      kid: reqCnf.kid,
      reqCnfString
    };
  }
  /**
   * Generates key_id for a SHR token request
   * @param request
   * @returns
   */
  async generateKid(request) {
    return {
      kid: await this.tokenBindingKeyManager.provisionTokenBindingKey({
        correlationId: request.correlationId,
        tokenBindingKeyType: SHR_TOKEN_BINDING_KEY_TYPE,
        tokenBindingKeyAlgorithm: SHR_TOKEN_BINDING_KEY_ALGORITHM
      }),
      xms_ksl: KeyLocation.SW
    };
  }
  /**
   * Signs the POP access_token with the local generated key-pair
   * @param accessToken
   * @param request
   * @returns
   */
  async signPopToken(accessToken, keyId, request) {
    return this.signPayload(accessToken, keyId, request);
  }
  /**
   * Utility function to generate the signed JWT for an access_token
   * @param payload
   * @param kid
   * @param request
   * @param claims
   * @returns
   */
  async signPayload(payload, keyId, request, claims) {
    let { resourceRequestMethod, resourceRequestUri, shrClaims, shrNonce, shrOptions } = request, resourceUrlComponents = (resourceRequestUri ? new UrlString(resourceRequestUri, request.correlationId) : void 0)?.getUrlComponents(), publicKeyJwk = await this.tokenBindingKeyManager.getTokenBindingPublicKeyJwk(keyId, request.correlationId), encodedKeyIdThumbprint = this.cryptoUtils.base64UrlEncode(JSON.stringify({ kid: keyId })), shrAlgorithm = shrOptions?.header?.alg || publicKeyJwk.alg || SHR_TOKEN_BINDING_KEY_ALGORITHM, shrHeader = JoseHeader.getShrHeader({
      ...shrOptions?.header,
      alg: shrAlgorithm,
      kid: encodedKeyIdThumbprint
    }, request.correlationId), shrPayload = {
      at: payload,
      ts: nowSeconds(),
      m: resourceRequestMethod?.toUpperCase(),
      u: resourceUrlComponents?.HostNameAndPort,
      nonce: shrNonce || this.cryptoUtils.createNewGuid(),
      p: resourceUrlComponents?.AbsolutePath,
      q: resourceUrlComponents?.QueryString ? [[], resourceUrlComponents.QueryString] : void 0,
      client_claims: shrClaims || void 0,
      ...claims,
      cnf: {
        jwk: publicKeyJwk
      }
    };
    return this.cryptoUtils.signTokenBindingJwt(shrHeader, shrPayload, keyId, request.correlationId);
  }
};

// node_modules/@azure/msal-common/dist/crypto/DpopProofGenerator.mjs
var DPOP_HTM_REGEX = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/, DPOP_TOKEN_BINDING_KEY_TYPE = "dpop", DPOP_JWT_HEADER_ALGORITHM = JsonWebTokenAlgorithms.ES256;
function buildProofHeader(publicJwk, correlationId) {
  return JoseHeader.getDpopHeader({
    alg: DPOP_JWT_HEADER_ALGORITHM,
    jwk: publicJwk
  }, correlationId);
}
function normalizeHtm(htm, correlationId) {
  if (typeof htm != "string" || !DPOP_HTM_REGEX.test(htm))
    throw createClientConfigurationError(invalidDpopHtm, correlationId);
  return htm.toUpperCase();
}
function normalizeHtu(url, correlationId) {
  let parsedUrl;
  try {
    parsedUrl = new URL(url);
  } catch {
    throw createClientConfigurationError(urlParseError, correlationId);
  }
  if (!/^https:\/\//i.test(url) || parsedUrl.protocol !== "https:" || parsedUrl.username || parsedUrl.password)
    throw createClientConfigurationError(invalidDpopHtu, correlationId);
  return parsedUrl.search = "", parsedUrl.hash = "", parsedUrl.href;
}
function validateDpopNonce(nonce, correlationId) {
  if (nonce !== void 0 && nonce.trim().length === 0)
    throw createClientConfigurationError(invalidDpopNonce, correlationId);
}
function normalizeDpopResourceRequestContext(context, correlationId = "") {
  return {
    htm: normalizeHtm(context.htm, correlationId),
    htu: normalizeHtu(context.htu, correlationId)
  };
}
var DpopProofGenerator = class {
  constructor(cryptoUtils, tokenBindingKeyManager) {
    this.cryptoUtils = cryptoUtils, this.tokenBindingKeyManager = tokenBindingKeyManager;
  }
  /**
   * Provisions a fresh DPoP key and returns the RFC 7638 JWK thumbprint used
   * as `dpop_jkt`.
   */
  async generateJkt(correlationId = "") {
    return this.tokenBindingKeyManager.provisionTokenBindingKey({
      tokenBindingKeyType: DPOP_TOKEN_BINDING_KEY_TYPE,
      tokenBindingKeyAlgorithm: DPOP_JWT_HEADER_ALGORITHM,
      correlationId
    });
  }
  /**
   * Builds RFC 9449 claims for a token-endpoint DPoP proof.
   * - htm is always "POST" because token endpoint requests use HTTP POST (RFC 9449 §5).
   * - htu is the normalized token endpoint URI (query and fragment stripped).
   * - jti is a fresh CSPRNG-backed unique identifier for every proof.
   */
  buildTokenProofClaims(params, correlationId = "") {
    validateDpopNonce(params.nonce, correlationId);
    let claims = {
      jti: this.cryptoUtils.createNewGuid(),
      htm: "POST",
      htu: normalizeHtu(params.tokenEndpoint, correlationId),
      iat: nowSeconds()
    };
    return params.nonce !== void 0 && (claims.nonce = params.nonce), claims;
  }
  /**
   * Builds and signs a compact DPoP proof JWT for a token-endpoint request.
   */
  async generateTokenProof(params, keyId, correlationId = "") {
    return this.generateProof(this.buildTokenProofClaims(params, correlationId), keyId, correlationId);
  }
  /**
   * Builds RFC 9449 claims for a resource-endpoint DPoP proof.
   * - htm is uppercased per RFC 9449 §4.2.
   * - htu is the normalized resource URI (query and fragment stripped).
   * - ath is the base64url-encoded SHA-256 hash of the ASCII access token.
   * - jti is a fresh CSPRNG-backed unique identifier for every proof.
   */
  buildResourceProofClaims(params, correlationId = "") {
    validateDpopNonce(params.nonce, correlationId);
    let resourceContext = normalizeDpopResourceRequestContext(params, correlationId), claims = {
      jti: this.cryptoUtils.createNewGuid(),
      htm: resourceContext.htm,
      htu: resourceContext.htu,
      ath: params.ath,
      iat: nowSeconds()
    };
    return params.nonce !== void 0 && (claims.nonce = params.nonce), claims;
  }
  /**
   * Builds and signs a compact DPoP proof JWT for a resource request.
   */
  async generateResourceProof(params, keyId, correlationId = "") {
    let { htu, htm, nonce } = params;
    if (!htu || !htm)
      throw createClientConfigurationError(dpopMissingResourceContext, correlationId);
    let ath = await this.cryptoUtils.hashString(params.accessToken);
    return this.generateProof(this.buildResourceProofClaims({
      htu,
      htm,
      ath,
      nonce
    }, correlationId), keyId, correlationId);
  }
  async generateProof(claims, keyId, correlationId) {
    let publicJwk = await this.tokenBindingKeyManager.getTokenBindingPublicKeyJwk(keyId, correlationId);
    return this.cryptoUtils.signTokenBindingJwt(buildProofHeader(publicJwk, correlationId), claims, keyId, correlationId);
  }
};

// node_modules/@azure/msal-common/dist/error/InteractionRequiredAuthErrorCodes.mjs
var noTokensFound = "no_tokens_found";
var refreshTokenExpired = "refresh_token_expired", uiNotAllowed = "ui_not_allowed", interactionRequired = "interaction_required", consentRequired = "consent_required", loginRequired = "login_required", badToken = "bad_token", interruptedUser = "interrupted_user";

// node_modules/@azure/msal-common/dist/error/InteractionRequiredAuthError.mjs
var InteractionRequiredServerErrorMessage = [
  interactionRequired,
  consentRequired,
  loginRequired,
  badToken,
  uiNotAllowed,
  interruptedUser
], InteractionRequiredAuthSubErrorMessage = [
  "message_only",
  "additional_action",
  "basic_action",
  "user_password_expired",
  "consent_required",
  "bad_token",
  "ui_not_allowed",
  "interrupted_user"
], InteractionRequiredAuthError = class _InteractionRequiredAuthError extends AuthError {
  constructor(errorCode, correlationId, errorMessage, subError, timestamp, traceId, claims, errorNo) {
    super(errorCode, correlationId, errorMessage, subError), Object.setPrototypeOf(this, _InteractionRequiredAuthError.prototype), this.timestamp = timestamp || "", this.traceId = traceId || "", this.claims = claims || "", this.name = "InteractionRequiredAuthError", this.errorNo = errorNo;
  }
};
function isInteractionRequiredError(errorCode, errorString, subError) {
  let isInteractionRequiredErrorCode = !!errorCode && InteractionRequiredServerErrorMessage.indexOf(errorCode) > -1, isInteractionRequiredSubError = !!subError && InteractionRequiredAuthSubErrorMessage.indexOf(subError) > -1, isInteractionRequiredErrorDesc = !!errorString && InteractionRequiredServerErrorMessage.some((irErrorCode) => errorString.indexOf(irErrorCode) > -1);
  return isInteractionRequiredErrorCode || isInteractionRequiredErrorDesc || isInteractionRequiredSubError;
}
function createInteractionRequiredAuthError(errorCode, correlationId, errorMessage) {
  return new InteractionRequiredAuthError(errorCode, correlationId, errorMessage);
}

// node_modules/@azure/msal-common/dist/error/ServerError.mjs
var ServerError = class _ServerError extends AuthError {
  constructor(errorCode, correlationId, errorMessage, subError, errorNo, status) {
    super(errorCode, correlationId, errorMessage, subError), this.name = "ServerError", this.errorNo = errorNo, this.status = status, Object.setPrototypeOf(this, _ServerError.prototype);
  }
};

// node_modules/@azure/msal-common/dist/utils/ProtocolUtils.mjs
var ProtocolUtils_exports = {};
__export(ProtocolUtils_exports, {
  generateLibraryState: () => generateLibraryState,
  parseRequestState: () => parseRequestState,
  setRequestState: () => setRequestState
});
function setRequestState(cryptoObj, userState, meta, correlationId) {
  let libraryState = generateLibraryState(cryptoObj, correlationId, meta);
  return userState ? `${libraryState}${RESOURCE_DELIM}${userState}` : libraryState;
}
function generateLibraryState(cryptoObj, correlationId, meta) {
  if (!cryptoObj)
    throw createClientAuthError(noCryptoObject, correlationId);
  let stateObj = {
    id: cryptoObj.createNewGuid()
  };
  meta && (stateObj.meta = meta);
  let stateString = JSON.stringify(stateObj);
  return cryptoObj.base64Encode(stateString);
}
function parseRequestState(base64Decode, state, correlationId) {
  if (!base64Decode)
    throw createClientAuthError(noCryptoObject, correlationId);
  if (!state)
    throw createClientAuthError(invalidState, correlationId);
  try {
    let splitState = state.split(RESOURCE_DELIM), libraryState = splitState[0], userState = splitState.length > 1 ? splitState.slice(1).join(RESOURCE_DELIM) : "", libraryStateString = base64Decode(libraryState), libraryStateObj = JSON.parse(libraryStateString);
    return {
      userRequestState: userState || "",
      libraryState: libraryStateObj
    };
  } catch {
    throw createClientAuthError(invalidState, correlationId);
  }
}

// node_modules/@azure/msal-common/dist/response/ResponseHandler.mjs
var ResponseHandler = class _ResponseHandler {
  constructor(clientId, cacheStorage, cryptoObj, logger24, performanceClient, serializableCache, persistencePlugin, tokenBindingKeyManager = DEFAULT_TOKEN_BINDING_KEY_MANAGER) {
    this.clientId = clientId, this.cacheStorage = cacheStorage, this.cryptoObj = cryptoObj, this.tokenBindingKeyManager = tokenBindingKeyManager, this.logger = logger24, this.performanceClient = performanceClient, this.serializableCache = serializableCache, this.persistencePlugin = persistencePlugin;
  }
  /**
   * Function which validates server authorization token response.
   * @param serverResponse
   * @param correlationId
   * @param refreshAccessToken
   */
  validateTokenResponse(serverResponse, correlationId, refreshAccessToken) {
    if (serverResponse.error || serverResponse.error_description || serverResponse.suberror) {
      let errString = `Error(s): ${serverResponse.error_codes || NOT_AVAILABLE} - Timestamp: ${serverResponse.timestamp || NOT_AVAILABLE} - Description: ${serverResponse.error_description || NOT_AVAILABLE} - Correlation ID: ${serverResponse.correlation_id || NOT_AVAILABLE} - Trace ID: ${serverResponse.trace_id || NOT_AVAILABLE}`, serverErrorNo = serverResponse.error_codes?.length ? serverResponse.error_codes[0] : void 0, serverError = new ServerError(serverResponse.error || "", serverResponse.correlation_id || "", errString, serverResponse.suberror, serverErrorNo, serverResponse.status);
      if (refreshAccessToken && serverResponse.status && serverResponse.status >= HTTP_SERVER_ERROR_RANGE_START && serverResponse.status <= HTTP_SERVER_ERROR_RANGE_END) {
        this.logger.warning(`executeTokenRequest:validateTokenResponse - AAD is currently unavailable and the access token is unable to be refreshed.
${serverError}`, correlationId);
        return;
      } else if (refreshAccessToken && serverResponse.status && serverResponse.status >= HTTP_CLIENT_ERROR_RANGE_START && serverResponse.status <= HTTP_CLIENT_ERROR_RANGE_END) {
        this.logger.warning(`executeTokenRequest:validateTokenResponse - AAD is currently available but is unable to refresh the access token.
${serverError}`, correlationId);
        return;
      }
      throw isInteractionRequiredError(serverResponse.error, serverResponse.error_description, serverResponse.suberror) ? new InteractionRequiredAuthError(serverResponse.error || "", serverResponse.correlation_id || "", serverResponse.error_description, serverResponse.suberror, serverResponse.timestamp || "", serverResponse.trace_id || "", serverResponse.claims || "", serverErrorNo) : serverError;
    }
  }
  /**
   * Returns a constructed token response based on given string. Also manages the cache updates and cleanups.
   * @param serverTokenResponse
   * @param authority
   */
  async handleServerTokenResponse(serverTokenResponse, authority, reqTimestamp, request, apiId, authCodePayload, userAssertionHash, handlingRefreshTokenResponse, forceCacheRefreshTokenResponse, serverRequestId, additionalCacheKeyComponents) {
    let idTokenClaims;
    if (serverTokenResponse.id_token && (idTokenClaims = extractTokenClaims(serverTokenResponse.id_token || "", this.cryptoObj.base64Decode, request.correlationId)), authCodePayload && Object.prototype.hasOwnProperty.call(authCodePayload, "nonce")) {
      let expectedNonce = authCodePayload.nonce, tokenNonce = idTokenClaims?.nonce;
      if (tokenNonce !== void 0 && expectedNonce === void 0)
        throw this.logger.warning("Authorization code response contains an ID Token nonce, but no expected nonce was supplied. Rejecting the response.", request.correlationId), createClientAuthError(nonceMismatch, request.correlationId);
      if (expectedNonce !== void 0 && (typeof expectedNonce != "string" || typeof tokenNonce != "string" || expectedNonce !== tokenNonce))
        throw createClientAuthError(nonceMismatch, request.correlationId);
    }
    this.homeAccountIdentifier = generateHomeAccountId(serverTokenResponse.client_info || "", authority.authorityType, this.logger, this.cryptoObj, request.correlationId, idTokenClaims);
    let requestStateObj;
    if (authCodePayload && authCodePayload.state && (requestStateObj = parseRequestState(this.cryptoObj.base64Decode, authCodePayload.state, request.correlationId)), serverTokenResponse.key_id = serverTokenResponse.key_id || request.dpopJkt || request.sshKid || void 0, request.authenticationScheme === AuthenticationScheme.DPOP) {
      if (serverTokenResponse.token_type?.toLowerCase() !== AuthenticationScheme.DPOP.toLowerCase())
        throw this.performanceClient?.addFields({
          dpopTokenTypeMismatch: serverTokenResponse.token_type
        }, request.correlationId), createClientAuthError(dpopTokenTypeMismatch, request.correlationId);
      serverTokenResponse.token_type = AuthenticationScheme.DPOP;
    }
    let attributeTokenPartition = serializeAttributeTokens(request.attributeTokens), cacheKeyComponents = additionalCacheKeyComponents ?? (attributeTokenPartition ? {
      attribute_tokens: attributeTokenPartition
    } : void 0), cacheRecord = this.generateCacheRecord(serverTokenResponse, authority, reqTimestamp, request, idTokenClaims, userAssertionHash, authCodePayload, cacheKeyComponents), cacheContext;
    try {
      if (this.persistencePlugin && this.serializableCache && (this.logger.verbose("Persistence enabled, calling beforeCacheAccess", request.correlationId), cacheContext = new TokenCacheContext(this.serializableCache, !0), await this.persistencePlugin.beforeCacheAccess(cacheContext)), handlingRefreshTokenResponse && !forceCacheRefreshTokenResponse && cacheRecord.account && this.cacheStorage.getAllAccounts({
        homeAccountId: cacheRecord.account.homeAccountId,
        environment: cacheRecord.account.environment
      }, request.correlationId).length < 1)
        return this.logger.warning("Account used to refresh tokens not in persistence, refreshed tokens will not be stored in the cache", request.correlationId), this.performanceClient?.addFields({
          acntLoggedOut: !0
        }, request.correlationId), await _ResponseHandler.generateAuthenticationResult(this.cryptoObj, authority, cacheRecord, !1, request, this.performanceClient, {
          idTokenClaims,
          requestState: requestStateObj,
          requestId: serverRequestId,
          tokenBindingKeyManager: this.tokenBindingKeyManager
        });
      await this.cacheStorage.saveCacheRecord(cacheRecord, request.correlationId, isKmsi(idTokenClaims || {}), apiId, request.storeInCache);
    } finally {
      this.persistencePlugin && this.serializableCache && cacheContext && (this.logger.verbose("Persistence enabled, calling afterCacheAccess", request.correlationId), await this.persistencePlugin.afterCacheAccess(cacheContext));
    }
    return _ResponseHandler.generateAuthenticationResult(this.cryptoObj, authority, cacheRecord, !1, request, this.performanceClient, {
      idTokenClaims,
      requestState: requestStateObj,
      serverTokenResponse,
      requestId: serverRequestId,
      tokenBindingKeyManager: this.tokenBindingKeyManager
    });
  }
  /**
   * Generates CacheRecord
   * @param serverTokenResponse
   * @param idTokenObj
   * @param authority
   */
  generateCacheRecord(serverTokenResponse, authority, reqTimestamp, request, idTokenClaims, userAssertionHash, authCodePayload, additionalCacheKeyComponents) {
    let env = authority.getPreferredCache();
    if (!env)
      throw createClientAuthError(invalidCacheEnvironment, request.correlationId);
    let claimsTenantId = getTenantIdFromIdTokenClaims(idTokenClaims), cachedIdToken, cachedAccount;
    serverTokenResponse.id_token && idTokenClaims && (cachedIdToken = createIdTokenEntity(this.homeAccountIdentifier, env, serverTokenResponse.id_token, this.clientId, claimsTenantId || ""), cachedAccount = buildAccountToCache(
      this.cacheStorage,
      authority,
      this.homeAccountIdentifier,
      this.cryptoObj.base64Decode,
      request.correlationId,
      idTokenClaims,
      serverTokenResponse.client_info,
      env,
      claimsTenantId,
      authCodePayload,
      void 0,
      // nativeAccountId
      this.logger,
      this.performanceClient
    ));
    let cachedAccessToken = null;
    if (serverTokenResponse.access_token) {
      let responseScopes = serverTokenResponse.scope ? ScopeSet.fromString(serverTokenResponse.scope, request.correlationId) : new ScopeSet(request.scopes || [], request.correlationId), expiresIn = (typeof serverTokenResponse.expires_in == "string" ? parseInt(serverTokenResponse.expires_in, 10) : serverTokenResponse.expires_in) || 0, extExpiresIn = (typeof serverTokenResponse.ext_expires_in == "string" ? parseInt(serverTokenResponse.ext_expires_in, 10) : serverTokenResponse.ext_expires_in) || 0, refreshIn = (typeof serverTokenResponse.refresh_in == "string" ? parseInt(serverTokenResponse.refresh_in, 10) : serverTokenResponse.refresh_in) || void 0, tokenExpirationSeconds = reqTimestamp + expiresIn, extendedTokenExpirationSeconds = tokenExpirationSeconds + extExpiresIn, refreshOnSeconds = refreshIn && refreshIn > 0 ? reqTimestamp + refreshIn : void 0;
      cachedAccessToken = createAccessTokenEntity(this.homeAccountIdentifier, env, serverTokenResponse.access_token, this.clientId, claimsTenantId || authority.tenant || "", responseScopes.printScopes(), tokenExpirationSeconds, extendedTokenExpirationSeconds, this.cryptoObj.base64Decode, request.correlationId, refreshOnSeconds, serverTokenResponse.token_type, userAssertionHash, serverTokenResponse.key_id, additionalCacheKeyComponents);
      let resource = request.resource || null;
      resource && (cachedAccessToken.resource = resource);
    }
    let cachedRefreshToken = null;
    if (serverTokenResponse.refresh_token) {
      let rtExpiresOn;
      if (serverTokenResponse.refresh_token_expires_in) {
        let rtExpiresIn = typeof serverTokenResponse.refresh_token_expires_in == "string" ? parseInt(serverTokenResponse.refresh_token_expires_in, 10) : serverTokenResponse.refresh_token_expires_in;
        rtExpiresOn = reqTimestamp + rtExpiresIn, this.performanceClient?.addFields({ ntwkRtExpiresOnSeconds: rtExpiresOn }, request.correlationId);
      }
      cachedRefreshToken = createRefreshTokenEntity(this.homeAccountIdentifier, env, serverTokenResponse.refresh_token, this.clientId, serverTokenResponse.foci, userAssertionHash, rtExpiresOn);
    }
    let cachedAppMetadata = null;
    return serverTokenResponse.foci && (cachedAppMetadata = {
      clientId: this.clientId,
      environment: env,
      familyId: serverTokenResponse.foci
    }), {
      account: cachedAccount,
      idToken: cachedIdToken,
      accessToken: cachedAccessToken,
      refreshToken: cachedRefreshToken,
      appMetadata: cachedAppMetadata
    };
  }
  /**
   * Creates an @AuthenticationResult from @CacheRecord , @IdToken , and a boolean that states whether or not the result is from cache.
   *
   * Optionally takes a state string that is set as-is in the response.
   *
   * @param cacheRecord
   * @param idTokenObj
   * @param fromTokenCache
   * @param stateString
   */
  static async generateAuthenticationResult(cryptoObj, authority, cacheRecord, fromTokenCache, request, performanceClient, options = {}) {
    let { idTokenClaims, requestState, serverTokenResponse, requestId, tokenBindingKeyManager = DEFAULT_TOKEN_BINDING_KEY_MANAGER } = options, accessToken = "", responseScopes = [], expiresOn = null, extExpiresOn, refreshOn, familyId = "", dpopProof;
    if (cacheRecord.accessToken) {
      let accessTokenType = cacheRecord.accessToken.tokenType?.toLowerCase();
      if (cacheRecord.accessToken.tokenType === AuthenticationScheme.POP && !request.popKid) {
        let popTokenGenerator = new PopTokenGenerator(cryptoObj, tokenBindingKeyManager, performanceClient), { secret, keyId } = cacheRecord.accessToken;
        if (!keyId)
          throw createClientAuthError(keyIdMissing, request.correlationId);
        accessToken = await popTokenGenerator.signPopToken(secret, keyId, request);
      } else
        accessToken = cacheRecord.accessToken.secret;
      if (accessTokenType === AuthenticationScheme.DPOP.toLowerCase()) {
        if (!cacheRecord.accessToken.keyId)
          throw createClientAuthError(keyIdMissing, request.correlationId);
        dpopProof = await new DpopProofGenerator(cryptoObj, tokenBindingKeyManager).generateResourceProof({
          htu: request.resourceRequestUri,
          htm: request.resourceRequestMethod,
          accessToken: cacheRecord.accessToken.secret
        }, cacheRecord.accessToken.keyId, request.correlationId);
      }
      responseScopes = ScopeSet.fromString(cacheRecord.accessToken.target, request.correlationId).asArray(), expiresOn = toDateFromSeconds(cacheRecord.accessToken.expiresOn), extExpiresOn = toDateFromSeconds(cacheRecord.accessToken.extendedExpiresOn), cacheRecord.accessToken.refreshOn && (refreshOn = toDateFromSeconds(cacheRecord.accessToken.refreshOn));
    }
    cacheRecord.appMetadata && (familyId = cacheRecord.appMetadata.familyId === THE_FAMILY_ID ? THE_FAMILY_ID : "");
    let uid = idTokenClaims?.oid || idTokenClaims?.sub || "", tid = idTokenClaims?.tid || "", regionSubScope = idTokenClaims?.tenant_region_sub_scope;
    if (typeof regionSubScope == "string" && performanceClient?.addFields({ regionSubScope }, request.correlationId), serverTokenResponse?.spa_accountid && cacheRecord.account) {
      cacheRecord.account.nativeAccountId = serverTokenResponse?.spa_accountid;
      let targetTenantId = tid || cacheRecord.account.realm;
      if (cacheRecord.account.tenantProfiles) {
        let matchingProfile = cacheRecord.account.tenantProfiles.find((tp) => tp.tenantId === targetTenantId);
        matchingProfile && (matchingProfile.nativeAccountId = serverTokenResponse.spa_accountid);
      }
    }
    let accountInfo = cacheRecord.account ? updateAccountTenantProfileData(
      getAccountInfo(cacheRecord.account),
      void 0,
      // tenantProfile optional
      idTokenClaims,
      cacheRecord.idToken?.secret
    ) : null;
    return {
      authority: authority.canonicalAuthority,
      uniqueId: uid,
      tenantId: tid,
      scopes: responseScopes,
      account: accountInfo,
      idToken: cacheRecord?.idToken?.secret || "",
      idTokenClaims: idTokenClaims || {},
      accessToken,
      dpopProof,
      fromCache: fromTokenCache,
      expiresOn,
      extExpiresOn,
      refreshOn,
      correlationId: request.correlationId,
      requestId: requestId || "",
      familyId,
      tokenType: cacheRecord.accessToken?.tokenType?.toLowerCase() === AuthenticationScheme.DPOP.toLowerCase() ? AuthenticationScheme.DPOP : cacheRecord.accessToken?.tokenType || "",
      state: requestState ? requestState.userRequestState : "",
      cloudGraphHostName: cacheRecord.account?.cloudGraphHostName || "",
      msGraphHost: cacheRecord.account?.msGraphHost || "",
      code: serverTokenResponse?.spa_code,
      fromPlatformBroker: !1
    };
  }
};
function buildAccountToCache(cacheStorage, authority, homeAccountId, base64Decode, correlationId, idTokenClaims, clientInfo, environment, claimsTenantId, authCodePayload, nativeAccountId, logger24, performanceClient) {
  logger24?.verbose("setCachedAccount called", correlationId);
  let accountEnvironment = environment || authority.getPreferredCache(), matchedAccounts = cacheStorage.getAccountsFilteredBy({ homeAccountId, environment: accountEnvironment }, correlationId);
  performanceClient?.addFields({ cacheMatchedAccounts: matchedAccounts.length }, correlationId), matchedAccounts.length > 1 && logger24?.warning("Multiple base accounts matched homeAccountId. Ignoring cached account and creating a new base account.", correlationId);
  let baseAccount = (matchedAccounts.length === 1 ? matchedAccounts[0] : null) || createAccountEntity({
    homeAccountId,
    idTokenClaims,
    clientInfo,
    environment,
    cloudGraphHostName: authCodePayload?.cloud_graph_host_name,
    msGraphHost: authCodePayload?.msgraph_host,
    nativeAccountId
  }, authority, correlationId, base64Decode), tenantProfiles = baseAccount.tenantProfiles || [], tenantId = claimsTenantId || baseAccount.realm;
  if (tenantId && !tenantProfiles.find((tenantProfile) => tenantProfile.tenantId === tenantId)) {
    let newTenantProfile = buildTenantProfile(homeAccountId, baseAccount.localAccountId, tenantId, nativeAccountId, idTokenClaims);
    tenantProfiles.push(newTenantProfile);
  }
  return baseAccount.tenantProfiles = tenantProfiles, baseAccount;
}

// node_modules/@azure/msal-common/dist/account/CcsCredential.mjs
var CcsCredentialType = {
  HOME_ACCOUNT_ID: "home_account_id",
  UPN: "UPN"
};

// node_modules/@azure/msal-common/dist/utils/ClientAssertionUtils.mjs
async function getClientAssertion(clientAssertion, clientId, tokenEndpoint, fmiPath) {
  return typeof clientAssertion == "string" ? clientAssertion : clientAssertion({
    clientId,
    tokenEndpoint,
    fmiPath
  });
}

// node_modules/@azure/msal-common/dist/network/RequestThumbprint.mjs
function getRequestThumbprint(clientId, request, homeAccountId) {
  return {
    clientId,
    authority: request.authority,
    scopes: request.scopes,
    homeAccountIdentifier: homeAccountId,
    claims: request.claims,
    authenticationScheme: request.authenticationScheme,
    resourceRequestMethod: request.resourceRequestMethod,
    resourceRequestUri: request.resourceRequestUri,
    shrClaims: request.shrClaims,
    sshKid: request.sshKid,
    embeddedClientId: request.embeddedClientId || request.extraParameters?.clientId,
    resource: request.resource,
    attributeTokens: serializeAttributeTokens(request.attributeTokens)
  };
}

// node_modules/@azure/msal-common/dist/protocol/Token.mjs
var Token_exports = {};
__export(Token_exports, {
  addDpopTokenProofHeader: () => addDpopTokenProofHeader,
  createTokenQueryParameters: () => createTokenQueryParameters,
  createTokenRequestHeaders: () => createTokenRequestHeaders,
  executePostToTokenEndpoint: () => executePostToTokenEndpoint,
  sendPostRequest: () => sendPostRequest
});

// node_modules/@azure/msal-common/dist/network/ThrottlingUtils.mjs
var ThrottlingUtils = class _ThrottlingUtils {
  /**
   * Prepares a RequestThumbprint to be stored as a key.
   * @param thumbprint
   */
  static generateThrottlingStorageKey(thumbprint) {
    return `${THROTTLING_PREFIX}.${JSON.stringify(thumbprint)}`;
  }
  /**
   * Performs necessary throttling checks before a network request.
   * @param cacheManager
   * @param thumbprint
   */
  static preProcess(cacheManager, thumbprint, correlationId) {
    let key = _ThrottlingUtils.generateThrottlingStorageKey(thumbprint), value = cacheManager.getThrottlingCache(key, correlationId);
    if (value) {
      if (value.throttleTime < Date.now()) {
        cacheManager.removeItem(key, correlationId);
        return;
      }
      throw new ServerError(value.errorCodes?.join(" ") || "", correlationId, value.errorMessage, value.subError);
    }
  }
  /**
   * Performs necessary throttling checks after a network request.
   * @param cacheManager
   * @param thumbprint
   * @param response - Token response with case-insensitive header names.
   */
  static postProcess(cacheManager, thumbprint, response, correlationId) {
    let retryAfter = getRetryAfterHeader(response);
    if (_ThrottlingUtils.checkResponseStatus(response) || retryAfter !== void 0) {
      let thumbprintValue = {
        throttleTime: _ThrottlingUtils.calculateThrottleTime(parseInt(retryAfter || "")),
        error: response.body.error,
        errorCodes: response.body.error_codes,
        errorMessage: response.body.error_description,
        subError: response.body.suberror
      };
      cacheManager.setThrottlingCache(_ThrottlingUtils.generateThrottlingStorageKey(thumbprint), thumbprintValue, correlationId);
    }
  }
  /**
   * Checks a NetworkResponse object's status codes against 429 or 5xx
   * @param response
   */
  static checkResponseStatus(response) {
    return response.status === 429 || response.status >= 500 && response.status < 600;
  }
  /**
   * Checks a NetworkResponse object's RetryAfter header
   * @param response - Token response with case-insensitive header names.
   */
  static checkResponseForRetryAfter(response) {
    return getRetryAfterHeader(response) !== void 0;
  }
  /**
   * Calculates the Unix-time value for a throttle to expire given throttleTime in seconds.
   * @param throttleTime
   */
  static calculateThrottleTime(throttleTime) {
    let time = throttleTime <= 0 ? 0 : throttleTime, currentSeconds = Date.now() / 1e3;
    return Math.floor(Math.min(currentSeconds + (time || DEFAULT_THROTTLE_TIME_SECONDS), currentSeconds + DEFAULT_MAX_THROTTLE_TIME_SECONDS) * 1e3);
  }
  static removeThrottle(cacheManager, clientId, request, homeAccountIdentifier) {
    let thumbprint = getRequestThumbprint(clientId, request, homeAccountIdentifier), key = this.generateThrottlingStorageKey(thumbprint);
    cacheManager.removeItem(key, request.correlationId);
  }
};
function getRetryAfterHeader(response) {
  if ((response.status < 200 || response.status >= 300) && response.headers)
    return getResponseHeader(response.headers, HeaderNames.RETRY_AFTER);
}

// node_modules/@azure/msal-common/dist/error/NetworkError.mjs
var NetworkError = class _NetworkError extends AuthError {
  constructor(error, httpStatus, responseHeaders) {
    super(error.errorCode, error.correlationId, error.errorMessage, error.subError), Object.setPrototypeOf(this, _NetworkError.prototype), this.name = "NetworkError", this.error = error, this.httpStatus = httpStatus, this.responseHeaders = responseHeaders;
  }
};
function createNetworkError(error, httpStatus, responseHeaders, additionalError) {
  return error.errorMessage = `${error.errorMessage}, additionalErrorInfo: error.name:${additionalError?.name}, error.message:${additionalError?.message}`, new NetworkError(error, httpStatus, responseHeaders);
}

// node_modules/@azure/msal-common/dist/protocol/Token.mjs
function createTokenRequestHeaders(logger24, preventCorsPreflight, ccsCred) {
  let headers = {};
  if (headers[HeaderNames.CONTENT_TYPE] = URL_FORM_CONTENT_TYPE, !preventCorsPreflight && ccsCred)
    switch (ccsCred.type) {
      case CcsCredentialType.HOME_ACCOUNT_ID:
        try {
          let clientInfo = buildClientInfoFromHomeAccountId(ccsCred.credential);
          headers[HeaderNames.CCS_HEADER] = `Oid:${clientInfo.uid}@${clientInfo.utid}`;
        } catch (e) {
          logger24.verbose(`Could not parse home account ID for CCS Header: '${e}'`, "");
        }
        break;
      case CcsCredentialType.UPN:
        headers[HeaderNames.CCS_HEADER] = `UPN: ${ccsCred.credential}`;
        break;
    }
  return headers;
}
async function addDpopTokenProofHeader(headers, request, tokenEndpoint, cryptoUtils, tokenBindingKeyManager) {
  if (request.authenticationScheme !== AuthenticationScheme.DPOP)
    return;
  let dpopProofGenerator = new DpopProofGenerator(cryptoUtils, tokenBindingKeyManager), keyId = request.dpopJkt;
  if (!keyId?.trim())
    throw createClientAuthError(keyIdMissing, request.correlationId);
  headers[HeaderNames.DPOP] = await dpopProofGenerator.generateTokenProof({
    tokenEndpoint
  }, keyId, request.correlationId);
}
function createTokenQueryParameters(request, clientId, redirectUri, performanceClient) {
  let parameters = /* @__PURE__ */ new Map();
  return request.embeddedClientId && addBrokerParameters(parameters, clientId, redirectUri), request.extraQueryParameters && addExtraParameters(parameters, request.extraQueryParameters), addCorrelationId(parameters, request.correlationId), instrumentBrokerParams(parameters, request.correlationId, performanceClient), mapToQueryString(parameters);
}
async function executePostToTokenEndpoint(tokenEndpoint, queryString, headers, thumbprint, correlationId, cacheManager, networkClient, logger24, performanceClient, serverTelemetryManager) {
  let response = await sendPostRequest(thumbprint, tokenEndpoint, { body: queryString, headers }, correlationId, cacheManager, networkClient, logger24, performanceClient);
  return serverTelemetryManager && response.status < 500 && response.status !== 429 && serverTelemetryManager.clearTelemetryCache(), response;
}
async function sendPostRequest(thumbprint, tokenEndpoint, options, correlationId, cacheManager, networkClient, logger24, performanceClient) {
  ThrottlingUtils.preProcess(cacheManager, thumbprint, correlationId);
  let response;
  try {
    response = await invokeAsync(networkClient.sendPostRequestAsync.bind(networkClient), NetworkClientSendPostRequestAsync, logger24, performanceClient, correlationId)(tokenEndpoint, { ...options, correlationId, performanceClient });
    let responseHeaders = normalizeResponseHeaders(response.headers || {});
    response = { ...response, headers: responseHeaders }, performanceClient?.addFields({
      refreshTokenSize: response.body.refresh_token?.length || 0,
      httpVerToken: responseHeaders[HeaderNames.X_MS_HTTP_VERSION] || "",
      requestId: responseHeaders[HeaderNames.X_MS_REQUEST_ID] || ""
    }, correlationId);
  } catch (e) {
    if (e instanceof NetworkError) {
      let responseHeaders = e.responseHeaders ? normalizeResponseHeaders(e.responseHeaders) : void 0;
      throw responseHeaders && performanceClient?.addFields({
        httpVerToken: responseHeaders[HeaderNames.X_MS_HTTP_VERSION] || "",
        requestId: responseHeaders[HeaderNames.X_MS_REQUEST_ID] || "",
        contentTypeHeader: getResponseHeader(responseHeaders, HeaderNames.CONTENT_TYPE) || void 0,
        contentLengthHeader: getResponseHeader(responseHeaders, HeaderNames.CONTENT_LENGTH) || void 0,
        httpStatus: e.httpStatus
      }, correlationId), e.error;
    }
    throw e instanceof AuthError ? e : createClientAuthError(networkError, correlationId);
  }
  return ThrottlingUtils.postProcess(cacheManager, thumbprint, response, correlationId), response;
}

// node_modules/@azure/msal-common/dist/client/AuthorizationCodeClient.mjs
var AuthorizationCodeClient = class {
  constructor(configuration, performanceClient) {
    this.includeRedirectUri = !0, this.config = buildClientConfiguration(configuration), this.logger = new Logger(this.config.loggerOptions, name, version), this.cryptoUtils = this.config.cryptoInterface, this.cacheManager = this.config.storageInterface, this.networkClient = this.config.networkInterface, this.serverTelemetryManager = this.config.serverTelemetryManager, this.authority = this.config.authOptions.authority, this.performanceClient = performanceClient, this.oidcDefaultScopes = this.config.authOptions.authority.options.OIDCOptions?.defaultScopes;
  }
  /**
   * API to acquire a token in exchange of 'authorization_code` acquired by the user in the first leg of the
   * authorization_code_grant
   * @param request
   */
  async acquireToken(request, apiId, authCodePayload) {
    if (!request.code)
      throw createClientAuthError(requestCannotBeMade, request.correlationId);
    this.config.authOptions.instanceAware === !0 && authCodePayload?.cloud_instance_host_name && await invokeAsync(this.updateTokenEndpointAuthority.bind(this), UpdateTokenEndpointAuthority, this.logger, this.performanceClient, request.correlationId)(authCodePayload.cloud_instance_host_name, request.correlationId);
    let reqTimestamp = nowSeconds(), response = await invokeAsync(this.executeTokenRequest.bind(this), AuthClientExecuteTokenRequest, this.logger, this.performanceClient, request.correlationId)(this.authority, request, this.serverTelemetryManager), requestId = response.headers?.[HeaderNames.X_MS_REQUEST_ID], responseHandler = new ResponseHandler(this.config.authOptions.clientId, this.cacheManager, this.cryptoUtils, this.logger, this.performanceClient, this.config.serializableCache, this.config.persistencePlugin, this.config.tokenBindingKeyManager);
    return responseHandler.validateTokenResponse(response.body, request.correlationId), invokeAsync(responseHandler.handleServerTokenResponse.bind(responseHandler), HandleServerTokenResponse, this.logger, this.performanceClient, request.correlationId)(response.body, this.authority, reqTimestamp, request, apiId, authCodePayload, void 0, void 0, void 0, requestId);
  }
  /**
   * Used to log out the current user, and redirect the user to the postLogoutRedirectUri.
   * Default behaviour is to redirect the user to `window.location.href`.
   * @param authorityUri
   */
  getLogoutUri(logoutRequest) {
    if (!logoutRequest)
      throw createClientConfigurationError(logoutRequestEmpty, "");
    let queryString = this.createLogoutUrlQueryString(logoutRequest);
    return UrlString.appendQueryString(this.authority.endSessionEndpoint, queryString);
  }
  /**
   * Executes POST request to token endpoint
   * @param authority
   * @param request
   */
  async executeTokenRequest(authority, request, serverTelemetryManager) {
    let queryParametersString = createTokenQueryParameters(request, this.config.authOptions.clientId, this.config.authOptions.redirectUri, this.performanceClient), endpoint = UrlString.appendQueryString(authority.tokenEndpoint, queryParametersString), requestBody = await invokeAsync(this.createTokenRequestBody.bind(this), AuthClientCreateTokenRequestBody, this.logger, this.performanceClient, request.correlationId)(request), ccsCredential;
    if (request.clientInfo)
      try {
        let clientInfo = buildClientInfo(request.clientInfo, this.cryptoUtils.base64Decode);
        ccsCredential = {
          credential: `${clientInfo.uid}${CLIENT_INFO_SEPARATOR}${clientInfo.utid}`,
          type: CcsCredentialType.HOME_ACCOUNT_ID
        };
      } catch (e) {
        this.logger.verbose(`Could not parse client info for CCS Header: '${e}'`, request.correlationId);
      }
    let headers = createTokenRequestHeaders(this.logger, this.config.systemOptions.preventCorsPreflight, ccsCredential || request.ccsCredential);
    await addDpopTokenProofHeader(headers, request, endpoint, this.cryptoUtils, this.config.tokenBindingKeyManager);
    let thumbprint = getRequestThumbprint(this.config.authOptions.clientId, request);
    return invokeAsync(executePostToTokenEndpoint, AuthorizationCodeClientExecutePostToTokenEndpoint, this.logger, this.performanceClient, request.correlationId)(endpoint, requestBody, headers, thumbprint, request.correlationId, this.cacheManager, this.networkClient, this.logger, this.performanceClient, serverTelemetryManager);
  }
  /**
   * Generates a map for all the params to be sent to the service
   * @param request
   */
  async createTokenRequestBody(request) {
    let parameters = /* @__PURE__ */ new Map();
    if (addClientId(parameters, request.embeddedClientId || request.extraParameters?.[CLIENT_ID] || this.config.authOptions.clientId), this.includeRedirectUri)
      addRedirectUri(parameters, request.redirectUri);
    else if (!request.redirectUri)
      throw createClientConfigurationError(redirectUriEmpty, request.correlationId);
    if (addScopes(parameters, request.scopes, request.correlationId, !0, this.oidcDefaultScopes), addResource(parameters, request.resource), request.attributeTokens && addAttributeTokens(parameters, request.attributeTokens), this.performanceClient?.addFields({
      hasAttributeTokens: !!request.attributeTokens?.length
    }, request.correlationId), addAuthorizationCode(parameters, request.code), addLibraryInfo(parameters, this.config.libraryInfo), addApplicationTelemetry(parameters, this.config.telemetry.application), addThrottling(parameters), this.serverTelemetryManager && !isOidcProtocolMode(this.config) && addServerTelemetry(parameters, this.serverTelemetryManager), request.codeVerifier && addCodeVerifier(parameters, request.codeVerifier), this.config.clientCredentials.clientSecret && addClientSecret(parameters, this.config.clientCredentials.clientSecret), this.config.clientCredentials.clientAssertion) {
      let clientAssertion = this.config.clientCredentials.clientAssertion;
      addClientAssertion(parameters, await getClientAssertion(clientAssertion.assertion, this.config.authOptions.clientId, request.resourceRequestUri)), addClientAssertionType(parameters, clientAssertion.assertionType);
    }
    if (addGrantType(parameters, GrantType.AUTHORIZATION_CODE_GRANT), addClientInfo(parameters), request.authenticationScheme === AuthenticationScheme.POP) {
      let popTokenGenerator = new PopTokenGenerator(this.cryptoUtils, this.config.tokenBindingKeyManager, this.performanceClient), reqCnfData;
      request.popKid ? reqCnfData = this.cryptoUtils.encodeKid(request.popKid) : reqCnfData = (await invokeAsync(popTokenGenerator.generateCnf.bind(popTokenGenerator), PopTokenGenerateCnf, this.logger, this.performanceClient, request.correlationId)(request, this.logger)).reqCnfString, addPopToken(parameters, reqCnfData);
    } else if (request.authenticationScheme === AuthenticationScheme.SSH)
      if (request.sshJwk)
        addSshJwk(parameters, request.sshJwk);
      else
        throw createClientConfigurationError(missingSshJwk, request.correlationId);
    let ccsCred;
    if (request.clientInfo)
      try {
        let clientInfo = buildClientInfo(request.clientInfo, this.cryptoUtils.base64Decode);
        ccsCred = {
          credential: `${clientInfo.uid}${CLIENT_INFO_SEPARATOR}${clientInfo.utid}`,
          type: CcsCredentialType.HOME_ACCOUNT_ID
        };
      } catch (e) {
        this.logger.verbose(`Could not parse client info for CCS Header: '${e}'`, request.correlationId);
      }
    else
      ccsCred = request.ccsCredential;
    if (this.config.systemOptions.preventCorsPreflight && ccsCred)
      switch (ccsCred.type) {
        case CcsCredentialType.HOME_ACCOUNT_ID:
          try {
            let clientInfo = buildClientInfoFromHomeAccountId(ccsCred.credential);
            addCcsOid(parameters, clientInfo);
          } catch (e) {
            this.logger.verbose(`Could not parse home account ID for CCS Header: '${e}'`, request.correlationId);
          }
          break;
        case CcsCredentialType.UPN:
          addCcsUpn(parameters, ccsCred.credential);
          break;
      }
    return request.embeddedClientId && addBrokerParameters(parameters, this.config.authOptions.clientId, this.config.authOptions.redirectUri), request.extraParameters && addExtraParameters(parameters, request.extraParameters), request.enableSpaAuthorizationCode && (!request.extraParameters || !request.extraParameters[RETURN_SPA_CODE]) && addExtraParameters(parameters, {
      [RETURN_SPA_CODE]: "1"
    }), instrumentBrokerParams(parameters, request.correlationId, this.performanceClient), addClaims(parameters, request.correlationId, request.claims, this.config.authOptions.clientCapabilities, request.skipBrokerClaims), mapToQueryString(parameters);
  }
  /**
   * This API validates the `EndSessionRequest` and creates a URL
   * @param request
   */
  createLogoutUrlQueryString(request) {
    let parameters = /* @__PURE__ */ new Map();
    return request.postLogoutRedirectUri && addPostLogoutRedirectUri(parameters, request.postLogoutRedirectUri), request.correlationId && addCorrelationId(parameters, request.correlationId), request.idTokenHint && addIdTokenHint(parameters, request.idTokenHint), request.state && addState(parameters, request.state), request.logoutHint && addLogoutHint(parameters, request.logoutHint), request.popupOriginCheckDone && addPopupOriginCheckDone(parameters), request.extraQueryParameters && addExtraParameters(parameters, request.extraQueryParameters), this.config.authOptions.instanceAware && addInstanceAware(parameters), mapToQueryString(parameters);
  }
  /**
   * Updates the authority to the cloud instance provided in the authorization response
   * @param cloudInstanceHostName - cloud instance host name from authorization code payload
   * @param correlationId - request correlation id
   */
  async updateTokenEndpointAuthority(cloudInstanceHostName, correlationId) {
    let cloudInstanceAuthorityUri = `https://${cloudInstanceHostName}/${this.authority.tenant}/`, cloudInstanceAuthority = await createDiscoveredInstance(cloudInstanceAuthorityUri, this.networkClient, this.cacheManager, this.authority.options, this.logger, correlationId, this.performanceClient);
    this.authority = cloudInstanceAuthority;
  }
};

// node_modules/@azure/msal-common/dist/protocol/Authorize.mjs
var Authorize_exports = {};
__export(Authorize_exports, {
  getAuthorizationCodePayload: () => getAuthorizationCodePayload,
  getAuthorizeUrl: () => getAuthorizeUrl,
  getStandardAuthorizeRequestParameters: () => getStandardAuthorizeRequestParameters,
  validateAuthorizationResponse: () => validateAuthorizationResponse
});
function getStandardAuthorizeRequestParameters(authOptions, request, logger24, performanceClient) {
  let correlationId = request.correlationId, parameters = /* @__PURE__ */ new Map();
  addClientId(parameters, request.embeddedClientId || request.extraQueryParameters?.[CLIENT_ID] || authOptions.clientId);
  let requestScopes = [
    ...request.scopes || [],
    ...request.extraScopesToConsent || []
  ];
  if (addScopes(parameters, requestScopes, request.correlationId, !0, authOptions.authority.options.OIDCOptions?.defaultScopes), addResource(parameters, request.resource), addRedirectUri(parameters, request.redirectUri), addCorrelationId(parameters, correlationId), addResponseMode(parameters, request.responseMode), addClientInfo(parameters), addCliData(parameters), request.prompt && (addPrompt(parameters, request.prompt), performanceClient?.addFields({ prompt: request.prompt }, correlationId)), request.domainHint && (addDomainHint(parameters, request.domainHint), performanceClient?.addFields({ domainHintFromRequest: !0 }, correlationId)), request.prompt !== PromptValue.SELECT_ACCOUNT)
    if (request.sid && request.prompt === PromptValue.NONE)
      logger24.verbose("createAuthCodeUrlQueryString: Prompt is none, adding sid from request", request.correlationId), addSid(parameters, request.sid), performanceClient?.addFields({ sidFromRequest: !0 }, correlationId);
    else if (request.account) {
      let accountSid = extractAccountSid(request.account), accountLoginHintClaim = extractLoginHint(request.account);
      if (accountLoginHintClaim && request.domainHint && (logger24.warning('AuthorizationCodeClient.createAuthCodeUrlQueryString: "domainHint" param is set, skipping opaque "login_hint" claim. Please consider not passing domainHint', request.correlationId), accountLoginHintClaim = null), accountLoginHintClaim) {
        logger24.verbose("createAuthCodeUrlQueryString: login_hint claim present on account", request.correlationId), addLoginHint(parameters, accountLoginHintClaim), performanceClient?.addFields({ loginHintFromClaim: !0 }, correlationId);
        try {
          let clientInfo = buildClientInfoFromHomeAccountId(request.account.homeAccountId);
          addCcsOid(parameters, clientInfo);
        } catch {
          logger24.verbose("createAuthCodeUrlQueryString: Could not parse home account ID for CCS Header", request.correlationId);
        }
      } else if (accountSid && request.prompt === PromptValue.NONE) {
        logger24.verbose("createAuthCodeUrlQueryString: Prompt is none, adding sid from account", request.correlationId), addSid(parameters, accountSid), performanceClient?.addFields({ sidFromClaim: !0 }, correlationId);
        try {
          let clientInfo = buildClientInfoFromHomeAccountId(request.account.homeAccountId);
          addCcsOid(parameters, clientInfo);
        } catch {
          logger24.verbose("createAuthCodeUrlQueryString: Could not parse home account ID for CCS Header", request.correlationId);
        }
      } else if (request.loginHint)
        logger24.verbose("createAuthCodeUrlQueryString: Adding login_hint from request", request.correlationId), addLoginHint(parameters, request.loginHint), addCcsUpn(parameters, request.loginHint), performanceClient?.addFields({ loginHintFromRequest: !0 }, correlationId);
      else if (request.account.username) {
        logger24.verbose("createAuthCodeUrlQueryString: Adding login_hint from account", request.correlationId), addLoginHint(parameters, request.account.username), performanceClient?.addFields({ loginHintFromUpn: !0 }, correlationId);
        try {
          let clientInfo = buildClientInfoFromHomeAccountId(request.account.homeAccountId);
          addCcsOid(parameters, clientInfo);
        } catch {
          logger24.verbose("createAuthCodeUrlQueryString: Could not parse home account ID for CCS Header", request.correlationId);
        }
      }
    } else request.loginHint && (logger24.verbose("createAuthCodeUrlQueryString: No account, adding login_hint from request", request.correlationId), addLoginHint(parameters, request.loginHint), addCcsUpn(parameters, request.loginHint), performanceClient?.addFields({ loginHintFromRequest: !0 }, correlationId));
  else
    logger24.verbose("createAuthCodeUrlQueryString: Prompt is select_account, ignoring account hints", request.correlationId);
  return request.nonce && addNonce(parameters, request.nonce), request.state && addState(parameters, request.state), request.embeddedClientId && addBrokerParameters(parameters, authOptions.clientId, authOptions.redirectUri), addClaims(parameters, request.correlationId, request.claims, authOptions.clientCapabilities, request.skipBrokerClaims), authOptions.instanceAware && (!request.extraQueryParameters || !Object.keys(request.extraQueryParameters).includes(INSTANCE_AWARE)) && addInstanceAware(parameters), request.popupOriginCheckDone && addPopupOriginCheckDone(parameters), parameters;
}
function getAuthorizeUrl(authority, requestParameters) {
  let queryString = mapToQueryString(requestParameters);
  return UrlString.appendQueryString(authority.authorizationEndpoint, queryString);
}
function getAuthorizationCodePayload(serverParams, cachedState, correlationId) {
  if (validateAuthorizationResponse(serverParams, cachedState, correlationId), !serverParams.code)
    throw createClientAuthError(authorizationCodeMissingFromServerResponse, correlationId);
  return serverParams;
}
function validateAuthorizationResponse(serverResponse, requestState, correlationId) {
  if (!serverResponse.state || !requestState)
    throw serverResponse.state ? createClientAuthError(stateNotFound, correlationId, "Cached State") : createClientAuthError(stateNotFound, correlationId, "Server State");
  let decodedServerResponseState, decodedRequestState;
  try {
    decodedServerResponseState = decodeURIComponent(serverResponse.state);
  } catch {
    throw createClientAuthError(invalidState, correlationId);
  }
  try {
    decodedRequestState = decodeURIComponent(requestState);
  } catch {
    throw createClientAuthError(invalidState, correlationId);
  }
  if (decodedServerResponseState !== decodedRequestState)
    throw createClientAuthError(stateMismatch, correlationId);
  if (serverResponse.error || serverResponse.error_description || serverResponse.suberror) {
    let serverErrorNo = parseServerErrorNo(serverResponse);
    throw isInteractionRequiredError(serverResponse.error, serverResponse.error_description, serverResponse.suberror) ? new InteractionRequiredAuthError(serverResponse.error || "", serverResponse.correlation_id || correlationId, serverResponse.error_description, serverResponse.suberror, serverResponse.timestamp || "", serverResponse.trace_id || "", serverResponse.claims || "", serverErrorNo) : new ServerError(serverResponse.error || "", serverResponse.correlation_id || correlationId, serverResponse.error_description, serverResponse.suberror, serverErrorNo);
  }
}
function parseServerErrorNo(serverResponse) {
  let errorCodePrefix = "code=", errorCodePrefixIndex = serverResponse.error_uri?.lastIndexOf(errorCodePrefix);
  return errorCodePrefixIndex && errorCodePrefixIndex >= 0 ? serverResponse.error_uri?.substring(errorCodePrefixIndex + errorCodePrefix.length) : void 0;
}
function extractAccountSid(account) {
  return account.idTokenClaims?.sid || null;
}
function extractLoginHint(account) {
  return account.loginHint || account.idTokenClaims?.login_hint || null;
}

// node_modules/@azure/msal-common/dist/client/RefreshTokenClient.mjs
var DEFAULT_REFRESH_TOKEN_EXPIRATION_OFFSET_SECONDS = 300, RefreshTokenClient = class {
  constructor(configuration, performanceClient) {
    this.config = buildClientConfiguration(configuration), this.logger = new Logger(this.config.loggerOptions, name, version), this.cryptoUtils = this.config.cryptoInterface, this.cacheManager = this.config.storageInterface, this.networkClient = this.config.networkInterface, this.serverTelemetryManager = this.config.serverTelemetryManager, this.authority = this.config.authOptions.authority, this.performanceClient = performanceClient;
  }
  async acquireToken(request, apiId) {
    let reqTimestamp = nowSeconds(), response = await invokeAsync(this.executeTokenRequest.bind(this), RefreshTokenClientExecuteTokenRequest, this.logger, this.performanceClient, request.correlationId)(request, this.authority), requestId = response.headers?.[HeaderNames.X_MS_REQUEST_ID], responseHandler = new ResponseHandler(this.config.authOptions.clientId, this.cacheManager, this.cryptoUtils, this.logger, this.performanceClient, this.config.serializableCache, this.config.persistencePlugin, this.config.tokenBindingKeyManager);
    return responseHandler.validateTokenResponse(response.body, request.correlationId), invokeAsync(responseHandler.handleServerTokenResponse.bind(responseHandler), HandleServerTokenResponse, this.logger, this.performanceClient, request.correlationId)(response.body, this.authority, reqTimestamp, request, apiId, void 0, void 0, !0, request.forceCache, requestId);
  }
  /**
   * Gets cached refresh token and attaches to request, then calls acquireToken API
   * @param request
   */
  async acquireTokenByRefreshToken(request, apiId) {
    if (!request)
      throw createClientConfigurationError(tokenRequestEmpty, "");
    if (!request.account)
      throw createClientAuthError(noAccountInSilentRequest, request.correlationId);
    if (this.cacheManager.isAppMetadataFOCI(request.account.environment, request.correlationId))
      try {
        return await invokeAsync(this.acquireTokenWithCachedRefreshToken.bind(this), RefreshTokenClientAcquireTokenWithCachedRefreshToken, this.logger, this.performanceClient, request.correlationId)(request, !0, apiId);
      } catch (e) {
        let noFamilyRTInCache = e instanceof InteractionRequiredAuthError && e.errorCode === noTokensFound, clientMismatchErrorWithFamilyRT = e instanceof ServerError && e.errorCode === INVALID_GRANT_ERROR && e.subError === CLIENT_MISMATCH_ERROR;
        if (noFamilyRTInCache || clientMismatchErrorWithFamilyRT)
          return invokeAsync(this.acquireTokenWithCachedRefreshToken.bind(this), RefreshTokenClientAcquireTokenWithCachedRefreshToken, this.logger, this.performanceClient, request.correlationId)(request, !1, apiId);
        throw e;
      }
    return invokeAsync(this.acquireTokenWithCachedRefreshToken.bind(this), RefreshTokenClientAcquireTokenWithCachedRefreshToken, this.logger, this.performanceClient, request.correlationId)(request, !1, apiId);
  }
  /**
   * makes a network call to acquire tokens by exchanging RefreshToken available in userCache; throws if refresh token is not cached
   * @param request
   */
  async acquireTokenWithCachedRefreshToken(request, foci, apiId) {
    let refreshToken = invoke(this.cacheManager.getRefreshToken.bind(this.cacheManager), CacheManagerGetRefreshToken, this.logger, this.performanceClient, request.correlationId)(request.account, foci, request.correlationId, void 0);
    if (!refreshToken)
      throw createInteractionRequiredAuthError(noTokensFound, request.correlationId);
    if (refreshToken.expiresOn) {
      let offset = request.refreshTokenExpirationOffsetSeconds || DEFAULT_REFRESH_TOKEN_EXPIRATION_OFFSET_SECONDS;
      if (this.performanceClient?.addFields({
        cacheRtExpiresOnSeconds: Number(refreshToken.expiresOn),
        rtOffsetSeconds: offset
      }, request.correlationId), isTokenExpired(refreshToken.expiresOn, offset))
        throw createInteractionRequiredAuthError(refreshTokenExpired, request.correlationId);
    }
    let refreshTokenRequest = {
      ...request,
      refreshToken: refreshToken.secret,
      authenticationScheme: request.authenticationScheme || AuthenticationScheme.BEARER,
      ccsCredential: {
        credential: request.account.homeAccountId,
        type: CcsCredentialType.HOME_ACCOUNT_ID
      }
    };
    if (refreshTokenRequest.authenticationScheme === AuthenticationScheme.DPOP && !refreshTokenRequest.dpopJkt) {
      let dpopProofGenerator = new DpopProofGenerator(this.cryptoUtils, this.config.tokenBindingKeyManager);
      refreshTokenRequest.dpopJkt = await dpopProofGenerator.generateJkt(request.correlationId);
    }
    try {
      return await invokeAsync(this.acquireToken.bind(this), RefreshTokenClientAcquireToken, this.logger, this.performanceClient, request.correlationId)(refreshTokenRequest, apiId);
    } catch (e) {
      if (e instanceof InteractionRequiredAuthError && e.subError === badToken) {
        this.logger.verbose("acquireTokenWithRefreshToken: bad refresh token, removing from cache", request.correlationId);
        let badRefreshTokenKey = this.cacheManager.generateCredentialKey(refreshToken);
        this.cacheManager.removeRefreshToken(badRefreshTokenKey, request.correlationId);
      }
      throw e;
    }
  }
  /**
   * Constructs the network message and makes a NW call to the underlying secure token service
   * @param request
   * @param authority
   */
  async executeTokenRequest(request, authority) {
    let queryParametersString = createTokenQueryParameters(request, this.config.authOptions.clientId, this.config.authOptions.redirectUri, this.performanceClient), endpoint = UrlString.appendQueryString(authority.tokenEndpoint, queryParametersString), requestBody = await invokeAsync(this.createTokenRequestBody.bind(this), RefreshTokenClientCreateTokenRequestBody, this.logger, this.performanceClient, request.correlationId)(request), headers = createTokenRequestHeaders(this.logger, this.config.systemOptions.preventCorsPreflight, request.ccsCredential);
    await addDpopTokenProofHeader(headers, request, endpoint, this.cryptoUtils, this.config.tokenBindingKeyManager);
    let thumbprint = getRequestThumbprint(this.config.authOptions.clientId, request);
    return invokeAsync(executePostToTokenEndpoint, RefreshTokenClientExecutePostToTokenEndpoint, this.logger, this.performanceClient, request.correlationId)(endpoint, requestBody, headers, thumbprint, request.correlationId, this.cacheManager, this.networkClient, this.logger, this.performanceClient, this.serverTelemetryManager);
  }
  /**
   * Helper function to create the token request body
   * @param request
   */
  async createTokenRequestBody(request) {
    let parameters = /* @__PURE__ */ new Map();
    if (addClientId(parameters, request.embeddedClientId || request.extraParameters?.[CLIENT_ID] || this.config.authOptions.clientId), request.redirectUri && addRedirectUri(parameters, request.redirectUri), addScopes(parameters, request.scopes, request.correlationId, !0, this.config.authOptions.authority.options.OIDCOptions?.defaultScopes), addResource(parameters, request.resource), addGrantType(parameters, GrantType.REFRESH_TOKEN_GRANT), addClientInfo(parameters), addLibraryInfo(parameters, this.config.libraryInfo), addApplicationTelemetry(parameters, this.config.telemetry.application), addThrottling(parameters), this.serverTelemetryManager && !isOidcProtocolMode(this.config) && addServerTelemetry(parameters, this.serverTelemetryManager), addRefreshToken(parameters, request.refreshToken), request.attributeTokens && addAttributeTokens(parameters, request.attributeTokens), this.performanceClient?.addFields({
      hasAttributeTokens: !!request.attributeTokens?.length
    }, request.correlationId), this.config.clientCredentials.clientSecret && addClientSecret(parameters, this.config.clientCredentials.clientSecret), this.config.clientCredentials.clientAssertion) {
      let clientAssertion = this.config.clientCredentials.clientAssertion;
      addClientAssertion(parameters, await getClientAssertion(clientAssertion.assertion, this.config.authOptions.clientId, request.resourceRequestUri)), addClientAssertionType(parameters, clientAssertion.assertionType);
    }
    if (request.authenticationScheme === AuthenticationScheme.POP) {
      let popTokenGenerator = new PopTokenGenerator(this.cryptoUtils, this.config.tokenBindingKeyManager, this.performanceClient), reqCnfData;
      request.popKid ? reqCnfData = this.cryptoUtils.encodeKid(request.popKid) : reqCnfData = (await invokeAsync(popTokenGenerator.generateCnf.bind(popTokenGenerator), PopTokenGenerateCnf, this.logger, this.performanceClient, request.correlationId)(request, this.logger)).reqCnfString, addPopToken(parameters, reqCnfData);
    } else if (request.authenticationScheme === AuthenticationScheme.SSH)
      if (request.sshJwk)
        addSshJwk(parameters, request.sshJwk);
      else
        throw createClientConfigurationError(missingSshJwk, request.correlationId);
    if (this.config.systemOptions.preventCorsPreflight && request.ccsCredential)
      switch (request.ccsCredential.type) {
        case CcsCredentialType.HOME_ACCOUNT_ID:
          try {
            let clientInfo = buildClientInfoFromHomeAccountId(request.ccsCredential.credential);
            addCcsOid(parameters, clientInfo);
          } catch (e) {
            this.logger.verbose(`Could not parse home account ID for CCS Header: '${e}'`, request.correlationId);
          }
          break;
        case CcsCredentialType.UPN:
          addCcsUpn(parameters, request.ccsCredential.credential);
          break;
      }
    return request.embeddedClientId && addBrokerParameters(parameters, this.config.authOptions.clientId, this.config.authOptions.redirectUri), request.extraParameters && addExtraParameters(parameters, {
      ...request.extraParameters
    }), instrumentBrokerParams(parameters, request.correlationId, this.performanceClient), addClaims(parameters, request.correlationId, request.claims, this.config.authOptions.clientCapabilities, request.skipBrokerClaims), mapToQueryString(parameters);
  }
};

// node_modules/@azure/msal-common/dist/telemetry/server/ServerTelemetryManager.mjs
var skuGroupSeparator = ",", skuValueSeparator = "|";
function makeExtraSkuString(params) {
  let { skus, libraryName, libraryVersion, extensionName, extensionVersion } = params, skuMap = /* @__PURE__ */ new Map([
    [0, [libraryName, libraryVersion]],
    [2, [extensionName, extensionVersion]]
  ]), skuArr = [];
  if (skus?.length) {
    if (skuArr = skus.split(skuGroupSeparator), skuArr.length < 4)
      return skus;
  } else
    skuArr = Array.from({ length: 4 }, () => skuValueSeparator);
  return skuMap.forEach((value, key) => {
    value.length === 2 && value[0]?.length && value[1]?.length && setSku({
      skuArr,
      index: key,
      skuName: value[0],
      skuVersion: value[1]
    });
  }), skuArr.join(skuGroupSeparator);
}
function setSku(params) {
  let { skuArr, index, skuName, skuVersion } = params;
  index >= skuArr.length || (skuArr[index] = [skuName, skuVersion].join(skuValueSeparator));
}
var ServerTelemetryManager = class _ServerTelemetryManager {
  constructor(telemetryRequest, cacheManager) {
    this.cacheOutcome = CacheOutcome.NOT_APPLICABLE, this.cacheManager = cacheManager, this.apiId = telemetryRequest.apiId, this.correlationId = telemetryRequest.correlationId, this.wrapperSKU = telemetryRequest.wrapperSKU || "", this.wrapperVer = telemetryRequest.wrapperVer || "", this.telemetryCacheKey = SERVER_TELEM_CACHE_KEY + CACHE_KEY_SEPARATOR + telemetryRequest.clientId;
  }
  /**
   * API to add MSER Telemetry to request
   */
  generateCurrentRequestHeaderValue() {
    let request = `${this.apiId}${SERVER_TELEM_VALUE_SEPARATOR}${this.cacheOutcome}`, platformFieldsArr = [this.wrapperSKU, this.wrapperVer], nativeBrokerErrorCode = this.getNativeBrokerErrorCode();
    nativeBrokerErrorCode?.length && platformFieldsArr.push(`broker_error=${nativeBrokerErrorCode}`);
    let platformFields = platformFieldsArr.join(SERVER_TELEM_VALUE_SEPARATOR), regionDiscoveryFields = this.getRegionDiscoveryFields(), requestWithRegionDiscoveryFields = [
      request,
      regionDiscoveryFields
    ].join(SERVER_TELEM_VALUE_SEPARATOR);
    return [
      SERVER_TELEM_SCHEMA_VERSION,
      requestWithRegionDiscoveryFields,
      platformFields
    ].join(SERVER_TELEM_CATEGORY_SEPARATOR);
  }
  /**
   * API to add MSER Telemetry for the last failed request
   */
  generateLastRequestHeaderValue() {
    let lastRequests = this.getLastRequests(), maxErrors = _ServerTelemetryManager.maxErrorsToSend(lastRequests), failedRequests = lastRequests.failedRequests.slice(0, 2 * maxErrors).join(SERVER_TELEM_VALUE_SEPARATOR), errors = lastRequests.errors.slice(0, maxErrors).join(SERVER_TELEM_VALUE_SEPARATOR), errorCount = lastRequests.errors.length, overflow = maxErrors < errorCount ? SERVER_TELEM_OVERFLOW_TRUE : SERVER_TELEM_OVERFLOW_FALSE, platformFields = [errorCount, overflow].join(SERVER_TELEM_VALUE_SEPARATOR);
    return [
      SERVER_TELEM_SCHEMA_VERSION,
      lastRequests.cacheHits,
      failedRequests,
      errors,
      platformFields
    ].join(SERVER_TELEM_CATEGORY_SEPARATOR);
  }
  /**
   * API to cache token failures for MSER data capture
   * @param error
   */
  cacheFailedRequest(error) {
    try {
      let lastRequests = this.getLastRequests();
      lastRequests.errors.length >= SERVER_TELEM_MAX_CACHED_ERRORS && (lastRequests.failedRequests.shift(), lastRequests.failedRequests.shift(), lastRequests.errors.shift()), lastRequests.failedRequests.push(this.apiId, this.correlationId), error instanceof Error && error && error.toString() ? error instanceof AuthError ? error.subError ? lastRequests.errors.push(error.subError) : error.errorCode ? lastRequests.errors.push(error.errorCode) : lastRequests.errors.push(error.toString()) : lastRequests.errors.push(error.toString()) : lastRequests.errors.push(SERVER_TELEM_UNKNOWN_ERROR), this.cacheManager.setServerTelemetry(this.telemetryCacheKey, lastRequests, this.correlationId);
    } catch {
    }
  }
  /**
   * Update server telemetry cache entry by incrementing cache hit counter
   */
  incrementCacheHits() {
    let lastRequests = this.getLastRequests();
    return lastRequests.cacheHits += 1, this.cacheManager.setServerTelemetry(this.telemetryCacheKey, lastRequests, this.correlationId), lastRequests.cacheHits;
  }
  /**
   * Get the server telemetry entity from cache or initialize a new one
   */
  getLastRequests() {
    let initialValue = {
      failedRequests: [],
      errors: [],
      cacheHits: 0
    };
    return this.cacheManager.getServerTelemetry(this.telemetryCacheKey, this.correlationId) || initialValue;
  }
  /**
   * Remove server telemetry cache entry
   */
  clearTelemetryCache() {
    let lastRequests = this.getLastRequests(), numErrorsFlushed = _ServerTelemetryManager.maxErrorsToSend(lastRequests), errorCount = lastRequests.errors.length;
    if (numErrorsFlushed === errorCount)
      this.cacheManager.removeItem(this.telemetryCacheKey, this.correlationId);
    else {
      let serverTelemEntity = {
        failedRequests: lastRequests.failedRequests.slice(numErrorsFlushed * 2),
        errors: lastRequests.errors.slice(numErrorsFlushed),
        cacheHits: 0
      };
      this.cacheManager.setServerTelemetry(this.telemetryCacheKey, serverTelemEntity, this.correlationId);
    }
  }
  /**
   * Returns the maximum number of errors that can be flushed to the server in the next network request
   * @param serverTelemetryEntity
   */
  static maxErrorsToSend(serverTelemetryEntity) {
    let i, maxErrors = 0, dataSize = 0, errorCount = serverTelemetryEntity.errors.length;
    for (i = 0; i < errorCount; i++) {
      let apiId = serverTelemetryEntity.failedRequests[2 * i] || "", correlationId = serverTelemetryEntity.failedRequests[2 * i + 1] || "", errorCode = serverTelemetryEntity.errors[i] || "";
      if (dataSize += apiId.toString().length + correlationId.toString().length + errorCode.length + 3, dataSize < SERVER_TELEM_MAX_LAST_HEADER_BYTES)
        maxErrors += 1;
      else
        break;
    }
    return maxErrors;
  }
  /**
   * Get the region discovery fields
   *
   * @returns string
   */
  getRegionDiscoveryFields() {
    let regionDiscoveryFields = [];
    return regionDiscoveryFields.push(this.regionUsed || ""), regionDiscoveryFields.push(this.regionSource || ""), regionDiscoveryFields.push(this.regionOutcome || ""), regionDiscoveryFields.join(",");
  }
  /**
   * Update the region discovery metadata
   *
   * @param regionDiscoveryMetadata
   * @returns void
   */
  updateRegionDiscoveryMetadata(regionDiscoveryMetadata) {
    this.regionUsed = regionDiscoveryMetadata.region_used, this.regionSource = regionDiscoveryMetadata.region_source, this.regionOutcome = regionDiscoveryMetadata.region_outcome;
  }
  /**
   * Set cache outcome
   */
  setCacheOutcome(cacheOutcome) {
    this.cacheOutcome = cacheOutcome;
  }
  setNativeBrokerErrorCode(errorCode) {
    let lastRequests = this.getLastRequests();
    lastRequests.nativeBrokerErrorCode = errorCode, this.cacheManager.setServerTelemetry(this.telemetryCacheKey, lastRequests, this.correlationId);
  }
  getNativeBrokerErrorCode() {
    return this.getLastRequests().nativeBrokerErrorCode;
  }
  clearNativeBrokerErrorCode() {
    let lastRequests = this.getLastRequests();
    delete lastRequests.nativeBrokerErrorCode, this.cacheManager.setServerTelemetry(this.telemetryCacheKey, lastRequests, this.correlationId);
  }
  static makeExtraSkuString(params) {
    return makeExtraSkuString(params);
  }
};

// node_modules/@azure/msal-common/dist/client/SilentFlowClient.mjs
var SilentFlowClient = class {
  constructor(configuration, performanceClient) {
    this.config = buildClientConfiguration(configuration), this.logger = new Logger(this.config.loggerOptions, name, version), this.cryptoUtils = this.config.cryptoInterface, this.cacheManager = this.config.storageInterface, this.networkClient = this.config.networkInterface, this.serverTelemetryManager = this.config.serverTelemetryManager, this.authority = this.config.authOptions.authority, this.performanceClient = performanceClient;
  }
  /**
   * Retrieves token from cache or throws an error if it must be refreshed.
   * @param request
   */
  async acquireCachedToken(request) {
    let lastCacheOutcome = CacheOutcome.NOT_APPLICABLE;
    if (request.forceRefresh || !StringUtils.isEmptyObj(request.claims))
      throw this.setCacheOutcome(CacheOutcome.FORCE_REFRESH_OR_CLAIMS, request.correlationId), createClientAuthError(tokenRefreshRequired, request.correlationId);
    if (!request.account)
      throw createClientAuthError(noAccountInSilentRequest, request.correlationId);
    let requestTenantId = request.account.tenantId || getTenantFromAuthorityString(request.authority, request.correlationId), tokenKeys = this.cacheManager.getTokenKeys(), cachedAccessToken = this.cacheManager.getAccessToken(request.account, request, tokenKeys, requestTenantId);
    if (cachedAccessToken) {
      if (wasClockTurnedBack(cachedAccessToken.cachedAt) || isTokenExpired(cachedAccessToken.expiresOn, this.config.systemOptions.tokenRenewalOffsetSeconds))
        throw this.setCacheOutcome(CacheOutcome.CACHED_ACCESS_TOKEN_EXPIRED, request.correlationId), createClientAuthError(tokenRefreshRequired, request.correlationId);
      if (request.resource) {
        if (cachedAccessToken.resource !== request.resource)
          throw this.setCacheOutcome(CacheOutcome.NO_CACHED_ACCESS_TOKEN, request.correlationId), createClientAuthError(tokenRefreshRequired, request.correlationId);
      } else cachedAccessToken.refreshOn && isTokenExpired(cachedAccessToken.refreshOn, 0) && (lastCacheOutcome = CacheOutcome.PROACTIVELY_REFRESHED);
    } else throw this.setCacheOutcome(CacheOutcome.NO_CACHED_ACCESS_TOKEN, request.correlationId), createClientAuthError(tokenRefreshRequired, request.correlationId);
    if (cachedAccessToken.tokenType?.toLowerCase() === AuthenticationScheme.DPOP.toLowerCase()) {
      if (!cachedAccessToken.keyId)
        throw this.logger.info("SilentFlowClient:acquireCachedToken - Cached DPoP access token is missing keyId; refresh required", request.correlationId), this.setCacheOutcome(CacheOutcome.NO_CACHED_ACCESS_TOKEN, request.correlationId), createClientAuthError(tokenRefreshRequired, request.correlationId);
      try {
        await this.config.tokenBindingKeyManager.getTokenBindingPublicKeyJwk(cachedAccessToken.keyId, request.correlationId);
      } catch {
        throw this.logger.info("SilentFlowClient:acquireCachedToken - Local DPoP key was not found for cached access token; refresh required", request.correlationId), this.setCacheOutcome(CacheOutcome.NO_CACHED_ACCESS_TOKEN, request.correlationId), createClientAuthError(tokenRefreshRequired, request.correlationId);
      }
    }
    let environment = request.authority || this.authority.getPreferredCache(), cacheRecord = {
      account: this.cacheManager.getAccount(this.cacheManager.generateAccountKey(request.account), request.correlationId),
      accessToken: cachedAccessToken,
      idToken: this.cacheManager.getIdToken(request.account, request.correlationId, tokenKeys, requestTenantId),
      refreshToken: null,
      appMetadata: this.cacheManager.readAppMetadataFromCache(environment, request.correlationId)
    };
    return this.setCacheOutcome(lastCacheOutcome, request.correlationId), this.config.serverTelemetryManager && this.config.serverTelemetryManager.incrementCacheHits(), [
      await invokeAsync(this.generateResultFromCacheRecord.bind(this), SilentFlowClientGenerateResultFromCacheRecord, this.logger, this.performanceClient, request.correlationId)(cacheRecord, request),
      lastCacheOutcome
    ];
  }
  setCacheOutcome(cacheOutcome, correlationId) {
    this.serverTelemetryManager?.setCacheOutcome(cacheOutcome), this.performanceClient?.addFields({
      cacheOutcome
    }, correlationId), cacheOutcome !== CacheOutcome.NOT_APPLICABLE && this.logger.info(`Token refresh is required due to cache outcome: '${cacheOutcome}'`, correlationId);
  }
  /**
   * Helper function to build response object from the CacheRecord
   * @param cacheRecord
   */
  async generateResultFromCacheRecord(cacheRecord, request) {
    let idTokenClaims;
    return cacheRecord.idToken && (idTokenClaims = extractTokenClaims(cacheRecord.idToken.secret, this.config.cryptoInterface.base64Decode, request.correlationId)), ResponseHandler.generateAuthenticationResult(this.cryptoUtils, this.authority, cacheRecord, !0, request, this.performanceClient, {
      idTokenClaims,
      tokenBindingKeyManager: this.config.tokenBindingKeyManager
    });
  }
};

// node_modules/@azure/msal-common/dist/request/BaseAuthRequest.mjs
function enforceResourceParameter(isMcp, request) {
  if (isMcp) {
    if (request.resource && (containsResourceParam(request.extraParameters) || containsResourceParam(request.extraQueryParameters)))
      throw createClientAuthError(misplacedResourceParam, request.correlationId || "");
    if (!request.resource)
      throw createClientAuthError(resourceParameterRequired, request.correlationId || "");
  }
}
function containsResourceParam(params) {
  return params ? Object.prototype.hasOwnProperty.call(params, "resource") : !1;
}

// node_modules/@azure/msal-node/dist/cache/serializer/Deserializer.mjs
var Deserializer = class {
  /**
   * Parse the JSON blob in memory and deserialize the content
   * @param cachedJson - JSON blob cache
   */
  static deserializeJSONBlob(jsonFile) {
    return jsonFile ? JSON.parse(jsonFile) : {};
  }
  /**
   * Deserializes accounts to AccountEntity objects
   * @param accounts - accounts of type SerializedAccountEntity
   */
  static deserializeAccounts(accounts) {
    let accountObjects = {};
    return accounts && Object.keys(accounts).map(function(key) {
      let serializedAcc = accounts[key], mappedAcc = {
        homeAccountId: serializedAcc.home_account_id,
        environment: serializedAcc.environment,
        realm: serializedAcc.realm,
        localAccountId: serializedAcc.local_account_id,
        username: serializedAcc.username,
        authorityType: serializedAcc.authority_type,
        name: serializedAcc.name,
        clientInfo: serializedAcc.client_info,
        lastModificationTime: serializedAcc.last_modification_time,
        lastModificationApp: serializedAcc.last_modification_app,
        tenantProfiles: serializedAcc.tenantProfiles?.map((serializedTenantProfile) => JSON.parse(serializedTenantProfile)),
        lastUpdatedAt: Date.now().toString()
      }, account = {};
      CacheManager.toObject(account, mappedAcc), accountObjects[key] = account;
    }), accountObjects;
  }
  /**
   * Deserializes id tokens to IdTokenEntity objects
   * @param idTokens - credentials of type SerializedIdTokenEntity
   */
  static deserializeIdTokens(idTokens) {
    let idObjects = {};
    return idTokens && Object.keys(idTokens).map(function(key) {
      let serializedIdT = idTokens[key], idToken = {
        homeAccountId: serializedIdT.home_account_id,
        environment: serializedIdT.environment,
        credentialType: serializedIdT.credential_type,
        clientId: serializedIdT.client_id,
        secret: serializedIdT.secret,
        realm: serializedIdT.realm,
        lastUpdatedAt: Date.now().toString()
      };
      idObjects[key] = idToken;
    }), idObjects;
  }
  /**
   * Deserializes access tokens to AccessTokenEntity objects
   * @param accessTokens - access tokens of type SerializedAccessTokenEntity
   */
  static deserializeAccessTokens(accessTokens) {
    let atObjects = {};
    return accessTokens && Object.keys(accessTokens).map(function(key) {
      let serializedAT = accessTokens[key], accessToken = {
        homeAccountId: serializedAT.home_account_id,
        environment: serializedAT.environment,
        credentialType: serializedAT.credential_type,
        clientId: serializedAT.client_id,
        secret: serializedAT.secret,
        realm: serializedAT.realm,
        target: serializedAT.target,
        cachedAt: serializedAT.cached_at,
        expiresOn: serializedAT.expires_on,
        extendedExpiresOn: serializedAT.extended_expires_on,
        refreshOn: serializedAT.refresh_on,
        keyId: serializedAT.key_id,
        tokenType: serializedAT.token_type,
        userAssertionHash: serializedAT.userAssertionHash,
        resource: serializedAT.resource,
        additionalCacheKeyComponents: serializedAT.additionalCacheKeyComponents,
        lastUpdatedAt: Date.now().toString()
      };
      atObjects[key] = accessToken;
    }), atObjects;
  }
  /**
   * Deserializes refresh tokens to RefreshTokenEntity objects
   * @param refreshTokens - refresh tokens of type SerializedRefreshTokenEntity
   */
  static deserializeRefreshTokens(refreshTokens) {
    let rtObjects = {};
    return refreshTokens && Object.keys(refreshTokens).map(function(key) {
      let serializedRT = refreshTokens[key], refreshToken = {
        homeAccountId: serializedRT.home_account_id,
        environment: serializedRT.environment,
        credentialType: serializedRT.credential_type,
        clientId: serializedRT.client_id,
        secret: serializedRT.secret,
        familyId: serializedRT.family_id,
        target: serializedRT.target,
        realm: serializedRT.realm,
        lastUpdatedAt: Date.now().toString()
      };
      rtObjects[key] = refreshToken;
    }), rtObjects;
  }
  /**
   * Deserializes appMetadata to AppMetaData objects
   * @param appMetadata - app metadata of type SerializedAppMetadataEntity
   */
  static deserializeAppMetadata(appMetadata) {
    let appMetadataObjects = {};
    return appMetadata && Object.keys(appMetadata).map(function(key) {
      let serializedAmdt = appMetadata[key];
      appMetadataObjects[key] = {
        clientId: serializedAmdt.client_id,
        environment: serializedAmdt.environment,
        familyId: serializedAmdt.family_id
      };
    }), appMetadataObjects;
  }
  /**
   * Deserialize an inMemory Cache
   * @param jsonCache - JSON blob cache
   */
  static deserializeAllCache(jsonCache) {
    return {
      accounts: jsonCache.Account ? this.deserializeAccounts(jsonCache.Account) : {},
      idTokens: jsonCache.IdToken ? this.deserializeIdTokens(jsonCache.IdToken) : {},
      accessTokens: jsonCache.AccessToken ? this.deserializeAccessTokens(jsonCache.AccessToken) : {},
      refreshTokens: jsonCache.RefreshToken ? this.deserializeRefreshTokens(jsonCache.RefreshToken) : {},
      appMetadata: jsonCache.AppMetadata ? this.deserializeAppMetadata(jsonCache.AppMetadata) : {}
    };
  }
};

// node_modules/@azure/msal-node/dist/utils/Constants.mjs
var DEFAULT_MANAGED_IDENTITY_ID = "system_assigned_managed_identity", MANAGED_IDENTITY_DEFAULT_TENANT = "managed_identity", DEFAULT_AUTHORITY_FOR_MANAGED_IDENTITY = `https://login.microsoftonline.com/${MANAGED_IDENTITY_DEFAULT_TENANT}/`, ManagedIdentityHeaders = {
  AUTHORIZATION_HEADER_NAME: "Authorization",
  METADATA_HEADER_NAME: "Metadata",
  APP_SERVICE_SECRET_HEADER_NAME: "X-IDENTITY-HEADER",
  ML_AND_SF_SECRET_HEADER_NAME: "secret",
  CLIENT_SKU: AADServerParamKeys_exports.X_CLIENT_SKU,
  CLIENT_VER: AADServerParamKeys_exports.X_CLIENT_VER,
  CLIENT_REQUEST_ID: "x-ms-client-request-id"
}, ManagedIdentityQueryParameters = {
  API_VERSION: "api-version",
  RESOURCE: "resource",
  SHA256_TOKEN_TO_REFRESH: "token_sha256_to_refresh",
  XMS_CC: "xms_cc"
}, ManagedIdentityEnvironmentVariableNames = {
  AZURE_POD_IDENTITY_AUTHORITY_HOST: "AZURE_POD_IDENTITY_AUTHORITY_HOST",
  DEFAULT_IDENTITY_CLIENT_ID: "DEFAULT_IDENTITY_CLIENT_ID",
  IDENTITY_ENDPOINT: "IDENTITY_ENDPOINT",
  IDENTITY_HEADER: "IDENTITY_HEADER",
  IDENTITY_SERVER_THUMBPRINT: "IDENTITY_SERVER_THUMBPRINT",
  IMDS_ENDPOINT: "IMDS_ENDPOINT",
  MSI_ENDPOINT: "MSI_ENDPOINT",
  MSI_SECRET: "MSI_SECRET"
}, ManagedIdentitySourceNames = {
  APP_SERVICE: "AppService",
  AZURE_ARC: "AzureArc",
  CLOUD_SHELL: "CloudShell",
  DEFAULT_TO_IMDS: "DefaultToImds",
  IMDS: "Imds",
  MACHINE_LEARNING: "MachineLearning",
  SERVICE_FABRIC: "ServiceFabric"
}, ManagedIdentityIdType = {
  SYSTEM_ASSIGNED: "system-assigned",
  USER_ASSIGNED_CLIENT_ID: "user-assigned-client-id",
  USER_ASSIGNED_RESOURCE_ID: "user-assigned-resource-id",
  USER_ASSIGNED_OBJECT_ID: "user-assigned-object-id"
}, HttpMethod2 = {
  GET: "GET",
  POST: "POST"
}, REGION_ENVIRONMENT_VARIABLE = "REGION_NAME", MSAL_FORCE_REGION = "MSAL_FORCE_REGION", RANDOM_OCTET_SIZE = 32, Hash = {
  SHA256: "sha256"
}, CharSet = {
  CV_CHARSET: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
}, CACHE = {
  KEY_SEPARATOR: "-"
}, Constants = {
  MSAL_SKU: "msal.js.node",
  JWT_BEARER_ASSERTION_TYPE: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
  HTTP_PROTOCOL: "http://",
  LOCALHOST: "localhost"
}, ApiId = {
  acquireTokenSilent: 62,
  acquireTokenByUsernamePassword: 371,
  acquireTokenByDeviceCode: 671,
  acquireTokenByClientCredential: 771,
  acquireTokenByOBO: 772,
  acquireTokenWithManagedIdentity: 773,
  acquireTokenByUserFederatedIdentityCredential: 774,
  acquireTokenByCode: 871,
  acquireTokenByRefreshToken: 872
}, JwtConstants = {
  RSA_256: "RS256",
  PSS_256: "PS256",
  X5T_256: "x5t#S256",
  X5T: "x5t",
  X5C: "x5c",
  AUDIENCE: "aud",
  EXPIRATION_TIME: "exp",
  ISSUER: "iss",
  SUBJECT: "sub",
  NOT_BEFORE: "nbf",
  JWT_ID: "jti"
}, LOOPBACK_SERVER_CONSTANTS = {
  INTERVAL_MS: 100,
  TIMEOUT_MS: 5e3
}, AZURE_ARC_SECRET_FILE_MAX_SIZE_BYTES = 4096;

// node_modules/@azure/msal-node/dist/network/HttpClient.mjs
var HttpClient = class {
  /**
   * Sends an HTTP GET request to the specified URL.
   *
   * This method handles GET requests with optional timeout support. The timeout
   * is implemented using AbortController, which provides a clean way to cancel
   * fetch requests that take too long to complete.
   *
   * @param url - The target URL for the GET request
   * @param options - Optional request configuration including headers
   * @param timeout - Optional timeout in milliseconds. If specified, the request
   *                  will be aborted if it doesn't complete within this time
   * @returns Promise that resolves to a NetworkResponse containing headers, body, and status
   * @throws {AuthError} When the request times out or response parsing fails
   * @throws {NetworkError} When the network request fails
   */
  async sendGetRequestAsync(url, options, timeout) {
    return this.sendRequest(url, HttpMethod2.GET, options, timeout);
  }
  /**
   * Sends an HTTP POST request to the specified URL.
   *
   * This method handles POST requests with request body support. Currently,
   * timeout functionality is not exposed for POST requests, but the underlying
   * implementation supports it through the shared sendRequest method.
   *
   * @param url - The target URL for the POST request
   * @param options - Optional request configuration including headers and body
   * @returns Promise that resolves to a NetworkResponse containing headers, body, and status
   * @throws {AuthError} When the request times out or response parsing fails
   * @throws {NetworkError} When the network request fails
   */
  async sendPostRequestAsync(url, options) {
    return this.sendRequest(url, HttpMethod2.POST, options);
  }
  /**
   * Core HTTP request implementation using native fetch API.
   *
   * This method handles GET and POST HTTP requests with comprehensive
   * timeout support and error handling. The timeout mechanism works as follows:
   *
   * 1. An AbortController is created for each request
   * 2. If a timeout is specified, setTimeout is used to call abort() after the delay
   * 3. The abort signal is passed to fetch, which will reject the promise if aborted
   * 4. Cleanup occurs in both success and error cases to prevent timer leaks
   *
   * Error handling priority:
   * 1. Timeout errors (AbortError) are converted to "Request timeout" messages
   * 2. Network/connection errors are wrapped with "Network request failed" prefix
   * 3. JSON parsing errors are wrapped with "Failed to parse response" prefix
   *
   * @param url - The target URL for the request
   * @param method - HTTP method (GET or POST)
   * @param options - Optional request configuration (headers, body)
   * @param timeout - Optional timeout in milliseconds for request cancellation
   * @returns Promise resolving to NetworkResponse with parsed JSON body
   * @throws {AuthError} For timeouts or JSON parsing errors
   * @throws {NetworkError} For network failures
   */
  async sendRequest(url, method, options, timeout) {
    let controller = new AbortController(), timeoutId;
    timeout && (timeoutId = setTimeout(() => {
      controller.abort();
    }, timeout));
    let fetchOptions = {
      method,
      headers: getFetchHeaders(options),
      signal: controller.signal
      // Enable cancellation via AbortController
    };
    method === HttpMethod2.POST && (fetchOptions.body = options?.body || "");
    let response;
    try {
      response = await fetch(url, fetchOptions);
    } catch (error) {
      if (timeoutId && clearTimeout(timeoutId), error instanceof Error && error.name === "AbortError")
        throw createAuthError(ClientAuthErrorCodes_exports.networkError, "", "Request timeout");
      let baseAuthError = createAuthError(ClientAuthErrorCodes_exports.networkError, "", `Network request failed: ${error instanceof Error ? error.message : "unknown"}`);
      throw createNetworkError(baseAuthError, void 0, void 0, error instanceof Error ? error : void 0);
    }
    timeoutId && clearTimeout(timeoutId);
    try {
      return {
        headers: getHeaderDict(response.headers),
        body: await response.json(),
        status: response.status
      };
    } catch (error) {
      throw createAuthError(ClientAuthErrorCodes_exports.tokenParsingError, "", `Failed to parse response: ${error instanceof Error ? error.message : "unknown"}`);
    }
  }
};
function getHeaderDict(headers) {
  let headerDict = {};
  return headers.forEach((value, key) => {
    headerDict[key] = value;
  }), headerDict;
}
function getFetchHeaders(options) {
  let headers = new Headers();
  return options && options.headers && Object.entries(options.headers).forEach(([key, value]) => {
    headers.append(key, value);
  }), headers;
}

// node_modules/@azure/msal-node/dist/error/ManagedIdentityErrorCodes.mjs
var invalidFileExtension = "invalid_file_extension", invalidFilePath = "invalid_file_path", invalidManagedIdentityIdType = "invalid_managed_identity_id_type", invalidSecret = "invalid_secret", missingId = "missing_client_id", networkUnavailable = "network_unavailable", platformNotSupported = "platform_not_supported", unableToCreateAzureArc = "unable_to_create_azure_arc", unableToCreateCloudShell = "unable_to_create_cloud_shell", unableToCreateSource = "unable_to_create_source", unableToReadSecretFile = "unable_to_read_secret_file", userAssignedNotAvailableAtRuntime = "user_assigned_not_available_at_runtime", userAssignedManagedIdentityNotConfirmed = "user_assigned_managed_identity_not_confirmed", wwwAuthenticateHeaderMissing = "www_authenticate_header_missing", wwwAuthenticateHeaderUnsupportedFormat = "www_authenticate_header_unsupported_format", MsiEnvironmentVariableUrlMalformedErrorCodes = {
  [ManagedIdentityEnvironmentVariableNames.AZURE_POD_IDENTITY_AUTHORITY_HOST]: "azure_pod_identity_authority_host_url_malformed",
  [ManagedIdentityEnvironmentVariableNames.IDENTITY_ENDPOINT]: "identity_endpoint_url_malformed",
  [ManagedIdentityEnvironmentVariableNames.IMDS_ENDPOINT]: "imds_endpoint_url_malformed",
  [ManagedIdentityEnvironmentVariableNames.MSI_ENDPOINT]: "msi_endpoint_url_malformed"
};

// node_modules/@azure/msal-node/dist/error/ManagedIdentityError.mjs
var ManagedIdentityErrorMessages = {
  [invalidFileExtension]: "The file path in the WWW-Authenticate header does not contain a .key file.",
  [invalidFilePath]: "The file path in the WWW-Authenticate header is not in a valid Windows or Linux Format.",
  [invalidManagedIdentityIdType]: "More than one ManagedIdentityIdType was provided.",
  [invalidSecret]: "The secret in the file on the file path in the WWW-Authenticate header is greater than 4096 bytes.",
  [platformNotSupported]: "The platform is not supported by Azure Arc. Azure Arc only supports Windows and Linux.",
  [missingId]: "A ManagedIdentityId id was not provided.",
  [MsiEnvironmentVariableUrlMalformedErrorCodes.AZURE_POD_IDENTITY_AUTHORITY_HOST]: `The Managed Identity's '${ManagedIdentityEnvironmentVariableNames.AZURE_POD_IDENTITY_AUTHORITY_HOST}' environment variable is malformed.`,
  [MsiEnvironmentVariableUrlMalformedErrorCodes.IDENTITY_ENDPOINT]: `The Managed Identity's '${ManagedIdentityEnvironmentVariableNames.IDENTITY_ENDPOINT}' environment variable is malformed.`,
  [MsiEnvironmentVariableUrlMalformedErrorCodes.IMDS_ENDPOINT]: `The Managed Identity's '${ManagedIdentityEnvironmentVariableNames.IMDS_ENDPOINT}' environment variable is malformed.`,
  [MsiEnvironmentVariableUrlMalformedErrorCodes.MSI_ENDPOINT]: `The Managed Identity's '${ManagedIdentityEnvironmentVariableNames.MSI_ENDPOINT}' environment variable is malformed.`,
  [networkUnavailable]: "Authentication unavailable. The request to the managed identity endpoint timed out.",
  [unableToCreateAzureArc]: "Azure Arc Managed Identities can only be system assigned.",
  [unableToCreateCloudShell]: "Cloud Shell Managed Identities can only be system assigned.",
  [unableToCreateSource]: "Unable to create a Managed Identity source based on environment variables.",
  [unableToReadSecretFile]: "Unable to read the secret file.",
  [userAssignedNotAvailableAtRuntime]: "Service Fabric user assigned managed identity ClientId or ResourceId is not configurable at runtime.",
  [userAssignedManagedIdentityNotConfirmed]: "Azure Arc did not confirm the requested user-assigned managed identity in the token response. The agent likely does not support user-assigned managed identity and returned the system-assigned identity.",
  [wwwAuthenticateHeaderMissing]: "A 401 response was received from the Azure Arc Managed Identity, but the www-authenticate header is missing.",
  [wwwAuthenticateHeaderUnsupportedFormat]: "A 401 response was received from the Azure Arc Managed Identity, but the www-authenticate header is in an unsupported format."
}, ManagedIdentityError = class _ManagedIdentityError extends AuthError {
  constructor(errorCode, correlationId) {
    super(errorCode, correlationId, ManagedIdentityErrorMessages[errorCode]), this.name = "ManagedIdentityError", Object.setPrototypeOf(this, _ManagedIdentityError.prototype);
  }
};
function createManagedIdentityError(errorCode, correlationId) {
  return new ManagedIdentityError(errorCode, correlationId);
}

// node_modules/@azure/msal-node/dist/config/ManagedIdentityId.mjs
var ManagedIdentityId = class {
  get id() {
    return this._id;
  }
  set id(value) {
    this._id = value;
  }
  get idType() {
    return this._idType;
  }
  set idType(value) {
    this._idType = value;
  }
  constructor(managedIdentityIdParams) {
    let userAssignedClientId = managedIdentityIdParams?.userAssignedClientId, userAssignedResourceId = managedIdentityIdParams?.userAssignedResourceId, userAssignedObjectId = managedIdentityIdParams?.userAssignedObjectId;
    if (userAssignedClientId) {
      if (userAssignedResourceId || userAssignedObjectId)
        throw createManagedIdentityError(invalidManagedIdentityIdType, "");
      this.id = userAssignedClientId, this.idType = ManagedIdentityIdType.USER_ASSIGNED_CLIENT_ID;
    } else if (userAssignedResourceId) {
      if (userAssignedClientId || userAssignedObjectId)
        throw createManagedIdentityError(invalidManagedIdentityIdType, "");
      this.id = userAssignedResourceId, this.idType = ManagedIdentityIdType.USER_ASSIGNED_RESOURCE_ID;
    } else if (userAssignedObjectId) {
      if (userAssignedClientId || userAssignedResourceId)
        throw createManagedIdentityError(invalidManagedIdentityIdType, "");
      this.id = userAssignedObjectId, this.idType = ManagedIdentityIdType.USER_ASSIGNED_OBJECT_ID;
    } else
      this.id = DEFAULT_MANAGED_IDENTITY_ID, this.idType = ManagedIdentityIdType.SYSTEM_ASSIGNED;
  }
};

// node_modules/@azure/msal-node/dist/error/NodeAuthError.mjs
var NodeAuthErrorMessage = {
  invalidLoopbackAddressType: {
    code: "invalid_loopback_server_address_type",
    desc: "Loopback server address is not type string. This is unexpected."
  },
  unableToLoadRedirectUri: {
    code: "unable_to_load_redirectUrl",
    desc: "Loopback server callback was invoked without a url. This is unexpected."
  },
  noAuthCodeInResponse: {
    code: "no_auth_code_in_response",
    desc: "No auth code found in the server response. Please check your network trace to determine what happened."
  },
  noLoopbackServerExists: {
    code: "no_loopback_server_exists",
    desc: "No loopback server exists yet."
  },
  loopbackServerAlreadyExists: {
    code: "loopback_server_already_exists",
    desc: "Loopback server already exists. Cannot create another."
  },
  loopbackServerTimeout: {
    code: "loopback_server_timeout",
    desc: "Timed out waiting for auth code listener to be registered."
  },
  loopbackServerQueryResponseNotSupported: {
    code: "loopback_server_query_response_not_supported",
    desc: "The loopback server received an OAuth response in the URL. Interactive authentication requires form_post."
  },
  stateNotFoundError: {
    code: "state_not_found",
    desc: "State not found. Please verify that the request originated from msal."
  },
  thumbprintMissing: {
    code: "thumbprint_missing_from_client_certificate",
    desc: "Client certificate does not contain a SHA-1 or SHA-256 thumbprint."
  },
  redirectUriNotSupported: {
    code: "redirect_uri_not_supported",
    desc: "RedirectUri is not supported in this scenario. Please remove redirectUri from the request."
  },
  unsupportedCcaInstanceAware: {
    code: "unsupported_cca_instance_aware",
    desc: "Instance-aware configuration is not supported by ConfidentialClientApplication."
  }
}, NodeAuthError = class _NodeAuthError extends AuthError {
  constructor(errorCode, correlationId, errorMessage) {
    super(errorCode, correlationId, errorMessage), this.name = "NodeAuthError";
  }
  /**
   * Creates an error thrown if loopback server address is of type string.
   */
  static createInvalidLoopbackAddressTypeError() {
    return new _NodeAuthError(NodeAuthErrorMessage.invalidLoopbackAddressType.code, "", `${NodeAuthErrorMessage.invalidLoopbackAddressType.desc}`);
  }
  /**
   * Creates an error thrown if the loopback server is unable to get a url.
   */
  static createUnableToLoadRedirectUrlError() {
    return new _NodeAuthError(NodeAuthErrorMessage.unableToLoadRedirectUri.code, "", `${NodeAuthErrorMessage.unableToLoadRedirectUri.desc}`);
  }
  /**
   * Creates an error thrown if the server response does not contain an auth code.
   */
  static createNoAuthCodeInResponseError(correlationId = "") {
    return new _NodeAuthError(NodeAuthErrorMessage.noAuthCodeInResponse.code, correlationId, `${NodeAuthErrorMessage.noAuthCodeInResponse.desc}`);
  }
  /**
   * Creates an error thrown if the loopback server has not been spun up yet.
   */
  static createNoLoopbackServerExistsError() {
    return new _NodeAuthError(NodeAuthErrorMessage.noLoopbackServerExists.code, "", `${NodeAuthErrorMessage.noLoopbackServerExists.desc}`);
  }
  /**
   * Creates an error thrown if a loopback server already exists when attempting to create another one.
   */
  static createLoopbackServerAlreadyExistsError() {
    return new _NodeAuthError(NodeAuthErrorMessage.loopbackServerAlreadyExists.code, "", `${NodeAuthErrorMessage.loopbackServerAlreadyExists.desc}`);
  }
  /**
   * Creates an error thrown if the loopback server times out registering the auth code listener.
   */
  static createLoopbackServerTimeoutError(correlationId = "") {
    return new _NodeAuthError(NodeAuthErrorMessage.loopbackServerTimeout.code, correlationId, `${NodeAuthErrorMessage.loopbackServerTimeout.desc}`);
  }
  /**
   * Creates an error thrown if the loopback server receives an OAuth response in a query string.
   */
  static createLoopbackServerQueryResponseNotSupportedError() {
    return new _NodeAuthError(NodeAuthErrorMessage.loopbackServerQueryResponseNotSupported.code, "", NodeAuthErrorMessage.loopbackServerQueryResponseNotSupported.desc);
  }
  /**
   * Creates an error thrown when the state is not present.
   */
  static createStateNotFoundError(correlationId = "") {
    return new _NodeAuthError(NodeAuthErrorMessage.stateNotFoundError.code, correlationId, NodeAuthErrorMessage.stateNotFoundError.desc);
  }
  /**
   * Creates an error thrown when client certificate was provided, but neither the SHA-1 or SHA-256 thumbprints were provided
   */
  static createThumbprintMissingError() {
    return new _NodeAuthError(NodeAuthErrorMessage.thumbprintMissing.code, "", NodeAuthErrorMessage.thumbprintMissing.desc);
  }
  /**
   * Creates an error thrown when redirectUri is provided in an unsupported scenario
   */
  static createRedirectUriNotSupportedError(correlationId = "") {
    return new _NodeAuthError(NodeAuthErrorMessage.redirectUriNotSupported.code, correlationId, NodeAuthErrorMessage.redirectUriNotSupported.desc);
  }
  /**
   * Creates an error thrown when instance-aware behavior is requested for a confidential client.
   */
  static createUnsupportedCcaInstanceAwareError(correlationId = "") {
    return new _NodeAuthError(NodeAuthErrorMessage.unsupportedCcaInstanceAware.code, correlationId, NodeAuthErrorMessage.unsupportedCcaInstanceAware.desc);
  }
};

// node_modules/@azure/msal-node/dist/config/Configuration.mjs
var DEFAULT_AUTH_OPTIONS = {
  clientId: "",
  authority: Constants_exports.DEFAULT_AUTHORITY,
  clientSecret: "",
  clientAssertion: "",
  clientCertificate: {
    thumbprint: "",
    thumbprintSha256: "",
    privateKey: "",
    x5c: ""
  },
  knownAuthorities: [],
  cloudDiscoveryMetadata: "",
  authorityMetadata: "",
  clientCapabilities: [],
  azureCloudOptions: {
    azureCloudInstance: AzureCloudInstance.None,
    tenant: ""
  },
  isMcp: !1
}, DEFAULT_LOGGER_OPTIONS = {
  loggerCallback: () => {
  },
  piiLoggingEnabled: !1,
  logLevel: LogLevel.Info
}, DEFAULT_SYSTEM_OPTIONS2 = {
  loggerOptions: DEFAULT_LOGGER_OPTIONS,
  networkClient: new HttpClient(),
  disableInternalRetries: !1,
  protocolMode: ProtocolMode.AAD
}, DEFAULT_TELEMETRY_OPTIONS2 = {
  application: {
    appName: "",
    appVersion: ""
  }
};
function buildAppConfiguration({ auth, broker, cache, system, telemetry }) {
  let systemOptions = {
    ...DEFAULT_SYSTEM_OPTIONS2,
    networkClient: new HttpClient(),
    loggerOptions: system?.loggerOptions || DEFAULT_LOGGER_OPTIONS,
    disableInternalRetries: system?.disableInternalRetries || !1
  };
  if (auth.clientCertificate && !auth.clientCertificate.thumbprint && !auth.clientCertificate.thumbprintSha256)
    throw NodeAuthError.createStateNotFoundError();
  return {
    auth: { ...DEFAULT_AUTH_OPTIONS, ...auth },
    broker: { ...broker },
    cache: { ...cache },
    system: { ...systemOptions, ...system },
    telemetry: { ...DEFAULT_TELEMETRY_OPTIONS2, ...telemetry }
  };
}
function buildManagedIdentityConfiguration({ clientCapabilities, managedIdentityIdParams, system }) {
  let managedIdentityId = new ManagedIdentityId(managedIdentityIdParams), loggerOptions = system?.loggerOptions || DEFAULT_LOGGER_OPTIONS, networkClient;
  return system?.networkClient ? networkClient = system.networkClient : networkClient = new HttpClient(), {
    clientCapabilities: clientCapabilities || [],
    managedIdentityId,
    system: {
      loggerOptions,
      networkClient
    },
    disableInternalRetries: system?.disableInternalRetries || !1
  };
}

// node_modules/@azure/msal-node/dist/crypto/GuidGenerator.mjs
import { randomUUID } from "node:crypto";
var GuidGenerator = class {
  /**
   * Generates a random [RFC 4122](https://www.rfc-editor.org/rfc/rfc4122.txt) version 4 UUID. The UUID is generated using a
   * cryptographic pseudorandom number generator.
   */
  generateGuid() {
    return randomUUID();
  }
  /**
   * verifies if a string is  GUID
   * @param guid
   */
  isGuid(guid) {
    return /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(guid);
  }
};

// node_modules/@azure/msal-node/dist/utils/EncodingUtils.mjs
var EncodingUtils = class _EncodingUtils {
  /**
   * 'utf8': Multibyte encoded Unicode characters. Many web pages and other document formats use UTF-8.
   * 'base64': Base64 encoding.
   *
   * @param str text
   */
  static base64Encode(str, encoding) {
    return Buffer.from(str, encoding).toString(Constants_exports.EncodingTypes.BASE64);
  }
  /**
   * encode a URL
   * @param str
   */
  static base64EncodeUrl(str, encoding) {
    return _EncodingUtils.base64Encode(str, encoding).replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
  }
  /**
   * 'utf8': Multibyte encoded Unicode characters. Many web pages and other document formats use UTF-8.
   * 'base64': Base64 encoding.
   *
   * @param base64Str Base64 encoded text
   */
  static base64Decode(base64Str) {
    return Buffer.from(base64Str, Constants_exports.EncodingTypes.BASE64).toString("utf8");
  }
  /**
   * @param base64Str Base64 encoded Url
   */
  static base64DecodeUrl(base64Str) {
    let str = base64Str.replace(/-/g, "+").replace(/_/g, "/");
    for (; str.length % 4; )
      str += "=";
    return _EncodingUtils.base64Decode(str);
  }
};

// node_modules/@azure/msal-node/dist/crypto/HashUtils.mjs
import crypto from "crypto";
var HashUtils = class {
  /**
   * generate 'SHA256' hash
   * @param buffer
   */
  sha256(buffer) {
    return crypto.createHash(Hash.SHA256).update(buffer).digest();
  }
};

// node_modules/@azure/msal-node/dist/crypto/PkceGenerator.mjs
import crypto2 from "crypto";
var PkceGenerator = class {
  constructor() {
    this.hashUtils = new HashUtils();
  }
  /**
   * generates the codeVerfier and the challenge from the codeVerfier
   * reference: https://tools.ietf.org/html/rfc7636#section-4.1 and https://tools.ietf.org/html/rfc7636#section-4.2
   */
  async generatePkceCodes() {
    let verifier = this.generateCodeVerifier(), challenge = this.generateCodeChallengeFromVerifier(verifier);
    return { verifier, challenge };
  }
  /**
   * generates the codeVerfier; reference: https://tools.ietf.org/html/rfc7636#section-4.1
   */
  generateCodeVerifier() {
    let charArr = [], maxNumber = 256 - 256 % CharSet.CV_CHARSET.length;
    for (; charArr.length <= RANDOM_OCTET_SIZE; ) {
      let byte = crypto2.randomBytes(1)[0];
      if (byte >= maxNumber)
        continue;
      let index = byte % CharSet.CV_CHARSET.length;
      charArr.push(CharSet.CV_CHARSET[index]);
    }
    let verifier = charArr.join("");
    return EncodingUtils.base64EncodeUrl(verifier);
  }
  /**
   * generate the challenge from the codeVerfier; reference: https://tools.ietf.org/html/rfc7636#section-4.2
   * @param codeVerifier
   */
  generateCodeChallengeFromVerifier(codeVerifier) {
    return EncodingUtils.base64EncodeUrl(this.hashUtils.sha256(codeVerifier).toString(Constants_exports.EncodingTypes.BASE64), Constants_exports.EncodingTypes.BASE64);
  }
};

// node_modules/@azure/msal-node/dist/crypto/CryptoProvider.mjs
var CryptoProvider = class {
  constructor() {
    this.pkceGenerator = new PkceGenerator(), this.guidGenerator = new GuidGenerator(), this.hashUtils = new HashUtils();
  }
  /**
   * base64 URL safe encoded string
   */
  base64UrlEncode() {
    throw new Error("Method not implemented.");
  }
  /**
   * Stringifies and base64Url encodes input public key
   * @param inputKid - public key id
   * @returns Base64Url encoded public key
   */
  encodeKid() {
    throw new Error("Method not implemented.");
  }
  /**
   * Creates a new random GUID - used to populate state and nonce.
   * @returns string (GUID)
   */
  createNewGuid() {
    return this.guidGenerator.generateGuid();
  }
  /**
   * Encodes input string to base64.
   * @param input - string to be encoded
   */
  base64Encode(input) {
    return EncodingUtils.base64Encode(input);
  }
  /**
   * Decodes input string from base64.
   * @param input - string to be decoded
   */
  base64Decode(input) {
    return EncodingUtils.base64Decode(input);
  }
  /**
   * Generates PKCE codes used in Authorization Code Flow.
   */
  generatePkceCodes() {
    return this.pkceGenerator.generatePkceCodes();
  }
  /**
   * Removes cryptographic keypair from key store matching the keyId passed in
   * @param kid - public key id
   * @param correlationId - correlation id
   */
  removeTokenBindingKey(kid, correlationId) {
    throw new Error("Method not implemented.");
  }
  /**
   * Removes all cryptographic keys from Keystore
   * @param correlationId - correlation id
   */
  clearKeystore(correlationId) {
    throw new Error("Method not implemented.");
  }
  /**
   * Signs a compact JWT with a token-binding key - not yet implemented for node
   * @param header - JOSE header
   * @param payload - JWT payload
   * @param kid - public key id
   * @param correlationId - correlation id
   */
  signTokenBindingJwt(header, payload, kid, correlationId) {
    throw createClientAuthError(ClientAuthErrorCodes_exports.methodNotImplemented, correlationId);
  }
  /**
   * Returns the SHA-256 hash of an input string
   */
  async hashString(plainText) {
    return EncodingUtils.base64EncodeUrl(this.hashUtils.sha256(plainText).toString(Constants_exports.EncodingTypes.BASE64), Constants_exports.EncodingTypes.BASE64);
  }
};

// node_modules/@azure/msal-node/dist/cache/CacheHelpers.mjs
import { createHash } from "crypto";
function computeAdditionalCacheKeyHash(components) {
  let sortedKeys = Object.keys(components).sort(), input = "";
  for (let key of sortedKeys) {
    let value = components[key];
    input += `${Buffer.byteLength(key, "utf8")}:${key}${Buffer.byteLength(value, "utf8")}:${value}`;
  }
  return createHash("sha256").update(input, "utf8").digest("base64url");
}
function generateCredentialKey(credential, hash) {
  let familyId = credential.credentialType === Constants_exports.CredentialType.REFRESH_TOKEN && credential.familyId || credential.clientId, scheme = credential.tokenType && credential.tokenType.toLowerCase() !== Constants_exports.AuthenticationScheme.BEARER.toLowerCase() ? credential.tokenType.toLowerCase() : "", credentialKey = [
    credential.homeAccountId,
    credential.environment,
    credential.credentialType,
    familyId,
    credential.realm || "",
    credential.target || "",
    scheme
  ];
  return credential.additionalCacheKeyComponents && Object.keys(credential.additionalCacheKeyComponents).length > 0 && credentialKey.push(hash ?? computeAdditionalCacheKeyHash(credential.additionalCacheKeyComponents)), credentialKey.join(CACHE.KEY_SEPARATOR).toLowerCase();
}
function generateAccountKey(account) {
  let homeTenantId = account.homeAccountId.split(".")[1];
  return [
    account.homeAccountId,
    account.environment,
    homeTenantId || account.tenantId || ""
  ].join(CACHE.KEY_SEPARATOR).toLowerCase();
}

// node_modules/@azure/msal-node/dist/cache/NodeStorage.mjs
var NodeStorage = class extends CacheManager {
  constructor(logger24, clientId, cryptoImpl, staticAuthorityOptions) {
    super(clientId, cryptoImpl, logger24, new StubPerformanceClient(), staticAuthorityOptions, DEFAULT_TOKEN_BINDING_KEY_MANAGER), this.cache = {}, this.changeEmitters = [], this.logger = logger24;
  }
  /**
   * Queue up callbacks
   * @param func - a callback function for cache change indication
   */
  registerChangeEmitter(func) {
    this.changeEmitters.push(func);
  }
  /**
   * Invoke the callback when cache changes
   */
  emitChange() {
    this.changeEmitters.forEach((func) => func.call(null));
  }
  /**
   * Converts cacheKVStore to InMemoryCache
   * @param cache - key value store
   */
  cacheToInMemoryCache(cache) {
    let inMemoryCache = {
      accounts: {},
      idTokens: {},
      accessTokens: {},
      refreshTokens: {},
      appMetadata: {}
    };
    for (let key in cache) {
      let value = cache[key];
      if (typeof value == "object")
        if (AccountEntityUtils_exports.isAccountEntity(value))
          inMemoryCache.accounts[key] = value;
        else if (CacheHelpers_exports.isIdTokenEntity(value))
          inMemoryCache.idTokens[key] = value;
        else if (CacheHelpers_exports.isAccessTokenEntity(value))
          inMemoryCache.accessTokens[key] = value;
        else if (CacheHelpers_exports.isRefreshTokenEntity(value))
          inMemoryCache.refreshTokens[key] = value;
        else if (CacheHelpers_exports.isAppMetadataEntity(key, value))
          inMemoryCache.appMetadata[key] = value;
        else
          continue;
    }
    return inMemoryCache;
  }
  /**
   * converts inMemoryCache to CacheKVStore
   * @param inMemoryCache - kvstore map for inmemory
   */
  inMemoryCacheToCache(inMemoryCache) {
    let cache = this.getCache();
    return cache = {
      ...cache,
      ...inMemoryCache.accounts,
      ...inMemoryCache.idTokens,
      ...inMemoryCache.accessTokens,
      ...inMemoryCache.refreshTokens,
      ...inMemoryCache.appMetadata
    }, cache;
  }
  /**
   * gets the current in memory cache for the client
   */
  getInMemoryCache() {
    return this.logger.trace("Getting in-memory cache", ""), this.cacheToInMemoryCache(this.getCache());
  }
  /**
   * sets the current in memory cache for the client
   * @param inMemoryCache - key value map in memory
   */
  setInMemoryCache(inMemoryCache) {
    this.logger.trace("Setting in-memory cache", "");
    let cache = this.inMemoryCacheToCache(inMemoryCache);
    this.setCache(cache), this.emitChange();
  }
  /**
   * get the current cache key-value store
   */
  getCache() {
    return this.logger.trace("Getting cache key-value store", ""), this.cache;
  }
  /**
   * sets the current cache (key value store)
   * @param cacheMap - key value map
   */
  setCache(cache) {
    this.logger.trace("Setting cache key value store", ""), this.cache = cache, this.emitChange();
  }
  /**
   * Gets cache item with given key.
   * @param key - lookup key for the cache entry
   */
  getItem(key) {
    return this.logger.tracePii(`Item key: ${key}`, ""), this.getCache()[key];
  }
  /**
   * Gets cache item with given key-value
   * @param key - lookup key for the cache entry
   * @param value - value of the cache entry
   */
  setItem(key, value) {
    this.logger.tracePii(`Item key: ${key}`, "");
    let cache = this.getCache();
    cache[key] = value, this.setCache(cache);
  }
  generateCredentialKey(credential, additionalCacheKeyHash) {
    return generateCredentialKey(credential, additionalCacheKeyHash);
  }
  generateAccountKey(account) {
    return generateAccountKey(account);
  }
  getAccountKeys() {
    let inMemoryCache = this.getInMemoryCache();
    return Object.keys(inMemoryCache.accounts);
  }
  getTokenKeys() {
    let inMemoryCache = this.getInMemoryCache();
    return {
      idToken: Object.keys(inMemoryCache.idTokens),
      accessToken: Object.keys(inMemoryCache.accessTokens),
      refreshToken: Object.keys(inMemoryCache.refreshTokens)
    };
  }
  /**
   * Reads account from cache, builds it into an account entity and returns it.
   * @param accountKey - lookup key to fetch cache type AccountEntity
   * @returns
   */
  getAccount(accountKey) {
    let cachedAccount = this.getItem(accountKey);
    return cachedAccount && typeof cachedAccount == "object" ? { ...cachedAccount } : null;
  }
  /**
   * set account entity
   * @param account - cache value to be set of type AccountEntity
   */
  async setAccount(account) {
    let accountKey = this.generateAccountKey(AccountEntityUtils_exports.getAccountInfo(account));
    this.setItem(accountKey, account);
  }
  /**
   * fetch the idToken credential
   * @param idTokenKey - lookup key to fetch cache type IdTokenEntity
   */
  getIdTokenCredential(idTokenKey) {
    let idToken = this.getItem(idTokenKey);
    return CacheHelpers_exports.isIdTokenEntity(idToken) ? idToken : null;
  }
  /**
   * set idToken credential
   * @param idToken - cache value to be set of type IdTokenEntity
   */
  async setIdTokenCredential(idToken) {
    let idTokenKey = this.generateCredentialKey(idToken);
    this.setItem(idTokenKey, idToken);
  }
  /**
   * fetch the accessToken credential
   * @param accessTokenKey - lookup key to fetch cache type AccessTokenEntity
   */
  getAccessTokenCredential(accessTokenKey) {
    let accessToken = this.getItem(accessTokenKey);
    return CacheHelpers_exports.isAccessTokenEntity(accessToken) ? accessToken : null;
  }
  /**
   * Set accessToken credential to the cache
   * @param accessToken - the access token entity to cache
   * @param _correlationId - unique identifier for the request
   * @param _kmsi - keep me signed in flag
   * @param additionalCacheKeyHash - optional precomputed hash of additionalCacheKeyComponents used in key generation
   */
  async setAccessTokenCredential(accessToken, _correlationId, _kmsi, additionalCacheKeyHash) {
    let accessTokenKey = this.generateCredentialKey(accessToken, additionalCacheKeyHash);
    this.setItem(accessTokenKey, accessToken);
  }
  /**
   * fetch the refreshToken credential
   * @param refreshTokenKey - lookup key to fetch cache type RefreshTokenEntity
   */
  getRefreshTokenCredential(refreshTokenKey) {
    let refreshToken = this.getItem(refreshTokenKey);
    return CacheHelpers_exports.isRefreshTokenEntity(refreshToken) ? refreshToken : null;
  }
  /**
   * set refreshToken credential
   * @param refreshToken - cache value to be set of type RefreshTokenEntity
   */
  async setRefreshTokenCredential(refreshToken) {
    let refreshTokenKey = this.generateCredentialKey(refreshToken);
    this.setItem(refreshTokenKey, refreshToken);
  }
  /**
   * fetch appMetadata entity from the platform cache
   * @param appMetadataKey - lookup key to fetch cache type AppMetadataEntity
   */
  getAppMetadata(appMetadataKey) {
    let appMetadata = this.getItem(appMetadataKey);
    return CacheHelpers_exports.isAppMetadataEntity(appMetadataKey, appMetadata) ? appMetadata : null;
  }
  /**
   * set appMetadata entity to the platform cache
   * @param appMetadata - cache value to be set of type AppMetadataEntity
   */
  setAppMetadata(appMetadata) {
    let appMetadataKey = CacheHelpers_exports.generateAppMetadataKey(appMetadata);
    this.setItem(appMetadataKey, appMetadata);
  }
  /**
   * fetch server telemetry entity from the platform cache
   * @param serverTelemetrykey - lookup key to fetch cache type ServerTelemetryEntity
   */
  getServerTelemetry(serverTelemetrykey) {
    let serverTelemetryEntity = this.getItem(serverTelemetrykey);
    return serverTelemetryEntity && CacheHelpers_exports.isServerTelemetryEntity(serverTelemetrykey, serverTelemetryEntity) ? serverTelemetryEntity : null;
  }
  /**
   * set server telemetry entity to the platform cache
   * @param serverTelemetryKey - lookup key to fetch cache type ServerTelemetryEntity
   * @param serverTelemetry - cache value to be set of type ServerTelemetryEntity
   */
  setServerTelemetry(serverTelemetryKey, serverTelemetry) {
    this.setItem(serverTelemetryKey, serverTelemetry);
  }
  /**
   * fetch authority metadata entity from the platform cache
   * @param key - lookup key to fetch cache type AuthorityMetadataEntity
   */
  getAuthorityMetadata(key) {
    let authorityMetadataEntity = this.getItem(key);
    return authorityMetadataEntity && CacheHelpers_exports.isAuthorityMetadataEntity(key, authorityMetadataEntity) ? authorityMetadataEntity : null;
  }
  /**
   * Get all authority metadata keys
   */
  getAuthorityMetadataKeys() {
    return this.getKeys().filter((key) => this.isAuthorityMetadata(key));
  }
  /**
   * set authority metadata entity to the platform cache
   * @param key - lookup key to fetch cache type AuthorityMetadataEntity
   * @param metadata - cache value to be set of type AuthorityMetadataEntity
   */
  setAuthorityMetadata(key, metadata) {
    this.setItem(key, metadata);
  }
  /**
   * fetch throttling entity from the platform cache
   * @param throttlingCacheKey - lookup key to fetch cache type ThrottlingEntity
   */
  getThrottlingCache(throttlingCacheKey) {
    let throttlingCache = this.getItem(throttlingCacheKey);
    return throttlingCache && CacheHelpers_exports.isThrottlingEntity(throttlingCacheKey, throttlingCache) ? throttlingCache : null;
  }
  /**
   * set throttling entity to the platform cache
   * @param throttlingCacheKey - lookup key to fetch cache type ThrottlingEntity
   * @param throttlingCache - cache value to be set of type ThrottlingEntity
   */
  setThrottlingCache(throttlingCacheKey, throttlingCache) {
    this.setItem(throttlingCacheKey, throttlingCache);
  }
  /**
   * Removes the cache item from memory with the given key.
   * @param key - lookup key to remove a cache entity
   * @param inMemory - key value map of the cache
   */
  removeItem(key) {
    this.logger.tracePii(`Item key: ${key}`, "");
    let result = !1, cache = this.getCache();
    return cache[key] && (delete cache[key], result = !0), result && (this.setCache(cache), this.emitChange()), result;
  }
  /**
   * Remove account entity from the platform cache if it's outdated
   * @param accountKey - lookup key to fetch cache type AccountEntity
   */
  removeOutdatedAccount(accountKey) {
    this.removeItem(accountKey);
  }
  /**
   * Checks whether key is in cache.
   * @param key - look up key for a cache entity
   */
  containsKey(key) {
    return this.getKeys().includes(key);
  }
  /**
   * Gets all keys in window.
   */
  getKeys() {
    this.logger.trace("Retrieving all cache keys", "");
    let cache = this.getCache();
    return [...Object.keys(cache)];
  }
  /**
   * Clears all cache entries created by MSAL except authority metadata..
   */
  clear() {
    this.logger.trace("Clearing cache entries created by MSAL", ""), this.getKeys().forEach((key) => {
      this.isAuthorityMetadata(key) || this.removeItem(key);
    }), this.emitChange();
  }
  /**
   * Initialize in memory cache from an exisiting cache vault
   * @param cache - blob formatted cache (JSON)
   */
  static generateInMemoryCache(cache) {
    return Deserializer.deserializeAllCache(Deserializer.deserializeJSONBlob(cache));
  }
  /**
   * retrieves the final JSON
   * @param inMemoryCache - itemised cache read from the JSON
   */
  static generateJsonCache(inMemoryCache) {
    return Serializer.serializeAllCache(inMemoryCache);
  }
  /**
   * Updates a credential's cache key if the current cache key is outdated
   */
  updateCredentialCacheKey(currentCacheKey, credential) {
    let updatedCacheKey = this.generateCredentialKey(credential);
    if (currentCacheKey !== updatedCacheKey) {
      let cacheItem = this.getItem(currentCacheKey);
      if (cacheItem)
        return this.removeItem(currentCacheKey), this.setItem(updatedCacheKey, cacheItem), this.logger.verbose(`Updated an outdated ${credential.credentialType} cache key`, ""), updatedCacheKey;
      this.logger.error(`Attempted to update an outdated ${credential.credentialType} cache key but no item matching the outdated key was found in storage`, "");
    }
    return currentCacheKey;
  }
};

// node_modules/@azure/msal-node/dist/cache/TokenCache.mjs
var defaultSerializedCache = {
  Account: {},
  IdToken: {},
  AccessToken: {},
  RefreshToken: {},
  AppMetadata: {}
}, TokenCache = class {
  constructor(storage, logger24, cachePlugin) {
    this.cacheHasChanged = !1, this.storage = storage, this.storage.registerChangeEmitter(this.handleChangeEvent.bind(this)), cachePlugin && (this.persistence = cachePlugin), this.logger = logger24;
  }
  /**
   * Set to true if cache state has changed since last time serialize or writeToPersistence was called
   */
  hasChanged() {
    return this.cacheHasChanged;
  }
  /**
   * Serializes in memory cache to JSON
   */
  serialize() {
    this.logger.trace("Serializing in-memory cache", "");
    let finalState = Serializer.serializeAllCache(this.storage.getInMemoryCache());
    return this.cacheSnapshot ? (this.logger.trace("Reading cache snapshot from disk", ""), finalState = this.mergeState(JSON.parse(this.cacheSnapshot), finalState)) : this.logger.trace("No cache snapshot to merge", ""), this.cacheHasChanged = !1, JSON.stringify(finalState);
  }
  /**
   * Deserializes JSON to in-memory cache. JSON should be in MSAL cache schema format
   * @param cache - blob formatted cache
   */
  deserialize(cache) {
    if (this.logger.trace("Deserializing JSON to in-memory cache", ""), this.cacheSnapshot = cache, this.cacheSnapshot) {
      this.logger.trace("Reading cache snapshot from disk", "");
      let deserializedCache = Deserializer.deserializeAllCache(this.overlayDefaults(JSON.parse(this.cacheSnapshot)));
      this.storage.setInMemoryCache(deserializedCache);
    } else
      this.logger.trace("No cache snapshot to deserialize", "");
  }
  /**
   * Fetches the cache key-value map
   */
  getKVStore() {
    return this.storage.getCache();
  }
  /**
   * Gets cache snapshot in CacheKVStore format
   */
  getCacheSnapshot() {
    let deserializedPersistentStorage = NodeStorage.generateInMemoryCache(this.cacheSnapshot);
    return this.storage.inMemoryCacheToCache(deserializedPersistentStorage);
  }
  /**
   * API that retrieves all accounts currently in cache to the user
   */
  async getAllAccounts(correlationId = new CryptoProvider().createNewGuid()) {
    this.logger.trace("getAllAccounts called", correlationId);
    let cacheContext;
    try {
      return this.persistence && (cacheContext = new TokenCacheContext(this, !1), await this.persistence.beforeCacheAccess(cacheContext)), this.storage.getAllAccounts({}, correlationId);
    } finally {
      this.persistence && cacheContext && await this.persistence.afterCacheAccess(cacheContext);
    }
  }
  /**
   * Returns the signed in account matching homeAccountId.
   * (the account object is created at the time of successful login)
   * or null when no matching account is found
   * @param homeAccountId - unique identifier for an account (uid.utid)
   */
  async getAccountByHomeId(homeAccountId) {
    let allAccounts = await this.getAllAccounts();
    return homeAccountId && allAccounts && allAccounts.length && allAccounts.filter((accountObj) => accountObj.homeAccountId === homeAccountId)[0] || null;
  }
  /**
   * Returns the signed in account matching localAccountId.
   * (the account object is created at the time of successful login)
   * or null when no matching account is found
   * @param localAccountId - unique identifier of an account (sub/obj when homeAccountId cannot be populated)
   */
  async getAccountByLocalId(localAccountId) {
    let allAccounts = await this.getAllAccounts();
    return localAccountId && allAccounts && allAccounts.length && allAccounts.filter((accountObj) => accountObj.localAccountId === localAccountId)[0] || null;
  }
  /**
   * API to remove a specific account and the relevant data from cache
   * @param account - AccountInfo passed by the user
   */
  async removeAccount(account, correlationId) {
    this.logger.trace("removeAccount called", correlationId || "");
    let cacheContext;
    try {
      this.persistence && (cacheContext = new TokenCacheContext(this, !0), await this.persistence.beforeCacheAccess(cacheContext)), this.storage.removeAccount(account, correlationId || new GuidGenerator().generateGuid());
    } finally {
      this.persistence && cacheContext && await this.persistence.afterCacheAccess(cacheContext);
    }
  }
  /**
   * Overwrites in-memory cache with persistent cache
   */
  async overwriteCache() {
    if (!this.persistence) {
      this.logger.info("No persistence layer specified, cache cannot be overwritten", "");
      return;
    }
    this.logger.info("Overwriting in-memory cache with persistent cache", ""), this.storage.clear();
    let cacheContext = new TokenCacheContext(this, !1);
    await this.persistence.beforeCacheAccess(cacheContext);
    let cacheSnapshot = this.getCacheSnapshot();
    this.storage.setCache(cacheSnapshot), await this.persistence.afterCacheAccess(cacheContext);
  }
  /**
   * Called when the cache has changed state.
   */
  handleChangeEvent() {
    this.cacheHasChanged = !0;
  }
  /**
   * Merge in memory cache with the cache snapshot.
   * @param oldState - cache before changes
   * @param currentState - current cache state in the library
   */
  mergeState(oldState, currentState) {
    this.logger.trace("Merging in-memory cache with cache snapshot", "");
    let stateAfterRemoval = this.mergeRemovals(oldState, currentState);
    return this.mergeUpdates(stateAfterRemoval, currentState);
  }
  /**
   * Deep update of oldState based on newState values
   * @param oldState - cache before changes
   * @param newState - updated cache
   */
  mergeUpdates(oldState, newState) {
    return Object.keys(newState).forEach((newKey) => {
      let newValue = newState[newKey];
      if (!oldState.hasOwnProperty(newKey))
        newValue !== null && (oldState[newKey] = newValue);
      else {
        let newValueNotNull = newValue !== null, newValueIsObject = typeof newValue == "object", newValueIsNotArray = !Array.isArray(newValue), oldStateNotUndefinedOrNull = typeof oldState[newKey] < "u" && oldState[newKey] !== null;
        newValueNotNull && newValueIsObject && newValueIsNotArray && oldStateNotUndefinedOrNull ? this.mergeUpdates(oldState[newKey], newValue) : oldState[newKey] = newValue;
      }
    }), oldState;
  }
  /**
   * Removes entities in oldState that the were removed from newState. If there are any unknown values in root of
   * oldState that are not recognized, they are left untouched.
   * @param oldState - cache before changes
   * @param newState - updated cache
   */
  mergeRemovals(oldState, newState) {
    this.logger.trace("Remove updated entries in cache", "");
    let accounts = oldState.Account ? this.mergeRemovalsDict(oldState.Account, newState.Account) : oldState.Account, accessTokens = oldState.AccessToken ? this.mergeRemovalsDict(oldState.AccessToken, newState.AccessToken) : oldState.AccessToken, refreshTokens = oldState.RefreshToken ? this.mergeRemovalsDict(oldState.RefreshToken, newState.RefreshToken) : oldState.RefreshToken, idTokens = oldState.IdToken ? this.mergeRemovalsDict(oldState.IdToken, newState.IdToken) : oldState.IdToken, appMetadata = oldState.AppMetadata ? this.mergeRemovalsDict(oldState.AppMetadata, newState.AppMetadata) : oldState.AppMetadata;
    return {
      ...oldState,
      Account: accounts,
      AccessToken: accessTokens,
      RefreshToken: refreshTokens,
      IdToken: idTokens,
      AppMetadata: appMetadata
    };
  }
  /**
   * Helper to merge new cache with the old one
   * @param oldState - cache before changes
   * @param newState - updated cache
   */
  mergeRemovalsDict(oldState, newState) {
    let finalState = { ...oldState };
    return Object.keys(oldState).forEach((oldKey) => {
      (!newState || !newState.hasOwnProperty(oldKey)) && delete finalState[oldKey];
    }), finalState;
  }
  /**
   * Helper to overlay as a part of cache merge
   * @param passedInCache - cache read from the blob
   */
  overlayDefaults(passedInCache) {
    return this.logger.trace("Overlaying input cache with the default cache", ""), {
      Account: {
        ...defaultSerializedCache.Account,
        ...passedInCache.Account
      },
      IdToken: {
        ...defaultSerializedCache.IdToken,
        ...passedInCache.IdToken
      },
      AccessToken: {
        ...defaultSerializedCache.AccessToken,
        ...passedInCache.AccessToken
      },
      RefreshToken: {
        ...defaultSerializedCache.RefreshToken,
        ...passedInCache.RefreshToken
      },
      AppMetadata: {
        ...defaultSerializedCache.AppMetadata,
        ...passedInCache.AppMetadata
      }
    };
  }
};

// node_modules/@azure/msal-node/dist/client/ClientAssertion.mjs
var import_jsonwebtoken = __toESM(require_jsonwebtoken(), 1);

// node_modules/@azure/msal-node/dist/error/ClientAuthErrorCodes.mjs
var missingTenantIdError = "missing_tenant_id_error", userTimeoutReached = "user_timeout_reached", invalidAssertion = "invalid_assertion", invalidClientCredential = "invalid_client_credential", emptyFicAssertion = "empty_fic_assertion", conflictingUserIdentifiers = "conflicting_user_identifiers", missingUserIdentifier = "missing_user_identifier", deviceCodePollingCancelled = "device_code_polling_cancelled", deviceCodeExpired = "device_code_expired", deviceCodeUnknownError = "device_code_unknown_error";

// node_modules/@azure/msal-node/dist/client/ClientAssertion.mjs
var ClientAssertion = class _ClientAssertion {
  /**
   * Initialize the ClientAssertion class from the clientAssertion passed by the user
   * @param assertion - refer https://tools.ietf.org/html/rfc7521
   */
  static fromAssertion(assertion) {
    let clientAssertion = new _ClientAssertion();
    return clientAssertion.jwt = assertion, clientAssertion;
  }
  /**
   * @deprecated Use fromCertificateWithSha256Thumbprint instead, with a SHA-256 thumprint
   * Initialize the ClientAssertion class from the certificate passed by the user
   * @param thumbprint - identifier of a certificate
   * @param privateKey - secret key
   * @param publicCertificate - electronic document provided to prove the ownership of the public key
   */
  static fromCertificate(thumbprint, privateKey, publicCertificate) {
    let clientAssertion = new _ClientAssertion();
    return clientAssertion.privateKey = privateKey, clientAssertion.thumbprint = thumbprint, clientAssertion.useSha256 = !1, publicCertificate && (clientAssertion.publicCertificate = this.parseCertificate(publicCertificate)), clientAssertion;
  }
  /**
   * Initialize the ClientAssertion class from the certificate passed by the user
   * @param thumbprint - identifier of a certificate
   * @param privateKey - secret key
   * @param publicCertificate - electronic document provided to prove the ownership of the public key
   */
  static fromCertificateWithSha256Thumbprint(thumbprint, privateKey, publicCertificate) {
    let clientAssertion = new _ClientAssertion();
    return clientAssertion.privateKey = privateKey, clientAssertion.thumbprint = thumbprint, clientAssertion.useSha256 = !0, publicCertificate && (clientAssertion.publicCertificate = this.parseCertificate(publicCertificate)), clientAssertion;
  }
  /**
   * Update JWT for certificate based clientAssertion, if passed by the user, uses it as is
   * @param cryptoProvider - library's crypto helper
   * @param issuer - iss claim
   * @param jwtAudience - aud claim
   */
  getJwt(cryptoProvider, issuer, jwtAudience) {
    if (this.privateKey && this.thumbprint)
      return this.jwt && !this.isExpired() && issuer === this.issuer && jwtAudience === this.jwtAudience ? this.jwt : this.createJwt(cryptoProvider, issuer, jwtAudience);
    if (this.jwt)
      return this.jwt;
    throw createClientAuthError(invalidAssertion, "");
  }
  /**
   * JWT format and required claims specified: https://tools.ietf.org/html/rfc7523#section-3
   */
  createJwt(cryptoProvider, issuer, jwtAudience) {
    this.issuer = issuer, this.jwtAudience = jwtAudience;
    let issuedAt = TimeUtils_exports.nowSeconds();
    this.expirationTime = issuedAt + 600;
    let header = {
      alg: this.useSha256 ? JwtConstants.PSS_256 : JwtConstants.RSA_256
    }, thumbprintHeader = this.useSha256 ? JwtConstants.X5T_256 : JwtConstants.X5T;
    Object.assign(header, {
      [thumbprintHeader]: EncodingUtils.base64EncodeUrl(this.thumbprint, Constants_exports.EncodingTypes.HEX)
    }), this.publicCertificate && Object.assign(header, {
      [JwtConstants.X5C]: this.publicCertificate
    });
    let payload = {
      [JwtConstants.AUDIENCE]: this.jwtAudience,
      [JwtConstants.EXPIRATION_TIME]: this.expirationTime,
      [JwtConstants.ISSUER]: this.issuer,
      [JwtConstants.SUBJECT]: this.issuer,
      [JwtConstants.NOT_BEFORE]: issuedAt,
      [JwtConstants.JWT_ID]: cryptoProvider.createNewGuid()
    };
    return this.jwt = import_jsonwebtoken.default.sign(payload, this.privateKey, { header }), this.jwt;
  }
  /**
   * Utility API to check expiration
   */
  isExpired() {
    return this.expirationTime < TimeUtils_exports.nowSeconds();
  }
  /**
   * Extracts the raw certs from a given certificate string and returns them in an array.
   * @param publicCertificate - electronic document provided to prove the ownership of the public key
   */
  static parseCertificate(publicCertificate) {
    let regexToFindCerts = /-----BEGIN CERTIFICATE-----\r*\n(.+?)\r*\n-----END CERTIFICATE-----/gs, certs = [], matches;
    for (; (matches = regexToFindCerts.exec(publicCertificate)) !== null; )
      certs.push(matches[1].replace(/\r*\n/g, ""));
    return certs;
  }
};

// node_modules/@azure/msal-node/dist/packageMetadata.mjs
var name2 = "@azure/msal-node", version2 = "7.2.3";

// node_modules/@azure/msal-node/dist/client/BaseClient.mjs
var BaseClient = class {
  constructor(configuration) {
    this.config = buildClientConfiguration(configuration), this.logger = new Logger(this.config.loggerOptions, name2, version2), this.cryptoUtils = this.config.cryptoInterface, this.cacheManager = this.config.storageInterface, this.networkClient = this.config.networkInterface, this.serverTelemetryManager = this.config.serverTelemetryManager, this.authority = this.config.authOptions.authority, this.performanceClient = new StubPerformanceClient();
  }
  /**
   * Creates default headers for requests to token endpoint
   */
  createTokenRequestHeaders(ccsCred) {
    return Token_exports.createTokenRequestHeaders(this.logger, !1, ccsCred);
  }
  /**
   * Http post to token endpoint
   * @param tokenEndpoint
   * @param queryString
   * @param headers
   * @param thumbprint
   */
  async executePostToTokenEndpoint(tokenEndpoint, queryString, headers, thumbprint, correlationId) {
    return Token_exports.executePostToTokenEndpoint(tokenEndpoint, queryString, headers, thumbprint, correlationId, this.cacheManager, this.networkClient, this.logger, this.performanceClient, this.serverTelemetryManager);
  }
  /**
   * Wraps sendPostRequestAsync with necessary preflight and postflight logic
   * @param thumbprint - Request thumbprint for throttling
   * @param tokenEndpoint - Endpoint to make the POST to
   * @param options - Body and Headers to include on the POST request
   * @param correlationId - CorrelationId for telemetry
   */
  async sendPostRequest(thumbprint, tokenEndpoint, options, correlationId) {
    return Token_exports.sendPostRequest(thumbprint, tokenEndpoint, options, correlationId, this.cacheManager, this.networkClient, this.logger, this.performanceClient);
  }
  /**
   * Creates query string for the /token request
   * @param request
   */
  createTokenQueryParameters(request) {
    return Token_exports.createTokenQueryParameters(request, this.config.authOptions.clientId, this.config.authOptions.redirectUri, this.performanceClient);
  }
};

// node_modules/@azure/msal-node/dist/client/UsernamePasswordClient.mjs
var UsernamePasswordClient = class extends BaseClient {
  constructor(configuration) {
    super(configuration);
  }
  /**
   * API to acquire a token by passing the username and password to the service in exchage of credentials
   * password_grant
   * @param request - CommonUsernamePasswordRequest
   */
  async acquireToken(request) {
    this.logger.info("in acquireToken call in username-password client", request.correlationId);
    let reqTimestamp = TimeUtils_exports.nowSeconds(), response = await this.executeTokenRequest(this.authority, request), responseHandler = new ResponseHandler(this.config.authOptions.clientId, this.cacheManager, this.cryptoUtils, this.logger, this.performanceClient, this.config.serializableCache, this.config.persistencePlugin, this.config.tokenBindingKeyManager);
    return responseHandler.validateTokenResponse(response.body, request.correlationId), responseHandler.handleServerTokenResponse(response.body, this.authority, reqTimestamp, request, ApiId.acquireTokenByUsernamePassword);
  }
  /**
   * Executes POST request to token endpoint
   * @param authority - authority object
   * @param request - CommonUsernamePasswordRequest provided by the developer
   */
  async executeTokenRequest(authority, request) {
    let queryParametersString = this.createTokenQueryParameters(request), endpoint = UrlString.appendQueryString(authority.tokenEndpoint, queryParametersString), requestBody = await this.createTokenRequestBody(request), headers = this.createTokenRequestHeaders({
      credential: request.username,
      type: CcsCredentialType.UPN
    }), thumbprint = {
      clientId: this.config.authOptions.clientId,
      authority: authority.canonicalAuthority,
      scopes: request.scopes,
      claims: request.claims,
      authenticationScheme: request.authenticationScheme,
      resourceRequestMethod: request.resourceRequestMethod,
      resourceRequestUri: request.resourceRequestUri,
      shrClaims: request.shrClaims,
      sshKid: request.sshKid
    };
    return this.executePostToTokenEndpoint(endpoint, requestBody, headers, thumbprint, request.correlationId);
  }
  /**
   * Generates a map for all the params to be sent to the service
   * @param request - CommonUsernamePasswordRequest provided by the developer
   */
  async createTokenRequestBody(request) {
    let parameters = /* @__PURE__ */ new Map();
    RequestParameterBuilder_exports.addClientId(parameters, this.config.authOptions.clientId), RequestParameterBuilder_exports.addUsername(parameters, request.username), RequestParameterBuilder_exports.addPassword(parameters, request.password), RequestParameterBuilder_exports.addScopes(parameters, request.scopes, request.correlationId), RequestParameterBuilder_exports.addResponseType(parameters, Constants_exports.OAuthResponseType.IDTOKEN_TOKEN), RequestParameterBuilder_exports.addGrantType(parameters, Constants_exports.GrantType.RESOURCE_OWNER_PASSWORD_GRANT), RequestParameterBuilder_exports.addClientInfo(parameters), RequestParameterBuilder_exports.addLibraryInfo(parameters, this.config.libraryInfo), RequestParameterBuilder_exports.addApplicationTelemetry(parameters, this.config.telemetry.application), RequestParameterBuilder_exports.addThrottling(parameters), this.serverTelemetryManager && RequestParameterBuilder_exports.addServerTelemetry(parameters, this.serverTelemetryManager);
    let correlationId = request.correlationId || this.config.cryptoInterface.createNewGuid();
    RequestParameterBuilder_exports.addCorrelationId(parameters, correlationId), this.config.clientCredentials.clientSecret && RequestParameterBuilder_exports.addClientSecret(parameters, this.config.clientCredentials.clientSecret);
    let clientAssertion = this.config.clientCredentials.clientAssertion;
    return clientAssertion && (RequestParameterBuilder_exports.addClientAssertion(parameters, await getClientAssertion(clientAssertion.assertion, this.config.authOptions.clientId, request.resourceRequestUri)), RequestParameterBuilder_exports.addClientAssertionType(parameters, clientAssertion.assertionType)), (!StringUtils.isEmptyObj(request.claims) || this.config.authOptions.clientCapabilities && this.config.authOptions.clientCapabilities.length > 0) && RequestParameterBuilder_exports.addClaims(parameters, request.correlationId, request.claims, this.config.authOptions.clientCapabilities), this.config.systemOptions.preventCorsPreflight && request.username && RequestParameterBuilder_exports.addCcsUpn(parameters, request.username), UrlUtils_exports.mapToQueryString(parameters);
  }
};

// node_modules/@azure/msal-node/dist/protocol/Authorize.mjs
function getAuthCodeRequestUrl(config, authority, request, logger24) {
  let parameters = Authorize_exports.getStandardAuthorizeRequestParameters({
    ...config.auth,
    authority,
    redirectUri: request.redirectUri || ""
  }, request, logger24);
  return RequestParameterBuilder_exports.addLibraryInfo(parameters, {
    sku: Constants.MSAL_SKU,
    version: version2,
    cpu: process.arch || "",
    os: process.platform || ""
  }), config.system.protocolMode !== ProtocolMode.OIDC && RequestParameterBuilder_exports.addApplicationTelemetry(parameters, config.telemetry.application), RequestParameterBuilder_exports.addResponseType(parameters, Constants_exports.OAuthResponseType.CODE), request.codeChallenge && request.codeChallengeMethod && RequestParameterBuilder_exports.addCodeChallengeParams(parameters, request.codeChallenge, request.codeChallengeMethod), RequestParameterBuilder_exports.addExtraParameters(parameters, request.extraQueryParameters || {}), Authorize_exports.getAuthorizeUrl(authority, parameters);
}

// node_modules/@azure/msal-node/dist/client/SilentRequestCoalescer.mjs
var activeSilentTokenRequests = /* @__PURE__ */ new WeakMap();
function acquireTokenSilentDeduped(owner, logger24, silentRequestKey, correlationId, acquireToken) {
  let existingRequests = activeSilentTokenRequests.get(owner), activeRequests = existingRequests || /* @__PURE__ */ new Map();
  existingRequests || activeSilentTokenRequests.set(owner, activeRequests);
  let inProgressRequest = activeRequests.get(silentRequestKey);
  if (inProgressRequest)
    return logger24.verbose("acquireTokenSilent has been called previously, returning the result from the first call", correlationId), applyCallerCorrelationIdToResult(inProgressRequest, correlationId);
  logger24.verbose("acquireTokenSilent called for the first time, storing active request", correlationId);
  let activeRequest = Promise.resolve().then(acquireToken).finally(() => {
    activeRequests.delete(silentRequestKey), activeRequests.size === 0 && activeSilentTokenRequests.delete(owner);
  });
  return activeRequests.set(silentRequestKey, activeRequest), applyCallerCorrelationIdToResult(activeRequest, correlationId);
}
function getSilentRequestKey(input) {
  let { request } = input, authority = input.requestType === "native" ? request.authority : input.authority, commonKeyFields = {
    requestType: input.requestType,
    clientId: input.requestType === "native" ? input.request.clientId : input.clientId,
    authority,
    scopes: canonicalizeRequestValues(request.scopes),
    claims: request.claims,
    authenticationScheme: request.authenticationScheme,
    resourceRequestMethod: request.resourceRequestMethod,
    resourceRequestUri: request.resourceRequestUri,
    forceRefresh: request.forceRefresh,
    redirectUri: request.redirectUri || "",
    resource: request.resource,
    extraParameters: canonicalizeRequestValues(request.extraParameters)
  };
  if (input.requestType === "native")
    return JSON.stringify({
      ...commonKeyFields,
      accountId: input.request.accountId,
      shrNonce: input.request.shrNonce,
      extraScopesToConsent: canonicalizeRequestValues(input.request.extraScopesToConsent),
      loginHint: input.request.loginHint,
      prompt: input.request.prompt
    });
  let nonNativeRequest = input.request, thumbprint = getRequestThumbprint(input.clientId, { ...nonNativeRequest, authority }, nonNativeRequest.account.homeAccountId);
  return JSON.stringify({
    ...thumbprint,
    ...commonKeyFields,
    accountTenantId: nonNativeRequest.account.tenantId,
    accountEnvironment: nonNativeRequest.account.environment,
    refreshTokenExpirationOffsetSeconds: nonNativeRequest.refreshTokenExpirationOffsetSeconds,
    extraQueryParameters: canonicalizeRequestValues(nonNativeRequest.extraQueryParameters),
    skipBrokerClaims: thumbprint.embeddedClientId || nonNativeRequest.extraParameters?.[AADServerParamKeys_exports.BROKER_CLIENT_ID] ? nonNativeRequest.skipBrokerClaims : void 0
  });
}
function snapshotNativeRequest(request) {
  return {
    ...request,
    scopes: [...request.scopes],
    extraParameters: request.extraParameters ? { ...request.extraParameters } : void 0,
    extraScopesToConsent: request.extraScopesToConsent ? [...request.extraScopesToConsent] : void 0
  };
}
function canonicalizeRequestValues(values) {
  return Array.isArray(values) ? Array.from(new Set(values.map((scope) => scope.trim()).filter((scope) => scope.length > 0))).sort() : values ? Object.keys(values).sort().map((key) => [key, values[key]]) : void 0;
}
function applyCallerCorrelationIdToResult(activeRequest, correlationId) {
  return activeRequest.then((result) => ({
    ...result,
    correlationId
  }));
}

// node_modules/@azure/msal-node/dist/client/ClientApplication.mjs
var ClientApplication = class {
  /**
   * Constructor for the ClientApplication
   */
  constructor(configuration) {
    this.config = buildAppConfiguration(configuration), this.cryptoProvider = new CryptoProvider(), this.logger = new Logger(this.config.system.loggerOptions, name2, version2), this.storage = new NodeStorage(this.logger, this.config.auth.clientId, this.cryptoProvider, buildStaticAuthorityOptions(this.config.auth)), this.tokenCache = new TokenCache(this.storage, this.logger, this.config.cache.cachePlugin);
  }
  /**
   * Creates the URL of the authorization request, letting the user input credentials and consent to the
   * application. The URL targets the /authorize endpoint of the authority configured in the
   * application object.
   *
   * Once the user inputs their credentials and consents, the authority will send a response to the redirect URI
   * sent in the request and should contain an authorization code, which can then be used to acquire tokens via
   * `acquireTokenByCode(AuthorizationCodeRequest)`.
   */
  async getAuthCodeUrl(request) {
    this.logger.info("getAuthCodeUrl called", request.correlationId || "");
    let validRequest = {
      ...request,
      ...await this.initializeBaseRequest(request),
      responseMode: request.responseMode || Constants_exports.ResponseMode.QUERY,
      authenticationScheme: Constants_exports.AuthenticationScheme.BEARER,
      state: request.state || "",
      nonce: request.nonce || ""
    }, discoveredAuthority = await this.createAuthority(validRequest.authority, validRequest.correlationId, void 0, request.azureCloudOptions);
    return getAuthCodeRequestUrl(this.config, discoveredAuthority, validRequest, this.logger);
  }
  /**
   * Acquires a token by exchanging the Authorization Code received from the first step of OAuth2.0
   * Authorization Code flow.
   *
   * `getAuthCodeUrl(AuthorizationCodeUrlRequest)` can be used to create the URL for the first step of OAuth2.0
   * Authorization Code flow. Ensure that values for redirectUri and scopes in AuthorizationCodeUrlRequest and
   * AuthorizationCodeRequest are the same.
   */
  async acquireTokenByCode(request, authCodePayLoad) {
    this.logger.info("acquireTokenByCode called", request.correlationId || "");
    let validatedAuthCodePayload = {
      code: request.code,
      nonce: request.nonce
    };
    authCodePayLoad && (validatedAuthCodePayload.state = authCodePayLoad.state), request.state && authCodePayLoad && (this.logger.info("acquireTokenByCode - validating state", request.correlationId || ""), this.validateState(request.state, validatedAuthCodePayload.state || "", request.correlationId || ""), validatedAuthCodePayload.state = "");
    let validRequest = {
      ...request,
      ...await this.initializeBaseRequest(request),
      authenticationScheme: Constants_exports.AuthenticationScheme.BEARER
    }, serverTelemetryManager = this.initializeServerTelemetryManager(ApiId.acquireTokenByCode, validRequest.correlationId);
    try {
      let discoveredAuthority = await this.createAuthority(validRequest.authority, validRequest.correlationId, void 0, request.azureCloudOptions), authClientConfig = await this.buildOauthClientConfiguration(discoveredAuthority, validRequest.correlationId, validRequest.redirectUri, serverTelemetryManager), authorizationCodeClient = new AuthorizationCodeClient(authClientConfig, new StubPerformanceClient());
      return this.logger.verbose("Auth code client created", validRequest.correlationId), await authorizationCodeClient.acquireToken(validRequest, ApiId.acquireTokenByCode, validatedAuthCodePayload);
    } catch (e) {
      throw e instanceof AuthError && (e.correlationId = validRequest.correlationId), serverTelemetryManager.cacheFailedRequest(e), e;
    }
  }
  /**
   * Acquires a token by exchanging the refresh token provided for a new set of tokens.
   *
   * This API is provided only for scenarios where you would like to migrate from ADAL to MSAL. Otherwise, it is
   * recommended that you use `acquireTokenSilent()` for silent scenarios. When using `acquireTokenSilent()`, MSAL will
   * handle the caching and refreshing of tokens automatically.
   */
  async acquireTokenByRefreshToken(request) {
    this.logger.info("acquireTokenByRefreshToken called", request.correlationId || "");
    let validRequest = {
      ...request,
      ...await this.initializeBaseRequest(request),
      authenticationScheme: Constants_exports.AuthenticationScheme.BEARER
    }, serverTelemetryManager = this.initializeServerTelemetryManager(ApiId.acquireTokenByRefreshToken, validRequest.correlationId);
    try {
      let discoveredAuthority = await this.createAuthority(validRequest.authority, validRequest.correlationId, void 0, request.azureCloudOptions), refreshTokenClientConfig = await this.buildOauthClientConfiguration(discoveredAuthority, validRequest.correlationId, validRequest.redirectUri || "", serverTelemetryManager), refreshTokenClient = new RefreshTokenClient(refreshTokenClientConfig, new StubPerformanceClient());
      return this.logger.verbose("Refresh token client created", validRequest.correlationId), await refreshTokenClient.acquireToken(validRequest, ApiId.acquireTokenByRefreshToken);
    } catch (e) {
      throw e instanceof AuthError && (e.correlationId = validRequest.correlationId), serverTelemetryManager.cacheFailedRequest(e), e;
    }
  }
  /**
   * Acquires a token silently when a user specifies the account the token is requested for.
   *
   * This API expects the user to provide an account object and looks into the cache to retrieve the token if present.
   * There is also an optional "forceRefresh" boolean the user can send to bypass the cache for access_token and id_token.
   * Concurrent requests with the same request thumbprint return the same in-progress result.
   * In case the refresh_token is expired or not found, an error is thrown
   * and the guidance is for the user to call any interactive token acquisition API (eg: `acquireTokenByCode()`).
   */
  async acquireTokenSilent(request) {
    let validRequest = {
      ...request,
      ...await this.initializeBaseRequest(request),
      forceRefresh: request.forceRefresh || !1
    };
    if (!validRequest.account)
      return this.acquireTokenSilentAsync(validRequest, request.azureCloudOptions);
    let authorityForThumbprint = Authority.generateAuthority(validRequest.authority, request.azureCloudOptions || this.config.auth.azureCloudOptions), silentRequestKey = getSilentRequestKey({
      requestType: "non-native",
      request: validRequest,
      authority: authorityForThumbprint,
      clientId: this.config.auth.clientId
    });
    return acquireTokenSilentDeduped(this, this.logger, silentRequestKey, validRequest.correlationId, () => this.acquireTokenSilentAsync(validRequest, request.azureCloudOptions));
  }
  async acquireTokenSilentAsync(validRequest, azureCloudOptions) {
    let serverTelemetryManager = this.initializeServerTelemetryManager(ApiId.acquireTokenSilent, validRequest.correlationId, validRequest.forceRefresh);
    try {
      let discoveredAuthority = await this.createAuthority(validRequest.authority, validRequest.correlationId, void 0, azureCloudOptions), clientConfiguration = await this.buildOauthClientConfiguration(discoveredAuthority, validRequest.correlationId, validRequest.redirectUri || "", serverTelemetryManager), silentFlowClient = new SilentFlowClient(clientConfiguration, new StubPerformanceClient());
      this.logger.verbose("Silent flow client created", validRequest.correlationId);
      try {
        return await this.tokenCache.overwriteCache(), await this.acquireCachedTokenSilent(validRequest, silentFlowClient, clientConfiguration);
      } catch (error) {
        if (error instanceof ClientAuthError && error.errorCode === ClientAuthErrorCodes_exports.tokenRefreshRequired)
          return new RefreshTokenClient(clientConfiguration, new StubPerformanceClient()).acquireTokenByRefreshToken(validRequest, ApiId.acquireTokenSilent);
        throw error;
      }
    } catch (error) {
      throw error instanceof AuthError && (error.correlationId = validRequest.correlationId), serverTelemetryManager.cacheFailedRequest(error), error;
    }
  }
  async acquireCachedTokenSilent(validRequest, silentFlowClient, clientConfiguration) {
    let [authResponse, cacheOutcome] = await silentFlowClient.acquireCachedToken({
      ...validRequest,
      scopes: validRequest.scopes?.length ? validRequest.scopes : [...Constants_exports.OIDC_DEFAULT_SCOPES]
    });
    if (cacheOutcome === Constants_exports.CacheOutcome.PROACTIVELY_REFRESHED) {
      this.logger.info("ClientApplication:acquireCachedTokenSilent - Cached access token's refreshOn property has been exceeded'. It's not expired, but must be refreshed.", validRequest.correlationId);
      let refreshTokenClient = new RefreshTokenClient(clientConfiguration, new StubPerformanceClient());
      try {
        await refreshTokenClient.acquireTokenByRefreshToken(validRequest, ApiId.acquireTokenSilent);
      } catch {
      }
    }
    return authResponse;
  }
  /**
   * Acquires tokens with password grant by exchanging client applications username and password for credentials
   *
   * The latest OAuth 2.0 Security Best Current Practice disallows the password grant entirely.
   * More details on this recommendation at https://tools.ietf.org/html/draft-ietf-oauth-security-topics-13#section-3.4
   * Microsoft's documentation and recommendations are at:
   * https://docs.microsoft.com/en-us/azure/active-directory/develop/msal-authentication-flows#usernamepassword
   *
   * @param request - UsenamePasswordRequest
   * @deprecated - Use a more secure flow instead
   */
  async acquireTokenByUsernamePassword(request) {
    this.logger.info("acquireTokenByUsernamePassword called", request.correlationId || "");
    let validRequest = {
      ...request,
      ...await this.initializeBaseRequest(request)
    }, serverTelemetryManager = this.initializeServerTelemetryManager(ApiId.acquireTokenByUsernamePassword, validRequest.correlationId);
    try {
      let discoveredAuthority = await this.createAuthority(validRequest.authority, validRequest.correlationId, void 0, request.azureCloudOptions), usernamePasswordClientConfig = await this.buildOauthClientConfiguration(discoveredAuthority, validRequest.correlationId, "", serverTelemetryManager), usernamePasswordClient = new UsernamePasswordClient(usernamePasswordClientConfig);
      return this.logger.verbose("Username password client created", validRequest.correlationId), await usernamePasswordClient.acquireToken(validRequest);
    } catch (e) {
      throw e instanceof AuthError && (e.correlationId = validRequest.correlationId), serverTelemetryManager.cacheFailedRequest(e), e;
    }
  }
  /**
   * Gets the token cache for the application.
   */
  getTokenCache() {
    return this.logger.info("getTokenCache called", ""), this.tokenCache;
  }
  /**
   * Validates OIDC state by comparing the user cached state with the state received from the server.
   *
   * This API is provided for scenarios where you would use OAuth2.0 state parameter to mitigate against
   * CSRF attacks.
   * For more information about state, visit https://datatracker.ietf.org/doc/html/rfc6819#section-3.6.
   * @param state - Unique GUID generated by the user that is cached by the user and sent to the server during the first leg of the flow
   * @param cachedState - This string is sent back by the server with the authorization code
   */
  validateState(state, cachedState, correlationId) {
    if (!state)
      throw NodeAuthError.createStateNotFoundError(correlationId);
    if (state !== cachedState)
      throw createClientAuthError(ClientAuthErrorCodes_exports.stateMismatch, correlationId);
  }
  /**
   * Returns the logger instance
   */
  getLogger() {
    return this.logger;
  }
  /**
   * Replaces the default logger set in configurations with new Logger with new configurations
   * @param logger - Logger instance
   */
  setLogger(logger24) {
    this.logger = logger24;
  }
  /**
   * Builds the common configuration to be passed to the common component based on the platform configurarion
   * @param authority - user passed authority in configuration
   * @param serverTelemetryManager - initializes servertelemetry if passed
   */
  async buildOauthClientConfiguration(discoveredAuthority, requestCorrelationId, redirectUri, serverTelemetryManager) {
    return this.logger.verbose("buildOauthClientConfiguration called", requestCorrelationId), this.logger.info(`Building oauth client configuration with the following authority: ${discoveredAuthority.tokenEndpoint}.`, requestCorrelationId), serverTelemetryManager?.updateRegionDiscoveryMetadata(discoveredAuthority.regionDiscoveryMetadata), {
      authOptions: {
        clientId: this.config.auth.clientId,
        authority: discoveredAuthority,
        clientCapabilities: this.config.auth.clientCapabilities,
        redirectUri,
        isMcp: this.config.auth.isMcp
      },
      loggerOptions: {
        logLevel: this.config.system.loggerOptions.logLevel,
        loggerCallback: this.config.system.loggerOptions.loggerCallback,
        piiLoggingEnabled: this.config.system.loggerOptions.piiLoggingEnabled,
        correlationId: requestCorrelationId
      },
      cryptoInterface: this.cryptoProvider,
      networkInterface: this.config.system.networkClient,
      storageInterface: this.storage,
      serverTelemetryManager,
      clientCredentials: {
        clientSecret: this.clientSecret,
        clientAssertion: await this.getClientAssertion(discoveredAuthority)
      },
      libraryInfo: {
        sku: Constants.MSAL_SKU,
        version: version2,
        cpu: process.arch || "",
        os: process.platform || ""
      },
      telemetry: this.config.telemetry,
      persistencePlugin: this.config.cache.cachePlugin,
      serializableCache: this.tokenCache
    };
  }
  async getClientAssertion(authority) {
    return this.developerProvidedClientAssertion && (this.clientAssertion = ClientAssertion.fromAssertion(await getClientAssertion(this.developerProvidedClientAssertion, this.config.auth.clientId, authority.tokenEndpoint))), this.clientAssertion && {
      assertion: this.clientAssertion.getJwt(this.cryptoProvider, this.config.auth.clientId, authority.tokenEndpoint),
      assertionType: Constants.JWT_BEARER_ASSERTION_TYPE
    };
  }
  /**
   * Generates a request with the default scopes & generates a correlationId.
   * @param authRequest - BaseAuthRequest for initialization
   */
  async initializeBaseRequest(authRequest) {
    let correlationId = authRequest.correlationId || this.cryptoProvider.createNewGuid();
    return this.logger.verbose("initializeRequestScopes called", correlationId), authRequest.authenticationScheme && authRequest.authenticationScheme === Constants_exports.AuthenticationScheme.POP && this.logger.verbose("Authentication Scheme 'pop' is not supported yet, setting Authentication Scheme to 'Bearer' for request", correlationId), authRequest.authenticationScheme = Constants_exports.AuthenticationScheme.BEARER, {
      ...authRequest,
      scopes: [
        ...authRequest && authRequest.scopes || [],
        ...Constants_exports.OIDC_DEFAULT_SCOPES
      ],
      correlationId,
      authority: authRequest.authority || this.config.auth.authority
    };
  }
  /**
   * Initializes the server telemetry payload
   * @param apiId - Id for a specific request
   * @param correlationId - GUID
   * @param forceRefresh - boolean to indicate network call
   */
  initializeServerTelemetryManager(apiId, correlationId, forceRefresh) {
    let telemetryPayload = {
      clientId: this.config.auth.clientId,
      correlationId,
      apiId,
      forceRefresh: forceRefresh || !1
    };
    return new ServerTelemetryManager(telemetryPayload, this.storage);
  }
  /**
   * Create authority instance. If authority not passed in request, default to authority set on the application
   * object. If no authority set in application object, then default to common authority.
   * @param authorityString - authority from user configuration
   */
  async createAuthority(authorityString, requestCorrelationId, azureRegionConfiguration, azureCloudOptions) {
    this.logger.verbose("createAuthority called", requestCorrelationId);
    let authorityUrl = Authority.generateAuthority(authorityString, azureCloudOptions || this.config.auth.azureCloudOptions), authorityOptions = {
      protocolMode: this.config.system.protocolMode,
      knownAuthorities: this.config.auth.knownAuthorities,
      cloudDiscoveryMetadata: this.config.auth.cloudDiscoveryMetadata,
      authorityMetadata: this.config.auth.authorityMetadata,
      azureRegionConfiguration
    };
    return AuthorityFactory_exports.createDiscoveredInstance(authorityUrl, this.config.system.networkClient, this.storage, authorityOptions, this.logger, requestCorrelationId, new StubPerformanceClient());
  }
  /**
   * Clear the cache except for authority metadata.
   */
  clearCache() {
    this.storage.clear();
  }
};

// node_modules/@azure/msal-node/dist/network/LoopbackClient.mjs
import http from "http";
var LoopbackClient = class {
  constructor(preferredPort) {
    this.preferredPort = preferredPort;
  }
  /**
   * Spins up a loopback server which returns the server response when the localhost redirectUri is hit
   * @param expectedState - State sent in the authorization request
   * @param successTemplate
   * @param errorTemplate
   * @returns
   */
  async listenForAuthCode(expectedState, successTemplate, errorTemplate) {
    if (this.server)
      throw NodeAuthError.createLoopbackServerAlreadyExistsError();
    if (!expectedState)
      throw NodeAuthError.createStateNotFoundError("");
    return new Promise((resolve, reject) => {
      this.server = http.createServer((req, res) => {
        let method = req.method?.toUpperCase();
        if (method !== "GET" && method !== "POST") {
          res.writeHead(405, {
            Allow: "GET, POST"
          }), res.end("Method Not Allowed");
          return;
        }
        let url = req.url;
        if (url) {
          if (url === Constants_exports.FORWARD_SLASH) {
            if (method === "POST") {
              this.handlePostRequest(req, res, resolve, expectedState, successTemplate, errorTemplate);
              return;
            }
            res.end(successTemplate || "Auth code was successfully acquired. You can close this window now.");
            return;
          }
        } else {
          res.end(errorTemplate || "Error occurred loading redirectUrl"), reject(NodeAuthError.createUnableToLoadRedirectUrlError());
          return;
        }
        if (method === "GET") {
          let redirectUri = this.getRedirectUri(), parsedUrl = new URL(url, redirectUri), authCodeResponse = UrlUtils_exports.getDeserializedResponse(parsedUrl.search) || {};
          if (!authCodeResponse.code && !authCodeResponse.error) {
            res.writeHead(200), res.end();
            return;
          }
          if (!this.isExpectedState(parsedUrl.searchParams, expectedState)) {
            res.writeHead(400), res.end("Invalid authorization response state.");
            return;
          }
          res.writeHead(400), res.end("OAuth responses must use form_post and cannot be returned in the URL."), reject(NodeAuthError.createLoopbackServerQueryResponseNotSupportedError());
        } else
          res.writeHead(200), res.end();
      });
      let port = this.preferredPort || 0;
      this.server.on("error", (err) => {
        err.code === "EADDRINUSE" && this.preferredPort && port !== 0 ? this.server?.listen(0, "127.0.0.1") : reject(err);
      }), this.server.listen(port, "127.0.0.1");
    });
  }
  /**
   * Handles POST requests for form_post response mode
   */
  handlePostRequest(req, res, resolve, expectedState, successTemplate, errorTemplate) {
    if (req.headers["content-type"]?.split(";")[0]?.trim() !== "application/x-www-form-urlencoded") {
      res.writeHead(415), res.end("Unsupported Media Type");
      return;
    }
    let body = "";
    req.on("error", () => {
      res.headersSent || res.writeHead(400), res.end();
    }), req.on("data", (chunk) => {
      body += chunk.toString();
    }), req.on("end", () => {
      let authCodeResponse = UrlUtils_exports.getDeserializedResponse(`?${body}`) || {};
      if (!authCodeResponse.code && !authCodeResponse.error) {
        res.writeHead(200), res.end();
        return;
      }
      if (!this.isExpectedState(new URLSearchParams(body), expectedState)) {
        res.writeHead(400), res.end("Invalid authorization response state.");
        return;
      }
      authCodeResponse.error ? (res.writeHead(200), res.end(errorTemplate || `Error occurred: ${authCodeResponse.error}`)) : (res.writeHead(200), res.end(successTemplate || "Auth code was successfully acquired. You can close this window now.")), resolve(authCodeResponse);
    });
  }
  /**
   * Requires exactly one state value matching the pending authorization request.
   */
  isExpectedState(parameters, expectedState) {
    let states = parameters.getAll("state");
    return states.length === 1 && states[0] === expectedState;
  }
  /**
   * Get the port that the loopback server is running on
   * @returns
   */
  getRedirectUri() {
    if (!this.server || !this.server.listening)
      throw NodeAuthError.createNoLoopbackServerExistsError();
    let address = this.server.address();
    if (!address || typeof address == "string" || !address.port)
      throw this.closeServer(), NodeAuthError.createInvalidLoopbackAddressTypeError();
    let port = address && address.port;
    return `${Constants.HTTP_PROTOCOL}${Constants.LOCALHOST}:${port}`;
  }
  /**
   * Close the loopback server
   */
  closeServer() {
    this.server && (this.server.close(), typeof this.server.closeAllConnections == "function" && this.server.closeAllConnections(), this.server.unref(), this.server = void 0);
  }
};

// node_modules/@azure/msal-node/dist/client/DeviceCodeClient.mjs
var DeviceCodeClient = class extends BaseClient {
  constructor(configuration) {
    super(configuration);
  }
  /**
   * Gets device code from device code endpoint, calls back to with device code response, and
   * polls token endpoint to exchange device code for tokens
   * @param request - developer provided CommonDeviceCodeRequest
   */
  async acquireToken(request) {
    let deviceCodeResponse = await this.getDeviceCode(request);
    request.deviceCodeCallback(deviceCodeResponse);
    let reqTimestamp = TimeUtils_exports.nowSeconds(), response = await this.acquireTokenWithDeviceCode(request, deviceCodeResponse), responseHandler = new ResponseHandler(this.config.authOptions.clientId, this.cacheManager, this.cryptoUtils, this.logger, this.performanceClient, this.config.serializableCache, this.config.persistencePlugin, this.config.tokenBindingKeyManager);
    return responseHandler.validateTokenResponse(response, request.correlationId), responseHandler.handleServerTokenResponse(response, this.authority, reqTimestamp, request, ApiId.acquireTokenByDeviceCode);
  }
  /**
   * Creates device code request and executes http GET
   * @param request - developer provided CommonDeviceCodeRequest
   */
  async getDeviceCode(request) {
    let queryParametersString = this.createExtraQueryParameters(request), endpoint = UrlString.appendQueryString(this.authority.deviceCodeEndpoint, queryParametersString), queryString = this.createQueryString(request), headers = this.createTokenRequestHeaders(), thumbprint = {
      clientId: this.config.authOptions.clientId,
      authority: request.authority,
      scopes: request.scopes,
      claims: request.claims,
      authenticationScheme: request.authenticationScheme,
      resourceRequestMethod: request.resourceRequestMethod,
      resourceRequestUri: request.resourceRequestUri,
      shrClaims: request.shrClaims,
      sshKid: request.sshKid
    };
    return this.executePostRequestToDeviceCodeEndpoint(endpoint, queryString, headers, thumbprint, request.correlationId);
  }
  /**
   * Creates query string for the device code request
   * @param request - developer provided CommonDeviceCodeRequest
   */
  createExtraQueryParameters(request) {
    let parameters = /* @__PURE__ */ new Map();
    return request.extraQueryParameters && RequestParameterBuilder_exports.addExtraParameters(parameters, request.extraQueryParameters), UrlUtils_exports.mapToQueryString(parameters);
  }
  /**
   * Executes POST request to device code endpoint
   * @param deviceCodeEndpoint - token endpoint
   * @param queryString - string to be used in the body of the request
   * @param headers - headers for the request
   * @param thumbprint - unique request thumbprint
   * @param correlationId - correlation id to be used in the request
   */
  async executePostRequestToDeviceCodeEndpoint(deviceCodeEndpoint, queryString, headers, thumbprint, correlationId) {
    let { body: { user_code: userCode, device_code: deviceCode, verification_uri: verificationUri, expires_in: expiresIn, interval, message } } = await this.sendPostRequest(thumbprint, deviceCodeEndpoint, {
      body: queryString,
      headers
    }, correlationId);
    return {
      userCode,
      deviceCode,
      verificationUri,
      expiresIn,
      interval,
      message
    };
  }
  /**
   * Create device code endpoint query parameters and returns string
   * @param request - developer provided CommonDeviceCodeRequest
   */
  createQueryString(request) {
    let parameters = /* @__PURE__ */ new Map();
    return RequestParameterBuilder_exports.addScopes(parameters, request.scopes, request.correlationId), RequestParameterBuilder_exports.addClientId(parameters, this.config.authOptions.clientId), request.extraQueryParameters && RequestParameterBuilder_exports.addExtraParameters(parameters, request.extraQueryParameters), (request.claims || this.config.authOptions.clientCapabilities && this.config.authOptions.clientCapabilities.length > 0) && RequestParameterBuilder_exports.addClaims(parameters, request.correlationId, request.claims, this.config.authOptions.clientCapabilities), UrlUtils_exports.mapToQueryString(parameters);
  }
  /**
   * Breaks the polling with specific conditions
   * @param deviceCodeExpirationTime - expiration time for the device code request
   * @param correlationId - correlation id of the request
   * @param userSpecifiedTimeout - developer provided timeout, to be compared against deviceCodeExpirationTime
   * @param userSpecifiedCancelFlag - boolean indicating the developer would like to cancel the request
   */
  continuePolling(deviceCodeExpirationTime, correlationId, userSpecifiedTimeout, userSpecifiedCancelFlag) {
    if (userSpecifiedCancelFlag)
      throw this.logger.error("Token request cancelled by setting DeviceCodeRequest.cancel = true", correlationId), createClientAuthError(deviceCodePollingCancelled, correlationId);
    if (userSpecifiedTimeout && userSpecifiedTimeout < deviceCodeExpirationTime && TimeUtils_exports.nowSeconds() > userSpecifiedTimeout)
      throw this.logger.error(`User defined timeout for device code polling reached. The timeout was set for ${userSpecifiedTimeout}`, correlationId), createClientAuthError(userTimeoutReached, correlationId);
    if (TimeUtils_exports.nowSeconds() > deviceCodeExpirationTime)
      throw userSpecifiedTimeout && this.logger.verbose(`User specified timeout ignored as the device code has expired before the timeout elapsed. The user specified timeout was set for ${userSpecifiedTimeout}`, correlationId), this.logger.error(`Device code expired. Expiration time of device code was ${deviceCodeExpirationTime}`, correlationId), createClientAuthError(deviceCodeExpired, correlationId);
    return !0;
  }
  /**
   * Creates token request with device code response and polls token endpoint at interval set by the device code response
   * @param request - developer provided CommonDeviceCodeRequest
   * @param deviceCodeResponse - DeviceCodeResponse returned by the security token service device code endpoint
   */
  async acquireTokenWithDeviceCode(request, deviceCodeResponse) {
    let queryParametersString = this.createTokenQueryParameters(request), endpoint = UrlString.appendQueryString(this.authority.tokenEndpoint, queryParametersString), requestBody = this.createTokenRequestBody(request, deviceCodeResponse), headers = this.createTokenRequestHeaders(), userSpecifiedTimeout = request.timeout ? TimeUtils_exports.nowSeconds() + request.timeout : void 0, deviceCodeExpirationTime = TimeUtils_exports.nowSeconds() + deviceCodeResponse.expiresIn, pollingIntervalMilli = deviceCodeResponse.interval * 1e3;
    for (; this.continuePolling(deviceCodeExpirationTime, request.correlationId, userSpecifiedTimeout, request.cancel); ) {
      let thumbprint = {
        clientId: this.config.authOptions.clientId,
        authority: request.authority,
        scopes: request.scopes,
        claims: request.claims,
        authenticationScheme: request.authenticationScheme,
        resourceRequestMethod: request.resourceRequestMethod,
        resourceRequestUri: request.resourceRequestUri,
        shrClaims: request.shrClaims,
        sshKid: request.sshKid
      }, response = await this.executePostToTokenEndpoint(endpoint, requestBody, headers, thumbprint, request.correlationId);
      if (response.body && response.body.error)
        if (response.body.error === Constants_exports.AUTHORIZATION_PENDING)
          this.logger.info("Authorization pending. Continue polling.", request.correlationId), await TimeUtils_exports.delay(pollingIntervalMilli);
        else
          throw this.logger.info("Unexpected error in polling from the server", request.correlationId), createAuthError(AuthErrorCodes_exports.postRequestFailed, request.correlationId, response.body.error);
      else
        return this.logger.verbose("Authorization completed successfully. Polling stopped.", request.correlationId), response.body;
    }
    throw this.logger.error("Polling stopped for unknown reasons.", request.correlationId), createClientAuthError(deviceCodeUnknownError, request.correlationId);
  }
  /**
   * Creates query parameters and converts to string.
   * @param request - developer provided CommonDeviceCodeRequest
   * @param deviceCodeResponse - DeviceCodeResponse returned by the security token service device code endpoint
   */
  createTokenRequestBody(request, deviceCodeResponse) {
    let parameters = /* @__PURE__ */ new Map();
    RequestParameterBuilder_exports.addScopes(parameters, request.scopes, request.correlationId), RequestParameterBuilder_exports.addClientId(parameters, this.config.authOptions.clientId), RequestParameterBuilder_exports.addGrantType(parameters, Constants_exports.GrantType.DEVICE_CODE_GRANT), RequestParameterBuilder_exports.addDeviceCode(parameters, deviceCodeResponse.deviceCode);
    let correlationId = request.correlationId || this.config.cryptoInterface.createNewGuid();
    return RequestParameterBuilder_exports.addCorrelationId(parameters, correlationId), RequestParameterBuilder_exports.addClientInfo(parameters), RequestParameterBuilder_exports.addLibraryInfo(parameters, this.config.libraryInfo), RequestParameterBuilder_exports.addApplicationTelemetry(parameters, this.config.telemetry.application), RequestParameterBuilder_exports.addThrottling(parameters), this.serverTelemetryManager && RequestParameterBuilder_exports.addServerTelemetry(parameters, this.serverTelemetryManager), (!StringUtils.isEmptyObj(request.claims) || this.config.authOptions.clientCapabilities && this.config.authOptions.clientCapabilities.length > 0) && RequestParameterBuilder_exports.addClaims(parameters, request.correlationId, request.claims, this.config.authOptions.clientCapabilities), UrlUtils_exports.mapToQueryString(parameters);
  }
};

// node_modules/@azure/msal-node/dist/client/PublicClientApplication.mjs
var PublicClientApplication = class extends ClientApplication {
  /**
   * Important attributes in the Configuration object for auth are:
   * - clientID: the application ID of your application. You can obtain one by registering your application with our Application registration portal.
   * - authority: the authority URL for your application.
   *
   * AAD authorities are of the form https://login.microsoftonline.com/\{Enter_the_Tenant_Info_Here\}.
   * - If your application supports Accounts in one organizational directory, replace "Enter_the_Tenant_Info_Here" value with the Tenant Id or Tenant name (for example, contoso.microsoft.com).
   * - If your application supports Accounts in any organizational directory, replace "Enter_the_Tenant_Info_Here" value with organizations.
   * - If your application supports Accounts in any organizational directory and personal Microsoft accounts, replace "Enter_the_Tenant_Info_Here" value with common.
   * - To restrict support to Personal Microsoft accounts only, replace "Enter_the_Tenant_Info_Here" value with consumers.
   *
   * Azure B2C authorities are of the form https://\{instance\}/\{tenant\}/\{policy\}. Each policy is considered
   * its own authority. You will have to set the all of the knownAuthorities at the time of the client application
   * construction.
   *
   * ADFS authorities are of the form https://\{instance\}/adfs.
   */
  constructor(configuration) {
    super(configuration), this.config.broker.nativeBrokerPlugin && (this.config.broker.nativeBrokerPlugin.isBrokerAvailable ? (this.nativeBrokerPlugin = this.config.broker.nativeBrokerPlugin, this.nativeBrokerPlugin.setLogger(this.config.system.loggerOptions)) : this.logger.warning("NativeBroker implementation was provided but the broker is unavailable.", "")), this.skus = ServerTelemetryManager.makeExtraSkuString({
      libraryName: Constants.MSAL_SKU,
      libraryVersion: version2
    });
  }
  /**
   * Acquires a token from the authority using OAuth2.0 device code flow.
   * This flow is designed for devices that do not have access to a browser or have input constraints.
   * The authorization server issues a DeviceCode object with a verification code, an end-user code,
   * and the end-user verification URI. The DeviceCode object is provided through a callback, and the end-user should be
   * instructed to use another device to navigate to the verification URI to input credentials.
   * Since the client cannot receive incoming requests, it polls the authorization server repeatedly
   * until the end-user completes input of credentials.
   */
  async acquireTokenByDeviceCode(request) {
    this.logger.info("acquireTokenByDeviceCode called", request.correlationId || ""), enforceResourceParameter(this.config.auth.isMcp, request);
    let validRequest = Object.assign(request, await this.initializeBaseRequest(request)), serverTelemetryManager = this.initializeServerTelemetryManager(ApiId.acquireTokenByDeviceCode, validRequest.correlationId);
    try {
      let discoveredAuthority = await this.createAuthority(validRequest.authority, validRequest.correlationId, void 0, request.azureCloudOptions), deviceCodeConfig = await this.buildOauthClientConfiguration(discoveredAuthority, validRequest.correlationId, "", serverTelemetryManager), deviceCodeClient = new DeviceCodeClient(deviceCodeConfig);
      return this.logger.verbose("Device code client created", validRequest.correlationId), await deviceCodeClient.acquireToken(validRequest);
    } catch (e) {
      throw e instanceof AuthError && (e.correlationId = validRequest.correlationId), serverTelemetryManager.cacheFailedRequest(e), e;
    }
  }
  /**
   * Acquires a token interactively via the browser by requesting an authorization code then exchanging it for a token.
   */
  async acquireTokenInteractive(request) {
    let correlationId = request.correlationId || this.cryptoProvider.createNewGuid();
    this.logger.trace("acquireTokenInteractive called", correlationId), enforceResourceParameter(this.config.auth.isMcp, request);
    let { openBrowser, successTemplate, errorTemplate, windowHandle, preferredPort, ...remainingProperties } = request;
    if (this.nativeBrokerPlugin) {
      let brokerRequest = {
        ...remainingProperties,
        clientId: this.config.auth.clientId,
        scopes: request.scopes || Constants_exports.OIDC_DEFAULT_SCOPES,
        redirectUri: request.redirectUri || "",
        authority: request.authority || this.config.auth.authority,
        correlationId,
        extraParameters: {
          ...remainingProperties.extraQueryParameters,
          ...remainingProperties.extraParameters,
          [AADServerParamKeys_exports.X_CLIENT_EXTRA_SKU]: this.skus
        },
        accountId: remainingProperties.account?.nativeAccountId
      };
      return this.nativeBrokerPlugin.acquireTokenInteractive(brokerRequest, windowHandle);
    }
    if (request.redirectUri) {
      if (!this.config.broker.nativeBrokerPlugin)
        throw NodeAuthError.createRedirectUriNotSupportedError(correlationId);
      request.redirectUri = "";
    }
    let { verifier, challenge } = await this.cryptoProvider.generatePkceCodes(), loopbackClient = new LoopbackClient(preferredPort), responseMode = remainingProperties.responseMode;
    if (responseMode !== void 0 && responseMode !== Constants_exports.ResponseMode.FORM_POST)
      throw createClientConfigurationError(ClientConfigurationErrorCodes_exports.invalidResponseMode, correlationId);
    let state = ProtocolUtils_exports.setRequestState(this.cryptoProvider, remainingProperties.state ? this.cryptoProvider.base64Encode(remainingProperties.state) : remainingProperties.state, void 0, correlationId), authCodeResponse = {}, authCodeListenerError = null;
    try {
      let authCodeListener = loopbackClient.listenForAuthCode(state, successTemplate, errorTemplate).then((response) => {
        authCodeResponse = response;
      }).catch((e) => {
        authCodeListenerError = e;
      }), redirectUri = await this.waitForRedirectUri(loopbackClient, correlationId), validRequest = {
        ...remainingProperties,
        correlationId,
        scopes: request.scopes || Constants_exports.OIDC_DEFAULT_SCOPES,
        redirectUri,
        responseMode: Constants_exports.ResponseMode.FORM_POST,
        codeChallenge: challenge,
        codeChallengeMethod: Constants_exports.CodeChallengeMethodValues.S256,
        state
      }, authCodeUrl = await this.getAuthCodeUrl(validRequest);
      if (await openBrowser(authCodeUrl), await authCodeListener, authCodeListenerError)
        throw authCodeListenerError;
      if (this.validateState(state, authCodeResponse.state || "", correlationId), authCodeResponse.error)
        throw new ServerError(authCodeResponse.error, correlationId, authCodeResponse.error_description, authCodeResponse.suberror);
      if (!authCodeResponse.code)
        throw NodeAuthError.createNoAuthCodeInResponseError(correlationId);
      let clientInfo = authCodeResponse.client_info, tokenRequest = {
        code: authCodeResponse.code,
        codeVerifier: verifier,
        clientInfo: clientInfo || "",
        ...validRequest,
        state: remainingProperties.state
      };
      return await this.acquireTokenByCode(tokenRequest);
    } finally {
      loopbackClient.closeServer();
    }
  }
  /**
   * Returns a token retrieved either from the cache or by exchanging the refresh token for a fresh access token. If brokering is enabled the token request will be serviced by the broker.
   * @param request - developer provided SilentFlowRequest
   * @returns
   */
  async acquireTokenSilent(request) {
    let correlationId = request.correlationId || this.cryptoProvider.createNewGuid();
    if (this.logger.trace("acquireTokenSilent called", correlationId), enforceResourceParameter(this.config.auth.isMcp, request), this.nativeBrokerPlugin) {
      let nativeBrokerPlugin = this.nativeBrokerPlugin, brokerRequest = snapshotNativeRequest({
        ...request,
        clientId: this.config.auth.clientId,
        scopes: request.scopes || Constants_exports.OIDC_DEFAULT_SCOPES,
        redirectUri: request.redirectUri || "",
        authority: request.authority || this.config.auth.authority,
        correlationId,
        extraParameters: {
          ...request.extraQueryParameters,
          ...request.extraParameters,
          [AADServerParamKeys_exports.X_CLIENT_EXTRA_SKU]: this.skus
        },
        accountId: request.account.nativeAccountId,
        forceRefresh: request.forceRefresh || !1
      }), silentRequestKey = getSilentRequestKey({
        requestType: "native",
        request: brokerRequest
      });
      return acquireTokenSilentDeduped(this, this.logger, silentRequestKey, correlationId, () => nativeBrokerPlugin.acquireTokenSilent(brokerRequest));
    }
    if (request.redirectUri) {
      if (!this.config.broker.nativeBrokerPlugin)
        throw NodeAuthError.createRedirectUriNotSupportedError(correlationId);
      request.redirectUri = "";
    }
    return super.acquireTokenSilent(request);
  }
  /**
   * Acquires a token by exchanging the authorization code received from the first step of OAuth 2.0 Authorization Code Flow.
   * In MCP mode, a resource parameter is required on the request.
   */
  async acquireTokenByCode(request, authCodePayLoad) {
    return enforceResourceParameter(this.config.auth.isMcp, request), super.acquireTokenByCode(request, authCodePayLoad);
  }
  /**
   * Acquires a token by exchanging the refresh token provided for a new set of tokens.
   * In MCP mode, a resource parameter is required on the request.
   */
  async acquireTokenByRefreshToken(request) {
    return enforceResourceParameter(this.config.auth.isMcp, request), super.acquireTokenByRefreshToken(request);
  }
  /**
   * Removes cache artifacts associated with the given account
   * @param request - developer provided SignOutRequest
   * @returns
   */
  async signOut(request) {
    if (this.nativeBrokerPlugin && request.account.nativeAccountId) {
      let signoutRequest = {
        clientId: this.config.auth.clientId,
        accountId: request.account.nativeAccountId,
        correlationId: request.correlationId || this.cryptoProvider.createNewGuid()
      };
      await this.nativeBrokerPlugin.signOut(signoutRequest);
    }
    await this.getTokenCache().removeAccount(request.account, request.correlationId);
  }
  /**
   * Returns all cached accounts for this application. If brokering is enabled this request will be serviced by the broker.
   * @returns
   */
  async getAllAccounts() {
    if (this.nativeBrokerPlugin) {
      let correlationId = this.cryptoProvider.createNewGuid();
      return this.nativeBrokerPlugin.getAllAccounts(this.config.auth.clientId, correlationId);
    }
    return this.getTokenCache().getAllAccounts();
  }
  /**
   * Attempts to retrieve the redirectUri from the loopback server. If the loopback server does not start listening for requests within the timeout this will throw.
   * @param loopbackClient - built-in loopback server implementation
   * @param correlationId - correlation id of the request
   * @returns
   */
  async waitForRedirectUri(loopbackClient, correlationId) {
    return new Promise((resolve, reject) => {
      let ticks = 0, id = setInterval(() => {
        if (LOOPBACK_SERVER_CONSTANTS.TIMEOUT_MS / LOOPBACK_SERVER_CONSTANTS.INTERVAL_MS < ticks) {
          clearInterval(id), reject(NodeAuthError.createLoopbackServerTimeoutError(correlationId));
          return;
        }
        try {
          let r = loopbackClient.getRedirectUri();
          clearInterval(id), resolve(r);
          return;
        } catch (e) {
          if (e instanceof AuthError && e.errorCode === NodeAuthErrorMessage.noLoopbackServerExists.code) {
            ticks++;
            return;
          }
          clearInterval(id), reject(e);
          return;
        }
      }, LOOPBACK_SERVER_CONSTANTS.INTERVAL_MS);
    });
  }
};

// node_modules/@azure/msal-node/dist/client/ClientCredentialClient.mjs
var ClientCredentialClient = class extends BaseClient {
  constructor(configuration, appTokenProvider) {
    super(configuration), this.appTokenProvider = appTokenProvider;
  }
  /**
   * Public API to acquire a token with ClientCredential Flow for Confidential clients
   * @param request - CommonClientCredentialRequest provided by the developer
   */
  async acquireToken(request) {
    let additionalCacheKeyComponents;
    if (request.fmiPath && (additionalCacheKeyComponents = {
      ...additionalCacheKeyComponents,
      fmi_path: request.fmiPath
    }), request.claimsFromClient && !StringUtils.isEmptyObj(request.claimsFromClient) && (additionalCacheKeyComponents = {
      ...additionalCacheKeyComponents,
      client_claims: request.claimsFromClient
    }), request.skipCache || !StringUtils.isEmptyObj(request.claims))
      return this.executeTokenRequest(
        request,
        this.authority,
        /* refreshAccessToken */
        void 0,
        additionalCacheKeyComponents
      );
    let [cachedAuthenticationResult, lastCacheOutcome] = await this.getCachedAuthenticationResult(request, this.config, this.cryptoUtils, this.authority, this.cacheManager, this.serverTelemetryManager, additionalCacheKeyComponents);
    return cachedAuthenticationResult ? (lastCacheOutcome === Constants_exports.CacheOutcome.PROACTIVELY_REFRESHED && (this.logger.info("ClientCredentialClient:getCachedAuthenticationResult - Cached access token's refreshOn property has been exceeded'. It's not expired, but must be refreshed.", request.correlationId), await this.executeTokenRequest(request, this.authority, !0, additionalCacheKeyComponents)), cachedAuthenticationResult) : this.executeTokenRequest(
      request,
      this.authority,
      /* refreshAccessToken */
      void 0,
      additionalCacheKeyComponents
    );
  }
  /**
   * looks up cache if the tokens are cached already
   */
  async getCachedAuthenticationResult(request, config, cryptoUtils, authority, cacheManager, serverTelemetryManager, additionalCacheKeyComponents) {
    let clientConfiguration = config, managedIdentityConfiguration = config, lastCacheOutcome = Constants_exports.CacheOutcome.NOT_APPLICABLE, cacheContext;
    clientConfiguration.serializableCache && clientConfiguration.persistencePlugin && (cacheContext = new TokenCacheContext(clientConfiguration.serializableCache, !1), await clientConfiguration.persistencePlugin.beforeCacheAccess(cacheContext));
    let cachedAccessToken = this.readAccessTokenFromCache(authority, managedIdentityConfiguration.managedIdentityId?.id || clientConfiguration.authOptions.clientId, new ScopeSet(request.scopes || [], request.correlationId), cacheManager, request.correlationId, additionalCacheKeyComponents);
    return clientConfiguration.serializableCache && clientConfiguration.persistencePlugin && cacheContext && await clientConfiguration.persistencePlugin.afterCacheAccess(cacheContext), cachedAccessToken ? TimeUtils_exports.isTokenExpired(cachedAccessToken.expiresOn, clientConfiguration.systemOptions?.tokenRenewalOffsetSeconds || Constants_exports.DEFAULT_TOKEN_RENEWAL_OFFSET_SEC) ? (serverTelemetryManager?.setCacheOutcome(Constants_exports.CacheOutcome.CACHED_ACCESS_TOKEN_EXPIRED), [null, Constants_exports.CacheOutcome.CACHED_ACCESS_TOKEN_EXPIRED]) : (cachedAccessToken.refreshOn && TimeUtils_exports.isTokenExpired(cachedAccessToken.refreshOn.toString(), 0) && (lastCacheOutcome = Constants_exports.CacheOutcome.PROACTIVELY_REFRESHED, serverTelemetryManager?.setCacheOutcome(Constants_exports.CacheOutcome.PROACTIVELY_REFRESHED)), [
      await ResponseHandler.generateAuthenticationResult(cryptoUtils, authority, {
        account: null,
        idToken: null,
        accessToken: cachedAccessToken,
        refreshToken: null,
        appMetadata: null
      }, !0, request, this.performanceClient, {
        tokenBindingKeyManager: this.config.tokenBindingKeyManager
      }),
      lastCacheOutcome
    ]) : (serverTelemetryManager?.setCacheOutcome(Constants_exports.CacheOutcome.NO_CACHED_ACCESS_TOKEN), [null, Constants_exports.CacheOutcome.NO_CACHED_ACCESS_TOKEN]);
  }
  /**
   * Reads access token from the cache
   */
  readAccessTokenFromCache(authority, id, scopeSet, cacheManager, correlationId, additionalCacheKeyComponents) {
    let accessTokenFilter = {
      homeAccountId: "",
      environment: authority.canonicalAuthorityUrlComponents.HostNameAndPort,
      credentialType: Constants_exports.CredentialType.ACCESS_TOKEN,
      clientId: id,
      realm: authority.tenant,
      target: ScopeSet.createSearchScopes(scopeSet.asArray(), correlationId),
      additionalCacheKeyComponents
    }, accessTokens = cacheManager.getAccessTokensByFilter(accessTokenFilter, correlationId);
    if (accessTokens.length < 1)
      return null;
    if (accessTokens.length > 1)
      throw createClientAuthError(ClientAuthErrorCodes_exports.multipleMatchingTokens, correlationId);
    return accessTokens[0];
  }
  /**
   * Makes a network call to request the token from the service
   * @param request - CommonClientCredentialRequest provided by the developer
   * @param authority - authority object
   */
  async executeTokenRequest(request, authority, refreshAccessToken, additionalCacheKeyComponents) {
    let serverTokenResponse, reqTimestamp;
    if (this.appTokenProvider) {
      this.logger.info("Using appTokenProvider extensibility.", request.correlationId);
      let appTokenPropviderParameters = {
        correlationId: request.correlationId,
        tenantId: this.config.authOptions.authority.tenant,
        scopes: request.scopes,
        claims: request.claims
      };
      reqTimestamp = TimeUtils_exports.nowSeconds();
      let appTokenProviderResult = await this.appTokenProvider(appTokenPropviderParameters);
      serverTokenResponse = {
        access_token: appTokenProviderResult.accessToken,
        expires_in: appTokenProviderResult.expiresInSeconds,
        refresh_in: appTokenProviderResult.refreshInSeconds,
        token_type: Constants_exports.AuthenticationScheme.BEARER
      };
    } else {
      let queryParametersString = this.createTokenQueryParameters(request), endpoint = UrlString.appendQueryString(authority.tokenEndpoint, queryParametersString), requestBody = await this.createTokenRequestBody(request), headers = this.createTokenRequestHeaders(), thumbprint = {
        clientId: this.config.authOptions.clientId,
        authority: request.authority,
        scopes: request.scopes,
        claims: request.claims,
        authenticationScheme: request.authenticationScheme,
        resourceRequestMethod: request.resourceRequestMethod,
        resourceRequestUri: request.resourceRequestUri,
        shrClaims: request.shrClaims,
        sshKid: request.sshKid
      };
      this.logger.info("Sending token request to endpoint: " + authority.tokenEndpoint, request.correlationId), reqTimestamp = TimeUtils_exports.nowSeconds();
      let response = await this.executePostToTokenEndpoint(endpoint, requestBody, headers, thumbprint, request.correlationId);
      serverTokenResponse = response.body, serverTokenResponse.status = response.status;
    }
    let responseHandler = new ResponseHandler(this.config.authOptions.clientId, this.cacheManager, this.cryptoUtils, this.logger, this.performanceClient, this.config.serializableCache, this.config.persistencePlugin, this.config.tokenBindingKeyManager);
    return responseHandler.validateTokenResponse(serverTokenResponse, request.correlationId, refreshAccessToken), await responseHandler.handleServerTokenResponse(
      serverTokenResponse,
      this.authority,
      reqTimestamp,
      request,
      ApiId.acquireTokenByClientCredential,
      void 0,
      // authCodePayload
      void 0,
      // userAssertionHash
      void 0,
      // handlingRefreshTokenResponse
      void 0,
      // forceCacheRefreshTokenResponse
      void 0,
      // serverRequestId
      additionalCacheKeyComponents
    );
  }
  /**
   * generate the request to the server in the acceptable format
   * @param request - CommonClientCredentialRequest provided by the developer
   */
  async createTokenRequestBody(request) {
    let parameters = /* @__PURE__ */ new Map();
    RequestParameterBuilder_exports.addClientId(parameters, this.config.authOptions.clientId), RequestParameterBuilder_exports.addScopes(parameters, request.scopes, request.correlationId, !1), RequestParameterBuilder_exports.addGrantType(parameters, Constants_exports.GrantType.CLIENT_CREDENTIALS_GRANT), RequestParameterBuilder_exports.addLibraryInfo(parameters, this.config.libraryInfo), RequestParameterBuilder_exports.addApplicationTelemetry(parameters, this.config.telemetry.application), RequestParameterBuilder_exports.addThrottling(parameters), this.serverTelemetryManager && RequestParameterBuilder_exports.addServerTelemetry(parameters, this.serverTelemetryManager);
    let correlationId = request.correlationId || this.config.cryptoInterface.createNewGuid();
    RequestParameterBuilder_exports.addCorrelationId(parameters, correlationId), this.config.clientCredentials.clientSecret && RequestParameterBuilder_exports.addClientSecret(parameters, this.config.clientCredentials.clientSecret);
    let clientAssertion = request.clientAssertion || this.config.clientCredentials.clientAssertion;
    return clientAssertion && (RequestParameterBuilder_exports.addClientAssertion(parameters, await getClientAssertion(clientAssertion.assertion, this.config.authOptions.clientId, this.authority.tokenEndpoint, request.fmiPath)), RequestParameterBuilder_exports.addClientAssertionType(parameters, clientAssertion.assertionType)), request.fmiPath && parameters.set(AADServerParamKeys_exports.FMI_PATH, request.fmiPath), (!StringUtils.isEmptyObj(request.claims) || !StringUtils.isEmptyObj(request.claimsFromClient) || this.config.authOptions.clientCapabilities && this.config.authOptions.clientCapabilities.length > 0) && RequestParameterBuilder_exports.addClaims(parameters, request.correlationId, request.claims, this.config.authOptions.clientCapabilities, void 0, request.claimsFromClient), UrlUtils_exports.mapToQueryString(parameters);
  }
};

// node_modules/@azure/msal-node/dist/client/OnBehalfOfClient.mjs
var OnBehalfOfClient = class extends BaseClient {
  constructor(configuration) {
    super(configuration);
  }
  /**
   * Public API to acquire tokens with on behalf of flow
   * @param request - developer provided CommonOnBehalfOfRequest
   */
  async acquireToken(request) {
    this.scopeSet = new ScopeSet(request.scopes || [], request.correlationId), this.userAssertionHash = await this.cryptoUtils.hashString(request.oboAssertion);
    let additionalCacheKeyComponents;
    if (request.claimsFromClient && !StringUtils.isEmptyObj(request.claimsFromClient) && (additionalCacheKeyComponents = {
      client_claims: request.claimsFromClient
    }), request.skipCache || !StringUtils.isEmptyObj(request.claims))
      return this.executeTokenRequest(request, this.authority, this.userAssertionHash, additionalCacheKeyComponents);
    try {
      return await this.getCachedAuthenticationResult(request, additionalCacheKeyComponents);
    } catch {
      return await this.executeTokenRequest(request, this.authority, this.userAssertionHash, additionalCacheKeyComponents);
    }
  }
  /**
   * look up cache for tokens
   * Find idtoken in the cache
   * Find accessToken based on user assertion and account info in the cache
   * Please note we are not yet supported OBO tokens refreshed with long lived RT. User will have to send a new assertion if the current access token expires
   * This is to prevent security issues when the assertion changes over time, however, longlived RT helps retaining the session
   * @param request - developer provided CommonOnBehalfOfRequest
   */
  async getCachedAuthenticationResult(request, additionalCacheKeyComponents) {
    let cachedAccessToken = this.readAccessTokenFromCacheForOBO(this.config.authOptions.clientId, request, additionalCacheKeyComponents);
    if (cachedAccessToken) {
      if (TimeUtils_exports.isTokenExpired(cachedAccessToken.expiresOn, this.config.systemOptions.tokenRenewalOffsetSeconds))
        throw this.serverTelemetryManager?.setCacheOutcome(Constants_exports.CacheOutcome.CACHED_ACCESS_TOKEN_EXPIRED), this.logger.info(`OnbehalfofFlow:getCachedAuthenticationResult - Cached access token is expired or will expire within ${this.config.systemOptions.tokenRenewalOffsetSeconds} seconds.`, request.correlationId), createClientAuthError(ClientAuthErrorCodes_exports.tokenRefreshRequired, request.correlationId);
    } else throw this.serverTelemetryManager?.setCacheOutcome(Constants_exports.CacheOutcome.NO_CACHED_ACCESS_TOKEN), this.logger.info("SilentFlowClient:acquireCachedToken - No access token found in cache for the given properties.", request.correlationId), createClientAuthError(ClientAuthErrorCodes_exports.tokenRefreshRequired, request.correlationId);
    let cachedIdToken = this.readIdTokenFromCacheForOBO(cachedAccessToken.homeAccountId, request.correlationId), idTokenClaims, cachedAccount = null;
    if (cachedIdToken) {
      idTokenClaims = AuthToken_exports.extractTokenClaims(cachedIdToken.secret, EncodingUtils.base64Decode, request.correlationId);
      let localAccountId = idTokenClaims.oid || idTokenClaims.sub, accountInfo = {
        homeAccountId: cachedIdToken.homeAccountId,
        environment: cachedIdToken.environment,
        tenantId: cachedIdToken.realm,
        username: "",
        localAccountId: localAccountId || ""
      };
      cachedAccount = this.cacheManager.getAccount(this.cacheManager.generateAccountKey(accountInfo), request.correlationId);
    }
    return this.config.serverTelemetryManager && this.config.serverTelemetryManager.incrementCacheHits(), ResponseHandler.generateAuthenticationResult(this.cryptoUtils, this.authority, {
      account: cachedAccount,
      accessToken: cachedAccessToken,
      idToken: cachedIdToken,
      refreshToken: null,
      appMetadata: null
    }, !0, request, this.performanceClient, {
      idTokenClaims,
      tokenBindingKeyManager: this.config.tokenBindingKeyManager
    });
  }
  /**
   * read idtoken from cache, this is a specific implementation for OBO as the requirements differ from a generic lookup in the cacheManager
   * Certain use cases of OBO flow do not expect an idToken in the cache/or from the service
   * @param atHomeAccountId - account id
   */
  readIdTokenFromCacheForOBO(atHomeAccountId, correlationId) {
    let idTokenFilter = {
      homeAccountId: atHomeAccountId,
      environment: this.authority.canonicalAuthorityUrlComponents.HostNameAndPort,
      credentialType: Constants_exports.CredentialType.ID_TOKEN,
      clientId: this.config.authOptions.clientId,
      realm: this.authority.tenant
    }, idTokenMap = this.cacheManager.getIdTokensByFilter(idTokenFilter, correlationId);
    return Object.values(idTokenMap).length < 1 ? null : Object.values(idTokenMap)[0];
  }
  /**
   * Fetches the cached access token based on incoming assertion
   * @param clientId - client id
   * @param request - developer provided CommonOnBehalfOfRequest
   */
  readAccessTokenFromCacheForOBO(clientId, request, additionalCacheKeyComponents) {
    let authScheme = request.authenticationScheme || Constants_exports.AuthenticationScheme.BEARER, accessTokenFilter = {
      credentialType: authScheme && authScheme.toLowerCase() !== Constants_exports.AuthenticationScheme.BEARER.toLowerCase() ? Constants_exports.CredentialType.ACCESS_TOKEN_WITH_AUTH_SCHEME : Constants_exports.CredentialType.ACCESS_TOKEN,
      clientId,
      target: ScopeSet.createSearchScopes(this.scopeSet.asArray(), request.correlationId),
      tokenType: authScheme,
      keyId: request.sshKid,
      userAssertionHash: this.userAssertionHash,
      additionalCacheKeyComponents
    }, accessTokens = this.cacheManager.getAccessTokensByFilter(accessTokenFilter, request.correlationId), numAccessTokens = accessTokens.length;
    if (numAccessTokens < 1)
      return null;
    if (numAccessTokens > 1)
      throw createClientAuthError(ClientAuthErrorCodes_exports.multipleMatchingTokens, request.correlationId);
    return accessTokens[0];
  }
  /**
   * Make a network call to the server requesting credentials
   * @param request - developer provided CommonOnBehalfOfRequest
   * @param authority - authority object
   */
  async executeTokenRequest(request, authority, userAssertionHash, additionalCacheKeyComponents) {
    let queryParametersString = this.createTokenQueryParameters(request), endpoint = UrlString.appendQueryString(authority.tokenEndpoint, queryParametersString), requestBody = await this.createTokenRequestBody(request), headers = this.createTokenRequestHeaders(), thumbprint = {
      clientId: this.config.authOptions.clientId,
      authority: request.authority,
      scopes: request.scopes,
      claims: request.claims,
      authenticationScheme: request.authenticationScheme,
      resourceRequestMethod: request.resourceRequestMethod,
      resourceRequestUri: request.resourceRequestUri,
      shrClaims: request.shrClaims,
      sshKid: request.sshKid
    }, reqTimestamp = TimeUtils_exports.nowSeconds(), response = await this.executePostToTokenEndpoint(endpoint, requestBody, headers, thumbprint, request.correlationId), responseHandler = new ResponseHandler(this.config.authOptions.clientId, this.cacheManager, this.cryptoUtils, this.logger, this.performanceClient, this.config.serializableCache, this.config.persistencePlugin, this.config.tokenBindingKeyManager);
    return responseHandler.validateTokenResponse(response.body, request.correlationId), await responseHandler.handleServerTokenResponse(
      response.body,
      this.authority,
      reqTimestamp,
      request,
      ApiId.acquireTokenByOBO,
      void 0,
      // authCodePayload
      userAssertionHash,
      // userAssertionHash
      void 0,
      // handlingRefreshTokenResponse
      void 0,
      // forceCacheRefreshTokenResponse
      void 0,
      // serverRequestId
      additionalCacheKeyComponents
    );
  }
  /**
   * generate a server request in accepable format
   * @param request - developer provided CommonOnBehalfOfRequest
   */
  async createTokenRequestBody(request) {
    let parameters = /* @__PURE__ */ new Map();
    RequestParameterBuilder_exports.addClientId(parameters, this.config.authOptions.clientId), RequestParameterBuilder_exports.addScopes(parameters, request.scopes, request.correlationId), RequestParameterBuilder_exports.addGrantType(parameters, Constants_exports.GrantType.JWT_BEARER), RequestParameterBuilder_exports.addClientInfo(parameters), RequestParameterBuilder_exports.addLibraryInfo(parameters, this.config.libraryInfo), RequestParameterBuilder_exports.addApplicationTelemetry(parameters, this.config.telemetry.application), RequestParameterBuilder_exports.addThrottling(parameters), this.serverTelemetryManager && RequestParameterBuilder_exports.addServerTelemetry(parameters, this.serverTelemetryManager);
    let correlationId = request.correlationId || this.config.cryptoInterface.createNewGuid();
    RequestParameterBuilder_exports.addCorrelationId(parameters, correlationId), RequestParameterBuilder_exports.addRequestTokenUse(parameters, AADServerParamKeys_exports.ON_BEHALF_OF), RequestParameterBuilder_exports.addOboAssertion(parameters, request.oboAssertion), this.config.clientCredentials.clientSecret && RequestParameterBuilder_exports.addClientSecret(parameters, this.config.clientCredentials.clientSecret);
    let clientAssertion = this.config.clientCredentials.clientAssertion;
    return clientAssertion && (RequestParameterBuilder_exports.addClientAssertion(parameters, await getClientAssertion(clientAssertion.assertion, this.config.authOptions.clientId, request.resourceRequestUri)), RequestParameterBuilder_exports.addClientAssertionType(parameters, clientAssertion.assertionType)), (!StringUtils.isEmptyObj(request.claims) || !StringUtils.isEmptyObj(request.claimsFromClient) || this.config.authOptions.clientCapabilities && this.config.authOptions.clientCapabilities.length > 0) && RequestParameterBuilder_exports.addClaims(parameters, request.correlationId, request.claims, this.config.authOptions.clientCapabilities, void 0, request.claimsFromClient), UrlUtils_exports.mapToQueryString(parameters);
  }
};

// node_modules/@azure/msal-node/dist/client/UserFederatedIdentityCredentialClient.mjs
var UserFederatedIdentityCredentialClient = class extends BaseClient {
  constructor(configuration) {
    super(configuration);
  }
  /**
   * Acquires a token using the user_fic grant type.
   * Always hits the network (no cache lookup for the network call).
   * Developers use acquireTokenSilent for cached FIC tokens.
   */
  async acquireToken(request) {
    return this.executeTokenRequest(request, this.authority);
  }
  /**
   * Makes a network call to the token endpoint
   */
  async executeTokenRequest(request, authority) {
    let scopeSet = new ScopeSet(request.scopes || [], request.correlationId);
    scopeSet.appendScopes(Constants_exports.OIDC_DEFAULT_SCOPES);
    let augmentedScopes = scopeSet.asArray(), queryParametersString = this.createTokenQueryParameters(request), endpoint = UrlString.appendQueryString(authority.tokenEndpoint, queryParametersString), requestBody = await this.createTokenRequestBody(request, augmentedScopes), headers = this.createTokenRequestHeaders(), thumbprint = {
      clientId: this.config.authOptions.clientId,
      authority: request.authority,
      scopes: augmentedScopes,
      claims: request.claims,
      authenticationScheme: request.authenticationScheme,
      resourceRequestMethod: request.resourceRequestMethod,
      resourceRequestUri: request.resourceRequestUri,
      shrClaims: request.shrClaims,
      sshKid: request.sshKid
    }, reqTimestamp = TimeUtils_exports.nowSeconds(), response = await this.executePostToTokenEndpoint(endpoint, requestBody, headers, thumbprint, request.correlationId), responseHandler = new ResponseHandler(this.config.authOptions.clientId, this.cacheManager, this.cryptoUtils, this.logger, this.performanceClient, this.config.serializableCache, this.config.persistencePlugin, this.config.tokenBindingKeyManager);
    return responseHandler.validateTokenResponse(response.body, request.correlationId), await responseHandler.handleServerTokenResponse(response.body, this.authority, reqTimestamp, request, ApiId.acquireTokenByUserFederatedIdentityCredential);
  }
  /**
   * Builds the request body for the user_fic grant type
   */
  async createTokenRequestBody(request, augmentedScopes) {
    let parameters = /* @__PURE__ */ new Map();
    RequestParameterBuilder_exports.addClientId(parameters, this.config.authOptions.clientId), RequestParameterBuilder_exports.addScopes(parameters, augmentedScopes, request.correlationId), RequestParameterBuilder_exports.addGrantType(parameters, Constants_exports.GrantType.USER_FIC), RequestParameterBuilder_exports.addClientInfo(parameters), parameters.set(AADServerParamKeys_exports.USER_FEDERATED_IDENTITY_CREDENTIAL, request.assertion), request.username ? parameters.set(AADServerParamKeys_exports.USERNAME, request.username) : request.userObjectId && parameters.set(AADServerParamKeys_exports.USER_ID, request.userObjectId), RequestParameterBuilder_exports.addLibraryInfo(parameters, this.config.libraryInfo), RequestParameterBuilder_exports.addApplicationTelemetry(parameters, this.config.telemetry.application), RequestParameterBuilder_exports.addThrottling(parameters), this.serverTelemetryManager && RequestParameterBuilder_exports.addServerTelemetry(parameters, this.serverTelemetryManager);
    let correlationId = request.correlationId || this.config.cryptoInterface.createNewGuid();
    RequestParameterBuilder_exports.addCorrelationId(parameters, correlationId), this.config.clientCredentials.clientSecret && RequestParameterBuilder_exports.addClientSecret(parameters, this.config.clientCredentials.clientSecret);
    let clientAssertion = request.clientAssertion || this.config.clientCredentials.clientAssertion;
    return clientAssertion && (RequestParameterBuilder_exports.addClientAssertion(parameters, await getClientAssertion(clientAssertion.assertion, this.config.authOptions.clientId, this.authority.tokenEndpoint)), RequestParameterBuilder_exports.addClientAssertionType(parameters, clientAssertion.assertionType)), (!StringUtils.isEmptyObj(request.claims) || !StringUtils.isEmptyObj(request.claimsFromClient) || this.config.authOptions.clientCapabilities && this.config.authOptions.clientCapabilities.length > 0) && RequestParameterBuilder_exports.addClaims(parameters, request.correlationId, request.claims, this.config.authOptions.clientCapabilities, void 0, request.claimsFromClient), UrlUtils_exports.mapToQueryString(parameters);
  }
};

// node_modules/@azure/msal-node/dist/client/ConfidentialClientApplication.mjs
var ConfidentialClientApplication = class extends ClientApplication {
  /**
   * Constructor for the ConfidentialClientApplication
   *
   * Required attributes in the Configuration object are:
   * - clientID: the application ID of your application. You can obtain one by registering your application with our application registration portal
   * - authority: the authority URL for your application.
   * - client credential: Must set either client secret, certificate, or assertion for confidential clients. You can obtain a client secret from the application registration portal.
   *
   * In Azure AD, authority is a URL indicating of the form https://login.microsoftonline.com/\{Enter_the_Tenant_Info_Here\}.
   * If your application supports Accounts in one organizational directory, replace "Enter_the_Tenant_Info_Here" value with the Tenant Id or Tenant name (for example, contoso.microsoft.com).
   * If your application supports Accounts in any organizational directory, replace "Enter_the_Tenant_Info_Here" value with organizations.
   * If your application supports Accounts in any organizational directory and personal Microsoft accounts, replace "Enter_the_Tenant_Info_Here" value with common.
   * To restrict support to Personal Microsoft accounts only, replace "Enter_the_Tenant_Info_Here" value with consumers.
   *
   * In Azure B2C, authority is of the form https://\{instance\}/tfp/\{tenant\}/\{policyName\}/
   * Full B2C functionality will be available in this library in future versions.
   *
   * @param Configuration - configuration object for the MSAL ConfidentialClientApplication instance
   */
  constructor(configuration) {
    if ("instanceAware" in configuration.auth && configuration.auth.instanceAware === !0)
      throw NodeAuthError.createUnsupportedCcaInstanceAwareError();
    super(configuration);
    let clientSecretNotEmpty = !!this.config.auth.clientSecret, clientAssertionNotEmpty = !!this.config.auth.clientAssertion, certificateNotEmpty = (!!this.config.auth.clientCertificate?.thumbprint || !!this.config.auth.clientCertificate?.thumbprintSha256) && !!this.config.auth.clientCertificate?.privateKey;
    if (!this.appTokenProvider) {
      if (clientSecretNotEmpty && clientAssertionNotEmpty || clientAssertionNotEmpty && certificateNotEmpty || clientSecretNotEmpty && certificateNotEmpty)
        throw createClientAuthError(invalidClientCredential, "");
      if (this.config.auth.clientSecret) {
        this.clientSecret = this.config.auth.clientSecret;
        return;
      }
      if (this.config.auth.clientAssertion) {
        this.developerProvidedClientAssertion = this.config.auth.clientAssertion;
        return;
      }
      if (certificateNotEmpty)
        this.clientAssertion = this.config.auth.clientCertificate.thumbprintSha256 ? ClientAssertion.fromCertificateWithSha256Thumbprint(this.config.auth.clientCertificate.thumbprintSha256, this.config.auth.clientCertificate.privateKey, this.config.auth.clientCertificate.x5c) : ClientAssertion.fromCertificate(
          // guaranteed to be a string, due to prior error checking in this function
          this.config.auth.clientCertificate.thumbprint,
          this.config.auth.clientCertificate.privateKey,
          this.config.auth.clientCertificate.x5c
        );
      else
        throw createClientAuthError(invalidClientCredential, "");
      this.appTokenProvider = void 0;
    }
  }
  /**
   * Creates the URL of the authorization request.
   */
  async getAuthCodeUrl(request) {
    if (request.extraQueryParameters && Object.prototype.hasOwnProperty.call(request.extraQueryParameters, "instance_aware"))
      throw NodeAuthError.createUnsupportedCcaInstanceAwareError(request.correlationId);
    return super.getAuthCodeUrl(request);
  }
  /**
   * Acquires a token by exchanging an authorization code.
   */
  async acquireTokenByCode(request, authCodePayload) {
    let sanitizedAuthCodePayload = authCodePayload ? {
      code: request.code,
      state: authCodePayload.state,
      nonce: request.nonce
    } : void 0;
    return super.acquireTokenByCode(request, sanitizedAuthCodePayload);
  }
  /**
   * This extensibility point only works for the client_credential flow, i.e. acquireTokenByClientCredential and
   * is meant for Azure SDK to enhance Managed Identity support.
   *
   * @param IAppTokenProvider  - Extensibility interface, which allows the app developer to return a token from a custom source.
   */
  SetAppTokenProvider(provider) {
    this.appTokenProvider = provider;
  }
  /**
   * Acquires tokens from the authority for the application (not for an end user).
   */
  async acquireTokenByClientCredential(request) {
    this.logger.info("acquireTokenByClientCredential called", request.correlationId || "");
    let clientAssertion;
    request.clientAssertion && (clientAssertion = {
      assertion: await getClientAssertion(
        request.clientAssertion,
        this.config.auth.clientId
        // tokenEndpoint will be undefined. resourceRequestUri is omitted in ClientCredentialRequest
      ),
      assertionType: Constants.JWT_BEARER_ASSERTION_TYPE
    });
    let baseRequest = await this.initializeBaseRequest(request), validBaseRequest = {
      ...baseRequest,
      scopes: baseRequest.scopes.filter((scope) => !Constants_exports.OIDC_DEFAULT_SCOPES.includes(scope))
    }, validRequest = {
      ...request,
      ...validBaseRequest,
      clientAssertion
    }, tenantId = new UrlString(validRequest.authority, validRequest.correlationId).getUrlComponents().PathSegments[0];
    if (Object.values(Constants_exports.AADAuthority).includes(tenantId))
      throw createClientAuthError(missingTenantIdError, validRequest.correlationId);
    let ENV_MSAL_FORCE_REGION = process.env[MSAL_FORCE_REGION], region;
    validRequest.azureRegion !== "DisableMsalForceRegion" && (!validRequest.azureRegion && ENV_MSAL_FORCE_REGION ? region = ENV_MSAL_FORCE_REGION : region = validRequest.azureRegion);
    let azureRegionConfiguration = {
      azureRegion: region,
      environmentRegion: process.env[REGION_ENVIRONMENT_VARIABLE]
    }, serverTelemetryManager = this.initializeServerTelemetryManager(ApiId.acquireTokenByClientCredential, validRequest.correlationId, validRequest.skipCache);
    try {
      let discoveredAuthority = await this.createAuthority(validRequest.authority, validRequest.correlationId, azureRegionConfiguration, request.azureCloudOptions), clientCredentialConfig = await this.buildOauthClientConfiguration(discoveredAuthority, validRequest.correlationId, "", serverTelemetryManager), clientCredentialClient = new ClientCredentialClient(clientCredentialConfig, this.appTokenProvider);
      return this.logger.verbose("Client credential client created", validRequest.correlationId), await clientCredentialClient.acquireToken(validRequest);
    } catch (e) {
      throw e instanceof AuthError && (e.correlationId = validRequest.correlationId), serverTelemetryManager.cacheFailedRequest(e), e;
    }
  }
  /**
   * Acquires tokens from the authority for the application.
   *
   * Used in scenarios where the current app is a middle-tier service which was called with a token
   * representing an end user. The current app can use the token (oboAssertion) to request another
   * token to access downstream web API, on behalf of that user.
   *
   * The current middle-tier app has no user interaction to obtain consent.
   * See how to gain consent upfront for your middle-tier app from this article.
   * https://docs.microsoft.com/en-us/azure/active-directory/develop/v2-oauth2-on-behalf-of-flow#gaining-consent-for-the-middle-tier-application
   */
  async acquireTokenOnBehalfOf(request) {
    this.logger.info("acquireTokenOnBehalfOf called", request.correlationId || "");
    let validRequest = {
      ...request,
      ...await this.initializeBaseRequest(request)
    };
    try {
      let discoveredAuthority = await this.createAuthority(validRequest.authority, validRequest.correlationId, void 0, request.azureCloudOptions), onBehalfOfConfig = await this.buildOauthClientConfiguration(discoveredAuthority, validRequest.correlationId, "", void 0), oboClient = new OnBehalfOfClient(onBehalfOfConfig);
      return this.logger.verbose("On behalf of client created", validRequest.correlationId), await oboClient.acquireToken(validRequest);
    } catch (e) {
      throw e instanceof AuthError && (e.correlationId = validRequest.correlationId), e;
    }
  }
  /**
   * Acquires a user-scoped token using the user_fic grant type (Leg 3 of Agent Identity).
   *
   * Exchanges a federated identity credential (instance token from Leg 2) for a user-scoped token.
   * Exactly one of `userObjectId` or `username` must be provided to identify the target user.
   *
   * This method always makes a network call. Use `acquireTokenSilent` to retrieve cached FIC tokens.
   */
  async acquireTokenByUserFederatedIdentityCredential(request) {
    if (this.logger.info("acquireTokenByUserFederatedIdentityCredential called", request.correlationId || ""), request.userObjectId && request.username)
      throw createClientAuthError(conflictingUserIdentifiers, request.correlationId || "");
    if (!request.userObjectId && !request.username)
      throw createClientAuthError(missingUserIdentifier, request.correlationId || "");
    if (!request.assertion)
      throw createClientAuthError(emptyFicAssertion, request.correlationId || "");
    let clientAssertion;
    request.clientAssertion && (clientAssertion = {
      assertion: await getClientAssertion(request.clientAssertion, this.config.auth.clientId),
      assertionType: Constants.JWT_BEARER_ASSERTION_TYPE
    });
    let baseRequest = await this.initializeBaseRequest(request), validRequest = {
      ...request,
      ...baseRequest,
      assertion: request.assertion,
      clientAssertion
    }, serverTelemetryManager = this.initializeServerTelemetryManager(ApiId.acquireTokenByUserFederatedIdentityCredential, validRequest.correlationId);
    try {
      let discoveredAuthority = await this.createAuthority(validRequest.authority, validRequest.correlationId, void 0, request.azureCloudOptions), clientConfig = await this.buildOauthClientConfiguration(discoveredAuthority, validRequest.correlationId, "", serverTelemetryManager), ficClient = new UserFederatedIdentityCredentialClient(clientConfig);
      return this.logger.verbose("UserFederatedIdentityCredential client created", validRequest.correlationId), await ficClient.acquireToken(validRequest);
    } catch (e) {
      throw e instanceof AuthError && (e.correlationId = validRequest.correlationId), serverTelemetryManager.cacheFailedRequest(e), e;
    }
  }
};

// node_modules/@azure/msal-node/dist/utils/TimeUtils.mjs
function isIso8601(dateString) {
  if (typeof dateString != "string")
    return !1;
  let date = new Date(dateString);
  return !isNaN(date.getTime()) && date.toISOString() === dateString;
}

// node_modules/@azure/msal-node/dist/network/HttpClientWithRetries.mjs
var HttpClientWithRetries = class {
  constructor(httpClientNoRetries, retryPolicy2, logger24) {
    this.httpClientNoRetries = httpClientNoRetries, this.retryPolicy = retryPolicy2, this.logger = logger24;
  }
  async sendNetworkRequestAsyncHelper(httpMethod, url, options) {
    return httpMethod === HttpMethod2.GET ? this.httpClientNoRetries.sendGetRequestAsync(url, options) : this.httpClientNoRetries.sendPostRequestAsync(url, options);
  }
  async sendNetworkRequestAsync(httpMethod, url, options) {
    let response = await this.sendNetworkRequestAsyncHelper(httpMethod, url, options);
    "isNewRequest" in this.retryPolicy && (this.retryPolicy.isNewRequest = !0);
    let currentRetry = 0;
    for (; await this.retryPolicy.pauseForRetry(response.status, currentRetry, this.logger, response.headers[Constants_exports.HeaderNames.RETRY_AFTER]); )
      response = await this.sendNetworkRequestAsyncHelper(httpMethod, url, options), currentRetry++;
    return response;
  }
  async sendGetRequestAsync(url, options) {
    return this.sendNetworkRequestAsync(HttpMethod2.GET, url, options);
  }
  async sendPostRequestAsync(url, options) {
    return this.sendNetworkRequestAsync(HttpMethod2.POST, url, options);
  }
};

// node_modules/@azure/msal-node/dist/client/ManagedIdentitySources/BaseManagedIdentitySource.mjs
var ManagedIdentityUserAssignedIdQueryParameterNames = {
  MANAGED_IDENTITY_CLIENT_ID_2017: "clientid",
  MANAGED_IDENTITY_CLIENT_ID: "client_id",
  MANAGED_IDENTITY_OBJECT_ID: "object_id",
  MANAGED_IDENTITY_RESOURCE_ID_IMDS: "msi_res_id",
  MANAGED_IDENTITY_RESOURCE_ID_NON_IMDS: "mi_res_id"
}, BaseManagedIdentitySource = class {
  /**
   * Creates an instance of BaseManagedIdentitySource.
   *
   * @param logger - Logger instance for diagnostic information
   * @param nodeStorage - Storage interface for caching tokens
   * @param networkClient - Network client for making HTTP requests
   * @param cryptoProvider - Cryptographic provider for token operations
   * @param disableInternalRetries - Whether to disable automatic retry logic
   */
  constructor(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries) {
    this.logger = logger24, this.nodeStorage = nodeStorage, this.networkClient = networkClient, this.cryptoProvider = cryptoProvider, this.disableInternalRetries = disableInternalRetries;
  }
  /**
   * Generates a new correlation ID for request tracing.
   *
   * @returns A new GUID string for use as a correlation or request ID
   */
  createCorrelationId() {
    return this.cryptoProvider.createNewGuid();
  }
  /**
   * Processes the network response and converts it to a standardized server token response.
   * This async version allows for source-specific response processing logic while maintaining
   * backward compatibility with the synchronous version.
   *
   * @param response - The network response containing the managed identity token
   * @param _networkClient - Network client used for the request (unused in base implementation)
   * @param _networkRequest - The original network request parameters (unused in base implementation)
   * @param _networkRequestOptions - The network request options (unused in base implementation)
   *
   * @returns Promise resolving to a standardized server authorization token response
   */
  async getServerTokenResponseAsync(response, _networkClient, _networkRequest, _networkRequestOptions) {
    return this.getServerTokenResponse(response);
  }
  /**
   * Converts a managed identity token response to a standardized server authorization token response.
   * Handles time format conversion, expiration calculation, and error mapping to ensure
   * compatibility with the MSAL response handling pipeline.
   *
   * @param response - The network response containing the managed identity token
   *
   * @returns Standardized server authorization token response with normalized fields
   */
  getServerTokenResponse(response) {
    let refreshIn, expiresIn;
    return response.body.expires_on && (isIso8601(response.body.expires_on) && (response.body.expires_on = new Date(response.body.expires_on).getTime() / 1e3), expiresIn = response.body.expires_on - TimeUtils_exports.nowSeconds(), expiresIn > 2 * 3600 && (refreshIn = expiresIn / 2)), {
      status: response.status,
      // success
      access_token: response.body.access_token,
      expires_in: expiresIn,
      scope: response.body.resource,
      token_type: response.body.token_type,
      refresh_in: refreshIn,
      // error
      correlation_id: response.body.correlation_id || response.body.correlationId,
      error: typeof response.body.error == "string" ? response.body.error : response.body.error?.code,
      error_description: response.body.message || (typeof response.body.error == "string" ? response.body.error_description : response.body.error?.message),
      error_codes: response.body.error_codes,
      timestamp: response.body.timestamp,
      trace_id: response.body.trace_id
    };
  }
  /**
   * Acquires an access token using the managed identity endpoint for the specified resource.
   * This is the primary method for token acquisition, handling the complete flow from
   * request creation through response processing and token caching.
   *
   * @param managedIdentityRequest - The managed identity request containing resource and optional parameters
   * @param managedIdentityId - The managed identity configuration (system or user-assigned)
   * @param fakeAuthority - Authority instance used for token caching (managed identity uses a placeholder authority)
   * @param refreshAccessToken - Whether this is a token refresh operation
   *
   * @returns Promise resolving to an authentication result containing the access token and metadata
   *
   * @throws {AuthError} When network requests fail or token validation fails
   * @throws {ClientAuthError} When network errors occur during the request
   */
  async acquireTokenWithManagedIdentity(managedIdentityRequest, managedIdentityId, fakeAuthority, refreshAccessToken) {
    let networkRequest = this.createRequest(managedIdentityRequest.resource, managedIdentityId);
    if (managedIdentityRequest.revokedTokenSha256Hash && (this.logger.info(`[Managed Identity] The following claims are present in the request: ${managedIdentityRequest.claims}`, ""), networkRequest.queryParameters[ManagedIdentityQueryParameters.SHA256_TOKEN_TO_REFRESH] = managedIdentityRequest.revokedTokenSha256Hash), managedIdentityRequest.clientCapabilities?.length) {
      let clientCapabilities = managedIdentityRequest.clientCapabilities.toString();
      this.logger.info(`[Managed Identity] The following client capabilities are present in the request: ${clientCapabilities}`, ""), networkRequest.queryParameters[ManagedIdentityQueryParameters.XMS_CC] = clientCapabilities;
    }
    let headers = networkRequest.headers;
    headers[Constants_exports.HeaderNames.CONTENT_TYPE] = Constants_exports.URL_FORM_CONTENT_TYPE;
    let networkRequestOptions = { headers };
    Object.keys(networkRequest.bodyParameters).length && (networkRequestOptions.body = networkRequest.computeParametersBodyString());
    let networkClientHelper = this.disableInternalRetries ? this.networkClient : new HttpClientWithRetries(this.networkClient, networkRequest.retryPolicy, this.logger), reqTimestamp = TimeUtils_exports.nowSeconds(), response;
    try {
      networkRequest.httpMethod === HttpMethod2.POST ? response = await networkClientHelper.sendPostRequestAsync(networkRequest.computeUri(), networkRequestOptions) : response = await networkClientHelper.sendGetRequestAsync(networkRequest.computeUri(), networkRequestOptions);
    } catch (error) {
      throw error instanceof AuthError ? error : createClientAuthError(ClientAuthErrorCodes_exports.networkError, managedIdentityRequest.correlationId);
    }
    let responseHandler = new ResponseHandler(managedIdentityId.id, this.nodeStorage, this.cryptoProvider, this.logger, new StubPerformanceClient(), null, null), serverTokenResponse = await this.getServerTokenResponseAsync(response, networkClientHelper, networkRequest, networkRequestOptions);
    return responseHandler.validateTokenResponse(serverTokenResponse, serverTokenResponse.correlation_id || "", refreshAccessToken), responseHandler.handleServerTokenResponse(serverTokenResponse, fakeAuthority, reqTimestamp, managedIdentityRequest, ApiId.acquireTokenWithManagedIdentity);
  }
  /**
   * Determines the appropriate query parameter name for user-assigned managed identity
   * based on the identity type, API version, and endpoint characteristics.
   * Different Azure services and API versions use different parameter names for the same identity types.
   *
   * @param managedIdentityIdType - The type of user-assigned managed identity (client ID, object ID, or resource ID)
   * @param isImds - Whether the request is being made to the IMDS (Instance Metadata Service) endpoint
   * @param usesApi2017 - Whether the endpoint uses the 2017-09-01 API version (affects client ID parameter name)
   *
   * @returns The correct query parameter name for the specified identity type and endpoint
   *
   * @throws {ManagedIdentityError} When an invalid managed identity ID type is provided
   */
  getManagedIdentityUserAssignedIdQueryParameterKey(managedIdentityIdType, isImds, usesApi2017) {
    switch (managedIdentityIdType) {
      case ManagedIdentityIdType.USER_ASSIGNED_CLIENT_ID:
        return this.logger.info(`[Managed Identity] [API version ${usesApi2017 ? "2017+" : "2019+"}] Adding user assigned client id to the request.`, ""), usesApi2017 ? ManagedIdentityUserAssignedIdQueryParameterNames.MANAGED_IDENTITY_CLIENT_ID_2017 : ManagedIdentityUserAssignedIdQueryParameterNames.MANAGED_IDENTITY_CLIENT_ID;
      case ManagedIdentityIdType.USER_ASSIGNED_RESOURCE_ID:
        return this.logger.info("[Managed Identity] Adding user assigned resource id to the request.", ""), isImds ? ManagedIdentityUserAssignedIdQueryParameterNames.MANAGED_IDENTITY_RESOURCE_ID_IMDS : ManagedIdentityUserAssignedIdQueryParameterNames.MANAGED_IDENTITY_RESOURCE_ID_NON_IMDS;
      case ManagedIdentityIdType.USER_ASSIGNED_OBJECT_ID:
        return this.logger.info("[Managed Identity] Adding user assigned object id to the request.", ""), ManagedIdentityUserAssignedIdQueryParameterNames.MANAGED_IDENTITY_OBJECT_ID;
      default:
        throw createManagedIdentityError(invalidManagedIdentityIdType, "");
    }
  }
};
BaseManagedIdentitySource.getValidatedEnvVariableUrlString = (envVariableStringName, envVariable, sourceName, logger24) => {
  try {
    return new UrlString(envVariable, "").urlString;
  } catch {
    throw logger24.info(`[Managed Identity] ${sourceName} managed identity is unavailable because the '${envVariableStringName}' environment variable is malformed.`, ""), createManagedIdentityError(MsiEnvironmentVariableUrlMalformedErrorCodes[envVariableStringName], "");
  }
};

// node_modules/@azure/msal-node/dist/retry/LinearRetryStrategy.mjs
var LinearRetryStrategy = class {
  /**
   * Calculates the number of milliseconds to sleep based on the `retry-after` HTTP header.
   *
   * @param retryHeader - The value of the `retry-after` HTTP header. This can be either a number of seconds
   *                      or an HTTP date string.
   * @returns The number of milliseconds to sleep before retrying the request. If the `retry-after` header is not
   *          present or cannot be parsed, returns 0.
   */
  calculateDelay(retryHeader, minimumDelay) {
    if (!retryHeader)
      return minimumDelay;
    let millisToSleep = Math.round(parseFloat(retryHeader) * 1e3);
    return isNaN(millisToSleep) && (millisToSleep = new Date(retryHeader).valueOf() - (/* @__PURE__ */ new Date()).valueOf()), Math.max(minimumDelay, millisToSleep);
  }
};

// node_modules/@azure/msal-node/dist/retry/DefaultManagedIdentityRetryPolicy.mjs
var DEFAULT_MANAGED_IDENTITY_MAX_RETRIES = 3, DEFAULT_MANAGED_IDENTITY_RETRY_DELAY_MS = 1e3, DEFAULT_MANAGED_IDENTITY_HTTP_STATUS_CODES_TO_RETRY_ON = [
  Constants_exports.HTTP_NOT_FOUND,
  Constants_exports.HTTP_REQUEST_TIMEOUT,
  Constants_exports.HTTP_TOO_MANY_REQUESTS,
  Constants_exports.HTTP_SERVER_ERROR,
  Constants_exports.HTTP_SERVICE_UNAVAILABLE,
  Constants_exports.HTTP_GATEWAY_TIMEOUT
], DefaultManagedIdentityRetryPolicy = class _DefaultManagedIdentityRetryPolicy {
  constructor() {
    this.linearRetryStrategy = new LinearRetryStrategy();
  }
  /*
   * this is defined here as a static variable despite being defined as a constant outside of the
   * class because it needs to be overridden in the unit tests so that the unit tests run faster
   */
  static get DEFAULT_MANAGED_IDENTITY_RETRY_DELAY_MS() {
    return DEFAULT_MANAGED_IDENTITY_RETRY_DELAY_MS;
  }
  async pauseForRetry(httpStatusCode, currentRetry, logger24, retryAfterHeader) {
    if (DEFAULT_MANAGED_IDENTITY_HTTP_STATUS_CODES_TO_RETRY_ON.includes(httpStatusCode) && currentRetry < DEFAULT_MANAGED_IDENTITY_MAX_RETRIES) {
      let retryAfterDelay = this.linearRetryStrategy.calculateDelay(retryAfterHeader, _DefaultManagedIdentityRetryPolicy.DEFAULT_MANAGED_IDENTITY_RETRY_DELAY_MS);
      return logger24.verbose(`Retrying request in ${retryAfterDelay}ms (retry attempt: ${currentRetry + 1})`, ""), await new Promise((resolve) => setTimeout(resolve, retryAfterDelay)), !0;
    }
    return !1;
  }
};

// node_modules/@azure/msal-node/dist/config/ManagedIdentityRequestParameters.mjs
var ManagedIdentityRequestParameters = class {
  constructor(httpMethod, endpoint, retryPolicy2) {
    this.httpMethod = httpMethod, this._baseEndpoint = endpoint, this.headers = {}, this.bodyParameters = {}, this.queryParameters = {}, this.retryPolicy = retryPolicy2 || new DefaultManagedIdentityRetryPolicy();
  }
  computeUri() {
    let parameters = /* @__PURE__ */ new Map();
    this.queryParameters && RequestParameterBuilder_exports.addExtraParameters(parameters, this.queryParameters);
    let queryParametersString = UrlUtils_exports.mapToQueryString(parameters);
    return UrlString.appendQueryString(this._baseEndpoint, queryParametersString);
  }
  computeParametersBodyString() {
    let parameters = /* @__PURE__ */ new Map();
    return this.bodyParameters && RequestParameterBuilder_exports.addExtraParameters(parameters, this.bodyParameters), UrlUtils_exports.mapToQueryString(parameters);
  }
};

// node_modules/@azure/msal-node/dist/client/ManagedIdentitySources/AppService.mjs
var APP_SERVICE_MSI_API_VERSION = "2019-08-01", AppService = class _AppService extends BaseManagedIdentitySource {
  /**
   * Creates a new instance of the AppService managed identity source.
   *
   * @param logger - Logger instance for diagnostic output
   * @param nodeStorage - Node.js storage implementation for caching
   * @param networkClient - Network client for making HTTP requests
   * @param cryptoProvider - Cryptographic operations provider
   * @param disableInternalRetries - Whether to disable internal retry logic
   * @param identityEndpoint - The App Service identity endpoint URL
   * @param identityHeader - The secret header value required for authentication
   */
  constructor(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries, identityEndpoint, identityHeader) {
    super(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries), this.identityEndpoint = identityEndpoint, this.identityHeader = identityHeader;
  }
  /**
   * Retrieves the required environment variables for App Service managed identity.
   *
   * App Service managed identity requires two environment variables:
   * - IDENTITY_ENDPOINT: The URL of the local metadata service
   * - IDENTITY_HEADER: A secret header value for authentication
   *
   * @returns An array containing [identityEndpoint, identityHeader] values from environment variables.
   *          Either value may be undefined if the environment variable is not set.
   */
  static getEnvironmentVariables() {
    let identityEndpoint = process.env[ManagedIdentityEnvironmentVariableNames.IDENTITY_ENDPOINT], identityHeader = process.env[ManagedIdentityEnvironmentVariableNames.IDENTITY_HEADER];
    return [identityEndpoint, identityHeader];
  }
  /**
   * Attempts to create an AppService managed identity source if the environment supports it.
   *
   * This method checks for the presence of required environment variables and validates
   * the identity endpoint URL. If the environment is not suitable for App Service managed
   * identity (missing environment variables or invalid endpoint), it returns null.
   *
   * @param logger - Logger instance for diagnostic output
   * @param nodeStorage - Node.js storage implementation for caching
   * @param networkClient - Network client for making HTTP requests
   * @param cryptoProvider - Cryptographic operations provider
   * @param disableInternalRetries - Whether to disable internal retry logic
   *
   * @returns A new AppService instance if the environment is suitable, null otherwise
   */
  static tryCreate(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries) {
    let [identityEndpoint, identityHeader] = _AppService.getEnvironmentVariables();
    if (!identityEndpoint || !identityHeader)
      return logger24.info(`[Managed Identity] ${ManagedIdentitySourceNames.APP_SERVICE} managed identity is unavailable because one or both of the '${ManagedIdentityEnvironmentVariableNames.IDENTITY_HEADER}' and '${ManagedIdentityEnvironmentVariableNames.IDENTITY_ENDPOINT}' environment variables are not defined.`, ""), null;
    let validatedIdentityEndpoint = _AppService.getValidatedEnvVariableUrlString(ManagedIdentityEnvironmentVariableNames.IDENTITY_ENDPOINT, identityEndpoint, ManagedIdentitySourceNames.APP_SERVICE, logger24);
    return logger24.info(`[Managed Identity] Environment variables validation passed for ${ManagedIdentitySourceNames.APP_SERVICE} managed identity. Endpoint URI: ${validatedIdentityEndpoint}. Creating ${ManagedIdentitySourceNames.APP_SERVICE} managed identity.`, ""), new _AppService(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries, identityEndpoint, identityHeader);
  }
  /**
   * Creates a managed identity token request for the App Service environment.
   *
   * This method constructs an HTTP GET request to the App Service identity endpoint
   * with the required headers, query parameters, and managed identity configuration.
   * The request includes the secret header for authentication and appropriate API version.
   *
   * @param resource - The target resource/scope for which to request an access token (e.g., "https://graph.microsoft.com/.default")
   * @param managedIdentityId - The managed identity configuration specifying whether to use system-assigned or user-assigned identity
   *
   * @returns A configured ManagedIdentityRequestParameters object ready for network execution
   */
  createRequest(resource, managedIdentityId) {
    let request = new ManagedIdentityRequestParameters(HttpMethod2.GET, this.identityEndpoint);
    return request.headers[ManagedIdentityHeaders.APP_SERVICE_SECRET_HEADER_NAME] = this.identityHeader, request.queryParameters[ManagedIdentityQueryParameters.API_VERSION] = APP_SERVICE_MSI_API_VERSION, request.queryParameters[ManagedIdentityQueryParameters.RESOURCE] = resource, managedIdentityId.idType !== ManagedIdentityIdType.SYSTEM_ASSIGNED && (request.queryParameters[this.getManagedIdentityUserAssignedIdQueryParameterKey(managedIdentityId.idType)] = managedIdentityId.id), request;
  }
};

// node_modules/@azure/msal-node/dist/client/ManagedIdentitySources/AzureArc.mjs
import { accessSync, constants, statSync, readFileSync } from "fs";
import path from "path";
var ARC_API_VERSION = "2020-06-01", DEFAULT_AZURE_ARC_IDENTITY_ENDPOINT = "http://127.0.0.1:40342/metadata/identity/oauth2/token", HIMDS_EXECUTABLE_HELPER_STRING = "N/A: himds executable exists", SUPPORTED_AZURE_ARC_PLATFORMS = {
  win32: `${process.env.ProgramData}\\AzureConnectedMachineAgent\\Tokens\\`,
  linux: "/var/opt/azcmagent/tokens/"
}, AZURE_ARC_FILE_DETECTION = {
  win32: `${process.env.ProgramFiles}\\AzureConnectedMachineAgent\\himds.exe`,
  linux: "/opt/azcmagent/bin/himds"
}, AzureArc = class _AzureArc extends BaseManagedIdentitySource {
  /**
   * Creates a new instance of the AzureArc managed identity source.
   *
   * @param logger - Logger instance for capturing telemetry and diagnostic information
   * @param nodeStorage - Storage implementation for caching tokens and metadata
   * @param networkClient - Network client for making HTTP requests to the identity endpoint
   * @param cryptoProvider - Cryptographic operations provider for token validation and encryption
   * @param disableInternalRetries - Flag to disable automatic retry logic for failed requests
   * @param identityEndpoint - The Azure Arc identity endpoint URL for token requests
   */
  constructor(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries, identityEndpoint) {
    super(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries), this.identityEndpoint = identityEndpoint;
  }
  /**
   * Retrieves and validates Azure Arc environment variables for managed identity configuration.
   *
   * This method checks for IDENTITY_ENDPOINT and IMDS_ENDPOINT environment variables.
   * If either is missing, it attempts to detect the Azure Arc environment by checking for
   * the HIMDS executable at platform-specific paths. On successful detection, it returns
   * the default identity endpoint and a helper string indicating file-based detection.
   *
   * @returns An array containing [identityEndpoint, imdsEndpoint] where both values are
   *          strings if Azure Arc is available, or undefined if not available.
   */
  static getEnvironmentVariables() {
    let identityEndpoint = process.env[ManagedIdentityEnvironmentVariableNames.IDENTITY_ENDPOINT], imdsEndpoint = process.env[ManagedIdentityEnvironmentVariableNames.IMDS_ENDPOINT];
    if (!identityEndpoint || !imdsEndpoint) {
      let fileDetectionPath = AZURE_ARC_FILE_DETECTION[process.platform];
      try {
        accessSync(fileDetectionPath, constants.F_OK | constants.R_OK), identityEndpoint = DEFAULT_AZURE_ARC_IDENTITY_ENDPOINT, imdsEndpoint = HIMDS_EXECUTABLE_HELPER_STRING;
      } catch {
      }
    }
    return [identityEndpoint, imdsEndpoint];
  }
  /**
   * Attempts to create an AzureArc managed identity source instance.
   *
   * Validates the Azure Arc environment by checking environment variables
   * and performing file-based detection. Azure Arc supports both system-assigned and user-assigned
   * managed identities; when a user-assigned identity is requested, its selector is forwarded on the
   * request and validated against the token response echo (fail closed). The method performs
   * comprehensive validation of endpoint URLs and logs detailed information about the detection process.
   *
   * @param logger - Logger instance for capturing creation and validation steps
   * @param nodeStorage - Storage implementation for the managed identity source
   * @param networkClient - Network client for HTTP communication
   * @param cryptoProvider - Cryptographic operations provider
   * @param disableInternalRetries - Whether to disable automatic retry mechanisms
   * @param _managedIdentityId - Unused; Azure Arc now supports user-assigned identities, which are
   *          forwarded on the request and validated against the token response echo (fail closed).
   *
   * @returns AzureArc instance if the environment supports Azure Arc managed identity, null otherwise
   */
  static tryCreate(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries, _managedIdentityId) {
    let [identityEndpoint, imdsEndpoint] = _AzureArc.getEnvironmentVariables();
    if (!identityEndpoint || !imdsEndpoint)
      return logger24.info(`[Managed Identity] ${ManagedIdentitySourceNames.AZURE_ARC} managed identity is unavailable through environment variables because one or both of '${ManagedIdentityEnvironmentVariableNames.IDENTITY_ENDPOINT}' and '${ManagedIdentityEnvironmentVariableNames.IMDS_ENDPOINT}' are not defined. ${ManagedIdentitySourceNames.AZURE_ARC} managed identity is also unavailable through file detection.`, ""), null;
    if (imdsEndpoint === HIMDS_EXECUTABLE_HELPER_STRING)
      logger24.info(`[Managed Identity] ${ManagedIdentitySourceNames.AZURE_ARC} managed identity is available through file detection. Defaulting to known ${ManagedIdentitySourceNames.AZURE_ARC} endpoint: ${DEFAULT_AZURE_ARC_IDENTITY_ENDPOINT}. Creating ${ManagedIdentitySourceNames.AZURE_ARC} managed identity.`, "");
    else {
      let validatedIdentityEndpoint = _AzureArc.getValidatedEnvVariableUrlString(ManagedIdentityEnvironmentVariableNames.IDENTITY_ENDPOINT, identityEndpoint, ManagedIdentitySourceNames.AZURE_ARC, logger24);
      validatedIdentityEndpoint.endsWith("/") && validatedIdentityEndpoint.slice(0, -1), _AzureArc.getValidatedEnvVariableUrlString(ManagedIdentityEnvironmentVariableNames.IMDS_ENDPOINT, imdsEndpoint, ManagedIdentitySourceNames.AZURE_ARC, logger24), logger24.info(`[Managed Identity] Environment variables validation passed for ${ManagedIdentitySourceNames.AZURE_ARC} managed identity. Endpoint URI: ${validatedIdentityEndpoint}. Creating ${ManagedIdentitySourceNames.AZURE_ARC} managed identity.`, "");
    }
    return new _AzureArc(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries, identityEndpoint);
  }
  /**
   * Creates a properly formatted HTTP request for acquiring tokens from the Azure Arc identity endpoint.
   *
   * This method constructs a GET request to the Azure Arc HIMDS endpoint with the required metadata header
   * and query parameters. The endpoint URL is normalized to use 127.0.0.1 instead of localhost for
   * consistency. Additional body parameters are calculated by the base class during token acquisition.
   *
   * @param resource - The target resource/scope for which to request an access token (e.g., "https://graph.microsoft.com/.default")
   *
   * @returns A configured ManagedIdentityRequestParameters object ready for network execution
   */
  createRequest(resource, managedIdentityId) {
    let request = new ManagedIdentityRequestParameters(HttpMethod2.GET, this.identityEndpoint.replace("localhost", "127.0.0.1"));
    return request.headers[ManagedIdentityHeaders.METADATA_HEADER_NAME] = "true", request.queryParameters[ManagedIdentityQueryParameters.API_VERSION] = ARC_API_VERSION, request.queryParameters[ManagedIdentityQueryParameters.RESOURCE] = resource, managedIdentityId.idType !== ManagedIdentityIdType.SYSTEM_ASSIGNED && (request.queryParameters[this.getManagedIdentityUserAssignedIdQueryParameterKey(
      managedIdentityId.idType,
      !0
      // isImds -> msi_res_id for the resource-id selector
    )] = managedIdentityId.id), request;
  }
  /**
   * Fails closed when a user-assigned identity was requested but the Azure Arc token response does
   * not confirm it. A legacy Azure Arc agent ignores the client_id / object_id / msi_res_id selector
   * and silently returns the machine's system-assigned identity; an agent that supports user-assigned
   * managed identity echoes the identity it used. When the echoed identity is missing or does not
   * match the requested selector, MSAL must not return a token for a different identity than requested.
   *
   * @param networkRequest - The request that produced this response; its query parameters carry the
   *                          requested user-assigned selector (client_id / object_id / msi_res_id)
   * @param responseBody - The deserialized Azure Arc token response
   *
   * @throws {ManagedIdentityError} When a user-assigned identity was requested but not confirmed
   */
  validateUserAssignedIdentityWasHonored(networkRequest, responseBody) {
    let queryParameters = networkRequest.queryParameters, requestedIdentity, echoedIdentity;
    if (queryParameters[ManagedIdentityUserAssignedIdQueryParameterNames.MANAGED_IDENTITY_CLIENT_ID])
      requestedIdentity = queryParameters[ManagedIdentityUserAssignedIdQueryParameterNames.MANAGED_IDENTITY_CLIENT_ID], echoedIdentity = responseBody.client_id;
    else if (queryParameters[ManagedIdentityUserAssignedIdQueryParameterNames.MANAGED_IDENTITY_OBJECT_ID])
      requestedIdentity = queryParameters[ManagedIdentityUserAssignedIdQueryParameterNames.MANAGED_IDENTITY_OBJECT_ID], echoedIdentity = responseBody.object_id;
    else if (queryParameters[ManagedIdentityUserAssignedIdQueryParameterNames.MANAGED_IDENTITY_RESOURCE_ID_IMDS])
      requestedIdentity = queryParameters[ManagedIdentityUserAssignedIdQueryParameterNames.MANAGED_IDENTITY_RESOURCE_ID_IMDS], echoedIdentity = responseBody.msi_res_id || responseBody.mi_res_id;
    else
      return;
    if (!echoedIdentity || echoedIdentity.toLowerCase() !== requestedIdentity.toLowerCase())
      throw this.logger.error("[Managed Identity] Azure Arc did not confirm the requested user-assigned identity in the token response. The agent likely does not support user-assigned managed identity and returned the system-assigned identity.", ""), createManagedIdentityError(userAssignedManagedIdentityNotConfirmed, "");
  }
  /**
   * Processes the server response and handles Azure Arc-specific authentication challenges.
   *
   * This method implements the Azure Arc authentication flow which may require reading a secret file
   * for authorization. When the initial request returns HTTP 401 Unauthorized, it extracts the file
   * path from the WWW-Authenticate header, validates the file location and size, reads the secret,
   * and retries the request with Basic authentication. The method includes comprehensive security
   * validations to prevent path traversal and ensure file integrity.
   *
   * @param originalResponse - The initial HTTP response from the identity endpoint
   * @param networkClient - Network client for making the retry request if needed
   * @param networkRequest - The original request parameters (modified with auth header for retry)
   * @param networkRequestOptions - Additional options for network requests
   *
   * @returns A promise that resolves to the server token response with access token and metadata
   *
   * @throws {ManagedIdentityError} When:
   *   - WWW-Authenticate header is missing or has unsupported format
   *   - Platform is not supported (not Windows or Linux)
   *   - Secret file has invalid extension (not .key)
   *   - Secret file path doesn't match expected platform path
   *   - Secret file cannot be read or is too large (>4096 bytes)
   * @throws {ClientAuthError} When network errors occur during retry request
   */
  async getServerTokenResponseAsync(originalResponse, networkClient, networkRequest, networkRequestOptions) {
    let retryResponse;
    if (originalResponse.status === Constants_exports.HTTP_UNAUTHORIZED) {
      let wwwAuthHeader = originalResponse.headers["www-authenticate"];
      if (!wwwAuthHeader)
        throw createManagedIdentityError(wwwAuthenticateHeaderMissing, "");
      if (!wwwAuthHeader.includes("Basic realm="))
        throw createManagedIdentityError(wwwAuthenticateHeaderUnsupportedFormat, "");
      let secretFilePath = wwwAuthHeader.split("Basic realm=")[1];
      if (!SUPPORTED_AZURE_ARC_PLATFORMS.hasOwnProperty(process.platform))
        throw createManagedIdentityError(platformNotSupported, "");
      let expectedSecretFilePath = SUPPORTED_AZURE_ARC_PLATFORMS[process.platform], fileName = path.basename(secretFilePath);
      if (!fileName.endsWith(".key"))
        throw createManagedIdentityError(invalidFileExtension, "");
      if (expectedSecretFilePath + fileName !== secretFilePath)
        throw createManagedIdentityError(invalidFilePath, "");
      let secretFileSize;
      try {
        secretFileSize = await statSync(secretFilePath).size;
      } catch {
        throw createManagedIdentityError(unableToReadSecretFile, "");
      }
      if (secretFileSize > AZURE_ARC_SECRET_FILE_MAX_SIZE_BYTES)
        throw createManagedIdentityError(invalidSecret, "");
      let secret;
      try {
        secret = readFileSync(secretFilePath, Constants_exports.EncodingTypes.UTF8);
      } catch {
        throw createManagedIdentityError(unableToReadSecretFile, "");
      }
      let authHeaderValue = `Basic ${secret}`;
      this.logger.info("[Managed Identity] Adding authorization header to the request.", ""), networkRequest.headers[ManagedIdentityHeaders.AUTHORIZATION_HEADER_NAME] = authHeaderValue;
      try {
        retryResponse = await networkClient.sendGetRequestAsync(networkRequest.computeUri(), networkRequestOptions);
      } catch (error) {
        throw error instanceof AuthError ? error : createClientAuthError(ClientAuthErrorCodes_exports.networkError, "");
      }
    }
    let finalResponse = retryResponse || originalResponse;
    return finalResponse.body.access_token && this.validateUserAssignedIdentityWasHonored(networkRequest, finalResponse.body), this.getServerTokenResponse(finalResponse);
  }
};

// node_modules/@azure/msal-node/dist/client/ManagedIdentitySources/CloudShell.mjs
var CloudShell = class _CloudShell extends BaseManagedIdentitySource {
  /**
   * Creates a new CloudShell managed identity source instance.
   *
   * @param logger - Logger instance for diagnostic logging
   * @param nodeStorage - Node.js storage implementation for caching
   * @param networkClient - HTTP client for making requests to the managed identity endpoint
   * @param cryptoProvider - Cryptographic operations provider
   * @param disableInternalRetries - Whether to disable automatic retry logic for failed requests
   * @param msiEndpoint - The MSI endpoint URL obtained from environment variables
   */
  constructor(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries, msiEndpoint) {
    super(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries), this.msiEndpoint = msiEndpoint;
  }
  /**
   * Retrieves the required environment variables for Cloud Shell managed identity.
   *
   * Cloud Shell requires the MSI_ENDPOINT environment variable to be set, which
   * contains the URL of the managed identity service endpoint.
   *
   * @returns An array containing the MSI_ENDPOINT environment variable value (or undefined if not set)
   */
  static getEnvironmentVariables() {
    return [process.env[ManagedIdentityEnvironmentVariableNames.MSI_ENDPOINT]];
  }
  /**
   * Attempts to create a CloudShell managed identity source instance.
   *
   * This method validates that the required environment variables are present and
   * creates a CloudShell instance if the environment is properly configured.
   * Cloud Shell only supports system-assigned managed identities.
   *
   * @param logger - Logger instance for diagnostic logging
   * @param nodeStorage - Node.js storage implementation for caching
   * @param networkClient - HTTP client for making requests
   * @param cryptoProvider - Cryptographic operations provider
   * @param disableInternalRetries - Whether to disable automatic retry logic
   * @param managedIdentityId - The managed identity configuration (must be system-assigned)
   *
   * @returns A CloudShell instance if the environment is valid, null otherwise
   *
   * @throws {ManagedIdentityError} When a user-assigned managed identity is requested,
   *         as Cloud Shell only supports system-assigned identities
   */
  static tryCreate(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries, managedIdentityId) {
    let [msiEndpoint] = _CloudShell.getEnvironmentVariables();
    if (!msiEndpoint)
      return logger24.info(`[Managed Identity] ${ManagedIdentitySourceNames.CLOUD_SHELL} managed identity is unavailable because the '${ManagedIdentityEnvironmentVariableNames.MSI_ENDPOINT} environment variable is not defined.`, ""), null;
    let validatedMsiEndpoint = _CloudShell.getValidatedEnvVariableUrlString(ManagedIdentityEnvironmentVariableNames.MSI_ENDPOINT, msiEndpoint, ManagedIdentitySourceNames.CLOUD_SHELL, logger24);
    if (logger24.info(`[Managed Identity] Environment variable validation passed for ${ManagedIdentitySourceNames.CLOUD_SHELL} managed identity. Endpoint URI: ${validatedMsiEndpoint}. Creating ${ManagedIdentitySourceNames.CLOUD_SHELL} managed identity.`, ""), managedIdentityId.idType !== ManagedIdentityIdType.SYSTEM_ASSIGNED)
      throw createManagedIdentityError(unableToCreateCloudShell, "");
    return new _CloudShell(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries, msiEndpoint);
  }
  /**
   * Creates an HTTP request to acquire an access token from the Cloud Shell managed identity endpoint.
   *
   * This method constructs a POST request to the MSI endpoint with the required headers and
   * body parameters for Cloud Shell authentication. The request includes the target resource
   * for which the access token is being requested.
   *
   * @param resource - The target resource/scope for which to request an access token (e.g., "https://graph.microsoft.com/.default")
   *
   * @returns A configured ManagedIdentityRequestParameters object ready for network execution
   */
  createRequest(resource) {
    let request = new ManagedIdentityRequestParameters(HttpMethod2.POST, this.msiEndpoint);
    return request.headers[ManagedIdentityHeaders.METADATA_HEADER_NAME] = "true", request.bodyParameters[ManagedIdentityQueryParameters.RESOURCE] = resource, request;
  }
};

// node_modules/@azure/msal-node/dist/retry/ExponentialRetryStrategy.mjs
var ExponentialRetryStrategy = class {
  constructor(minExponentialBackoff, maxExponentialBackoff, exponentialDeltaBackoff) {
    this.minExponentialBackoff = minExponentialBackoff, this.maxExponentialBackoff = maxExponentialBackoff, this.exponentialDeltaBackoff = exponentialDeltaBackoff;
  }
  /**
   * Calculates the exponential delay based on the current retry attempt.
   *
   * @param {number} currentRetry - The current retry attempt number.
   * @returns {number} - The calculated exponential delay in milliseconds.
   *
   * The delay is calculated using the formula:
   * - If `currentRetry` is 0, it returns the minimum backoff time.
   * - Otherwise, it calculates the delay as the minimum of:
   *   - `(2^(currentRetry - 1)) * deltaBackoff`
   *   - `maxBackoff`
   *
   * This ensures that the delay increases exponentially with each retry attempt,
   * but does not exceed the maximum backoff time.
   */
  calculateDelay(currentRetry) {
    return currentRetry === 0 ? this.minExponentialBackoff : Math.min(Math.pow(2, currentRetry - 1) * this.exponentialDeltaBackoff, this.maxExponentialBackoff);
  }
};

// node_modules/@azure/msal-node/dist/retry/ImdsRetryPolicy.mjs
var HTTP_STATUS_400_CODES_FOR_EXPONENTIAL_STRATEGY = [
  Constants_exports.HTTP_NOT_FOUND,
  Constants_exports.HTTP_REQUEST_TIMEOUT,
  Constants_exports.HTTP_GONE,
  Constants_exports.HTTP_TOO_MANY_REQUESTS
], EXPONENTIAL_STRATEGY_NUM_RETRIES = 3, LINEAR_STRATEGY_NUM_RETRIES = 7, MIN_EXPONENTIAL_BACKOFF_MS = 1e3, MAX_EXPONENTIAL_BACKOFF_MS = 4e3, EXPONENTIAL_DELTA_BACKOFF_MS = 2e3, HTTP_STATUS_GONE_RETRY_AFTER_MS = 10 * 1e3, ImdsRetryPolicy = class _ImdsRetryPolicy {
  constructor() {
    this.exponentialRetryStrategy = new ExponentialRetryStrategy(_ImdsRetryPolicy.MIN_EXPONENTIAL_BACKOFF_MS, _ImdsRetryPolicy.MAX_EXPONENTIAL_BACKOFF_MS, _ImdsRetryPolicy.EXPONENTIAL_DELTA_BACKOFF_MS);
  }
  /*
   * these are defined here as static variables despite being defined as constants outside of the
   * class because they need to be overridden in the unit tests so that the unit tests run faster
   */
  static get MIN_EXPONENTIAL_BACKOFF_MS() {
    return MIN_EXPONENTIAL_BACKOFF_MS;
  }
  static get MAX_EXPONENTIAL_BACKOFF_MS() {
    return MAX_EXPONENTIAL_BACKOFF_MS;
  }
  static get EXPONENTIAL_DELTA_BACKOFF_MS() {
    return EXPONENTIAL_DELTA_BACKOFF_MS;
  }
  static get HTTP_STATUS_GONE_RETRY_AFTER_MS() {
    return HTTP_STATUS_GONE_RETRY_AFTER_MS;
  }
  set isNewRequest(value) {
    this._isNewRequest = value;
  }
  /**
   * Pauses execution for a calculated delay before retrying a request.
   *
   * @param httpStatusCode - The HTTP status code of the response.
   * @param currentRetry - The current retry attempt number.
   * @param retryAfterHeader - The value of the "retry-after" header from the response.
   * @returns A promise that resolves to a boolean indicating whether a retry should be attempted.
   */
  async pauseForRetry(httpStatusCode, currentRetry, logger24) {
    if (this._isNewRequest && (this._isNewRequest = !1, this.maxRetries = httpStatusCode === Constants_exports.HTTP_GONE ? LINEAR_STRATEGY_NUM_RETRIES : EXPONENTIAL_STRATEGY_NUM_RETRIES), (HTTP_STATUS_400_CODES_FOR_EXPONENTIAL_STRATEGY.includes(httpStatusCode) || httpStatusCode >= Constants_exports.HTTP_SERVER_ERROR_RANGE_START && httpStatusCode <= Constants_exports.HTTP_SERVER_ERROR_RANGE_END && currentRetry < this.maxRetries) && currentRetry < this.maxRetries) {
      let retryAfterDelay = httpStatusCode === Constants_exports.HTTP_GONE ? _ImdsRetryPolicy.HTTP_STATUS_GONE_RETRY_AFTER_MS : this.exponentialRetryStrategy.calculateDelay(currentRetry);
      return logger24.verbose(`Retrying request in ${retryAfterDelay}ms (retry attempt: ${currentRetry + 1})`, ""), await new Promise((resolve) => setTimeout(resolve, retryAfterDelay)), !0;
    }
    return !1;
  }
};

// node_modules/@azure/msal-node/dist/client/ManagedIdentitySources/Imds.mjs
var IMDS_TOKEN_PATH = "/metadata/identity/oauth2/token", DEFAULT_IMDS_ENDPOINT = `http://169.254.169.254${IMDS_TOKEN_PATH}`, IMDS_API_VERSION = "2018-02-01", Imds = class _Imds extends BaseManagedIdentitySource {
  /**
   * Constructs an Imds instance with the specified configuration.
   *
   * @param logger - Logger instance for recording debug information and errors
   * @param nodeStorage - NodeStorage instance used for token caching operations
   * @param networkClient - Network client implementation for making HTTP requests to IMDS
   * @param cryptoProvider - CryptoProvider for generating correlation IDs and other cryptographic operations
   * @param disableInternalRetries - When true, disables the built-in retry logic for IMDS requests
   * @param identityEndpoint - The complete IMDS endpoint URL including the token path
   */
  constructor(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries, identityEndpoint) {
    super(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries), this.identityEndpoint = identityEndpoint;
  }
  /**
   * Creates an Imds instance with the appropriate endpoint configuration.
   *
   * This method checks for the presence of the AZURE_POD_IDENTITY_AUTHORITY_HOST environment
   * variable, which is used in Azure Kubernetes Service (AKS) environments with Azure AD
   * Pod Identity. If found, it uses that endpoint; otherwise, it falls back to the standard
   * IMDS endpoint (169.254.169.254).
   *
   * @param logger - Logger instance for recording endpoint discovery and validation
   * @param nodeStorage - NodeStorage instance for token caching
   * @param networkClient - Network client for HTTP requests
   * @param cryptoProvider - CryptoProvider for cryptographic operations
   * @param disableInternalRetries - Whether to disable built-in retry logic
   *
   * @returns A configured Imds instance ready to make token requests
   */
  static tryCreate(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries) {
    let validatedIdentityEndpoint;
    return process.env[ManagedIdentityEnvironmentVariableNames.AZURE_POD_IDENTITY_AUTHORITY_HOST] ? (logger24.info(`[Managed Identity] Environment variable ${ManagedIdentityEnvironmentVariableNames.AZURE_POD_IDENTITY_AUTHORITY_HOST} for ${ManagedIdentitySourceNames.IMDS} returned endpoint: ${process.env[ManagedIdentityEnvironmentVariableNames.AZURE_POD_IDENTITY_AUTHORITY_HOST]}`, ""), validatedIdentityEndpoint = _Imds.getValidatedEnvVariableUrlString(ManagedIdentityEnvironmentVariableNames.AZURE_POD_IDENTITY_AUTHORITY_HOST, `${process.env[ManagedIdentityEnvironmentVariableNames.AZURE_POD_IDENTITY_AUTHORITY_HOST]}${IMDS_TOKEN_PATH}`, ManagedIdentitySourceNames.IMDS, logger24)) : (logger24.info(`[Managed Identity] Unable to find ${ManagedIdentityEnvironmentVariableNames.AZURE_POD_IDENTITY_AUTHORITY_HOST} environment variable for ${ManagedIdentitySourceNames.IMDS}, using the default endpoint.`, ""), validatedIdentityEndpoint = DEFAULT_IMDS_ENDPOINT), new _Imds(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries, validatedIdentityEndpoint);
  }
  /**
   * Creates a properly configured HTTP request for acquiring an access token from IMDS.
   *
   * This method builds a complete request object with all necessary headers, query parameters,
   * and retry policies required by the Azure Instance Metadata Service.
   *
   * Key request components:
   * - HTTP GET method to the IMDS token endpoint
   * - Metadata header set to "true" (required by IMDS)
   * - API version parameter (currently "2018-02-01")
   * - Resource parameter specifying the target audience
   * - Identity-specific parameters for user-assigned managed identities
   * - IMDS-specific retry policy
   *
   * @param resource - The target resource/scope for which to request an access token (e.g., "https://graph.microsoft.com/.default")
   * @param managedIdentityId - The managed identity configuration specifying whether to use system-assigned or user-assigned identity
   *
   * @returns A configured ManagedIdentityRequestParameters object ready for network execution
   */
  createRequest(resource, managedIdentityId) {
    let request = new ManagedIdentityRequestParameters(HttpMethod2.GET, this.identityEndpoint);
    return request.headers[ManagedIdentityHeaders.METADATA_HEADER_NAME] = "true", request.headers[ManagedIdentityHeaders.CLIENT_SKU] = Constants.MSAL_SKU, request.headers[ManagedIdentityHeaders.CLIENT_VER] = version2, request.headers[ManagedIdentityHeaders.CLIENT_REQUEST_ID] = this.createCorrelationId(), request.queryParameters[ManagedIdentityQueryParameters.API_VERSION] = IMDS_API_VERSION, request.queryParameters[ManagedIdentityQueryParameters.RESOURCE] = resource, managedIdentityId.idType !== ManagedIdentityIdType.SYSTEM_ASSIGNED && (request.queryParameters[this.getManagedIdentityUserAssignedIdQueryParameterKey(
      managedIdentityId.idType,
      !0
      // indicates source is IMDS
    )] = managedIdentityId.id), request.retryPolicy = new ImdsRetryPolicy(), request;
  }
};

// node_modules/@azure/msal-node/dist/client/ManagedIdentitySources/ServiceFabric.mjs
var SERVICE_FABRIC_MSI_API_VERSION = "2019-07-01-preview", ServiceFabric = class _ServiceFabric extends BaseManagedIdentitySource {
  /**
   * Constructs a new ServiceFabric managed identity source for acquiring tokens from Azure Service Fabric clusters.
   *
   * Service Fabric managed identity allows applications running in Service Fabric clusters to authenticate
   * without storing credentials in code. This source handles token acquisition using the Service Fabric
   * Managed Identity Token Service (MITS).
   *
   * @param logger - Logger instance for logging authentication events and debugging information
   * @param nodeStorage - NodeStorage instance for caching tokens and other authentication artifacts
   * @param networkClient - Network client for making HTTP requests to the Service Fabric identity endpoint
   * @param cryptoProvider - Crypto provider for cryptographic operations like token validation
   * @param disableInternalRetries - Whether to disable internal retry logic for failed requests
   * @param identityEndpoint - The Service Fabric managed identity endpoint URL
   * @param identityHeader - The Service Fabric managed identity secret header value
   */
  constructor(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries, identityEndpoint, identityHeader) {
    super(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries), this.identityEndpoint = identityEndpoint, this.identityHeader = identityHeader;
  }
  /**
   * Retrieves the environment variables required for Service Fabric managed identity authentication.
   *
   * Service Fabric managed identity requires three specific environment variables to be set by the
   * Service Fabric runtime:
   * - IDENTITY_ENDPOINT: The endpoint URL for the Managed Identity Token Service (MITS)
   * - IDENTITY_HEADER: A secret value used for authentication with the MITS
   * - IDENTITY_SERVER_THUMBPRINT: The thumbprint of the MITS server certificate for secure communication
   *
   * @returns An array containing the identity endpoint, identity header, and identity server thumbprint values.
   *          Elements will be undefined if the corresponding environment variables are not set.
   */
  static getEnvironmentVariables() {
    let identityEndpoint = process.env[ManagedIdentityEnvironmentVariableNames.IDENTITY_ENDPOINT], identityHeader = process.env[ManagedIdentityEnvironmentVariableNames.IDENTITY_HEADER], identityServerThumbprint = process.env[ManagedIdentityEnvironmentVariableNames.IDENTITY_SERVER_THUMBPRINT];
    return [identityEndpoint, identityHeader, identityServerThumbprint];
  }
  /**
   * Attempts to create a ServiceFabric managed identity source if the runtime environment supports it.
   *
   * Checks for the presence of all required Service Fabric environment variables
   * and validates the endpoint URL format. It will only create a ServiceFabric instance if the application
   * is running in a properly configured Service Fabric cluster with managed identity enabled.
   *
   * Note: User-assigned managed identities must be configured at the cluster level, not at runtime.
   * This method will log a warning if a user-assigned identity is requested.
   *
   * @param logger - Logger instance for logging creation events and validation results
   * @param nodeStorage - NodeStorage instance for caching tokens and authentication artifacts
   * @param networkClient - Network client for making HTTP requests to the identity endpoint
   * @param cryptoProvider - Crypto provider for cryptographic operations
   * @param disableInternalRetries - Whether to disable internal retry logic for failed requests
   * @param managedIdentityId - Managed identity identifier specifying system-assigned or user-assigned identity
   *
   * @returns A ServiceFabric instance if all environment variables are valid and present, otherwise null
   */
  static tryCreate(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries, managedIdentityId) {
    let [identityEndpoint, identityHeader, identityServerThumbprint] = _ServiceFabric.getEnvironmentVariables();
    if (!identityEndpoint || !identityHeader || !identityServerThumbprint)
      return logger24.info(`[Managed Identity] ${ManagedIdentitySourceNames.SERVICE_FABRIC} managed identity is unavailable because one or all of the '${ManagedIdentityEnvironmentVariableNames.IDENTITY_HEADER}', '${ManagedIdentityEnvironmentVariableNames.IDENTITY_ENDPOINT}' or '${ManagedIdentityEnvironmentVariableNames.IDENTITY_SERVER_THUMBPRINT}' environment variables are not defined.`, ""), null;
    let validatedIdentityEndpoint = _ServiceFabric.getValidatedEnvVariableUrlString(ManagedIdentityEnvironmentVariableNames.IDENTITY_ENDPOINT, identityEndpoint, ManagedIdentitySourceNames.SERVICE_FABRIC, logger24);
    return logger24.info(`[Managed Identity] Environment variables validation passed for ${ManagedIdentitySourceNames.SERVICE_FABRIC} managed identity. Endpoint URI: ${validatedIdentityEndpoint}. Creating ${ManagedIdentitySourceNames.SERVICE_FABRIC} managed identity.`, ""), managedIdentityId.idType !== ManagedIdentityIdType.SYSTEM_ASSIGNED && logger24.warning(`[Managed Identity] ${ManagedIdentitySourceNames.SERVICE_FABRIC} user assigned managed identity is configured in the cluster, not during runtime. See also: https://learn.microsoft.com/en-us/azure/service-fabric/configure-existing-cluster-enable-managed-identity-token-service.`, ""), new _ServiceFabric(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries, identityEndpoint, identityHeader);
  }
  /**
   * Creates HTTP request parameters for acquiring an access token from the Service Fabric Managed Identity Token Service (MITS).
   *
   * This method constructs a properly formatted HTTP GET request that includes:
   * - The secret header for authentication with MITS
   * - API version parameter for the Service Fabric MSI endpoint
   * - Resource parameter specifying the target Azure service
   * - Optional identity parameters for user-assigned managed identities
   *
   * The request follows the Service Fabric managed identity protocol and uses the 2019-07-01-preview API version.
   * For user-assigned identities, the appropriate query parameter (client_id, object_id, or resource_id) is added
   * based on the identity type.
   *
   * @param resource - The Azure resource URI for which the access token is requested (e.g., "https://vault.azure.net/")
   * @param managedIdentityId - The managed identity configuration specifying system-assigned or user-assigned identity details
   *
   * @returns A configured ManagedIdentityRequestParameters object ready for network execution
   */
  createRequest(resource, managedIdentityId) {
    let request = new ManagedIdentityRequestParameters(HttpMethod2.GET, this.identityEndpoint);
    return request.headers[ManagedIdentityHeaders.ML_AND_SF_SECRET_HEADER_NAME] = this.identityHeader, request.queryParameters[ManagedIdentityQueryParameters.API_VERSION] = SERVICE_FABRIC_MSI_API_VERSION, request.queryParameters[ManagedIdentityQueryParameters.RESOURCE] = resource, managedIdentityId.idType !== ManagedIdentityIdType.SYSTEM_ASSIGNED && (request.queryParameters[this.getManagedIdentityUserAssignedIdQueryParameterKey(managedIdentityId.idType)] = managedIdentityId.id), request;
  }
};

// node_modules/@azure/msal-node/dist/client/ManagedIdentitySources/MachineLearning.mjs
var MACHINE_LEARNING_MSI_API_VERSION = "2017-09-01", MANAGED_IDENTITY_MACHINE_LEARNING_UNSUPPORTED_ID_TYPE_ERROR = `Only client id is supported for user-assigned managed identity in ${ManagedIdentitySourceNames.MACHINE_LEARNING}.`, MachineLearning = class _MachineLearning extends BaseManagedIdentitySource {
  /**
   * Creates a new MachineLearning managed identity source instance.
   *
   * @param logger - Logger instance for diagnostic information
   * @param nodeStorage - Node storage implementation for caching
   * @param networkClient - Network client for making HTTP requests
   * @param cryptoProvider - Cryptographic operations provider
   * @param disableInternalRetries - Whether to disable automatic request retries
   * @param msiEndpoint - The MSI endpoint URL from environment variables
   * @param secret - The MSI secret from environment variables
   */
  constructor(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries, msiEndpoint, secret) {
    super(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries), this.msiEndpoint = msiEndpoint, this.secret = secret;
  }
  /**
   * Retrieves the required environment variables for Azure Machine Learning managed identity.
   *
   * This method checks for the presence of MSI_ENDPOINT and MSI_SECRET environment variables
   * that are automatically set by the Azure Machine Learning platform when managed identity
   * is enabled for the compute instance or cluster.
   *
   * @returns An array containing [msiEndpoint, secret] where either value may be undefined
   *          if the corresponding environment variable is not set
   */
  static getEnvironmentVariables() {
    let msiEndpoint = process.env[ManagedIdentityEnvironmentVariableNames.MSI_ENDPOINT], secret = process.env[ManagedIdentityEnvironmentVariableNames.MSI_SECRET];
    return [msiEndpoint, secret];
  }
  /**
   * Attempts to create a MachineLearning managed identity source.
   *
   * This method validates the Azure Machine Learning environment by checking for the required
   * MSI_ENDPOINT and MSI_SECRET environment variables. If both are present and valid,
   * it creates and returns a MachineLearning instance. If either is missing or invalid,
   * it returns null, indicating that this managed identity source is not available
   * in the current environment.
   *
   * @param logger - Logger instance for diagnostic information
   * @param nodeStorage - Node storage implementation for caching
   * @param networkClient - Network client for making HTTP requests
   * @param cryptoProvider - Cryptographic operations provider
   * @param disableInternalRetries - Whether to disable automatic request retries
   *
   * @returns A new MachineLearning instance if the environment is valid, null otherwise
   */
  static tryCreate(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries) {
    let [msiEndpoint, secret] = _MachineLearning.getEnvironmentVariables();
    if (!msiEndpoint || !secret)
      return logger24.info(`[Managed Identity] ${ManagedIdentitySourceNames.MACHINE_LEARNING} managed identity is unavailable because one or both of the '${ManagedIdentityEnvironmentVariableNames.MSI_ENDPOINT}' and '${ManagedIdentityEnvironmentVariableNames.MSI_SECRET}' environment variables are not defined.`, ""), null;
    let validatedMsiEndpoint = _MachineLearning.getValidatedEnvVariableUrlString(ManagedIdentityEnvironmentVariableNames.MSI_ENDPOINT, msiEndpoint, ManagedIdentitySourceNames.MACHINE_LEARNING, logger24);
    return logger24.info(`[Managed Identity] Environment variables validation passed for ${ManagedIdentitySourceNames.MACHINE_LEARNING} managed identity. Endpoint URI: ${validatedMsiEndpoint}. Creating ${ManagedIdentitySourceNames.MACHINE_LEARNING} managed identity.`, ""), new _MachineLearning(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries, msiEndpoint, secret);
  }
  /**
   * Creates a managed identity token request for Azure Machine Learning environments.
   *
   * This method constructs the HTTP request parameters needed to acquire an access token
   * from the Azure Machine Learning managed identity endpoint. It handles both system-assigned
   * and user-assigned managed identities with specific logic for each type:
   *
   * - System-assigned: Uses the DEFAULT_IDENTITY_CLIENT_ID environment variable
   * - User-assigned: Only supports client ID-based identification (not object ID or resource ID)
   *
   * The request uses the 2017-09-01 API version and includes the required secret header
   * for authentication with the MSI endpoint.
   *
   * @param resource - The target resource/scope for which to request an access token (e.g., "https://graph.microsoft.com/.default")
   * @param managedIdentityId - The managed identity configuration specifying whether to use system-assigned or user-assigned identity
   *
   * @returns A configured ManagedIdentityRequestParameters object ready for network execution
   *
   * @throws Error if an unsupported managed identity ID type is specified (only client ID is supported for user-assigned)
   */
  createRequest(resource, managedIdentityId) {
    let request = new ManagedIdentityRequestParameters(HttpMethod2.GET, this.msiEndpoint);
    if (request.headers[ManagedIdentityHeaders.METADATA_HEADER_NAME] = "true", request.headers[ManagedIdentityHeaders.ML_AND_SF_SECRET_HEADER_NAME] = this.secret, request.queryParameters[ManagedIdentityQueryParameters.API_VERSION] = MACHINE_LEARNING_MSI_API_VERSION, request.queryParameters[ManagedIdentityQueryParameters.RESOURCE] = resource, managedIdentityId.idType === ManagedIdentityIdType.SYSTEM_ASSIGNED)
      request.queryParameters[ManagedIdentityUserAssignedIdQueryParameterNames.MANAGED_IDENTITY_CLIENT_ID_2017] = process.env[ManagedIdentityEnvironmentVariableNames.DEFAULT_IDENTITY_CLIENT_ID];
    else if (managedIdentityId.idType === ManagedIdentityIdType.USER_ASSIGNED_CLIENT_ID)
      request.queryParameters[this.getManagedIdentityUserAssignedIdQueryParameterKey(
        managedIdentityId.idType,
        !1,
        // isIMDS
        !0
        // uses2017API
      )] = managedIdentityId.id;
    else
      throw new Error(MANAGED_IDENTITY_MACHINE_LEARNING_UNSUPPORTED_ID_TYPE_ERROR);
    return request;
  }
};

// node_modules/@azure/msal-node/dist/client/ManagedIdentityClient.mjs
var ManagedIdentityClient = class _ManagedIdentityClient {
  constructor(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries) {
    this.logger = logger24, this.nodeStorage = nodeStorage, this.networkClient = networkClient, this.cryptoProvider = cryptoProvider, this.disableInternalRetries = disableInternalRetries;
  }
  async sendManagedIdentityTokenRequest(managedIdentityRequest, managedIdentityId, fakeAuthority, refreshAccessToken) {
    return _ManagedIdentityClient.identitySource || (_ManagedIdentityClient.identitySource = this.selectManagedIdentitySource(this.logger, this.nodeStorage, this.networkClient, this.cryptoProvider, this.disableInternalRetries, managedIdentityId)), _ManagedIdentityClient.identitySource.acquireTokenWithManagedIdentity(managedIdentityRequest, managedIdentityId, fakeAuthority, refreshAccessToken);
  }
  allEnvironmentVariablesAreDefined(environmentVariables) {
    return Object.values(environmentVariables).every((environmentVariable) => environmentVariable !== void 0);
  }
  /**
   * Determine the Managed Identity Source based on available environment variables. This API is consumed by ManagedIdentityApplication's getManagedIdentitySource.
   * @returns ManagedIdentitySourceNames - The Managed Identity source's name
   */
  getManagedIdentitySource() {
    return _ManagedIdentityClient.sourceName = this.allEnvironmentVariablesAreDefined(ServiceFabric.getEnvironmentVariables()) ? ManagedIdentitySourceNames.SERVICE_FABRIC : this.allEnvironmentVariablesAreDefined(AppService.getEnvironmentVariables()) ? ManagedIdentitySourceNames.APP_SERVICE : this.allEnvironmentVariablesAreDefined(MachineLearning.getEnvironmentVariables()) ? ManagedIdentitySourceNames.MACHINE_LEARNING : this.allEnvironmentVariablesAreDefined(CloudShell.getEnvironmentVariables()) ? ManagedIdentitySourceNames.CLOUD_SHELL : this.allEnvironmentVariablesAreDefined(AzureArc.getEnvironmentVariables()) ? ManagedIdentitySourceNames.AZURE_ARC : ManagedIdentitySourceNames.DEFAULT_TO_IMDS, _ManagedIdentityClient.sourceName;
  }
  /**
   * Tries to create a managed identity source for all sources
   * @returns the managed identity Source
   */
  selectManagedIdentitySource(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries, managedIdentityId) {
    let source = ServiceFabric.tryCreate(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries, managedIdentityId) || AppService.tryCreate(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries) || MachineLearning.tryCreate(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries) || CloudShell.tryCreate(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries, managedIdentityId) || AzureArc.tryCreate(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries, managedIdentityId) || Imds.tryCreate(logger24, nodeStorage, networkClient, cryptoProvider, disableInternalRetries);
    if (!source)
      throw createManagedIdentityError(unableToCreateSource, "");
    return source;
  }
};

// node_modules/@azure/msal-node/dist/client/ManagedIdentityApplication.mjs
var SOURCES_THAT_SUPPORT_TOKEN_REVOCATION = [ManagedIdentitySourceNames.SERVICE_FABRIC], ManagedIdentityApplication = class _ManagedIdentityApplication {
  constructor(configuration) {
    this.config = buildManagedIdentityConfiguration(configuration || {}), this.logger = new Logger(this.config.system.loggerOptions, name2, version2);
    let fakeStatusAuthorityOptions = {
      canonicalAuthority: Constants_exports.DEFAULT_AUTHORITY
    };
    _ManagedIdentityApplication.nodeStorage || (_ManagedIdentityApplication.nodeStorage = new NodeStorage(this.logger, this.config.managedIdentityId.id, DEFAULT_CRYPTO_IMPLEMENTATION, fakeStatusAuthorityOptions)), this.networkClient = this.config.system.networkClient, this.cryptoProvider = new CryptoProvider();
    let fakeAuthorityOptions = {
      protocolMode: ProtocolMode.AAD,
      knownAuthorities: [DEFAULT_AUTHORITY_FOR_MANAGED_IDENTITY],
      cloudDiscoveryMetadata: "",
      authorityMetadata: ""
    };
    this.fakeAuthority = new Authority(
      DEFAULT_AUTHORITY_FOR_MANAGED_IDENTITY,
      this.networkClient,
      _ManagedIdentityApplication.nodeStorage,
      fakeAuthorityOptions,
      this.logger,
      this.cryptoProvider.createNewGuid(),
      // correlationID
      new StubPerformanceClient(),
      !0
    ), this.fakeClientCredentialClient = new ClientCredentialClient({
      authOptions: {
        clientId: this.config.managedIdentityId.id,
        authority: this.fakeAuthority
      }
    }), this.managedIdentityClient = new ManagedIdentityClient(this.logger, _ManagedIdentityApplication.nodeStorage, this.networkClient, this.cryptoProvider, this.config.disableInternalRetries), this.hashUtils = new HashUtils();
  }
  /**
   * Acquire an access token from the cache or the managed identity
   * @param managedIdentityRequest - the ManagedIdentityRequestParams object passed in by the developer
   * @returns the access token
   */
  async acquireToken(managedIdentityRequestParams) {
    if (!managedIdentityRequestParams.resource)
      throw createClientConfigurationError(ClientConfigurationErrorCodes_exports.urlEmptyError, "");
    let managedIdentityRequest = {
      forceRefresh: managedIdentityRequestParams.forceRefresh,
      resource: managedIdentityRequestParams.resource.replace("/.default", ""),
      scopes: [
        managedIdentityRequestParams.resource.replace("/.default", "")
      ],
      authority: this.fakeAuthority.canonicalAuthority,
      correlationId: this.cryptoProvider.createNewGuid(),
      claims: managedIdentityRequestParams.claims,
      clientCapabilities: this.config.clientCapabilities
    };
    if (managedIdentityRequest.forceRefresh)
      return this.acquireTokenFromManagedIdentity(managedIdentityRequest, this.config.managedIdentityId, this.fakeAuthority);
    let [cachedAuthenticationResult, lastCacheOutcome] = await this.fakeClientCredentialClient.getCachedAuthenticationResult(managedIdentityRequest, this.config, this.cryptoProvider, this.fakeAuthority, _ManagedIdentityApplication.nodeStorage);
    if (managedIdentityRequest.claims) {
      let sourceName = this.managedIdentityClient.getManagedIdentitySource();
      if (cachedAuthenticationResult && SOURCES_THAT_SUPPORT_TOKEN_REVOCATION.includes(sourceName)) {
        let revokedTokenSha256Hash = this.hashUtils.sha256(cachedAuthenticationResult.accessToken).toString(Constants_exports.EncodingTypes.HEX);
        managedIdentityRequest.revokedTokenSha256Hash = revokedTokenSha256Hash;
      }
      return this.acquireTokenFromManagedIdentity(managedIdentityRequest, this.config.managedIdentityId, this.fakeAuthority);
    }
    return cachedAuthenticationResult ? (lastCacheOutcome === Constants_exports.CacheOutcome.PROACTIVELY_REFRESHED && (this.logger.info("ClientCredentialClient:getCachedAuthenticationResult - Cached access token's refreshOn property has been exceeded'. It's not expired, but must be refreshed.", managedIdentityRequest.correlationId), await this.acquireTokenFromManagedIdentity(managedIdentityRequest, this.config.managedIdentityId, this.fakeAuthority, !0)), cachedAuthenticationResult) : this.acquireTokenFromManagedIdentity(managedIdentityRequest, this.config.managedIdentityId, this.fakeAuthority);
  }
  /**
   * Acquires a token from a managed identity endpoint.
   *
   * @param managedIdentityRequest - The request object containing parameters for the managed identity token request.
   * @param managedIdentityId - The identifier for the managed identity (e.g., client ID or resource ID).
   * @param fakeAuthority - A placeholder authority used for the token request.
   * @param refreshAccessToken - Optional flag indicating whether to force a refresh of the access token.
   * @returns A promise that resolves to an AuthenticationResult containing the acquired token and related information.
   */
  async acquireTokenFromManagedIdentity(managedIdentityRequest, managedIdentityId, fakeAuthority, refreshAccessToken) {
    return this.managedIdentityClient.sendManagedIdentityTokenRequest(managedIdentityRequest, managedIdentityId, fakeAuthority, refreshAccessToken);
  }
  /**
   * Determine the Managed Identity Source based on available environment variables. This API is consumed by Azure Identity SDK.
   * @returns ManagedIdentitySourceNames - The Managed Identity source's name
   */
  getManagedIdentitySource() {
    return ManagedIdentityClient.sourceName || this.managedIdentityClient.getManagedIdentitySource();
  }
};

// node_modules/@azure/msal-node/dist/index.mjs
var PromptValue2 = Constants_exports.PromptValue, ResponseMode2 = Constants_exports.ResponseMode;

// node_modules/@azure/identity/dist/esm/msal/utils.js
var logger3 = credentialLogger("IdentityUtils"), LatestAuthenticationRecordVersion = "1.0";
function ensureValidMsalToken(scopes, msalToken, getTokenOptions) {
  let error = (message) => (logger3.getToken.info(message), new AuthenticationRequiredError({
    scopes: Array.isArray(scopes) ? scopes : [scopes],
    getTokenOptions,
    message
  }));
  if (!msalToken)
    throw error("No response");
  if (!msalToken.expiresOn)
    throw error('Response had no "expiresOn" property.');
  if (!msalToken.accessToken)
    throw error('Response had no "accessToken" property.');
}
function getAuthority(tenantId, host) {
  return host || (host = DefaultAuthorityHost), new RegExp(`${tenantId}/?$`).test(host) ? host : host.endsWith("/") ? host + tenantId : `${host}/${tenantId}`;
}
function getKnownAuthorities(tenantId, authorityHost, disableInstanceDiscovery) {
  return tenantId === "adfs" && authorityHost || disableInstanceDiscovery ? [authorityHost] : [];
}
var defaultLoggerCallback = (credLogger, platform = isNodeLike ? "Node" : "Browser") => (level, message, containsPii) => {
  if (!containsPii)
    switch (level) {
      case LogLevel.Error:
        credLogger.info(`MSAL ${platform} V2 error: ${message}`);
        return;
      case LogLevel.Info:
        credLogger.info(`MSAL ${platform} V2 info message: ${message}`);
        return;
      case LogLevel.Verbose:
        credLogger.info(`MSAL ${platform} V2 verbose message: ${message}`);
        return;
      case LogLevel.Warning:
        credLogger.info(`MSAL ${platform} V2 warning: ${message}`);
        return;
    }
};
function getMSALLogLevel(logLevel) {
  switch (logLevel) {
    case "error":
      return LogLevel.Error;
    case "info":
      return LogLevel.Info;
    case "verbose":
      return LogLevel.Verbose;
    case "warning":
      return LogLevel.Warning;
    default:
      return LogLevel.Info;
  }
}
function handleMsalError(scopes, error, getTokenOptions) {
  if (error.name === "AuthError" || error.name === "ClientAuthError" || error.name === "BrowserAuthError") {
    let msalError = error;
    switch (msalError.errorCode) {
      case "endpoints_resolution_error":
        return logger3.info(formatError(scopes, error.message)), new CredentialUnavailableError(error.message);
      case "device_code_polling_cancelled":
        return new AbortError("The authentication has been aborted by the caller.");
      case "consent_required":
      case "interaction_required":
      case "login_required":
        logger3.info(formatError(scopes, `Authentication returned errorCode ${msalError.errorCode}`));
        break;
      default:
        logger3.info(formatError(scopes, `Failed to acquire token: ${error.message}`));
        break;
    }
  }
  return error.name === "ClientConfigurationError" || error.name === "BrowserConfigurationAuthError" || error.name === "AbortError" || error.name === "AuthenticationError" ? error : error.name === "NativeAuthError" ? (logger3.info(formatError(scopes, `Error from the native broker: ${error.message} with status code: ${error.statusCode}`)), error) : new AuthenticationRequiredError({
    scopes,
    getTokenOptions,
    message: error.message,
    cause: error
  });
}
function publicToMsal(account) {
  return {
    localAccountId: account.homeAccountId,
    environment: account.authority,
    username: account.username,
    homeAccountId: account.homeAccountId,
    tenantId: account.tenantId
  };
}
function msalToPublic(clientId, account) {
  return {
    authority: account.environment ?? DefaultAuthority,
    homeAccountId: account.homeAccountId,
    tenantId: account.tenantId || DefaultTenantId,
    username: account.username,
    clientId,
    version: LatestAuthenticationRecordVersion
  };
}
function serializeAuthenticationRecord(record) {
  return JSON.stringify(record);
}
function deserializeAuthenticationRecord(serializedRecord) {
  let parsed = JSON.parse(serializedRecord);
  if (parsed.version && parsed.version !== LatestAuthenticationRecordVersion)
    throw Error("Unsupported AuthenticationRecord version");
  return parsed;
}

// node_modules/@azure/identity/dist/esm/util/identityTokenEndpoint.js
function getIdentityTokenEndpointSuffix(tenantId) {
  return tenantId === "adfs" ? "oauth2/token" : "oauth2/v2.0/token";
}

// node_modules/@azure/identity/dist/esm/credentials/managedIdentityCredential/utils.js
var DefaultScopeSuffix = "/.default", serviceFabricErrorMessage = "Specifying a `clientId` or `resourceId` is not supported by the Service Fabric managed identity environment. The managed identity configuration is determined by the Service Fabric cluster resource configuration. See https://aka.ms/servicefabricmi for more information";
function mapScopesToResource(scopes) {
  let scope = "";
  if (Array.isArray(scopes)) {
    if (scopes.length !== 1)
      return;
    scope = scopes[0];
  } else typeof scopes == "string" && (scope = scopes);
  return scope.endsWith(DefaultScopeSuffix) ? scope.substr(0, scope.lastIndexOf(DefaultScopeSuffix)) : scope;
}
function parseExpirationTimestamp(body) {
  if (typeof body.expires_on == "number")
    return body.expires_on * 1e3;
  if (typeof body.expires_on == "string") {
    let asNumber = +body.expires_on;
    if (!isNaN(asNumber))
      return asNumber * 1e3;
    let asDate = Date.parse(body.expires_on);
    if (!isNaN(asDate))
      return asDate;
  }
  if (typeof body.expires_in == "number")
    return Date.now() + body.expires_in * 1e3;
  throw new Error(`Failed to parse token expiration from body. expires_in="${body.expires_in}", expires_on="${body.expires_on}"`);
}
function parseRefreshTimestamp(body) {
  if (body.refresh_on) {
    if (typeof body.refresh_on == "number")
      return body.refresh_on * 1e3;
    if (typeof body.refresh_on == "string") {
      let asNumber = +body.refresh_on;
      if (!isNaN(asNumber))
        return asNumber * 1e3;
      let asDate = Date.parse(body.refresh_on);
      if (!isNaN(asDate))
        return asDate;
    }
    throw new Error(`Failed to parse refresh_on from body. refresh_on="${body.refresh_on}"`);
  } else
    return;
}

// node_modules/@azure/identity/dist/esm/util/authorityHost.js
function getAuthorityHost(options) {
  let authorityHost = options?.authorityHost;
  return !authorityHost && isNodeLike && (authorityHost = process.env.AZURE_AUTHORITY_HOST), authorityHost ?? DefaultAuthorityHost;
}

// node_modules/@azure/identity/dist/esm/client/identityClient.js
var noCorrelationId = "noCorrelationId", HttpStatus = {
  CLIENT_ERROR_RANGE_START: 400,
  CLIENT_ERROR_RANGE_END: 499,
  SERVER_ERROR_RANGE_START: 500,
  SERVER_ERROR_RANGE_END: 599
}, IdentityClient = class extends ServiceClient {
  authorityHost;
  allowLoggingAccountIdentifiers;
  abortControllers;
  allowInsecureConnection = !1;
  // used for WorkloadIdentity
  tokenCredentialOptions;
  constructor(options) {
    let packageDetails = `azsdk-js-identity/${SDK_VERSION}`, userAgentPrefix = options?.userAgentOptions?.userAgentPrefix ? `${options.userAgentOptions.userAgentPrefix} ${packageDetails}` : `${packageDetails}`, baseUri = getAuthorityHost(options);
    if (!baseUri.startsWith("https:"))
      throw new Error("The authorityHost address must use the 'https' protocol.");
    super({
      requestContentType: "application/json; charset=utf-8",
      retryOptions: {
        maxRetries: 3
      },
      ...options,
      userAgentOptions: {
        userAgentPrefix
      },
      baseUri
    }), this.authorityHost = baseUri, this.abortControllers = /* @__PURE__ */ new Map(), this.allowLoggingAccountIdentifiers = options?.loggingOptions?.allowLoggingAccountIdentifiers, this.tokenCredentialOptions = { ...options }, options?.allowInsecureConnection && (this.allowInsecureConnection = options.allowInsecureConnection);
  }
  async sendTokenRequest(request) {
    logger.info(`IdentityClient: sending token request to [${request.url}]`);
    let response = await this.sendRequest(request);
    if (response.bodyAsText && (response.status === 200 || response.status === 201)) {
      let parsedBody = JSON.parse(response.bodyAsText);
      if (!parsedBody.access_token)
        return null;
      this.logIdentifiers(response);
      let token = {
        accessToken: {
          token: parsedBody.access_token,
          expiresOnTimestamp: parseExpirationTimestamp(parsedBody),
          refreshAfterTimestamp: parseRefreshTimestamp(parsedBody),
          tokenType: "Bearer"
        },
        refreshToken: parsedBody.refresh_token
      };
      return logger.info(`IdentityClient: [${request.url}] token acquired, expires on ${token.accessToken.expiresOnTimestamp}`), token;
    } else {
      let error = new AuthenticationError(response.status, response.bodyAsText);
      throw logger.warning(`IdentityClient: authentication error. HTTP status: ${response.status}, ${error.errorResponse.errorDescription}`), error;
    }
  }
  async refreshAccessToken(tenantId, clientId, scopes, refreshToken, clientSecret, options = {}) {
    if (refreshToken === void 0)
      return null;
    logger.info(`IdentityClient: refreshing access token with client ID: ${clientId}, scopes: ${scopes} started`);
    let refreshParams = {
      grant_type: "refresh_token",
      client_id: clientId,
      refresh_token: refreshToken,
      scope: scopes
    };
    clientSecret !== void 0 && (refreshParams.client_secret = clientSecret);
    let query = new URLSearchParams(refreshParams);
    return tracingClient.withSpan("IdentityClient.refreshAccessToken", options, async (updatedOptions) => {
      try {
        let urlSuffix = getIdentityTokenEndpointSuffix(tenantId), request = createPipelineRequest({
          url: `${this.authorityHost}/${tenantId}/${urlSuffix}`,
          method: "POST",
          body: query.toString(),
          abortSignal: options.abortSignal,
          headers: createHttpHeaders({
            Accept: "application/json",
            "Content-Type": "application/x-www-form-urlencoded"
          }),
          tracingOptions: updatedOptions.tracingOptions
        }), response = await this.sendTokenRequest(request);
        return logger.info(`IdentityClient: refreshed token for client ID: ${clientId}`), response;
      } catch (err) {
        if (err.name === AuthenticationErrorName && err.errorResponse.error === "interaction_required")
          return logger.info(`IdentityClient: interaction required for client ID: ${clientId}`), null;
        throw logger.warning(`IdentityClient: failed refreshing token for client ID: ${clientId}: ${err}`), err;
      }
    });
  }
  // Here is a custom layer that allows us to abort requests that go through MSAL,
  // since MSAL doesn't allow us to pass options all the way through.
  generateAbortSignal(correlationId) {
    let controller = new AbortController(), controllers = this.abortControllers.get(correlationId) || [];
    controllers.push(controller), this.abortControllers.set(correlationId, controllers);
    let existingOnAbort = controller.signal.onabort;
    return controller.signal.onabort = (...params) => {
      this.abortControllers.set(correlationId, void 0), existingOnAbort && existingOnAbort.apply(controller.signal, params);
    }, controller.signal;
  }
  abortRequests(correlationId) {
    let key = correlationId || noCorrelationId, controllers = [
      ...this.abortControllers.get(key) || [],
      // MSAL passes no correlation ID to the get requests...
      ...this.abortControllers.get(noCorrelationId) || []
    ];
    if (controllers.length) {
      for (let controller of controllers)
        controller.abort();
      this.abortControllers.set(key, void 0);
    }
  }
  getCorrelationId(options) {
    let parameter = options?.body?.split("&").map((part) => part.split("=")).find(([key]) => key === "client-request-id");
    return parameter && parameter.length && parameter[1] || noCorrelationId;
  }
  // The MSAL network module methods follow
  async sendGetRequestAsync(url, options) {
    let request = createPipelineRequest({
      url,
      method: "GET",
      body: options?.body,
      allowInsecureConnection: this.allowInsecureConnection,
      headers: createHttpHeaders(options?.headers),
      abortSignal: this.generateAbortSignal(noCorrelationId)
    }), response = await this.sendRequest(request);
    return this.logIdentifiers(response), {
      body: this.parseResponseBody(response),
      headers: response.headers.toJSON(),
      status: response.status
    };
  }
  async sendPostRequestAsync(url, options) {
    let request = createPipelineRequest({
      url,
      method: "POST",
      body: options?.body,
      headers: createHttpHeaders(options?.headers),
      allowInsecureConnection: this.allowInsecureConnection,
      // MSAL doesn't send the correlation ID on the get requests.
      abortSignal: this.generateAbortSignal(this.getCorrelationId(options))
    }), response = await this.sendRequest(request);
    return this.logIdentifiers(response), {
      body: this.parseResponseBody(response),
      headers: response.headers.toJSON(),
      status: response.status
    };
  }
  /**
   *
   * @internal
   */
  getTokenCredentialOptions() {
    return this.tokenCredentialOptions;
  }
  /**
   * If allowLoggingAccountIdentifiers was set on the constructor options
   * we try to log the account identifiers by parsing the received access token.
   *
   * The account identifiers we try to log are:
   * - `appid`: The application or Client Identifier.
   * - `upn`: User Principal Name.
   *   - It might not be available in some authentication scenarios.
   *   - If it's not available, we put a placeholder: "No User Principal Name available".
   * - `tid`: Tenant Identifier.
   * - `oid`: Object Identifier of the authenticated user.
   */
  logIdentifiers(response) {
    if (!this.allowLoggingAccountIdentifiers || !response.bodyAsText)
      return;
    let unavailableUpn = "No User Principal Name available";
    try {
      let accessToken = (response.parsedBody || JSON.parse(response.bodyAsText)).access_token;
      if (!accessToken)
        return;
      let base64Metadata = accessToken.split(".")[1], { appid, upn, tid, oid } = JSON.parse(uint8ArrayToString(stringToUint8Array(base64Metadata, "base64url"), "utf-8"));
      logger.info(`[Authenticated account] Client ID: ${appid}. Tenant ID: ${tid}. User Principal Name: ${upn || unavailableUpn}. Object ID (user): ${oid}`);
    } catch (e) {
      logger.warning("allowLoggingAccountIdentifiers was set, but we couldn't log the account information. Error:", e.message);
    }
  }
  /**
   * Parses the response body if possible. Add error properties if parsing fails.
   * This follows MSAL INetworkModule behavior so the response is in expected format.
   */
  parseResponseBody(response) {
    let parsedBody;
    try {
      parsedBody = JSON.parse(response.bodyAsText || "");
    } catch (error) {
      logger.info(`IdentityClient: Could not parse response body: ${error}`);
      let errorType, errorDescriptionHelper;
      response.status >= HttpStatus.CLIENT_ERROR_RANGE_START && response.status <= HttpStatus.CLIENT_ERROR_RANGE_END ? (errorType = "client_error", errorDescriptionHelper = "A client") : response.status >= HttpStatus.SERVER_ERROR_RANGE_START && response.status <= HttpStatus.SERVER_ERROR_RANGE_END ? (errorType = "server_error", errorDescriptionHelper = "A server") : (errorType = "unknown_error", errorDescriptionHelper = "An unknown");
      let errorDescriptionLines = [
        `${errorDescriptionHelper} error occured.`,
        `Http status code: ${response.status}`,
        `Http status message: ${response.bodyAsText || "Unknown"}`,
        `Headers: ${JSON.stringify(response.headers)}`
      ];
      parsedBody = {
        error: errorType,
        error_description: errorDescriptionLines.join(`
`)
      };
    }
    return parsedBody;
  }
};

// node_modules/@azure/identity/dist/esm/regionalAuthority.js
var RegionalAuthority;
(function(RegionalAuthority2) {
  RegionalAuthority2.AutoDiscoverRegion = "AutoDiscoverRegion", RegionalAuthority2.USWest = "westus", RegionalAuthority2.USWest2 = "westus2", RegionalAuthority2.USCentral = "centralus", RegionalAuthority2.USEast = "eastus", RegionalAuthority2.USEast2 = "eastus2", RegionalAuthority2.USNorthCentral = "northcentralus", RegionalAuthority2.USSouthCentral = "southcentralus", RegionalAuthority2.USWestCentral = "westcentralus", RegionalAuthority2.CanadaCentral = "canadacentral", RegionalAuthority2.CanadaEast = "canadaeast", RegionalAuthority2.BrazilSouth = "brazilsouth", RegionalAuthority2.EuropeNorth = "northeurope", RegionalAuthority2.EuropeWest = "westeurope", RegionalAuthority2.UKSouth = "uksouth", RegionalAuthority2.UKWest = "ukwest", RegionalAuthority2.FranceCentral = "francecentral", RegionalAuthority2.FranceSouth = "francesouth", RegionalAuthority2.SwitzerlandNorth = "switzerlandnorth", RegionalAuthority2.SwitzerlandWest = "switzerlandwest", RegionalAuthority2.GermanyNorth = "germanynorth", RegionalAuthority2.GermanyWestCentral = "germanywestcentral", RegionalAuthority2.NorwayWest = "norwaywest", RegionalAuthority2.NorwayEast = "norwayeast", RegionalAuthority2.AsiaEast = "eastasia", RegionalAuthority2.AsiaSouthEast = "southeastasia", RegionalAuthority2.JapanEast = "japaneast", RegionalAuthority2.JapanWest = "japanwest", RegionalAuthority2.AustraliaEast = "australiaeast", RegionalAuthority2.AustraliaSouthEast = "australiasoutheast", RegionalAuthority2.AustraliaCentral = "australiacentral", RegionalAuthority2.AustraliaCentral2 = "australiacentral2", RegionalAuthority2.IndiaCentral = "centralindia", RegionalAuthority2.IndiaSouth = "southindia", RegionalAuthority2.IndiaWest = "westindia", RegionalAuthority2.KoreaSouth = "koreasouth", RegionalAuthority2.KoreaCentral = "koreacentral", RegionalAuthority2.UAECentral = "uaecentral", RegionalAuthority2.UAENorth = "uaenorth", RegionalAuthority2.SouthAfricaNorth = "southafricanorth", RegionalAuthority2.SouthAfricaWest = "southafricawest", RegionalAuthority2.ChinaNorth = "chinanorth", RegionalAuthority2.ChinaEast = "chinaeast", RegionalAuthority2.ChinaNorth2 = "chinanorth2", RegionalAuthority2.ChinaEast2 = "chinaeast2", RegionalAuthority2.GermanyCentral = "germanycentral", RegionalAuthority2.GermanyNorthEast = "germanynortheast", RegionalAuthority2.GovernmentUSVirginia = "usgovvirginia", RegionalAuthority2.GovernmentUSIowa = "usgoviowa", RegionalAuthority2.GovernmentUSArizona = "usgovarizona", RegionalAuthority2.GovernmentUSTexas = "usgovtexas", RegionalAuthority2.GovernmentUSDodEast = "usdodeast", RegionalAuthority2.GovernmentUSDodCentral = "usdodcentral";
})(RegionalAuthority || (RegionalAuthority = {}));
function calculateRegionalAuthority(regionalAuthority) {
  let azureRegion = regionalAuthority;
  return azureRegion === void 0 && globalThis.process?.env?.AZURE_REGIONAL_AUTHORITY_NAME !== void 0 && (azureRegion = process.env.AZURE_REGIONAL_AUTHORITY_NAME), azureRegion === RegionalAuthority.AutoDiscoverRegion ? "AUTO_DISCOVER" : azureRegion;
}

// node_modules/@azure/identity/dist/esm/util/processMultiTenantRequest.js
function createConfigurationErrorMessage(tenantId) {
  return `The current credential is not configured to acquire tokens for tenant ${tenantId}. To enable acquiring tokens for this tenant add it to the AdditionallyAllowedTenants on the credential options, or add "*" to AdditionallyAllowedTenants to allow acquiring tokens for any tenant.`;
}
function processMultiTenantRequest(tenantId, getTokenOptions, additionallyAllowedTenantIds = [], logger24) {
  let resolvedTenantId;
  if (process.env.AZURE_IDENTITY_DISABLE_MULTITENANTAUTH || tenantId === "adfs" ? resolvedTenantId = tenantId : resolvedTenantId = getTokenOptions?.tenantId ?? tenantId, tenantId && resolvedTenantId !== tenantId && !additionallyAllowedTenantIds.includes("*") && !additionallyAllowedTenantIds.some((t) => t.localeCompare(resolvedTenantId) === 0)) {
    let message = createConfigurationErrorMessage(resolvedTenantId);
    throw logger24?.info(message), new CredentialUnavailableError(message);
  }
  return resolvedTenantId;
}

// node_modules/@azure/identity/dist/esm/util/tenantIdUtils.js
function checkTenantId(logger24, tenantId) {
  if (!tenantId.match(/^[0-9a-zA-Z-.]+$/)) {
    let error = new Error("Invalid tenant id provided. You can locate your tenant id by following the instructions listed here: https://learn.microsoft.com/partner-center/find-ids-and-domain-names.");
    throw logger24.info(formatError("", error)), error;
  }
}
function resolveTenantId(logger24, tenantId, clientId) {
  return tenantId ? (checkTenantId(logger24, tenantId), tenantId) : (clientId || (clientId = DeveloperSignOnClientId), clientId !== DeveloperSignOnClientId ? "common" : "organizations");
}
function resolveAdditionallyAllowedTenantIds(additionallyAllowedTenants) {
  return !additionallyAllowedTenants || additionallyAllowedTenants.length === 0 ? [] : additionallyAllowedTenants.includes("*") ? ALL_TENANTS : additionallyAllowedTenants;
}

// node_modules/@azure/identity/dist/esm/msal/nodeFlows/msalClient.js
var msalLogger = credentialLogger("MsalClient");
function generateMsalConfiguration(clientId, tenantId, msalClientOptions = {}) {
  let resolvedTenant = resolveTenantId(msalClientOptions.logger ?? msalLogger, tenantId, clientId), authority = getAuthority(resolvedTenant, getAuthorityHost(msalClientOptions)), httpClient = new IdentityClient({
    ...msalClientOptions,
    authorityHost: authority,
    loggingOptions: msalClientOptions.loggingOptions
  });
  return {
    auth: {
      clientId,
      authority,
      knownAuthorities: getKnownAuthorities(resolvedTenant, authority, msalClientOptions.disableInstanceDiscovery)
    },
    system: {
      networkClient: httpClient,
      loggerOptions: {
        loggerCallback: defaultLoggerCallback(msalClientOptions.logger ?? msalLogger),
        logLevel: getMSALLogLevel(getLogLevel()),
        piiLoggingEnabled: msalClientOptions.loggingOptions?.enableUnsafeSupportLogging
      }
    }
  };
}
function createMsalClient(clientId, tenantId, createMsalClientOptions = {}) {
  let state = {
    msalConfig: generateMsalConfiguration(clientId, tenantId, createMsalClientOptions),
    cachedAccount: createMsalClientOptions.authenticationRecord ? publicToMsal(createMsalClientOptions.authenticationRecord) : null,
    pluginConfiguration: msalPlugins.generatePluginConfiguration(createMsalClientOptions),
    logger: createMsalClientOptions.logger ?? msalLogger
  }, publicApps = /* @__PURE__ */ new Map();
  async function getPublicApp(options = {}) {
    let appKey = options.enableCae ? "CAE" : "default", publicClientApp = publicApps.get(appKey);
    if (publicClientApp)
      return state.logger.getToken.info("Existing PublicClientApplication found in cache, returning it."), publicClientApp;
    state.logger.getToken.info(`Creating new PublicClientApplication with CAE ${options.enableCae ? "enabled" : "disabled"}.`);
    let cachePlugin = options.enableCae ? state.pluginConfiguration.cache.cachePluginCae : state.pluginConfiguration.cache.cachePlugin;
    return state.msalConfig.auth.clientCapabilities = options.enableCae ? ["cp1"] : void 0, publicClientApp = new PublicClientApplication({
      ...state.msalConfig,
      broker: { nativeBrokerPlugin: state.pluginConfiguration.broker.nativeBrokerPlugin },
      cache: { cachePlugin: await cachePlugin }
    }), publicApps.set(appKey, publicClientApp), publicClientApp;
  }
  let confidentialApps = /* @__PURE__ */ new Map();
  async function getConfidentialApp(options = {}) {
    let appKey = options.enableCae ? "CAE" : "default", confidentialClientApp = confidentialApps.get(appKey);
    if (confidentialClientApp)
      return state.logger.getToken.info("Existing ConfidentialClientApplication found in cache, returning it."), confidentialClientApp;
    state.logger.getToken.info(`Creating new ConfidentialClientApplication with CAE ${options.enableCae ? "enabled" : "disabled"}.`);
    let cachePlugin = options.enableCae ? state.pluginConfiguration.cache.cachePluginCae : state.pluginConfiguration.cache.cachePlugin;
    return state.msalConfig.auth.clientCapabilities = options.enableCae ? ["cp1"] : void 0, confidentialClientApp = new ConfidentialClientApplication({
      ...state.msalConfig,
      broker: { nativeBrokerPlugin: state.pluginConfiguration.broker.nativeBrokerPlugin },
      cache: { cachePlugin: await cachePlugin }
    }), confidentialApps.set(appKey, confidentialClientApp), confidentialClientApp;
  }
  async function getTokenSilent(app, scopes, options = {}) {
    if (state.cachedAccount === null)
      throw state.logger.getToken.info("No cached account found in local state."), new AuthenticationRequiredError({ scopes });
    options.claims && (state.cachedClaims = options.claims);
    let silentRequest = {
      account: state.cachedAccount,
      scopes,
      claims: state.cachedClaims
    };
    state.pluginConfiguration.broker.isEnabled && (silentRequest.extraQueryParameters ||= {}, state.pluginConfiguration.broker.enableMsaPassthrough && (silentRequest.extraQueryParameters.msal_request_type = "consumer_passthrough")), options.proofOfPossessionOptions && (silentRequest.shrNonce = options.proofOfPossessionOptions.nonce, silentRequest.authenticationScheme = "pop", silentRequest.resourceRequestMethod = options.proofOfPossessionOptions.resourceRequestMethod, silentRequest.resourceRequestUri = options.proofOfPossessionOptions.resourceRequestUrl), state.logger.getToken.info("Attempting to acquire token silently");
    try {
      return await app.acquireTokenSilent(silentRequest);
    } catch (err) {
      throw handleMsalError(scopes, err, options);
    }
  }
  function calculateRequestAuthority(options) {
    return options?.tenantId ? getAuthority(options.tenantId, getAuthorityHost(createMsalClientOptions)) : state.msalConfig.auth.authority;
  }
  async function withSilentAuthentication(msalApp, scopes, options, onAuthenticationRequired) {
    let response = null;
    try {
      response = await getTokenSilent(msalApp, scopes, options);
    } catch (e) {
      if (e.name !== "AuthenticationRequiredError")
        throw e;
      if (options.disableAutomaticAuthentication)
        throw new AuthenticationRequiredError({
          scopes,
          getTokenOptions: options,
          message: "Automatic authentication has been disabled. You may call the authentication() method."
        });
    }
    if (response === null)
      try {
        response = await onAuthenticationRequired();
      } catch (err) {
        throw handleMsalError(scopes, err, options);
      }
    return ensureValidMsalToken(scopes, response, options), state.cachedAccount = response?.account ?? null, state.logger.getToken.info(formatSuccess(scopes)), {
      token: response.accessToken,
      expiresOnTimestamp: response.expiresOn.getTime(),
      refreshAfterTimestamp: response.refreshOn?.getTime(),
      tokenType: response.tokenType
    };
  }
  async function getTokenByClientSecret(scopes, clientSecret, options = {}) {
    state.logger.getToken.info("Attempting to acquire token using client secret"), state.msalConfig.auth.clientSecret = clientSecret;
    let msalApp = await getConfidentialApp(options);
    try {
      let response = await msalApp.acquireTokenByClientCredential({
        scopes,
        authority: calculateRequestAuthority(options),
        azureRegion: calculateRegionalAuthority(),
        claims: options?.claims
      });
      return ensureValidMsalToken(scopes, response, options), state.logger.getToken.info(formatSuccess(scopes)), {
        token: response.accessToken,
        expiresOnTimestamp: response.expiresOn.getTime(),
        refreshAfterTimestamp: response.refreshOn?.getTime(),
        tokenType: response.tokenType
      };
    } catch (err) {
      throw handleMsalError(scopes, err, options);
    }
  }
  async function getTokenByClientAssertion(scopes, clientAssertion, options = {}) {
    state.logger.getToken.info("Attempting to acquire token using client assertion"), state.msalConfig.auth.clientAssertion = clientAssertion;
    let msalApp = await getConfidentialApp(options);
    try {
      let response = await msalApp.acquireTokenByClientCredential({
        scopes,
        authority: calculateRequestAuthority(options),
        azureRegion: calculateRegionalAuthority(),
        claims: options?.claims,
        clientAssertion
      });
      return ensureValidMsalToken(scopes, response, options), state.logger.getToken.info(formatSuccess(scopes)), {
        token: response.accessToken,
        expiresOnTimestamp: response.expiresOn.getTime(),
        refreshAfterTimestamp: response.refreshOn?.getTime(),
        tokenType: response.tokenType
      };
    } catch (err) {
      throw handleMsalError(scopes, err, options);
    }
  }
  async function getTokenByClientCertificate(scopes, certificate, options = {}) {
    state.logger.getToken.info("Attempting to acquire token using client certificate"), state.msalConfig.auth.clientCertificate = certificate;
    let msalApp = await getConfidentialApp(options);
    try {
      let response = await msalApp.acquireTokenByClientCredential({
        scopes,
        authority: calculateRequestAuthority(options),
        azureRegion: calculateRegionalAuthority(),
        claims: options?.claims
      });
      return ensureValidMsalToken(scopes, response, options), state.logger.getToken.info(formatSuccess(scopes)), {
        token: response.accessToken,
        expiresOnTimestamp: response.expiresOn.getTime(),
        refreshAfterTimestamp: response.refreshOn?.getTime(),
        tokenType: response.tokenType
      };
    } catch (err) {
      throw handleMsalError(scopes, err, options);
    }
  }
  async function getTokenByDeviceCode(scopes, deviceCodeCallback, options = {}) {
    state.logger.getToken.info("Attempting to acquire token using device code");
    let msalApp = await getPublicApp(options);
    return withSilentAuthentication(msalApp, scopes, options, () => {
      let requestOptions = {
        scopes,
        cancel: options?.abortSignal?.aborted ?? !1,
        deviceCodeCallback,
        authority: calculateRequestAuthority(options),
        claims: options?.claims
      }, deviceCodeRequest = msalApp.acquireTokenByDeviceCode(requestOptions);
      return options.abortSignal && options.abortSignal.addEventListener("abort", () => {
        requestOptions.cancel = !0;
      }), deviceCodeRequest;
    });
  }
  async function getTokenByUsernamePassword(scopes, username, password, options = {}) {
    state.logger.getToken.info("Attempting to acquire token using username and password");
    let msalApp = await getPublicApp(options);
    return withSilentAuthentication(msalApp, scopes, options, () => {
      let requestOptions = {
        scopes,
        username,
        password,
        authority: calculateRequestAuthority(options),
        claims: options?.claims
      };
      return msalApp.acquireTokenByUsernamePassword(requestOptions);
    });
  }
  function getActiveAccount() {
    if (state.cachedAccount)
      return msalToPublic(clientId, state.cachedAccount);
  }
  async function getTokenByAuthorizationCode(scopes, redirectUri, authorizationCode, clientSecret, options = {}) {
    state.logger.getToken.info("Attempting to acquire token using authorization code");
    let msalApp;
    return clientSecret ? (state.msalConfig.auth.clientSecret = clientSecret, msalApp = await getConfidentialApp(options)) : msalApp = await getPublicApp(options), withSilentAuthentication(msalApp, scopes, options, () => msalApp.acquireTokenByCode({
      scopes,
      redirectUri,
      code: authorizationCode,
      authority: calculateRequestAuthority(options),
      claims: options?.claims
    }));
  }
  async function getTokenOnBehalfOf(scopes, userAssertionToken, clientCredentials, options = {}) {
    msalLogger.getToken.info("Attempting to acquire token on behalf of another user"), typeof clientCredentials == "string" ? (msalLogger.getToken.info("Using client secret for on behalf of flow"), state.msalConfig.auth.clientSecret = clientCredentials) : typeof clientCredentials == "function" ? (msalLogger.getToken.info("Using client assertion callback for on behalf of flow"), state.msalConfig.auth.clientAssertion = clientCredentials) : (msalLogger.getToken.info("Using client certificate for on behalf of flow"), state.msalConfig.auth.clientCertificate = clientCredentials);
    let msalApp = await getConfidentialApp(options);
    try {
      let response = await msalApp.acquireTokenOnBehalfOf({
        scopes,
        authority: calculateRequestAuthority(options),
        claims: options.claims,
        oboAssertion: userAssertionToken
      });
      return ensureValidMsalToken(scopes, response, options), msalLogger.getToken.info(formatSuccess(scopes)), {
        token: response.accessToken,
        expiresOnTimestamp: response.expiresOn.getTime(),
        refreshAfterTimestamp: response.refreshOn?.getTime(),
        tokenType: response.tokenType
      };
    } catch (err) {
      throw handleMsalError(scopes, err, options);
    }
  }
  function createBaseInteractiveRequest(scopes, options) {
    return {
      openBrowser: async (url) => {
        await (await import("./open-TJIHSSKZ.mjs")).default(url);
      },
      scopes,
      authority: calculateRequestAuthority(options),
      claims: options?.claims,
      loginHint: options?.loginHint,
      errorTemplate: options?.browserCustomizationOptions?.errorMessage,
      successTemplate: options?.browserCustomizationOptions?.successMessage,
      prompt: options?.loginHint ? "login" : "select_account"
    };
  }
  async function getBrokeredTokenInternal(scopes, useDefaultBrokerAccount, options = {}) {
    msalLogger.verbose("Authentication will resume through the broker");
    let app = await getPublicApp(options), interactiveRequest = createBaseInteractiveRequest(scopes, options);
    state.pluginConfiguration.broker.parentWindowHandle ? interactiveRequest.windowHandle = Buffer.from(state.pluginConfiguration.broker.parentWindowHandle) : msalLogger.warning("Parent window handle is not specified for the broker. This may cause unexpected behavior. Please provide the parentWindowHandle."), state.pluginConfiguration.broker.enableMsaPassthrough && ((interactiveRequest.extraQueryParameters ??= {}).msal_request_type = "consumer_passthrough"), useDefaultBrokerAccount ? (interactiveRequest.prompt = "none", msalLogger.verbose("Attempting broker authentication using the default broker account")) : msalLogger.verbose("Attempting broker authentication without the default broker account"), options.proofOfPossessionOptions && (interactiveRequest.shrNonce = options.proofOfPossessionOptions.nonce, interactiveRequest.authenticationScheme = "pop", interactiveRequest.resourceRequestMethod = options.proofOfPossessionOptions.resourceRequestMethod, interactiveRequest.resourceRequestUri = options.proofOfPossessionOptions.resourceRequestUrl);
    try {
      return await app.acquireTokenInteractive(interactiveRequest);
    } catch (e) {
      if (msalLogger.verbose(`Failed to authenticate through the broker: ${e.message}`), options.disableAutomaticAuthentication)
        throw new AuthenticationRequiredError({
          scopes,
          getTokenOptions: options,
          message: "Cannot silently authenticate with default broker account."
        });
      if (useDefaultBrokerAccount)
        return getBrokeredTokenInternal(scopes, !1, options);
      throw e;
    }
  }
  async function getBrokeredToken(scopes, useDefaultBrokerAccount, options = {}) {
    msalLogger.getToken.info(`Attempting to acquire token using brokered authentication with useDefaultBrokerAccount: ${useDefaultBrokerAccount}`);
    let response = await getBrokeredTokenInternal(scopes, useDefaultBrokerAccount, options);
    return ensureValidMsalToken(scopes, response, options), state.cachedAccount = response?.account ?? null, state.logger.getToken.info(formatSuccess(scopes)), {
      token: response.accessToken,
      expiresOnTimestamp: response.expiresOn.getTime(),
      refreshAfterTimestamp: response.refreshOn?.getTime(),
      tokenType: response.tokenType
    };
  }
  async function getTokenByInteractiveRequest(scopes, options = {}) {
    msalLogger.getToken.info("Attempting to acquire token interactively");
    let app = await getPublicApp(options);
    return withSilentAuthentication(app, scopes, options, async () => {
      let interactiveRequest = createBaseInteractiveRequest(scopes, options);
      return state.pluginConfiguration.broker.isEnabled ? getBrokeredTokenInternal(scopes, state.pluginConfiguration.broker.useDefaultBrokerAccount ?? !1, options) : (options.proofOfPossessionOptions && (interactiveRequest.shrNonce = options.proofOfPossessionOptions.nonce, interactiveRequest.authenticationScheme = "pop", interactiveRequest.resourceRequestMethod = options.proofOfPossessionOptions.resourceRequestMethod, interactiveRequest.resourceRequestUri = options.proofOfPossessionOptions.resourceRequestUrl), app.acquireTokenInteractive(interactiveRequest));
    });
  }
  return {
    getActiveAccount,
    getBrokeredToken,
    getTokenByClientSecret,
    getTokenByClientAssertion,
    getTokenByClientCertificate,
    getTokenByDeviceCode,
    getTokenByUsernamePassword,
    getTokenByAuthorizationCode,
    getTokenOnBehalfOf,
    getTokenByInteractiveRequest
  };
}

// node_modules/@azure/identity/dist/esm/credentials/clientCertificateCredential.js
import { createHash as createHash2, createPrivateKey } from "node:crypto";
import { readFile } from "node:fs/promises";

// node_modules/@azure/identity/dist/esm/util/certificatesUtils.js
import { X509Certificate } from "crypto";
function extractPemCertificateKeys(pemContent) {
  let certificatePattern = /(-+BEGIN CERTIFICATE-+)(\n\r?|\r\n?)([A-Za-z0-9+/\n\r]+=*)(\n\r?|\r\n?)(-+END CERTIFICATE-+)/g, publicKeys = [], match;
  do
    match = certificatePattern.exec(pemContent), match && publicKeys.push(match[3]);
  while (match);
  if (publicKeys.length === 0)
    throw new Error("The file at the specified path does not contain a PEM-encoded certificate.");
  return publicKeys;
}
function canParseAsX509Certificate(pemCert) {
  try {
    let pemContents = extractPemCertificateKeys(pemCert);
    for (let i = 0; i < pemContents.length; i++) {
      let fullPemCertificate = `-----BEGIN CERTIFICATE-----
${pemContents[i]}
-----END CERTIFICATE-----`;
      new X509Certificate(fullPemCertificate);
    }
    return !0;
  } catch {
    return !1;
  }
}

// node_modules/@azure/identity/dist/esm/credentials/clientCertificateCredential.js
var credentialName = "ClientCertificateCredential", logger4 = credentialLogger(credentialName), ClientCertificateCredential = class {
  tenantId;
  additionallyAllowedTenantIds;
  certificateConfiguration;
  sendCertificateChain;
  msalClient;
  constructor(tenantId, clientId, certificatePathOrConfiguration, options = {}) {
    if (!tenantId || !clientId)
      throw new Error(`${credentialName}: tenantId and clientId are required parameters.`);
    this.tenantId = tenantId, this.additionallyAllowedTenantIds = resolveAdditionallyAllowedTenantIds(options?.additionallyAllowedTenants), this.sendCertificateChain = options.sendCertificateChain, this.certificateConfiguration = {
      ...typeof certificatePathOrConfiguration == "string" ? {
        certificatePath: certificatePathOrConfiguration
      } : certificatePathOrConfiguration
    };
    let certificate = this.certificateConfiguration.certificate, certificatePath = this.certificateConfiguration.certificatePath;
    if (!this.certificateConfiguration || !(certificate || certificatePath))
      throw new Error(`${credentialName}: Provide either a PEM certificate in string form, or the path to that certificate in the filesystem. To troubleshoot, visit https://aka.ms/azsdk/js/identity/serviceprincipalauthentication/troubleshoot.`);
    if (certificate && certificatePath)
      throw new Error(`${credentialName}: To avoid unexpected behaviors, providing both the contents of a PEM certificate and the path to a PEM certificate is forbidden. To troubleshoot, visit https://aka.ms/azsdk/js/identity/serviceprincipalauthentication/troubleshoot.`);
    this.msalClient = createMsalClient(clientId, tenantId, {
      ...options,
      logger: logger4
    });
  }
  /**
   * Authenticates with Microsoft Entra ID and returns an access token if successful.
   * If authentication fails, a {@link CredentialUnavailableError} will be thrown with the details of the failure.
   *
   * @param scopes - The list of scopes for which the token will have access.
   * @param options - The options used to configure any requests this
   *                TokenCredential implementation might make.
   */
  async getToken(scopes, options = {}) {
    return tracingClient.withSpan(`${credentialName}.getToken`, options, async (newOptions) => {
      newOptions.tenantId = processMultiTenantRequest(this.tenantId, newOptions, this.additionallyAllowedTenantIds, logger4);
      let arrayScopes = Array.isArray(scopes) ? scopes : [scopes], certificate = await this.buildClientCertificate();
      return this.msalClient.getTokenByClientCertificate(arrayScopes, certificate, newOptions);
    });
  }
  async buildClientCertificate() {
    let parts = await parseCertificate(this.certificateConfiguration, this.sendCertificateChain ?? !1), privateKey;
    return this.certificateConfiguration.certificatePassword !== void 0 ? privateKey = createPrivateKey({
      key: parts.certificateContents,
      passphrase: this.certificateConfiguration.certificatePassword,
      format: "pem"
    }).export({
      format: "pem",
      type: "pkcs8"
    }).toString() : privateKey = parts.certificateContents, {
      thumbprint: parts.thumbprint,
      thumbprintSha256: parts.thumbprintSha256,
      privateKey,
      x5c: parts.x5c
    };
  }
};
async function parseCertificate(certificateConfiguration, sendCertificateChain) {
  let certificate = certificateConfiguration.certificate, certificatePath = certificateConfiguration.certificatePath, certificateContents = certificate || await readFile(certificatePath, "utf8"), x5c = sendCertificateChain ? certificateContents : void 0, publicKeys = extractPemCertificateKeys(certificateContents), thumbprint = createHash2("sha1").update(Buffer.from(publicKeys[0], "base64")).digest("hex").toUpperCase(), thumbprintSha256 = createHash2("sha256").update(Buffer.from(publicKeys[0], "base64")).digest("hex").toUpperCase();
  return {
    certificateContents,
    thumbprintSha256,
    thumbprint,
    x5c
  };
}

// node_modules/@azure/identity/dist/esm/util/scopeUtils.js
function ensureScopes(scopes) {
  return Array.isArray(scopes) ? scopes : [scopes];
}
function ensureValidScopeForDevTimeCreds(scope, logger24) {
  if (!scope.match(/^[0-9a-zA-Z-_.:/]+$/)) {
    let error = new Error("Invalid scope was specified by the user or calling client");
    throw logger24.getToken.info(formatError(scope, error)), error;
  }
}
function getScopeResource(scope) {
  return scope.replace(/\/.default$/, "");
}

// node_modules/@azure/identity/dist/esm/credentials/clientSecretCredential.js
var logger5 = credentialLogger("ClientSecretCredential"), ClientSecretCredential = class {
  tenantId;
  additionallyAllowedTenantIds;
  msalClient;
  clientSecret;
  /**
   * Creates an instance of the ClientSecretCredential with the details
   * needed to authenticate against Microsoft Entra ID with a client
   * secret.
   *
   * @param tenantId - The Microsoft Entra tenant (directory) ID.
   * @param clientId - The client (application) ID of an App Registration in the tenant.
   * @param clientSecret - A client secret that was generated for the App Registration.
   * @param options - Options for configuring the client which makes the authentication request.
   */
  constructor(tenantId, clientId, clientSecret, options = {}) {
    if (!tenantId)
      throw new CredentialUnavailableError("ClientSecretCredential: tenantId is a required parameter. To troubleshoot, visit https://aka.ms/azsdk/js/identity/serviceprincipalauthentication/troubleshoot.");
    if (!clientId)
      throw new CredentialUnavailableError("ClientSecretCredential: clientId is a required parameter. To troubleshoot, visit https://aka.ms/azsdk/js/identity/serviceprincipalauthentication/troubleshoot.");
    if (!clientSecret)
      throw new CredentialUnavailableError("ClientSecretCredential: clientSecret is a required parameter. To troubleshoot, visit https://aka.ms/azsdk/js/identity/serviceprincipalauthentication/troubleshoot.");
    this.clientSecret = clientSecret, this.tenantId = tenantId, this.additionallyAllowedTenantIds = resolveAdditionallyAllowedTenantIds(options?.additionallyAllowedTenants), this.msalClient = createMsalClient(clientId, tenantId, {
      ...options,
      logger: logger5
    });
  }
  /**
   * Authenticates with Microsoft Entra ID and returns an access token if successful.
   * If authentication fails, a {@link CredentialUnavailableError} will be thrown with the details of the failure.
   *
   * @param scopes - The list of scopes for which the token will have access.
   * @param options - The options used to configure any requests this
   *                TokenCredential implementation might make.
   */
  async getToken(scopes, options = {}) {
    return tracingClient.withSpan(`${this.constructor.name}.getToken`, options, async (newOptions) => {
      newOptions.tenantId = processMultiTenantRequest(this.tenantId, newOptions, this.additionallyAllowedTenantIds, logger5);
      let arrayScopes = ensureScopes(scopes);
      return this.msalClient.getTokenByClientSecret(arrayScopes, this.clientSecret, newOptions);
    });
  }
};

// node_modules/@azure/identity/dist/esm/credentials/usernamePasswordCredential.js
var logger6 = credentialLogger("UsernamePasswordCredential"), UsernamePasswordCredential = class {
  tenantId;
  additionallyAllowedTenantIds;
  msalClient;
  username;
  password;
  /**
   * Creates an instance of the UsernamePasswordCredential with the details
   * needed to authenticate against Microsoft Entra ID with a username
   * and password.
   *
   * @param tenantId - The Microsoft Entra tenant (directory).
   * @param clientId - The client (application) ID of an App Registration in the tenant.
   * @param username - The user account's e-mail address (user name).
   * @param password - The user account's account password
   * @param options - Options for configuring the client which makes the authentication request.
   */
  constructor(tenantId, clientId, username, password, options = {}) {
    if (!tenantId)
      throw new CredentialUnavailableError("UsernamePasswordCredential: tenantId is a required parameter. To troubleshoot, visit https://aka.ms/azsdk/js/identity/usernamepasswordcredential/troubleshoot.");
    if (!clientId)
      throw new CredentialUnavailableError("UsernamePasswordCredential: clientId is a required parameter. To troubleshoot, visit https://aka.ms/azsdk/js/identity/usernamepasswordcredential/troubleshoot.");
    if (!username)
      throw new CredentialUnavailableError("UsernamePasswordCredential: username is a required parameter. To troubleshoot, visit https://aka.ms/azsdk/js/identity/usernamepasswordcredential/troubleshoot.");
    if (!password)
      throw new CredentialUnavailableError("UsernamePasswordCredential: password is a required parameter. To troubleshoot, visit https://aka.ms/azsdk/js/identity/usernamepasswordcredential/troubleshoot.");
    this.tenantId = tenantId, this.additionallyAllowedTenantIds = resolveAdditionallyAllowedTenantIds(options?.additionallyAllowedTenants), this.username = username, this.password = password, this.msalClient = createMsalClient(clientId, this.tenantId, {
      ...options
    });
  }
  /**
   * Authenticates with Microsoft Entra ID and returns an access token if successful.
   * If authentication fails, a {@link CredentialUnavailableError} will be thrown with the details of the failure.
   *
   * If the user provided the option `disableAutomaticAuthentication`,
   * once the token can't be retrieved silently,
   * this method won't attempt to request user interaction to retrieve the token.
   *
   * @param scopes - The list of scopes for which the token will have access.
   * @param options - The options used to configure any requests this
   *                TokenCredential implementation might make.
   */
  async getToken(scopes, options = {}) {
    return tracingClient.withSpan(`${this.constructor.name}.getToken`, options, async (newOptions) => {
      newOptions.tenantId = processMultiTenantRequest(this.tenantId, newOptions, this.additionallyAllowedTenantIds, logger6);
      let arrayScopes = ensureScopes(scopes);
      return this.msalClient.getTokenByUsernamePassword(arrayScopes, this.username, this.password, newOptions);
    });
  }
};

// node_modules/@azure/identity/dist/esm/credentials/environmentCredential.js
var AllSupportedEnvironmentVariables = [
  "AZURE_TENANT_ID",
  "AZURE_CLIENT_ID",
  "AZURE_CLIENT_SECRET",
  "AZURE_CLIENT_CERTIFICATE_PATH",
  "AZURE_CLIENT_CERTIFICATE_PASSWORD",
  "AZURE_USERNAME",
  "AZURE_PASSWORD",
  "AZURE_ADDITIONALLY_ALLOWED_TENANTS",
  "AZURE_CLIENT_SEND_CERTIFICATE_CHAIN"
];
function getAdditionallyAllowedTenants() {
  let additionallyAllowedValues = process.env.AZURE_ADDITIONALLY_ALLOWED_TENANTS;
  return additionallyAllowedValues ? additionallyAllowedValues.split(";") : void 0;
}
var credentialName2 = "EnvironmentCredential", logger7 = credentialLogger(credentialName2);
function getSendCertificateChain() {
  let sendCertificateChain = (process.env.AZURE_CLIENT_SEND_CERTIFICATE_CHAIN ?? "").toLowerCase(), result = sendCertificateChain === "true" || sendCertificateChain === "1";
  return logger7.verbose(`AZURE_CLIENT_SEND_CERTIFICATE_CHAIN: ${process.env.AZURE_CLIENT_SEND_CERTIFICATE_CHAIN}; sendCertificateChain: ${result}`), result;
}
var EnvironmentCredential = class {
  _credential = void 0;
  /**
   * Creates an instance of the EnvironmentCredential class and decides what credential to use depending on the available environment variables.
   *
   * Required environment variables:
   * - `AZURE_TENANT_ID`: The Microsoft Entra tenant (directory) ID.
   * - `AZURE_CLIENT_ID`: The client (application) ID of an App Registration in the tenant.
   *
   * If setting the AZURE_TENANT_ID, then you can also set the additionally allowed tenants
   * - `AZURE_ADDITIONALLY_ALLOWED_TENANTS`: For multi-tenant applications, specifies additional tenants for which the credential may acquire tokens with a single semicolon delimited string. Use * to allow all tenants.
   *
   * Environment variables used for client credential authentication:
   * - `AZURE_CLIENT_SECRET`: A client secret that was generated for the App Registration.
   * - `AZURE_CLIENT_CERTIFICATE_PATH`: The path to a PEM certificate to use during the authentication, instead of the client secret.
   * - `AZURE_CLIENT_CERTIFICATE_PASSWORD`: (optional) password for the certificate file.
   * - `AZURE_CLIENT_SEND_CERTIFICATE_CHAIN`: (optional) indicates that the certificate chain should be set in x5c header to support subject name / issuer based authentication.
   *
   * Username and password authentication is deprecated, since it doesn't support multifactor authentication (MFA). See https://aka.ms/azsdk/identity/mfa for more details. Users can still provide environment variables for this authentication method:
   * - `AZURE_USERNAME`: Username to authenticate with.
   * - `AZURE_PASSWORD`: Password to authenticate with.
   *
   * If the environment variables required to perform the authentication are missing, a {@link CredentialUnavailableError} will be thrown.
   * If the authentication fails, or if there's an unknown error, an {@link AuthenticationError} will be thrown.
   *
   * @param options - Options for configuring the client which makes the authentication request.
   */
  constructor(options) {
    let assigned = processEnvVars(AllSupportedEnvironmentVariables).assigned.join(", ");
    logger7.info(`Found the following environment variables: ${assigned}`);
    let tenantId = process.env.AZURE_TENANT_ID, clientId = process.env.AZURE_CLIENT_ID, clientSecret = process.env.AZURE_CLIENT_SECRET, additionallyAllowedTenants = options?.additionallyAllowedTenants ?? getAdditionallyAllowedTenants(), sendCertificateChain = getSendCertificateChain(), newOptions = {
      ...options,
      additionallyAllowedTenants,
      sendCertificateChain
    };
    if (tenantId && checkTenantId(logger7, tenantId), tenantId && clientId && clientSecret) {
      logger7.info(`Invoking ClientSecretCredential with tenant ID: ${tenantId}, clientId: ${clientId} and clientSecret: [REDACTED]`), this._credential = new ClientSecretCredential(tenantId, clientId, clientSecret, newOptions);
      return;
    }
    let certificatePath = process.env.AZURE_CLIENT_CERTIFICATE_PATH, certificatePassword = process.env.AZURE_CLIENT_CERTIFICATE_PASSWORD;
    if (tenantId && clientId && certificatePath) {
      logger7.info(`Invoking ClientCertificateCredential with tenant ID: ${tenantId}, clientId: ${clientId} and certificatePath: ${certificatePath}`), this._credential = new ClientCertificateCredential(tenantId, clientId, { certificatePath, certificatePassword }, newOptions);
      return;
    }
    let username = process.env.AZURE_USERNAME, password = process.env.AZURE_PASSWORD;
    tenantId && clientId && username && password && (logger7.info(`Invoking UsernamePasswordCredential with tenant ID: ${tenantId}, clientId: ${clientId} and username: ${username}`), logger7.warning("Environment is configured to use username and password authentication. This authentication method is deprecated, as it doesn't support multifactor authentication (MFA). Use a more secure credential. For more details, see https://aka.ms/azsdk/identity/mfa."), this._credential = new UsernamePasswordCredential(tenantId, clientId, username, password, newOptions));
  }
  /**
   * Authenticates with Microsoft Entra ID and returns an access token if successful.
   *
   * @param scopes - The list of scopes for which the token will have access.
   * @param options - Optional parameters. See {@link GetTokenOptions}.
   */
  async getToken(scopes, options = {}) {
    return tracingClient.withSpan(`${credentialName2}.getToken`, options, async (newOptions) => {
      if (this._credential)
        try {
          let result = await this._credential.getToken(scopes, newOptions);
          return logger7.getToken.info(formatSuccess(scopes)), result;
        } catch (err) {
          let authenticationError = new AuthenticationError(400, {
            error: `${credentialName2} authentication failed. To troubleshoot, visit https://aka.ms/azsdk/js/identity/environmentcredential/troubleshoot.`,
            error_description: err.message.toString().split("More details:").join("")
          });
          throw logger7.getToken.info(formatError(scopes, authenticationError)), authenticationError;
        }
      throw new CredentialUnavailableError(`${credentialName2} is unavailable. No underlying credential could be used. To troubleshoot, visit https://aka.ms/azsdk/js/identity/environmentcredential/troubleshoot.`);
    });
  }
};

// node_modules/@azure/identity/dist/esm/credentials/managedIdentityCredential/imdsRetryPolicy.js
var DEFAULT_CLIENT_MAX_RETRY_INTERVAL = 1e3 * 64, MIN_DELAY_FOR_410_MS = 3e3;
function imdsRetryPolicy(msiRetryConfig) {
  return retryPolicy([
    {
      name: "imdsRetryPolicy",
      retry: ({ retryCount, response }) => {
        if (response?.status !== 404 && response?.status !== 410)
          return { skipStrategy: !0 };
        let initialDelayMs = response?.status === 410 ? Math.max(MIN_DELAY_FOR_410_MS, msiRetryConfig.startDelayInMs) : msiRetryConfig.startDelayInMs;
        return calculateRetryDelay(retryCount, {
          retryDelayInMs: initialDelayMs,
          maxRetryDelayInMs: DEFAULT_CLIENT_MAX_RETRY_INTERVAL
        });
      }
    }
  ], {
    maxRetries: msiRetryConfig.maxRetries
  });
}

// node_modules/@azure/identity/dist/esm/credentials/managedIdentityCredential/imdsMsi.js
var msiName = "ManagedIdentityCredential - IMDS", logger8 = credentialLogger(msiName), imdsHost = "http://169.254.169.254", imdsEndpointPath = "/metadata/identity/oauth2/token";
function prepareInvalidRequestOptions(scopes) {
  if (!mapScopesToResource(scopes))
    throw new Error(`${msiName}: Multiple scopes are not supported.`);
  let url = new URL(imdsEndpointPath, process.env.AZURE_POD_IDENTITY_AUTHORITY_HOST ?? imdsHost), rawHeaders = {
    Accept: "application/json"
    // intentionally leave out the Metadata header to invoke an error from IMDS endpoint.
  };
  return {
    // intentionally not including any query
    url: `${url}`,
    method: "GET",
    headers: createHttpHeaders(rawHeaders)
  };
}
var imdsMsi = {
  name: "imdsMsi",
  async isAvailable(options) {
    let { scopes, identityClient, getTokenOptions } = options, resource = mapScopesToResource(scopes);
    if (!resource)
      return logger8.info(`${msiName}: Unavailable. Multiple scopes are not supported.`), !1;
    if (process.env.AZURE_POD_IDENTITY_AUTHORITY_HOST)
      return !0;
    if (!identityClient)
      throw new Error("Missing IdentityClient");
    let requestOptions = prepareInvalidRequestOptions(resource);
    return tracingClient.withSpan("ManagedIdentityCredential-pingImdsEndpoint", getTokenOptions ?? {}, async (updatedOptions) => {
      requestOptions.tracingOptions = updatedOptions.tracingOptions;
      let request = createPipelineRequest(requestOptions);
      request.timeout = updatedOptions.requestOptions?.timeout || 1e3, request.allowInsecureConnection = !0;
      let response;
      try {
        logger8.info(`${msiName}: Pinging the Azure IMDS endpoint`), response = await identityClient.sendRequest(request);
      } catch (err) {
        return isError(err) && logger8.verbose(`${msiName}: Caught error ${err.name}: ${err.message}`), logger8.info(`${msiName}: The Azure IMDS endpoint is unavailable`), !1;
      }
      return response.status === 403 && response.bodyAsText?.includes("unreachable") ? (logger8.info(`${msiName}: The Azure IMDS endpoint is unavailable`), logger8.info(`${msiName}: ${response.bodyAsText}`), !1) : (logger8.info(`${msiName}: The Azure IMDS endpoint is available`), !0);
    });
  }
};

// node_modules/@azure/identity/dist/esm/credentials/clientAssertionCredential.js
var logger9 = credentialLogger("ClientAssertionCredential"), ClientAssertionCredential = class {
  msalClient;
  tenantId;
  additionallyAllowedTenantIds;
  getAssertion;
  options;
  /**
   * Creates an instance of the ClientAssertionCredential with the details
   * needed to authenticate against Microsoft Entra ID with a client
   * assertion provided by the developer through the `getAssertion` function parameter.
   *
   * @param tenantId - The Microsoft Entra tenant (directory) ID.
   * @param clientId - The client (application) ID of an App Registration in the tenant.
   * @param getAssertion - A function that retrieves the assertion for the credential to use.
   * @param options - Options for configuring the client which makes the authentication request.
   */
  constructor(tenantId, clientId, getAssertion, options = {}) {
    if (!tenantId)
      throw new CredentialUnavailableError("ClientAssertionCredential: tenantId is a required parameter.");
    if (!clientId)
      throw new CredentialUnavailableError("ClientAssertionCredential: clientId is a required parameter.");
    if (!getAssertion)
      throw new CredentialUnavailableError("ClientAssertionCredential: clientAssertion is a required parameter.");
    this.tenantId = tenantId, this.additionallyAllowedTenantIds = resolveAdditionallyAllowedTenantIds(options?.additionallyAllowedTenants), this.options = options, this.getAssertion = getAssertion, this.msalClient = createMsalClient(clientId, tenantId, {
      ...this.options,
      logger: logger9
    });
  }
  /**
   * Authenticates with Microsoft Entra ID and returns an access token if successful.
   * If authentication fails, a {@link CredentialUnavailableError} will be thrown with the details of the failure.
   *
   * @param scopes - The list of scopes for which the token will have access.
   * @param options - The options used to configure any requests this
   *                TokenCredential implementation might make.
   */
  async getToken(scopes, options = {}) {
    return tracingClient.withSpan(`${this.constructor.name}.getToken`, options, async (newOptions) => {
      newOptions.tenantId = processMultiTenantRequest(this.tenantId, newOptions, this.additionallyAllowedTenantIds, logger9);
      let arrayScopes = Array.isArray(scopes) ? scopes : [scopes];
      return this.msalClient.getTokenByClientAssertion(arrayScopes, this.getAssertion, newOptions);
    });
  }
};

// node_modules/@azure/identity/dist/esm/credentials/workloadIdentityCredential.js
import { readFile as readFile2 } from "node:fs/promises";
import { readFileSync as readFileSync2 } from "node:fs";
var credentialName3 = "WorkloadIdentityCredential", SupportedWorkloadEnvironmentVariables = [
  "AZURE_TENANT_ID",
  "AZURE_CLIENT_ID",
  "AZURE_FEDERATED_TOKEN_FILE"
], logger10 = credentialLogger(credentialName3), ErrorMessages = {
  FAILED_TO_PARSE_TOKEN_PROXY: (endpoint, error) => `Failed to parse custom token proxy URL "${endpoint}": ${error}`,
  INVALID_HTTPS_SCHEME: (protocol) => `Custom token endpoint must use https scheme, got "${protocol}"`,
  TOKEN_ENDPOINT_NO_USER_INFO: (url) => `Custom token endpoint URL "${url}" must not contain user info`,
  TOKEN_ENDPOINT_NO_QUERY: (url) => `Custom token endpoint URL "${url}" must not contain a query`,
  TOKEN_ENDPOINT_NO_FRAGMENT: (url) => `Custom token endpoint URL "${url}" must not contain a fragment`,
  CA_FILE_EMPTY: (file) => `CA certificate file is empty: ${file}`,
  FAILED_TO_READ_CA_FILE: (file, error) => `Failed to read CA certificate file: ${file}. ${error}`,
  INVALID_CA_CERTIFICATES: "Invalid CA certificate data: no valid PEM certificates found",
  INVALID_FILE_PATH: (path4) => `Invalid file path provided ${path4}.`,
  NO_FILE_CONTENT: (path4) => `No content on the file ${path4}.`,
  NO_CA_SOURCE: "No CA certificate source specified.",
  CLIENT_ID_REQUIRED: `clientId is a required parameter. In DefaultAzureCredential and ManagedIdentityCredential, this can be provided as an environment variable - "AZURE_CLIENT_ID".
        See the troubleshooting guide for more information: https://aka.ms/azsdk/js/identity/workloadidentitycredential/troubleshoot`,
  TENANT_ID_REQUIRED: `tenantId is a required parameter. In DefaultAzureCredential and ManagedIdentityCredential, this can be provided as an environment variable - "AZURE_TENANT_ID".
        See the troubleshooting guide for more information: https://aka.ms/azsdk/js/identity/workloadidentitycredential/troubleshoot`,
  TOKEN_FILE_PATH_REQUIRED: `federatedTokenFilePath is a required parameter. In DefaultAzureCredential and ManagedIdentityCredential, this can be provided as an environment variable - "AZURE_FEDERATED_TOKEN_FILE".
        See the troubleshooting guide for more information: https://aka.ms/azsdk/js/identity/workloadidentitycredential/troubleshoot`,
  TOKEN_PROXY_NOT_SET: "AZURE_KUBERNETES_TOKEN_PROXY is not set but other custom endpoint-related environment variables are present",
  CA_FILE_AND_DATA_EXCLUSIVE: "AZURE_KUBERNETES_CA_FILE and AZURE_KUBERNETES_CA_DATA are mutually exclusive. Specify only one.",
  MISSING_ENV_VARS: `tenantId, clientId, and federatedTokenFilePath are required parameters. 
      In DefaultAzureCredential and ManagedIdentityCredential, these can be provided as environment variables - 
      "AZURE_TENANT_ID",
      "AZURE_CLIENT_ID",
      "AZURE_FEDERATED_TOKEN_FILE". See the troubleshooting guide for more information: https://aka.ms/azsdk/js/identity/workloadidentitycredential/troubleshoot`
};
function parseAndValidateCustomTokenProxy(endpoint) {
  let tokenProxy;
  try {
    tokenProxy = new URL(endpoint);
  } catch (error) {
    throw new CredentialUnavailableError(`${credentialName3}: is unavailable. ${ErrorMessages.FAILED_TO_PARSE_TOKEN_PROXY(endpoint, error)}`);
  }
  if (tokenProxy.protocol !== "https:")
    throw new CredentialUnavailableError(`${credentialName3}: is unavailable. ${ErrorMessages.INVALID_HTTPS_SCHEME(tokenProxy.protocol)}`);
  if (tokenProxy.username || tokenProxy.password)
    throw new CredentialUnavailableError(`${credentialName3}: is unavailable. ${ErrorMessages.TOKEN_ENDPOINT_NO_USER_INFO(tokenProxy.toString())}`);
  if (tokenProxy.search)
    throw new CredentialUnavailableError(`${credentialName3}: is unavailable. ${ErrorMessages.TOKEN_ENDPOINT_NO_QUERY(tokenProxy.toString())}`);
  if (tokenProxy.hash)
    throw new CredentialUnavailableError(`${credentialName3}: is unavailable. ${ErrorMessages.TOKEN_ENDPOINT_NO_FRAGMENT(tokenProxy.toString())}`);
  return (!tokenProxy.pathname || tokenProxy.pathname === "") && (tokenProxy.pathname = "/"), tokenProxy.toString();
}
var WorkloadIdentityCredential = class {
  client;
  azureFederatedTokenFileContent = void 0;
  cacheDate = void 0;
  federatedTokenFilePath;
  // AKS proxy CA caching - persists across token requests
  cachedTlsSettings;
  cachedCaData;
  caData;
  caFile;
  sniName;
  /**
   * WorkloadIdentityCredential supports Microsoft Entra Workload ID on Kubernetes.
   *
   * @param options - The identity client options to use for authentication.
   */
  constructor(options) {
    let assignedEnv = processEnvVars(SupportedWorkloadEnvironmentVariables).assigned.join(", ");
    logger10.info(`Found the following environment variables: ${assignedEnv}`);
    let workloadIdentityCredentialOptions = options ?? {}, tenantId = workloadIdentityCredentialOptions.tenantId || process.env.AZURE_TENANT_ID, clientId = workloadIdentityCredentialOptions.clientId || process.env.AZURE_CLIENT_ID;
    if (this.federatedTokenFilePath = workloadIdentityCredentialOptions.tokenFilePath || process.env.AZURE_FEDERATED_TOKEN_FILE, tenantId && checkTenantId(logger10, tenantId), !clientId)
      throw new CredentialUnavailableError(`${credentialName3}: is unavailable. ${ErrorMessages.CLIENT_ID_REQUIRED}`);
    if (!tenantId)
      throw new CredentialUnavailableError(`${credentialName3}: is unavailable. ${ErrorMessages.TENANT_ID_REQUIRED}`);
    if (!this.federatedTokenFilePath)
      throw new CredentialUnavailableError(`${credentialName3}: is unavailable. ${ErrorMessages.TOKEN_FILE_PATH_REQUIRED}`);
    if (workloadIdentityCredentialOptions.enableAzureProxy) {
      let kubernetesTokenProxy = process.env.AZURE_KUBERNETES_TOKEN_PROXY, kubernetesSNIName = process.env.AZURE_KUBERNETES_SNI_NAME, kubernetesCAFile = process.env.AZURE_KUBERNETES_CA_FILE, kubernetesCAData = process.env.AZURE_KUBERNETES_CA_DATA;
      if (kubernetesTokenProxy) {
        let tokenProxy = parseAndValidateCustomTokenProxy(kubernetesTokenProxy);
        if (kubernetesCAFile && kubernetesCAData)
          throw new CredentialUnavailableError(`${credentialName3}: is unavailable. ${ErrorMessages.CA_FILE_AND_DATA_EXCLUSIVE}`);
        this.caData = kubernetesCAData, this.caFile = kubernetesCAFile, this.sniName = kubernetesSNIName;
        let proxyClient = this.createAksProxyClient(tokenProxy);
        workloadIdentityCredentialOptions.httpClient = proxyClient, logger10.info(`${credentialName3}: Using proxy client for token requests`);
      } else {
        if (kubernetesSNIName || kubernetesCAFile || kubernetesCAData)
          throw new CredentialUnavailableError(`${credentialName3}: is unavailable. ${ErrorMessages.TOKEN_PROXY_NOT_SET}`);
        logger10.info("enableAzureProxy is true but AZURE_KUBERNETES_TOKEN_PROXY is not set, using normal authentication flow");
      }
    }
    logger10.info(`Invoking ClientAssertionCredential with tenant ID: ${tenantId}, clientId: ${workloadIdentityCredentialOptions.clientId} and federated token path: [REDACTED]`), this.client = new ClientAssertionCredential(tenantId, clientId, this.readFileContents.bind(this), workloadIdentityCredentialOptions);
  }
  /**
   * Creates a proxy HttpClient that intercepts token requests and redirects them to the Kubernetes endpoint
   * Caching is handled at the credential level to persist across token requests
   */
  createAksProxyClient(tokenEndpoint) {
    let defaultClient = createDefaultHttpClient();
    return this.cachedTlsSettings = this.getTlsSettings(), {
      sendRequest: async (request) => {
        let requestUrl = new URL(request.url);
        logger10.info(`${credentialName3}: Redirecting request to Kubernetes endpoint: ${tokenEndpoint}`);
        let proxyUrl = new URL(tokenEndpoint), requestPath = requestUrl.pathname.replace(/^\//, ""), combinedPath = proxyUrl.pathname.endsWith("/") ? proxyUrl.pathname + requestPath : proxyUrl.pathname + "/" + requestPath, newUrl = new URL(proxyUrl.origin);
        return newUrl.pathname = combinedPath, newUrl.search = requestUrl.search, newUrl.hash = requestUrl.hash, request.url = newUrl.toString(), request.tlsSettings = this.getTlsSettings(), logger10.info(`${credentialName3}: Sending request to ${request.url}`), defaultClient.sendRequest(request);
      }
    };
  }
  /**
   * Gets TLS settings for the request.
   * Handles a few scenarios with CA data or CA file provided.
   */
  getTlsSettings() {
    if (!this.caData && !this.caFile)
      return this.cachedTlsSettings || (this.cachedTlsSettings = this.sniName ? { servername: this.sniName } : {}), this.cachedTlsSettings;
    if (!this.caFile) {
      if (!this.cachedTlsSettings) {
        if (!canParseAsX509Certificate(this.caData))
          throw new CredentialUnavailableError(`${credentialName3}: is unavailable. ${ErrorMessages.INVALID_CA_CERTIFICATES}`);
        this.cachedTlsSettings = this.sniName ? { servername: this.sniName } : {}, this.cachedTlsSettings.ca = this.caData;
      }
      return this.cachedTlsSettings;
    }
    let fileContent;
    try {
      fileContent = readFileSync2(this.caFile);
    } catch (error) {
      throw new CredentialUnavailableError(`${credentialName3}: is unavailable. ${ErrorMessages.FAILED_TO_READ_CA_FILE(this.caFile, error)}`);
    }
    if (fileContent.length === 0) {
      if (!this.cachedTlsSettings)
        throw new CredentialUnavailableError(`${credentialName3}: is unavailable. ${ErrorMessages.CA_FILE_EMPTY(this.caFile)}`);
      return this.cachedTlsSettings;
    }
    if (!this.cachedCaData || !fileContent.equals(this.cachedCaData)) {
      let caDataString = fileContent.toString("utf8");
      if (!canParseAsX509Certificate(caDataString))
        throw new CredentialUnavailableError(`${credentialName3}: is unavailable. ${ErrorMessages.INVALID_CA_CERTIFICATES}`);
      this.cachedTlsSettings = {
        ca: caDataString,
        ...this.sniName && { servername: this.sniName }
      }, this.cachedCaData = fileContent;
    }
    return this.cachedTlsSettings;
  }
  /**
   * Authenticates with Microsoft Entra ID and returns an access token if successful.
   * If authentication fails, a {@link CredentialUnavailableError} will be thrown with the details of the failure.
   *
   * @param scopes - The list of scopes for which the token will have access.
   * @param options - The options used to configure any requests this
   *                TokenCredential implementation might make.
   */
  async getToken(scopes, options) {
    if (!this.client) {
      let errorMessage = `${credentialName3}: is unavailable. ${ErrorMessages.MISSING_ENV_VARS}`;
      throw logger10.info(errorMessage), new CredentialUnavailableError(errorMessage);
    }
    return logger10.info("Invoking getToken() of Client Assertion Credential"), this.client.getToken(scopes, options);
  }
  async readFileContents() {
    if (this.cacheDate !== void 0 && Date.now() - this.cacheDate >= 1e3 * 60 * 5 && (this.azureFederatedTokenFileContent = void 0), !this.federatedTokenFilePath)
      throw new CredentialUnavailableError(`${credentialName3}: is unavailable. ${ErrorMessages.INVALID_FILE_PATH(this.federatedTokenFilePath)}`);
    if (!this.azureFederatedTokenFileContent) {
      let value = (await readFile2(this.federatedTokenFilePath, "utf8")).trim();
      if (value)
        this.azureFederatedTokenFileContent = value, this.cacheDate = Date.now();
      else
        throw new CredentialUnavailableError(`${credentialName3}: is unavailable. ${ErrorMessages.NO_FILE_CONTENT(this.federatedTokenFilePath)}`);
    }
    return this.azureFederatedTokenFileContent;
  }
};

// node_modules/@azure/identity/dist/esm/credentials/managedIdentityCredential/tokenExchangeMsi.js
var msiName2 = "ManagedIdentityCredential - Token Exchange", logger11 = credentialLogger(msiName2), tokenExchangeMsi = {
  name: "tokenExchangeMsi",
  async isAvailable(clientId) {
    let env = process.env, result = !!((clientId || env.AZURE_CLIENT_ID) && env.AZURE_TENANT_ID && process.env.AZURE_FEDERATED_TOKEN_FILE);
    return result || logger11.info(`${msiName2}: Unavailable. The environment variables needed are: AZURE_CLIENT_ID (or the client ID sent through the parameters), AZURE_TENANT_ID and AZURE_FEDERATED_TOKEN_FILE`), result;
  },
  async getToken(configuration, getTokenOptions = {}) {
    let { scopes, clientId } = configuration, identityClientTokenCredentialOptions = {};
    return new WorkloadIdentityCredential({
      clientId,
      tenantId: process.env.AZURE_TENANT_ID,
      tokenFilePath: process.env.AZURE_FEDERATED_TOKEN_FILE,
      ...identityClientTokenCredentialOptions,
      disableInstanceDiscovery: !0
    }).getToken(scopes, getTokenOptions);
  }
};

// node_modules/@azure/identity/dist/esm/credentials/managedIdentityCredential/index.js
var logger12 = credentialLogger("ManagedIdentityCredential"), ManagedIdentityCredential = class {
  managedIdentityApp;
  identityClient;
  clientId;
  resourceId;
  objectId;
  msiRetryConfig = {
    maxRetries: 5,
    startDelayInMs: 800,
    intervalIncrement: 2
  };
  isAvailableIdentityClient;
  sendProbeRequest;
  /**
   * @internal
   * @hidden
   */
  constructor(clientIdOrOptions, options) {
    let _options;
    typeof clientIdOrOptions == "string" ? (this.clientId = clientIdOrOptions, _options = options ?? {}) : (this.clientId = clientIdOrOptions?.clientId, _options = clientIdOrOptions ?? {}), this.resourceId = _options?.resourceId, this.objectId = _options?.objectId, this.sendProbeRequest = _options?.sendProbeRequest ?? !1;
    let providedIds = [
      { key: "clientId", value: this.clientId },
      { key: "resourceId", value: this.resourceId },
      { key: "objectId", value: this.objectId }
    ].filter((id) => id.value);
    if (providedIds.length > 1)
      throw new Error(`ManagedIdentityCredential: only one of 'clientId', 'resourceId', or 'objectId' can be provided. Received values: ${JSON.stringify({ clientId: this.clientId, resourceId: this.resourceId, objectId: this.objectId })}`);
    _options.allowInsecureConnection = !0, _options.retryOptions?.maxRetries !== void 0 && (this.msiRetryConfig.maxRetries = _options.retryOptions.maxRetries), this.identityClient = new IdentityClient({
      ..._options,
      additionalPolicies: [{ policy: imdsRetryPolicy(this.msiRetryConfig), position: "perCall" }]
    }), this.managedIdentityApp = new ManagedIdentityApplication({
      managedIdentityIdParams: {
        userAssignedClientId: this.clientId,
        userAssignedResourceId: this.resourceId,
        userAssignedObjectId: this.objectId
      },
      system: {
        disableInternalRetries: !0,
        networkClient: this.identityClient,
        loggerOptions: {
          logLevel: getMSALLogLevel(getLogLevel()),
          piiLoggingEnabled: _options.loggingOptions?.enableUnsafeSupportLogging,
          loggerCallback: defaultLoggerCallback(logger12)
        }
      }
    }), this.isAvailableIdentityClient = new IdentityClient({
      ..._options,
      retryOptions: {
        maxRetries: 0
      }
    });
    let managedIdentitySource = this.managedIdentityApp.getManagedIdentitySource();
    if (managedIdentitySource === "CloudShell" && (this.clientId || this.resourceId || this.objectId))
      throw logger12.warning(`CloudShell MSI detected with user-provided IDs - throwing. Received values: ${JSON.stringify({
        clientId: this.clientId,
        resourceId: this.resourceId,
        objectId: this.objectId
      })}.`), new CredentialUnavailableError("ManagedIdentityCredential: Specifying a user-assigned managed identity is not supported for CloudShell at runtime. When using Managed Identity in CloudShell, omit the clientId, resourceId, and objectId parameters.");
    if (managedIdentitySource === "ServiceFabric" && (this.clientId || this.resourceId || this.objectId))
      throw logger12.warning(`Service Fabric detected with user-provided IDs - throwing. Received values: ${JSON.stringify({
        clientId: this.clientId,
        resourceId: this.resourceId,
        objectId: this.objectId
      })}.`), new CredentialUnavailableError(`ManagedIdentityCredential: ${serviceFabricErrorMessage}`);
    if (logger12.info(`Using ${managedIdentitySource} managed identity.`), providedIds.length === 1) {
      let { key, value } = providedIds[0];
      logger12.info(`${managedIdentitySource} with ${key}: ${value}`);
    }
  }
  /**
   * Authenticates with Microsoft Entra ID and returns an access token if successful.
   * If authentication fails, a {@link CredentialUnavailableError} will be thrown with the details of the failure.
   * If an unexpected error occurs, an {@link AuthenticationError} will be thrown with the details of the failure.
   *
   * @param scopes - The list of scopes for which the token will have access.
   * @param options - The options used to configure any requests this
   *                TokenCredential implementation might make.
   */
  async getToken(scopes, options = {}) {
    logger12.getToken.info("Using the MSAL provider for Managed Identity.");
    let resource = mapScopesToResource(scopes);
    if (!resource)
      throw new CredentialUnavailableError(`ManagedIdentityCredential: Multiple scopes are not supported. Scopes: ${JSON.stringify(scopes)}`);
    return tracingClient.withSpan("ManagedIdentityCredential.getToken", options, async () => {
      try {
        let isTokenExchangeMsi = await tokenExchangeMsi.isAvailable(this.clientId), identitySource = this.managedIdentityApp.getManagedIdentitySource(), isImdsMsi = identitySource === "DefaultToImds" || identitySource === "Imds";
        if (logger12.getToken.info(`MSAL Identity source: ${identitySource}`), isTokenExchangeMsi) {
          logger12.getToken.info("Using the token exchange managed identity.");
          let result = await tokenExchangeMsi.getToken({
            scopes,
            clientId: this.clientId,
            identityClient: this.identityClient,
            retryConfig: this.msiRetryConfig,
            resourceId: this.resourceId
          });
          if (result === null)
            throw new CredentialUnavailableError("Attempted to use the token exchange managed identity, but received a null response.");
          return result;
        } else if (isImdsMsi && this.sendProbeRequest && (logger12.getToken.info("Using the IMDS endpoint to probe for availability."), !await imdsMsi.isAvailable({
          scopes,
          clientId: this.clientId,
          getTokenOptions: options,
          identityClient: this.isAvailableIdentityClient,
          resourceId: this.resourceId
        })))
          throw new CredentialUnavailableError("Attempted to use the IMDS endpoint, but it is not available.");
        logger12.getToken.info("Calling into MSAL for managed identity token.");
        let token = await this.managedIdentityApp.acquireToken({
          resource
        });
        return this.ensureValidMsalToken(scopes, token, options), logger12.getToken.info(formatSuccess(scopes)), {
          expiresOnTimestamp: token.expiresOn.getTime(),
          token: token.accessToken,
          refreshAfterTimestamp: token.refreshOn?.getTime(),
          tokenType: "Bearer"
        };
      } catch (err) {
        throw logger12.getToken.error(formatError(scopes, err)), err.name === "AuthenticationRequiredError" ? err : isNetworkError(err) ? new CredentialUnavailableError(`ManagedIdentityCredential: Network unreachable. Message: ${err.message}`, { cause: err }) : new CredentialUnavailableError(`ManagedIdentityCredential: Authentication failed. Message ${err.message}`, { cause: err });
      }
    });
  }
  /**
   * Ensures the validity of the MSAL token
   */
  ensureValidMsalToken(scopes, msalToken, getTokenOptions) {
    let createError = (message) => (logger12.getToken.info(message), new AuthenticationRequiredError({
      scopes: Array.isArray(scopes) ? scopes : [scopes],
      getTokenOptions,
      message
    }));
    if (!msalToken)
      throw createError("No response.");
    if (!msalToken.expiresOn)
      throw createError('Response had no "expiresOn" property.');
    if (!msalToken.accessToken)
      throw createError('Response had no "accessToken" property.');
  }
};
function isNetworkError(err) {
  return !!(err.errorCode === "network_error" || err.code === "ENETUNREACH" || err.code === "EHOSTUNREACH" || (err.statusCode === 403 || err.code === 403) && err.message.includes("unreachable"));
}

// node_modules/@azure/core-process/dist/esm/errors.js
var processErrorBrand = /* @__PURE__ */ Symbol.for("@azure/core-process.ProcessError"), ProcessError = class extends Error {
  /**
   * The operating-system error code or process exit code.
   */
  code;
  /**
   * The signal that terminated the process.
   */
  signal;
  /**
   * Whether the process was killed.
   */
  killed;
  /**
   * Captured standard output, when available.
   */
  stdout;
  /**
   * Captured standard error, when available.
   */
  stderr;
  /**
   * Creates a process error.
   *
   * @param message - A message that does not contain command arguments or output.
   * @param options - Structured process failure details.
   */
  constructor(message, options = {}) {
    super(message), this.name = "ProcessError", this.code = options.code ?? null, this.signal = options.signal ?? null, this.killed = options.killed ?? !1, Object.defineProperties(this, {
      [processErrorBrand]: {
        configurable: !1,
        enumerable: !1,
        value: !0,
        writable: !1
      },
      stdout: {
        configurable: !1,
        enumerable: !1,
        value: options.stdout,
        writable: !1
      },
      stderr: {
        configurable: !1,
        enumerable: !1,
        value: options.stderr,
        writable: !1
      }
    });
  }
};
function isProcessError(error) {
  if (error instanceof ProcessError)
    return !0;
  if (typeof error != "object" || error === null)
    return !1;
  let candidate = error;
  return candidate[processErrorBrand] === !0 && candidate.name === "ProcessError" && (typeof candidate.code == "string" || typeof candidate.code == "number" || candidate.code === null) && typeof candidate.killed == "boolean" && (typeof candidate.signal == "string" || candidate.signal === null);
}
function createExecutionError(error, stdout, stderr) {
  let code = error.code ?? null, message = typeof code == "number" ? `The process exited with code ${code}.` : code ? `The process could not be completed (${code}).` : "The process could not be completed.";
  return new ProcessError(message, {
    code,
    signal: error.signal,
    killed: error.killed,
    stdout,
    stderr
  });
}

// node_modules/@azure/core-process/dist/esm/process.js
import * as childProcess from "node:child_process";

// node_modules/@azure/core-process/dist/esm/normalizeCommand.js
import path3 from "node:path";

// node_modules/@azure/core-process/dist/esm/resolveExecutable.js
import { accessSync as accessSync2, constants as constants2, realpathSync, statSync as statSync2 } from "node:fs";
import path2 from "node:path";
import { fileURLToPath } from "node:url";
var WINDOWS_NATIVE_EXTENSIONS = [".exe", ".com"], WINDOWS_BATCH_EXTENSIONS = [".cmd", ".bat"], WINDOWS_DRIVE_ABSOLUTE_PATH = /^[a-z]:[\\/]/i;
function getEnvironmentValue(environment, name3) {
  if (process.platform !== "win32")
    return environment[name3];
  let normalizedName = name3.toLowerCase();
  for (let [key, value] of Object.entries(environment))
    if (key.toLowerCase() === normalizedName)
      return value;
}
function setEnvironmentValue(environment, name3, value) {
  let normalizedName = name3.toLowerCase(), existingKey = Object.keys(environment).find((key) => key.toLowerCase() === normalizedName);
  environment[existingKey ?? name3] = value;
}
function snapshotEnvironment(environment) {
  let snapshot = {}, windowsKeys = /* @__PURE__ */ new Set();
  for (let [key, value] of Object.entries(environment)) {
    if (process.platform === "win32") {
      let normalizedKey = key.toLowerCase();
      if (windowsKeys.has(normalizedKey))
        throw new ProcessError("The environment contains duplicate case-insensitive variable names.", { code: "ERR_INVALID_ENVIRONMENT" });
      windowsKeys.add(normalizedKey);
    }
    if (value !== void 0 && typeof value != "string")
      throw new ProcessError("The environment contains a non-string value.", {
        code: "ERR_INVALID_ENVIRONMENT"
      });
    snapshot[key] = value;
  }
  return snapshot;
}
function normalizeCwd(cwd) {
  let cwdPath = cwd instanceof URL ? fileURLToPath(cwd) : cwd;
  return path2.resolve(cwdPath ?? process.cwd());
}
function createProcessContext(options = {}) {
  if (options.allowWindowsBatchFiles !== void 0 && typeof options.allowWindowsBatchFiles != "boolean")
    throw new ProcessError("The Windows batch option must be a boolean.", {
      code: "ERR_INVALID_PROCESS_OPTION"
    });
  return {
    cwd: normalizeCwd(options.cwd),
    env: snapshotEnvironment(options.env ?? process.env),
    allowWindowsBatchFiles: options.allowWindowsBatchFiles === !0
  };
}
function isExecutableFile(filePath) {
  try {
    return statSync2(filePath).isFile() ? (process.platform !== "win32" && accessSync2(filePath, constants2.X_OK), !0) : !1;
  } catch {
    return !1;
  }
}
function isNativeExtension(extension) {
  return WINDOWS_NATIVE_EXTENSIONS.some((candidate) => candidate === extension);
}
function isBatchExtension(extension) {
  return WINDOWS_BATCH_EXTENSIONS.some((candidate) => candidate === extension);
}
function resolveWindowsCandidate(candidate, allowWindowsBatchFiles) {
  let extension = path2.extname(candidate).toLowerCase();
  if (extension)
    return !isNativeExtension(extension) && !(allowWindowsBatchFiles && isBatchExtension(extension)) ? void 0 : isExecutableFile(candidate) ? candidate : void 0;
  for (let nativeExtension of WINDOWS_NATIVE_EXTENSIONS) {
    let nativeCandidate = candidate + nativeExtension;
    if (isExecutableFile(nativeCandidate))
      return nativeCandidate;
  }
  if (allowWindowsBatchFiles)
    for (let batchExtension of WINDOWS_BATCH_EXTENSIONS) {
      let batchCandidate = candidate + batchExtension;
      if (isExecutableFile(batchCandidate))
        return batchCandidate;
    }
}
function getSearchPaths(context) {
  let pathValue = getEnvironmentValue(context.env, "PATH") ?? "", paths = [], seen = /* @__PURE__ */ new Set();
  for (let entry of pathValue.split(path2.delimiter)) {
    let candidate = entry;
    if (process.platform === "win32" && (candidate = candidate.trim(), candidate.startsWith('"') && candidate.endsWith('"') && (candidate = candidate.slice(1, -1))), !candidate || !path2.isAbsolute(candidate))
      continue;
    let normalized = path2.resolve(candidate), key = process.platform === "win32" ? normalized.toLowerCase() : normalized;
    seen.has(key) || (seen.add(key), paths.push(normalized));
  }
  return paths;
}
function hasPathSeparator(command) {
  return command.includes("/") || process.platform === "win32" && command.includes("\\");
}
function validateCommand(command) {
  if (!command || command.includes("\0") || /[\r\n]/.test(command))
    throw new ProcessError("The executable name is invalid.", {
      code: "ERR_INVALID_EXECUTABLE"
    });
  if (process.platform === "win32" && /^[a-z]:[^\\/]/i.test(command))
    throw new ProcessError("Drive-relative executable paths are not supported.", {
      code: "ERR_INVALID_EXECUTABLE"
    });
}
function resolveExecutableWithContext(command, context) {
  if (validateCommand(command), hasPathSeparator(command) || path2.isAbsolute(command)) {
    let candidate = path2.resolve(context.cwd, command);
    return process.platform === "win32" ? resolveWindowsCandidate(candidate, context.allowWindowsBatchFiles) : isExecutableFile(candidate) ? candidate : void 0;
  }
  let searchPaths = getSearchPaths(context);
  if (process.platform !== "win32") {
    for (let searchPath of searchPaths) {
      let candidate = path2.join(searchPath, command);
      if (isExecutableFile(candidate))
        return candidate;
    }
    return;
  }
  let extension = path2.extname(command).toLowerCase();
  if (extension) {
    if (!isNativeExtension(extension) && !(context.allowWindowsBatchFiles && isBatchExtension(extension)))
      return;
    for (let searchPath of searchPaths) {
      let candidate = path2.join(searchPath, command);
      if (isExecutableFile(candidate))
        return candidate;
    }
    return;
  }
  for (let searchPath of searchPaths)
    for (let nativeExtension of WINDOWS_NATIVE_EXTENSIONS) {
      let candidate = path2.join(searchPath, command + nativeExtension);
      if (isExecutableFile(candidate))
        return candidate;
    }
  if (context.allowWindowsBatchFiles)
    for (let searchPath of searchPaths)
      for (let batchExtension of WINDOWS_BATCH_EXTENSIONS) {
        let candidate = path2.join(searchPath, command + batchExtension);
        if (isExecutableFile(candidate))
          return candidate;
      }
}
function canonicalizeWindowsPath(filePath) {
  try {
    return realpathSync.native(filePath).toLowerCase();
  } catch {
    return path2.resolve(filePath).toLowerCase();
  }
}
function isWindowsDriveAbsolutePath(filePath) {
  return WINDOWS_DRIVE_ABSOLUTE_PATH.test(filePath);
}
function resolveWindowsCommandInterpreter(childEnvironment) {
  let hostEnvironment = snapshotEnvironment(process.env), systemRoot = getEnvironmentValue(hostEnvironment, "SystemRoot");
  if (!systemRoot || !isWindowsDriveAbsolutePath(systemRoot))
    throw new ProcessError("A trusted Windows system directory could not be established.", {
      code: "ERR_UNTRUSTED_COMMAND_INTERPRETER"
    });
  let executablePath = path2.join(systemRoot, "System32", "cmd.exe");
  if (!isExecutableFile(executablePath))
    throw new ProcessError("The Windows command interpreter could not be found.", {
      code: "ERR_UNTRUSTED_COMMAND_INTERPRETER"
    });
  let comSpec = getEnvironmentValue(hostEnvironment, "ComSpec");
  if (comSpec && (!isWindowsDriveAbsolutePath(comSpec) || canonicalizeWindowsPath(comSpec) !== canonicalizeWindowsPath(executablePath)))
    throw new ProcessError("The Windows command interpreter is not trusted.", {
      code: "ERR_UNTRUSTED_COMMAND_INTERPRETER"
    });
  let childSystemRoot = getEnvironmentValue(childEnvironment, "SystemRoot");
  if (childSystemRoot && (!isWindowsDriveAbsolutePath(childSystemRoot) || canonicalizeWindowsPath(childSystemRoot) !== canonicalizeWindowsPath(systemRoot)))
    throw new ProcessError("The child environment contains an untrusted system directory.", {
      code: "ERR_UNTRUSTED_COMMAND_INTERPRETER"
    });
  let childComSpec = getEnvironmentValue(childEnvironment, "ComSpec");
  if (childComSpec && (!isWindowsDriveAbsolutePath(childComSpec) || canonicalizeWindowsPath(childComSpec) !== canonicalizeWindowsPath(executablePath)))
    throw new ProcessError("The child environment contains an untrusted command interpreter.", {
      code: "ERR_UNTRUSTED_COMMAND_INTERPRETER"
    });
  return setEnvironmentValue(childEnvironment, "SystemRoot", systemRoot), setEnvironmentValue(childEnvironment, "ComSpec", executablePath), { executablePath, systemRoot };
}

// node_modules/@azure/core-process/dist/esm/normalizeCommand.js
var UNSAFE_BATCH_ARGUMENT = /[%!^&|<>()]/, UNSAFE_BATCH_PATH = /[%!]/, BATCH_META_CHARACTER = /([()\][%!^"`<>&|;, *?])/g;
function containsControlCharacter(value) {
  for (let character of value) {
    let codePoint = character.codePointAt(0);
    if (codePoint <= 31 || codePoint === 127)
      return !0;
  }
  return !1;
}
function snapshotArguments(args) {
  return args.map((arg, index) => {
    if (typeof arg != "string" || arg.includes("\0"))
      throw new ProcessError(`Process argument ${index} is invalid.`, {
        code: "ERR_INVALID_PROCESS_ARGUMENT"
      });
    return arg;
  });
}
function validateBatchArguments(args) {
  for (let [index, arg] of args.entries())
    if (containsControlCharacter(arg) || UNSAFE_BATCH_ARGUMENT.test(arg) || /\\"/.test(arg) || /\\{2,}$/.test(arg))
      throw new ProcessError(`Windows batch argument ${index} is unsafe.`, {
        code: "ERR_UNSAFE_WINDOWS_BATCH_ARGUMENT"
      });
}
function escapeBatchCommand(filePath) {
  if (containsControlCharacter(filePath) || UNSAFE_BATCH_PATH.test(filePath))
    throw new ProcessError("The Windows batch path cannot be represented safely.", {
      code: "ERR_UNSAFE_WINDOWS_BATCH_PATH"
    });
  return filePath.replace(BATCH_META_CHARACTER, "^$1");
}
function escapeBatchArgument(argument) {
  let escaped = argument;
  return escaped = escaped.replace(/(?=(\\+?)?)\1"/g, '$1$1\\"'), escaped = escaped.replace(/(?=(\\+?)?)\1$/g, "$1$1"), escaped = `"${escaped}"`, escaped.replace(BATCH_META_CHARACTER, "^$1");
}
function normalizeCommand(command, args, context) {
  let copiedArgs = snapshotArguments(args), resolvedPath = resolveExecutableWithContext(command, context);
  if (!resolvedPath)
    throw new ProcessError("The executable could not be found.", { code: "ENOENT" });
  if (process.platform !== "win32")
    return {
      executable: resolvedPath,
      args: copiedArgs,
      cwd: context.cwd,
      env: context.env,
      windowsVerbatimArguments: !1
    };
  let extension = path3.extname(resolvedPath).toLowerCase();
  if (extension === ".exe" || extension === ".com")
    return {
      executable: resolvedPath,
      args: copiedArgs,
      cwd: context.cwd,
      env: context.env,
      windowsVerbatimArguments: !1
    };
  if (extension !== ".cmd" && extension !== ".bat")
    throw new ProcessError("The executable type is not supported on Windows.", {
      code: "ERR_UNSUPPORTED_WINDOWS_EXECUTABLE"
    });
  if (!context.allowWindowsBatchFiles)
    throw new ProcessError("Windows batch execution was not enabled.", {
      code: "ERR_WINDOWS_BATCH_DISABLED"
    });
  if (context.cwd.startsWith("\\\\"))
    throw new ProcessError("Windows batch execution does not support a UNC working directory.", {
      code: "ERR_UNSUPPORTED_WINDOWS_CWD"
    });
  validateBatchArguments(copiedArgs);
  let commandInterpreter = resolveWindowsCommandInterpreter(context.env), commandLine = [
    escapeBatchCommand(resolvedPath),
    ...copiedArgs.map(escapeBatchArgument)
  ].join(" ");
  return {
    executable: commandInterpreter.executablePath,
    args: ["/d", "/s", "/v:off", "/c", `"${commandLine}"`],
    cwd: context.cwd,
    env: context.env,
    windowsVerbatimArguments: !0
  };
}

// node_modules/@azure/core-process/dist/esm/process.js
var commonOptionNames = ["gid", "killSignal", "timeout", "uid", "windowsHide"], spawnOptionNames = [
  ...commonOptionNames,
  "argv0",
  "detached",
  "serialization",
  "signal",
  "stdio"
], spawnSyncOptionNames = [
  ...commonOptionNames,
  "argv0",
  "encoding",
  "input",
  "maxBuffer",
  "stdio"
], execFileOptionNames = [...commonOptionNames, "encoding", "maxBuffer", "signal"];
function sanitizeChildProcessError(error) {
  return error instanceof Error && !isProcessError(error) ? createExecutionError(error) : error;
}
function callWithSanitizedChildProcessErrors(callback) {
  try {
    return callback();
  } catch (error) {
    throw sanitizeChildProcessError(error);
  }
}
function prepareProcess(executable, args, options, allowedOptionNames) {
  if (options.shell !== void 0 || options.windowsVerbatimArguments !== void 0)
    throw new ProcessError("Shell-related process options are not supported.", {
      code: "ERR_UNSAFE_PROCESS_OPTION"
    });
  let copiedOptions = { ...options }, { cwd, env, allowWindowsBatchFiles } = copiedOptions, resolutionOptionNames = /* @__PURE__ */ new Set(["cwd", "env", "allowWindowsBatchFiles"]), allowedOptions = new Set(allowedOptionNames), nodeOptions = {};
  for (let [name3, value] of Object.entries(copiedOptions))
    if (!((name3 === "shell" || name3 === "windowsVerbatimArguments") && value === void 0) && !resolutionOptionNames.has(name3)) {
      if (!allowedOptions.has(name3))
        throw new ProcessError("The process options contain an unsupported property.", {
          code: "ERR_UNSUPPORTED_PROCESS_OPTION"
        });
      nodeOptions[name3] = value;
    }
  let context = createProcessContext({
    cwd,
    env,
    allowWindowsBatchFiles
  }), command = normalizeCommand(executable, args, context);
  if (command.windowsVerbatimArguments && nodeOptions.argv0 !== void 0)
    throw new ProcessError("The argv0 option is not supported for Windows batch files.", {
      code: "ERR_UNSAFE_PROCESS_OPTION"
    });
  return { command, nodeOptions };
}
async function execFile2(command, args = [], options = {}) {
  let prepared = prepareProcess(command, args, options, execFileOptionNames);
  return new Promise((resolve, reject) => {
    callWithSanitizedChildProcessErrors(() => childProcess.execFile(prepared.command.executable, prepared.command.args, {
      ...prepared.nodeOptions,
      cwd: prepared.command.cwd,
      env: prepared.command.env,
      shell: !1,
      windowsVerbatimArguments: prepared.command.windowsVerbatimArguments,
      windowsHide: options.windowsHide
    }, (error, stdout, stderr) => {
      if (error) {
        reject(createExecutionError(error, stdout, stderr));
        return;
      }
      resolve({ stdout, stderr });
    }));
  });
}

// node_modules/@azure/identity/dist/esm/util/processUtils.js
function outputToString(output) {
  return output === void 0 ? "" : Buffer.isBuffer(output) ? output.toString("utf8") : output;
}
var processUtils = {
  /**
   * Executes a file and preserves output when the process exits nonzero.
   *
   * @internal
   */
  async execFileWithResult(file, params, options) {
    try {
      return { ...await execFile2(file, params, options), error: null };
    } catch (error) {
      if (isProcessError(error))
        return {
          stdout: outputToString(error.stdout),
          stderr: outputToString(error.stderr),
          error
        };
      throw error;
    }
  },
  /**
   * Executes a file and rejects when it writes to stderr or exits nonzero.
   *
   * @internal
   */
  async execFile(file, params, options) {
    let { stdout, stderr, error } = await processUtils.execFileWithResult(file, params, options);
    if (stderr || error)
      throw stderr ? new Error(stderr) : error;
    return stdout;
  }
};

// node_modules/@azure/identity/dist/esm/credentials/azureDeveloperCliCredential.js
var logger13 = credentialLogger("AzureDeveloperCliCredential"), azureDeveloperCliPublicErrorMessages = {
  notInstalled: "Azure Developer CLI couldn't be found. To mitigate this issue, see the troubleshooting guidelines at https://aka.ms/azsdk/js/identity/azdevclicredential/troubleshoot.",
  login: "Please run 'azd auth login' from a command prompt to authenticate before using this credential. For more information, see the troubleshooting guidelines at https://aka.ms/azsdk/js/identity/azdevclicredential/troubleshoot.",
  unknown: "Unknown error while trying to retrieve the access token",
  claim: "This credential doesn't support claims challenges. To authenticate with the required claims, please run the following command:"
}, developerCliCredentialInternals = {
  /**
   * Parses azd stderr JSON output to extract a human-readable error message.
   *
   * Three formats are supported across azd versions:
   * - pre-v1.23.7: `{"type":"consoleMessage","data":{"message":"..."}}`
   * - v1.23.7 - v1.23.15: an empty `consoleMessage` line followed by `{"error":"...","message":"...","suggestion":"..."}`
   * - v1.24.0+: `{"error":"...","message":"...","suggestion":"..."}`
   *
   * The structured `error` field is preferred. If absent, falls back to the
   * first non-empty `data.message` from a legacy `consoleMessage` line. If
   * neither is found, the raw stderr is returned unchanged so plain-text and
   * malformed output continue to surface to callers.
   *
   * @param stderr - The stderr output from azd command
   * @returns The parsed error message or raw stderr
   * @internal
   */
  parseAzdStderr(stderr) {
    if (!stderr?.trim())
      return stderr;
    let fallback;
    for (let rawLine of stderr.split(`
`)) {
      let line = rawLine.trim();
      if (!line.startsWith("{"))
        continue;
      let parsed;
      try {
        parsed = JSON.parse(line);
      } catch {
        continue;
      }
      if (typeof parsed?.error == "string" && parsed.error.trim())
        return parsed.error.trim();
      if (fallback === void 0) {
        let message = parsed?.data?.message;
        typeof message == "string" && message.trim() && (fallback = message.trim());
      }
    }
    return fallback ?? stderr;
  },
  /**
   * @internal
   */
  getSafeWorkingDir() {
    if (process.platform === "win32") {
      let systemRoot = process.env.SystemRoot || process.env.SYSTEMROOT;
      return systemRoot || (logger13.getToken.warning("The SystemRoot environment variable is not set. This may cause issues when using the Azure Developer CLI credential."), systemRoot = "C:\\Windows"), systemRoot;
    } else
      return "/bin";
  },
  /**
   * Gets the access token from Azure Developer CLI
   * @param scopes - The scopes to use when getting the token
   * @internal
   */
  async getAzdAccessToken(scopes, tenantId, timeout, claims) {
    let tenantSection = [];
    tenantId && (tenantSection = ["--tenant-id", tenantId]);
    let claimsSections = [];
    claims && (claimsSections = ["--claims", uint8ArrayToString(stringToUint8Array(claims, "utf-8"), "base64")]);
    let args = [
      "auth",
      "token",
      "--output",
      "json",
      "--no-prompt",
      ...scopes.reduce((previous, current) => previous.concat("--scope", current), []),
      ...tenantSection,
      ...claimsSections
    ];
    return processUtils.execFileWithResult("azd", args, {
      allowWindowsBatchFiles: !0,
      cwd: developerCliCredentialInternals.getSafeWorkingDir(),
      encoding: "utf8",
      timeout
    });
  }
}, AzureDeveloperCliCredential = class {
  tenantId;
  additionallyAllowedTenantIds;
  timeout;
  /**
   * Creates an instance of the {@link AzureDeveloperCliCredential}.
   *
   * To use this credential, ensure that you have already logged
   * in via the 'azd' tool using the command "azd auth login" from the commandline.
   *
   * @param options - Options, to optionally allow multi-tenant requests.
   */
  constructor(options) {
    options?.tenantId && (checkTenantId(logger13, options?.tenantId), this.tenantId = options?.tenantId), this.additionallyAllowedTenantIds = resolveAdditionallyAllowedTenantIds(options?.additionallyAllowedTenants), this.timeout = options?.processTimeoutInMs;
  }
  /**
   * Authenticates with Microsoft Entra ID and returns an access token if successful.
   * If authentication fails, a {@link CredentialUnavailableError} will be thrown with the details of the failure.
   *
   * @param scopes - The list of scopes for which the token will have access.
   * @param options - The options used to configure any requests this
   *                TokenCredential implementation might make.
   */
  async getToken(scopes, options = {}) {
    let tenantId = processMultiTenantRequest(this.tenantId, options, this.additionallyAllowedTenantIds);
    tenantId && checkTenantId(logger13, tenantId);
    let scopeList;
    return typeof scopes == "string" ? scopeList = [scopes] : scopeList = scopes, logger13.getToken.info(`Using the scopes ${scopes}`), tracingClient.withSpan(`${this.constructor.name}.getToken`, options, async () => {
      try {
        scopeList.forEach((scope) => {
          ensureValidScopeForDevTimeCreds(scope, logger13);
        });
        let obj = await developerCliCredentialInternals.getAzdAccessToken(scopeList, tenantId, this.timeout, options.claims), isMFARequiredError = obj.stderr?.match("must use multi-factor authentication") || obj.stderr?.match("reauthentication required"), isNotLoggedInError = obj.stderr?.match("not logged in, run `azd login` to login") || obj.stderr?.match("not logged in, run `azd auth login` to login");
        if (obj.stderr?.match("azd:(.*)not found") || obj.stderr?.startsWith("'azd' is not recognized") || obj.error && obj.error.code === "ENOENT") {
          let error = new CredentialUnavailableError(azureDeveloperCliPublicErrorMessages.notInstalled);
          throw logger13.getToken.info(formatError(scopes, error)), error;
        }
        if (isNotLoggedInError) {
          let error = new CredentialUnavailableError(azureDeveloperCliPublicErrorMessages.login);
          throw logger13.getToken.info(formatError(scopes, error)), error;
        }
        if (isMFARequiredError) {
          let loginCmd = `azd auth login ${scopeList.reduce((previous, current) => previous.concat("--scope", current), []).join(" ")}`, error = new CredentialUnavailableError(`${azureDeveloperCliPublicErrorMessages.claim} ${loginCmd}`);
          throw logger13.getToken.info(formatError(scopes, error)), error;
        }
        try {
          let resp = JSON.parse(obj.stdout);
          return logger13.getToken.info(formatSuccess(scopes)), {
            token: resp.token,
            expiresOnTimestamp: new Date(resp.expiresOn).getTime(),
            tokenType: "Bearer"
          };
        } catch (e) {
          if (obj.stderr) {
            let errorMessage = developerCliCredentialInternals.parseAzdStderr(obj.stderr);
            throw new CredentialUnavailableError(errorMessage);
          }
          throw e;
        }
      } catch (err) {
        let error = err.name === "CredentialUnavailableError" ? err : new CredentialUnavailableError(err.message || azureDeveloperCliPublicErrorMessages.unknown);
        throw logger13.getToken.info(formatError(scopes, error)), error;
      }
    });
  }
};

// node_modules/@azure/identity/dist/esm/util/subscriptionUtils.js
function checkSubscription(logger24, subscription) {
  if (!subscription.match(/^[0-9a-zA-Z-._ ]+$/)) {
    let error = new Error(`Subscription '${subscription}' contains invalid characters. If this is the name of a subscription, use its ID instead. You can locate your subscription by following the instructions listed here: https://learn.microsoft.com/azure/azure-portal/get-subscription-tenant-id`);
    throw logger24.info(formatError("", error)), error;
  }
}

// node_modules/@azure/identity/dist/esm/credentials/azureCliCredential.js
var logger14 = credentialLogger("AzureCliCredential"), azureCliPublicErrorMessages = {
  claim: "This credential doesn't support claims challenges. To authenticate with the required claims, please run the following command:",
  notInstalled: "Azure CLI could not be found. Please visit https://aka.ms/azure-cli for installation instructions and then, once installed, authenticate to your Azure account using 'az login'.",
  login: "Please run 'az login' from a command prompt to authenticate before using this credential.",
  unknown: "Unknown error while trying to retrieve the access token",
  unexpectedResponse: 'Unexpected response from Azure CLI when getting token. Expected "expiresOn" to be a RFC3339 date string. Got:'
}, cliCredentialInternals = {
  /**
   * @internal
   */
  getSafeWorkingDir() {
    if (process.platform === "win32") {
      let systemRoot = process.env.SystemRoot || process.env.SYSTEMROOT;
      return systemRoot || (logger14.getToken.warning("The SystemRoot environment variable is not set. This may cause issues when using the Azure CLI credential."), systemRoot = "C:\\Windows"), systemRoot;
    } else
      return "/bin";
  },
  /**
   * Gets the access token from Azure CLI
   * @param resource - The resource to use when getting the token
   * @internal
   */
  async getAzureCliAccessToken(resource, tenantId, subscription, timeout) {
    let tenantSection = [], subscriptionSection = [];
    tenantId && (tenantSection = ["--tenant", tenantId]), subscription && (subscriptionSection = ["--subscription", subscription]);
    let args = [
      "account",
      "get-access-token",
      "--output",
      "json",
      "--resource",
      resource,
      ...tenantSection,
      ...subscriptionSection
    ];
    return processUtils.execFileWithResult("az", args, {
      allowWindowsBatchFiles: !0,
      cwd: cliCredentialInternals.getSafeWorkingDir(),
      encoding: "utf8",
      timeout
    });
  }
}, AzureCliCredential = class {
  tenantId;
  additionallyAllowedTenantIds;
  timeout;
  subscription;
  /**
   * Creates an instance of the {@link AzureCliCredential}.
   *
   * To use this credential, ensure that you have already logged
   * in via the 'az' tool using the command "az login" from the commandline.
   *
   * @param options - Options, to optionally allow multi-tenant requests.
   */
  constructor(options) {
    options?.tenantId && (checkTenantId(logger14, options?.tenantId), this.tenantId = options?.tenantId), options?.subscription && (checkSubscription(logger14, options?.subscription), this.subscription = options?.subscription), this.additionallyAllowedTenantIds = resolveAdditionallyAllowedTenantIds(options?.additionallyAllowedTenants), this.timeout = options?.processTimeoutInMs;
  }
  /**
   * Authenticates with Microsoft Entra ID and returns an access token if successful.
   * If authentication fails, a {@link CredentialUnavailableError} will be thrown with the details of the failure.
   *
   * @param scopes - The list of scopes for which the token will have access.
   * @param options - The options used to configure any requests this
   *                TokenCredential implementation might make.
   */
  async getToken(scopes, options = {}) {
    let scope = typeof scopes == "string" ? scopes : scopes[0], claimsValue = options.claims;
    if (claimsValue && claimsValue.trim()) {
      let loginCmd = `az login --claims-challenge ${uint8ArrayToString(stringToUint8Array(claimsValue, "utf-8"), "base64")} --scope ${scope}`, tenantIdFromOptions = options.tenantId;
      tenantIdFromOptions && (loginCmd += ` --tenant ${tenantIdFromOptions}`);
      let error = new CredentialUnavailableError(`${azureCliPublicErrorMessages.claim} ${loginCmd}`);
      throw logger14.getToken.info(formatError(scope, error)), error;
    }
    let tenantId = processMultiTenantRequest(this.tenantId, options, this.additionallyAllowedTenantIds);
    return tenantId && checkTenantId(logger14, tenantId), this.subscription && checkSubscription(logger14, this.subscription), logger14.getToken.info(`Using the scope ${scope}`), tracingClient.withSpan(`${this.constructor.name}.getToken`, options, async () => {
      try {
        ensureValidScopeForDevTimeCreds(scope, logger14);
        let resource = getScopeResource(scope), obj = await cliCredentialInternals.getAzureCliAccessToken(resource, tenantId, this.subscription, this.timeout), specificScope = obj.stderr?.match("(.*)az login --scope(.*)"), isLoginError2 = obj.stderr?.match("(.*)az login(.*)") && !specificScope;
        if (obj.stderr?.match("az:(.*)not found") || obj.stderr?.startsWith("'az' is not recognized") || obj.error && isProcessError(obj.error) && obj.error.code === "ENOENT") {
          let error = new CredentialUnavailableError(azureCliPublicErrorMessages.notInstalled);
          throw logger14.getToken.info(formatError(scopes, error)), error;
        }
        if (isLoginError2) {
          let error = new CredentialUnavailableError(azureCliPublicErrorMessages.login);
          throw logger14.getToken.info(formatError(scopes, error)), error;
        }
        try {
          let responseData = obj.stdout, response = this.parseRawResponse(responseData);
          return logger14.getToken.info(formatSuccess(scopes)), response;
        } catch (e) {
          throw obj.stderr ? new CredentialUnavailableError(obj.stderr) : e;
        }
      } catch (err) {
        let error = err.name === "CredentialUnavailableError" ? err : new CredentialUnavailableError(err.message || azureCliPublicErrorMessages.unknown);
        throw logger14.getToken.info(formatError(scopes, error)), error;
      }
    });
  }
  /**
   * Parses the raw JSON response from the Azure CLI into a usable AccessToken object
   *
   * @param rawResponse - The raw JSON response from the Azure CLI
   * @returns An access token with the expiry time parsed from the raw response
   *
   * The expiryTime of the credential's access token, in milliseconds, is calculated as follows:
   *
   * When available, expires_on (introduced in Azure CLI v2.54.0) will be preferred. Otherwise falls back to expiresOn.
   */
  parseRawResponse(rawResponse) {
    let response = JSON.parse(rawResponse), token = response.accessToken, expiresOnTimestamp = Number.parseInt(response.expires_on, 10) * 1e3;
    if (!isNaN(expiresOnTimestamp))
      return logger14.getToken.info("expires_on is available and is valid, using it"), {
        token,
        expiresOnTimestamp,
        tokenType: "Bearer"
      };
    if (expiresOnTimestamp = new Date(response.expiresOn).getTime(), isNaN(expiresOnTimestamp))
      throw new CredentialUnavailableError(`${azureCliPublicErrorMessages.unexpectedResponse} "${response.expiresOn}"`);
    return {
      token,
      expiresOnTimestamp,
      tokenType: "Bearer"
    };
  }
};

// node_modules/@azure/identity/dist/esm/credentials/azurePowerShellCredential.js
var logger15 = credentialLogger("AzurePowerShellCredential"), isWindows = process.platform === "win32", powerShellResourceEnvironmentVariable = "AZURE_IDENTITY_POWERSHELL_RESOURCE", powerShellTenantEnvironmentVariable = "AZURE_IDENTITY_POWERSHELL_TENANT_ID", powerShellPrivateEnvironmentVariables = new Set([powerShellResourceEnvironmentVariable, powerShellTenantEnvironmentVariable].map((name3) => name3.toLowerCase()));
function createPowerShellEnvironment(resource, tenantId, environment = process.env) {
  let childEnvironment = Object.fromEntries(Object.entries(environment).filter(([name3]) => !powerShellPrivateEnvironmentVariables.has(name3.toLowerCase())));
  return childEnvironment[powerShellResourceEnvironmentVariable] = resource, childEnvironment[powerShellTenantEnvironmentVariable] = tenantId ?? "", childEnvironment;
}
function formatCommand(commandName) {
  return isWindows ? `${commandName}.exe` : commandName;
}
async function runCommands(commands, timeout, env) {
  let results = [];
  for (let command of commands) {
    let [file, ...parameters] = command, result = await processUtils.execFile(file, parameters, {
      encoding: "utf8",
      env,
      timeout
    });
    results.push(result);
  }
  return results;
}
var powerShellErrors = {
  login: "Run Connect-AzAccount to login",
  installed: "The specified module 'Az.Accounts' with version '2.2.0' was not loaded because no valid module file was found in any module directory"
}, powerShellPublicErrorMessages = {
  login: "Please run 'Connect-AzAccount' from PowerShell to authenticate before using this credential.",
  installed: `The 'Az.Account' module >= 2.2.0 is not installed. Install the Azure Az PowerShell module with: "Install-Module -Name Az -Scope CurrentUser -Repository PSGallery -Force".`,
  claim: "This credential doesn't support claims challenges. To authenticate with the required claims, please run the following command:",
  troubleshoot: "To troubleshoot, visit https://aka.ms/azsdk/js/identity/powershellcredential/troubleshoot."
}, isLoginError = (err) => err.message.match(`(.*)${powerShellErrors.login}(.*)`), isNotInstalledError = (err) => err.message.match(powerShellErrors.installed), commandStack = [formatCommand("pwsh")];
isWindows && commandStack.push(formatCommand("powershell"));
var AzurePowerShellCredential = class {
  tenantId;
  additionallyAllowedTenantIds;
  timeout;
  /**
   * Creates an instance of the {@link AzurePowerShellCredential}.
   *
   * To use this credential:
   * - Install the Azure Az PowerShell module with:
   *   `Install-Module -Name Az -Scope CurrentUser -Repository PSGallery -Force`.
   * - You have already logged in to Azure PowerShell using the command
   * `Connect-AzAccount` from the command line.
   *
   * @param options - Options, to optionally allow multi-tenant requests.
   */
  constructor(options) {
    options?.tenantId && (checkTenantId(logger15, options?.tenantId), this.tenantId = options?.tenantId), this.additionallyAllowedTenantIds = resolveAdditionallyAllowedTenantIds(options?.additionallyAllowedTenants), this.timeout = options?.processTimeoutInMs;
  }
  /**
   * Gets the access token from Azure PowerShell
   * @param resource - The resource to use when getting the token
   */
  async getAzurePowerShellAccessToken(resource, tenantId, timeout) {
    for (let powerShellCommand of [...commandStack]) {
      try {
        await runCommands([[powerShellCommand, "/?"]], timeout);
      } catch {
        commandStack.shift();
        continue;
      }
      let result = (await runCommands([
        [
          powerShellCommand,
          "-NoProfile",
          "-NonInteractive",
          "-Command",
          `
          $tenantId = $env:${powerShellTenantEnvironmentVariable}
          $resource = $env:${powerShellResourceEnvironmentVariable}
          $m = Import-Module Az.Accounts -MinimumVersion 2.2.0 -PassThru
          $useSecureString = $m.Version -ge [version]'2.17.0' -and $m.Version -lt [version]'5.0.0'

          $params = @{
            ResourceUrl = $resource
          }

          if ($tenantId.Length -gt 0) {
            $params["TenantId"] = $tenantId
          }

          if ($useSecureString) {
            $params["AsSecureString"] = $true
          }

          $token = Get-AzAccessToken @params

          $result = New-Object -TypeName PSObject
          $result | Add-Member -MemberType NoteProperty -Name ExpiresOn -Value $token.ExpiresOn

          if ($token.Token -is [System.Security.SecureString]) {
            if ($PSVersionTable.PSVersion.Major -lt 7) {
              $ssPtr = [System.Runtime.InteropServices.Marshal]::SecureStringToBSTR($token.Token)
              try {
                $result | Add-Member -MemberType NoteProperty -Name Token -Value ([System.Runtime.InteropServices.Marshal]::PtrToStringBSTR($ssPtr))
              }
              finally {
                [System.Runtime.InteropServices.Marshal]::ZeroFreeBSTR($ssPtr)
              }
            }
            else {
              $result | Add-Member -MemberType NoteProperty -Name Token -Value ($token.Token | ConvertFrom-SecureString -AsPlainText)
            }
          }
          else {
            $result | Add-Member -MemberType NoteProperty -Name Token -Value $token.Token
          }

          Write-Output (ConvertTo-Json $result)
          `
        ]
      ], timeout, createPowerShellEnvironment(resource, tenantId)))[0];
      return parseJsonToken(result);
    }
    throw new Error("Unable to execute PowerShell. Ensure that it is installed in your system");
  }
  /**
   * Authenticates with Microsoft Entra ID and returns an access token if successful.
   * If the authentication cannot be performed through PowerShell, a {@link CredentialUnavailableError} will be thrown.
   *
   * @param scopes - The list of scopes for which the token will have access.
   * @param options - The options used to configure any requests this TokenCredential implementation might make.
   */
  async getToken(scopes, options = {}) {
    return tracingClient.withSpan(`${this.constructor.name}.getToken`, options, async () => {
      let scope = typeof scopes == "string" ? scopes : scopes[0], claimsValue = options.claims;
      if (claimsValue && claimsValue.trim()) {
        let loginCmd = `Connect-AzAccount -ClaimsChallenge ${uint8ArrayToString(stringToUint8Array(claimsValue, "utf-8"), "base64")}`, tenantIdFromOptions = options.tenantId;
        tenantIdFromOptions && (loginCmd += ` -Tenant ${tenantIdFromOptions}`);
        let error = new CredentialUnavailableError(`${powerShellPublicErrorMessages.claim} ${loginCmd}`);
        throw logger15.getToken.info(formatError(scope, error)), error;
      }
      let tenantId = processMultiTenantRequest(this.tenantId, options, this.additionallyAllowedTenantIds);
      tenantId && checkTenantId(logger15, tenantId);
      try {
        ensureValidScopeForDevTimeCreds(scope, logger15), logger15.getToken.info(`Using the scope ${scope}`);
        let resource = getScopeResource(scope), response = await this.getAzurePowerShellAccessToken(resource, tenantId, this.timeout);
        return logger15.getToken.info(formatSuccess(scopes)), {
          token: response.Token,
          expiresOnTimestamp: new Date(response.ExpiresOn).getTime(),
          tokenType: "Bearer"
        };
      } catch (err) {
        if (isNotInstalledError(err)) {
          let error2 = new CredentialUnavailableError(powerShellPublicErrorMessages.installed);
          throw logger15.getToken.info(formatError(scope, error2)), error2;
        } else if (isLoginError(err)) {
          let error2 = new CredentialUnavailableError(powerShellPublicErrorMessages.login);
          throw logger15.getToken.info(formatError(scope, error2)), error2;
        }
        let error = new CredentialUnavailableError(`${err}. ${powerShellPublicErrorMessages.troubleshoot}`);
        throw logger15.getToken.info(formatError(scope, error)), error;
      }
    });
  }
};
async function parseJsonToken(result) {
  let jsonRegex = /{[^{}]*}/g, matches = result.match(jsonRegex), resultWithoutToken = result;
  if (matches)
    try {
      for (let item of matches)
        try {
          let jsonContent = JSON.parse(item);
          if (jsonContent?.Token)
            return resultWithoutToken = resultWithoutToken.replace(item, ""), resultWithoutToken && logger15.getToken.warning(resultWithoutToken), jsonContent;
        } catch {
          continue;
        }
    } catch (e) {
      throw new Error(`Unable to parse the output of PowerShell. Received output: ${result}`, {
        cause: e
      });
    }
  throw new Error(`No access token found in the output. Received output: ${result}`);
}

// node_modules/@azure/identity/dist/esm/credentials/visualStudioCodeCredential.js
import { readFile as readFile3 } from "node:fs/promises";
var CommonTenantId = "common", VSCodeClientId = "aebc6443-996d-45c2-90f0-388ff96faa56", logger16 = credentialLogger("VisualStudioCodeCredential"), unsupportedTenantIds = {
  adfs: "The VisualStudioCodeCredential does not support authentication with ADFS tenants."
};
function checkUnsupportedTenant(tenantId) {
  let unsupportedTenantError = unsupportedTenantIds[tenantId];
  if (unsupportedTenantError)
    throw new CredentialUnavailableError(unsupportedTenantError);
}
var VisualStudioCodeCredential = class {
  tenantId;
  additionallyAllowedTenantIds;
  msalClient;
  options;
  /**
   * Creates an instance of VisualStudioCodeCredential to use for automatically authenticating via VSCode.
   *
   * **Note**: `VisualStudioCodeCredential` is provided by a plugin package:
   * `@azure/identity-vscode`. If this package is not installed, then authentication using
   * `VisualStudioCodeCredential` will not be available.
   *
   * @param options - Options for configuring the client which makes the authentication request.
   */
  constructor(options) {
    this.options = options || {}, options && options.tenantId ? (checkTenantId(logger16, options.tenantId), this.tenantId = options.tenantId) : this.tenantId = CommonTenantId, this.additionallyAllowedTenantIds = resolveAdditionallyAllowedTenantIds(options?.additionallyAllowedTenants), checkUnsupportedTenant(this.tenantId);
  }
  /**
   * Runs preparations for any further getToken request:
   *   - Validates that the plugin is available.
   *   - Loads the authentication record from VSCode if available.
   *   - Creates the MSAL client with the loaded plugin and authentication record.
   */
  async prepare(scopes) {
    let tenantId = processMultiTenantRequest(this.tenantId, this.options, this.additionallyAllowedTenantIds, logger16) || this.tenantId;
    if (!hasVSCodePlugin() || !vsCodeAuthRecordPath)
      throw new CredentialUnavailableError("Visual Studio Code Authentication is not available. Ensure you have have Azure Resources Extension installed in VS Code, signed into Azure via VS Code, installed the @azure/identity-vscode package, and properly configured the extension.");
    let authenticationRecord = await this.loadAuthRecord(vsCodeAuthRecordPath, scopes);
    this.msalClient = createMsalClient(VSCodeClientId, tenantId, {
      ...this.options,
      isVSCodeCredential: !0,
      brokerOptions: {
        enabled: !0,
        parentWindowHandle: new Uint8Array(0),
        useDefaultBrokerAccount: !0
      },
      authenticationRecord
    });
  }
  /**
   * The promise of the single preparation that will be executed at the first getToken request for an instance of this class.
   */
  preparePromise;
  /**
   * Runs preparations for any further getToken, but only once.
   */
  prepareOnce(scopes) {
    return this.preparePromise || (this.preparePromise = this.prepare(scopes)), this.preparePromise;
  }
  /**
   * Returns the token found by searching VSCode's authentication cache or
   * returns null if no token could be found.
   *
   * @param scopes - The list of scopes for which the token will have access.
   * @param options - The options used to configure any requests this
   *                `TokenCredential` implementation might make.
   */
  async getToken(scopes, options) {
    let scopeArray = ensureScopes(scopes);
    if (await this.prepareOnce(scopeArray), !this.msalClient)
      throw new CredentialUnavailableError("Visual Studio Code Authentication failed to initialize. Ensure you have have Azure Resources Extension installed in VS Code, signed into Azure via VS Code, installed the @azure/identity-vscode package, and properly configured the extension.");
    return this.msalClient.getTokenByInteractiveRequest(scopeArray, {
      ...options,
      disableAutomaticAuthentication: !0
    });
  }
  /**
   * Loads the authentication record from the specified path.
   * @param authRecordPath - The path to the authentication record file.
   * @param scopes - The list of scopes for which the token will have access.
   * @returns The authentication record or undefined if loading fails.
   */
  async loadAuthRecord(authRecordPath, scopes) {
    try {
      let authRecordContent = await readFile3(authRecordPath, { encoding: "utf8" });
      return deserializeAuthenticationRecord(authRecordContent);
    } catch (error) {
      throw logger16.getToken.info(formatError(scopes, error)), new CredentialUnavailableError("Cannot load authentication record in Visual Studio Code. Ensure you have have Azure Resources Extension installed in VS Code, signed into Azure via VS Code, installed the @azure/identity-vscode package, and properly configured the extension.");
    }
  }
};

// node_modules/@azure/identity/dist/esm/credentials/brokerCredential.js
var logger17 = credentialLogger("BrokerCredential"), BrokerCredential = class {
  brokerMsalClient;
  brokerTenantId;
  brokerAdditionallyAllowedTenantIds;
  /**
   * Creates an instance of BrokerCredential with the required broker options.
   *
   * This credential uses WAM (Web Account Manager) for authentication, which provides
   * better security and user experience on Windows platforms.
   *
   * @param options - Options for configuring the broker credential, including required broker options.
   */
  constructor(options) {
    this.brokerTenantId = resolveTenantId(logger17, options.tenantId), this.brokerAdditionallyAllowedTenantIds = resolveAdditionallyAllowedTenantIds(options?.additionallyAllowedTenants);
    let msalClientOptions = {
      ...options,
      logger: logger17,
      brokerOptions: {
        enabled: !0,
        parentWindowHandle: new Uint8Array(0),
        useDefaultBrokerAccount: !0
      }
    };
    this.brokerMsalClient = createMsalClient(DeveloperSignOnClientId, this.brokerTenantId, msalClientOptions);
  }
  /**
   * Authenticates with Microsoft Entra ID using WAM broker and returns an access token if successful.
   * If authentication fails, a {@link CredentialUnavailableError} will be thrown with the details of the failure.
   *
   * This method extends the base getToken method to support silentAuthenticationOnly option
   * when using broker authentication.
   *
   * @param scopes - The list of scopes for which the token will have access.
   * @param options - The options used to configure the token request, including silentAuthenticationOnly option.
   */
  async getToken(scopes, options = {}) {
    return tracingClient.withSpan(`${this.constructor.name}.getToken`, options, async (newOptions) => {
      newOptions.tenantId = processMultiTenantRequest(this.brokerTenantId, newOptions, this.brokerAdditionallyAllowedTenantIds, logger17);
      let arrayScopes = ensureScopes(scopes);
      try {
        return this.brokerMsalClient.getBrokeredToken(arrayScopes, !0, {
          ...newOptions,
          disableAutomaticAuthentication: !0
        });
      } catch (e) {
        throw logger17.getToken.info(formatError(arrayScopes, e)), new CredentialUnavailableError("Failed to acquire token using broker authentication", { cause: e });
      }
    });
  }
};

// node_modules/@azure/identity/dist/esm/credentials/defaultAzureCredentialFunctions.js
function createDefaultBrokerCredential(options = {}) {
  return new BrokerCredential(options);
}
function createDefaultVisualStudioCodeCredential(options = {}) {
  return new VisualStudioCodeCredential(options);
}
function createDefaultManagedIdentityCredential(options = {}) {
  options.retryOptions ??= {
    maxRetries: 5,
    retryDelayInMs: 800
  }, options.sendProbeRequest ??= !0;
  let managedIdentityClientId = options?.managedIdentityClientId ?? process.env.AZURE_CLIENT_ID, workloadIdentityClientId = options?.workloadIdentityClientId ?? managedIdentityClientId, managedResourceId = options?.managedIdentityResourceId, workloadFile = process.env.AZURE_FEDERATED_TOKEN_FILE, tenantId = options?.tenantId ?? process.env.AZURE_TENANT_ID;
  if (managedResourceId) {
    let managedIdentityResourceIdOptions = {
      ...options,
      resourceId: managedResourceId
    };
    return new ManagedIdentityCredential(managedIdentityResourceIdOptions);
  }
  if (workloadFile && workloadIdentityClientId) {
    let workloadIdentityCredentialOptions = {
      ...options,
      tenantId
    };
    return new ManagedIdentityCredential(workloadIdentityClientId, workloadIdentityCredentialOptions);
  }
  if (managedIdentityClientId) {
    let managedIdentityClientOptions = {
      ...options,
      clientId: managedIdentityClientId
    };
    return new ManagedIdentityCredential(managedIdentityClientOptions);
  }
  return new ManagedIdentityCredential(options);
}
function createDefaultWorkloadIdentityCredential(options) {
  let managedIdentityClientId = options?.managedIdentityClientId ?? process.env.AZURE_CLIENT_ID, workloadIdentityClientId = options?.workloadIdentityClientId ?? managedIdentityClientId, workloadFile = process.env.AZURE_FEDERATED_TOKEN_FILE, tenantId = options?.tenantId ?? process.env.AZURE_TENANT_ID;
  if (workloadFile && workloadIdentityClientId) {
    let workloadIdentityCredentialOptions = {
      ...options,
      tenantId,
      clientId: workloadIdentityClientId,
      tokenFilePath: workloadFile
    };
    return new WorkloadIdentityCredential(workloadIdentityCredentialOptions);
  }
  if (tenantId) {
    let workloadIdentityClientTenantOptions = {
      ...options,
      tenantId
    };
    return new WorkloadIdentityCredential(workloadIdentityClientTenantOptions);
  }
  return new WorkloadIdentityCredential(options);
}
function createDefaultAzureDeveloperCliCredential(options = {}) {
  return new AzureDeveloperCliCredential(options);
}
function createDefaultAzureCliCredential(options = {}) {
  return new AzureCliCredential(options);
}
function createDefaultAzurePowershellCredential(options = {}) {
  return new AzurePowerShellCredential(options);
}
function createDefaultEnvironmentCredential(options = {}) {
  return new EnvironmentCredential(options);
}

// node_modules/@azure/identity/dist/esm/credentials/defaultAzureCredential.js
var logger18 = credentialLogger("DefaultAzureCredential"), UnavailableDefaultCredential = class {
  credentialUnavailableErrorMessage;
  credentialName;
  constructor(credentialName6, message) {
    this.credentialName = credentialName6, this.credentialUnavailableErrorMessage = message;
  }
  getToken() {
    return logger18.getToken.info(`Skipping ${this.credentialName}, reason: ${this.credentialUnavailableErrorMessage}`), Promise.resolve(null);
  }
}, DefaultAzureCredential = class extends ChainedTokenCredential {
  constructor(options) {
    validateRequiredEnvVars(options);
    let azureTokenCredentials = process.env.AZURE_TOKEN_CREDENTIALS ? process.env.AZURE_TOKEN_CREDENTIALS.trim().toLowerCase() : void 0, devCredentialFunctions = [
      createDefaultVisualStudioCodeCredential,
      createDefaultAzureCliCredential,
      createDefaultAzurePowershellCredential,
      createDefaultAzureDeveloperCliCredential,
      createDefaultBrokerCredential
    ], prodCredentialFunctions = [
      createDefaultEnvironmentCredential,
      createDefaultWorkloadIdentityCredential,
      createDefaultManagedIdentityCredential
    ], credentialFunctions, validCredentialNames = "EnvironmentCredential, WorkloadIdentityCredential, ManagedIdentityCredential, VisualStudioCodeCredential, AzureCliCredential, AzurePowerShellCredential, AzureDeveloperCliCredential";
    if (azureTokenCredentials)
      switch (azureTokenCredentials) {
        case "dev":
          credentialFunctions = devCredentialFunctions;
          break;
        case "prod":
          credentialFunctions = prodCredentialFunctions;
          break;
        case "environmentcredential":
          credentialFunctions = [createDefaultEnvironmentCredential];
          break;
        case "workloadidentitycredential":
          credentialFunctions = [createDefaultWorkloadIdentityCredential];
          break;
        case "managedidentitycredential":
          credentialFunctions = [
            () => createDefaultManagedIdentityCredential({
              ...options,
              sendProbeRequest: !1
            })
          ];
          break;
        case "visualstudiocodecredential":
          credentialFunctions = [createDefaultVisualStudioCodeCredential];
          break;
        case "azureclicredential":
          credentialFunctions = [createDefaultAzureCliCredential];
          break;
        case "azurepowershellcredential":
          credentialFunctions = [createDefaultAzurePowershellCredential];
          break;
        case "azuredeveloperclicredential":
          credentialFunctions = [createDefaultAzureDeveloperCliCredential];
          break;
        default: {
          let errorMessage = `Invalid value for AZURE_TOKEN_CREDENTIALS = ${process.env.AZURE_TOKEN_CREDENTIALS}. Valid values are 'prod' or 'dev' or any of these credentials - ${validCredentialNames}.`;
          throw logger18.warning(errorMessage), new Error(errorMessage);
        }
      }
    else
      credentialFunctions = [...prodCredentialFunctions, ...devCredentialFunctions];
    let credentials = credentialFunctions.map((createCredentialFn) => {
      try {
        return createCredentialFn(options ?? {});
      } catch (err) {
        return logger18.warning(`Skipped ${createCredentialFn.name} because of an error creating the credential: ${err}`), new UnavailableDefaultCredential(createCredentialFn.name, err.message);
      }
    });
    super(...credentials);
  }
};
function validateRequiredEnvVars(options) {
  if (options?.requiredEnvVars) {
    let missing = (Array.isArray(options.requiredEnvVars) ? options.requiredEnvVars : [options.requiredEnvVars]).filter((envVar) => !process.env[envVar]);
    if (missing.length > 0) {
      let errorMessage = `Required environment ${missing.length === 1 ? "variable" : "variables"} '${missing.join(", ")}' for DefaultAzureCredential ${missing.length === 1 ? "is" : "are"} not set or empty.`;
      throw logger18.warning(errorMessage), new Error(errorMessage);
    }
  }
}

// node_modules/@azure/identity/dist/esm/credentials/interactiveBrowserCredential.js
var logger19 = credentialLogger("InteractiveBrowserCredential"), InteractiveBrowserCredential = class {
  tenantId;
  additionallyAllowedTenantIds;
  msalClient;
  disableAutomaticAuthentication;
  browserCustomizationOptions;
  loginHint;
  /**
   * Creates an instance of InteractiveBrowserCredential with the details needed.
   *
   * This credential uses the [Authorization Code Flow](https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow).
   * On Node.js, it will open a browser window while it listens for a redirect response from the authentication service.
   * On browsers, it authenticates via popups. The `loginStyle` optional parameter can be set to `redirect` to authenticate by redirecting the user to an Azure secure login page, which then will redirect the user back to the web application where the authentication started.
   *
   * For Node.js, if a `clientId` is provided, the Microsoft Entra application will need to be configured to have a "Mobile and desktop applications" redirect endpoint.
   * Follow our guide on [setting up Redirect URIs for Desktop apps that calls to web APIs](https://learn.microsoft.com/entra/identity-platform/scenario-desktop-app-registration#redirect-uris).
   *
   * @param options - Options for configuring the client which makes the authentication requests.
   */
  constructor(options) {
    this.tenantId = resolveTenantId(logger19, options.tenantId, options.clientId), this.additionallyAllowedTenantIds = resolveAdditionallyAllowedTenantIds(options?.additionallyAllowedTenants);
    let msalClientOptions = {
      ...options,
      logger: logger19
    }, ibcNodeOptions = options;
    if (this.browserCustomizationOptions = ibcNodeOptions.browserCustomizationOptions, this.loginHint = ibcNodeOptions.loginHint, ibcNodeOptions?.brokerOptions?.enabled)
      if (ibcNodeOptions?.brokerOptions?.parentWindowHandle)
        msalClientOptions.brokerOptions = {
          enabled: !0,
          parentWindowHandle: ibcNodeOptions.brokerOptions.parentWindowHandle,
          legacyEnableMsaPassthrough: ibcNodeOptions.brokerOptions?.legacyEnableMsaPassthrough,
          useDefaultBrokerAccount: ibcNodeOptions.brokerOptions?.useDefaultBrokerAccount
        };
      else
        throw new Error("In order to do WAM authentication, `parentWindowHandle` under `brokerOptions` is a required parameter");
    this.msalClient = createMsalClient(options.clientId ?? DeveloperSignOnClientId, this.tenantId, msalClientOptions), this.disableAutomaticAuthentication = options?.disableAutomaticAuthentication;
  }
  /**
   * Authenticates with Microsoft Entra ID and returns an access token if successful.
   * If authentication fails, a {@link CredentialUnavailableError} will be thrown with the details of the failure.
   *
   * If the user provided the option `disableAutomaticAuthentication`,
   * once the token can't be retrieved silently,
   * this method won't attempt to request user interaction to retrieve the token.
   *
   * @param scopes - The list of scopes for which the token will have access.
   * @param options - The options used to configure any requests this
   *                TokenCredential implementation might make.
   */
  async getToken(scopes, options = {}) {
    return tracingClient.withSpan(`${this.constructor.name}.getToken`, options, async (newOptions) => {
      newOptions.tenantId = processMultiTenantRequest(this.tenantId, newOptions, this.additionallyAllowedTenantIds, logger19);
      let arrayScopes = ensureScopes(scopes);
      return this.msalClient.getTokenByInteractiveRequest(arrayScopes, {
        ...newOptions,
        disableAutomaticAuthentication: this.disableAutomaticAuthentication,
        browserCustomizationOptions: this.browserCustomizationOptions,
        loginHint: this.loginHint
      });
    });
  }
  /**
   * Authenticates with Microsoft Entra ID and returns an access token if successful.
   * If authentication fails, a {@link CredentialUnavailableError} will be thrown with the details of the failure.
   *
   * If the token can't be retrieved silently, this method will always generate a challenge for the user.
   *
   * On Node.js, this credential has [Proof Key for Code Exchange (PKCE)](https://datatracker.ietf.org/doc/html/rfc7636) enabled by default.
   * PKCE is a security feature that mitigates authentication code interception attacks.
   *
   * @param scopes - The list of scopes for which the token will have access.
   * @param options - The options used to configure any requests this
   *                  TokenCredential implementation might make.
   */
  async authenticate(scopes, options = {}) {
    return tracingClient.withSpan(`${this.constructor.name}.authenticate`, options, async (newOptions) => {
      let arrayScopes = ensureScopes(scopes);
      return await this.msalClient.getTokenByInteractiveRequest(arrayScopes, {
        ...newOptions,
        disableAutomaticAuthentication: !1,
        // this method should always allow user interaction
        browserCustomizationOptions: this.browserCustomizationOptions,
        loginHint: this.loginHint
      }), this.msalClient.getActiveAccount();
    });
  }
};

// node_modules/@azure/identity/dist/esm/credentials/deviceCodeCredential.js
var logger20 = credentialLogger("DeviceCodeCredential");
function defaultDeviceCodePromptCallback(deviceCodeInfo) {
  console.log(deviceCodeInfo.message);
}
var DeviceCodeCredential = class {
  tenantId;
  additionallyAllowedTenantIds;
  disableAutomaticAuthentication;
  msalClient;
  userPromptCallback;
  /**
   * Creates an instance of DeviceCodeCredential with the details needed
   * to initiate the device code authorization flow with Microsoft Entra ID.
   *
   * A message will be logged, giving users a code that they can use to authenticate once they go to https://microsoft.com/devicelogin
   *
   * Developers can configure how this message is shown by passing a custom `userPromptCallback`:
   *
   * ```ts snippet:device_code_credential_example
   * import { DeviceCodeCredential } from "@azure/identity";
   *
   * const credential = new DeviceCodeCredential({
   *   tenantId: process.env.AZURE_TENANT_ID,
   *   clientId: process.env.AZURE_CLIENT_ID,
   *   userPromptCallback: (info) => {
   *     console.log("CUSTOMIZED PROMPT CALLBACK", info.message);
   *   },
   * });
   * ```
   *
   * @param options - Options for configuring the client which makes the authentication requests.
   */
  constructor(options) {
    this.tenantId = options?.tenantId, this.additionallyAllowedTenantIds = resolveAdditionallyAllowedTenantIds(options?.additionallyAllowedTenants);
    let clientId = options?.clientId ?? DeveloperSignOnClientId, tenantId = resolveTenantId(logger20, options?.tenantId, clientId);
    this.userPromptCallback = options?.userPromptCallback ?? defaultDeviceCodePromptCallback, this.msalClient = createMsalClient(clientId, tenantId, {
      ...options,
      logger: logger20
    }), this.disableAutomaticAuthentication = options?.disableAutomaticAuthentication;
  }
  /**
   * Authenticates with Microsoft Entra ID and returns an access token if successful.
   * If authentication fails, a {@link CredentialUnavailableError} will be thrown with the details of the failure.
   *
   * If the user provided the option `disableAutomaticAuthentication`,
   * once the token can't be retrieved silently,
   * this method won't attempt to request user interaction to retrieve the token.
   *
   * @param scopes - The list of scopes for which the token will have access.
   * @param options - The options used to configure any requests this
   *                TokenCredential implementation might make.
   */
  async getToken(scopes, options = {}) {
    return tracingClient.withSpan(`${this.constructor.name}.getToken`, options, async (newOptions) => {
      newOptions.tenantId = processMultiTenantRequest(this.tenantId, newOptions, this.additionallyAllowedTenantIds, logger20);
      let arrayScopes = ensureScopes(scopes);
      return this.msalClient.getTokenByDeviceCode(arrayScopes, this.userPromptCallback, {
        ...newOptions,
        disableAutomaticAuthentication: this.disableAutomaticAuthentication
      });
    });
  }
  /**
   * Authenticates with Microsoft Entra ID and returns an access token if successful.
   * If authentication fails, a {@link CredentialUnavailableError} will be thrown with the details of the failure.
   *
   * If the token can't be retrieved silently, this method will always generate a challenge for the user.
   *
   * @param scopes - The list of scopes for which the token will have access.
   * @param options - The options used to configure any requests this
   *                  TokenCredential implementation might make.
   */
  async authenticate(scopes, options = {}) {
    return tracingClient.withSpan(`${this.constructor.name}.authenticate`, options, async (newOptions) => {
      let arrayScopes = Array.isArray(scopes) ? scopes : [scopes];
      return await this.msalClient.getTokenByDeviceCode(arrayScopes, this.userPromptCallback, {
        ...newOptions,
        disableAutomaticAuthentication: !1
        // this method should always allow user interaction
      }), this.msalClient.getActiveAccount();
    });
  }
};

// node_modules/@azure/identity/dist/esm/credentials/azurePipelinesCredential.js
var credentialName4 = "AzurePipelinesCredential", logger21 = credentialLogger(credentialName4), OIDC_API_VERSION = "7.1", AzurePipelinesCredential = class {
  clientAssertionCredential;
  identityClient;
  /**
   * AzurePipelinesCredential supports Federated Identity on Azure Pipelines through Service Connections.
   * @param tenantId - tenantId associated with the service connection
   * @param clientId - clientId associated with the service connection
   * @param serviceConnectionId - Unique ID for the service connection, as found in the querystring's resourceId key
   * @param systemAccessToken - The pipeline's <see href="https://learn.microsoft.com/azure/devops/pipelines/build/variables?view=azure-devops%26tabs=yaml#systemaccesstoken">System.AccessToken</see> value.
   * @param options - The identity client options to use for authentication.
   */
  constructor(tenantId, clientId, serviceConnectionId, systemAccessToken, options = {}) {
    if (!clientId)
      throw new CredentialUnavailableError(`${credentialName4}: is unavailable. clientId is a required parameter.`);
    if (!tenantId)
      throw new CredentialUnavailableError(`${credentialName4}: is unavailable. tenantId is a required parameter.`);
    if (!serviceConnectionId)
      throw new CredentialUnavailableError(`${credentialName4}: is unavailable. serviceConnectionId is a required parameter.`);
    if (!systemAccessToken)
      throw new CredentialUnavailableError(`${credentialName4}: is unavailable. systemAccessToken is a required parameter.`);
    if (options.loggingOptions = {
      ...options?.loggingOptions,
      additionalAllowedHeaderNames: [
        ...options.loggingOptions?.additionalAllowedHeaderNames ?? [],
        "x-vss-e2eid",
        "x-msedge-ref"
      ]
    }, this.identityClient = new IdentityClient(options), checkTenantId(logger21, tenantId), logger21.info(`Invoking AzurePipelinesCredential with tenant ID: ${tenantId}, client ID: ${clientId}, and service connection ID: ${serviceConnectionId}`), !process.env.SYSTEM_OIDCREQUESTURI)
      throw new CredentialUnavailableError(`${credentialName4}: is unavailable. Ensure that you're running this task in an Azure Pipeline, so that following missing system variable(s) can be defined- "SYSTEM_OIDCREQUESTURI"`);
    let oidcRequestUrl = `${process.env.SYSTEM_OIDCREQUESTURI}?api-version=${OIDC_API_VERSION}&serviceConnectionId=${serviceConnectionId}`;
    logger21.info(`Invoking ClientAssertionCredential with tenant ID: ${tenantId}, client ID: ${clientId} and service connection ID: ${serviceConnectionId}`), this.clientAssertionCredential = new ClientAssertionCredential(tenantId, clientId, this.requestOidcToken.bind(this, oidcRequestUrl, systemAccessToken), options);
  }
  /**
   * Authenticates with Microsoft Entra ID and returns an access token if successful.
   * If authentication fails, a {@link CredentialUnavailableError} or {@link AuthenticationError} will be thrown with the details of the failure.
   *
   * @param scopes - The list of scopes for which the token will have access.
   * @param options - The options used to configure any requests this
   *                TokenCredential implementation might make.
   */
  async getToken(scopes, options) {
    if (!this.clientAssertionCredential) {
      let errorMessage = `${credentialName4}: is unavailable. To use Federation Identity in Azure Pipelines, the following parameters are required - 
      tenantId,
      clientId,
      serviceConnectionId,
      systemAccessToken,
      "SYSTEM_OIDCREQUESTURI".      
      See the troubleshooting guide for more information: https://aka.ms/azsdk/js/identity/azurepipelinescredential/troubleshoot`;
      throw logger21.error(errorMessage), new CredentialUnavailableError(errorMessage);
    }
    return logger21.info("Invoking getToken() of Client Assertion Credential"), this.clientAssertionCredential.getToken(scopes, options);
  }
  /**
   *
   * @param oidcRequestUrl - oidc request url
   * @param systemAccessToken - system access token
   * @returns OIDC token from Azure Pipelines
   */
  async requestOidcToken(oidcRequestUrl, systemAccessToken) {
    logger21.info("Requesting OIDC token from Azure Pipelines..."), logger21.info(oidcRequestUrl);
    let request = createPipelineRequest({
      url: oidcRequestUrl,
      method: "POST",
      headers: createHttpHeaders({
        "Content-Type": "application/json",
        Authorization: `Bearer ${systemAccessToken}`,
        // Prevents the service from responding with a redirect HTTP status code (useful for automation).
        "X-TFS-FedAuthRedirect": "Suppress"
      })
    }), response = await this.identityClient.sendRequest(request);
    return handleOidcResponse(response);
  }
};
function handleOidcResponse(response) {
  let text = response.bodyAsText, responseDetails = stringifyOidcResponse(response);
  if (!text)
    throw logger21.error(`${credentialName4}: Authentication Failed. Received null token from OIDC request. Response status- ${response.status}. Complete response - ${responseDetails}`), new AuthenticationError(response.status, {
      error: `${credentialName4}: Authentication Failed. Received null token from OIDC request.`,
      error_description: `Complete response - ${responseDetails}. See the troubleshooting guide for more information: https://aka.ms/azsdk/js/identity/azurepipelinescredential/troubleshoot`
    });
  try {
    let result = JSON.parse(text);
    if (result?.oidcToken)
      return result.oidcToken;
    {
      let errorMessage = `${credentialName4}: Authentication Failed. oidcToken field not detected in the response.`, errorDescription = "";
      throw response.status !== 200 && (errorDescription = `${responseDetails}. See the troubleshooting guide for more information: https://aka.ms/azsdk/js/identity/azurepipelinescredential/troubleshoot`), logger21.error(errorMessage), logger21.error(errorDescription), new AuthenticationError(response.status, {
        error: errorMessage,
        error_description: errorDescription
      });
    }
  } catch (e) {
    let errorDetails = `${credentialName4}: Authentication Failed. oidcToken field not detected in the response.`;
    throw logger21.error(`Response from service = ${responseDetails}, error message = ${e.message}`), logger21.error(errorDetails), new AuthenticationError(response.status, {
      error: errorDetails,
      error_description: `Response from service = ${responseDetails}. See the troubleshooting guide for more information: https://aka.ms/azsdk/js/identity/azurepipelinescredential/troubleshoot`
    });
  }
}
function stringifyOidcResponse(response) {
  return JSON.stringify({
    status: response.status,
    bodyAsText: response.bodyAsText,
    headers: {
      "x-vss-e2eid": response.headers.get("x-vss-e2eid"),
      "x-msedge-ref": response.headers.get("x-msedge-ref")
    }
  });
}

// node_modules/@azure/identity/dist/esm/credentials/authorizationCodeCredential.js
var logger22 = credentialLogger("AuthorizationCodeCredential"), AuthorizationCodeCredential = class {
  msalClient;
  disableAutomaticAuthentication;
  authorizationCode;
  redirectUri;
  tenantId;
  additionallyAllowedTenantIds;
  clientSecret;
  /**
   * @hidden
   * @internal
   */
  constructor(tenantId, clientId, clientSecretOrAuthorizationCode, authorizationCodeOrRedirectUri, redirectUriOrOptions, options) {
    checkTenantId(logger22, tenantId), this.clientSecret = clientSecretOrAuthorizationCode, typeof redirectUriOrOptions == "string" ? (this.authorizationCode = authorizationCodeOrRedirectUri, this.redirectUri = redirectUriOrOptions) : (this.authorizationCode = clientSecretOrAuthorizationCode, this.redirectUri = authorizationCodeOrRedirectUri, this.clientSecret = void 0, options = redirectUriOrOptions), this.tenantId = tenantId, this.additionallyAllowedTenantIds = resolveAdditionallyAllowedTenantIds(options?.additionallyAllowedTenants), this.msalClient = createMsalClient(clientId, tenantId, {
      ...options,
      logger: logger22
    });
  }
  /**
   * Authenticates with Microsoft Entra ID and returns an access token if successful.
   * If authentication fails, a {@link CredentialUnavailableError} will be thrown with the details of the failure.
   *
   * @param scopes - The list of scopes for which the token will have access.
   * @param options - The options used to configure any requests this
   *                TokenCredential implementation might make.
   */
  async getToken(scopes, options = {}) {
    return tracingClient.withSpan(`${this.constructor.name}.getToken`, options, async (newOptions) => {
      let tenantId = processMultiTenantRequest(this.tenantId, newOptions, this.additionallyAllowedTenantIds);
      newOptions.tenantId = tenantId;
      let arrayScopes = ensureScopes(scopes);
      return this.msalClient.getTokenByAuthorizationCode(arrayScopes, this.redirectUri, this.authorizationCode, this.clientSecret, {
        ...newOptions,
        disableAutomaticAuthentication: this.disableAutomaticAuthentication
      });
    });
  }
};

// node_modules/@azure/identity/dist/esm/credentials/onBehalfOfCredential.js
import { createHash as createHash3 } from "node:crypto";
import { readFile as readFile4 } from "node:fs/promises";
var credentialName5 = "OnBehalfOfCredential", logger23 = credentialLogger(credentialName5), OnBehalfOfCredential = class {
  tenantId;
  additionallyAllowedTenantIds;
  msalClient;
  sendCertificateChain;
  certificatePath;
  clientSecret;
  userAssertionToken;
  clientAssertion;
  constructor(options) {
    let { clientSecret } = options, { certificatePath, sendCertificateChain } = options, { getAssertion } = options, { tenantId, clientId, userAssertionToken, additionallyAllowedTenants: additionallyAllowedTenantIds } = options;
    if (!tenantId)
      throw new CredentialUnavailableError(`${credentialName5}: tenantId is a required parameter. To troubleshoot, visit https://aka.ms/azsdk/js/identity/serviceprincipalauthentication/troubleshoot.`);
    if (!clientId)
      throw new CredentialUnavailableError(`${credentialName5}: clientId is a required parameter. To troubleshoot, visit https://aka.ms/azsdk/js/identity/serviceprincipalauthentication/troubleshoot.`);
    if (!clientSecret && !certificatePath && !getAssertion)
      throw new CredentialUnavailableError(`${credentialName5}: You must provide one of clientSecret, certificatePath, or a getAssertion callback but none were provided. To troubleshoot, visit https://aka.ms/azsdk/js/identity/serviceprincipalauthentication/troubleshoot.`);
    if (!userAssertionToken)
      throw new CredentialUnavailableError(`${credentialName5}: userAssertionToken is a required parameter. To troubleshoot, visit https://aka.ms/azsdk/js/identity/serviceprincipalauthentication/troubleshoot.`);
    this.certificatePath = certificatePath, this.clientSecret = clientSecret, this.userAssertionToken = userAssertionToken, this.sendCertificateChain = sendCertificateChain, this.clientAssertion = getAssertion, this.tenantId = tenantId, this.additionallyAllowedTenantIds = resolveAdditionallyAllowedTenantIds(additionallyAllowedTenantIds), this.msalClient = createMsalClient(clientId, this.tenantId, {
      ...options,
      logger: logger23
    });
  }
  /**
   * Authenticates with Microsoft Entra ID and returns an access token if successful.
   * If authentication fails, a {@link CredentialUnavailableError} will be thrown with the details of the failure.
   *
   * @param scopes - The list of scopes for which the token will have access.
   * @param options - The options used to configure the underlying network requests.
   */
  async getToken(scopes, options = {}) {
    return tracingClient.withSpan(`${credentialName5}.getToken`, options, async (newOptions) => {
      newOptions.tenantId = processMultiTenantRequest(this.tenantId, newOptions, this.additionallyAllowedTenantIds, logger23);
      let arrayScopes = ensureScopes(scopes);
      if (this.certificatePath) {
        let clientCertificate = await this.buildClientCertificate(this.certificatePath);
        return this.msalClient.getTokenOnBehalfOf(arrayScopes, this.userAssertionToken, clientCertificate, newOptions);
      } else {
        if (this.clientSecret)
          return this.msalClient.getTokenOnBehalfOf(arrayScopes, this.userAssertionToken, this.clientSecret, options);
        if (this.clientAssertion)
          return this.msalClient.getTokenOnBehalfOf(arrayScopes, this.userAssertionToken, this.clientAssertion, options);
        throw new Error("Expected either clientSecret or certificatePath or clientAssertion to be defined.");
      }
    });
  }
  async buildClientCertificate(certificatePath) {
    try {
      let parts = await this.parseCertificate({ certificatePath }, this.sendCertificateChain);
      return {
        thumbprint: parts.thumbprint,
        thumbprintSha256: parts.thumbprintSha256,
        privateKey: parts.certificateContents,
        x5c: parts.x5c
      };
    } catch (error) {
      throw logger23.info(formatError("", error)), error;
    }
  }
  async parseCertificate(configuration, sendCertificateChain) {
    let certificatePath = configuration.certificatePath, certificateContents = await readFile4(certificatePath, "utf8"), x5c = sendCertificateChain ? certificateContents : void 0, certificatePattern = /(-+BEGIN CERTIFICATE-+)(\n\r?|\r\n?)([A-Za-z0-9+/\n\r]+=*)(\n\r?|\r\n?)(-+END CERTIFICATE-+)/g, publicKeys = [], match;
    do
      match = certificatePattern.exec(certificateContents), match && publicKeys.push(match[3]);
    while (match);
    if (publicKeys.length === 0)
      throw new Error("The file at the specified path does not contain a PEM-encoded certificate.");
    let thumbprint = createHash3("sha1").update(Buffer.from(publicKeys[0], "base64")).digest("hex").toUpperCase(), thumbprintSha256 = createHash3("sha256").update(Buffer.from(publicKeys[0], "base64")).digest("hex").toUpperCase();
    return {
      certificateContents,
      thumbprintSha256,
      thumbprint,
      x5c
    };
  }
};

// node_modules/@azure/identity/dist/esm/tokenProvider.js
function getBearerTokenProvider(credential, scopes, options) {
  let { abortSignal, tracingOptions } = options || {}, pipeline = createEmptyPipeline();
  pipeline.addPolicy(bearerTokenAuthenticationPolicy({ credential, scopes }));
  async function getRefreshedToken() {
    let accessToken = (await pipeline.sendRequest({
      sendRequest: (request) => Promise.resolve({
        request,
        status: 200,
        headers: request.headers
      })
    }, createPipelineRequest({
      url: "https://example.com",
      abortSignal,
      tracingOptions
    }))).headers.get("authorization")?.split(" ")[1];
    if (!accessToken)
      throw new Error("Failed to get access token");
    return accessToken;
  }
  return getRefreshedToken;
}

// node_modules/@azure/identity/dist/esm/index.js
function getDefaultAzureCredential() {
  return new DefaultAzureCredential();
}
export {
  AggregateAuthenticationError,
  AggregateAuthenticationErrorName,
  AuthenticationError,
  AuthenticationErrorName,
  AuthenticationRequiredError,
  AuthorizationCodeCredential,
  AzureAuthorityHosts,
  AzureCliCredential,
  AzureDeveloperCliCredential,
  AzurePipelinesCredential,
  AzurePowerShellCredential,
  ChainedTokenCredential,
  ClientAssertionCredential,
  ClientCertificateCredential,
  ClientSecretCredential,
  CredentialUnavailableError,
  CredentialUnavailableErrorName,
  DefaultAzureCredential,
  DeviceCodeCredential,
  EnvironmentCredential,
  InteractiveBrowserCredential,
  ManagedIdentityCredential,
  OnBehalfOfCredential,
  UsernamePasswordCredential,
  VisualStudioCodeCredential,
  WorkloadIdentityCredential,
  deserializeAuthenticationRecord,
  getBearerTokenProvider,
  getDefaultAzureCredential,
  logger,
  serializeAuthenticationRecord,
  useIdentityPlugin
};
