import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  connectLayer
} from "./chunk-OQZRDJ3H.mjs";
import {
  resolveLayer
} from "./chunk-GAVMOXG5.mjs";
import "./chunk-VNSEEUVP.mjs";
import "./chunk-PJVHLZ3U.mjs";
import "./chunk-ZDPWL4GI.mjs";

// src/checks/tcp.ts
var tcpCheck = async (target, spec, run) => {
  let addresses = await resolveLayer(run, target.host, { server: spec.dns.server, tcp: spec.dns.tcp, expect: spec.expect }), socket = await connectLayer(run, addresses, target.port);
  return run.release(socket), run.layers;
};
export {
  tcpCheck
};
