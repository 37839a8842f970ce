// The services' host of the container test subnet, run with `ip netns exec <services-ns> node peer.ts CONFIG`:
// a TCP listener, an HTTPS server (test CA), and a client the test drives over stdin/stdout (one JSON
// line each way) to reach the agent's address from the next host, as Prometheus would. Exits when
// stdin closes, so it never outlives the test.
import { readFileSync } from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import readline from 'node:readline';
import { BlobServiceClient } from '@azure/storage-blob';

interface PeerConfig {
  host: string;
  tcpPort: number;
  httpsPort: number;
  cert: string;
  key: string;
}

interface Command {
  id: number;
  op: 'fetch' | 'createContainer' | 'listBlobs';
  url?: string;
  connectionString?: string;
  container?: string;
}

const config = JSON.parse(process.argv[2]) as PeerConfig;
const sockets = new Set<net.Socket>();

const tcp = net.createServer((socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
  socket.on('error', () => socket.destroy());
  socket.end();
});

const web = https.createServer({ cert: readFileSync(config.cert), key: readFileSync(config.key) }, (req, res) => {
  const ok = req.url === '/health';
  res.writeHead(ok ? 200 : 404, { 'content-type': 'text/plain' });
  res.end(ok ? 'healthy\n' : 'not found\n');
});

function listen(server: net.Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, config.host, () => resolve());
  });
}

async function handle(command: Command): Promise<Record<string, unknown>> {
  const signal = AbortSignal.timeout(10_000);
  switch (command.op) {
    case 'fetch': {
      const response = await fetch(command.url!, { signal });
      return { status: response.status, body: (await response.text()).slice(0, 256 * 1024) };
    }
    case 'createContainer': {
      const service = BlobServiceClient.fromConnectionString(command.connectionString!, { retryOptions: { maxTries: 1 } });
      await service.getContainerClient(command.container!).createIfNotExists({ abortSignal: signal });
      return { ok: true };
    }
    case 'listBlobs': {
      const container = BlobServiceClient.fromConnectionString(command.connectionString!, { retryOptions: { maxTries: 1 } }).getContainerClient(command.container!);
      const blobs: Array<{ name: string; contentType: string | undefined; text: string }> = [];
      for await (const item of container.listBlobsFlat({ abortSignal: signal })) {
        const blob = container.getBlockBlobClient(item.name);
        blobs.push({ name: item.name, contentType: item.properties.contentType, text: (await blob.downloadToBuffer(0, undefined, { abortSignal: signal })).toString('utf8') });
      }
      return { blobs };
    }
  }
}

await listen(tcp, config.tcpPort);
await listen(web, config.httpsPort);
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);

const lines = readline.createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const command = JSON.parse(line) as Command;
  handle(command).then(
    (answer) => process.stdout.write(`${JSON.stringify({ id: command.id, ...answer })}\n`),
    (error: Error) => process.stdout.write(`${JSON.stringify({ id: command.id, error: `${error.name}: ${error.message}` })}\n`),
  );
});
lines.on('close', () => {
  for (const socket of sockets) socket.destroy();
  web.closeAllConnections();
  tcp.close();
  web.close();
  setTimeout(() => process.exit(0), 200).unref();
});
