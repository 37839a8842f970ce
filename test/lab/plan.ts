import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LabCertificates } from './certificates.ts';
import type { HostPlan, ServerSpec } from './servers/plan.ts';
import { ADDRESS, INSPECTION_PORT, type Role } from './topology.ts';
import { labZone, profileEndpoints } from './zone.ts';

/** Credentials of the lab's services, made up per lab and handed to the agent through env. */
export interface LabSecrets {
  sqlUser: string;
  sqlPassword: string;
  storageAccount: string;
  storageKey: string;
}

export function makeSecrets(): LabSecrets {
  return { sqlUser: 'labadmin', sqlPassword: `Lab-${randomBytes(9).toString('base64url')}`, storageAccount: 'labstore', storageKey: randomBytes(64).toString('base64') };
}

/** A process that is not a host.ts plan: Azurite, redis-server, smbd. */
export interface ExternalServer {
  name: string;
  role: Role;
  argv: string[];
  env?: Record<string, string>;
  /** ready once this address listens (seen with `ss` inside the namespace) */
  listen: { host: string; port: number };
  /** directories it needs, made before it starts */
  dirs?: string[];
  files?: Record<string, string>;
}

export const REDIS_PORTS = [6381, 6382, 6383];
export const SQL_NODE_PORTS = { labsql: 11000, labsql2: 11002 };

function tds(name: string, host: string, port: number, certs: LabCertificates, login: Extract<ServerSpec, { type: 'tds' }>['login']): ServerSpec {
  return { type: 'tds', name, host, port, tls: certs.azure, login };
}

/** What each namespace's host.ts serves. */
export function hostPlans(certs: LabCertificates, secrets: LabSecrets, dir: string): Partial<Record<Role, HostPlan>> {
  const ok = { kind: 'ok' as const, user: secrets.sqlUser, password: secrets.sqlPassword };
  const publicPorts = new Set(profileEndpoints().filter((e) => e.kind === 'tls' || e.kind === 'http').map((e) => e.port));
  const smtpPorts = [...new Set(profileEndpoints().filter((e) => e.kind === 'smtp').map((e) => e.port))];
  return {
    dns: { role: 'dns', servers: [{ type: 'dns', name: 'custom-dns', hosts: [ADDRESS.dns, ADDRESS.dnsB], records: labZone(), control: path.join(dir, 'dns.sock') }] },
    svc: {
      role: 'svc',
      servers: [
        tds('sql-gateway', ADDRESS.sqlPe, 1433, certs, { kind: 'redirect', host: 'node1.lab.worker.database.windows.net', port: SQL_NODE_PORTS.labsql }),
        tds('sql-node1', ADDRESS.sqlPe, SQL_NODE_PORTS.labsql, certs, ok),
        tds('sql2-gateway', ADDRESS.sql2Pe, 1433, certs, { kind: 'redirect', host: 'node2.lab.worker.database.windows.net', port: SQL_NODE_PORTS.labsql2 }),
        tds('sql2-node2', ADDRESS.sql2Pe, SQL_NODE_PORTS.labsql2, certs, ok),
        tds('sql-nsg-drop', ADDRESS.nsgDrop, 1433, certs, ok),
        tds('sql-nsg-reject', ADDRESS.nsgReject, 1433, certs, ok),
        tds('sql-udr', ADDRESS.udrBlackhole, 1433, certs, ok),
        tds('sql-noroute', ADDRESS.noRoute, 1433, certs, ok),
        tds('sql-nva', ADDRESS.nvaReject, 1433, certs, ok),
        { type: 'amqp', name: 'hub-5671', host: ADDRESS.hubPe, port: 5671, tls: certs.azure },
        { type: 'amqp', name: 'hub-5672', host: ADDRESS.hubPe, port: 5672 },
        { type: 'amqp', name: 'hub-443', host: ADDRESS.hubPe, port: 443, tls: certs.azure, websocket: true },
        { type: 'amqp', name: 'hub2-5671', host: ADDRESS.hub2Pe, port: 5671, tls: certs.azure },
        { type: 'amqp', name: 'hub2-5672', host: ADDRESS.hub2Pe, port: 5672 },
        { type: 'garbage', name: 'garbage', host: ADDRESS.garbage, port: 1433 },
        { type: 'web', name: 'api', host: ADDRESS.api, port: 443, tls: certs.api },
        { type: 'web', name: 'expired', host: ADDRESS.expired, port: 443, tls: certs.expired },
        { type: 'web', name: 'wrong-name', host: ADDRESS.wrongName, port: 443, tls: certs.wrongName },
        { type: 'azure-like', name: 'storage-denied', host: ADDRESS.deniedStoragePe, port: 443, tls: certs.azure, mode: 'storage-network-denied' },
        { type: 'azure-like', name: 'storage-aux', host: ADDRESS.storageAuxPe, port: 443, tls: certs.azure, mode: 'storage-rbac-mismatch' },
        { type: 'azure-like', name: 'vault', host: ADDRESS.vaultPe, port: 443, tls: certs.azure, mode: 'keyvault-healthy', sourceAddress: ADDRESS.agent },
      ],
    },
    inet: {
      role: 'inet',
      servers: [
        { type: 'azure-like', name: 'public-storage', host: ADDRESS.publicStorage, port: 443, tls: certs.azure, mode: 'storage-network-denied' },
        { type: 'azure-like', name: 'public-vault', host: ADDRESS.publicVault, port: 443, tls: certs.azure, mode: 'keyvault-healthy', sourceAddress: ADDRESS.agent },
        ...[...publicPorts].map((port): ServerSpec => ({ type: 'web', name: `public-${port}`, host: ADDRESS.publicAzure, port, ...(port === 80 ? {} : { tls: certs.azure }) })),
        { type: 'smtp', name: 'smtp-relay', host: ADDRESS.smtpRelay, ports: smtpPorts, tls: certs.azure, banner: 'smtpi-co1.msn.com Microsoft ESMTP MAIL Service ready (vnet-probe lab)' },
      ],
    },
    fw: { role: 'fw', servers: [{ type: 'inspector', name: 'tls-inspection', port: INSPECTION_PORT, tls: certs.firewall }] },
    onprem: { role: 'onprem', servers: [{ type: 'web', name: 'onprem-api', host: ADDRESS.onprem, port: 443, tls: certs.onprem }] },
  };
}

const require = createRequire(import.meta.url);

function azuriteBlobMain(): string {
  return path.join(path.dirname(require.resolve('azurite/package.json')), 'dist', 'src', 'blob', 'main.js');
}

/** Azurite as the storage account's private endpoint, redis-server as the internal cache, smbd as Azure Files. */
export function externalServers(certs: LabCertificates, secrets: LabSecrets, dir: string, node: string, options: { smbd: boolean }): ExternalServer[] {
  const servers: ExternalServer[] = [
    {
      name: 'azurite',
      role: 'svc',
      argv: [
        node, azuriteBlobMain(), '--disableTelemetry', '--inMemoryPersistence', '--extentMemoryLimit', '64', '--silent', '--skipApiVersionCheck',
        '--blobHost', ADDRESS.storagePe, '--blobPort', '443', '--cert', certs.azure.cert, '--key', certs.azure.key,
      ],
      env: { AZURITE_ACCOUNTS: `${secrets.storageAccount}:${secrets.storageKey}` },
      listen: { host: ADDRESS.storagePe, port: 443 },
      dirs: [path.join(dir, 'azurite')],
    },
    ...REDIS_PORTS.map((port): ExternalServer => ({
      name: `redis-${port}`,
      role: 'svc',
      argv: ['redis-server', '--bind', ADDRESS.redis, '--port', String(port), '--protected-mode', 'no', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--dir', path.join(dir, `redis-${port}`), '--loglevel', 'notice'],
      listen: { host: ADDRESS.redis, port },
      dirs: [path.join(dir, `redis-${port}`)],
    })),
  ];
  if (options.smbd) {
    const base = path.join(dir, 'smb');
    const sub = (d: string) => path.join(base, d);
    const conf = [
      '[global]',
      `  smb ports = 445`, `  interfaces = ${ADDRESS.filePe}/24`, '  bind interfaces only = yes', '  disable netbios = yes',
      '  server role = standalone server', '  server services = smb', '  server min protocol = SMB3_00',
      `  lock directory = ${sub('lock')}`, `  state directory = ${sub('state')}`, `  cache directory = ${sub('cache')}`,
      `  pid directory = ${sub('pid')}`, `  private dir = ${sub('private')}`, `  ncalrpc dir = ${sub('ncalrpc')}`,
      `  log file = ${sub('log')}/log.%m`, `  passdb backend = tdbsam:${sub('private')}/passdb.tdb`,
      '  load printers = no', '  printcap name = /dev/null',
      '[share]', `  path = ${sub('share')}`, '',
    ].join('\n');
    servers.push({
      name: 'smbd',
      role: 'svc',
      argv: ['smbd', '--foreground', '--no-process-group', '--debug-stdout', '-s', path.join(base, 'smb.conf')],
      listen: { host: ADDRESS.filePe, port: 445 },
      dirs: ['lock', 'state', 'cache', 'pid', 'private', 'ncalrpc', 'log', 'share'].map(sub),
      files: { [path.join(base, 'smb.conf')]: conf },
    });
  }
  return servers;
}
