import type net from 'node:net';
import { ProbeFailure } from '../engine/errors.ts';
import type { ProbeRun } from '../engine/probe.ts';

/** The proxy an HTTP(S) request to `url` goes through, from HTTPS_PROXY / HTTP_PROXY / NO_PROXY. */
export function proxyFor(url: URL, env: NodeJS.ProcessEnv = process.env): URL | undefined {
  const raw = url.protocol === 'https:' ? (env.HTTPS_PROXY ?? env.https_proxy) : (env.HTTP_PROXY ?? env.http_proxy);
  if (!raw) return undefined;
  const noProxy = (env.NO_PROXY ?? env.no_proxy ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const bypass = noProxy.some((entry) => {
    if (entry === '*') return true;
    const [name, port] = entry.split(':');
    if (port && port !== (url.port || (url.protocol === 'https:' ? '443' : '80'))) return false;
    const suffix = name.replace(/^\*?\./, '');
    return host === suffix || host.endsWith(`.${suffix}`);
  });
  if (bypass) return undefined;
  try {
    return new URL(raw.includes('://') ? raw : `http://${raw}`);
  } catch {
    return undefined;
  }
}

const MAX_CONNECT_RESPONSE = 16 * 1024;

/** Opens a CONNECT tunnel to host:port through an already connected proxy socket. */
export function openTunnel(run: ProbeRun, socket: net.Socket, host: string, port: number, proxy: URL): Promise<void> {
  const authority = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
  const headers = [`CONNECT ${authority} HTTP/1.1`, `Host: ${authority}`];
  if (proxy.username) {
    const credentials = Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64');
    headers.push(`Proxy-Authorization: Basic ${credentials}`);
  }
  return new Promise((resolve, reject) => {
    let buffered = Buffer.alloc(0);
    const cleanup = () => {
      socket.off('data', onData);
      socket.off('end', onEnd);
      run.signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      cleanup();
      reject(run.signal.reason);
    };
    const onEnd = () => {
      cleanup();
      reject(new ProbeFailure('protocol_mismatch', `the proxy ${proxy.host} closed the connection before answering CONNECT`));
    };
    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      const end = buffered.indexOf('\r\n\r\n');
      if (end < 0) {
        if (buffered.length > MAX_CONNECT_RESPONSE) {
          cleanup();
          reject(new ProbeFailure('protocol_mismatch', `the proxy ${proxy.host} sent an oversized CONNECT answer`));
        }
        return;
      }
      cleanup();
      const statusLine = buffered.subarray(0, buffered.indexOf('\r\n')).toString('latin1');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
      if (status === 200) {
        if (end + 4 < buffered.length) socket.unshift(buffered.subarray(end + 4));
        resolve();
      } else if (status === 407) {
        reject(new ProbeFailure('auth_failed', `the proxy ${proxy.host} wants credentials (407)`));
      } else if (status === 403) {
        reject(new ProbeFailure('access_denied', `the proxy ${proxy.host} forbids CONNECT to ${authority} (403)`));
      } else {
        reject(new ProbeFailure(status ? 'tcp_refused' : 'protocol_mismatch', `the proxy ${proxy.host} answered "${statusLine}" to CONNECT ${authority}`));
      }
    };
    run.signal.addEventListener('abort', onAbort, { once: true });
    socket.on('data', onData);
    socket.on('end', onEnd);
    socket.write(`${headers.join('\r\n')}\r\n\r\n`);
  });
}
