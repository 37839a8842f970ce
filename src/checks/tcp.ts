import { connectLayer } from '../net/connect.ts';
import { resolveLayer } from '../net/resolve.ts';
import type { Check } from './check.ts';

/** tcp://HOST:PORT — resolve, then a TCP handshake; nothing is sent. */
export const tcpCheck: Check = async (target, spec, run) => {
  const addresses = await resolveLayer(run, target.host, { server: spec.dns.server, tcp: spec.dns.tcp, expect: spec.expect });
  const socket = await connectLayer(run, addresses, target.port);
  run.release(socket);
  return run.layers;
};
