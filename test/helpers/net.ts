import dgram from 'node:dgram';
import net from 'node:net';

export const LOOPBACK = '127.0.0.1';

export interface Closable {
  close(): Promise<void>;
}

export interface TcpPeer extends Closable {
  host: string;
  port: number;
  /** connections accepted so far */
  accepted(): number;
  /** connections open now */
  open(): number;
}

/** Listens on 127.0.0.1 on an ephemeral port. */
export async function listen(server: net.Server, host = LOOPBACK): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as net.AddressInfo).port;
}

/**
 * A TCP server whose every connection runs `onSocket`; close() destroys the connections it holds.
 * The building block of the peers below.
 */
export async function tcpPeer(onSocket: (socket: net.Socket) => void, host = LOOPBACK): Promise<TcpPeer> {
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  const server = net.createServer((socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
    onSocket(socket);
  });
  const port = await listen(server, host);
  return {
    host,
    port,
    accepted: () => accepted,
    open: () => sockets.size,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Runs `body` with the port of a tcpPeer(onSocket), closed afterwards whatever happens. */
export async function withTcpPeer(onSocket: (socket: net.Socket) => void, body: (port: number) => Promise<void>): Promise<void> {
  const peer = await tcpPeer(onSocket);
  try {
    await body(peer.port);
  } finally {
    await peer.close();
  }
}

/**
 * Accepts TCP and never answers: what a firewall that accepts and then drops looks like. It reads
 * and discards, so a client's FIN is seen and open() counts only connections the client still holds.
 */
export function silentServer(host = LOOPBACK): Promise<TcpPeer> {
  return tcpPeer((socket) => socket.resume(), host);
}

/** Accepts, writes `bytes` and (by default) keeps the connection open. */
export function garbagePeer(bytes: string | Buffer, options: { thenClose?: boolean } = {}): Promise<TcpPeer> {
  return tcpPeer((socket) => {
    socket.resume();
    socket.write(bytes);
    if (options.thenClose) socket.end();
  });
}

/** Accepts and closes at once, without a byte. */
export function closingPeer(): Promise<TcpPeer> {
  return tcpPeer((socket) => {
    socket.resume();
    socket.end();
  });
}

/** A port on 127.0.0.1 that nothing listens on (it was free a moment ago). */
export async function closedPort(host = LOOPBACK): Promise<number> {
  const server = net.createServer();
  const port = await listen(server, host);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The same: a port that was free a moment ago, for a server that cannot be told to take an ephemeral one. */
export const freePort = closedPort;

export interface UdpSink extends Closable {
  host: string;
  port: number;
  received(): number;
}

/** A UDP socket on 127.0.0.1 that receives datagrams and never answers: a DNS server that is silent. */
export async function silentUdp(host = LOOPBACK): Promise<UdpSink> {
  const socket = dgram.createSocket('udp4');
  let received = 0;
  socket.on('message', () => { received += 1; });
  await new Promise<void>((resolve) => socket.bind(0, host, () => resolve()));
  return {
    host,
    port: socket.address().port,
    received: () => received,
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}

/** Rejects when `promise` has not settled after `ms`: every wait in a test has a deadline. */
export async function within<T>(ms: number, promise: Promise<T>, what = 'operation'): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms); }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
