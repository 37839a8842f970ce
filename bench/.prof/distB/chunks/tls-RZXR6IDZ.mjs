import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  connectLayer
} from "./chunk-OQZRDJ3H.mjs";
import {
  resolveLayer
} from "./chunk-GAVMOXG5.mjs";
import "./chunk-VNSEEUVP.mjs";
import {
  tlsLayer
} from "./chunk-GHTXEMPP.mjs";
import "./chunk-PJVHLZ3U.mjs";
import "./chunk-ZDPWL4GI.mjs";

// src/checks/tls.ts
var tlsCheck = async (target, spec, run) => {
  let addresses = await resolveLayer(run, target.host, { server: spec.dns.server, tcp: spec.dns.tcp, expect: spec.expect }), socket = await connectLayer(run, addresses, target.port), secure = await tlsLayer(run, socket, target.host, spec.tls);
  return run.release(secure), run.layers;
};
export {
  tlsCheck
};
