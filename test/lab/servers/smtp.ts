import { readFileSync } from 'node:fs';
import { SMTPServer } from 'smtp-server';
import type { Listening } from './relay.ts';
import type { TlsFiles } from './plan.ts';

/** The SMTP relay: smtp-server on each port, STARTTLS offered, mail accepted and thrown away. */
export async function startSmtp(host: string, ports: number[], tls: TlsFiles, banner: string): Promise<Listening> {
  const servers: SMTPServer[] = [];
  const cert = readFileSync(tls.cert);
  const key = readFileSync(tls.key);
  for (const port of ports) {
    const server = new SMTPServer({
      secure: false,
      cert,
      key,
      banner,
      authOptional: true,
      disableReverseLookup: true,
      logger: false,
      onData(stream, _session, callback) {
        stream.resume();
        stream.on('end', () => callback());
      },
    });
    server.on('error', () => {});
    servers.push(server);
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
  }
  return { close: () => Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve())))).then(() => undefined) };
}
