import net from 'node:net';
import { closeServer, listen, tracked, type Listening } from './relay.ts';

const GARBAGE = Buffer.concat([Buffer.from('SSH-2.0-NotWhatYouThink\r\n', 'latin1'), Buffer.from([0xff, 0x00, 0xfe, 0x13, 0x37, 0x00, 0x00, 0x42])]);

/** A peer that speaks no protocol: it sends garbage on connect and after every read, and never closes. */
export async function startGarbage(host: string, port: number): Promise<Listening> {
  const server = net.createServer((socket) => {
    socket.write(GARBAGE);
    socket.on('data', () => socket.write(GARBAGE));
  });
  const sockets = tracked(server);
  await listen(server, host, port);
  return { close: () => closeServer(server, sockets) };
}
