import type { Target } from '../config/target.ts';
import { InputError } from '../engine/errors.ts';
import { isIpLiteral } from '../net/address.ts';

export const STORAGE_SERVICES = ['blob', 'table', 'queue', 'file', 'dfs'] as const;
export type StorageService = (typeof STORAGE_SERVICES)[number];

export interface StorageEndpoint {
  account: string;
  service: StorageService;
  /** the account's base URL: https://ACCOUNT.blob.core.windows.net, or https://HOST:PORT/ACCOUNT when path-style */
  url: URL;
  /** the account is the first path segment (IP hosts, emulators), as the SDK does for IP hosts */
  pathStyle: boolean;
}

// ACCOUNT.[privatelink.]SERVICE.core.windows.net (and the other clouds' suffixes)
const AZURE_HOST = /^([a-z0-9]{3,24})\.(?:privatelink\.)?(blob|table|queue|file|dfs)\.[a-z0-9.-]+$/i;

function isStorageService(text: string): text is StorageService {
  return (STORAGE_SERVICES as readonly string[]).includes(text);
}

/**
 * Where a storage target points: the account and service, from the host name when it is an Azure
 * one, otherwise (an IP address, an emulator, a custom name) from the first path segment.
 * `service` (options.service) says which service a host that does not name one speaks.
 */
export function storageEndpoint(target: Target, service?: StorageService): StorageEndpoint {
  const hostPort = target.port === 443 ? target.host : `${target.host.includes(':') ? `[${target.host}]` : target.host}:${target.port}`;
  const fromScheme = isStorageService(target.scheme) ? target.scheme : undefined;
  const segment = target.path.split(/[?#]/)[0].split('/').filter(Boolean)[0];
  const azure = AZURE_HOST.exec(target.host);
  if (azure && !isIpLiteral(target.host)) {
    return { account: azure[1].toLowerCase(), service: fromScheme ?? (azure[2].toLowerCase() as StorageService), url: new URL(`https://${hostPort}`), pathStyle: false };
  }
  if (segment) {
    return { account: decodeURIComponent(segment), service: service ?? fromScheme ?? 'blob', url: new URL(`https://${hostPort}/${segment}`), pathStyle: true };
  }
  if (isIpLiteral(target.host)) {
    throw new InputError(`target "${target.raw}": an IP address needs the account as the first path segment, e.g. https://${hostPort}/myaccount`);
  }
  return { account: target.host.split('.')[0], service: service ?? fromScheme ?? 'blob', url: new URL(`https://${hostPort}`), pathStyle: false };
}

/**
 * The anonymous request of the protocol rung: an account-level call every service answers with
 * its own signed error (no credentials), so the answer proves the Storage front end was reached.
 */
export function anonymousProbeUrl(endpoint: StorageEndpoint): URL {
  const url = new URL(endpoint.url.href.replace(/\/$/, '') + '/');
  if (endpoint.service === 'dfs') url.searchParams.set('resource', 'account');
  else {
    url.searchParams.set('restype', 'service');
    url.searchParams.set('comp', 'properties');
  }
  return url;
}

/** The blob endpoint the SDK talks to for the auth and operation rungs. */
export function blobUrl(endpoint: StorageEndpoint): string {
  return endpoint.url.href.replace(/\/$/, '');
}
