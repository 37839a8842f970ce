import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  readMessage,
  writeAll
} from "./chunk-LIXQBHQV.mjs";
import {
  incomplete,
  malformed,
  ok
} from "./chunk-ZY5LVNYG.mjs";
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

// src/checks/smtp.ts
import { hostname } from "node:os";
import net from "node:net";

// src/protocols/smtp.ts
var SMTP_MAX_REPLY_BYTES = 64 * 1024, SMTP_MAX_REPLY_LINES = 1e3, DIGIT = /^[0-9]$/;
function decodeReply(buf) {
  let lines = [], code = -1, pos = 0, view = buf.length > SMTP_MAX_REPLY_BYTES ? buf.subarray(0, SMTP_MAX_REPLY_BYTES) : buf;
  for (; ; ) {
    let early = checkLineStart(buf, pos, code);
    if (early) return malformed(early);
    let lf = view.indexOf(10, pos);
    if (lf < 0)
      return buf.length >= SMTP_MAX_REPLY_BYTES ? malformed(`reply too long (over ${SMTP_MAX_REPLY_BYTES} bytes)`) : incomplete();
    let lineEnd = lf > pos && buf[lf - 1] === 13 ? lf - 1 : lf, line = buf.subarray(pos, lineEnd);
    if (line.length < 3) return malformed("SMTP reply line shorter than a 3-digit code");
    let sep = line.length > 3 ? line[3] : 32;
    if (sep !== 32 && sep !== 45) return malformed("SMTP reply code not followed by space or hyphen");
    if (code < 0 && (code = Number(line.subarray(0, 3).toString("latin1"))), lines.push(line.subarray(4).toString("utf8")), pos = lf + 1, sep === 32) return ok({ code, lines }, pos);
    if (lines.length >= SMTP_MAX_REPLY_LINES) return malformed(`reply has more than ${SMTP_MAX_REPLY_LINES} lines`);
  }
}
function checkLineStart(buf, pos, code) {
  let have = Math.min(buf.length - pos, 3);
  for (let i = 0; i < have; i++) {
    let c = buf[pos + i];
    if (c === 10 || c === 13) return "SMTP reply line shorter than a 3-digit code";
    if (!DIGIT.test(String.fromCharCode(c))) return "not an SMTP reply (line does not start with a 3-digit code)";
  }
  return have >= 1 && (buf[pos] < 49 || buf[pos] > 53) ? "not an SMTP reply (code outside 1yz-5yz)" : have === 3 && code >= 0 && Number(buf.subarray(pos, pos + 3).toString("latin1")) !== code ? "SMTP multi-line reply changes its code" : "";
}
function parseEhloKeywords(lines) {
  let result = { greeting: lines[0] ?? "", keywords: [], starttls: !1 };
  for (let line of lines.slice(1)) {
    let [rawKeyword, ...params] = line.trim().split(/[ =]+/);
    if (!rawKeyword) continue;
    let keyword = rawKeyword.toUpperCase();
    if (result.keywords.includes(keyword) || result.keywords.push(keyword), keyword === "STARTTLS" && (result.starttls = !0), keyword === "SIZE" && params[0] !== void 0 && /^[0-9]+$/.test(params[0]) && (result.size = Number(params[0])), keyword === "AUTH") {
      let mechanisms = params.map((p) => p.toUpperCase()).filter((p) => p !== "");
      result.auth = [.../* @__PURE__ */ new Set([...result.auth ?? [], ...mechanisms])];
    }
  }
  return result;
}
function encodeCommand(cmd) {
  if (/[\r\n]/.test(cmd)) throw new TypeError("SMTP command must not contain CR or LF");
  return Buffer.from(cmd + `\r
`, "utf8");
}

// src/checks/smtp.ts
var DOMAIN = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/i, ADDRESS_LITERAL = /^\[(IPv6:)?[0-9a-f:.]+\]$/i, optionsSchema = external_exports.strictObject({
  /** Upgrade with STARTTLS and greet again over TLS. */
  starttls: external_exports.boolean().optional(),
  /** The name sent with EHLO; a domain or an address literal such as [10.0.1.4]. */
  ehloName: external_exports.string().refine((s) => DOMAIN.test(s) || ADDRESS_LITERAL.test(s), "must be a domain name or an address literal like [10.0.1.4]").optional()
});
function parseSmtpOptions(options) {
  let parsed = optionsSchema.safeParse(options);
  if (parsed.success) return parsed.data;
  let issue = parsed.error.issues[0];
  throw new InputError(`options${issue.path.length ? "." + issue.path.join(".") : ""}: ${issue.message}`);
}
var QUIT_WAIT_MS = 200, TEXT_CAP = 300, EHLO_UNKNOWN = /* @__PURE__ */ new Set([500, 502]);
function clean(lines) {
  let text = lines.join(" / ").replace(/[\x00-\x1f\x7f]/g, ".");
  return text.length > TEXT_CAP ? `${text.slice(0, TEXT_CAP)}\u2026` : text;
}
var SmtpSession = class {
  run;
  stream;
  rest = Buffer.alloc(0);
  constructor(run, stream) {
    this.run = run, this.stream = stream;
  }
  async reply(what) {
    let { value, rest } = await readMessage(this.run, this.stream, decodeReply, { maxBytes: SMTP_MAX_REPLY_BYTES, initial: this.rest, what });
    return this.rest = rest, value;
  }
  async command(command, what) {
    return await writeAll(this.run, this.stream, encodeCommand(command)), this.reply(what);
  }
};
function clientName(socket) {
  let own = hostname();
  if (DOMAIN.test(own)) return own;
  let address = socket.localAddress ?? "127.0.0.1";
  return net.isIPv6(address) ? `[IPv6:${address}]` : `[${address}]`;
}
function judgeBanner(banner) {
  let text = clean(banner.lines);
  if (banner.code !== 220)
    throw banner.code === 421 ? new ProbeFailure("access_denied", `the SMTP server does not take this connection (421 ${text}): it limits this client, is overloaded or shutting down`, { code: banner.code, banner: text }) : banner.code >= 500 ? new ProbeFailure("access_denied", `the SMTP server refuses this client in its greeting (${banner.code} ${text})`, { code: banner.code, banner: text }) : new ProbeFailure("protocol_mismatch", `an SMTP server greets with 220, this peer sent ${banner.code} ${text}`, { code: banner.code, banner: text });
}
async function greet(session, name) {
  let ehlo = await session.command(`EHLO ${name}`, "the EHLO reply");
  if (ehlo.code === 250) return { ...parseEhloKeywords(ehlo.lines), esmtp: !0 };
  if (EHLO_UNKNOWN.has(ehlo.code)) {
    let helo = await session.command(`HELO ${name}`, "the HELO reply");
    if (helo.code === 250) return { greeting: clean(helo.lines), keywords: [], starttls: !1, esmtp: !1 };
    throw new ProbeFailure("access_denied", `the SMTP server refused HELO ${name} (${helo.code} ${clean(helo.lines)})`, { code: helo.code });
  }
  throw new ProbeFailure("access_denied", `the SMTP server refused EHLO ${name} (${ehlo.code} ${clean(ehlo.lines)})`, { code: ehlo.code });
}
function maskedKeywords(keywords) {
  return keywords.filter((k) => /^X{4,}/.test(k));
}
function describeGreeting(greeting) {
  let detail = {
    greeting: clean([greeting.greeting]),
    esmtp: greeting.esmtp,
    keywords: greeting.keywords,
    starttls: greeting.starttls
  };
  return greeting.size !== void 0 && (detail.size = greeting.size), greeting.auth && (detail.auth = greeting.auth), detail;
}
function greetingWarning(greeting) {
  let masked = maskedKeywords(greeting.keywords);
  if (masked.length > 0 && !greeting.starttls)
    return `EHLO lists ${masked.join(", ")} where STARTTLS would be: a firewall with SMTP inspection on the path masks STARTTLS`;
  if (!greeting.esmtp) return "the server does not know EHLO (answered HELO only): no extensions, no STARTTLS";
}
async function quit(run, stream) {
  await new Promise((resolve) => {
    let timer = setTimeout(done, Math.min(QUIT_WAIT_MS, run.remainingMs()));
    function done() {
      clearTimeout(timer), stream.off("finish", done), stream.off("error", done), resolve();
    }
    stream.once("finish", done), stream.once("error", done), stream.end(encodeCommand("QUIT"));
  });
}
var smtpCheck = async (target, spec, run) => {
  let options = parseSmtpOptions(spec.options), addresses = await resolveLayer(run, target.host, { server: spec.dns.server, tcp: spec.dns.tcp, expect: spec.expect }), socket = await connectLayer(run, addresses, target.port), name = options.ehloName ?? clientName(socket), session = new SmtpSession(run, socket);
  if (await run.layer("protocol", async () => {
    let banner = await session.reply("the SMTP banner");
    judgeBanner(banner);
    let greeting = await greet(session, name), detail = { banner: clean(banner.lines), ehloName: name, ...describeGreeting(greeting) }, warning = greetingWarning(greeting);
    if (!options.starttls) return { value: void 0, detail, warning };
    if (!greeting.starttls) {
      let masked = maskedKeywords(greeting.keywords), why = masked.length > 0 ? `EHLO lists ${masked.join(", ")} instead: a firewall with SMTP inspection masks it` : "the EHLO reply does not list it";
      throw new ProbeFailure("protocol_mismatch", `options.starttls is set but the server does not offer STARTTLS: ${why}`, detail);
    }
    let reply = await session.command("STARTTLS", "the STARTTLS reply");
    if (reply.code !== 220)
      throw new ProbeFailure("protocol_mismatch", `the server answered STARTTLS with ${reply.code} ${clean(reply.lines)}, not 220`, { ...detail, starttlsReply: reply.code });
    if (session.rest.length > 0)
      throw new ProbeFailure("protocol_mismatch", "the server sent data after its 220 STARTTLS reply, before the TLS handshake", detail);
    return { value: void 0, detail, warning };
  }), options.starttls) {
    let secure = await tlsLayer(run, socket, target.host, spec.tls);
    session.stream = secure, await run.layer("protocol", async () => {
      let greeting = await greet(session, name);
      return { value: void 0, detail: { overTls: !0, ...describeGreeting(greeting) } };
    });
  }
  return await quit(run, session.stream), run.release(session.stream), session.stream !== socket && run.release(socket), run.layers;
};
export {
  parseSmtpOptions,
  smtpCheck
};
