import dns2 from 'dns2';

const { Packet } = dns2;

export interface ZoneRecord {
  A?: string[];
  AAAA?: string[];
  CNAME?: string;
  rcode?: 'NXDOMAIN' | 'SERVFAIL' | 'REFUSED';
  ttl?: number;
}

export interface ZoneServer {
  host: string;
  port: number;
  /** replace records while running (faults as data) */
  set(name: string, record: ZoneRecord | undefined): void;
  queries(): number;
  close(): Promise<void>;
}

const RCODES = { NXDOMAIN: 3, SERVFAIL: 2, REFUSED: 5 } as const;

/**
 * A small DNS server (dns2) answering from a zone map over UDP and TCP on one port, chasing CNAMEs
 * inside the zone as a recursive resolver would. Names not in the map are NXDOMAIN.
 */
export async function startZoneServer(options: { records: Record<string, ZoneRecord>; host?: string; port?: number; delayMs?: number }): Promise<ZoneServer> {
  const host = options.host ?? '127.0.0.1';
  const records = new Map(Object.entries(options.records).map(([k, v]) => [k.toLowerCase(), v]));
  let count = 0;
  const handle = async (request: any, send: (response: unknown) => unknown) => {
    count += 1;
    const response = Packet.createResponseFromRequest(request) as { header: { aa: number; rcode: number }; answers: unknown[] };
    const [question] = request.questions;
    response.header.aa = 1;
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    let name = String(question.name).toLowerCase().replace(/\.$/, '');
    let record = records.get(name);
    if (!record) response.header.rcode = RCODES.NXDOMAIN;
    for (let hop = 0; hop < 8 && record; hop++) {
      if (record.rcode) {
        response.header.rcode = RCODES[record.rcode];
        break;
      }
      const ttl = record.ttl ?? 60;
      if (record.CNAME) {
        response.answers.push({ name, type: Packet.TYPE.CNAME, class: Packet.CLASS.IN, ttl, domain: record.CNAME });
        if (question.type === Packet.TYPE.CNAME) break;
        name = record.CNAME.toLowerCase();
        record = records.get(name);
        continue;
      }
      if (question.type === Packet.TYPE.A) for (const address of record.A ?? []) response.answers.push({ name, type: Packet.TYPE.A, class: Packet.CLASS.IN, ttl, address });
      if (question.type === Packet.TYPE.AAAA) for (const address of record.AAAA ?? []) response.answers.push({ name, type: Packet.TYPE.AAAA, class: Packet.CLASS.IN, ttl, address });
      break;
    }
    try {
      await send(response);
    } catch {
      // the client went away
    }
  };
  // UDP and TCP share one port number: take a free UDP port, then TCP on the same one.
  for (let attempt = 0; ; attempt++) {
    const udp = new dns2.UDPServer({ type: host.includes(':') ? 'udp6' : 'udp4' });
    const tcp = new dns2.TCPServer();
    udp.on('request', handle);
    tcp.on('request', handle);
    udp.on('requestError', () => {});
    tcp.on('requestError', () => {});
    const closeAll = async () => {
      await Promise.all([
        new Promise<void>((resolve) => { try { udp.close(() => resolve()); } catch { resolve(); } }),
        new Promise<void>((resolve) => tcp.close(() => resolve())),
      ]);
    };
    try {
      await new Promise<void>((resolve, reject) => {
        udp.once('error', reject);
        udp.bind(options.port ?? 0, host, () => resolve());
      });
      const port = udp.address().port;
      await new Promise<void>((resolve, reject) => {
        tcp.once('error', reject);
        tcp.listen(port, host, () => resolve());
      });
      const sockets = new Set<import('node:net').Socket>();
      tcp.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      return {
        host,
        port,
        set(name, record) {
          if (record) records.set(name.toLowerCase(), record);
          else records.delete(name.toLowerCase());
        },
        queries: () => count,
        close: async () => {
          for (const socket of sockets) socket.destroy();
          await closeAll();
        },
      };
    } catch (error) {
      await closeAll().catch(() => {});
      if (attempt >= 5 || options.port) throw error;
    }
  }
}
