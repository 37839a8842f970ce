import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  readMessage,
  writeAll
} from "./chunk-LIXQBHQV.mjs";
import {
  MAX_MESSAGE_BYTES,
  incomplete,
  malformed,
  ok
} from "./chunk-ZY5LVNYG.mjs";
import {
  readSecret
} from "./chunk-AIADONOI.mjs";
import {
  external_exports
} from "./chunk-KGWLYNBG.mjs";
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
import {
  InputError,
  ProbeFailure
} from "./chunk-PJVHLZ3U.mjs";
import "./chunk-ZDPWL4GI.mjs";

// src/protocols/resp.ts
var RESP_MAX_REPLY_BYTES = MAX_MESSAGE_BYTES, RESP_MAX_LINE_BYTES = 64 * 1024, RESP_MAX_ARRAY_LENGTH = 65536, RESP_MAX_DEPTH = 16;
function encodeCommand(args) {
  let parts = [Buffer.from(`*${args.length}\r
`)];
  for (let arg of args) {
    let bytes = Buffer.from(arg, "utf8");
    parts.push(Buffer.from(`$${bytes.length}\r
`), bytes, Buffer.from(`\r
`));
  }
  return Buffer.concat(parts);
}
function decodeReply(buf) {
  let step = readValue(buf, 0, 0);
  return step.kind === "value" ? ok(step.value, step.end) : step.kind === "incomplete" ? incomplete(step.need) : malformed(step.reason);
}
function readValue(buf, pos, depth) {
  if (depth > RESP_MAX_DEPTH) return { kind: "malformed", reason: `RESP reply nested deeper than ${RESP_MAX_DEPTH}` };
  if (pos >= buf.length) return { kind: "incomplete", need: 1 };
  let marker = buf[pos];
  if (marker !== 43 && marker !== 45 && marker !== 58 && marker !== 36 && marker !== 42)
    return { kind: "malformed", reason: `not a RESP reply (type byte 0x${marker.toString(16).padStart(2, "0")})` };
  let line = readLine(buf, pos + 1);
  if (line.kind !== "line") return line;
  let text = buf.subarray(pos + 1, line.end).toString("utf8"), next = line.end + 2;
  switch (marker) {
    case 43:
      return { kind: "value", value: { type: "simple", value: text }, end: next };
    case 45:
      return { kind: "value", value: { type: "error", value: text }, end: next };
    case 58:
      return /^-?[0-9]{1,20}$/.test(text) ? { kind: "value", value: { type: "integer", value: Number(text) }, end: next } : { kind: "malformed", reason: "RESP integer is not a number" };
    case 36: {
      let length = parseLength(text);
      return length === void 0 ? { kind: "malformed", reason: "RESP bulk length is not a number" } : length === -1 ? { kind: "value", value: { type: "bulk", value: null }, end: next } : next + length + 2 > RESP_MAX_REPLY_BYTES ? { kind: "malformed", reason: `RESP reply longer than ${RESP_MAX_REPLY_BYTES} bytes` } : buf.length < next + length + 2 ? { kind: "incomplete", need: next + length + 2 - buf.length } : buf[next + length] !== 13 || buf[next + length + 1] !== 10 ? { kind: "malformed", reason: "RESP bulk string not followed by CRLF" } : { kind: "value", value: { type: "bulk", value: buf.subarray(next, next + length).toString("utf8") }, end: next + length + 2 };
    }
    default: {
      let count = parseLength(text);
      if (count === void 0) return { kind: "malformed", reason: "RESP array length is not a number" };
      if (count === -1) return { kind: "value", value: { type: "array", value: null }, end: next };
      if (count > RESP_MAX_ARRAY_LENGTH) return { kind: "malformed", reason: `RESP array of ${count} elements is too long` };
      let items = [], at = next;
      for (let i = 0; i < count; i++) {
        let item = readValue(buf, at, depth + 1);
        if (item.kind !== "value") return item;
        items.push(item.value), at = item.end;
      }
      return { kind: "value", value: { type: "array", value: items }, end: at };
    }
  }
}
function parseLength(text) {
  if (text === "-1") return -1;
  if (/^[0-9]{1,10}$/.test(text))
    return Number(text);
}
function readLine(buf, pos) {
  let limit = Math.min(buf.length, pos + RESP_MAX_LINE_BYTES + 2, RESP_MAX_REPLY_BYTES), cr = buf.subarray(0, limit).indexOf(`\r
`, pos);
  return cr >= 0 ? { kind: "line", end: cr } : limit < buf.length || pos + RESP_MAX_LINE_BYTES + 2 <= buf.length || buf.length >= RESP_MAX_REPLY_BYTES ? { kind: "malformed", reason: "RESP line too long" } : { kind: "incomplete" };
}

// src/checks/redis.ts
var optionsSchema = external_exports.strictObject({});
function parseRedisOptions(options) {
  let parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw new InputError(`options: ${parsed.error.issues[0].message}`);
}
var MAX_REPLY_BYTES = 64 * 1024, TEXT_CAP = 200, UNUSED_AUTH_FIELDS = ["connectionString", "accountKey", "sas", "token", "managedIdentity"];
function redisCredentials(auth) {
  if (!auth) return;
  for (let field of UNUSED_AUTH_FIELDS)
    if (auth[field] !== void 0) throw new InputError(`auth.${field}: redis checks take auth.password (and auth.username for an ACL user)`);
  if (!auth.password) {
    if (auth.username !== void 0) throw new InputError("auth.username: needs auth.password");
    return;
  }
  let password = readSecret(auth.password, "auth.password");
  return auth.username !== void 0 ? { username: auth.username, password } : { password };
}
function clean(text) {
  let line = text.replace(/[\x00-\x1f\x7f]/g, ".");
  return line.length > TEXT_CAP ? `${line.slice(0, TEXT_CAP)}\u2026` : line;
}
function errorCode(text) {
  return /^[A-Z]+/.exec(text)?.[0] ?? "";
}
function describe(reply) {
  switch (reply.type) {
    case "simple":
    case "error":
      return clean(reply.value);
    case "integer":
      return String(reply.value);
    case "bulk":
      return reply.value === null ? "(nil)" : clean(reply.value);
    case "array":
      return reply.value === null ? "(nil array)" : `array of ${reply.value.length}`;
  }
}
var RespSession = class {
  run;
  stream;
  rest = Buffer.alloc(0);
  constructor(run, stream) {
    this.run = run, this.stream = stream;
  }
  async command(args, what) {
    await writeAll(this.run, this.stream, encodeCommand(args));
    let { value, rest } = await readMessage(this.run, this.stream, decodeReply, { maxBytes: MAX_REPLY_BYTES, initial: this.rest, what });
    return this.rest = rest, value;
  }
};
function judgePing(reply) {
  if (reply.type === "simple" && reply.value.toUpperCase() === "PONG") return { value: void 0, detail: { reply: "PONG", authRequired: !1 } };
  if (reply.type !== "error") return { value: void 0, detail: { reply: describe(reply), replyType: reply.type } };
  let code = errorCode(reply.value), text = clean(reply.value);
  if (code === "NOAUTH") return { value: void 0, detail: { reply: text, authRequired: !0 } };
  if (code === "DENIED")
    throw new ProbeFailure("access_denied", `Redis refuses clients from other hosts (protected mode): ${text}`, { reply: text });
  return code === "LOADING" ? { value: void 0, detail: { reply: text }, warning: "Redis is loading its dataset into memory and answers nothing else until it is done" } : { value: void 0, detail: { reply: text } };
}
function plaintextOnTlsPort(error) {
  let code = error.code;
  return code === "ECONNRESET" || code === "EPIPE" || error instanceof ProbeFailure && /closed the connection without/.test(error.message) ? new ProbeFailure("protocol_mismatch", "the peer closed the connection instead of answering PING: if this port speaks TLS only (Azure Cache for Redis: 6380), use rediss://") : error;
}
async function authenticate(session, credentials) {
  let user = credentials.username ?? "default", args = credentials.username !== void 0 ? ["AUTH", credentials.username, credentials.password.reveal()] : ["AUTH", credentials.password.reveal()], reply = await session.command(args, "the AUTH reply");
  if (reply.type === "error") {
    let text = clean(reply.value);
    if (/without any password configured|no password is set/i.test(text))
      return { value: void 0, detail: { user, reply: text }, warning: "the server needs no password: clients that send one get an error from some libraries" };
    throw credentials.username !== void 0 && /wrong number of arguments/i.test(text) ? new ProbeFailure("auth_failed", `the server does not know ACL users (Redis before 6): drop auth.username (${text})`, { user }) : new ProbeFailure("auth_failed", `the server rejected the credentials of user ${user}: ${text}`, { user });
  }
  if (reply.type !== "simple" || reply.value.toUpperCase() !== "OK")
    throw new ProbeFailure("protocol_mismatch", `AUTH was answered with ${describe(reply)}, not OK`, { user });
  let ping = await session.command(["PING"], "the PING reply after AUTH");
  return ping.type === "simple" && ping.value.toUpperCase() === "PONG" ? { value: void 0, detail: { user, ping: "PONG" } } : { value: void 0, detail: { user, ping: describe(ping) }, warning: `authenticated, but PING as ${user} answered ${describe(ping)}` };
}
var redisCheck = async (target, spec, run) => {
  parseRedisOptions(spec.options);
  let credentials = redisCredentials(spec.auth), addresses = await resolveLayer(run, target.host, { server: spec.dns.server, tcp: spec.dns.tcp, expect: spec.expect }), socket = await connectLayer(run, addresses, target.port), stream = target.scheme === "rediss" ? await tlsLayer(run, socket, target.host, spec.tls) : socket, session = new RespSession(run, stream);
  return await run.layer("protocol", async () => {
    try {
      return judgePing(await session.command(["PING"], "the PING reply"));
    } catch (error) {
      throw target.scheme === "redis" ? plaintextOnTlsPort(error) : error;
    }
  }), credentials && await run.layer("auth", () => authenticate(session, credentials)), run.release(stream), stream !== socket && run.release(socket), run.layers;
};
export {
  parseRedisOptions,
  redisCheck,
  redisCredentials
};
