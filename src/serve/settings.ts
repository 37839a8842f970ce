import { readFileSync } from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';
import { loadRunConfig, type ConfigFlags } from '../commands/load-config.ts';
import { buildRunConfig } from '../config/load.ts';
import { readConfigFile } from '../config/read-file.ts';
import type { ConfigFile } from '../config/schema.ts';
import { readSecret } from '../config/secrets.ts';
import type { CheckSpec, RunConfig } from '../config/spec.ts';
import { InputError } from '../engine/errors.ts';
import { TargetAllowList } from './allow.ts';
import type { BasicAuth } from './auth.ts';

export const DEFAULT_LISTEN = '0.0.0.0:9464';

export interface ServeFlags extends ConfigFlags {
  listen?: string;
  logLevel?: string;
  imds?: boolean;
}

export interface ListenAddress {
  host: string;
  port: number;
  text: string;
}

/** Everything `serve` needs from flags and the config file; built again, whole, on SIGHUP. */
export interface ServeSettings {
  config: RunConfig;
  listen: ListenAddress;
  allow: TargetAllowList;
  auth?: BasicAuth;
  tls?: { cert: Buffer; key: Buffer };
  /** builds the spec of an ad-hoc /probe?target= check with the config's defaults */
  adhoc: (target: string) => CheckSpec;
}

/** HOST:PORT, [IPv6]:PORT or :PORT (all interfaces); port 0 picks a free port. */
export function parseListen(text: string, field: string): ListenAddress {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]*)):(\d{1,5})$/.exec(text.trim());
  const port = m ? Number(m[3]) : NaN;
  if (!m || port > 65535) throw new InputError(`${field}: "${text}" must be HOST:PORT, [IPv6]:PORT or :PORT`);
  const host = m[1] ?? (m[2] || '0.0.0.0');
  if (m[1] && net.isIP(m[1]) !== 6) throw new InputError(`${field}: "${m[1]}" is not an IPv6 address`);
  return { host, port, text: text.trim() };
}

export function checkIntervals(checks: CheckSpec[]): void {
  for (const check of checks) {
    if (check.timeoutMs >= check.intervalMs) {
      throw new InputError(`check "${check.name}": its timeout (${check.timeoutMs} ms) must be below its interval (${check.intervalMs} ms), or runs would pile up`);
    }
  }
}

function readPemFile(file: string, field: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new InputError(`${field}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

function serverTls(block: NonNullable<RunConfig['serve']>['tls']): ServeSettings['tls'] {
  if (!block) return undefined;
  const cert = readPemFile(block.cert, 'serve.tls.cert');
  const key = readPemFile(block.key, 'serve.tls.key');
  try {
    tls.createSecureContext({ cert, key });
  } catch (error) {
    throw new InputError(`serve.tls: the certificate and key do not make a TLS server (${(error as Error).message.split('\n')[0]})`);
  }
  return { cert, key };
}

export function loadServeSettings(flags: ServeFlags): ServeSettings {
  const file: ConfigFile | undefined = flags.config ? readConfigFile(flags.config) : undefined;
  const config = loadRunConfig(flags, file);
  checkIntervals(config.checks);
  const serve = config.serve ?? {};
  const listen = flags.listen !== undefined ? parseListen(flags.listen, '--listen') : parseListen(serve.listen ?? DEFAULT_LISTEN, 'serve.listen');
  const allow = new TargetAllowList(serve.allowTargets ?? []);
  const basic = serve.auth?.basic;
  const auth = basic ? { username: basic.username, password: readSecret(basic.password, 'serve.auth.basic.password') } : undefined;
  const defaults = file?.defaults;
  const adhoc = (target: string): CheckSpec => {
    const spec = buildRunConfig(defaults ? { defaults } : undefined, { checks: [target], timeout: flags.timeout, dnsServer: flags.dnsServer }).checks[0];
    // an allowed host must not send the agent on to one that is not
    return { ...spec, http: { ...spec.http, followRedirects: false } };
  };
  return { config, listen, allow, auth, tls: serverTls(serve.tls), adhoc };
}
