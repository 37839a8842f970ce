import { connectLayer } from '../net/connect.ts';
import { resolveLayer } from '../net/resolve.ts';
import { tlsLayer } from '../net/tls.ts';
import type { Check } from './check.ts';

/** tls://HOST:PORT — resolve, connect, a TLS handshake with SNI; trust, name and expiry judged. */
export const tlsCheck: Check = async (target, spec, run) => {
  const addresses = await resolveLayer(run, target.host, { server: spec.dns.server, tcp: spec.dns.tcp, expect: spec.expect });
  const socket = await connectLayer(run, addresses, target.port);
  const secure = await tlsLayer(run, socket, target.host, spec.tls);
  run.release(secure);
  return run.layers;
};
