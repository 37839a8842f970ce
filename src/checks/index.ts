import type { CheckSpec } from '../config/spec.ts';
import type { Kind } from '../report/model.ts';
import type { Check } from './check.ts';

/** What a kind's module offers: the check, and optionally a config-time validation and a warm-up. */
export interface KindModule {
  check: Check;
  /** Throws InputError (exit 2) for bad options or credentials, before anything is sent. */
  validate?: (spec: CheckSpec) => void;
  /** Loads what a check will need (an SDK) before clocks start. */
  warmUp?: (spec: CheckSpec) => Promise<void>;
}

// Each kind loads on first use, so a run of tcp checks never pays for the Azure SDKs.
const loaders: Record<Kind, () => Promise<KindModule>> = {
  dns: () => import('./dns.ts').then((m) => ({ check: m.dnsCheck })),
  tcp: () => import('./tcp.ts').then((m) => ({ check: m.tcpCheck })),
  tls: () => import('./tls.ts').then((m) => ({ check: m.tlsCheck })),
  http: () => import('./http.ts').then((m) => ({ check: m.httpCheck })),
  storage: () => import('./storage.ts').then((m) => ({ check: m.storageCheck, validate: (s) => void m.planStorageCheck(s.target, s), warmUp: m.warmUpStorage })),
  sql: () => import('./sql.ts').then((m) => ({
    check: m.sqlCheck,
    validate: (s) => void m.validateSqlSpec(s),
    warmUp: async (s) => {
      if (s.auth) await (await import('../azure/sql-session.ts')).loadTedious();
      if (s.auth?.managedIdentity) await import('@azure/identity');
    },
  })),
  amqp: () => import('./amqp.ts').then((m) => ({ check: m.amqpCheck, validate: m.validateAmqpSpec })),
  smtp: () => import('./smtp.ts').then((m) => ({ check: m.smtpCheck, validate: (s) => void m.parseSmtpOptions(s.options) })),
  smb: () => import('./smb.ts').then((m) => ({ check: m.smbCheck, validate: (s) => m.parseSmbOptions(s.options) })),
  redis: () => import('./redis.ts').then((m) => ({ check: m.redisCheck, validate: (s) => { m.parseRedisOptions(s.options); m.redisCredentials(s.auth); } })),
  keyvault: () => import('./keyvault.ts').then((m) => ({ check: m.keyvaultCheck, validate: (s) => void m.parseKeyVaultOptions(s.options, s.auth) })),
};

const loaded = new Map<Kind, Promise<KindModule>>();

export function loadKind(kind: Kind): Promise<KindModule> {
  let module = loaded.get(kind);
  if (!module) {
    module = loaders[kind]();
    loaded.set(kind, module);
  }
  return module;
}

export async function loadCheck(kind: Kind): Promise<Check> {
  return (await loadKind(kind)).check;
}
