import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-ZDPWL4GI.mjs";

// node_modules/dns2/lib/reader.js
var require_reader = __commonJS({
  "node_modules/dns2/lib/reader.js"(exports, module) {
    function BufferReader(buffer, offset) {
      return this.buffer = buffer, this.offset = offset || 0, this;
    }
    BufferReader.read = function(buffer, offset, length) {
      let end = offset + length;
      if (offset < 0 || length < 0 || end > buffer.length * 8)
        throw new RangeError(
          `read past end of message: wanted ${length} bits at bit offset ${offset}, message is ${buffer.length} octets (${buffer.length * 8} bits)`
        );
      let n = 0;
      for (let bit = offset; bit < end; bit++)
        n = n * 2 + (buffer[bit >>> 3] >>> 7 - (bit & 7) & 1);
      return n;
    };
    BufferReader.prototype.read = function(size) {
      let val = BufferReader.read(this.buffer, this.offset, size);
      return this.offset += size, val;
    };
    BufferReader.prototype.remaining = function() {
      return Math.max(0, this.buffer.length * 8 - this.offset);
    };
    module.exports = BufferReader;
  }
});

// node_modules/dns2/lib/writer.js
var require_writer = __commonJS({
  "node_modules/dns2/lib/writer.js"(exports, module) {
    function BufferWriter() {
      this.buffer = [];
    }
    BufferWriter.prototype.write = function(d, size) {
      for (let i = size - 1; i >= 0; i--)
        this.buffer.push(d >>> i & 1);
    };
    BufferWriter.prototype.writeBuffer = function(b) {
      this.buffer = this.buffer.concat(b.buffer);
    };
    BufferWriter.prototype.bitLength = function() {
      return this.buffer.length;
    };
    BufferWriter.prototype.byteLength = function() {
      return this.buffer.length / 8;
    };
    BufferWriter.prototype.patch = function(bitOffset, value, size) {
      for (let i = 0; i < size; i++)
        this.buffer[bitOffset + i] = value >>> size - i - 1 & 1;
    };
    BufferWriter.prototype.toBuffer = function() {
      let bytes = Buffer.alloc(Math.ceil(this.buffer.length / 8));
      for (let i = 0; i < this.buffer.length; i++)
        this.buffer[i] && (bytes[i >>> 3] |= 128 >>> (i & 7));
      return bytes;
    };
    module.exports = BufferWriter;
  }
});

// node_modules/dns2/packet.js
var require_packet = __commonJS({
  "node_modules/dns2/packet.js"(exports, module) {
    var net = __require("node:net"), { debuglog, inspect } = __require("node:util"), { randomInt } = __require("node:crypto"), BufferReader = require_reader(), BufferWriter = require_writer(), debug = debuglog("dns2"), toIPv6 = (buffer) => {
      let segments = buffer.map((part) => part > 0 ? part.toString(16) : "0"), bestStart = -1, bestLen = 0, curStart = -1, curLen = 0;
      for (let i = 0; i < segments.length; i++)
        segments[i] === "0" ? (curLen === 0 && (curStart = i), curLen++, curLen > bestLen && (bestLen = curLen, bestStart = curStart)) : curLen = 0;
      if (bestLen < 2) return segments.join(":");
      let before = segments.slice(0, bestStart).join(":"), after = segments.slice(bestStart + bestLen).join(":");
      return `${before}::${after}`;
    }, fromIPv6 = (address) => {
      let digits = address.split(":");
      digits[0] === "" && digits.shift(), digits[digits.length - 1] === "" && digits.pop();
      let missingFields = 8 - digits.length + 1;
      return digits.flatMap(
        (digit) => digit === "" ? Array(missingFields).fill("0") : digit.padStart(4, "0")
      );
    };
    function Packet2(data) {
      if (this.header = {}, this.questions = [], this.answers = [], this.authorities = [], this.additionals = [], this.errors = [], data instanceof Packet2)
        return data;
      if (data instanceof Packet2.Header)
        this.header = data;
      else if (data instanceof Packet2.Question)
        this.questions.push(data);
      else if (data instanceof Packet2.Resource)
        this.answers.push(data);
      else if (typeof data == "string")
        this.questions.push(data);
      else if (typeof data == "object") {
        let type = {}.toString.call(data).match(/\[object (\w+)\]/)[1];
        type === "Array" && (this.questions = data), type === "Object" && (this.header = data);
      }
      return this;
    }
    Packet2.HEADER_SIZE = 12;
    Packet2.TYPE = {
      A: 1,
      NS: 2,
      MD: 3,
      MF: 4,
      CNAME: 5,
      SOA: 6,
      MB: 7,
      MG: 8,
      MR: 9,
      NULL: 10,
      WKS: 11,
      PTR: 12,
      HINFO: 13,
      MINFO: 14,
      MX: 15,
      TXT: 16,
      AAAA: 28,
      SRV: 33,
      EDNS: 41,
      RRSIG: 46,
      SPF: 99,
      AXFR: 252,
      MAILB: 253,
      MAILA: 254,
      ANY: 255,
      CAA: 257,
      DNSKEY: 48
    };
    Packet2.TYPE_NAME = Object.fromEntries(
      Object.entries(Packet2.TYPE).map(([name, code]) => [code, name])
    );
    Packet2.typeName = (code) => Packet2.TYPE_NAME[code] || `TYPE${code}`;
    Packet2.CLASS = {
      IN: 1,
      CS: 2,
      CH: 3,
      HS: 4,
      ANY: 255
    };
    Packet2.RCODE = {
      NOERROR: 0,
      FORMERR: 1,
      SERVFAIL: 2,
      NXDOMAIN: 3,
      NOTIMP: 4,
      REFUSED: 5,
      YXDOMAIN: 6,
      YXRRSET: 7,
      NXRRSET: 8,
      NOTAUTH: 9,
      NOTZONE: 10,
      DSOTYPENI: 11,
      // Codes above 15 do not fit the header's 4-bit RCODE field: the high byte
      // travels in an OPT record's TTL (RFC 6891 §6.1.3), so a response using one
      // MUST carry an OPT. Packet.toBuffer performs that split.
      //
      // 16 has two assignments in the IANA registry — BADVERS for an unsupported
      // EDNS version (RFC 6891) and BADSIG for a TSIG failure (RFC 8945). They
      // share the code point on the wire; only context tells them apart.
      BADVERS: 16,
      BADSIG: 16,
      BADKEY: 17,
      BADTIME: 18,
      BADMODE: 19,
      BADNAME: 20,
      BADALG: 21,
      BADTRUNC: 22,
      BADCOOKIE: 23
    };
    Packet2.EDNS_OPTION_CODE = {
      ECS: 8,
      EDE: 15
    };
    Packet2.EDE = {
      OTHER: 0,
      UNSUPPORTED_DNSKEY_ALGORITHM: 1,
      UNSUPPORTED_DS_DIGEST_TYPE: 2,
      STALE_ANSWER: 3,
      FORGED_ANSWER: 4,
      DNSSEC_INDETERMINATE: 5,
      DNSSEC_BOGUS: 6,
      SIGNATURE_EXPIRED: 7,
      SIGNATURE_NOT_YET_VALID: 8,
      DNSKEY_MISSING: 9,
      RRSIGS_MISSING: 10,
      NO_ZONE_KEY_BIT_SET: 11,
      NSEC_MISSING: 12,
      CACHED_ERROR: 13,
      NOT_READY: 14,
      BLOCKED: 15,
      CENSORED: 16,
      FILTERED: 17,
      PROHIBITED: 18,
      STALE_NXDOMAIN_ANSWER: 19,
      NOT_AUTHORITATIVE: 20,
      NOT_SUPPORTED: 21,
      NO_REACHABLE_AUTHORITY: 22,
      NETWORK_ERROR: 23,
      INVALID_DATA: 24,
      SIGNATURE_EXPIRED_BEFORE_VALID: 25,
      TOO_EARLY: 26,
      UNSUPPORTED_NSEC3_ITERATIONS: 27,
      UNABLE_TO_CONFORM_TO_POLICY: 28,
      SYNTHESIZED: 29,
      INVALID_QUERY_TYPE: 30,
      RATE_LIMITED: 31,
      OVER_QUOTA: 32,
      NEGATIVE_TRUST_ANCHOR: 33,
      NEW_DELEGATION_ONLY: 34
    };
    Packet2.EDE_NAME = Object.fromEntries(
      Object.entries(Packet2.EDE).map(([name, code]) => [code, name])
    );
    Packet2.EDNS_OPTION_NAME = Object.fromEntries(
      Object.entries(Packet2.EDNS_OPTION_CODE).map(([name, code]) => [code, name])
    );
    Packet2.uuid = function() {
      return randomInt(65536);
    };
    var DecodeError = class extends Error {
      constructor(message, context = {}) {
        let { section, index, offset, cause } = context, where = section === void 0 ? "" : `${section}[${index}]${offset === void 0 ? "" : ` at offset ${offset}`}: `;
        super(`${where}${message}`, cause ? { cause } : void 0), this.name = "DecodeError", Object.assign(this, context), this.recovered = !!context.recovered;
      }
    };
    Packet2.DecodeError = DecodeError;
    Packet2.parse = function(buffer) {
      if (!Buffer.isBuffer(buffer))
        throw new DecodeError(
          `expected a Buffer, got ${buffer === null ? "null" : typeof buffer}`
        );
      if (buffer.length < Packet2.HEADER_SIZE)
        throw new DecodeError(
          `message is ${buffer.length} octets, too short for the ${Packet2.HEADER_SIZE}-octet header (RFC 1035 \xA74.1.1)`
        );
      let packet = new Packet2(), reader = new Packet2.Reader(buffer);
      packet.header = Packet2.Header.parse(reader);
      sections: for (let [section, decoder, count] of [
        ["questions", Packet2.Question, packet.header.qdcount],
        ["answers", Packet2.Resource, packet.header.ancount],
        ["authorities", Packet2.Resource, packet.header.nscount],
        ["additionals", Packet2.Resource, packet.header.arcount]
      ])
        for (let index = 0; index < count; index++) {
          let offset = reader.offset / 8;
          try {
            packet[section].push(decoder.parse(reader));
          } catch (cause) {
            let error = new DecodeError(cause.message, {
              section,
              index,
              offset,
              recovered: !!cause.recovered,
              cause
            });
            if (packet.errors.push(error), debug("node-dns > %s", error.message), !error.recovered) break sections;
          }
        }
      let opt = packet.additionals.find((r) => r && r.type === Packet2.TYPE.EDNS);
      return opt && opt.extendedRcode && (packet.header.rcode = opt.extendedRcode << 4 | packet.header.rcode & 15), packet;
    };
    Object.defineProperty(Packet2.prototype, "recursive", {
      enumerable: !0,
      configurable: !0,
      get() {
        return !!this.header.rd;
      },
      set(yn) {
        this.header.rd = +yn;
      }
    });
    Packet2.prototype.toBuffer = function(writer) {
      if (writer = writer || new Packet2.Writer(), writer.names || (writer.names = /* @__PURE__ */ new Map()), this.header.qdcount = this.questions.length, this.header.ancount = this.answers.length, this.header.nscount = this.authorities.length, this.header.arcount = this.additionals.length, this instanceof Packet2.Header || (this.header = new Packet2.Header(this.header)), this.header.rcode > 15) {
        let opt = this.additionals.find((r) => r && r.type === Packet2.TYPE.EDNS);
        opt ? (opt.extendedRcode = this.header.rcode >>> 4 & 255, opt.ttl = ednsTtl(opt.extendedRcode, opt.version || 0, opt.doFlag)) : debug(
          "node-dns > rcode %d > 15 but no OPT record; truncating to low nibble",
          this.header.rcode
        );
      }
      return this.header.toBuffer(writer), [
        // section          encoder
        ["questions", Packet2.Question],
        ["answers", Packet2.Resource],
        ["authorities", Packet2.Resource],
        ["additionals", Packet2.Resource]
      ].forEach(
        function(def) {
          let section = def[0], Encoder = def[1];
          (this[section] || []).forEach(function(resource) {
            Encoder.encode(resource, writer);
          });
        }.bind(this)
      ), writer.toBuffer();
    };
    Packet2.Header = function(header) {
      this.id = 0, this.qr = 0, this.opcode = 0, this.aa = 0, this.tc = 0, this.rd = 0, this.ra = 0, this.z = 0, this.ad = 0, this.cd = 0, this.rcode = 0, this.qdcount = 0, this.ancount = 0, this.nscount = 0, this.arcount = 0;
      for (let k in header)
        this[k] = header[k];
      return this;
    };
    Packet2.Header.parse = function(reader) {
      let header = new Packet2.Header();
      return reader instanceof Buffer && (reader = new Packet2.Reader(reader)), header.id = reader.read(16), header.qr = reader.read(1), header.opcode = reader.read(4), header.aa = reader.read(1), header.tc = reader.read(1), header.rd = reader.read(1), header.ra = reader.read(1), header.z = reader.read(1), header.ad = reader.read(1), header.cd = reader.read(1), header.rcode = reader.read(4), header.qdcount = reader.read(16), header.ancount = reader.read(16), header.nscount = reader.read(16), header.arcount = reader.read(16), header;
    };
    Packet2.Header.prototype.toBuffer = function(writer) {
      return writer = writer || new Packet2.Writer(), writer.write(this.id, 16), writer.write(this.qr, 1), writer.write(this.opcode, 4), writer.write(this.aa, 1), writer.write(this.tc, 1), writer.write(this.rd, 1), writer.write(this.ra, 1), writer.write(0, 1), writer.write(this.ad, 1), writer.write(this.cd, 1), writer.write(this.rcode & 15, 4), writer.write(this.qdcount, 16), writer.write(this.ancount, 16), writer.write(this.nscount, 16), writer.write(this.arcount, 16), writer.toBuffer();
    };
    Packet2.Question = function(name, type, cls) {
      let defaults = {
        type: Packet2.TYPE.ANY,
        class: Packet2.CLASS.ANY
      };
      if (typeof name == "object")
        for (let k in name)
          this[k] = name[k] || defaults[k];
      else
        this.name = name, this.type = type || defaults.type, this.class = cls || defaults.class;
      return this;
    };
    Packet2.Question.prototype.toBuffer = function(writer) {
      return Packet2.Question.encode(this, writer);
    };
    Packet2.Question.parse = Packet2.Question.decode = function(reader) {
      let question = new Packet2.Question();
      return reader instanceof Buffer && (reader = new Packet2.Reader(reader)), question.name = Packet2.Name.decode(reader), question.type = reader.read(16), question.class = reader.read(16), question;
    };
    var assertCode = (value, field, context) => {
      if (!Number.isInteger(value) || value < 0 || value > 65535)
        throw new Error(
          `${context}: ${field} must be a 16-bit integer, got ${inspect(value)}`
        );
    };
    Packet2.Question.encode = function(question, writer) {
      let ownsWriter = !writer;
      return writer = writer || new Packet2.Writer(), assertCode(question.type, "type", `Question encode "${question.name}"`), assertCode(question.class, "class", `Question encode "${question.name}"`), Packet2.Name.encode(question.name, writer), writer.write(question.type, 16), writer.write(question.class, 16), ownsWriter ? writer.toBuffer() : void 0;
    };
    Packet2.Resource = function(name, type, cls, ttl) {
      let defaults = {
        name: "",
        ttl: 300,
        type: Packet2.TYPE.ANY,
        class: Packet2.CLASS.ANY
      }, input;
      return typeof name == "object" ? input = name : input = {
        name,
        type,
        class: cls,
        ttl
      }, Object.assign(this, defaults, input), this;
    };
    Packet2.Resource.prototype.toBuffer = function(writer) {
      return Packet2.Resource.encode(this, writer);
    };
    Packet2.Resource.encode = function(resource, writer) {
      writer = writer || new Packet2.Writer(), assertCode(resource.type, "type", `Resource encode "${resource.name}"`), assertCode(resource.class, "class", `Resource encode "${resource.name}"`), Packet2.Name.encode(resource.name, writer), writer.write(resource.type, 16), writer.write(resource.class, 16), writer.write(Math.min(resource.ttl >>> 0, 2147483647), 32);
      let encoder = Packet2.TYPE_NAME[resource.type], rdlenBitPos = writer.bitLength();
      writer.write(0, 16);
      let rdataBitStart = writer.bitLength(), codec = encoder && Packet2.Resource[encoder];
      if (codec && codec.encode)
        codec.encode(resource, writer);
      else {
        debug("node-dns > unknown encoder %s(%j)", encoder, resource.type);
        let data = Buffer.isBuffer(resource.data) ? resource.data : Buffer.alloc(0);
        for (let byte of data)
          writer.write(byte, 8);
      }
      let rdlen = (writer.bitLength() - rdataBitStart) / 8;
      return writer.patch(rdlenBitPos, rdlen, 16), writer.toBuffer();
    };
    Packet2.Resource.parse = Packet2.Resource.decode = function(reader) {
      reader instanceof Buffer && (reader = new Packet2.Reader(reader));
      let resource = new Packet2.Resource();
      resource.name = Packet2.Name.decode(reader), resource.type = reader.read(16), resource.class = reader.read(16), resource.ttl = reader.read(32), resource.ttl > 2147483647 && (resource.ttl = 2147483647);
      let length = reader.read(16), label = `${Packet2.typeName(resource.type)} record "${resource.name}"`;
      if (length * 8 > reader.remaining())
        throw new Error(
          `${label} declares RDLENGTH ${length} but only ${reader.remaining() / 8} octet(s) remain in the message`
        );
      let rdataStart = reader.offset, rdataEnd = rdataStart + length * 8, parser = Packet2.TYPE_NAME[resource.type], codec = parser && Packet2.Resource[parser];
      try {
        if (codec && codec.decode) {
          if (resource = codec.decode.call(resource, reader, length), reader.offset !== rdataEnd)
            throw new Error(
              `${label} rdata consumed ${(reader.offset - rdataStart) / 8} octet(s), RDLENGTH declares ${length}`
            );
        } else
          debug("node-dns > unknown parser type: %s(%j)", parser, resource.type), resource.data = Buffer.from(
            reader.buffer.subarray(rdataStart / 8, rdataEnd / 8)
          );
      } catch (cause) {
        throw cause.recovered = !0, cause;
      } finally {
        reader.offset = rdataEnd;
      }
      return resource;
    };
    Packet2.Name = {
      COPY: 192,
      MAX_LABEL: 63,
      MAX_NAME: 255,
      decode: function(reader) {
        reader instanceof Buffer && (reader = new Packet2.Reader(reader));
        let name = [], o, len = reader.read(8), visited = /* @__PURE__ */ new Set(), totalOctets = 1;
        for (; len; ) {
          if ((len & Packet2.Name.COPY) === Packet2.Name.COPY) {
            len -= Packet2.Name.COPY, len = len << 8;
            let pos = len + reader.read(8);
            if (visited.has(pos))
              throw new Error("Name decode: pointer cycle detected");
            visited.add(pos), o || (o = reader.offset), reader.offset = pos * 8, len = reader.read(8);
            continue;
          }
          if (len & 192)
            throw new Error(
              `Name decode: invalid label length byte 0x${len.toString(16)}`
            );
          if (len > Packet2.Name.MAX_LABEL)
            throw new Error(
              `Name decode: label exceeds ${Packet2.Name.MAX_LABEL} octets`
            );
          if (totalOctets += len + 1, totalOctets > Packet2.Name.MAX_NAME)
            throw new Error(
              `Name decode: name exceeds ${Packet2.Name.MAX_NAME} octets`
            );
          let part = "";
          for (; len--; ) part += String.fromCharCode(reader.read(8));
          name.push(part), len = reader.read(8);
        }
        return o && (reader.offset = o), name.join(".");
      },
      encode: function(domain, writer) {
        let ownsWriter = !writer;
        writer = writer || new Packet2.Writer();
        let parts = (domain || "").split(".").filter((part) => !!part), totalOctets = 1;
        for (let part of parts) {
          if (part.length > Packet2.Name.MAX_LABEL)
            throw new Error(
              `Name encode: label "${part}" is ${part.length} octets (max ${Packet2.Name.MAX_LABEL})`
            );
          totalOctets += part.length + 1;
        }
        if (totalOctets > Packet2.Name.MAX_NAME)
          throw new Error(
            `Name encode: name "${domain}" encodes to ${totalOctets} octets (max ${Packet2.Name.MAX_NAME})`
          );
        let compress = writer.names instanceof Map;
        for (let i = 0; i < parts.length; i++) {
          let suffix = parts.slice(i).join(".").toLowerCase();
          if (compress && writer.names.has(suffix))
            return writer.write(49152 | writer.names.get(suffix), 16), ownsWriter ? writer.toBuffer() : void 0;
          if (compress) {
            let byteOffset = writer.byteLength();
            byteOffset < 16384 && writer.names.set(suffix, byteOffset);
          }
          writer.write(parts[i].length, 8);
          for (let j = 0; j < parts[i].length; j++)
            writer.write(parts[i].charCodeAt(j), 8);
        }
        return writer.write(0, 8), ownsWriter ? writer.toBuffer() : void 0;
      }
    };
    Packet2.Resource.A = function(address) {
      return this.type = Packet2.TYPE.A, this.class = Packet2.CLASS.IN, this.address = address, this;
    };
    Packet2.Resource.A.encode = function(record, writer) {
      if (writer = writer || new Packet2.Writer(), !net.isIPv4(record.address))
        throw new Error(
          `A encode: invalid IPv4 address ${JSON.stringify(record.address)}`
        );
      record.address.split(".").forEach(function(part) {
        writer.write(parseInt(part, 10), 8);
      });
    };
    Packet2.Resource.A.decode = function(reader, length) {
      if (length !== 4)
        throw new Error(`A decode: RDLENGTH is ${length}, expected 4`);
      let parts = [];
      for (; length--; ) parts.push(reader.read(8));
      return this.address = parts.join("."), this;
    };
    Packet2.Resource.MX = function(exchange, priority) {
      return this.type = Packet2.TYPE.MX, this.class = Packet2.CLASS.IN, this.exchange = exchange, this.priority = priority, this;
    };
    Packet2.Resource.MX.encode = function(record, writer) {
      writer = writer || new Packet2.Writer(), writer.write(record.priority, 16), Packet2.Name.encode(record.exchange, writer);
    };
    Packet2.Resource.MX.decode = function(reader, length) {
      return this.priority = reader.read(16), this.exchange = Packet2.Name.decode(reader), this;
    };
    Packet2.Resource.AAAA = {
      decode: function(reader, length) {
        if (length !== 16)
          throw new Error(`AAAA decode: RDLENGTH is ${length}, expected 16`);
        let parts = [];
        for (; length; )
          length -= 2, parts.push(reader.read(16));
        return this.address = toIPv6(parts), this;
      },
      encode: function(record, writer) {
        if (writer = writer || new Packet2.Writer(), !net.isIPv6(record.address))
          throw new Error(
            `AAAA encode: invalid IPv6 address ${JSON.stringify(record.address)}`
          );
        fromIPv6(record.address).forEach(function(part) {
          writer.write(parseInt(part, 16), 16);
        });
      }
    };
    Packet2.Resource.NS = {
      decode: function(reader, length) {
        return this.ns = Packet2.Name.decode(reader), this;
      },
      encode: function(record, writer) {
        writer = writer || new Packet2.Writer(), Packet2.Name.encode(record.ns, writer);
      }
    };
    Packet2.Resource.PTR = Packet2.Resource.CNAME = {
      decode: function(reader, length) {
        return this.domain = Packet2.Name.decode(reader), this;
      },
      encode: function(record, writer) {
        writer = writer || new Packet2.Writer(), Packet2.Name.encode(record.domain, writer);
      }
    };
    Packet2.Resource.SPF = Packet2.Resource.TXT = {
      // RFC 1035 §3.3.14: TXT RDATA is one or more length-prefixed
      // <character-string> items. Preserve those boundaries by returning an
      // array — joining them silently corrupts SPF/DKIM and other multi-string
      // records whose semantics depend on segmentation.
      decode: function(reader, length) {
        let strings = [], bytesRead = 0;
        for (; bytesRead < length; ) {
          let chunkLength = reader.read(8);
          if (bytesRead++, chunkLength > length - bytesRead)
            throw new Error(
              `TXT decode: character-string of ${chunkLength} octets overruns RDATA (${length - bytesRead} octets remaining)`
            );
          let bytes = Buffer.alloc(chunkLength);
          for (let i = 0; i < chunkLength; i++)
            bytes[i] = reader.read(8);
          bytesRead += chunkLength, strings.push(bytes.toString("utf8"));
        }
        return this.data = strings, this;
      },
      encode: function(record, writer) {
        writer = writer || new Packet2.Writer(), (Array.isArray(record.data) ? record.data : [record.data]).map(function(characterString) {
          return Buffer.isBuffer(characterString) ? characterString : typeof characterString == "string" ? Buffer.from(characterString, "utf8") : !1;
        }).filter(function(characterString) {
          return characterString;
        }).forEach(function(buffer) {
          writer.write(buffer.length, 8), buffer.forEach(function(c) {
            writer.write(c, 8);
          });
        });
      }
    };
    Packet2.Resource.SOA = {
      decode: function(reader, length) {
        return this.primary = Packet2.Name.decode(reader), this.admin = Packet2.Name.decode(reader), this.serial = reader.read(32), this.refresh = reader.read(32), this.retry = reader.read(32), this.expiration = reader.read(32), this.minimum = reader.read(32), this;
      },
      encode: function(record, writer) {
        writer = writer || new Packet2.Writer(), Packet2.Name.encode(record.primary, writer), Packet2.Name.encode(record.admin, writer), writer.write(record.serial, 32), writer.write(record.refresh, 32), writer.write(record.retry, 32), writer.write(record.expiration, 32), writer.write(Math.min(record.minimum >>> 0, 2147483647), 32);
      }
    };
    Packet2.Resource.SRV = {
      decode: function(reader, length) {
        return this.priority = reader.read(16), this.weight = reader.read(16), this.port = reader.read(16), this.target = Packet2.Name.decode(reader), this;
      },
      encode: function(record, writer) {
        writer = writer || new Packet2.Writer(), writer.write(record.priority, 16), writer.write(record.weight, 16), writer.write(record.port, 16), Packet2.Name.encode(record.target, writer);
      }
    };
    var ednsTtl = (extendedRcode, version, doFlag) => (extendedRcode & 255) << 24 >>> 0 | (version & 255) << 16 | (doFlag ? 32768 : 0);
    Packet2.EDNS_DEFAULT_UDP_PAYLOAD_SIZE = 4096;
    Packet2.Resource.EDNS = function(rdata, opts = {}) {
      let extendedRcode = opts.extendedRcode || 0, version = opts.version || 0, doFlag = !!opts.doFlag, udpPayloadSize = opts.udpPayloadSize || Packet2.EDNS_DEFAULT_UDP_PAYLOAD_SIZE;
      return {
        type: Packet2.TYPE.EDNS,
        class: udpPayloadSize,
        ttl: ednsTtl(extendedRcode, version, doFlag),
        extendedRcode,
        version,
        doFlag,
        rdata
        // Objects of type Packet.Resource.EDNS.*
      };
    };
    Packet2.Resource.EDNS.decode = function(reader, length) {
      this.type = this.type ?? Packet2.TYPE.EDNS, this.class = this.class ?? Packet2.EDNS_DEFAULT_UDP_PAYLOAD_SIZE;
      let ttl = this.ttl ?? 0;
      for (this.ttl = ttl, this.extendedRcode = ttl >>> 24 & 255, this.version = ttl >>> 16 & 255, this.doFlag = !!(ttl & 32768), this.rdata = []; length > 0; ) {
        if (length < 4)
          throw new Error(
            `EDNS decode: ${length} octet(s) left in RDATA, too few for an option header`
          );
        let optionCode = reader.read(16), optionLength = reader.read(16);
        if (length -= 4, optionLength > length)
          throw new Error(
            `EDNS decode: option ${optionCode} declares ${optionLength} octet(s) but only ${length} remain in RDATA`
          );
        let decoder = Packet2.EDNS_OPTION_NAME[optionCode], codec = decoder && Packet2.Resource.EDNS[decoder];
        if (codec && codec.decode) {
          let optionEnd = reader.offset + optionLength * 8;
          this.rdata.push(codec.decode(reader, optionLength)), reader.offset = optionEnd;
        } else
          reader.offset += optionLength * 8, debug(
            "node-dns > skipping EDNS option code %d (%d octets): no decoder",
            optionCode,
            optionLength
          );
        length -= optionLength;
      }
      return this;
    };
    Packet2.Resource.EDNS.encode = function(record, writer) {
      writer = writer || new Packet2.Writer();
      for (let rdata of record.rdata) {
        let encoder = Packet2.EDNS_OPTION_NAME[rdata.ednsCode], codec = encoder && Packet2.Resource.EDNS[encoder];
        if (codec && codec.encode) {
          let w = new Packet2.Writer();
          if (codec.encode(rdata, w), w.bitLength() % 8 !== 0)
            throw new Error(
              `EDNS option ${rdata.ednsCode} encoder wrote ${w.bitLength()} bits, not a whole number of octets`
            );
          if (w.byteLength() > 65535)
            throw new Error(
              `EDNS option ${rdata.ednsCode} is ${w.byteLength()} octets, too long for its 16-bit length field`
            );
          writer.write(rdata.ednsCode, 16), writer.write(w.byteLength(), 16), writer.writeBuffer(w);
        } else
          debug(
            "node-dns > dropping EDNS option code %s: no encoder",
            inspect(rdata.ednsCode)
          );
      }
    };
    Packet2.Resource.EDNS.ECS = function(clientIp) {
      let [ip, prefixLength] = clientIp.split("/"), numPrefixLength = parseInt(prefixLength) || 32;
      return {
        ednsCode: Packet2.EDNS_OPTION_CODE.ECS,
        family: 1,
        sourcePrefixLength: numPrefixLength,
        scopePrefixLength: 0,
        ip
      };
    };
    Packet2.Resource.EDNS.ECS.decode = function(reader, length) {
      if (length < 4)
        throw new Error(
          `EDNS.ECS decode: option is ${length} octet(s), expected at least 4`
        );
      let rdata = {};
      rdata.ednsCode = Packet2.EDNS_OPTION_CODE.ECS, rdata.family = reader.read(16), rdata.sourcePrefixLength = reader.read(8), rdata.scopePrefixLength = reader.read(8), length -= 4;
      let addressOctets = { 1: 4, 2: 16 }[rdata.family];
      if (addressOctets !== void 0 && length > addressOctets)
        throw new Error(
          `EDNS.ECS decode: family ${rdata.family} address is ${length} octet(s), at most ${addressOctets}`
        );
      if (rdata.family === 1) {
        let ipv4Octets = [];
        for (; length--; ) {
          let octet = reader.read(8);
          ipv4Octets.push(octet);
        }
        for (; ipv4Octets.length < 4; )
          ipv4Octets.push(0);
        rdata.ip = ipv4Octets.join(".");
      }
      if (rdata.family === 2) {
        let ipv6Segments = [];
        for (; length > 0; length -= 2) {
          let segment = reader.read(16).toString(16);
          ipv6Segments.push(segment);
        }
        for (; ipv6Segments.length < 8; )
          ipv6Segments.push("0");
        rdata.ip = ipv6Segments.join(":");
      }
      return rdata;
    };
    Packet2.Resource.EDNS.ECS.encode = function(record, writer) {
      let octets = Math.ceil(record.sourcePrefixLength / 8);
      writer.write(record.family, 16), writer.write(record.sourcePrefixLength, 8), writer.write(record.scopePrefixLength, 8);
      let bytes;
      if (record.family === 1)
        bytes = record.ip.split(".").map((s) => parseInt(s, 10) || 0);
      else if (record.family === 2)
        bytes = expandIPv6ToBytes(record.ip);
      else
        throw new Error(`EDNS.ECS encode: unsupported family ${record.family}`);
      for (let i = 0; i < octets; i++)
        writer.write(bytes[i] || 0, 8);
    };
    function expandIPv6ToBytes(address) {
      let head, tail, idx = address.indexOf("::");
      idx === -1 ? (head = address.split(":"), tail = []) : (head = address.slice(0, idx).split(":").filter(Boolean), tail = address.slice(idx + 2).split(":").filter(Boolean));
      let missing = 8 - head.length - tail.length, groups = [...head, ...new Array(missing).fill("0"), ...tail], out = new Array(16).fill(0);
      for (let g = 0; g < 8; g++) {
        let n = parseInt(groups[g], 16) || 0;
        out[g * 2] = n >> 8 & 255, out[g * 2 + 1] = n & 255;
      }
      return out;
    }
    Packet2.EDE_MAX_TEXT = 256;
    Packet2.Resource.EDNS.EDE = function(infoCode, extraText = "") {
      return {
        ednsCode: Packet2.EDNS_OPTION_CODE.EDE,
        infoCode,
        extraText
      };
    };
    Packet2.Resource.EDNS.EDE.decode = function(reader, length) {
      if (length < 2)
        throw new Error(
          `EDNS.EDE decode: option is ${length} octet(s), expected at least 2`
        );
      let infoCode = reader.read(16), bytes = Buffer.alloc(length - 2);
      for (let i = 0; i < bytes.length; i++) bytes[i] = reader.read(8);
      return {
        ednsCode: Packet2.EDNS_OPTION_CODE.EDE,
        infoCode,
        // §3 warns that EXTRA-TEXT must not be assumed null-terminated; senders
        // that terminate it anyway would otherwise leave NULs in the string.
        extraText: bytes.toString("utf8").replace(/\0+$/, "")
      };
    };
    Packet2.Resource.EDNS.EDE.encode = function(record, writer) {
      assertCode(record.infoCode, "infoCode", "EDNS.EDE encode"), writer.write(record.infoCode, 16);
      for (let byte of Buffer.from(record.extraText || "", "utf8"))
        writer.write(byte, 8);
    };
    Packet2.Resource.CAA = {
      encode: function(record, writer) {
        writer = writer || new Packet2.Writer();
        let buffer = Buffer.from(record.tag + record.value, "utf8");
        writer.write(record.flags, 8), writer.write(record.tag.length, 8), buffer.forEach(function(c) {
          writer.write(c, 8);
        });
      },
      decode: function(reader, length) {
        if (length < 2)
          throw new Error(`CAA decode: RDLENGTH is ${length}, expected at least 2`);
        this.flags = reader.read(8);
        let tagLength = reader.read(8), remaining = length - 2;
        if (tagLength > remaining)
          throw new Error(
            `CAA decode: tag length ${tagLength} overruns RDATA (${remaining} octets remaining)`
          );
        let bytes = [];
        for (; remaining--; ) bytes.push(reader.read(8));
        let buffer = Buffer.from(bytes);
        return this.tag = buffer.slice(0, tagLength).toString("utf8"), this.value = buffer.slice(tagLength).toString("utf8"), this;
      }
    };
    Packet2.Resource.DNSKEY = {
      decode: function(reader, length) {
        if (length < 4)
          throw new Error(
            `DNSKEY decode: RDLENGTH is ${length}, expected at least 4`
          );
        let RData = [];
        for (; RData.length < length; )
          RData.push(reader.read(8));
        this.flags = RData[0] << 8 | RData[1], this.protocol = RData[2], this.algorithm = RData[3];
        let ac = 0;
        for (let i = 0; i < length; ++i)
          ac += i & 1 ? RData[i] : RData[i] << 8;
        ac += ac >> 16 & 65535, this.keyTag = ac & 65535;
        let binFlags = this.flags.toString(2);
        for (; binFlags.length < 16; )
          binFlags = "0" + binFlags;
        return this.zoneKey = binFlags[7] === "1", this.zoneSep = binFlags[15] === "1", this.key = Buffer.from(RData.slice(4)).toString("base64"), this;
      },
      encode: function(record, writer) {
        writer = writer || new Packet2.Writer();
        let buffer = Buffer.from(record.key, "base64");
        writer.write(record.flags, 16), writer.write(record.protocol, 8), writer.write(record.algorithm, 8), buffer.forEach(function(c) {
          writer.write(c, 8);
        });
      }
    };
    Packet2.Resource.RRSIG = {
      decode: function(reader, length) {
        function dateForSig(seconds) {
          let date = new Date(seconds * 1e3), pad = (n) => String(n).padStart(2, "0");
          return [
            date.getUTCFullYear(),
            pad(date.getUTCMonth() + 1),
            pad(date.getUTCDate()),
            pad(date.getUTCHours()),
            pad(date.getUTCMinutes()),
            pad(date.getUTCSeconds())
          ].join("");
        }
        if (length < 18)
          throw new Error(
            `RRSIG decode: RDLENGTH is ${length}, expected at least 18`
          );
        let rdataStart = reader.offset, maxOffset = reader.offset + length * 8;
        this.sigType = reader.read(16), this.algorithm = reader.read(8), this.labels = reader.read(8), this.originalTtl = reader.read(32), this.expiration = dateForSig(reader.read(32)), this.inception = dateForSig(reader.read(32)), this.keyTag = reader.read(16), this.signer = Packet2.Name.decode(reader);
        let maxLength = (maxOffset - reader.offset) / 8, signature = [];
        for (; signature.length < maxLength; )
          signature.push(reader.read(8));
        return this.signature = Buffer.from(signature).toString("base64"), this.data = Buffer.from(
          reader.buffer.subarray(rdataStart / 8, maxOffset / 8)
        ), this;
      }
    };
    Packet2.Reader = BufferReader;
    Packet2.Writer = BufferWriter;
    Packet2.createResponseFromRequest = function(request) {
      let response = new Packet2();
      return response.header = new Packet2.Header({
        id: request.header.id,
        opcode: request.header.opcode,
        rd: request.header.rd,
        qr: 1
      }), response.questions = request.questions.slice(), response;
    };
    Packet2.createResourceFromQuestion = function(base, record) {
      let resource = new Packet2.Resource(base);
      return Object.assign(resource, record), resource;
    };
    Packet2.createErrorResponseFromRequest = function(request, rcode, ede) {
      let response = Packet2.createResponseFromRequest(request);
      response.header.rcode = rcode;
      let requestOpt = (request.additionals || []).find(
        (r) => r && r.type === Packet2.TYPE.EDNS
      );
      if (!requestOpt && rcode <= 15) return response;
      let rdata = [];
      return ede && requestOpt && rdata.push(
        Packet2.Resource.EDNS.EDE(
          ede.infoCode,
          String(ede.extraText ?? "").slice(0, Packet2.EDE_MAX_TEXT)
        )
      ), response.additionals.push(Packet2.Resource.EDNS(rdata)), response;
    };
    Packet2.readStream = (socket) => {
      let chunks = [], chunklen = 0, settled = !1, ended = !1, expected = null;
      return new Promise((resolve, reject) => {
        let cleanup = () => {
          socket.removeListener("readable", onReadable), socket.removeListener("end", onEnd), socket.removeListener("error", fail);
        }, streamEnded = () => ended || socket.readableEnded === !0, fail = (error) => {
          settled || (settled = !0, cleanup(), reject(error));
        }, processMessage = () => {
          if (settled) return;
          settled = !0, cleanup();
          let buffer = Buffer.concat(chunks, chunklen), end = 2 + expected;
          !streamEnded() && chunklen > end && socket.unshift(buffer.slice(end)), resolve(buffer.slice(2, end));
        }, onEnd = () => {
          if (ended = !0, expected === null)
            return fail(
              new DecodeError(
                `connection closed after ${chunklen} octet(s), before the 2-octet message length prefix (RFC 1035 \xA74.2.2)`
              )
            );
          if (chunklen < 2 + expected)
            return fail(
              new DecodeError(
                `connection closed after ${chunklen - 2} of ${expected} declared message octet(s)`
              )
            );
          processMessage();
        }, onReadable = () => {
          let chunk;
          for (; (chunk = socket.read()) !== null; )
            chunks.push(chunk), chunklen += chunk.length;
          expected === null && chunklen >= 2 && (chunks.length > 1 && (chunks = [Buffer.concat(chunks, chunklen)]), expected = chunks[0].readUInt16BE(0)), expected !== null && chunklen >= 2 + expected && processMessage();
        };
        socket.on("end", onEnd), socket.on("error", fail), socket.on("readable", onReadable), onReadable(), !settled && socket.readableEnded === !0 && onEnd();
      });
    };
    Packet2.prototype.toBase64URL = function() {
      return this.toBuffer().toString("base64").replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
    };
    module.exports = Packet2;
    module.exports.toIPv6 = toIPv6;
    module.exports.fromIPv6 = fromIPv6;
  }
});

// node_modules/dns2/lib/proxy-protocol.js
var require_proxy_protocol = __commonJS({
  "node_modules/dns2/lib/proxy-protocol.js"(exports, module) {
    "use strict";
    var V2_SIGNATURE = Buffer.from([
      13,
      10,
      13,
      10,
      0,
      13,
      10,
      81,
      85,
      73,
      84,
      10
    ]), V1_PREFIX = Buffer.from("PROXY "), V1_MAX_LEN = 108, FAMILY = { 16: "IPv4", 32: "IPv6", 48: "Unix" }, TRANSPORT = { 1: "STREAM", 2: "DGRAM" };
    function parse(buffer) {
      if (buffer.length >= 12) {
        if (buffer.slice(0, 12).equals(V2_SIGNATURE)) return parseV2(buffer);
      } else if (V2_SIGNATURE.slice(0, buffer.length).equals(buffer))
        return null;
      if (buffer.length >= 6) {
        if (buffer.slice(0, 6).equals(V1_PREFIX)) return parseV1(buffer);
      } else if (V1_PREFIX.slice(0, buffer.length).equals(buffer))
        return null;
      throw new Error("PROXY protocol: header missing or malformed");
    }
    function parseV1(buffer) {
      let newline = buffer.slice(0, Math.min(buffer.length, V1_MAX_LEN)).indexOf(`\r
`);
      if (newline === -1) {
        if (buffer.length >= V1_MAX_LEN)
          throw new Error("PROXY v1: header exceeds maximum length");
        return null;
      }
      let parts = buffer.slice(0, newline).toString("ascii").split(" ");
      if (parts[0] !== "PROXY") throw new Error("PROXY v1: malformed header");
      let headerLength = newline + 2;
      if (parts[1] === "UNKNOWN")
        return { header: { version: 1, command: "UNKNOWN" }, headerLength };
      if (parts.length !== 6) throw new Error("PROXY v1: malformed header");
      let [, proto, sourceAddress, destinationAddress, srcPort, dstPort] = parts;
      if (proto !== "TCP4" && proto !== "TCP6")
        throw new Error(`PROXY v1: unsupported protocol ${proto}`);
      return {
        header: {
          version: 1,
          command: "PROXY",
          family: proto === "TCP4" ? "IPv4" : "IPv6",
          transport: "STREAM",
          sourceAddress,
          sourcePort: parseInt(srcPort, 10),
          destinationAddress,
          destinationPort: parseInt(dstPort, 10)
        },
        headerLength
      };
    }
    function parseV2(buffer) {
      if (buffer.length < 16) return null;
      let verCmd = buffer[12], version = verCmd >> 4, command = verCmd & 15;
      if (version !== 2)
        throw new Error(`PROXY v2: unsupported version ${version}`);
      if (command !== 0 && command !== 1)
        throw new Error(`PROXY v2: unknown command ${command}`);
      let famProto = buffer[13], addressLength = buffer.readUInt16BE(14), headerLength = 16 + addressLength;
      if (buffer.length < headerLength) return null;
      if (command === 0)
        return { header: { version: 2, command: "LOCAL" }, headerLength };
      let family = FAMILY[famProto & 240], transport = TRANSPORT[famProto & 15], sourceAddress, destinationAddress, sourcePort, destinationPort;
      if (family === "IPv4" && addressLength >= 12)
        sourceAddress = `${buffer[16]}.${buffer[17]}.${buffer[18]}.${buffer[19]}`, destinationAddress = `${buffer[20]}.${buffer[21]}.${buffer[22]}.${buffer[23]}`, sourcePort = buffer.readUInt16BE(24), destinationPort = buffer.readUInt16BE(26);
      else if (family === "IPv6" && addressLength >= 36)
        sourceAddress = ipv6FromBytes(buffer.slice(16, 32)), destinationAddress = ipv6FromBytes(buffer.slice(32, 48)), sourcePort = buffer.readUInt16BE(48), destinationPort = buffer.readUInt16BE(50);
      else
        throw new Error(
          `PROXY v2: unsupported address family/protocol 0x${famProto.toString(16)}`
        );
      return {
        header: {
          version: 2,
          command: "PROXY",
          family,
          transport,
          sourceAddress,
          sourcePort,
          destinationAddress,
          destinationPort
        },
        headerLength
      };
    }
    function ipv6FromBytes(bytes) {
      let segments = [];
      for (let i = 0; i < 16; i += 2)
        segments.push(bytes.readUInt16BE(i).toString(16));
      return segments.join(":");
    }
    function buildV1({
      family = "TCP4",
      sourceAddress,
      destinationAddress,
      sourcePort,
      destinationPort
    }) {
      return Buffer.from(
        `PROXY ${family} ${sourceAddress} ${destinationAddress} ${sourcePort} ${destinationPort}\r
`,
        "ascii"
      );
    }
    function buildV2Ipv4({
      sourceAddress,
      destinationAddress,
      sourcePort,
      destinationPort,
      transport = "STREAM"
    }) {
      let buf = Buffer.alloc(28);
      return V2_SIGNATURE.copy(buf, 0), buf[12] = 33, buf[13] = 16 | (transport === "DGRAM" ? 2 : 1), buf.writeUInt16BE(12, 14), sourceAddress.split(".").forEach((o, i) => {
        buf[16 + i] = parseInt(o, 10);
      }), destinationAddress.split(".").forEach((o, i) => {
        buf[20 + i] = parseInt(o, 10);
      }), buf.writeUInt16BE(sourcePort, 24), buf.writeUInt16BE(destinationPort, 26), buf;
    }
    module.exports = { parse, parseV1, parseV2, buildV1, buildV2Ipv4 };
  }
});

// node_modules/dns2/server/udp.js
var require_udp = __commonJS({
  "node_modules/dns2/server/udp.js"(exports, module) {
    var udp = __require("node:dgram"), Packet2 = require_packet(), proxyProtocol = require_proxy_protocol(), DEFAULT_UDP_LIMIT = 512, negotiatedPayloadSize = (request) => {
      if (!request || !Array.isArray(request.additionals)) return DEFAULT_UDP_LIMIT;
      let opt = request.additionals.find((r) => r && r.type === Packet2.TYPE.EDNS);
      return opt ? Math.max(opt.class || 0, DEFAULT_UDP_LIMIT) : DEFAULT_UDP_LIMIT;
    }, serializeForUdp = (message, maxBytes) => {
      if (message instanceof Packet2) {
        let buffer = message.toBuffer();
        if (buffer.length <= maxBytes) return buffer;
        let truncated = new Packet2();
        return truncated.header = new Packet2.Header(message.header), truncated.header.tc = 1, truncated.questions = message.questions.slice(), truncated.answers = [], truncated.authorities = [], truncated.additionals = [], buffer = truncated.toBuffer(), buffer.length > maxBytes && (buffer = buffer.slice(0, maxBytes)), buffer;
      }
      if (message.length <= maxBytes) return message;
      let out = Buffer.from(message);
      return out.length >= 3 && (out[2] |= 2), out.slice(0, maxBytes);
    }, Server = class extends udp.Socket {
      constructor(options) {
        let type = "udp4", proxyProtocolEnabled = !1;
        typeof options == "object" && options !== null && (type = options.type ?? type, proxyProtocolEnabled = options.proxyProtocol ?? !1), super(type), this.proxyProtocol = proxyProtocolEnabled, typeof options == "function" && this.on("request", options), this.on("message", this.handle.bind(this));
      }
      handle(data, rinfo) {
        try {
          let responder = rinfo, clientInfo = rinfo;
          if (this.proxyProtocol) {
            let parsed = proxyProtocol.parse(data);
            if (!parsed) throw new Error("PROXY protocol: incomplete header");
            parsed.header.command === "PROXY" ? clientInfo = {
              ...rinfo,
              address: parsed.header.sourceAddress,
              port: parsed.header.sourcePort,
              proxy: parsed.header
            } : clientInfo = { ...rinfo, proxy: parsed.header }, data = data.slice(parsed.headerLength);
          }
          let message = Packet2.parse(data), ctx = {
            rinfo: responder,
            maxPayload: negotiatedPayloadSize(message)
          };
          this.emit("request", message, this.response.bind(this, ctx), clientInfo);
        } catch (e) {
          this.emit("requestError", e);
        }
      }
      response(ctx, message) {
        let rinfo = ctx && ctx.rinfo ? ctx.rinfo : ctx, maxPayload = ctx && ctx.maxPayload || DEFAULT_UDP_LIMIT, buffer = serializeForUdp(message, maxPayload);
        return new Promise((resolve, reject) => {
          this.send(buffer, rinfo.port, rinfo.address, (err) => {
            if (err) return reject(err);
            resolve(buffer);
          });
        });
      }
      listen(port, address) {
        return new Promise((resolve) => this.bind(port, address, resolve));
      }
    };
    module.exports = Server;
  }
});

// node_modules/dns2/server/tcp.js
var require_tcp = __commonJS({
  "node_modules/dns2/server/tcp.js"(exports, module) {
    var tcp = __require("node:net"), Packet2 = require_packet(), proxyProtocol = require_proxy_protocol(), DEFAULT_IDLE_TIMEOUT_MS = 1e4, Server = class extends tcp.Server {
      constructor(options) {
        super({ allowHalfOpen: !0 });
        let proxyProtocolEnabled = !1, idleTimeout = DEFAULT_IDLE_TIMEOUT_MS;
        typeof options == "object" && options !== null && (proxyProtocolEnabled = options.proxyProtocol ?? !1, typeof options.idleTimeout == "number" && (idleTimeout = options.idleTimeout)), typeof options == "function" && this.on("request", options), this.proxyProtocol = proxyProtocolEnabled, this.idleTimeout = idleTimeout, this.on("connection", this.handle.bind(this));
      }
      async handle(client) {
        let state = { inFlight: 0, peerEnded: !1 };
        try {
          if (this.proxyProtocol) {
            let header = await consumeProxyHeader(client);
            client.proxy = header, header.command === "PROXY" && (client.proxyAddress = header.sourceAddress, client.proxyPort = header.sourcePort);
          }
          this.idleTimeout > 0 && client.setTimeout(this.idleTimeout), readPipelinedMessages(
            client,
            state,
            (data) => {
              let message;
              try {
                message = Packet2.parse(data);
              } catch (e) {
                this.emit("requestError", e), client.destroy();
                return;
              }
              state.inFlight++, this.emit(
                "request",
                message,
                this.response.bind(this, client, state),
                client
              );
            },
            (err) => {
              this.emit("requestError", err), client.destroy();
            }
          );
        } catch (e) {
          this.emit("requestError", e), client.destroy();
        }
      }
      response(client, state, message) {
        message instanceof Packet2 && (message = message.toBuffer());
        let len = Buffer.alloc(2);
        len.writeUInt16BE(message.length), !client.destroyed && client.writable && client.write(Buffer.concat([len, message])), state.inFlight > 0 && state.inFlight--, state.peerEnded && state.inFlight === 0 && !client.destroyed && client.end();
      }
    };
    function readPipelinedMessages(socket, state, onMessage, onError) {
      let buffered = Buffer.alloc(0), expected = null, drain = () => {
        for (; ; ) {
          if (expected === null) {
            if (buffered.length < 2) return;
            expected = buffered.readUInt16BE(0), buffered = buffered.slice(2);
          }
          if (buffered.length < expected) return;
          let message = buffered.slice(0, expected);
          buffered = buffered.slice(expected), expected = null, onMessage(message);
        }
      }, onReadable = () => {
        let chunk;
        for (; (chunk = socket.read()) !== null; )
          buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
        try {
          drain();
        } catch (e) {
          onError(e);
        }
      };
      socket.on("readable", onReadable), socket.on("end", () => {
        if (expected !== null || buffered.length > 0) {
          onError(
            new Error("TCP message truncated: connection closed mid-message")
          );
          return;
        }
        state.peerEnded = !0, state.inFlight === 0 && !socket.destroyed && socket.end();
      }), socket.on("timeout", () => {
        socket.destroyed || socket.end();
      }), socket.on("error", (err) => onError(err)), onReadable();
    }
    function consumeProxyHeader(socket) {
      return new Promise((resolve, reject) => {
        let chunks = [], chunklen = 0, done = !1, cleanup = () => {
          socket.removeListener("readable", onReadable), socket.removeListener("end", onEnd), socket.removeListener("error", onError);
        }, onError = (err) => {
          done || (done = !0, cleanup(), reject(err));
        }, onEnd = () => {
          done || (done = !0, cleanup(), reject(new Error("PROXY protocol: stream ended before header complete")));
        }, onReadable = () => {
          if (done) return;
          let chunk;
          for (; (chunk = socket.read()) !== null; )
            chunks.push(chunk), chunklen += chunk.length;
          if (chunklen === 0) return;
          let buffer = Buffer.concat(chunks, chunklen), parsed;
          try {
            parsed = proxyProtocol.parse(buffer);
          } catch (e) {
            return onError(e);
          }
          if (!parsed) return;
          done = !0, cleanup();
          let leftover = buffer.slice(parsed.headerLength);
          leftover.length && socket.unshift(leftover), resolve(parsed.header);
        };
        socket.on("readable", onReadable), socket.on("end", onEnd), socket.on("error", onError), onReadable();
      });
    }
    module.exports = Server;
  }
});

// node_modules/dns2/server/doh.js
var require_doh = __commonJS({
  "node_modules/dns2/server/doh.js"(exports, module) {
    var http = __require("node:http"), https = __require("node:https"), { URL: URL2 } = __require("node:url"), Packet2 = require_packet(), EventEmitter = __require("node:events"), { debuglog } = __require("node:util"), debug = debuglog("dns2-server"), decodeBase64URL = (str) => {
      let queryData = str.replace(/-/g, "+").replace(/_/g, "/"), pad = queryData.length % 4;
      if (pad !== 1)
        return pad && (queryData += new Array(5 - pad).join("=")), queryData;
    }, readStream = (stream) => new Promise((resolve, reject) => {
      let chunks = [];
      stream.on("error", reject).on("data", (chunk) => chunks.push(chunk)).on("end", () => resolve(Buffer.concat(chunks)));
    }), parseAccept = (accept) => accept.split(",").map((entry) => {
      let parts = entry.split(";").map((s) => s.trim()), type = (parts.shift() || "").toLowerCase(), q = 1;
      for (let param of parts) {
        let [name, value] = param.split("=").map((s) => s.trim());
        if (name && name.toLowerCase() === "q") {
          let parsed = parseFloat(value);
          Number.isFinite(parsed) && (q = parsed);
        }
      }
      return { type, q };
    }), isAcceptable = (accept) => accept ? parseAccept(accept).some(
      ({ type, q }) => q > 0 && (type === "*/*" || type === "application/*" || type === "application/dns-message")
    ) : !0, minResponseTtl = (packet) => {
      let min = 1 / 0;
      for (let section of [
        packet.answers,
        packet.authorities,
        packet.additionals
      ])
        if (section)
          for (let rr of section)
            !rr || typeof rr.ttl != "number" || rr.type !== Packet2.TYPE.EDNS && rr.ttl < min && (min = rr.ttl);
      return !Number.isFinite(min) || min < 0 ? 0 : Math.min(min >>> 0, 2147483647);
    }, Server = class extends EventEmitter {
      constructor(options) {
        super();
        let { ssl } = Object.assign(this, { cors: !0 }, options);
        return this.server = (ssl ? https.createServer(options) : http.createServer()).on("request", this.handleRequest.bind(this)).on("listening", () => this.emit("listening", this.address())).on("error", (error) => this.emit("error", error)).on("close", () => {
          this.server.removeAllListeners(), this.emit("close");
        }), this;
      }
      async handleRequest(client, res) {
        try {
          let { method, url, headers } = client, { pathname, searchParams: query } = new URL2(url, "http://unused/"), { cors } = this;
          if (cors === !0)
            res.setHeader("Access-Control-Allow-Origin", "*");
          else if (typeof cors == "string")
            res.setHeader("Access-Control-Allow-Origin", cors), res.setHeader("Vary", "Origin");
          else if (typeof cors == "function") {
            let isAllowed = cors(headers.origin);
            res.setHeader(
              "Access-Control-Allow-Origin",
              isAllowed ? headers.origin : "false"
            ), res.setHeader("Vary", "Origin");
          }
          if (debug("request", method, url), method !== "GET" && method !== "POST") {
            res.writeHead(405, { "Content-Type": "text/plain" }), res.write(`405 Method not allowed
`), res.end();
            return;
          }
          if (pathname !== "/dns-query") {
            res.writeHead(404, { "Content-Type": "text/plain" }), res.write(`404 Not Found
`), res.end();
            return;
          }
          if (!isAcceptable(headers.accept)) {
            res.writeHead(406, { "Content-Type": "text/plain" }), res.write(`406 Not Acceptable: application/dns-message required
`), res.end();
            return;
          }
          let queryData;
          if (method === "GET") {
            let dns2 = query.get("dns");
            if (!dns2) {
              res.writeHead(400, { "Content-Type": "text/plain" }), res.write(`400 Bad Request: No query defined
`), res.end();
              return;
            }
            let base64 = decodeBase64URL(dns2);
            if (!base64) {
              res.writeHead(400, { "Content-Type": "text/plain" }), res.write(`400 Bad Request: Invalid query data
`), res.end();
              return;
            }
            queryData = Buffer.from(base64, "base64");
          } else if (method === "POST") {
            if ((headers["content-type"] || "").split(";")[0].trim().toLowerCase() !== "application/dns-message") {
              res.writeHead(415, { "Content-Type": "text/plain" }), res.write(
                `415 Unsupported Media Type: expected application/dns-message
`
              ), res.end();
              return;
            }
            queryData = await readStream(client);
          }
          let message = Packet2.parse(queryData);
          this.emit("request", message, this.response.bind(this, res), client);
        } catch (e) {
          this.emit("requestError", e), res.destroy();
        }
      }
      /**
       * Send of the response to the client
       * @param {*} res
       * @param {*} message
       */
      response(res, message) {
        debug("response"), res.setHeader("Content-Type", "application/dns-message"), res.setHeader("Cache-Control", `max-age=${minResponseTtl(message)}`), res.writeHead(200), res.end(message.toBuffer());
      }
      /**
       * listen
       * @param {*} port
       * @returns
       */
      listen(port, address) {
        return this.server.listen(port || this.port, address);
      }
      address() {
        return this.server.address();
      }
      close() {
        return this.server.closeIdleConnections(), this.server.close();
      }
    };
    module.exports = Server;
  }
});

// node_modules/dns2/server/dns.js
var require_dns = __commonJS({
  "node_modules/dns2/server/dns.js"(exports, module) {
    var EventEmitter = __require("node:events"), Packet2 = require_packet(), DOHServer2 = require_doh(), TCPServer2 = require_tcp(), UDPServer2 = require_udp(), DNSServer = class extends EventEmitter {
      constructor(options = {}) {
        super(), this.servers = {}, options.doh && (this.servers.doh = new DOHServer2(options.doh).on(
          "error",
          (error) => this.emit("error", error, "doh")
        )), options.tcp && (this.servers.tcp = new TCPServer2().on(
          "error",
          (error) => this.emit("error", error, "tcp")
        )), options.udp && (this.servers.udp = new UDPServer2(
          typeof options.udp == "object" ? options.udp : void 0
        ).on("error", (error) => this.emit("error", error, "udp")));
        let servers = Object.values(this.servers);
        this.closed = Promise.all(
          servers.map(
            (server) => new Promise((resolve) => server.once("close", resolve))
          )
        ).then(() => {
          this.emit("close");
        }), this.listening = Promise.all(
          servers.map(
            (server) => new Promise((resolve) => server.once("listening", resolve))
          )
        ).then(() => {
          let addresses = this.addresses();
          return this.emit("listening", addresses), addresses;
        });
        let maxConcurrent = options.maxConcurrent > 0 ? options.maxConcurrent : 0, active = 0, emitRequest = (request, send, client) => {
          if (maxConcurrent && active >= maxConcurrent) {
            let response = Packet2.createResponseFromRequest(request);
            response.header.rcode = Packet2.RCODE.SERVFAIL, send(response);
            return;
          }
          active++;
          let wrappedSend = (...args) => (active--, send(...args));
          this.emit("request", request, wrappedSend, client);
        }, emitRequestError = (error) => this.emit("requestError", error);
        for (let server of servers)
          server.on("request", emitRequest), server.on("requestError", emitRequestError);
        options.handle && this.on("request", options.handle.bind(options));
      }
      addresses() {
        let addresses = {}, { udp, tcp, doh } = this.servers;
        return udp && (addresses.udp = udp.address()), tcp && (addresses.tcp = tcp.address()), doh && (addresses.doh = doh.address()), addresses;
      }
      listen(options = {}) {
        for (let serverType of Object.keys(this.servers)) {
          let server = this.servers[serverType], serverOptions = options[serverType];
          serverOptions && serverOptions.port ? server.listen(serverOptions.port, serverOptions.address) : server.listen(serverOptions);
        }
        return this.listening;
      }
      close() {
        let { doh, udp, tcp } = this.servers;
        return udp && udp.close(), tcp && tcp.close(), doh && doh.close(), this.closed;
      }
    };
    module.exports = DNSServer;
  }
});

// node_modules/dns2/server/index.js
var require_server = __commonJS({
  "node_modules/dns2/server/index.js"(exports, module) {
    var UDPServer2 = require_udp(), TCPServer2 = require_tcp(), DOHServer2 = require_doh(), DNSServer = require_dns(), createUDPServer2 = (options) => new UDPServer2(options), createTCPServer2 = (options) => new TCPServer2(options), createDOHServer2 = (options) => new DOHServer2(options), createServer2 = (options) => new DNSServer(options);
    module.exports = {
      UDPServer: UDPServer2,
      TCPServer: TCPServer2,
      DOHServer: DOHServer2,
      DNSServer,
      createTCPServer: createTCPServer2,
      createUDPServer: createUDPServer2,
      createDOHServer: createDOHServer2,
      createServer: createServer2
    };
  }
});

// node_modules/dns2/client/tcp.js
var require_tcp2 = __commonJS({
  "node_modules/dns2/client/tcp.js"(exports, module) {
    var tls = __require("node:tls"), tcp = __require("node:net"), Packet2 = require_packet(), { debuglog } = __require("node:util"), debug = debuglog("dns2"), makeQuery = ({
      name,
      type = "A",
      cls = Packet2.CLASS.IN,
      clientIp,
      recursive = !0
    }) => {
      let packet = new Packet2();
      return packet.header.rd = recursive ? 1 : 0, clientIp && packet.additionals.push(
        Packet2.Resource.EDNS([Packet2.Resource.EDNS.ECS(clientIp)])
      ), packet.questions.push({ name, class: cls, type: Packet2.TYPE[type] }), packet.toBuffer();
    }, sendQuery = (client, message) => {
      let len = Buffer.alloc(2);
      len.writeUInt16BE(message.length), client.write(Buffer.concat([len, message]));
    }, protocols = {
      "tcp:": (host, port) => tcp.connect({ host, port }),
      "tls:": (host, port) => tls.connect({ host, port, servername: host })
    }, TCPClient2 = ({
      dns: dns2,
      protocol = "tcp:",
      port = protocol === "tls:" ? 853 : 53
    } = {}) => {
      if (!protocols[protocol])
        throw new Error("Protocol must be tcp: or tls:");
      return async (name, type, cls, options = {}) => {
        let message = makeQuery({ name, type, cls, ...options }), [host] = dns2.split(":"), client = protocols[protocol](host, port);
        client.on("error", (err) => debug("tcp: socket error: %s", err.message)), sendQuery(client, message);
        let data = await Packet2.readStream(client);
        if (client.end(), !data.length) throw new Error("Empty response");
        return Packet2.parse(data);
      };
    };
    module.exports = TCPClient2;
  }
});

// node_modules/dns2/client/doh.js
var require_doh2 = __commonJS({
  "node_modules/dns2/client/doh.js"(exports, module) {
    var http = __require("node:http"), https = __require("node:https"), http2 = __require("node:http2"), Packet2 = require_packet(), protocols = {
      "http:": http.get,
      "https:": https.get,
      "h2:": (url, options, done) => {
        let urlObj = new URL(url), client = http2.connect(url.replace("h2:", "https:")), req = client.request({
          ":path": `${urlObj.pathname}${urlObj.search}`,
          ":method": "GET",
          ...options.headers
        });
        req.on("response", (headers) => {
          client.close(), done({
            headers,
            statusCode: headers[":status"],
            on: req.on.bind(req)
          });
        }), req.on("error", (err) => {
          throw client.close(), err;
        }), req.end();
      }
    }, makeRequest = (url, query) => new Promise((resolve, reject) => {
      url.indexOf("://") === -1 && (url = `https://${url}`);
      let u = new URL(url), searchParams = u.searchParams;
      searchParams.set("dns", query), u.search = searchParams.toString();
      let get = protocols[u.protocol];
      if (!get)
        throw new Error(
          `Unsupported protocol: ${u.protocol}, must be specified (http://, https:// or h2://)`
        );
      let req = get(
        u.toString(),
        { headers: { accept: "application/dns-message" } },
        resolve
      );
      req && req.on("error", reject);
    }), readStream = (res) => new Promise((resolve, reject) => {
      let chunks = [];
      res.on("error", reject).on("data", (chunk) => chunks.push(chunk)).on("end", () => {
        let data = Buffer.concat(chunks);
        if (res.statusCode !== 200)
          return reject(
            new Error(`HTTP ${res.statusCode}: ${data.toString()}`)
          );
        resolve(data);
      });
    }), buildQuery = ({
      name,
      type = "A",
      cls = Packet2.CLASS.IN,
      clientIp,
      recursive = !0
    }) => {
      let packet = new Packet2();
      return packet.header.rd = recursive ? 1 : 0, clientIp && packet.additionals.push(
        Packet2.Resource.EDNS([Packet2.Resource.EDNS.ECS(clientIp)])
      ), packet.questions.push({ name, class: cls, type: Packet2.TYPE[type] }), packet.toBase64URL();
    }, DOHClient2 = ({ dns: dns2 }) => async (name, type, cls, options = {}) => {
      let query = buildQuery({ name, type, cls, ...options }), response = await makeRequest(dns2, query), data = await readStream(response);
      return Packet2.parse(data);
    };
    module.exports = DOHClient2;
  }
});

// node_modules/dns2/client/udp.js
var require_udp2 = __commonJS({
  "node_modules/dns2/client/udp.js"(exports, module) {
    var udp = __require("node:dgram"), net = __require("node:net"), Packet2 = require_packet(), { debuglog } = __require("node:util"), debug = debuglog("dns2");
    module.exports = ({
      dns: dns2 = "8.8.8.8",
      port = 53,
      socketType = "udp4",
      timeout = 1e4,
      retryOverTCP = !0
    } = {}) => (name, type = "A", cls = Packet2.CLASS.IN, options = {}) => {
      let { clientIp, recursive = !0 } = options, query = new Packet2();
      query.header.id = Packet2.uuid(), recursive && (query.header.rd = 1), clientIp && query.additionals.push(
        Packet2.Resource.EDNS([Packet2.Resource.EDNS.ECS(clientIp)])
      ), query.questions.push({
        name,
        class: cls,
        type: Packet2.TYPE[type]
      });
      let client = new udp.Socket(socketType), expectedAddress = net.isIP(dns2) ? dns2 : null;
      return new Promise((resolve, reject) => {
        let settled = !1, timer, lastDropped, cleanup = () => {
          if (!settled) {
            settled = !0, timer && clearTimeout(timer), client.removeListener("message", onMessage), client.removeListener("error", onError);
            try {
              client.close();
            } catch {
            }
          }
        };
        function onMessage(message, rinfo) {
          if (rinfo.port !== port || expectedAddress && rinfo.address !== expectedAddress) {
            lastDropped = `packet came from ${rinfo.address}:${rinfo.port}, not the configured resolver ${dns2}:${port}`, debug(
              "udp: dropping packet from unexpected sender %s:%d",
              rinfo.address,
              rinfo.port
            );
            return;
          }
          let response;
          try {
            response = Packet2.parse(message);
          } catch (e) {
            lastDropped = `response could not be decoded: ${e.message}`, debug("udp: dropping unparseable packet: %s", e.message);
            return;
          }
          if (response.errors.length && debug(
            "udp: response %d decoded with %d error(s): %s",
            response.header.id,
            response.errors.length,
            response.errors.map((e) => e.message).join("; ")
          ), response.header.id !== query.header.id) {
            lastDropped = `response id ${response.header.id} did not match the query id ${query.header.id}`, debug(
              "udp: dropping response with mismatched id %d (expected %d)",
              response.header.id,
              query.header.id
            );
            return;
          }
          if (response.header.tc && retryOverTCP) {
            debug("udp: TC bit set \u2014 retrying query over TCP"), cleanup();
            let TCPClient2 = require_tcp2();
            resolve(TCPClient2({ dns: dns2, port })(name, type, cls, options));
            return;
          }
          cleanup(), resolve(response);
        }
        function onError(err) {
          cleanup(), reject(err);
        }
        client.on("message", onMessage), client.on("error", onError), timeout > 0 && (timer = setTimeout(() => {
          cleanup();
          let err = new Error(
            `DNS query timed out after ${timeout}ms` + (lastDropped ? ` (last ${lastDropped})` : "")
          );
          err.code = "ETIMEDOUT", reject(err);
        }, timeout), timer.unref()), debug("send", dns2, query.toBuffer()), client.send(query.toBuffer(), port, dns2, (err) => {
          err && (cleanup(), reject(err));
        });
      });
    };
  }
});

// node_modules/dns2/client/google.js
var require_google = __commonJS({
  "node_modules/dns2/client/google.js"(exports, module) {
    var https = __require("node:https"), get = (url) => new Promise((resolve) => https.get(url, resolve)), readStream = (stream) => {
      let buffer = [];
      return new Promise((resolve, reject) => {
        stream.on("error", reject).on("data", (chunk) => {
          buffer.push(chunk);
        }).on("end", () => resolve(Buffer.concat(buffer)));
      });
    }, GoogleClient2 = () => (name, type = "ANY") => Promise.resolve().then(
      () => get(`https://dns.google.com/resolve?name=${name}&type=${type}`)
    ).then(readStream).then(JSON.parse);
    module.exports = GoogleClient2;
  }
});

// node_modules/dns2/index.js
var require_dns2 = __commonJS({
  "node_modules/dns2/index.js"(exports, module) {
    var {
      TCPServer: TCPServer2,
      UDPServer: UDPServer2,
      DOHServer: DOHServer2,
      createTCPServer: createTCPServer2,
      createUDPServer: createUDPServer2,
      createDOHServer: createDOHServer2,
      createServer: createServer2
    } = require_server(), EventEmitter = __require("node:events"), DNS = class _DNS extends EventEmitter {
      constructor(options = {}) {
        super(), options.dns != null && options.nameServers == null && (options = Object.assign({}, options, {
          nameServers: [].concat(options.dns)
        })), Object.assign(
          this,
          {
            port: 53,
            retries: 3,
            timeout: 3e3,
            // milliseconds
            recursive: !0,
            retryOverTCP: !0,
            resolverProtocol: "UDP",
            nameServers: ["8.8.8.8", "114.114.114.114"],
            rootServers: [
              "a",
              "b",
              "c",
              "d",
              "e",
              "f",
              "g",
              "h",
              "i",
              "j",
              "k",
              "l",
              "m"
            ].map((x) => `${x}.root-servers.net`)
          },
          options
        );
      }
      /**
       * resolve
       * @param {*} domain
       * @param {*} type
       * @param {*} cls
       */
      async resolve(domain, type = "ANY", cls = _DNS.Packet.CLASS.IN, options = {}) {
        let {
          port,
          nameServers,
          resolverProtocol = "UDP",
          retryOverTCP,
          timeout
        } = this, createResolver = _DNS[resolverProtocol + "Client"];
        try {
          return await Promise.any(
            nameServers.map((address) => createResolver({
              dns: address,
              port,
              retryOverTCP,
              timeout
            })(domain, type, cls, options))
          );
        } catch (e) {
          if (!(e instanceof AggregateError)) throw e;
          let reasons = nameServers.map((address, i) => `${address}: ${e.errors[i]?.message}`).join("; ");
          throw new Error(
            `${type} lookup of ${domain} failed on all ${nameServers.length} name server(s) \u2014 ${reasons}`,
            { cause: e }
          );
        }
      }
      resolveA(domain, clientIp) {
        return this.resolve(domain, "A", void 0, clientIp ? { clientIp } : {});
      }
      resolveAAAA(domain) {
        return this.resolve(domain, "AAAA");
      }
      resolveMX(domain) {
        return this.resolve(domain, "MX");
      }
      resolveCNAME(domain) {
        return this.resolve(domain, "CNAME");
      }
      resolvePTR(domain) {
        return this.resolve(domain, "PTR");
      }
      resolveDNSKEY(domain) {
        return this.resolve(domain, "DNSKEY");
      }
      resolveRRSIG(domain) {
        return this.resolve(domain, "RRSIG");
      }
      resolveSOA(domain) {
        return this.resolve(domain, "SOA");
      }
    };
    DNS.TCPServer = TCPServer2;
    DNS.UDPServer = UDPServer2;
    DNS.DOHServer = DOHServer2;
    DNS.createUDPServer = createUDPServer2;
    DNS.createTCPServer = createTCPServer2;
    DNS.createDOHServer = createDOHServer2;
    DNS.createServer = createServer2;
    DNS.TCPClient = require_tcp2();
    DNS.DOHClient = require_doh2();
    DNS.UDPClient = require_udp2();
    DNS.GoogleClient = require_google();
    DNS.Packet = require_packet();
    module.exports = DNS;
  }
});

// node_modules/dns2/index.mjs
var import_index = __toESM(require_dns2(), 1), dns2_default = import_index.default, {
  TCPServer,
  UDPServer,
  DOHServer,
  createUDPServer,
  createTCPServer,
  createDOHServer,
  createServer,
  TCPClient,
  DOHClient,
  UDPClient,
  GoogleClient,
  Packet
} = import_index.default;
export {
  DOHClient,
  DOHServer,
  GoogleClient,
  Packet,
  TCPClient,
  TCPServer,
  UDPClient,
  UDPServer,
  createDOHServer,
  createServer,
  createTCPServer,
  createUDPServer,
  dns2_default as default
};
