import { rmSync } from 'node:fs';
import net from 'node:net';
import { startZoneServer, type ZoneRecord, type ZoneServer } from '../../../src/demo/dns-zone.ts';
import { closeServer, tracked, type Listening } from './relay.ts';

/** One control request: set (or, with record null, delete) a name on every zone server. */
export interface ZoneChange { name: string; record: ZoneRecord | null }

const MAX_LINE = 64 * 1024;

/**
 * The VNet's custom DNS servers: src/demo/dns-zone.ts on port 53 of each address, all holding the
 * same records. Faults change records through a unix socket (JSON lines, answered "ok" or "error …"),
 * which reaches across network namespaces.
 */
export async function startDns(hosts: string[], records: Record<string, ZoneRecord>, control: string): Promise<Listening> {
  const zones: ZoneServer[] = [];
  try {
    for (const host of hosts) zones.push(await startZoneServer({ records, host, port: 53 }));
  } catch (error) {
    await Promise.all(zones.map((z) => z.close()));
    throw error;
  }
  rmSync(control, { force: true });
  const server = net.createServer((socket) => {
    let buffer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      if (buffer.length > MAX_LINE) {
        socket.destroy();
        return;
      }
      for (let newline = buffer.indexOf('\n'); newline >= 0; newline = buffer.indexOf('\n')) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        try {
          const change = JSON.parse(line) as ZoneChange;
          if (typeof change.name !== 'string') throw new Error('name missing');
          for (const zone of zones) zone.set(change.name, change.record ?? undefined);
          socket.write('ok\n');
        } catch (error) {
          socket.write(`error ${(error as Error).message}\n`);
        }
      }
    });
  });
  const sockets = tracked(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(control, () => resolve());
  });
  return {
    close: async () => {
      await closeServer(server, sockets);
      await Promise.all(zones.map((z) => z.close()));
    },
  };
}
