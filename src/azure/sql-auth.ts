import type { AuthConfig } from '../config/schema.ts';
import { readSecret, Secret } from '../config/secrets.ts';
import { InputError, ProbeFailure } from '../engine/errors.ts';
import { raceAbort } from '../net/abort.ts';

export type SqlAuthMethod = 'sql' | 'token' | 'managedIdentity';

/** How the check logs in; secrets are held as Secret until tedious needs the plain value. */
export type SqlCredentials =
  | { method: 'sql'; user: string; password: Secret }
  | { method: 'token'; token: Secret }
  | { method: 'managedIdentity'; clientId?: string };

/** What tedious takes as `authentication` for the methods above. */
export type TediousAuthentication =
  | { type: 'default'; options: { userName: string; password: string } }
  | { type: 'azure-active-directory-access-token'; options: { token: string } };

const NOT_FOR_SQL = ['connectionString', 'accountKey', 'sas'] as const;

/**
 * Reads and checks `auth:` for a sql check, before any packet is sent. Undefined means no
 * credentials: the check stops at the protocol rung. Exactly one method may be given.
 */
export function sqlCredentials(auth: AuthConfig | undefined): SqlCredentials | undefined {
  if (!auth) return undefined;
  for (const field of NOT_FOR_SQL) {
    if (auth[field] !== undefined) {
      throw new InputError(`auth.${field}: not used by sql checks; give auth.username + auth.password, auth.token or auth.managedIdentity`);
    }
  }
  const methods = [
    auth.username !== undefined || auth.password !== undefined ? 'username/password' : undefined,
    auth.token !== undefined ? 'token' : undefined,
    auth.managedIdentity !== undefined && auth.managedIdentity !== false ? 'managedIdentity' : undefined,
  ].filter(Boolean);
  if (methods.length > 1) throw new InputError(`auth: give one of username/password, token or managedIdentity, not ${methods.join(' and ')}`);
  if (auth.username !== undefined || auth.password !== undefined) {
    if (!auth.username) throw new InputError('auth.username: required with auth.password');
    if (!auth.password) throw new InputError('auth.password: required with auth.username');
    return { method: 'sql', user: auth.username, password: readSecret(auth.password, 'auth.password') };
  }
  if (auth.token) return { method: 'token', token: readSecret(auth.token, 'auth.token') };
  if (auth.managedIdentity) {
    return typeof auth.managedIdentity === 'object' ? { method: 'managedIdentity', clientId: auth.managedIdentity.clientId } : { method: 'managedIdentity' };
  }
  return undefined;
}

/** The Entra scope of Azure SQL in the cloud the host belongs to. */
export function sqlTokenScope(host: string): string {
  const lower = host.toLowerCase();
  if (lower.endsWith('.database.chinacloudapi.cn')) return 'https://database.chinacloudapi.cn/.default';
  if (lower.endsWith('.database.usgovcloudapi.net')) return 'https://database.usgovcloudapi.net/.default';
  return 'https://database.windows.net/.default';
}

/**
 * Turns credentials into tedious's `authentication`. A managed identity's token is fetched here,
 * through @azure/identity loaded on first use; the token is wrapped as a Secret so every report
 * and log line is scrubbed of it.
 */
export async function tediousAuthentication(credentials: SqlCredentials, host: string, signal: AbortSignal): Promise<TediousAuthentication> {
  switch (credentials.method) {
    case 'sql':
      return { type: 'default', options: { userName: credentials.user, password: credentials.password.reveal() } };
    case 'token':
      return { type: 'azure-active-directory-access-token', options: { token: credentials.token.reveal() } };
    case 'managedIdentity': {
      const scope = sqlTokenScope(host);
      const { ManagedIdentityCredential } = await import('@azure/identity');
      const credential = credentials.clientId ? new ManagedIdentityCredential({ clientId: credentials.clientId }) : new ManagedIdentityCredential();
      let token: string;
      try {
        const answer = await raceAbort(credential.getToken(scope, { abortSignal: signal }), signal);
        token = answer.token;
      } catch (error) {
        if (signal.aborted) throw error;
        const id = credentials.clientId ? ` (client id ${credentials.clientId})` : '';
        throw new ProbeFailure('auth_failed', `could not get a managed identity${id} token for ${scope}: ${(error as Error).message ?? String(error)}`);
      }
      return { type: 'azure-active-directory-access-token', options: { token: new Secret(token).reveal() } };
    }
  }
}

export function describeCredentials(credentials: SqlCredentials): Record<string, unknown> {
  switch (credentials.method) {
    case 'sql':
      return { method: 'sql', user: credentials.user };
    case 'token':
      return { method: 'token' };
    case 'managedIdentity':
      return credentials.clientId ? { method: 'managedIdentity', clientId: credentials.clientId } : { method: 'managedIdentity' };
  }
}
