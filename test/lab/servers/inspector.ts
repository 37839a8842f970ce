import dns from 'node:dns';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';
import { closeServer, listen, tracked, type Listening } from './relay.ts';
import type { TlsFiles } from './plan.ts';

/**
 * The TLS-inspecting firewall: traffic the UDR sends through the firewall on 443 is redirected
 * (iptables REDIRECT) to this proxy, which completes the handshake with a certificate from its
 * own CA, then opens TLS to the SNI name on 443 and relays the plaintext, as an NVA with TLS
 * inspection does.
 */
export async function startInspector(port: number, files: TlsFiles): Promise<Listening> {
  const server = tls.createServer({ cert: readFileSync(files.cert), key: readFileSync(files.key) }, (inbound) => {
    const name = inbound.servername;
    if (!name) {
      inbound.destroy();
      return;
    }
    dns.lookup(name, { family: 4 }, (error, address) => {
      if (error || inbound.destroyed) {
        inbound.destroy();
        return;
      }
      // the inspecting firewall does not trust the lab's "Azure" CA: it only relays
      const outbound = tls.connect({ host: address, port: 443, servername: name, rejectUnauthorized: false });
      outbound.on('error', () => inbound.destroy());
      inbound.on('error', () => outbound.destroy());
      inbound.on('close', () => outbound.destroy());
      outbound.on('close', () => inbound.destroy());
      inbound.pipe(outbound);
      outbound.pipe(inbound);
    });
  });
  server.on('tlsClientError', () => {});
  const sockets = tracked(server);
  await listen(server, '0.0.0.0', port);
  return { close: () => closeServer(server, sockets) };
}
