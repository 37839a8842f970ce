import net from 'node:net';
import * as z from '../config/zod.ts';
import type { AuthConfig } from '../config/schema.ts';
import type { Target } from '../config/target.ts';
import { InputError, ProbeFailure } from '../engine/errors.ts';
import type { LayerOutcome } from '../engine/probe.ts';
import { addressScope, isPrivateAddress } from '../net/address.ts';
import { httpLadder, type HttpAnswer } from '../net/http-exchange.ts';
import type { Check } from './check.ts';

const BODY_CAP = 16 * 1024;
const TEXT_CAP = 300;

const optionsSchema = z.strictObject({
  /** the source address Key Vault should see: private (private endpoint or service endpoint) or public; default expect.dns, else any */
  source: z.optional(z.enum(['private', 'public', 'any'])),
});

export interface KeyVaultOptions {
  source?: 'private' | 'public' | 'any';
}

export function parseKeyVaultOptions(options: Record<string, unknown>, auth?: AuthConfig): KeyVaultOptions {
  if (auth && Object.values(auth).some((v) => v !== undefined && v !== false)) {
    throw new InputError('auth: keyvault checks take no credentials (GET /healthstatus is anonymous)');
  }
  const parsed = optionsSchema.safeParse(options);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const message = issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
  throw new InputError(`options${issue.path.length ? '.' + issue.path.join('.') : ''}: ${message}`);
}

export interface NetworkInfo {
  connType?: string;
  addr?: string;
  addressFamily?: string;
}

/** x-ms-keyvault-network-info: `conn_type=Ipv4;addr=1.2.3.4;act_addr_fam=InterNetwork;` (fields may be missing). */
export function parseNetworkInfo(header: string): NetworkInfo {
  const fields = new Map<string, string>();
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0) fields.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim());
  }
  const info: NetworkInfo = {};
  if (fields.get('conn_type')) info.connType = fields.get('conn_type');
  const addr = fields.get('addr');
  if (addr && net.isIP(addr)) info.addr = addr;
  if (fields.get('act_addr_fam')) info.addressFamily = fields.get('act_addr_fam');
  return info;
}

function clean(text: string): string {
  const line = text.replace(/\r?\n/g, ' | ').replace(/[\x00-\x1f\x7f]/g, '.').trim();
  return line.length > TEXT_CAP ? `${line.slice(0, TEXT_CAP)}…` : line;
}

interface VaultError {
  code?: string;
  innerCode?: string;
  message?: string;
}

function parseVaultError(body: Buffer): VaultError {
  try {
    const json = JSON.parse(body.toString('utf8')) as { error?: { code?: unknown; message?: unknown; innererror?: { code?: unknown } } };
    const error = json?.error;
    if (!error || typeof error !== 'object') return {};
    return {
      ...(typeof error.code === 'string' ? { code: error.code } : {}),
      ...(typeof error.innererror?.code === 'string' ? { innerCode: error.innererror.code } : {}),
      ...(typeof error.message === 'string' ? { message: error.message } : {}),
    };
  } catch {
    return {};
  }
}

/** The path a request took, as Key Vault saw its source address. */
function describeSource(addr: string): { sourcePrivate: boolean; path: string } {
  const sourcePrivate = isPrivateAddress(addr);
  return {
    sourcePrivate,
    path: sourcePrivate
      ? 'private: the request came through a private endpoint or a service endpoint'
      : 'public: the request left through public egress (NAT / internet), not a private endpoint',
  };
}

/**
 * The protocol rung's verdict on GET /healthstatus. Key Vault answers it without credentials and
 * says, in x-ms-keyvault-network-info, which source address it saw: the tell-tale of whether the
 * request came through a private endpoint. An answer without Key Vault's headers came from
 * something else (Microsoft: a missing network-info header can be a sign of tampering).
 */
export function judgeHealthStatus(answer: Pick<HttpAnswer, 'status' | 'headers' | 'body'>, wantSource: 'private' | 'public' | 'any'): LayerOutcome<undefined> {
  const h = answer.headers;
  const networkInfo = h['x-ms-keyvault-network-info'];
  const info = networkInfo ? parseNetworkInfo(networkInfo) : {};
  const detail: Record<string, unknown> = {
    status: answer.status,
    ...(h['x-ms-keyvault-service-version'] ? { serviceVersion: h['x-ms-keyvault-service-version'] } : {}),
    ...(h['x-ms-keyvault-region'] ? { region: h['x-ms-keyvault-region'] } : {}),
    ...(h['x-ms-request-id'] ? { requestId: h['x-ms-request-id'] } : {}),
    ...(networkInfo ? { networkInfo: clean(networkInfo) } : {}),
    ...(info.addr ? { sourceAddress: info.addr, sourceScope: addressScope(info.addr), ...describeSource(info.addr) } : {}),
  };
  const error = answer.status >= 400 ? parseVaultError(answer.body) : {};
  if (answer.status === 403 && (error.innerCode === 'ForbiddenByFirewall' || /Client address is not authorized/i.test(error.message ?? ''))) {
    const client = /Client address:\s*([0-9a-f.:]+)/i.exec(error.message ?? '')?.[1];
    throw new ProbeFailure(
      'access_denied',
      `the Key Vault firewall rejects this client (403 ${error.innerCode ?? error.code ?? 'Forbidden'}${client ? `, client address ${client}` : ''})`,
      { ...detail, errorCode: error.innerCode ?? error.code, ...(client ? { clientAddress: client } : {}) },
    );
  }
  const isKeyVault = Boolean(networkInfo || h['x-ms-keyvault-service-version'] || h['x-ms-keyvault-region']);
  if (!isKeyVault) {
    throw new ProbeFailure(
      'protocol_mismatch',
      `answered HTTP ${answer.status}, but not as Key Vault (no x-ms-keyvault-* headers): a proxy, a different server, or something in the path`,
      { status: answer.status, ...(h.server ? { server: clean(h.server) } : {}) },
    );
  }
  const warnings: string[] = [];
  if (answer.status !== 200) {
    warnings.push(`Key Vault answered /healthstatus with HTTP ${answer.status}${error.code ? ` ${error.code}` : ''}: the path works, the vault does not report healthy`);
  }
  if (!info.addr) {
    warnings.push('Key Vault sent no source address (x-ms-keyvault-network-info): the path the request took cannot be told');
  } else if (wantSource === 'private' && !isPrivateAddress(info.addr)) {
    warnings.push(`Key Vault saw this request from public ${info.addr}: it did not come through the private endpoint (or service endpoint)`);
  } else if (wantSource === 'public' && isPrivateAddress(info.addr)) {
    warnings.push(`Key Vault saw this request from private ${info.addr} where public egress was expected`);
  }
  return { value: undefined, detail, ...(warnings.length ? { warning: warnings.join('; ') } : {}) };
}

function hostPort(target: Target): string {
  const host = target.host.includes(':') ? `[${target.host}]` : target.host;
  return target.port === 443 ? host : `${host}:${target.port}`;
}

/** keyvault://NAME (or https://… with kind: keyvault): GET /healthstatus, no credentials. */
export const keyvaultCheck: Check = async (target, spec, run) => {
  const options = parseKeyVaultOptions(spec.options, spec.auth);
  const wantSource = options.source ?? spec.expect.dns ?? 'any';
  await httpLadder(run, {
    url: new URL(`https://${hostPort(target)}/healthstatus`),
    method: 'GET',
    headers: { accept: 'application/json' },
    tls: spec.tls,
    resolve: { server: spec.dns.server, tcp: spec.dns.tcp, expect: spec.expect },
    proxy: spec.http.proxy,
    readBody: BODY_CAP,
  }, (answer) => judgeHealthStatus(answer, wantSource));
  return run.layers;
};
