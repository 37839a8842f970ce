import { createHash, timingSafeEqual } from 'node:crypto';
import type { Secret } from '../config/secrets.ts';

export interface BasicAuth {
  username: string;
  password: Secret;
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Checks an Authorization header against the configured user. Both parts are compared as SHA-256 digests
 * with timingSafeEqual, so neither the length nor the content leaks through timing.
 */
export function basicAuthorized(header: string | undefined, auth: BasicAuth): boolean {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  const decoded = match ? Buffer.from(match[1], 'base64').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  const user = colon >= 0 ? decoded.slice(0, colon) : '';
  const pass = colon >= 0 ? decoded.slice(colon + 1) : '';
  const given = Buffer.concat([digest(user), digest(pass)]);
  const wanted = Buffer.concat([digest(auth.username), digest(auth.password.reveal())]);
  return timingSafeEqual(given, wanted) && colon >= 0;
}

export const WWW_AUTHENTICATE = 'Basic realm="vnet-probe", charset="UTF-8"';
