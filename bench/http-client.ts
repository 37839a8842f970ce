// The benchmark's HTTP client (loopback only): one keep-alive agent, like a Prometheus scraper.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export interface Fetched {
  status: number;
  body: string;
  ms: number;
}

/** GET http://127.0.0.1:PORT/PATH with a deadline. */
export function get(port: number, path: string, timeoutMs = 15_000): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.get({ host: '127.0.0.1', port, path, agent, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${path}: no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
  });
}

export function closeClient(): void {
  agent.destroy();
}
