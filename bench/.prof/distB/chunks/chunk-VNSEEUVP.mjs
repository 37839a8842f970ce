import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  ProbeFailure
} from "./chunk-PJVHLZ3U.mjs";

// src/net/dns-client.ts
import dgram from "node:dgram";
import net from "node:net";
var packetCodec;
function codec() {
  if (!packetCodec) throw new Error("dns2 not loaded: call loadCodec() first");
  return packetCodec;
}
async function loadCodec() {
  packetCodec ??= (await import("./dns2-5APVLPEV.mjs")).default.Packet;
}
var RCODE_NAMES = ["NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED", "YXDOMAIN", "YXRRSET", "NXRRSET", "NOTAUTH", "NOTZONE"], MAX_TCP_MESSAGE = 65535;
function rcodeName(rcode) {
  return RCODE_NAMES[rcode] ?? `RCODE${rcode}`;
}
function typeName(type) {
  return Object.entries(codec().TYPE).find(([, value]) => value === type)?.[0] ?? `TYPE${type}`;
}
function buildQuery(name, type) {
  let Packet = codec(), query = new Packet();
  return query.header.id = Packet.uuid(), query.header.rd = 1, query.questions.push({ name, type: Packet.TYPE[type], class: Packet.CLASS.IN }), query;
}
function toResponse(message, transport) {
  return {
    rcode: message.header.rcode,
    rcodeName: rcodeName(message.header.rcode),
    authoritative: message.header.aa === 1,
    truncated: message.header.tc === 1,
    transport,
    answers: message.answers.map((record) => ({
      name: record.name,
      type: typeName(record.type),
      ttl: record.ttl,
      data: String(record.address ?? record.domain ?? (typeof record.data == "string" ? record.data : JSON.stringify(record.data ?? "")))
    }))
  };
}
function parseOrFail(buffer, server) {
  try {
    return codec().parse(buffer);
  } catch (error) {
    throw new ProbeFailure("protocol_mismatch", `${server} answered with something that is not a DNS message (${error.message})`);
  }
}
function queryUdp(host, port, query, signal) {
  let server = `${host}:${port}`;
  return new Promise((resolve, reject) => {
    let socket = dgram.createSocket(net.isIP(host) === 6 ? "udp6" : "udp4"), finish = (error, message) => {
      signal.removeEventListener("abort", onAbort), socket.close(), message ? resolve(message) : reject(error);
    }, onAbort = () => finish(signal.reason);
    signal.addEventListener("abort", onAbort, { once: !0 }), socket.on("error", (error) => {
      error.code === "ECONNREFUSED" ? finish(new ProbeFailure("dns_refused", `nothing answers DNS on UDP ${server} (ICMP port unreachable)`)) : finish(error);
    }), socket.on("message", (buffer) => {
      let message;
      try {
        message = codec().parse(buffer);
      } catch {
        return;
      }
      message.header.id === query.header.id && finish(void 0, message);
    }), socket.connect(port, host, () => socket.send(query.toBuffer()));
  });
}
function queryTcp(host, port, query, signal) {
  let server = `${host}:${port}`;
  return new Promise((resolve, reject) => {
    let socket = net.connect({ host, port }), buffered = Buffer.alloc(0), finish = (error, message) => {
      signal.removeEventListener("abort", onAbort), socket.destroy(), message ? resolve(message) : reject(error);
    }, onAbort = () => finish(signal.reason);
    signal.addEventListener("abort", onAbort, { once: !0 }), socket.on("connect", () => {
      let body = query.toBuffer(), length = Buffer.alloc(2);
      length.writeUInt16BE(body.length), socket.write(Buffer.concat([length, body]));
    }), socket.on("data", (chunk) => {
      if (buffered = Buffer.concat([buffered, chunk]), buffered.length > MAX_TCP_MESSAGE + 2) {
        finish(new ProbeFailure("protocol_mismatch", `${server} sent more than a DNS message over TCP`));
        return;
      }
      if (buffered.length < 2) return;
      let size = buffered.readUInt16BE(0);
      if (!(buffered.length < size + 2))
        try {
          finish(void 0, parseOrFail(buffered.subarray(2, size + 2), server));
        } catch (error) {
          finish(error);
        }
    }), socket.on("error", (error) => {
      error.code === "ECONNREFUSED" ? finish(new ProbeFailure("dns_refused", `nothing answers DNS on TCP ${server} (connection refused)`)) : finish(error);
    }), socket.on("end", () => finish(new ProbeFailure("protocol_mismatch", `${server} closed the TCP connection before a full DNS answer`)));
  });
}
async function queryDns(host, port, name, type, options) {
  await loadCodec();
  let query = buildQuery(name, type);
  if (options.tcp) return toResponse(await queryTcp(host, port, query, options.signal), "tcp");
  let udp = await queryUdp(host, port, query, options.signal);
  return udp.header.tc !== 1 ? toResponse(udp, "udp") : toResponse(await queryTcp(host, port, buildQuery(name, type), options.signal), "tcp");
}

export {
  loadCodec,
  queryDns
};
