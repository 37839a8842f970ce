import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  readMessage,
  writeAll
} from "./chunk-LIXQBHQV.mjs";
import {
  hex,
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
  InputError,
  ProbeFailure
} from "./chunk-PJVHLZ3U.mjs";
import "./chunk-ZDPWL4GI.mjs";

// src/protocols/smb2.ts
import { randomBytes } from "node:crypto";
var SMB2_DIALECTS = {
  514: "2.0.2",
  528: "2.1",
  768: "3.0",
  770: "3.0.2",
  785: "3.1.1",
  767: "2.x (wildcard)"
}, DEFAULT_DIALECTS = [514, 528, 768, 770, 785], SMB2_CIPHERS = {
  1: "AES-128-CCM",
  2: "AES-128-GCM",
  3: "AES-256-CCM",
  4: "AES-256-GCM"
}, NT_STATUS = {
  0: "STATUS_SUCCESS",
  3221225474: "STATUS_NOT_IMPLEMENTED",
  3221225485: "STATUS_INVALID_PARAMETER",
  3221225506: "STATUS_ACCESS_DENIED",
  3221225659: "STATUS_NOT_SUPPORTED",
  3221225987: "STATUS_USER_SESSION_DELETED",
  3221226332: "STATUS_NETWORK_SESSION_EXPIRED"
}, SMB2_MAGIC = Buffer.from([254, 83, 77, 66]), SMB1_MAGIC = Buffer.from([255, 83, 77, 66]), SMB2_HEADER_SIZE = 64, SMB1_HEADER_SIZE = 32, NEGOTIATE_REQUEST_SIZE = 36, NEGOTIATE_RESPONSE_SIZE = 65, FLAGS_SERVER_TO_REDIR = 1, SECURITY_MODE_SIGNING_ENABLED = 1, SECURITY_MODE_SIGNING_REQUIRED = 2, CLIENT_CAPABILITIES = 71, PREAUTH_INTEGRITY_CAPABILITIES = 1, ENCRYPTION_CAPABILITIES = 2, HASH_SHA512 = 1, MAX_NEGOTIATE_MESSAGE_BYTES = 64 * 1024, NETBIOS_SESSION_MESSAGE = 0, NETBIOS_KEEPALIVE = 133;
function encodeNegotiateRequest(opts = {}) {
  let dialects = opts.dialects ?? DEFAULT_DIALECTS, clientGuid = opts.clientGuid ?? randomBytes(16);
  if (clientGuid.length !== 16) throw new RangeError("clientGuid must be 16 bytes");
  if (dialects.length === 0) throw new RangeError("at least one dialect is needed");
  let withContexts = dialects.includes(785), body = Buffer.alloc(NEGOTIATE_REQUEST_SIZE + 2 * dialects.length);
  body.writeUInt16LE(NEGOTIATE_REQUEST_SIZE, 0), body.writeUInt16LE(dialects.length, 2), body.writeUInt16LE(SECURITY_MODE_SIGNING_ENABLED, 4), body.writeUInt32LE(CLIENT_CAPABILITIES, 8), clientGuid.copy(body, 12), dialects.forEach((d, i) => body.writeUInt16LE(d, NEGOTIATE_REQUEST_SIZE + 2 * i));
  let message = Buffer.concat([encodeHeader(0, 0), body]);
  if (withContexts) {
    let salt = opts.salt ?? randomBytes(32), preauth = Buffer.alloc(6 + salt.length);
    preauth.writeUInt16LE(1, 0), preauth.writeUInt16LE(salt.length, 2), preauth.writeUInt16LE(HASH_SHA512, 4), salt.copy(preauth, 6);
    let ciphers = [2, 1, 4, 3], encryption2 = Buffer.alloc(2 + 2 * ciphers.length);
    encryption2.writeUInt16LE(ciphers.length, 0), ciphers.forEach((c, i) => encryption2.writeUInt16LE(c, 2 + 2 * i));
    let contextOffset = align8(message.length);
    message.writeUInt32LE(contextOffset, SMB2_HEADER_SIZE + 28), message.writeUInt16LE(2, SMB2_HEADER_SIZE + 32), message = Buffer.concat([pad8(message), encodeContext(PREAUTH_INTEGRITY_CAPABILITIES, preauth)]), message = Buffer.concat([pad8(message), encodeContext(ENCRYPTION_CAPABILITIES, encryption2)]);
  }
  return withNetbiosHeader(message);
}
function decodeNegotiateResponse(buf) {
  let pos = 0;
  for (; buf.length - pos >= 4 && buf[pos] === NETBIOS_KEEPALIVE; ) {
    if (buf[pos + 1] !== 0 || buf.readUInt16BE(pos + 2) !== 0) return malformed("NetBIOS keep-alive with a length");
    pos += 4;
  }
  if (buf.length - pos >= 1 && buf[pos] !== NETBIOS_SESSION_MESSAGE)
    return malformed(`not an SMB answer (first byte ${hex(buf[pos])}, not a NetBIOS session message)`);
  if (buf.length - pos < 4) return incomplete(4 - (buf.length - pos));
  let length = buf.readUIntBE(pos + 1, 3);
  if (length > MAX_NEGOTIATE_MESSAGE_BYTES) return malformed(`SMB message of ${length} bytes is too long for a NEGOTIATE answer`);
  let start = pos + 4, seen = buf.subarray(start, Math.min(buf.length, start + 4, start + length));
  if (!seen.equals(SMB2_MAGIC.subarray(0, seen.length)) && !seen.equals(SMB1_MAGIC.subarray(0, seen.length)))
    return malformed(`not an SMB message (protocol id ${seen.toString("hex")})`);
  if (buf.length < start + length) return incomplete(start + length - buf.length);
  let message = buf.subarray(start, start + length), consumed = start + length;
  return message.length < 4 ? malformed("SMB message shorter than its protocol id") : message[0] === 255 ? decodeSmb1(message, consumed) : decodeSmb2(message, consumed);
}
function decodeSmb1(message, consumed) {
  if (message.length < SMB1_HEADER_SIZE) return malformed("SMB1 message shorter than its header");
  let status = message.readUInt32LE(5), value = {
    dialect: "SMB1",
    dialectRevision: 0,
    securityMode: 0,
    signingRequired: !1,
    serverGuid: "",
    status,
    smb1: !0
  }, name = NT_STATUS[status];
  return name && (value.statusName = name), ok(value, consumed);
}
function decodeSmb2(message, consumed) {
  if (message.length < SMB2_HEADER_SIZE) return malformed("SMB2 message shorter than its header");
  if (message.readUInt16LE(4) !== SMB2_HEADER_SIZE) return malformed("SMB2 header StructureSize is not 64");
  let status = message.readUInt32LE(8), command = message.readUInt16LE(12), flags = message.readUInt32LE(16);
  if (command !== 0) return malformed(`SMB2 answer is command ${hex(command, 4)}, not NEGOTIATE`);
  if ((flags & FLAGS_SERVER_TO_REDIR) === 0) return malformed("SMB2 message is a request, not a response (echoed?)");
  let statusName = NT_STATUS[status];
  if (status !== 0) {
    let value2 = { dialect: "", dialectRevision: 0, securityMode: 0, signingRequired: !1, serverGuid: "", status };
    return statusName && (value2.statusName = statusName), ok(value2, consumed);
  }
  let body = message.subarray(SMB2_HEADER_SIZE);
  if (body.length < 64) return malformed("SMB2 NEGOTIATE response shorter than 64 bytes");
  if (body.readUInt16LE(0) !== NEGOTIATE_RESPONSE_SIZE) return malformed("SMB2 NEGOTIATE response StructureSize is not 65");
  let securityMode = body.readUInt16LE(2), dialectRevision = body.readUInt16LE(4), value = {
    dialect: SMB2_DIALECTS[dialectRevision] ?? hex(dialectRevision, 4),
    dialectRevision,
    securityMode,
    signingRequired: (securityMode & SECURITY_MODE_SIGNING_REQUIRED) !== 0,
    serverGuid: formatGuid(body.subarray(8, 24)),
    status,
    capabilities: body.readUInt32LE(24),
    maxReadSize: body.readUInt32LE(32),
    maxWriteSize: body.readUInt32LE(36)
  };
  if (statusName && (value.statusName = statusName), dialectRevision === 785) {
    let cipher = findCipher(message, body.readUInt16LE(6), body.readUInt32LE(60));
    cipher !== void 0 && (value.cipher = cipher);
  }
  return ok(value, consumed);
}
function findCipher(message, count, offset) {
  let pos = offset;
  for (let i = 0; i < count && pos + 8 <= message.length; i++) {
    let type = message.readUInt16LE(pos), length = message.readUInt16LE(pos + 2), data = pos + 8;
    if (data + length > message.length) return;
    if (type === ENCRYPTION_CAPABILITIES && length >= 4 && message.readUInt16LE(data) >= 1) {
      let id = message.readUInt16LE(data + 2);
      return SMB2_CIPHERS[id] ?? hex(id, 4);
    }
    pos = align8(data + length);
  }
}
function formatGuid(b) {
  if (b.length !== 16) return "";
  let h = (from, to, reverse) => {
    let part = Buffer.from(b.subarray(from, to));
    return (reverse ? part.reverse() : part).toString("hex");
  };
  return `${h(0, 4, !0)}-${h(4, 6, !0)}-${h(6, 8, !0)}-${h(8, 10, !1)}-${h(10, 16, !1)}`;
}
function encodeHeader(status, flags) {
  let header = Buffer.alloc(SMB2_HEADER_SIZE);
  return SMB2_MAGIC.copy(header, 0), header.writeUInt16LE(SMB2_HEADER_SIZE, 4), header.writeUInt32LE(status >>> 0, 8), header.writeUInt16LE(0, 12), header.writeUInt16LE(1, 14), header.writeUInt32LE(flags, 16), header;
}
function encodeContext(type, data) {
  let head = Buffer.alloc(8);
  return head.writeUInt16LE(type, 0), head.writeUInt16LE(data.length, 2), Buffer.concat([head, data]);
}
function withNetbiosHeader(message) {
  let head = Buffer.alloc(4);
  return head.writeUIntBE(message.length, 1, 3), Buffer.concat([head, message]);
}
function align8(n) {
  return n + 7 & -8;
}
function pad8(b) {
  let padding = align8(b.length) - b.length;
  return padding ? Buffer.concat([b, Buffer.alloc(padding)]) : b;
}

// src/checks/smb.ts
var optionsSchema = external_exports.strictObject({});
function parseSmbOptions(options) {
  let parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw new InputError(`options: ${parsed.error.issues[0].message}`);
}
var MAX_ANSWER_BYTES = 4 + 64 * 1024, SMB2_GLOBAL_CAP_ENCRYPTION = 64, STATUS_ACCESS_DENIED = 3221225506, AZURE_FILES_NEEDS = "Azure Files speaks SMB 3.x only (with encryption when the client is outside its region)";
function hex32(n) {
  return `0x${(n >>> 0).toString(16).padStart(8, "0")}`;
}
function encryption(answer) {
  return answer.cipher ? answer.cipher : ((answer.capabilities ?? 0) & SMB2_GLOBAL_CAP_ENCRYPTION) !== 0 && (answer.dialectRevision === 768 || answer.dialectRevision === 770) ? "AES-128-CCM" : "none";
}
function judgeNegotiate(answer) {
  let status = answer.statusName ?? hex32(answer.status);
  if (answer.smb1)
    return {
      value: void 0,
      detail: { dialect: "SMB1", status },
      warning: `the server answered an SMB2 NEGOTIATE in SMB1: ${AZURE_FILES_NEEDS}, so this is an old server or something in between`
    };
  if (answer.status !== 0) {
    let detail2 = { status };
    if (answer.status === STATUS_ACCESS_DENIED) throw new ProbeFailure("access_denied", `the SMB server answered NEGOTIATE with ${status}`, detail2);
    return { value: void 0, detail: detail2, warning: `the SMB server answered NEGOTIATE with ${status}: it accepts none of the dialects 2.0.2\u20133.1.1 as offered` };
  }
  let detail = {
    dialect: answer.dialect,
    signingRequired: answer.signingRequired,
    serverGuid: answer.serverGuid,
    encryption: encryption(answer)
  };
  answer.capabilities !== void 0 && (detail.capabilities = hex32(answer.capabilities)), answer.maxReadSize !== void 0 && (detail.maxReadSize = answer.maxReadSize), answer.maxWriteSize !== void 0 && (detail.maxWriteSize = answer.maxWriteSize);
  let warning = answer.dialectRevision < 768 || answer.dialectRevision === 767 ? `the server chose SMB ${answer.dialect}: ${AZURE_FILES_NEEDS}; this is not Azure Files, or something on the path downgrades` : void 0;
  return { value: void 0, detail, warning };
}
var smbCheck = async (target, spec, run) => {
  parseSmbOptions(spec.options);
  let addresses = await resolveLayer(run, target.host, { server: spec.dns.server, tcp: spec.dns.tcp, expect: spec.expect }), socket = await connectLayer(run, addresses, target.port);
  return await run.layer("protocol", async () => {
    await writeAll(run, socket, encodeNegotiateRequest());
    let { value } = await readMessage(run, socket, decodeNegotiateResponse, { maxBytes: MAX_ANSWER_BYTES, what: "the SMB2 NEGOTIATE answer" });
    return judgeNegotiate(value);
  }), run.release(socket), run.layers;
};
export {
  parseSmbOptions,
  smbCheck
};
