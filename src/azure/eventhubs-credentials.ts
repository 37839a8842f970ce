import { createHmac } from 'node:crypto';
import { Secret } from '../config/secrets.ts';
import { InputError } from '../engine/errors.ts';

/** What an Event Hubs connection string holds; the key and any SAS stay wrapped in Secret. */
export interface EventHubsCredentials {
  /** from Endpoint=sb://HOST/ */
  endpointHost: string;
  /** from EntityPath= */
  entityPath?: string;
  keyName?: string;
  key?: Secret;
  /** a ready-made token (SharedAccessSignature=SharedAccessSignature sr=…) */
  signature?: Secret;
}

const FIELD = 'auth.connectionString';

/**
 * Parses `Endpoint=sb://NS.servicebus.windows.net/;SharedAccessKeyName=…;SharedAccessKey=…[;EntityPath=hub]`.
 * Errors name the missing part, never a value.
 */
export function parseConnectionString(secret: Secret): EventHubsCredentials {
  const parts = new Map<string, string>();
  for (const piece of secret.reveal().split(';')) {
    const trimmed = piece.trim();
    if (!trimmed) continue;
    const eq = trimmed.indexOf('=');
    if (eq <= 0) throw new InputError(`${FIELD}: not a connection string (expected Name=Value pairs separated by ";")`);
    parts.set(trimmed.slice(0, eq).trim().toLowerCase(), trimmed.slice(eq + 1).trim());
  }
  const endpoint = parts.get('endpoint');
  if (!endpoint) throw new InputError(`${FIELD}: Endpoint=sb://NAMESPACE.servicebus.windows.net/ is missing`);
  let endpointHost: string;
  try {
    endpointHost = new URL(endpoint.replace(/^[a-z][a-z0-9+.-]*:\/\//i, 'http://')).hostname;
  } catch {
    throw new InputError(`${FIELD}: Endpoint is not a URL like sb://NAMESPACE.servicebus.windows.net/`);
  }
  if (!endpointHost) throw new InputError(`${FIELD}: Endpoint has no host`);
  const credentials: EventHubsCredentials = { endpointHost };
  const entityPath = parts.get('entitypath');
  if (entityPath) credentials.entityPath = entityPath;
  const keyName = parts.get('sharedaccesskeyname');
  const key = parts.get('sharedaccesskey');
  const signature = parts.get('sharedaccesssignature');
  if (signature) {
    credentials.signature = new Secret(signature);
  } else if (keyName && key) {
    credentials.keyName = keyName;
    credentials.key = new Secret(key);
  } else {
    throw new InputError(`${FIELD}: needs SharedAccessKeyName and SharedAccessKey, or SharedAccessSignature`);
  }
  return credentials;
}

/**
 * A SAS token as Service Bus and Event Hubs take it: HMAC-SHA256 over
 * `encodeURIComponent(resource) + "\n" + expiry` with the key's UTF-8 bytes.
 */
export function sasToken(resource: string, keyName: string, key: string, expiresAtSeconds: number): string {
  const sr = encodeURIComponent(resource);
  const sig = createHmac('sha256', Buffer.from(key, 'utf8')).update(`${sr}\n${expiresAtSeconds}`).digest('base64');
  return `SharedAccessSignature sr=${sr}&sig=${encodeURIComponent(sig)}&se=${expiresAtSeconds}&skn=${encodeURIComponent(keyName)}`;
}

/** The token to put on $cbs for `audience`; a new Secret, so it is scrubbed from every output too. */
export function tokenFor(credentials: EventHubsCredentials, audience: string, validForSeconds = 600, nowMs = Date.now()): Secret {
  if (credentials.signature) return credentials.signature;
  const expiresAt = Math.floor(nowMs / 1000) + validForSeconds;
  return new Secret(sasToken(audience, credentials.keyName!, credentials.key!.reveal(), expiresAt));
}
