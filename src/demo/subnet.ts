import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startZoneServer, type ZoneServer } from './dns-zone.ts';
import { createCa, days } from './pki.ts';

/** A simulated subnet on loopback: its DNS server, HTTPS backends, a refused port, and the config that probes it. */
export interface DemoSubnet {
  dir: string;
  configFile: string;
  caFile: string;
  dns: ZoneServer;
  ports: { backend: number; wrongName: number; expiring: number; refused: number };
  stop(): Promise<void>;
}

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startDemoSubnet(): Promise<DemoSubnet> {
  const dir = mkdtempSync(join(tmpdir(), 'vnet-probe-demo-'));
  const ca = await createCa('CN=Contoso Demo Root CA, O=Contoso (demo)');
  const caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, ca.cert);

  const backendCert = await ca.issue({ names: ['api.contoso.internal'] });
  const wrongNameCert = await ca.issue({ names: ['other.contoso.internal'] });
  const expiringCert = await ca.issue({ names: ['legacy.contoso.internal'], notAfter: days(5) });

  const servers: https.Server[] = [];
  const backend = https.createServer(backendCert, (req, res) => {
    if (req.url === '/health') res.writeHead(200, { 'content-type': 'text/plain' }).end('healthy\n');
    else if (req.url === '/orders/health') res.writeHead(503, { 'content-type': 'text/plain' }).end('database unavailable\n');
    else res.writeHead(404).end();
  });
  const wrongName = https.createServer(wrongNameCert, (_req, res) => res.end('ok\n'));
  const expiring = https.createServer(expiringCert, (_req, res) => res.end('ok\n'));
  servers.push(backend, wrongName, expiring);
  const ports = {
    backend: await listen(backend),
    wrongName: await listen(wrongName),
    expiring: await listen(expiring),
    refused: await freePort(),
  };

  const dns = await startZoneServer({
    records: {
      // a storage account behind a private endpoint, zone linked: resolves private
      'mystore.blob.core.windows.net': { CNAME: 'mystore.privatelink.blob.core.windows.net' },
      'mystore.privatelink.blob.core.windows.net': { A: ['10.20.1.5'] },
      // the same, zone NOT linked to this VNet: the public chain answers
      'reports.blob.core.windows.net': { CNAME: 'reports.privatelink.blob.core.windows.net' },
      'reports.privatelink.blob.core.windows.net': { CNAME: 'blob.ams07prdstr02a.store.core.windows.net' },
      'blob.ams07prdstr02a.store.core.windows.net': { A: ['20.60.222.100'] },
      'api.contoso.internal': { A: ['127.0.0.1'] },
      'billing.contoso.internal': { A: ['127.0.0.1'] },
      'legacy.contoso.internal': { A: ['127.0.0.1'] },
      'mysql.database.windows.net': { rcode: 'SERVFAIL' },
    },
  });

  const server = `127.0.0.1:${dns.port}`;
  const config = `# The demo subnet: every host resolves through the demo DNS server on loopback.
defaults:
  timeout: 2s
  dns: { server: "${server}" }
  tls: { ca: "${caFile}" }
checks:
  - name: dns-private-endpoint
    target: dns://${server}/mystore.blob.core.windows.net
    expect: { dns: private }
  - name: dns-zone-not-linked
    target: dns://${server}/reports.blob.core.windows.net
    expect: { dns: private }
  - name: dns-keyvault-missing
    target: dns://${server}/myvault.vault.azure.net
  - name: dns-sql-servfail
    target: dns://${server}/mysql.database.windows.net
    required: false
  - name: backend-health
    target: https://api.contoso.internal:${ports.backend}/health
    expect: { status: [200], body: healthy }
  - name: backend-orders
    target: https://api.contoso.internal:${ports.backend}/orders/health
    expect: { status: [200] }
  - name: billing-tls
    target: tls://billing.contoso.internal:${ports.wrongName}
  - name: legacy-tls
    target: tls://legacy.contoso.internal:${ports.expiring}
  - name: smtp-relay
    target: tcp://127.0.0.1:${ports.refused}
    required: false
`;
  const configFile = join(dir, 'demo.yaml');
  writeFileSync(configFile, config);

  return {
    dir, configFile, caFile, dns, ports,
    async stop() {
      for (const s of servers) s.closeAllConnections();
      await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
      await dns.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
