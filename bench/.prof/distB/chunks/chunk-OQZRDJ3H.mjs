import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  joinHostPort
} from "./chunk-GAVMOXG5.mjs";
import {
  ProbeFailure
} from "./chunk-PJVHLZ3U.mjs";

// src/net/connect.ts
import net from "node:net";
function connectError(error, where) {
  switch (error.code) {
    case "ECONNREFUSED":
      return new ProbeFailure("tcp_refused", `${where} refused the connection (RST): the host is reachable but nothing listens, or a firewall rejects`);
    case "ECONNRESET":
      return new ProbeFailure("tcp_refused", `${where} reset the connection during the handshake`);
    case "EHOSTUNREACH":
    case "ENETUNREACH":
    case "EADDRNOTAVAIL":
    case "ENETDOWN":
    case "EHOSTDOWN":
      return new ProbeFailure("tcp_unreachable", `no route to ${where} (${error.code})`);
    case "ETIMEDOUT":
      return new ProbeFailure("tcp_timeout", `${where} did not answer the SYN (ETIMEDOUT)`);
    case "EACCES":
    case "EPERM":
      return new ProbeFailure("tcp_refused", `the local firewall forbids connecting to ${where} (${error.code})`);
    default:
      return error;
  }
}
function openTcp(run, address, port) {
  let where = joinHostPort(address, port);
  return new Promise((resolve, reject) => {
    let socket = run.own(net.connect({ host: address, port, noDelay: !0 })), onAbort = () => reject(run.signal.reason);
    run.signal.addEventListener("abort", onAbort, { once: !0 }), socket.once("connect", () => {
      run.signal.removeEventListener("abort", onAbort), socket.removeAllListeners("error"), socket.on("error", () => {
      }), resolve(socket);
    }), socket.once("error", (error) => {
      run.signal.removeEventListener("abort", onAbort), reject(connectError(error, where));
    });
  });
}
async function connectLayer(run, addresses, port) {
  let address = addresses[0];
  return run.layer("connect", async () => {
    let socket = await openTcp(run, address, port);
    return {
      value: socket,
      detail: { address, port, localAddress: socket.localAddress, localPort: socket.localPort, ...addresses.length > 1 ? { alternatives: addresses.slice(1) } : {} }
    };
  });
}

export {
  openTcp,
  connectLayer
};
