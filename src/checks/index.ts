import type { Kind } from '../report/model.ts';
import type { Check } from './check.ts';

// Each kind loads on first use, so a run of tcp checks never pays for the Azure SDKs.
const loaders: Record<Kind, () => Promise<Check>> = {
  dns: () => import('./dns.ts').then((m) => m.dnsCheck),
  tcp: () => import('./tcp.ts').then((m) => m.tcpCheck),
  tls: () => import('./tls.ts').then((m) => m.tlsCheck),
  http: () => import('./http.ts').then((m) => m.httpCheck),
  storage: () => import('./storage.ts').then((m) => m.storageCheck),
  sql: () => import('./sql.ts').then((m) => m.sqlCheck),
  amqp: () => import('./amqp.ts').then((m) => m.amqpCheck),
  smtp: () => import('./smtp.ts').then((m) => m.smtpCheck),
  smb: () => import('./smb.ts').then((m) => m.smbCheck),
  redis: () => import('./redis.ts').then((m) => m.redisCheck),
  keyvault: () => import('./keyvault.ts').then((m) => m.keyvaultCheck),
};

const loaded = new Map<Kind, Promise<Check>>();

export function loadCheck(kind: Kind): Promise<Check> {
  let check = loaded.get(kind);
  if (!check) {
    check = loaders[kind]();
    loaded.set(kind, check);
  }
  return check;
}
