import net from 'node:net';
import { ProbeFailure } from '../engine/errors.ts';
import type { ProbeRun } from '../engine/probe.ts';
import { joinHostPort } from './address.ts';

function connectError(error: NodeJS.ErrnoException, where: string): Error {
  switch (error.code) {
    case 'ECONNREFUSED':
      return new ProbeFailure('tcp_refused', `${where} refused the connection (RST): the host is reachable but nothing listens, or a firewall rejects`);
    case 'ECONNRESET':
      return new ProbeFailure('tcp_refused', `${where} reset the connection during the handshake`);
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EADDRNOTAVAIL':
    case 'ENETDOWN':
    case 'EHOSTDOWN':
      return new ProbeFailure('tcp_unreachable', `no route to ${where} (${error.code})`);
    case 'ETIMEDOUT':
      return new ProbeFailure('tcp_timeout', `${where} did not answer the SYN (ETIMEDOUT)`);
    case 'EACCES':
    case 'EPERM':
      return new ProbeFailure('tcp_refused', `the local firewall forbids connecting to ${where} (${error.code})`);
    default:
      return error;
  }
}

/** Opens a TCP connection; the socket belongs to the run and dies with it. */
export function openTcp(run: ProbeRun, address: string, port: number): Promise<net.Socket> {
  const where = joinHostPort(address, port);
  return new Promise((resolve, reject) => {
    const socket = run.own(net.connect({ host: address, port, noDelay: true }));
    const onAbort = () => reject(run.signal.reason);
    run.signal.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', () => {
      run.signal.removeEventListener('abort', onAbort);
      socket.removeAllListeners('error');
      socket.on('error', () => {}); // later errors surface through the layer that uses the socket
      resolve(socket);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      run.signal.removeEventListener('abort', onAbort);
      reject(connectError(error, where));
    });
  });
}

/** The connect rung: the first address that the resolve rung returned. */
export async function connectLayer(run: ProbeRun, addresses: string[], port: number): Promise<net.Socket> {
  const address = addresses[0];
  return run.layer('connect', async () => {
    const socket = await openTcp(run, address, port);
    return {
      value: socket,
      detail: { address, port, localAddress: socket.localAddress, localPort: socket.localPort, ...(addresses.length > 1 ? { alternatives: addresses.slice(1) } : {}) },
    };
  });
}
