import { isIP } from 'node:net';
import { CLOUD_NAMES, clouds } from './clouds.ts';
import { ProfileError } from './errors.ts';
import type { CloudName, CloudSuffixes, ProfileParamName, ProfileParams } from './types.ts';

/** Schemes of the DESIGN.md target grammar, plus AMQP over WebSockets. */
export const TARGET_SCHEMES = [
  'dns', 'tcp', 'tls', 'http', 'https', 'blob', 'sql', 'amqp', 'amqps', 'amqps+ws',
  'smtp', 'smb', 'redis', 'rediss', 'keyvault',
] as const;

/** A DNS server as it goes into a dns:// target. */
export interface Resolver {
  /** Host part of the URL: IPv6 in brackets, with ":port" when one was given. */
  authority: string;
  /** Short, name-safe label for check names, e.g. "10.0.0.4" or "10.0.0.4-5353". */
  label: string;
}

/** Parameters after validation, with resource names reduced to their bare form. */
export interface ValidParams {
  cloud: CloudSuffixes;
  storageAccount?: string;
  sqlServer?: string;
  eventHubNamespace?: string;
  keyVault?: string;
  backends: string[];
  resolvers: Resolver[];
  cacheHosts: string[];
  privateEndpoints: boolean;
}

interface NameRule {
  pattern: RegExp;
  allowed: string;
  suffix: (cloud: CloudSuffixes) => string;
  /** Azure treats the name case-insensitively, so it is lowercased for the host name. */
  anyCase?: boolean;
  extra?: (name: string) => string | undefined;
}

// Azure's naming rules for each resource (Microsoft.Storage, Microsoft.Sql, Microsoft.EventHub, Microsoft.KeyVault).
const nameRules = {
  storageAccount: {
    pattern: /^[a-z0-9]{3,24}$/,
    allowed: '3–24 lowercase letters and digits',
    suffix: (c) => c.blob,
  },
  sqlServer: {
    pattern: /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
    allowed: '1–63 lowercase letters, digits and hyphens, not starting or ending with a hyphen',
    suffix: (c) => c.database,
  },
  eventHubNamespace: {
    pattern: /^[a-z][a-z0-9-]{4,48}[a-z0-9]$/,
    allowed: '6–50 letters, digits and hyphens, starting with a letter and ending with a letter or digit',
    suffix: (c) => c.servicebus,
    anyCase: true,
    extra: (n) => (/-(sb|mgmt)$/.test(n) ? 'a namespace name cannot end in "-sb" or "-mgmt"' : undefined),
  },
  keyVault: {
    pattern: /^[a-z][a-z0-9-]{1,22}[a-z0-9]$/,
    allowed: '3–24 letters, digits and hyphens, starting with a letter, ending with a letter or digit',
    suffix: (c) => c.vault,
    anyCase: true,
    extra: (n) => (n.includes('--') ? 'a vault name cannot contain consecutive hyphens' : undefined),
  },
} satisfies Record<string, NameRule>;

type ResourceParam = keyof typeof nameRules;

function fail(field: string, message: string): never {
  throw new ProfileError(field, `${field}: ${message}`);
}

function requireString(field: string, value: unknown): string {
  if (typeof value !== 'string') fail(field, `must be a string, got ${describe(value)}`);
  const trimmed = value.trim();
  if (trimmed === '') fail(field, 'must not be empty');
  return trimmed;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'string' ? JSON.stringify(value) : typeof value;
}

export function parseCloud(value: unknown): CloudSuffixes {
  if (value === undefined) return clouds.public;
  if (typeof value === 'string' && (CLOUD_NAMES as string[]).includes(value)) return clouds[value as CloudName];
  return fail('cloud', `unknown cloud ${describe(value)}; allowed: ${CLOUD_NAMES.join(', ')}`);
}

/**
 * Accepts the bare resource name or its full host name in the selected cloud
 * ("mysql" or "mysql.database.windows.net") and returns the bare name.
 */
export function parseResourceName(field: ResourceParam, value: unknown, cloud: CloudSuffixes): string {
  const rule: NameRule = nameRules[field];
  let name = requireString(field, value);
  if (name.includes('.')) {
    // Host names are case-insensitive; only the resource name part keeps its case for the rule below.
    const lower = name.toLowerCase();
    const hasSuffix = (suffix: string) => lower.endsWith(`.${suffix}`);
    const own = `.${rule.suffix(cloud)}`;
    if (hasSuffix(rule.suffix(cloud))) {
      name = name.slice(0, -own.length);
    } else {
      const other = CLOUD_NAMES.find((c) => c !== cloud.name && hasSuffix(rule.suffix(clouds[c])));
      if (other) fail(field, `${JSON.stringify(value)} is a host in the ${other} cloud, but cloud is ${cloud.name}; set cloud: ${other} or give a name of this cloud`);
      fail(field, `give the bare name or a host ending in ${own}, got ${JSON.stringify(value)}`);
    }
  }
  if (rule.anyCase) name = name.toLowerCase();
  if (!rule.pattern.test(name)) fail(field, `${JSON.stringify(value)} is not a valid name: allowed are ${rule.allowed}`);
  const problem = rule.extra?.(name);
  if (problem) fail(field, `${JSON.stringify(value)} is not a valid name: ${problem}`);
  return name;
}

function requireList(field: string, value: unknown): unknown[] {
  if (!Array.isArray(value)) fail(field, `must be a list, got ${describe(value)}`);
  return value;
}

function parsePort(field: string, text: string): number {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 1 && port <= 65535)) fail(field, `port must be 1–65535, got ${JSON.stringify(text)}`);
  return port;
}

/** "IP", "IP:port", "[IPv6]" or "[IPv6]:port"; a bare IPv6 address is accepted too. */
export function parseResolver(field: string, value: unknown): Resolver {
  const text = requireString(field, value);
  const allowed = 'allowed: an IPv4 address, an IPv6 address, or either with a port (10.0.0.4:53, [fd00::4]:53)';
  let host: string;
  let port: number | undefined;
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(text);
  if (bracketed) {
    host = bracketed[1];
    if (bracketed[2] !== undefined) port = parsePort(field, bracketed[2]);
    if (isIP(host) !== 6) fail(field, `${JSON.stringify(text)} is not a DNS server address; ${allowed}`);
  } else if (isIP(text) === 6) {
    host = text;
  } else {
    const colon = text.lastIndexOf(':');
    host = colon === -1 ? text : text.slice(0, colon);
    if (colon !== -1) port = parsePort(field, text.slice(colon + 1));
    if (isIP(host) !== 4) fail(field, `${JSON.stringify(text)} is not a DNS server address; ${allowed}`);
  }
  const v6 = isIP(host) === 6;
  const hostPart = v6 ? `[${host}]` : host;
  const authority = port === undefined ? hostPart : `${hostPart}:${port}`;
  const safeHost = v6 ? host.replaceAll(':', '-') : host;
  return { authority, label: port === undefined ? safeHost : `${safeHost}-${port}` };
}

const hostnamePattern = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** An APIM unit's address: IPv4, IPv6 or a host name, without a port (the ports are fixed). */
export function parseCacheHost(field: string, value: unknown): string {
  const text = requireString(field, value);
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  if (isIP(bare) === 6) return `[${bare}]`;
  if (isIP(bare) === 4 || hostnamePattern.test(bare)) return bare;
  return fail(field, `${JSON.stringify(text)} is not an address; allowed: an IPv4 or IPv6 address or a host name, without a port`);
}

export function parseBackend(field: string, value: unknown): string {
  const text = requireString(field, value);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail(field, `${JSON.stringify(text)} is not a target URL; allowed schemes: ${TARGET_SCHEMES.join(', ')}`);
  }
  const scheme = url.protocol.slice(0, -1);
  if (!(TARGET_SCHEMES as readonly string[]).includes(scheme)) {
    fail(field, `scheme "${scheme}" is not supported; allowed schemes: ${TARGET_SCHEMES.join(', ')}`);
  }
  return text;
}

function parseList<T>(field: ProfileParamName, value: unknown, parse: (field: string, item: unknown) => T): T[] {
  if (value === undefined) return [];
  return requireList(field, value).map((item, i) => parse(`${field}[${i}]`, item));
}

function unique<T>(field: ProfileParamName, items: T[], key: (item: T) => string): T[] {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const k = key(item);
    const j = first.get(k);
    if (j !== undefined) fail(`${field}[${i}]`, `repeats ${field}[${j}] (${k})`);
    first.set(k, i);
  });
  return items;
}

/** Validates everything the caller gave, against what the profile accepts. */
export function validateParams(profile: string, accepted: readonly ProfileParamName[], params: unknown): ValidParams {
  if (params === undefined || params === null) params = {};
  if (typeof params !== 'object' || Array.isArray(params)) fail('params', `must be an object, got ${describe(params)}`);
  const given = params as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (given[key] === undefined) continue;
    if (!(accepted as string[]).includes(key)) {
      fail(key, `is not a parameter of profile ${profile}; it takes: ${accepted.join(', ')}`);
    }
  }
  const p = given as ProfileParams;
  const cloud = parseCloud(p.cloud);
  const resource = (field: ResourceParam) => (p[field] === undefined ? undefined : parseResourceName(field, p[field], cloud));
  if (p.privateEndpoints !== undefined && typeof p.privateEndpoints !== 'boolean') {
    fail('privateEndpoints', `must be true or false, got ${describe(p.privateEndpoints)}`);
  }
  return {
    cloud,
    storageAccount: resource('storageAccount'),
    sqlServer: resource('sqlServer'),
    eventHubNamespace: resource('eventHubNamespace'),
    keyVault: resource('keyVault'),
    backends: parseList('backends', p.backends, parseBackend),
    resolvers: unique('resolvers', parseList('resolvers', p.resolvers, parseResolver), (r) => r.authority),
    cacheHosts: parseList('cacheHosts', p.cacheHosts, parseCacheHost),
    privateEndpoints: p.privateEndpoints ?? false,
  };
}
