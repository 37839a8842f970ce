import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  hex,
  incomplete,
  malformed,
  ok
} from "./chunk-ZY5LVNYG.mjs";
import {
  Secret,
  readSecret
} from "./chunk-AIADONOI.mjs";
import {
  external_exports
} from "./chunk-KGWLYNBG.mjs";
import {
  connectLayer
} from "./chunk-OQZRDJ3H.mjs";
import {
  isIpLiteral,
  raceAbort,
  resolveLayer
} from "./chunk-GAVMOXG5.mjs";
import "./chunk-VNSEEUVP.mjs";
import {
  tlsLayer
} from "./chunk-GHTXEMPP.mjs";
import {
  InputError,
  ProbeFailure
} from "./chunk-PJVHLZ3U.mjs";
import "./chunk-ZDPWL4GI.mjs";

// src/checks/amqp.ts
import net from "node:net";

// src/azure/eventhubs-amqp-client.ts
import { randomUUID } from "node:crypto";

// src/protocols/amqp.ts
var AMQP_HEADER = Buffer.from([65, 77, 81, 80, 0, 1, 0, 0]), TLS_HEADER = Buffer.from([65, 77, 81, 80, 2, 1, 0, 0]), SASL_HEADER = Buffer.from([65, 77, 81, 80, 3, 1, 0, 0]), FRAME_TYPE_AMQP = 0, FRAME_TYPE_SASL = 1, AMQP_MAX_FRAME_BYTES = 1024 * 1024, PERFORMATIVES = {
  16: "open",
  17: "begin",
  18: "attach",
  19: "flow",
  20: "transfer",
  21: "disposition",
  22: "detach",
  23: "end",
  24: "close",
  64: "sasl-mechanisms",
  65: "sasl-init",
  66: "sasl-challenge",
  67: "sasl-response",
  68: "sasl-outcome"
}, SASL_OUTCOME_CODES = {
  0: "ok",
  1: "auth",
  2: "sys",
  3: "sys-perm",
  4: "sys-temp"
};
function decodeProtocolHeader(buf) {
  let known = Math.min(buf.length, 4);
  return buf.subarray(0, known).equals(AMQP_HEADER.subarray(0, known)) ? buf.length < 8 ? incomplete(8 - buf.length) : ok({ protocolId: buf[4], major: buf[5], minor: buf[6], revision: buf[7] }, 8) : malformed(`not an AMQP protocol header (starts with ${buf.subarray(0, 8).toString("hex")})`);
}
function describeProtocolHeader(h) {
  if (h.protocolId === 0 && h.major === 0 && h.minor === 9 && h.revision === 1) return "AMQP 0-9-1";
  if (h.protocolId === 1 && h.major === 1 && h.minor === 0 && h.revision === 10) return "AMQP 0-10";
  let layer = h.protocolId === 0 ? "AMQP" : h.protocolId === 2 ? "TLS" : h.protocolId === 3 ? "SASL" : `protocol id ${h.protocolId}`;
  return `AMQP ${h.major}.${h.minor}.${h.revision} (${layer})`;
}
function decodeFrame(buf) {
  if (buf.length < 4) return incomplete(4 - buf.length);
  let size = buf.readUInt32BE(0);
  if (size < 8) return malformed(`AMQP frame size ${size} is below the 8-byte minimum`);
  if (size > AMQP_MAX_FRAME_BYTES) return malformed(`AMQP frame size ${size} exceeds ${AMQP_MAX_FRAME_BYTES}`);
  if (buf.length >= 5) {
    let doff2 = buf[4];
    if (doff2 < 2) return malformed(`AMQP frame data offset ${doff2} is below 2`);
    if (doff2 * 4 > size) return malformed(`AMQP frame data offset ${doff2} lies past its size ${size}`);
  }
  if (buf.length >= 6 && buf[5] !== FRAME_TYPE_AMQP && buf[5] !== FRAME_TYPE_SASL)
    return malformed(`unknown AMQP frame type ${hex(buf[5])}`);
  if (buf.length < size) return incomplete(size - buf.length);
  let doff = buf[4];
  return ok({ size, doff, type: buf[5], channel: buf.readUInt16BE(6), body: buf.subarray(doff * 4, size) }, size);
}
function decodePerformative(buf) {
  let frame = decodeFrame(buf);
  if (frame.kind !== "ok") return frame;
  let { type, channel, body } = frame.value;
  if (body.length === 0) return ok({ frameType: type, channel, code: null, name: "heartbeat", fields: [] }, frame.consumed);
  let step = decodeAmqpValue(body);
  if (!step.ok) return malformed(step.reason);
  let described = step.value;
  if (described.type !== "described") return malformed("AMQP frame body is not a described performative");
  let code = descriptorCode(described.descriptor);
  if (code === void 0) return malformed("AMQP performative has an unknown descriptor");
  if (described.value.type !== "list") return malformed(`AMQP performative ${hex(code)} is not a list`);
  let fields = described.value.value, performative = { frameType: type, channel, code, name: PERFORMATIVES[code] ?? "unknown", fields }, errorField = code === 24 || code === 23 ? fields[0] : code === 22 ? fields[2] : void 0;
  if (errorField) {
    let error = readError(errorField);
    error && (performative.error = error);
  }
  if (code === 16) {
    let containerId = stringOf(fields[0]), hostname = stringOf(fields[1]);
    containerId !== void 0 && (performative.containerId = containerId), hostname !== void 0 && (performative.hostname = hostname), fields[2]?.type === "number" && (performative.maxFrameSize = fields[2].value), fields[4]?.type === "number" && (performative.idleTimeout = fields[4].value);
  }
  return ok(performative, frame.consumed);
}
function decodeSaslMechanisms(buf) {
  let p = expectSasl(buf, 64);
  if (p.kind !== "ok") return p;
  let field = p.value.fields[0];
  if (field === void 0 || field.type === "null") return ok({ mechanisms: [] }, p.consumed);
  if (field.type === "symbol") return ok({ mechanisms: [field.value] }, p.consumed);
  if (field.type === "array") {
    let mechanisms = [];
    for (let item of field.value) {
      if (item.type !== "symbol") return malformed("sasl-mechanisms array holds a non-symbol");
      mechanisms.push(item.value);
    }
    return ok({ mechanisms }, p.consumed);
  }
  return malformed(`sasl-mechanisms field is a ${field.type}, not symbols`);
}
function decodeSaslOutcome(buf) {
  let p = expectSasl(buf, 68);
  if (p.kind !== "ok") return p;
  let [code, data] = p.value.fields;
  if (code?.type !== "number") return malformed("sasl-outcome has no code");
  let value = { code: code.value };
  return data?.type === "binary" && (value.additionalData = data.value), ok(value, p.consumed);
}
function expectSasl(buf, code) {
  let p = decodePerformative(buf);
  if (p.kind !== "ok") return p;
  if (p.value.code !== code) {
    let got = p.value.code === null ? "an empty frame" : PERFORMATIVES[p.value.code] ?? hex(p.value.code), why = p.value.error ? ` (${p.value.error.condition}${p.value.error.description ? ": " + p.value.error.description : ""})` : "";
    return malformed(`expected ${PERFORMATIVES[code]}, got ${got}${why}`);
  }
  return p.value.frameType !== FRAME_TYPE_SASL ? malformed(`${PERFORMATIVES[code]} arrived in a non-SASL frame`) : p;
}
function readError(v) {
  if (v.type !== "described" || v.value.type !== "list") return;
  let condition = v.value.value[0];
  if (condition?.type !== "symbol") return;
  let error = { condition: condition.value }, description = stringOf(v.value.value[1]);
  return description !== void 0 && (error.description = description), error;
}
function stringOf(v) {
  return v?.type === "string" || v?.type === "symbol" ? v.value : void 0;
}
function encodeFrame(type, channel, body) {
  let header = Buffer.alloc(8);
  return header.writeUInt32BE(8 + body.length, 0), header[4] = 2, header[5] = type, header.writeUInt16BE(channel & 65535, 6), Buffer.concat([header, body]);
}
function encodeSaslInit(mechanism, initialResponse, hostname) {
  let fields = [encodeSymbol(mechanism)];
  return (initialResponse !== void 0 || hostname !== void 0) && fields.push(initialResponse !== void 0 ? encodeBinary(initialResponse) : encodeNull()), hostname !== void 0 && fields.push(encodeString(hostname)), encodeFrame(FRAME_TYPE_SASL, 0, encodeDescribed(65, encodeList(fields)));
}
function encodeOpen(containerId, hostname) {
  let fields = [encodeString(containerId)];
  return hostname !== void 0 && fields.push(encodeString(hostname)), encodeFrame(FRAME_TYPE_AMQP, 0, encodeDescribed(16, encodeList(fields)));
}
function encodeClose(error) {
  let fields = [];
  if (error) {
    let errorFields = [encodeSymbol(error.condition)];
    error.description !== void 0 && errorFields.push(encodeString(error.description)), fields.push(encodeDescribed(29, encodeList(errorFields)));
  }
  return encodeFrame(FRAME_TYPE_AMQP, 0, encodeDescribed(24, encodeList(fields)));
}
var AMQP_MAX_DEPTH = 16, AMQP_MAX_VALUES = 65536;
function decodeAmqpValue(buf, offset = 0) {
  return readValue(buf, offset, buf.length, 0, { values: 0 });
}
function fail(reason) {
  return { ok: !1, reason };
}
function readValue(buf, offset, limit, depth, budget) {
  if (depth > AMQP_MAX_DEPTH) return fail(`AMQP value nested deeper than ${AMQP_MAX_DEPTH}`);
  if (offset >= limit) return fail("AMQP value runs past the end of its frame");
  let code = buf[offset];
  if (code === 0) {
    let descriptor = readValue(buf, offset + 1, limit, depth + 1, budget);
    if (!descriptor.ok) return descriptor;
    let inner = readValue(buf, descriptor.end, limit, depth + 1, budget);
    return inner.ok ? { ok: !0, value: { type: "described", descriptor: descriptor.value, value: inner.value }, end: inner.end } : inner;
  }
  return readWithCode(buf, code, offset + 1, limit, depth, budget);
}
function readWithCode(buf, code, offset, limit, depth, budget) {
  if (++budget.values > AMQP_MAX_VALUES) return fail(`AMQP value has more than ${AMQP_MAX_VALUES} elements`);
  let sub = code >> 4, fixedWidth = [0, 0, 0, 0, 0, 1, 2, 4, 8, 16][sub];
  if (sub < 4) return fail(`invalid AMQP type code 0x${code.toString(16).padStart(2, "0")}`);
  if (sub <= 9) {
    let end2 = offset + fixedWidth;
    return end2 > limit ? fail("AMQP value runs past the end of its frame") : { ok: !0, value: fixedValue(buf, code, offset), end: end2 };
  }
  let sizeWidth = sub === 10 || sub === 12 || sub === 14 ? 1 : 4;
  if (offset + sizeWidth > limit) return fail("AMQP value runs past the end of its frame");
  let size = sizeWidth === 1 ? buf[offset] : buf.readUInt32BE(offset), start = offset + sizeWidth, end = start + size;
  if (end > limit) return fail(`AMQP value of ${size} bytes runs past the end of its frame`);
  if (sub === 10 || sub === 11) {
    let bytes = buf.subarray(start, end);
    switch (code & 15) {
      case 1:
        return { ok: !0, value: { type: "string", value: bytes.toString("utf8") }, end };
      case 3:
        return { ok: !0, value: { type: "symbol", value: bytes.toString("latin1") }, end };
      case 0:
        return { ok: !0, value: { type: "binary", value: bytes }, end };
      default:
        return { ok: !0, value: { type: "opaque", code, value: bytes }, end };
    }
  }
  if (size < sizeWidth) return fail("AMQP compound value too small for its count");
  let count = sizeWidth === 1 ? buf[start] : buf.readUInt32BE(start), itemsStart = start + sizeWidth;
  if (sub === 12 || sub === 13) {
    if (code !== 192 && code !== 208 && code !== 193 && code !== 209) return opaque(buf, code, start, end);
    if (count > end - itemsStart) return fail(`AMQP list count ${count} exceeds its ${size} bytes`);
    let items2 = [], pos2 = itemsStart;
    for (let i = 0; i < count; i++) {
      let item = readValue(buf, pos2, end, depth + 1, budget);
      if (!item.ok) return item;
      items2.push(item.value), pos2 = item.end;
    }
    let isMap = code === 193 || code === 209;
    return isMap && count % 2 !== 0 ? fail("AMQP map has an odd number of items") : { ok: !0, value: { type: isMap ? "map" : "list", value: items2 }, end };
  }
  if (code !== 224 && code !== 240) return opaque(buf, code, start, end);
  if (count > AMQP_MAX_VALUES) return fail(`AMQP array count ${count} too large`);
  let pos = itemsStart, descriptor;
  if (pos >= end)
    return count === 0 ? { ok: !0, value: { type: "array", value: [] }, end } : fail("AMQP array has no element constructor");
  if (buf[pos] === 0) {
    let d = readValue(buf, pos + 1, end, depth + 1, budget);
    if (!d.ok) return d;
    if (descriptor = d.value, pos = d.end, pos >= end) return fail("AMQP array has no element constructor");
  }
  let elementCode = buf[pos++];
  if (elementCode === 0) return fail("AMQP array element constructor nested");
  let items = [];
  for (let i = 0; i < count; i++) {
    let item = readWithCode(buf, elementCode, pos, end, depth + 1, budget);
    if (!item.ok) return item;
    items.push(descriptor ? { type: "described", descriptor, value: item.value } : item.value), pos = item.end;
  }
  return { ok: !0, value: { type: "array", value: items }, end };
}
function opaque(buf, code, start, end) {
  return { ok: !0, value: { type: "opaque", code, value: buf.subarray(start, end) }, end };
}
function fixedValue(buf, code, at) {
  let num = (value) => ({ type: "number", code, value });
  switch (code) {
    case 64:
      return { type: "null" };
    case 65:
      return { type: "boolean", value: !0 };
    case 66:
      return { type: "boolean", value: !1 };
    case 86:
      return { type: "boolean", value: buf[at] !== 0 };
    case 67:
    case 68:
      return num(0);
    case 69:
      return { type: "list", value: [] };
    case 80:
    case 82:
    case 83:
      return num(buf[at]);
    case 81:
    case 84:
    case 85:
      return num(buf.readInt8(at));
    case 96:
      return num(buf.readUInt16BE(at));
    case 97:
      return num(buf.readInt16BE(at));
    case 112:
      return num(buf.readUInt32BE(at));
    case 113:
      return num(buf.readInt32BE(at));
    case 114:
      return num(buf.readFloatBE(at));
    case 128:
      return num(Number(buf.readBigUInt64BE(at)));
    case 129:
    case 131:
      return num(Number(buf.readBigInt64BE(at)));
    case 130:
      return num(buf.readDoubleBE(at));
    default: {
      let width = [0, 0, 0, 0, 0, 1, 2, 4, 8, 16][code >> 4];
      return { type: "opaque", code, value: buf.subarray(at, at + width) };
    }
  }
}
function descriptorCode(descriptor) {
  if (descriptor.type === "number") return descriptor.value;
  if (descriptor.type === "symbol") return SYMBOLIC_DESCRIPTORS.get(descriptor.value);
}
var SYMBOLIC_DESCRIPTORS = new Map(Object.entries({
  "amqp:open:list": 16,
  "amqp:begin:list": 17,
  "amqp:attach:list": 18,
  "amqp:flow:list": 19,
  "amqp:transfer:list": 20,
  "amqp:disposition:list": 21,
  "amqp:detach:list": 22,
  "amqp:end:list": 23,
  "amqp:close:list": 24,
  "amqp:error:list": 29,
  "amqp:sasl-mechanisms:list": 64,
  "amqp:sasl-init:list": 65,
  "amqp:sasl-challenge:list": 66,
  "amqp:sasl-response:list": 67,
  "amqp:sasl-outcome:list": 68
}));
function encodeNull() {
  return Buffer.from([64]);
}
function encodeSymbol(s) {
  if (!/^[\x00-\x7f]*$/.test(s)) throw new TypeError("AMQP symbols are ASCII");
  return variable(163, 179, Buffer.from(s, "latin1"));
}
function encodeString(s) {
  return variable(161, 177, Buffer.from(s, "utf8"));
}
function encodeBinary(b) {
  return variable(160, 176, b);
}
function encodeList(items) {
  return items.length === 0 ? Buffer.from([69]) : compound(192, 208, items.length, Buffer.concat(items));
}
function encodeDescribed(code, value) {
  return Buffer.concat([Buffer.from([0, 83, code & 255]), value]);
}
function variable(code8, code32, body) {
  return body.length < 256 ? Buffer.concat([Buffer.from([code8, body.length]), body]) : Buffer.concat([Buffer.from([code32]), u32(body.length), body]);
}
function compound(code8, code32, count, body) {
  return body.length + 1 < 256 && count < 256 ? Buffer.concat([Buffer.from([code8, body.length + 1, count]), body]) : Buffer.concat([Buffer.from([code32]), u32(body.length + 4), u32(count), body]);
}
function u32(n) {
  let b = Buffer.alloc(4);
  return b.writeUInt32BE(n >>> 0), b;
}

// src/azure/eventhubs-amqp-client.ts
var PeerEndError = class extends Error {
  end;
  constructor(end) {
    super(end.error ? `${end.how}: ${end.error.condition}` : `${end.how}${end.message ? `: ${end.message}` : ""}`), this.name = "PeerEndError", this.end = end;
  }
}, RHEA_READ_CAP = 4 * 1024 * 1024, MAX_FRAME_SIZE = 256 * 1024, loaded;
function loadRhea() {
  return loaded ??= import("./container-VFEOLQOU.mjs").then((m) => m.default), loaded;
}
function handOver(stream, replay, id) {
  let swallow = SASL_HEADER, ended = !1, socket = {
    on(event, handler) {
      if (event === "data") {
        let received = replay.length;
        setImmediate(() => {
          replay.length > 0 && handler(replay), stream.on("data", (chunk) => {
            received += chunk.length, received > RHEA_READ_CAP ? stream.destroy(new Error(`the peer sent more than ${RHEA_READ_CAP} bytes`)) : handler(chunk);
          }), stream.resume();
        });
      } else if (event === "end") {
        let once = () => {
          ended || (ended = !0, handler());
        };
        stream.on("end", once), stream.on("close", once);
      } else event === "error" && stream.on("error", handler);
      return socket;
    },
    write(data) {
      let out = data;
      swallow.length > 0 && (out.subarray(0, swallow.length).equals(swallow) && (out = out.subarray(swallow.length)), swallow = Buffer.alloc(0)), out.length > 0 && stream.writable && stream.write(out);
    },
    end() {
      stream.writable && stream.end();
    },
    destroy() {
      stream.destroy();
    },
    get_id_string() {
      return id;
    }
  };
  return socket;
}
function peerError(value) {
  let e = value;
  if (!(!e || typeof e.condition != "string"))
    return typeof e.description == "string" ? { condition: e.condition, description: e.description } : { condition: e.condition };
}
function property(props, ...names) {
  for (let name of names) if (props[name] !== void 0) return props[name];
}
var EventHubsAmqpClient = class _EventHubsAmqpClient {
  #connection;
  #stream;
  #broken;
  #fail = () => {
  };
  constructor(connection, stream) {
    this.#connection = connection, this.#stream = stream, this.#broken = new Promise((_, reject) => {
      this.#fail = (end) => reject(new PeerEndError(end));
    }), this.#broken.catch(() => {
    }), connection.on("connection_error", (ctx) => {
      let remote = peerError(ctx.connection.remote?.close?.error);
      remote ? this.#fail({ how: "close", error: remote }) : this.#fail({ how: "sasl", error: peerError(ctx.error), message: ctx.error?.message });
    }), connection.on("connection_close", (ctx) => {
      this.#fail({ how: "close", error: peerError(ctx.connection.remote?.close?.error) });
    }), connection.on("session_error", (ctx) => this.#fail({ how: "close", error: peerError(ctx.session?.error) })), connection.on("session_close", (ctx) => this.#fail({ how: "close", error: peerError(ctx.session?.error) })), connection.on("disconnected", (ctx) => {
      let error = ctx.error;
      this.#fail({ how: "disconnect", message: error ? error.code ?? error.message : void 0 });
    }), connection.on("protocol_error", (error) => this.#fail({ how: "protocol", message: String(error?.message ?? error) })), connection.on("error", (error) => this.#fail({ how: "protocol", message: String(error?.message ?? error) }));
  }
  /**
   * SASL ANONYMOUS and AMQP open over `stream`, which already carried our SASL header and the
   * peer's header and mechanisms (`replay`). Resolves with the peer's open.
   */
  static async connect(stream, replay, options, signal) {
    let container = (await loadRhea()).create_container({ id: `vnet-probe-${randomUUID()}` });
    container.on("error", () => {
    });
    let id = `vnet-probe-${randomUUID()}`, socket = handOver(stream, replay, id), connection = container.create_connection({
      id,
      host: options.hostname,
      hostname: options.hostname,
      port: 0,
      username: options.username,
      reconnect: !1,
      non_fatal_errors: [],
      max_frame_size: MAX_FRAME_SIZE,
      connect: (_port, _host, _options, callback) => (process.nextTick(callback), socket)
    }), client = new _EventHubsAmqpClient(connection, stream), opened = new Promise((resolve) => connection.once("connection_open", () => resolve()));
    connection.connect(), await raceAbort(Promise.race([opened, client.#broken]), signal);
    let remote = connection.remote.open ?? {}, open = {};
    return typeof remote.container_id == "string" && (open.containerId = remote.container_id), typeof remote.hostname == "string" && (open.hostname = remote.hostname), typeof remote.max_frame_size == "number" && (open.maxFrameSize = remote.max_frame_size), typeof remote.idle_time_out == "number" && (open.idleTimeoutMs = remote.idle_time_out), { client, open };
  }
  /**
   * One request/response exchange on a node such as $cbs or $management: a receiver whose target
   * is the reply-to address, a sender to the node, and the answer matched by correlation id.
   */
  async request(address, message, signal) {
    let replyTo = `${address.replace(/^\$/, "")}-${randomUUID()}`, messageId = randomUUID(), receiver = this.#connection.open_receiver({ name: replyTo, source: { address }, target: { address: replyTo }, credit_window: 1 }), sender = this.#connection.open_sender({ target: { address } }), answer = new Promise((resolve, reject) => {
      let linkEnded = (ctx) => {
        let link = ctx.sender ?? ctx.receiver;
        reject(new PeerEndError({ how: "detach", error: peerError(link?.remote?.detach?.error) }));
      };
      receiver.on("message", (ctx) => {
        let correlation = ctx.message?.correlation_id;
        (correlation === void 0 || String(correlation) === messageId) && resolve(ctx.message);
      }), receiver.on("receiver_error", linkEnded), receiver.on("receiver_close", linkEnded), sender.on("sender_error", linkEnded), sender.on("sender_close", linkEnded), sender.on("rejected", (ctx) => {
        let state = ctx.delivery?.remote_state;
        reject(new PeerEndError({ how: "rejected", error: peerError(state?.error) }));
      }), sender.once("sendable", () => {
        sender.send({ ...message, message_id: messageId, reply_to: replyTo, to: address });
      });
    });
    answer.catch(() => {
    });
    let reply = await raceAbort(Promise.race([answer, this.#broken]), signal), props = reply.application_properties ?? {}, code = property(props, "status-code", "statusCode"), description = property(props, "status-description", "statusDescription"), condition = property(props, "error-condition", "errorCondition"), result = { body: reply.body };
    return code != null && (result.statusCode = Number(code)), typeof description == "string" && (result.statusDescription = description), typeof condition == "string" && (result.errorCondition = condition), result;
  }
  /** Sends close (best effort) and drops the stream; rhea's timers end with it. */
  destroy() {
    try {
      this.#connection.is_open() && this.#connection.close();
    } catch {
    }
    setImmediate(() => this.#stream.destroy());
  }
};

// src/azure/eventhubs-amqp-probe.ts
import { randomUUID as randomUUID2 } from "node:crypto";

// src/azure/eventhubs-errors.ts
var NETWORK_DENIAL = /prevented to connect|ip ?filter|public network access|private ?(endpoint|link)|virtual network|network security perimeter|not from a trusted service|firewall/i, NOT_FOUND = /* @__PURE__ */ new Set(["amqp:not-found", "com.microsoft:entity-not-found", "com.microsoft:messaging-entity-not-found"]), MAX_DESCRIPTION = 300;
function isNetworkDenial(error) {
  return NETWORK_DENIAL.test(error.description ?? "");
}
function isNotFound(error) {
  return NOT_FOUND.has(error.condition);
}
function classifyPeerError(error, stage) {
  return isNetworkDenial(error) ? "access_denied" : error.condition === "amqp:unauthorized-access" ? stage === "open" ? "access_denied" : "auth_failed" : isNotFound(error) && stage !== "open" ? "auth_failed" : "protocol_mismatch";
}
function describePeerError(error) {
  let description = shorten(error.description ?? "");
  return description ? `${error.condition}: ${description}` : error.condition;
}
function shorten(text) {
  let flat = text.replace(/\s+/g, " ").trim();
  return flat.length > MAX_DESCRIPTION ? `${flat.slice(0, MAX_DESCRIPTION)}\u2026` : flat;
}
var STAGE_NAMES = {
  open: "opening the AMQP connection",
  cbs: "the CBS put-token",
  management: "the $management READ"
};
function peerEndFailure(end, stage) {
  let during = STAGE_NAMES[stage];
  if (end.how === "sasl")
    return new ProbeFailure("auth_failed", `the peer refused SASL ANONYMOUS, which Event Hubs claims-based auth needs${end.error ? ` (${describePeerError(end.error)})` : end.message ? ` (${end.message})` : ""}`);
  if (end.error) {
    let failureClass = classifyPeerError(end.error, stage), what = end.how === "close" ? "closed the connection" : end.how === "detach" ? "detached the link" : "rejected the request", lead = failureClass === "access_denied" ? "the service refused this client" : `the peer ${what}`;
    return new ProbeFailure(failureClass, `${lead} during ${during}: ${describePeerError(end.error)}`, { [end.how]: { ...end.error } });
  }
  return end.how === "disconnect" ? new ProbeFailure("protocol_mismatch", `the connection dropped during ${during}${end.message ? ` (${end.message})` : ""}`) : end.how === "protocol" ? new ProbeFailure("protocol_mismatch", `AMQP protocol error during ${during}: ${end.message ?? "unknown"}`) : new ProbeFailure("protocol_mismatch", `the peer ended the ${end.how === "close" ? "connection" : "link"} during ${during} without giving a reason`);
}
function statusFailure(stage, reply, notFound) {
  let code = reply.statusCode;
  if (code === 200 || code === 202) return;
  let during = STAGE_NAMES[stage], said = reply.statusDescription ? `: ${shorten(reply.statusDescription)}` : "", detail = { statusCode: code, ...reply.statusDescription ? { statusDescription: reply.statusDescription } : {}, ...reply.errorCondition ? { errorCondition: reply.errorCondition } : {} };
  if (code === void 0) return new ProbeFailure("protocol_mismatch", `the answer to ${during} has no status-code`, detail);
  let asError = { condition: reply.errorCondition ?? "", description: reply.statusDescription };
  return isNetworkDenial(asError) ? new ProbeFailure("access_denied", `the service refused this client during ${during} (status ${code})${said}`, detail) : code === 401 || code === 403 ? new ProbeFailure("auth_failed", `${during} was refused with status ${code}${said}`, detail) : code === 404 || isNotFound(asError) ? new ProbeFailure("auth_failed", `${notFound} (status ${code})${said}`, detail) : new ProbeFailure("protocol_mismatch", `${during} answered status ${code}${said}`, detail);
}

// src/azure/eventhubs-stream-reader.ts
var StreamReader = class {
  #stream;
  #cap;
  #buffer = Buffer.alloc(0);
  #ended = !1;
  #endError;
  #overflow = !1;
  #wake;
  #onData = (chunk) => {
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]), this.#buffer.length > this.#cap && (this.#overflow = !0, this.#stream.pause()), this.#notify();
  };
  #onEnd = () => {
    this.#ended = !0, this.#notify();
  };
  #onError = (error) => {
    this.#ended = !0, this.#endError ??= error.code ?? error.message, this.#notify();
  };
  constructor(stream, cap) {
    this.#stream = stream, this.#cap = cap, stream.on("data", this.#onData), stream.on("end", this.#onEnd), stream.on("close", this.#onEnd), stream.on("error", this.#onError), (stream.readableEnded || stream.destroyed) && (this.#ended = !0);
  }
  /** Waits until `decode` has a whole unit, the peer sent something else, or the peer closed. */
  async next(decode, signal) {
    for (; ; ) {
      signal.throwIfAborted();
      let decoded = decode(this.#buffer);
      if (decoded.kind === "ok") {
        let raw = this.#buffer.subarray(0, decoded.consumed);
        return this.#buffer = this.#buffer.subarray(decoded.consumed), { kind: "ok", value: decoded.value, raw };
      }
      if (decoded.kind === "malformed") return { kind: "malformed", reason: decoded.reason, head: this.#buffer.subarray(0, 64) };
      if (this.#overflow) return { kind: "malformed", reason: `more than ${this.#cap} bytes arrived without a complete unit`, head: this.#buffer.subarray(0, 64) };
      if (this.#ended) return { kind: "closed", buffered: this.#buffer, ...this.#endError ? { error: this.#endError } : {} };
      await this.#waitForMore(signal);
    }
  }
  /** Stops reading; the stream stays paused and the bytes not yet consumed are returned. */
  detach() {
    this.#stream.off("data", this.#onData), this.#stream.off("end", this.#onEnd), this.#stream.off("close", this.#onEnd), this.#stream.off("error", this.#onError), this.#stream.pause(), this.#stream.on("error", () => {
    });
    let rest = this.#buffer;
    return this.#buffer = Buffer.alloc(0), rest;
  }
  #notify() {
    let wake = this.#wake;
    this.#wake = void 0, wake?.();
  }
  #waitForMore(signal) {
    return new Promise((resolve, reject) => {
      let onAbort = () => {
        this.#wake = void 0, reject(signal.reason);
      };
      signal.addEventListener("abort", onAbort, { once: !0 }), this.#wake = () => {
        signal.removeEventListener("abort", onAbort), resolve();
      }, this.#stream.isPaused() && !this.#overflow && this.#stream.resume();
    });
  }
};
function preview(bytes, max = 48) {
  let text = bytes.subarray(0, max).toString("latin1").replace(/[^\x20-\x7e]/g, ".");
  return bytes.length > max ? `${text}\u2026` : text;
}

// src/azure/eventhubs-amqp-probe.ts
var PROBE_READ_CAP = 64 * 1024, MAX_SKIPPED_FRAMES = 8;
function mismatch(message, detail) {
  return new ProbeFailure("protocol_mismatch", message, detail);
}
function closedWhy(read) {
  let parts = [];
  return read.error && parts.push(read.error), read.buffered.length > 0 && parts.push(`after ${read.buffered.length} bytes of an incomplete frame`), parts.length > 0 ? ` (${parts.join(", ")})` : "";
}
function fail2(read, closedMessage, what, detail) {
  return read.kind === "closed" ? mismatch(`${closedMessage}${closedWhy(read)}`, detail) : mismatch(`${what}: ${read.reason}`, { ...detail, received: preview(read.head) });
}
async function probeAmqp(stream, signal, options) {
  let reader = new StreamReader(stream, PROBE_READ_CAP), detail = {};
  stream.write(SASL_HEADER);
  let header = await reader.next(decodeProtocolHeader, signal);
  if (header.kind !== "ok") {
    let what = header.kind === "malformed" && header.head[0] === 21 && header.head[1] === 3 ? "the peer answered the AMQP header with a TLS alert: this port wants TLS (amqps://)" : "the peer answered the AMQP header with something that is not AMQP";
    throw fail2(header, "the peer closed the connection after our AMQP header: not an AMQP endpoint, or a filter that accepts TCP and then refuses", what, detail);
  }
  let peer = header.value;
  if (detail.peerHeader = describeProtocolHeader(peer), peer.major !== 1) throw mismatch(`the peer speaks ${describeProtocolHeader(peer)}, not AMQP 1.0`, detail);
  if (peer.protocolId === 0 || peer.protocolId === 2)
    return detail.saslRequired = !1, peer.protocolId === 2 && (detail.tlsRequired = !0), { detail, mechanisms: [], sasl: !1, replay: Buffer.concat([header.raw, reader.detach()]) };
  if (peer.protocolId !== 3) throw mismatch(`the peer answered with an unknown AMQP protocol id ${peer.protocolId}`, detail);
  detail.saslRequired = !0;
  let offered = await reader.next(decodeSaslMechanisms, signal);
  if (offered.kind !== "ok") throw fail2(offered, "the peer sent its SASL header, then closed without offering mechanisms", "the peer sent a SASL header but no valid sasl-mechanisms frame", detail);
  let mechanisms = offered.value.mechanisms;
  detail.mechanisms = mechanisms;
  let replay = Buffer.concat([header.raw, offered.raw]);
  return !options.openAnonymously || !mechanisms.includes("ANONYMOUS") ? { detail, mechanisms, sasl: !0, replay: Buffer.concat([replay, reader.detach()]) } : (await openAnonymously(stream, reader, signal, options, detail), reader.detach(), { detail, mechanisms, sasl: !0, replay });
}
async function openAnonymously(stream, reader, signal, options, detail) {
  stream.write(encodeSaslInit("ANONYMOUS", Buffer.from("vnet-probe"), options.hostname));
  let outcome = await reader.next(decodeSaslOutcome, signal);
  if (outcome.kind !== "ok") throw fail2(outcome, "the peer closed the connection during SASL ANONYMOUS", "the answer to SASL ANONYMOUS is not a sasl-outcome", detail);
  if (outcome.value.code !== 0) {
    detail.anonymous = `refused (${SASL_OUTCOME_CODES[outcome.value.code] ?? outcome.value.code})`;
    return;
  }
  detail.anonymous = "ok", stream.write(Buffer.concat([AMQP_HEADER, encodeOpen(`vnet-probe-${randomUUID2()}`, options.hostname)]));
  let amqp = await reader.next(decodeProtocolHeader, signal);
  if (amqp.kind !== "ok") throw fail2(amqp, "the peer closed the connection after SASL, before AMQP open: a network rule that refuses after authentication, or a broken peer", "the peer answered the AMQP header after SASL with something else", detail);
  if (amqp.value.protocolId !== 0) throw mismatch(`after SASL the peer answered ${describeProtocolHeader(amqp.value)} instead of AMQP`, detail);
  let open = await nextPerformative(reader, signal, "open", detail);
  if (open.name !== "open") throw refusal(open, detail, "instead of open");
  detail.open = {
    ...open.containerId !== void 0 ? { containerId: open.containerId } : {},
    ...open.hostname !== void 0 ? { hostname: open.hostname } : {},
    ...open.maxFrameSize !== void 0 ? { maxFrameSize: open.maxFrameSize } : {},
    ...open.idleTimeout !== void 0 ? { idleTimeoutMs: open.idleTimeout } : {}
  }, stream.write(encodeClose());
  let grace = new AbortController(), timer = setTimeout(() => grace.abort(), options.closeWaitMs());
  try {
    let close = await nextPerformative(reader, AbortSignal.any([signal, grace.signal]), "close", detail);
    if (close.name === "close" && close.error) throw refusal(close, detail, "after open");
    detail.closeAnswered = close.name === "close";
  } catch (error) {
    if (signal.aborted || error instanceof ProbeFailure) throw error;
    detail.closeAnswered = !1;
  } finally {
    clearTimeout(timer);
  }
}
async function nextPerformative(reader, signal, wanted, detail) {
  for (let skipped = 0; skipped <= MAX_SKIPPED_FRAMES; skipped++) {
    let read = await reader.next(decodePerformative, signal);
    if (read.kind === "closed") {
      if (wanted === "close") return { frameType: 0, channel: 0, code: null, name: "end-of-stream", fields: [] };
      throw mismatch(`the peer closed the connection instead of answering AMQP open${closedWhy(read)}`, detail);
    }
    if (read.kind === "malformed") throw mismatch(`the peer sent a malformed AMQP frame: ${read.reason}`, { ...detail, received: preview(read.head) });
    let p = read.value;
    if (p.name === wanted || p.name === "close") return p;
    if (wanted === "open" && p.name !== "heartbeat") throw mismatch(`the peer sent ${p.name} where AMQP open was expected`, detail);
  }
  if (wanted === "close") return { frameType: 0, channel: 0, code: null, name: "no-close", fields: [] };
  throw mismatch(`the peer sent more than ${MAX_SKIPPED_FRAMES} empty frames without AMQP open`, detail);
}
function refusal(close, detail, when) {
  if (close.name !== "close") return mismatch(`the peer sent ${close.name} ${when}`, detail);
  if (!close.error) return mismatch(`the peer closed the AMQP connection ${when}, without giving a reason`, detail);
  let failureClass = classifyPeerError(close.error, "open"), why = describePeerError(close.error), message = failureClass === "access_denied" ? `the service refused the connection (close ${when}): ${why}` : `the peer closed the AMQP connection ${when}: ${why}`;
  return new ProbeFailure(failureClass, message, { ...detail, close: { condition: close.error.condition, description: close.error.description } });
}

// src/azure/eventhubs-credentials.ts
import { createHmac } from "node:crypto";
var FIELD = "auth.connectionString";
function parseConnectionString(secret) {
  let parts = /* @__PURE__ */ new Map();
  for (let piece of secret.reveal().split(";")) {
    let trimmed = piece.trim();
    if (!trimmed) continue;
    let eq = trimmed.indexOf("=");
    if (eq <= 0) throw new InputError(`${FIELD}: not a connection string (expected Name=Value pairs separated by ";")`);
    parts.set(trimmed.slice(0, eq).trim().toLowerCase(), trimmed.slice(eq + 1).trim());
  }
  let endpoint = parts.get("endpoint");
  if (!endpoint) throw new InputError(`${FIELD}: Endpoint=sb://NAMESPACE.servicebus.windows.net/ is missing`);
  let endpointHost;
  try {
    endpointHost = new URL(endpoint.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "http://")).hostname;
  } catch {
    throw new InputError(`${FIELD}: Endpoint is not a URL like sb://NAMESPACE.servicebus.windows.net/`);
  }
  if (!endpointHost) throw new InputError(`${FIELD}: Endpoint has no host`);
  let credentials = { endpointHost }, entityPath = parts.get("entitypath");
  entityPath && (credentials.entityPath = entityPath);
  let keyName = parts.get("sharedaccesskeyname"), key = parts.get("sharedaccesskey"), signature = parts.get("sharedaccesssignature");
  if (signature)
    credentials.signature = new Secret(signature);
  else if (keyName && key)
    credentials.keyName = keyName, credentials.key = new Secret(key);
  else
    throw new InputError(`${FIELD}: needs SharedAccessKeyName and SharedAccessKey, or SharedAccessSignature`);
  return credentials;
}
function sasToken(resource, keyName, key, expiresAtSeconds) {
  let sr = encodeURIComponent(resource), sig = createHmac("sha256", Buffer.from(key, "utf8")).update(`${sr}
${expiresAtSeconds}`).digest("base64");
  return `SharedAccessSignature sr=${sr}&sig=${encodeURIComponent(sig)}&se=${expiresAtSeconds}&skn=${encodeURIComponent(keyName)}`;
}
function tokenFor(credentials, audience, validForSeconds = 600, nowMs = Date.now()) {
  if (credentials.signature) return credentials.signature;
  let expiresAt = Math.floor(nowMs / 1e3) + validForSeconds;
  return new Secret(sasToken(audience, credentials.keyName, credentials.key.reveal(), expiresAt));
}

// src/azure/eventhubs-ws-stream.ts
import { randomBytes } from "node:crypto";
import { Duplex } from "node:stream";

// src/azure/eventhubs-ws-codec.ts
import { createHash } from "node:crypto";
var WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11", WS_OPCODES = { continuation: 0, text: 1, binary: 2, close: 8, ping: 9, pong: 10 }, UPGRADE_ANSWER_CAP = 16 * 1024;
function encodeUpgradeRequest(request) {
  return Buffer.from([
    `GET ${request.path} HTTP/1.1`,
    `Host: ${request.host}`,
    "Upgrade: websocket",
    "Connection: Upgrade",
    `Sec-WebSocket-Key: ${request.key}`,
    "Sec-WebSocket-Version: 13",
    `Sec-WebSocket-Protocol: ${request.protocol}`,
    "User-Agent: vnet-probe",
    "",
    ""
  ].join(`\r
`), "latin1");
}
function acceptFor(key) {
  return createHash("sha1").update(`${key}${WS_GUID}`).digest("base64");
}
function decodeUpgradeAnswer(buf, cap = UPGRADE_ANSWER_CAP) {
  let known = Math.min(buf.length, 5);
  if (buf.subarray(0, known).toString("latin1") !== "HTTP/".slice(0, known))
    return malformed("the answer to the WebSocket upgrade is not HTTP");
  let end = buf.indexOf(`\r
\r
`);
  if (end < 0) return buf.length >= cap ? malformed(`the HTTP answer headers exceed ${cap} bytes`) : incomplete();
  let lines = buf.subarray(0, end).toString("latin1").split(`\r
`), status = /^HTTP\/1\.[01] (\d{3})(?: (.*))?$/.exec(lines[0]);
  if (!status) return malformed(`bad HTTP status line "${lines[0].slice(0, 80)}"`);
  let headers = {};
  for (let line of lines.slice(1)) {
    let colon = line.indexOf(":");
    if (colon <= 0) return malformed(`bad HTTP header line "${line.slice(0, 80)}"`);
    let name = line.slice(0, colon).trim().toLowerCase(), value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === void 0 ? value : `${headers[name]}, ${value}`;
  }
  return ok({ status: Number(status[1]), reason: status[2] ?? "", headers }, end + 4);
}
function encodeWsFrame(opcode, payload, mask, fin = !0) {
  if (mask.length !== 4) throw new RangeError("a WebSocket mask is 4 bytes");
  let length = payload.length, lengthBytes = length < 126 ? 0 : length <= 65535 ? 2 : 8, header = Buffer.alloc(2 + lengthBytes + 4);
  header[0] = (fin ? 128 : 0) | opcode & 15, lengthBytes === 0 ? header[1] = 128 | length : lengthBytes === 2 ? (header[1] = 254, header.writeUInt16BE(length, 2)) : (header[1] = 255, header.writeBigUInt64BE(BigInt(length), 2)), mask.copy(header, 2 + lengthBytes);
  let body = Buffer.allocUnsafe(length);
  for (let i = 0; i < length; i++) body[i] = payload[i] ^ mask[i & 3];
  return Buffer.concat([header, body]);
}
function decodeWsFrame(buf, maxPayload) {
  if (buf.length < 2) return incomplete(2 - buf.length);
  let fin = (buf[0] & 128) !== 0;
  if ((buf[0] & 112) !== 0) return malformed("WebSocket frame has reserved bits set (no extension was negotiated)");
  let opcode = buf[0] & 15;
  if (![0, 1, 2, 8, 9, 10].includes(opcode)) return malformed(`unknown WebSocket opcode ${opcode}`);
  let masked = (buf[1] & 128) !== 0;
  if (masked) return malformed("the server sent a masked WebSocket frame");
  let len7 = buf[1] & 127, lengthBytes = len7 === 126 ? 2 : len7 === 127 ? 8 : 0;
  if (opcode >= 8 && (len7 > 125 || !fin)) return malformed("WebSocket control frame is fragmented or longer than 125 bytes");
  let headerLength = 2 + lengthBytes;
  if (buf.length < headerLength) return incomplete(headerLength - buf.length);
  let length;
  if (lengthBytes === 0) length = len7;
  else if (lengthBytes === 2) length = buf.readUInt16BE(2);
  else {
    let big = buf.readBigUInt64BE(2);
    if (big > BigInt(maxPayload)) return malformed(`WebSocket frame of ${big} bytes exceeds ${maxPayload}`);
    length = Number(big);
  }
  return length > maxPayload ? malformed(`WebSocket frame of ${length} bytes exceeds ${maxPayload}`) : buf.length < headerLength + length ? incomplete(headerLength + length - buf.length) : ok({ fin, opcode, masked, payload: buf.subarray(headerLength, headerLength + length) }, headerLength + length);
}
function closePayload(code, reason = "") {
  let text = Buffer.from(reason, "utf8").subarray(0, 123), out = Buffer.alloc(2 + text.length);
  return out.writeUInt16BE(code, 0), text.copy(out, 2), out;
}
function readClosePayload(payload) {
  return payload.length < 2 ? {} : { code: payload.readUInt16BE(0), reason: payload.subarray(2).toString("utf8") };
}

// src/azure/eventhubs-ws-stream.ts
var MAX_FRAME_PAYLOAD = 1024 * 1024 + 64, WebSocketStream = class extends Duplex {
  #socket;
  #buffer;
  #closeSent = !1;
  #closeReceived;
  #eof = !1;
  constructor(socket, leftover) {
    super(), this.#socket = socket, this.#buffer = leftover, socket.on("data", (chunk) => {
      this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]), this.#drain();
    }), socket.on("end", () => this.#end()), socket.on("close", () => this.#end()), socket.on("error", (error) => this.destroy(error)), this.#drain(), socket.resume();
  }
  /** The close frame the server sent, if it sent one. */
  get closeReceived() {
    return this.#closeReceived;
  }
  _read() {
    this.#socket.resume();
  }
  _write(chunk, _encoding, callback) {
    if (this.#closeSent || this.#socket.destroyed) {
      callback(new Error("the WebSocket is closed"));
      return;
    }
    this.#socket.write(encodeWsFrame(WS_OPCODES.binary, chunk, randomBytes(4)), callback);
  }
  _final(callback) {
    this.#sendClose(1e3), this.#socket.end(), callback();
  }
  _destroy(error, callback) {
    this.#socket.destroy(), callback(error);
  }
  #end() {
    this.#eof || (this.#eof = !0, this.push(null));
  }
  #sendClose(code) {
    this.#closeSent || this.#socket.destroyed || (this.#closeSent = !0, this.#socket.write(encodeWsFrame(WS_OPCODES.close, closePayload(code), randomBytes(4))));
  }
  #drain() {
    for (; !this.destroyed && this.#buffer.length > 0; ) {
      let decoded = decodeWsFrame(this.#buffer, MAX_FRAME_PAYLOAD);
      if (decoded.kind === "incomplete") return;
      if (decoded.kind === "malformed") {
        this.#sendClose(1002), this.destroy(new Error(`WebSocket: ${decoded.reason}`));
        return;
      }
      this.#buffer = this.#buffer.subarray(decoded.consumed);
      let { opcode, payload } = decoded.value;
      switch (opcode) {
        case WS_OPCODES.binary:
        case WS_OPCODES.continuation:
          payload.length > 0 && !this.#eof && !this.push(Buffer.from(payload)) && this.#socket.pause();
          break;
        case WS_OPCODES.text:
          this.#sendClose(1003), this.destroy(new Error("WebSocket: the server sent a text frame; AMQP travels in binary frames"));
          return;
        case WS_OPCODES.ping:
          this.#closeSent || this.#socket.write(encodeWsFrame(WS_OPCODES.pong, payload, randomBytes(4)));
          break;
        case WS_OPCODES.pong:
          break;
        case WS_OPCODES.close:
          this.#closeReceived = readClosePayload(payload), this.#sendClose(1e3), this.#end(), this.#socket.end();
          return;
      }
    }
  }
};
async function upgradeToWebSocket(socket, target, signal) {
  let key = randomBytes(16).toString("base64"), reader = new StreamReader(socket, UPGRADE_ANSWER_CAP);
  socket.write(encodeUpgradeRequest({ host: target.host, path: target.path, key, protocol: target.protocol }));
  let read = await reader.next((b) => decodeUpgradeAnswer(b), signal);
  if (read.kind === "closed") {
    let leftover = read.buffered.length > 0 ? ` after "${preview(read.buffered)}"` : "";
    throw new ProbeFailure("protocol_mismatch", `the peer closed the connection instead of answering the WebSocket upgrade to ${target.path}${leftover}${read.error ? ` (${read.error})` : ""}`);
  }
  if (read.kind === "malformed")
    throw new ProbeFailure("protocol_mismatch", `the answer to the WebSocket upgrade is not HTTP: ${read.reason}`, { received: preview(read.head) });
  let answer = read.value, detail = { path: target.path, status: answer.status, ...answer.headers.server ? { server: answer.headers.server } : {} };
  if (answer.status !== 101)
    throw new ProbeFailure("protocol_mismatch", `HTTP ${answer.status}${answer.reason ? ` ${answer.reason}` : ""} instead of a WebSocket upgrade at ${target.path}: a proxy or firewall answered, or this is not the service's WebSocket endpoint`, { websocket: detail });
  if ((answer.headers.upgrade ?? "").toLowerCase() !== "websocket")
    throw new ProbeFailure("protocol_mismatch", `HTTP 101 without "Upgrade: websocket" (got "${answer.headers.upgrade ?? ""}")`, { websocket: detail });
  if (answer.headers["sec-websocket-accept"] !== acceptFor(key))
    throw new ProbeFailure("protocol_mismatch", "the Sec-WebSocket-Accept of the answer does not match our key: something on the path answered the upgrade in the service's place", { websocket: detail });
  let protocol = answer.headers["sec-websocket-protocol"];
  if (protocol?.toLowerCase() !== target.protocol.toLowerCase())
    throw new ProbeFailure("protocol_mismatch", `the server did not agree to the WebSocket sub-protocol ${target.protocol} (answered ${protocol ? `"${protocol}"` : "none"})`, { websocket: detail });
  return detail.protocol = protocol, { stream: new WebSocketStream(socket, reader.detach()), detail };
}

// src/checks/amqp.ts
var WEBSOCKET_PATH = "/$servicebus/websocket", WEBSOCKET_PROTOCOL = "AMQPWSB10", CLOSE_WAIT_MS = 1e3, optionsSchema = external_exports.strictObject({
  eventHub: external_exports.string().min(1).max(256).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be an event hub name (letters, digits, ".", "_", "-")').optional()
});
function parseOptions(raw) {
  let parsed = optionsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  let issue = parsed.error.issues[0], field = issue.code === "unrecognized_keys" ? issue.keys.join(", ") : issue.path.join(".");
  throw new InputError(`options.${field}: ${issue.code === "unrecognized_keys" ? "unknown option for amqp (allowed: eventHub)" : issue.message}`);
}
function readCredentials(spec, options) {
  let auth = spec.auth;
  if (!auth) return;
  if (!auth.connectionString) throw new InputError("auth: amqp checks take auth.connectionString (an Event Hubs connection string)");
  let connection = parseConnectionString(readSecret(auth.connectionString, "auth.connectionString")), hub = options.eventHub ?? connection.entityPath;
  if (!hub) throw new InputError("options.eventHub: name the event hub (or put EntityPath=\u2026 in the connection string)");
  return { connection, hub };
}
function serviceHostname(target, spec, credentials) {
  return spec.tls.servername ? spec.tls.servername : isIpLiteral(target.host) && credentials ? credentials.connection.endpointHost : target.host;
}
function withDetail(error, detail) {
  return error instanceof ProbeFailure ? new ProbeFailure(error.class, error.message, { ...detail, ...error.detail }) : error;
}
function asFailure(error, stage) {
  return error instanceof PeerEndError ? peerEndFailure(error.end, stage) : error;
}
var amqpCheck = async (target, spec, run) => {
  let options = parseOptions(spec.options), credentials = readCredentials(spec, options), hostname = serviceHostname(target, spec, credentials), addresses = await resolveLayer(run, target.host, { server: spec.dns.server, tcp: spec.dns.tcp, expect: spec.expect }), socket = await connectLayer(run, addresses, target.port);
  (target.scheme === "amqps" || target.scheme === "amqps+ws") && (socket = await tlsLayer(run, socket, target.host, spec.tls));
  let { stream, probe } = await run.layer("protocol", async () => {
    let detail = {}, amqpStream = socket;
    if (target.scheme === "amqps+ws") {
      let name = net.isIPv6(hostname) ? `[${hostname}]` : hostname, host = target.port === 443 ? name : `${name}:${target.port}`, ws = await upgradeToWebSocket(socket, { host, path: WEBSOCKET_PATH, protocol: WEBSOCKET_PROTOCOL }, run.signal);
      amqpStream = run.own(ws.stream), detail.websocket = ws.detail;
    }
    let outcome;
    try {
      outcome = await probeAmqp(amqpStream, run.signal, {
        openAnonymously: !credentials,
        hostname,
        closeWaitMs: () => Math.max(0, Math.min(CLOSE_WAIT_MS, run.remainingMs() - 50))
      });
    } catch (error) {
      throw withDetail(error, detail);
    }
    return { value: { stream: amqpStream, probe: outcome }, detail: { ...detail, ...outcome.detail } };
  });
  return credentials && await authAndOperation(run, stream, probe, credentials, hostname), run.layers;
};
async function authAndOperation(run, stream, probe, credentials, hostname) {
  let { connection, hub } = credentials, client = await run.layer("auth", async () => {
    if (!probe.sasl) throw new ProbeFailure("protocol_mismatch", "the peer does not do SASL, so Event Hubs claims-based auth (SASL ANONYMOUS + CBS) cannot run");
    if (!probe.mechanisms.includes("ANONYMOUS"))
      throw new ProbeFailure("protocol_mismatch", `the peer offers SASL ${probe.mechanisms.join(", ") || "nothing"} but not ANONYMOUS, which Event Hubs claims-based auth needs`);
    let stage = "open";
    try {
      let { client: client2, open } = await EventHubsAmqpClient.connect(stream, probe.replay, { hostname, username: connection.keyName ?? "vnet-probe" }, run.signal);
      run.own(client2), stage = "cbs";
      let audience = `sb://${connection.endpointHost}/${hub}/$management`, token = tokenFor(connection, audience), reply = await client2.request("$cbs", {
        body: token.reveal(),
        application_properties: { operation: "put-token", type: "servicebus.windows.net:sastoken", name: audience }
      }, run.signal), refused = statusFailure("cbs", reply, `the namespace ${connection.endpointHost} does not know ${audience}`);
      if (refused) throw refused;
      return {
        value: client2,
        detail: {
          sasl: "ANONYMOUS",
          open,
          cbs: { audience, statusCode: reply.statusCode, ...reply.statusDescription ? { statusDescription: reply.statusDescription } : {} },
          ...connection.keyName ? { keyName: connection.keyName } : { token: "SharedAccessSignature from the connection string" }
        }
      };
    } catch (error) {
      throw asFailure(error, stage);
    }
  });
  await run.layer("operation", async () => {
    let reply;
    try {
      reply = await client.request("$management", {
        body: Buffer.from("[]"),
        application_properties: { operation: "READ", name: hub, type: "com.microsoft:eventhub" }
      }, run.signal);
    } catch (error) {
      throw asFailure(error, "management");
    }
    let refused = statusFailure("management", reply, `the event hub "${hub}" does not exist in the namespace ${connection.endpointHost} (check EntityPath or options.eventHub)`);
    if (refused) throw refused;
    return { value: void 0, detail: { hub, ...hubProperties(reply.body) } };
  }), run.release(client);
}
function hubProperties(body) {
  if (!body || typeof body != "object" || Buffer.isBuffer(body))
    throw new ProbeFailure("protocol_mismatch", "the $management READ answer has no property map");
  let map = body, ids = Array.isArray(map.partition_ids) ? map.partition_ids.map(String) : void 0, count = typeof map.partition_count == "number" ? map.partition_count : ids?.length;
  if (count === void 0) throw new ProbeFailure("protocol_mismatch", "the $management READ answer names no partitions");
  let created = map.created_at instanceof Date ? map.created_at.toISOString() : void 0;
  return {
    partitionCount: count,
    ...ids ? { partitionIds: ids.slice(0, 64) } : {},
    ...typeof map.name == "string" ? { name: map.name } : {},
    ...created ? { createdAt: created } : {}
  };
}
export {
  amqpCheck
};
