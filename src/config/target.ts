import { InputError } from '../engine/errors.ts';
import { ipFamily } from '../net/address.ts';
import type { Kind } from '../report/model.ts';

export interface Target {
  raw: string;
  kind: Kind;
  scheme: string;
  host: string;
  port: number;
  /** path and query as given (http), or the name to query (dns) */
  path: string;
  query: Record<string, string>;
  /** dns only: the server to ask, absent for the system resolver */
  dnsServer?: { host: string; port: number };
}

interface SchemeInfo { kind: Kind; port: number | undefined }

const SCHEMES: Record<string, SchemeInfo> = {
  dns: { kind: 'dns', port: 53 },
  tcp: { kind: 'tcp', port: undefined },
  tls: { kind: 'tls', port: 443 },
  http: { kind: 'http', port: 80 },
  https: { kind: 'http', port: 443 },
  blob: { kind: 'storage', port: 443 },
  table: { kind: 'storage', port: 443 },
  queue: { kind: 'storage', port: 443 },
  file: { kind: 'storage', port: 443 },
  sql: { kind: 'sql', port: 1433 },
  amqps: { kind: 'amqp', port: 5671 },
  amqp: { kind: 'amqp', port: 5672 },
  'amqps+ws': { kind: 'amqp', port: 443 },
  smtp: { kind: 'smtp', port: 25028 },
  smb: { kind: 'smb', port: 445 },
  redis: { kind: 'redis', port: 6381 },
  rediss: { kind: 'redis', port: 6380 },
  keyvault: { kind: 'keyvault', port: 443 },
};

export const TARGET_SCHEMES = Object.keys(SCHEMES);

/** Kinds a plain https:// target may be told to be with `kind:`. */
const HTTPS_KINDS: Kind[] = ['http', 'storage', 'keyvault'];

const STORAGE_SUFFIX: Record<string, string> = { blob: 'blob', table: 'table', queue: 'queue', file: 'file' };

function fail(raw: string, why: string): never {
  throw new InputError(`target "${raw}": ${why}`);
}

function parsePort(raw: string, text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 65535) fail(raw, `port must be 1-65535, got "${text}"`);
  return Number(text);
}

function checkHost(raw: string, host: string): string {
  if (!host) fail(raw, 'a host is required');
  const bare = host.startsWith('[') ? host.slice(1, -1) : host;
  if (ipFamily(bare)) return bare;
  if (!/^(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*\.?$/i.test(bare)) {
    fail(raw, `"${host}" is not a valid host name or IP address`);
  }
  return bare.toLowerCase();
}

function queryOf(url: URL): Record<string, string> {
  return Object.fromEntries(url.searchParams.entries());
}

/**
 * Parses a target URL of DESIGN.md's grammar. `kind` lets an https:// URL be a storage or keyvault check.
 * `cloudSuffix` gives blob://ACCOUNT and keyvault://NAME their host (public cloud by default).
 */
export function parseTarget(raw: string, kind?: Kind, suffixes: { storage: string; vault: string } = { storage: 'core.windows.net', vault: 'vault.azure.net' }): Target {
  const text = raw.trim();
  const match = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  if (!match) fail(raw, `must start with a scheme, one of ${TARGET_SCHEMES.join(', ')}`);
  const scheme = match[1].toLowerCase();
  const info = SCHEMES[scheme];
  if (!info) fail(raw, `unknown scheme "${scheme}", allowed: ${TARGET_SCHEMES.join(', ')}`);
  if (kind && kind !== info.kind && !(scheme === 'https' && HTTPS_KINDS.includes(kind))) {
    fail(raw, `kind "${kind}" does not fit scheme ${scheme}: (kind is only for https:// targets, one of ${HTTPS_KINDS.join(', ')})`);
  }
  const portText = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?(\[[^\]]*\]|[^:/?#]*)(?::([^/?#]*))?/i.exec(text)?.[2];
  const explicitPort = portText !== undefined && portText !== '' ? parsePort(raw, portText) : undefined;
  let url: URL;
  try {
    // WHATWG URL parses host/port only for special schemes; borrow http's rules.
    url = new URL(text.replace(/^[a-z][a-z0-9+.-]*:\/\//i, 'http://'));
  } catch {
    fail(raw, 'not a valid URL');
  }

  if (scheme === 'dns') return parseDnsTarget(raw, text);

  const port = explicitPort ?? info.port;
  if (port === undefined) fail(raw, `${scheme}:// needs a port, e.g. ${scheme}://host:1433`);
  const rawHost = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(text)?.[1] ?? '';
  if (ipFamily(url.hostname.replace(/^\[|\]$/g, '')) && !ipFamily(rawHost.replace(/^\[|\]$/g, ''))) {
    fail(raw, `"${rawHost}" reads as the IP address ${url.hostname} to URL parsers (a last label like 0x or 123): use the address itself or a real name`);
  }
  let host = checkHost(raw, url.hostname);
  let finalKind: Kind = kind ?? info.kind;
  if (info.kind === 'storage' && scheme !== 'https') {
    if (!host.includes('.')) host = `${host}.${STORAGE_SUFFIX[scheme]}.${suffixes.storage}`;
    finalKind = 'storage';
  }
  if (scheme === 'keyvault' && !host.includes('.')) host = `${host}.${suffixes.vault}`;
  const path = info.kind === 'http' || finalKind !== info.kind || info.kind === 'storage' || info.kind === 'keyvault'
    ? `${url.pathname}${url.search}`
    : '';
  return { raw: text, kind: finalKind, scheme, host, port, path: path || '/', query: queryOf(url) };
}

function parseDnsTarget(raw: string, text: string): Target {
  // WHATWG URL folds "dns:///name" into a host; the DNS grammar needs the empty server kept.
  const m = /^dns:\/\/(\[[^\]]*\]|[^/?#]*)\/([^?#]*)(?:\?([^#]*))?$/i.exec(text);
  if (!m) fail(raw, 'must be dns://[SERVER[:PORT]]/NAME[?type=A|AAAA|CNAME&tcp=1]');
  const [, authority, rawName, search] = m;
  const name = decodeURIComponent(rawName).replace(/\/$/, '');
  if (!name) fail(raw, 'dns:// needs a name to resolve: dns://[SERVER[:PORT]]/NAME');
  checkHost(raw, name);
  const query = Object.fromEntries(new URLSearchParams(search ?? '').entries());
  const allowedKeys = ['type', 'tcp'];
  for (const key of Object.keys(query)) {
    if (!allowedKeys.includes(key)) fail(raw, `unknown query parameter "${key}", allowed: ${allowedKeys.join(', ')}`);
  }
  if (query.type && !['A', 'AAAA', 'CNAME'].includes(query.type.toUpperCase())) fail(raw, `type must be A, AAAA or CNAME, got "${query.type}"`);
  if (query.tcp && !['0', '1', 'true', 'false'].includes(query.tcp)) fail(raw, `tcp must be 1 or 0, got "${query.tcp}"`);
  let server: { host: string; port: number } | undefined;
  if (authority) {
    const hp = /^(\[[^\]]+\]|[^:]+)(?::([^:]*))?$/.exec(authority);
    if (!hp) fail(raw, `"${authority}" is not SERVER or SERVER:PORT`);
    server = { host: checkHost(raw, hp[1]), port: hp[2] !== undefined ? parsePort(raw, hp[2]) : 53 };
  }
  return {
    raw: text, kind: 'dns', scheme: 'dns', host: name.toLowerCase().replace(/\.$/, ''), port: server?.port ?? 53,
    path: name, query, ...(server ? { dnsServer: server } : {}),
  };
}
