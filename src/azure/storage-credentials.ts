import type { AuthConfig } from '../config/schema.ts';
import { readSecret, Secret } from '../config/secrets.ts';
import { InputError } from '../engine/errors.ts';

/** How the auth and operation rungs sign their requests. Secrets stay wrapped until the SDK needs them. */
export type StorageCredentials =
  | { kind: 'sharedKey'; source: 'auth.connectionString' | 'auth.accountKey'; accountName: string; accountKey: Secret }
  | { kind: 'sas'; source: 'auth.connectionString' | 'auth.sas'; sas: Secret }
  | { kind: 'managedIdentity'; source: 'auth.managedIdentity'; clientId?: string };

const STORAGE_AUTH_FIELDS = ['connectionString', 'accountKey', 'sas', 'managedIdentity'] as const;
const FOREIGN_AUTH_FIELDS = ['username', 'password', 'token'] as const;

/** Splits `Key=Value;Key=Value` (values may hold '='); keys are case-insensitive. */
export function parseConnectionString(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const part of text.split(';')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    fields.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim());
  }
  return fields;
}

function fromConnectionString(secret: Secret, account: string): StorageCredentials {
  const fields = parseConnectionString(secret.reveal());
  if (fields.get('usedevelopmentstorage') === 'true') {
    throw new InputError('auth.connectionString: UseDevelopmentStorage=true is not supported; give AccountName, AccountKey and BlobEndpoint');
  }
  const name = fields.get('accountname');
  if (name && name.toLowerCase() !== account.toLowerCase()) {
    throw new InputError(`auth.connectionString: it is for account "${name}", the target is account "${account}"`);
  }
  const key = fields.get('accountkey');
  if (key) return { kind: 'sharedKey', source: 'auth.connectionString', accountName: name ?? account, accountKey: new Secret(key) };
  const sas = fields.get('sharedaccesssignature');
  if (sas) return { kind: 'sas', source: 'auth.connectionString', sas: new Secret(sas.replace(/^\?/, '')) };
  throw new InputError('auth.connectionString: has neither AccountKey nor SharedAccessSignature');
}

/**
 * Reads the storage credentials of a check (one of connectionString, accountKey, sas,
 * managedIdentity) before anything is sent: a missing or unusable secret is the user's to fix.
 * The target decides where requests go; a connection string's endpoints are not used.
 */
export function storageCredentials(auth: AuthConfig | undefined, account: string): StorageCredentials | undefined {
  if (!auth) return undefined;
  for (const field of FOREIGN_AUTH_FIELDS) {
    if (auth[field] !== undefined) throw new InputError(`auth.${field}: storage checks take one of auth.${STORAGE_AUTH_FIELDS.join(', auth.')}`);
  }
  const given = STORAGE_AUTH_FIELDS.filter((f) => auth[f] !== undefined && auth[f] !== false);
  if (given.length > 1) throw new InputError(`auth: give one of ${given.map((f) => `auth.${f}`).join(', ')}, not several`);
  if (auth.connectionString) return fromConnectionString(readSecret(auth.connectionString, 'auth.connectionString'), account);
  if (auth.accountKey) return { kind: 'sharedKey', source: 'auth.accountKey', accountName: account, accountKey: readSecret(auth.accountKey, 'auth.accountKey') };
  if (auth.sas) {
    const sas = readSecret(auth.sas, 'auth.sas').reveal().replace(/^\?/, '');
    if (!/(^|&)sig=/.test(sas)) throw new InputError('auth.sas: not a SAS token (no sig= field)');
    return { kind: 'sas', source: 'auth.sas', sas: new Secret(sas) };
  }
  if (auth.managedIdentity) {
    const clientId = typeof auth.managedIdentity === 'object' ? auth.managedIdentity.clientId : undefined;
    return clientId ? { kind: 'managedIdentity', source: 'auth.managedIdentity', clientId } : { kind: 'managedIdentity', source: 'auth.managedIdentity' };
  }
  return undefined;
}
