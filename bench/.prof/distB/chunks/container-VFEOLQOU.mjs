import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  require_src
} from "./chunk-OXCHI33W.mjs";
import {
  __commonJS,
  __require
} from "./chunk-ZDPWL4GI.mjs";

// node_modules/rhea/lib/errors.js
var require_errors = __commonJS({
  "node_modules/rhea/lib/errors.js"(exports, module) {
    "use strict";
    var util = __require("util");
    function ProtocolError(message) {
      Error.captureStackTrace(this, ProtocolError), this.message = message, this.name = "ProtocolError";
    }
    util.inherits(ProtocolError, Error);
    function TypeError(message) {
      Error.captureStackTrace(this, TypeError), this.message = message, this.name = "TypeError";
    }
    util.inherits(TypeError, ProtocolError);
    function ConnectionError(message, condition, connection) {
      Error.captureStackTrace(this, ConnectionError), this.message = message, this.name = "ConnectionError", this.condition = condition, this.description = message, Object.defineProperty(this, "connection", { value: connection });
    }
    util.inherits(ConnectionError, Error);
    ConnectionError.prototype.toJSON = function() {
      return {
        type: this.name,
        code: this.condition,
        message: this.description
      };
    };
    module.exports = {
      ProtocolError,
      TypeError,
      ConnectionError
    };
  }
});

// node_modules/rhea/lib/util.js
var require_util = __commonJS({
  "node_modules/rhea/lib/util.js"(exports, module) {
    "use strict";
    var errors = require_errors(), util = {};
    util.allocate_buffer = function(size) {
      return Buffer.alloc ? Buffer.alloc(size) : new Buffer(size);
    };
    util.generate_uuid = function() {
      return util.uuid_to_string(util.uuid4());
    };
    util.uuid4 = function() {
      for (var bytes = util.allocate_buffer(16), i = 0; i < bytes.length; i++)
        bytes[i] = Math.random() * 255 | 0;
      return bytes[7] &= 15, bytes[7] |= 64, bytes[8] &= 63, bytes[8] |= 128, bytes;
    };
    util.uuid_to_string = function(buffer) {
      if (buffer.length === 16) {
        var chunks = [buffer.slice(0, 4), buffer.slice(4, 6), buffer.slice(6, 8), buffer.slice(8, 10), buffer.slice(10, 16)];
        return chunks.map(function(b) {
          return b.toString("hex");
        }).join("-");
      } else
        throw new errors.TypeError("Not a UUID, expecting 16 byte buffer");
    };
    var parse_uuid = /^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})$/;
    util.string_to_uuid = function(uuid_string) {
      var parts = parse_uuid.exec(uuid_string.toLowerCase());
      if (parts)
        return Buffer.from(parts.slice(1).join(""), "hex");
      throw new errors.TypeError("Not a valid UUID string: " + uuid_string);
    };
    util.clone = function(o) {
      for (var copy = Object.create(o.prototype || {}), names = Object.getOwnPropertyNames(o), i = 0; i < names.length; i++) {
        var key = names[i];
        copy[key] = o[key];
      }
      return copy;
    };
    util.and = function(f, g) {
      return g === void 0 ? f : function(o) {
        return f(o) && g(o);
      };
    };
    util.is_sender = function(o) {
      return o.is_sender();
    };
    util.is_receiver = function(o) {
      return o.is_receiver();
    };
    util.sender_filter = function(filter) {
      return util.and(util.is_sender, filter);
    };
    util.receiver_filter = function(filter) {
      return util.and(util.is_receiver, filter);
    };
    util.is_defined = function(field) {
      return field != null;
    };
    module.exports = util;
  }
});

// node_modules/rhea/lib/types.js
var require_types = __commonJS({
  "node_modules/rhea/lib/types.js"(exports, module) {
    "use strict";
    var errors = require_errors(), util = require_util(), CAT_FIXED = 1, CAT_VARIABLE = 2, CAT_COMPOUND = 3, CAT_ARRAY = 4;
    function Typed(type, value, code, descriptor) {
      this.type = type, this.value = value, code && (this.array_constructor = { typecode: code }, descriptor && (this.array_constructor.descriptor = descriptor));
    }
    Typed.prototype.toString = function() {
      return this.value ? this.value.toString() : null;
    };
    Typed.prototype.toLocaleString = function() {
      return this.value ? this.value.toLocaleString() : null;
    };
    Typed.prototype.valueOf = function() {
      return this.value;
    };
    Typed.prototype.toJSON = function() {
      return this.value && this.value.toJSON ? this.value.toJSON() : this.value;
    };
    Typed.prototype.toRheaTyped = function() {
      return this;
    };
    function TypeDesc(name, typecode, props, empty_value) {
      this.name = name, this.typecode = typecode;
      var subcategory = typecode >>> 4;
      switch (subcategory) {
        case 4:
          this.width = 0, this.category = CAT_FIXED;
          break;
        case 5:
          this.width = 1, this.category = CAT_FIXED;
          break;
        case 6:
          this.width = 2, this.category = CAT_FIXED;
          break;
        case 7:
          this.width = 4, this.category = CAT_FIXED;
          break;
        case 8:
          this.width = 8, this.category = CAT_FIXED;
          break;
        case 9:
          this.width = 16, this.category = CAT_FIXED;
          break;
        case 10:
          this.width = 1, this.category = CAT_VARIABLE;
          break;
        case 11:
          this.width = 4, this.category = CAT_VARIABLE;
          break;
        case 12:
          this.width = 1, this.category = CAT_COMPOUND;
          break;
        case 13:
          this.width = 4, this.category = CAT_COMPOUND;
          break;
        case 14:
          this.width = 1, this.category = CAT_ARRAY;
          break;
        case 15:
          this.width = 4, this.category = CAT_ARRAY;
          break;
        default:
          break;
      }
      props && (props.read && (this.read = props.read), props.write && (this.write = props.write), props.encoding && (this.encoding = props.encoding));
      var t = this;
      subcategory === 4 ? this.create = function() {
        return new Typed(t, empty_value);
      } : subcategory === 14 || subcategory === 15 ? this.create = function(v, code, descriptor) {
        return new Typed(t, v, code, descriptor);
      } : this.create = function(v) {
        return new Typed(t, v);
      };
    }
    TypeDesc.prototype.toString = function() {
      return this.name + "#" + hex(this.typecode);
    };
    function hex(i) {
      return Number(i).toString(16);
    }
    var types = { by_code: {} };
    Object.defineProperty(types, "MAX_UINT", { value: 4294967295, writable: !1, configurable: !1 });
    Object.defineProperty(types, "MAX_USHORT", { value: 65535, writable: !1, configurable: !1 });
    function define_type(name, typecode, annotations, empty_value) {
      var t = new TypeDesc(name, typecode, annotations, empty_value);
      t.create.typecode = t.typecode, types.by_code[t.typecode] = t, types[name] = t.create;
    }
    function buffer_uint8_ops() {
      return {
        read: function(buffer, offset) {
          return buffer.readUInt8(offset);
        },
        write: function(buffer, value, offset) {
          buffer.writeUInt8(value, offset);
        }
      };
    }
    function buffer_uint16be_ops() {
      return {
        read: function(buffer, offset) {
          return buffer.readUInt16BE(offset);
        },
        write: function(buffer, value, offset) {
          buffer.writeUInt16BE(value, offset);
        }
      };
    }
    function buffer_uint32be_ops() {
      return {
        read: function(buffer, offset) {
          return buffer.readUInt32BE(offset);
        },
        write: function(buffer, value, offset) {
          buffer.writeUInt32BE(value, offset);
        }
      };
    }
    function buffer_int8_ops() {
      return {
        read: function(buffer, offset) {
          return buffer.readInt8(offset);
        },
        write: function(buffer, value, offset) {
          buffer.writeInt8(value, offset);
        }
      };
    }
    function buffer_int16be_ops() {
      return {
        read: function(buffer, offset) {
          return buffer.readInt16BE(offset);
        },
        write: function(buffer, value, offset) {
          buffer.writeInt16BE(value, offset);
        }
      };
    }
    function buffer_int32be_ops() {
      return {
        read: function(buffer, offset) {
          return buffer.readInt32BE(offset);
        },
        write: function(buffer, value, offset) {
          buffer.writeInt32BE(value, offset);
        }
      };
    }
    function buffer_floatbe_ops() {
      return {
        read: function(buffer, offset) {
          return buffer.readFloatBE(offset);
        },
        write: function(buffer, value, offset) {
          buffer.writeFloatBE(value, offset);
        }
      };
    }
    function buffer_doublebe_ops() {
      return {
        read: function(buffer, offset) {
          return buffer.readDoubleBE(offset);
        },
        write: function(buffer, value, offset) {
          buffer.writeDoubleBE(value, offset);
        }
      };
    }
    var MAX_UINT = 4294967296, MIN_INT = -2147483647;
    function write_ulong(buffer, value, offset) {
      if (typeof value == "number" || value instanceof Number) {
        var hi = Math.floor(value / MAX_UINT), lo = value % MAX_UINT;
        buffer.writeUInt32BE(hi, offset), buffer.writeUInt32BE(lo, offset + 4);
      } else
        value.copy(buffer, offset);
    }
    function read_ulong(buffer, offset) {
      var hi = buffer.readUInt32BE(offset), lo = buffer.readUInt32BE(offset + 4);
      return hi < 2097153 ? hi * MAX_UINT + lo : buffer.slice(offset, offset + 8);
    }
    function write_long(buffer, value, offset) {
      if (typeof value == "number" || value instanceof Number) {
        var abs = Math.abs(value), hi = Math.floor(abs / MAX_UINT), lo = abs % MAX_UINT;
        if (buffer.writeInt32BE(hi, offset), buffer.writeUInt32BE(lo, offset + 4), value < 0)
          for (var carry = 1, i = 0; i < 8; i++) {
            var index = offset + (7 - i), v = (buffer[index] ^ 255) + carry;
            buffer[index] = v & 255, carry = v >> 8;
          }
      } else
        value.copy(buffer, offset);
    }
    function write_timestamp(buffer, value, offset) {
      return typeof value == "object" && value !== null && typeof value.getTime == "function" && (value = value.getTime()), write_long(buffer, value, offset);
    }
    function read_long(buffer, offset) {
      var hi = buffer.readInt32BE(offset), lo = buffer.readUInt32BE(offset + 4);
      return hi < 2097153 && hi > -2097153 ? hi * MAX_UINT + lo : buffer.slice(offset, offset + 8);
    }
    function read_timestamp(buffer, offset) {
      let l = read_long(buffer, offset);
      return new Date(l);
    }
    define_type("Null", 64, void 0, null);
    define_type("Boolean", 86, buffer_uint8_ops());
    define_type("True", 65, void 0, !0);
    define_type("False", 66, void 0, !1);
    define_type("Ubyte", 80, buffer_uint8_ops());
    define_type("Ushort", 96, buffer_uint16be_ops());
    define_type("Uint", 112, buffer_uint32be_ops());
    define_type("SmallUint", 82, buffer_uint8_ops());
    define_type("Uint0", 67, void 0, 0);
    define_type("Ulong", 128, { write: write_ulong, read: read_ulong });
    define_type("SmallUlong", 83, buffer_uint8_ops());
    define_type("Ulong0", 68, void 0, 0);
    define_type("Byte", 81, buffer_int8_ops());
    define_type("Short", 97, buffer_int16be_ops());
    define_type("Int", 113, buffer_int32be_ops());
    define_type("SmallInt", 84, buffer_int8_ops());
    define_type("Long", 129, { write: write_long, read: read_long });
    define_type("SmallLong", 85, buffer_int8_ops());
    define_type("Float", 114, buffer_floatbe_ops());
    define_type("Double", 130, buffer_doublebe_ops());
    define_type("Decimal32", 116);
    define_type("Decimal64", 132);
    define_type("Decimal128", 148);
    define_type("CharUTF32", 115, buffer_uint32be_ops());
    define_type("Timestamp", 131, { write: write_timestamp, read: read_timestamp });
    define_type("Uuid", 152);
    define_type("Vbin8", 160);
    define_type("Vbin32", 176);
    define_type("Str8", 161, { encoding: "utf8" });
    define_type("Str32", 177, { encoding: "utf8" });
    define_type("Sym8", 163, { encoding: "ascii" });
    define_type("Sym32", 179, { encoding: "ascii" });
    define_type("List0", 69, void 0, []);
    define_type("List8", 192);
    define_type("List32", 208);
    define_type("Map8", 193);
    define_type("Map32", 209);
    define_type("Array8", 224);
    define_type("Array32", 240);
    function is_one_of(o, typelist) {
      for (var i = 0; i < typelist.length; i++)
        if (o.type.typecode === typelist[i].typecode) return !0;
      return !1;
    }
    function buffer_zero(b, len, neg) {
      for (var i = 0; i < len && i < b.length; i++)
        if (b[i] !== (neg ? 255 : 0)) return !1;
      return !0;
    }
    types.is_ulong = function(o) {
      return is_one_of(o, [types.Ulong, types.Ulong0, types.SmallUlong]);
    };
    types.is_string = function(o) {
      return is_one_of(o, [types.Str8, types.Str32]);
    };
    types.is_symbol = function(o) {
      return is_one_of(o, [types.Sym8, types.Sym32]);
    };
    types.is_list = function(o) {
      return is_one_of(o, [types.List0, types.List8, types.List32]);
    };
    types.is_map = function(o) {
      return is_one_of(o, [types.Map8, types.Map32]);
    };
    types.wrap_boolean = function(v) {
      return v ? types.True() : types.False();
    };
    types.wrap_ulong = function(l) {
      return Buffer.isBuffer(l) ? buffer_zero(l, 8, !1) ? types.Ulong0() : buffer_zero(l, 7, !1) ? types.SmallUlong(l[7]) : types.Ulong(l) : l === 0 ? types.Ulong0() : l > 255 ? types.Ulong(l) : types.SmallUlong(l);
    };
    types.wrap_uint = function(l) {
      return l === 0 ? types.Uint0() : l > 255 ? types.Uint(l) : types.SmallUint(l);
    };
    types.wrap_ushort = function(l) {
      return types.Ushort(l);
    };
    types.wrap_ubyte = function(l) {
      return types.Ubyte(l);
    };
    types.wrap_long = function(l) {
      if (Buffer.isBuffer(l)) {
        var negFlag = (l[0] & 128) !== 0;
        return buffer_zero(l, 7, negFlag) && (l[7] & 128) === (negFlag ? 128 : 0) ? types.SmallLong(negFlag ? -((l[7] ^ 255) + 1) : l[7]) : types.Long(l);
      } else
        return l > 127 || l < -128 ? types.Long(l) : types.SmallLong(l);
    };
    types.wrap_int = function(l) {
      return l > 127 || l < -128 ? types.Int(l) : types.SmallInt(l);
    };
    types.wrap_short = function(l) {
      return types.Short(l);
    };
    types.wrap_byte = function(l) {
      return types.Byte(l);
    };
    types.wrap_float = function(l) {
      return types.Float(l);
    };
    types.wrap_double = function(l) {
      return types.Double(l);
    };
    types.wrap_timestamp = function(l) {
      return types.Timestamp(l);
    };
    types.wrap_char = function(v) {
      return types.CharUTF32(v);
    };
    types.wrap_uuid = function(v) {
      return types.Uuid(v);
    };
    types.wrap_binary = function(s) {
      return s.length > 255 ? types.Vbin32(s) : types.Vbin8(s);
    };
    types.wrap_string = function(s) {
      return Buffer.byteLength(s) > 255 ? types.Str32(s) : types.Str8(s);
    };
    types.wrap_symbol = function(s) {
      return Buffer.byteLength(s) > 255 ? types.Sym32(s) : types.Sym8(s);
    };
    types.wrap_list = function(l) {
      if (l.length === 0) return types.List0();
      var items = l.map(types.wrap);
      return types.List32(items);
    };
    types.wrap_set_as_list = function(l) {
      if (l.size === 0) return types.List0();
      var items = Array.from(l, types.wrap);
      return types.List32(items);
    };
    types.wrap_map = function(m, key_wrapper) {
      var items = [];
      for (var k in m)
        items.push(key_wrapper ? key_wrapper(k) : types.wrap(k)), items.push(types.wrap(m[k]));
      return types.Map32(items);
    };
    types.wrap_map_as_map = function(m) {
      var items = [];
      for (var [k, v] of m)
        items.push(types.wrap(k)), items.push(types.wrap(v));
      return types.Map32(items);
    };
    types.wrap_symbolic_map = function(m) {
      return types.wrap_map(m, types.wrap_symbol);
    };
    types.wrap_array = function(l, code, descriptors) {
      if (code)
        return types.Array32(l, code, descriptors);
      throw console.trace("An array must specify a type for its elements"), new errors.TypeError("An array must specify a type for its elements");
    };
    types.wrap = function(o) {
      var t = typeof o;
      return t === "object" && o !== null && typeof o.toRheaTyped == "function" ? o.toRheaTyped() : t === "string" ? types.wrap_string(o) : t === "boolean" ? o ? types.True() : types.False() : t === "number" || o instanceof Number ? isNaN(o) ? types.Null() : Math.floor(o) - o !== 0 ? types.Double(o) : o > 0 ? o < MAX_UINT ? types.wrap_uint(o) : types.wrap_ulong(o) : o > MIN_INT ? types.wrap_int(o) : types.wrap_long(o) : o instanceof Date ? types.wrap_timestamp(o.getTime()) : o instanceof Buffer || o instanceof Uint8Array ? types.wrap_binary(o) : t === "undefined" || o === null ? types.Null() : Array.isArray(o) ? types.wrap_list(o) : o instanceof Map ? types.wrap_map_as_map(o) : o instanceof Set ? types.wrap_set_as_list(o) : types.wrap_map(o);
    };
    types.wrap_described = function(value, descriptor) {
      var result = types.wrap(value);
      return descriptor && (typeof descriptor == "string" ? result = types.described(types.wrap_symbol(descriptor), result) : (typeof descriptor == "number" || descriptor instanceof Number) && (result = types.described(types.wrap_ulong(descriptor), result))), result;
    };
    types.wrap_message_id = function(o) {
      var t = typeof o;
      if (t === "string")
        return types.wrap_string(o);
      if (t === "number" || o instanceof Number)
        return types.wrap_ulong(o);
      if (Buffer.isBuffer(o))
        return types.wrap_uuid(o);
      if (o instanceof Typed)
        return o;
      throw new errors.TypeError("invalid message id:" + o);
    };
    function mapify(elements) {
      for (var result = {}, i = 0; i + 1 < elements.length; )
        result[elements[i++]] = elements[i++];
      return result;
    }
    var by_descriptor = {};
    types.unwrap_map_simple = function(o) {
      return mapify(o.value.map(function(i) {
        return types.unwrap(i, !0);
      }));
    };
    types.unwrap = function(o, leave_described) {
      if (o instanceof Typed) {
        if (o.descriptor) {
          var c = by_descriptor[o.descriptor.value];
          if (c)
            return new c(o.value);
          if (leave_described)
            return o;
        }
        var u = types.unwrap(o.value, !0);
        return types.is_map(o) ? mapify(u) : u;
      } else return Array.isArray(o) ? o.map(function(i) {
        return types.unwrap(i, !0);
      }) : o;
    };
    types.described_nc = function(descriptor, o) {
      return descriptor.length ? (o.descriptor = descriptor.shift(), types.described(descriptor, o)) : (o.descriptor = descriptor, o);
    };
    types.described = types.described_nc;
    function get_type(code) {
      var type = types.by_code[code];
      if (!type)
        throw new errors.TypeError("Unrecognised typecode: " + hex(code));
      return type;
    }
    types.Reader = function(buffer) {
      this.buffer = buffer, this.position = 0;
    };
    types.Reader.prototype.read_typecode = function() {
      return this.read_uint(1);
    };
    types.Reader.prototype.read_uint = function(width) {
      var current = this.position;
      if (this.position += width, width === 1)
        return this.buffer.readUInt8(current);
      if (width === 2)
        return this.buffer.readUInt16BE(current);
      if (width === 4)
        return this.buffer.readUInt32BE(current);
      throw new errors.TypeError("Unexpected width for uint " + width);
    };
    types.Reader.prototype.read_fixed_width = function(type) {
      var current = this.position;
      return this.position += type.width, type.read ? type.read(this.buffer, current) : this.buffer.slice(current, this.position);
    };
    types.Reader.prototype.read_variable_width = function(type) {
      var size = this.read_uint(type.width), slice = this.read_bytes(size);
      return type.encoding ? slice.toString(type.encoding) : slice;
    };
    types.Reader.prototype.read = function() {
      var constructor = this.read_constructor(), value = this.read_value(get_type(constructor.typecode));
      return constructor.descriptor ? types.described_nc(constructor.descriptor, value) : value;
    };
    types.Reader.prototype.read_constructor = function(descriptors) {
      var code = this.read_typecode();
      return code === 0 ? (descriptors === void 0 && (descriptors = []), descriptors.push(this.read()), this.read_constructor(descriptors)) : descriptors === void 0 ? { typecode: code } : descriptors.length === 1 ? { typecode: code, descriptor: descriptors[0] } : { typecode: code, descriptor: descriptors[0], descriptors };
    };
    types.Reader.prototype.read_value = function(type) {
      if (type.width === 0)
        return type.create();
      if (type.category === CAT_FIXED)
        return type.create(this.read_fixed_width(type));
      if (type.category === CAT_VARIABLE)
        return type.create(this.read_variable_width(type));
      if (type.category === CAT_COMPOUND)
        return this.read_compound(type);
      if (type.category === CAT_ARRAY)
        return this.read_array(type);
      throw new errors.TypeError("Invalid category for type: " + type);
    };
    types.Reader.prototype.read_array_items = function(n, type) {
      for (var items = []; items.length < n; )
        items.push(this.read_value(type));
      return items;
    };
    types.Reader.prototype.read_n = function(n) {
      for (var items = new Array(n), i = 0; i < n; i++)
        items[i] = this.read();
      return items;
    };
    types.Reader.prototype.read_size_count = function(width) {
      return { size: this.read_uint(width), count: this.read_uint(width) };
    };
    types.Reader.prototype.read_compound = function(type) {
      var limits = this.read_size_count(type.width);
      return type.create(this.read_n(limits.count));
    };
    types.Reader.prototype.read_array = function(type) {
      var limits = this.read_size_count(type.width), constructor = this.read_constructor();
      return type.create(this.read_array_items(limits.count, get_type(constructor.typecode)), constructor.typecode, constructor.descriptor);
    };
    types.Reader.prototype.toString = function() {
      var s = "buffer@" + this.position;
      this.position && (s += ": ");
      for (var i = this.position; i < this.buffer.length; i++)
        i > 0 && (s += ","), s += "0x" + Number(this.buffer[i]).toString(16);
      return s;
    };
    types.Reader.prototype.reset = function() {
      this.position = 0;
    };
    types.Reader.prototype.skip = function(bytes) {
      this.position += bytes;
    };
    types.Reader.prototype.read_bytes = function(bytes) {
      var current = this.position;
      return this.position += bytes, this.buffer.slice(current, this.position);
    };
    types.Reader.prototype.remaining = function() {
      return this.buffer.length - this.position;
    };
    types.Writer = function(buffer) {
      this.buffer = buffer || util.allocate_buffer(1024), this.position = 0;
    };
    types.Writer.prototype.toBuffer = function() {
      return this.buffer.slice(0, this.position);
    };
    function max(a, b) {
      return a > b ? a : b;
    }
    types.Writer.prototype.ensure = function(length) {
      if (this.buffer.length < length) {
        var bigger = util.allocate_buffer(max(this.buffer.length * 2, length));
        this.buffer.copy(bigger), this.buffer = bigger;
      }
    };
    types.Writer.prototype.write_typecode = function(code) {
      this.write_uint(code, 1);
    };
    types.Writer.prototype.write_uint = function(value, width) {
      var current = this.position;
      if (this.ensure(this.position + width), this.position += width, width === 1)
        return this.buffer.writeUInt8(value, current);
      if (width === 2)
        return this.buffer.writeUInt16BE(value, current);
      if (width === 4)
        return this.buffer.writeUInt32BE(value, current);
      throw new errors.TypeError("Unexpected width for uint " + width);
    };
    types.Writer.prototype.write_fixed_width = function(type, value) {
      var current = this.position;
      if (this.ensure(this.position + type.width), this.position += type.width, type.write)
        type.write(this.buffer, value, current);
      else if (value.copy)
        value.copy(this.buffer, current);
      else
        throw new errors.TypeError("Cannot handle write for " + type);
    };
    types.Writer.prototype.write_variable_width = function(type, value) {
      var source = type.encoding ? Buffer.from(value, type.encoding) : Buffer.from(value);
      this.write_uint(source.length, type.width), this.write_bytes(source);
    };
    types.Writer.prototype.write_bytes = function(source) {
      var current = this.position;
      this.ensure(this.position + source.length), this.position += source.length, source.copy(this.buffer, current);
    };
    types.Writer.prototype.write_constructor = function(typecode, descriptor) {
      descriptor && (this.write_typecode(0), this.write(descriptor)), this.write_typecode(typecode);
    };
    types.Writer.prototype.write = function(o) {
      if (o.type === void 0)
        if (o.described)
          this.write(o.described());
        else
          throw new errors.TypeError("Cannot write " + JSON.stringify(o));
      else
        this.write_constructor(o.type.typecode, o.descriptor), this.write_value(o.type, o.value, o.array_constructor);
    };
    types.Writer.prototype.write_value = function(type, value, constructor) {
      if (type.width !== 0)
        if (type.category === CAT_FIXED)
          this.write_fixed_width(type, value);
        else if (type.category === CAT_VARIABLE)
          this.write_variable_width(type, value);
        else if (type.category === CAT_COMPOUND)
          this.write_compound(type, value);
        else if (type.category === CAT_ARRAY)
          this.write_array(type, value, constructor);
        else
          throw new errors.TypeError("Invalid category " + type.category + " for type: " + type);
    };
    types.Writer.prototype.backfill_size = function(width, saved) {
      var gap = this.position - saved;
      this.position = saved, this.write_uint(gap - width, width), this.position += gap - width;
    };
    types.Writer.prototype.write_compound = function(type, value) {
      var saved = this.position;
      this.position += type.width, this.write_uint(value.length, type.width);
      for (var i = 0; i < value.length; i++)
        value[i] === void 0 || value[i] === null ? this.write(types.Null()) : this.write(value[i]);
      this.backfill_size(type.width, saved);
    };
    types.Writer.prototype.write_array = function(type, value, constructor) {
      var saved = this.position;
      this.position += type.width, this.write_uint(value.length, type.width), this.write_constructor(constructor.typecode, constructor.descriptor);
      for (var ctype = get_type(constructor.typecode), i = 0; i < value.length; i++)
        this.write_value(ctype, value[i]);
      this.backfill_size(type.width, saved);
    };
    types.Writer.prototype.toString = function() {
      var s = "buffer@" + this.position;
      this.position && (s += ": ");
      for (var i = 0; i < this.position; i++)
        i > 0 && (s += ","), s += ("00" + Number(this.buffer[i]).toString(16)).slice(-2);
      return s;
    };
    types.Writer.prototype.skip = function(bytes) {
      this.ensure(this.position + bytes), this.position += bytes;
    };
    types.Writer.prototype.clear = function() {
      this.buffer.fill(0), this.position = 0;
    };
    types.Writer.prototype.remaining = function() {
      return this.buffer.length - this.position;
    };
    function get_constructor(typename) {
      if (typename === "symbol")
        return { typecode: types.Sym8.typecode };
      throw new errors.TypeError("TODO: Array of type " + typename + " not yet supported");
    }
    function wrap_field(definition, instance) {
      if (instance != null)
        if (Array.isArray(instance)) {
          if (!definition.multiple)
            throw new errors.TypeError("Field " + definition.name + " does not support multiple values, got " + JSON.stringify(instance));
          var constructor = get_constructor(definition.type);
          return types.wrap_array(instance, constructor.typecode, constructor.descriptor);
        } else {
          if (definition.type === "*")
            return instance;
          var wrapper = types["wrap_" + definition.type];
          if (wrapper)
            return wrapper(instance);
          throw new errors.TypeError("No wrapper for field " + definition.name + " of type " + definition.type);
        }
      else {
        if (definition.mandatory)
          throw new errors.TypeError("Field " + definition.name + " is mandatory");
        return types.Null();
      }
    }
    function get_accessors(index, field_definition) {
      var getter;
      field_definition.type === "*" ? getter = function() {
        return this.value[index];
      } : getter = function() {
        return types.unwrap(this.value[index]);
      };
      var setter = function(o) {
        this.value[index] = wrap_field(field_definition, o);
      };
      return { get: getter, set: setter, enumerable: !0, configurable: !1 };
    }
    types.define_composite = function(def) {
      var c = function(fields) {
        this.value = fields || [];
      };
      c.descriptor = {
        numeric: def.code,
        symbolic: "amqp:" + def.name + ":list"
      }, c.prototype.dispatch = function(target, frame) {
        target["on_" + def.name](frame);
      };
      for (var i = 0; i < def.fields.length; i++) {
        var f = def.fields[i];
        Object.defineProperty(c.prototype, f.name, get_accessors(i, f));
      }
      return c.toString = function() {
        return def.name + "#" + Number(def.code).toString(16);
      }, c.prototype.toJSON = function() {
        var o = {};
        for (var f2 in this)
          f2 !== "value" && this[f2] && (o[f2] = this[f2]);
        return o;
      }, c.create = function(fields) {
        var o = new c();
        for (var f2 in fields)
          o[f2] = fields[f2];
        return o;
      }, c.prototype.described = function() {
        return types.described_nc(types.wrap_ulong(c.descriptor.numeric), types.wrap_list(this.value));
      }, c;
    };
    function add_type(def) {
      var c = types.define_composite(def);
      types["wrap_" + def.name] = function(fields) {
        return c.create(fields).described();
      }, by_descriptor[Number(c.descriptor.numeric).toString(10)] = c, by_descriptor[c.descriptor.symbolic] = c;
    }
    add_type({
      name: "error",
      code: 29,
      fields: [
        { name: "condition", type: "symbol", mandatory: !0 },
        { name: "description", type: "string" },
        { name: "info", type: "map" }
      ]
    });
    module.exports = types;
  }
});

// node_modules/rhea/lib/frames.js
var require_frames = __commonJS({
  "node_modules/rhea/lib/frames.js"(exports, module) {
    "use strict";
    var types = require_types(), errors = require_errors(), frames = {}, by_descriptor = {};
    frames.read_header = function(buffer) {
      var offset = 4, header = {}, name = buffer.toString("ascii", 0, offset);
      if (name !== "AMQP")
        throw new errors.ProtocolError("Invalid protocol header for AMQP: " + buffer.toString("hex", 0, offset));
      if (header.protocol_id = buffer.readUInt8(offset++), header.major = buffer.readUInt8(offset++), header.minor = buffer.readUInt8(offset++), header.revision = buffer.readUInt8(offset++), header.protocol_id === 0 && header.major === 0 && header.minor === 9 && header.revision === 1)
        throw new errors.ProtocolError("Unsupported AMQP version: 0-9-1");
      if (header.protocol_id === 1 && header.major === 1 && header.minor === 0 && header.revision === 10)
        throw new errors.ProtocolError("Unsupported AMQP version: 0-10");
      if (header.major !== 1 || header.minor !== 0)
        throw new errors.ProtocolError("Unsupported AMQP version: " + JSON.stringify(header));
      return header;
    };
    frames.write_header = function(buffer, header) {
      var offset = 4;
      return buffer.write("AMQP", 0, offset, "ascii"), buffer.writeUInt8(header.protocol_id, offset++), buffer.writeUInt8(header.major, offset++), buffer.writeUInt8(header.minor, offset++), buffer.writeUInt8(header.revision, offset++), 8;
    };
    frames.TYPE_AMQP = 0;
    frames.TYPE_SASL = 1;
    frames.read_frame = function(buffer) {
      var reader = new types.Reader(buffer), frame = {};
      if (frame.size = reader.read_uint(4), reader.remaining() < frame.size - 4)
        return null;
      var doff = reader.read_uint(1);
      if (doff < 2)
        throw new errors.ProtocolError("Invalid data offset, must be at least 2 was " + doff);
      if (frame.type = reader.read_uint(1), frame.type === frames.TYPE_AMQP)
        frame.channel = reader.read_uint(2);
      else if (frame.type === frames.TYPE_SASL)
        reader.skip(2), frame.channel = 0;
      else
        throw new errors.ProtocolError("Unknown frame type " + frame.type);
      if (doff > 1 && reader.skip(doff * 4 - 8), reader.remaining()) {
        frame.performative = reader.read();
        var c = by_descriptor[frame.performative.descriptor.value];
        c && (frame.performative = new c(frame.performative.value)), reader.remaining() && (frame.payload = reader.read_bytes(reader.remaining()));
      }
      return frame;
    };
    frames.write_frame = function(frame) {
      var writer = new types.Writer();
      if (writer.skip(4), writer.write_uint(2, 1), writer.write_uint(frame.type, 1), frame.type === frames.TYPE_AMQP)
        writer.write_uint(frame.channel, 2);
      else if (frame.type === frames.TYPE_SASL)
        writer.write_uint(0, 2);
      else
        throw new errors.ProtocolError("Unknown frame type " + frame.type);
      frame.performative && (writer.write(frame.performative), frame.payload && writer.write_bytes(frame.payload));
      var buffer = writer.toBuffer();
      return buffer.writeUInt32BE(buffer.length, 0), buffer;
    };
    frames.amqp_frame = function(channel, performative, payload) {
      return { channel: channel || 0, type: frames.TYPE_AMQP, performative, payload };
    };
    frames.sasl_frame = function(performative) {
      return { channel: 0, type: frames.TYPE_SASL, performative };
    };
    function define_frame(type, def) {
      var c = types.define_composite(def);
      frames[def.name] = c.create, by_descriptor[Number(c.descriptor.numeric).toString(10)] = c, by_descriptor[c.descriptor.symbolic] = c;
    }
    var open = {
      name: "open",
      code: 16,
      fields: [
        { name: "container_id", type: "string", mandatory: !0 },
        { name: "hostname", type: "string" },
        { name: "max_frame_size", type: "uint", default_value: 4294967295 },
        { name: "channel_max", type: "ushort", default_value: 65535 },
        { name: "idle_time_out", type: "uint" },
        { name: "outgoing_locales", type: "symbol", multiple: !0 },
        { name: "incoming_locales", type: "symbol", multiple: !0 },
        { name: "offered_capabilities", type: "symbol", multiple: !0 },
        { name: "desired_capabilities", type: "symbol", multiple: !0 },
        { name: "properties", type: "symbolic_map" }
      ]
    }, begin = {
      name: "begin",
      code: 17,
      fields: [
        { name: "remote_channel", type: "ushort" },
        { name: "next_outgoing_id", type: "uint", mandatory: !0 },
        { name: "incoming_window", type: "uint", mandatory: !0 },
        { name: "outgoing_window", type: "uint", mandatory: !0 },
        { name: "handle_max", type: "uint", default_value: "4294967295" },
        { name: "offered_capabilities", type: "symbol", multiple: !0 },
        { name: "desired_capabilities", type: "symbol", multiple: !0 },
        { name: "properties", type: "symbolic_map" }
      ]
    }, attach = {
      name: "attach",
      code: 18,
      fields: [
        { name: "name", type: "string", mandatory: !0 },
        { name: "handle", type: "uint", mandatory: !0 },
        { name: "role", type: "boolean", mandatory: !0 },
        { name: "snd_settle_mode", type: "ubyte", default_value: 2 },
        { name: "rcv_settle_mode", type: "ubyte", default_value: 0 },
        { name: "source", type: "*" },
        { name: "target", type: "*" },
        { name: "unsettled", type: "map" },
        { name: "incomplete_unsettled", type: "boolean", default_value: !1 },
        { name: "initial_delivery_count", type: "uint" },
        { name: "max_message_size", type: "ulong" },
        { name: "offered_capabilities", type: "symbol", multiple: !0 },
        { name: "desired_capabilities", type: "symbol", multiple: !0 },
        { name: "properties", type: "symbolic_map" }
      ]
    }, flow = {
      name: "flow",
      code: 19,
      fields: [
        { name: "next_incoming_id", type: "uint" },
        { name: "incoming_window", type: "uint", mandatory: !0 },
        { name: "next_outgoing_id", type: "uint", mandatory: !0 },
        { name: "outgoing_window", type: "uint", mandatory: !0 },
        { name: "handle", type: "uint" },
        { name: "delivery_count", type: "uint" },
        { name: "link_credit", type: "uint" },
        { name: "available", type: "uint" },
        { name: "drain", type: "boolean", default_value: !1 },
        { name: "echo", type: "boolean", default_value: !1 },
        { name: "properties", type: "symbolic_map" }
      ]
    }, transfer = {
      name: "transfer",
      code: 20,
      fields: [
        { name: "handle", type: "uint", mandatory: !0 },
        { name: "delivery_id", type: "uint" },
        { name: "delivery_tag", type: "binary" },
        { name: "message_format", type: "uint" },
        { name: "settled", type: "boolean" },
        { name: "more", type: "boolean", default_value: !1 },
        { name: "rcv_settle_mode", type: "ubyte" },
        { name: "state", type: "delivery_state" },
        { name: "resume", type: "boolean", default_value: !1 },
        { name: "aborted", type: "boolean", default_value: !1 },
        { name: "batchable", type: "boolean", default_value: !1 }
      ]
    }, disposition = {
      name: "disposition",
      code: 21,
      fields: [
        { name: "role", type: "boolean", mandatory: !0 },
        { name: "first", type: "uint", mandatory: !0 },
        { name: "last", type: "uint" },
        { name: "settled", type: "boolean", default_value: !1 },
        { name: "state", type: "*" },
        { name: "batchable", type: "boolean", default_value: !1 }
      ]
    }, detach = {
      name: "detach",
      code: 22,
      fields: [
        { name: "handle", type: "uint", mandatory: !0 },
        { name: "closed", type: "boolean", default_value: !1 },
        { name: "error", type: "error" }
      ]
    }, end = {
      name: "end",
      code: 23,
      fields: [
        { name: "error", type: "error" }
      ]
    }, close = {
      name: "close",
      code: 24,
      fields: [
        { name: "error", type: "error" }
      ]
    };
    define_frame(frames.TYPE_AMQP, open);
    define_frame(frames.TYPE_AMQP, begin);
    define_frame(frames.TYPE_AMQP, attach);
    define_frame(frames.TYPE_AMQP, flow);
    define_frame(frames.TYPE_AMQP, transfer);
    define_frame(frames.TYPE_AMQP, disposition);
    define_frame(frames.TYPE_AMQP, detach);
    define_frame(frames.TYPE_AMQP, end);
    define_frame(frames.TYPE_AMQP, close);
    var sasl_mechanisms = {
      name: "sasl_mechanisms",
      code: 64,
      fields: [
        { name: "sasl_server_mechanisms", type: "symbol", multiple: !0, mandatory: !0 }
      ]
    }, sasl_init = {
      name: "sasl_init",
      code: 65,
      fields: [
        { name: "mechanism", type: "symbol", mandatory: !0 },
        { name: "initial_response", type: "binary" },
        { name: "hostname", type: "string" }
      ]
    }, sasl_challenge = {
      name: "sasl_challenge",
      code: 66,
      fields: [
        { name: "challenge", type: "binary", mandatory: !0 }
      ]
    }, sasl_response = {
      name: "sasl_response",
      code: 67,
      fields: [
        { name: "response", type: "binary", mandatory: !0 }
      ]
    }, sasl_outcome = {
      name: "sasl_outcome",
      code: 68,
      fields: [
        { name: "code", type: "ubyte", mandatory: !0 },
        { name: "additional_data", type: "binary" }
      ]
    };
    define_frame(frames.TYPE_SASL, sasl_mechanisms);
    define_frame(frames.TYPE_SASL, sasl_init);
    define_frame(frames.TYPE_SASL, sasl_challenge);
    define_frame(frames.TYPE_SASL, sasl_response);
    define_frame(frames.TYPE_SASL, sasl_outcome);
    module.exports = frames;
  }
});

// node_modules/rhea/lib/log.js
var require_log = __commonJS({
  "node_modules/rhea/lib/log.js"(exports, module) {
    "use strict";
    var debug = require_src();
    debug.formatters && (debug.formatters.h = function(v) {
      return v.toString("hex");
    });
    module.exports = {
      config: debug("rhea:config"),
      frames: debug("rhea:frames"),
      raw: debug("rhea:raw"),
      reconnect: debug("rhea:reconnect"),
      events: debug("rhea:events"),
      message: debug("rhea:message"),
      flow: debug("rhea:flow"),
      io: debug("rhea:io")
    };
  }
});

// node_modules/rhea/lib/transport.js
var require_transport = __commonJS({
  "node_modules/rhea/lib/transport.js"(exports, module) {
    "use strict";
    var errors = require_errors(), frames = require_frames(), log = require_log(), util = require_util(), Transport = function(identifier, protocol_id, frame_type, handler) {
      this.identifier = identifier, this.protocol_id = protocol_id, this.frame_type = frame_type, this.handler = handler, this.pending = [], this.header_sent = void 0, this.header_received = void 0, this.write_complete = !1, this.read_complete = !1;
    };
    Transport.prototype.has_writes_pending = function() {
      return this.pending.length > 0 || !this.header_sent;
    };
    Transport.prototype.encode = function(frame) {
      this.pending.push(frame);
    };
    Transport.prototype.write = function(socket) {
      if (!this.header_sent) {
        var buffer = util.allocate_buffer(8), header = { protocol_id: this.protocol_id, major: 1, minor: 0, revision: 0 };
        log.frames("[%s] -> %o", this.identifier, header), frames.write_header(buffer, header), socket.write(buffer), this.header_sent = header;
      }
      for (var i = 0; i < this.pending.length; i++) {
        var frame = this.pending[i], buffer = frames.write_frame(frame);
        socket.write(buffer), frame.performative ? log.frames("[%s]:%s -> %s %j", this.identifier, frame.channel, frame.performative.constructor, frame.performative, frame.payload || "") : log.frames("[%s]:%s -> empty", this.identifier, frame.channel), log.raw("[%s] SENT: %d %h", this.identifier, buffer.length, buffer);
      }
      this.pending = [];
    };
    Transport.prototype.peek_size = function(buffer) {
      if (log.frames("[%s] peek_size %o, %d", this.identifier, this.header_received, buffer.length), this.header_received && buffer.length >= 4)
        return buffer.readUInt32BE();
    };
    Transport.prototype.read = function(buffer) {
      var offset = 0;
      if (!this.header_received) {
        if (buffer.length < 8)
          return offset;
        if (this.header_received = frames.read_header(buffer), log.frames("[%s] <- %o", this.identifier, this.header_received), this.header_received.protocol_id !== this.protocol_id)
          throw this.protocol_id === 3 && this.header_received.protocol_id === 0 ? new errors.ProtocolError("Expecting SASL layer") : this.protocol_id === 0 && this.header_received.protocol_id === 3 ? new errors.ProtocolError("SASL layer not enabled") : new errors.ProtocolError("Invalid AMQP protocol id " + this.header_received.protocol_id + " expecting: " + this.protocol_id);
        offset = 8;
      }
      for (; offset < buffer.length - 4 && !this.read_complete; ) {
        var frame_size = buffer.readUInt32BE(offset);
        if (log.io("[%s] got frame of size %d", this.identifier, frame_size), buffer.length < offset + frame_size) {
          log.io("[%s] incomplete frame; have only %d of %d", this.identifier, buffer.length - offset, frame_size);
          break;
        } else {
          var slice = buffer.slice(offset, offset + frame_size);
          log.raw("[%s] RECV: %d %h", this.identifier, slice.length, slice);
          var frame = frames.read_frame(slice);
          if (frame.performative ? log.frames("[%s]:%s <- %s %j", this.identifier, frame.channel, frame.performative.constructor, frame.performative, frame.payload || "") : log.frames("[%s]:%s <- empty", this.identifier, frame.channel), frame.type !== this.frame_type)
            throw new errors.ProtocolError("Invalid frame type: " + frame.type);
          offset += frame_size, frame.performative && frame.performative.dispatch(this.handler, frame);
        }
      }
      return offset;
    };
    module.exports = Transport;
  }
});

// node_modules/rhea/lib/sasl.js
var require_sasl = __commonJS({
  "node_modules/rhea/lib/sasl.js"(exports, module) {
    "use strict";
    var errors = require_errors(), frames = require_frames(), Transport = require_transport(), util = require_util(), sasl_codes = {
      OK: 0,
      AUTH: 1,
      SYS: 2,
      SYS_PERM: 3,
      SYS_TEMP: 4
    }, SASL_PROTOCOL_ID = 3;
    function extract(buffer) {
      for (var results = [], start = 0, i = 0; i < buffer.length; )
        buffer[i] === 0 ? (i > start ? results.push(buffer.toString("utf8", start, i)) : results.push(null), start = ++i) : ++i;
      return i > start ? results.push(buffer.toString("utf8", start, i)) : results.push(null), results;
    }
    var PlainServer = function(callback) {
      this.callback = callback, this.outcome = void 0, this.username = void 0;
    };
    PlainServer.prototype.start = function(response, hostname) {
      var fields = extract(response);
      if (fields.length !== 3)
        return Promise.reject("Unexpected response in PLAIN, got " + fields.length + " fields, expected 3");
      var self = this;
      return Promise.resolve(this.callback(fields[1], fields[2], hostname)).then(function(result) {
        result ? (self.outcome = !0, self.username = fields[1]) : self.outcome = !1;
      });
    };
    var PlainClient = function(username, password) {
      this.username = username, this.password = password;
    };
    PlainClient.prototype.start = function(callback) {
      var response = util.allocate_buffer(1 + this.username.length + 1 + this.password.length);
      response.writeUInt8(0, 0), response.write(this.username, 1), response.writeUInt8(0, 1 + this.username.length), response.write(this.password, 1 + this.username.length + 1), callback(void 0, response);
    };
    var AnonymousServer = function() {
      this.outcome = void 0, this.username = void 0;
    };
    AnonymousServer.prototype.start = function(response) {
      this.outcome = !0, this.username = response ? response.toString("utf8") : "anonymous";
    };
    var AnonymousClient = function(name) {
      this.username = name || "anonymous";
    };
    AnonymousClient.prototype.start = function(callback) {
      var response = util.allocate_buffer(1 + this.username.length);
      response.writeUInt8(0, 0), response.write(this.username, 1), callback(void 0, response);
    };
    var ExternalServer = function() {
      this.outcome = void 0, this.username = void 0;
    };
    ExternalServer.prototype.start = function() {
      this.outcome = !0;
    };
    var ExternalClient = function() {
      this.username = void 0;
    };
    ExternalClient.prototype.start = function(callback) {
      callback(void 0, "");
    };
    ExternalClient.prototype.step = function(callback) {
      callback(void 0, "");
    };
    var XOAuth2Client = function(username, token) {
      this.username = username, this.token = token;
    };
    XOAuth2Client.prototype.start = function(callback) {
      var response = util.allocate_buffer(this.username.length + this.token.length + 5 + 12 + 3), count = 0;
      response.write("user=", count), count += 5, response.write(this.username, count), count += this.username.length, response.writeUInt8(1, count), count += 1, response.write("auth=Bearer ", count), count += 12, response.write(this.token, count), count += this.token.length, response.writeUInt8(1, count), count += 1, response.writeUInt8(1, count), count += 1, callback(void 0, response);
    };
    var SaslServer = function(connection, mechanisms) {
      this.connection = connection, this.transport = new Transport(connection.amqp_transport.identifier, SASL_PROTOCOL_ID, frames.TYPE_SASL, this), this.next = connection.amqp_transport, this.mechanisms = mechanisms, this.mechanism = void 0, this.outcome = void 0, this.username = void 0;
      var mechlist = Object.getOwnPropertyNames(mechanisms);
      this.transport.encode(frames.sasl_frame(frames.sasl_mechanisms({ sasl_server_mechanisms: mechlist })));
    };
    SaslServer.prototype.do_step = function(challenge) {
      if (this.mechanism.outcome === void 0)
        this.transport.encode(frames.sasl_frame(frames.sasl_challenge({ challenge }))), this.connection.output();
      else {
        this.outcome = this.mechanism.outcome ? sasl_codes.OK : sasl_codes.AUTH;
        var frame = frames.sasl_frame(frames.sasl_outcome({ code: this.outcome }));
        this.transport.encode(frame), this.connection.output(), this.outcome === sasl_codes.OK && (this.username = this.mechanism.username, this.transport.write_complete = !0, this.transport.read_complete = !0);
      }
    };
    SaslServer.prototype.on_sasl_init = function(frame) {
      var saslctor = this.mechanisms[frame.performative.mechanism];
      saslctor ? (this.mechanism = saslctor(), Promise.resolve(this.mechanism.start(frame.performative.initial_response, frame.performative.hostname)).then(this.do_step.bind(this)).catch(this.do_fail.bind(this))) : (this.outcome = sasl_codes.AUTH, this.transport.encode(frames.sasl_frame(frames.sasl_outcome({ code: this.outcome }))));
    };
    SaslServer.prototype.on_sasl_response = function(frame) {
      Promise.resolve(this.mechanism.step(frame.performative.response)).then(this.do_step.bind(this)).catch(this.do_fail.bind(this));
    };
    SaslServer.prototype.do_fail = function(e) {
      var frame = frames.sasl_frame(frames.sasl_outcome({ code: sasl_codes.SYS }));
      this.transport.encode(frame), this.connection.output();
      try {
        this.connection.sasl_failed("Sasl callback promise failed with " + e, "amqp:internal-error");
      } catch (e2) {
        console.error("Uncaught error: ", e2.message);
      }
    };
    SaslServer.prototype.has_writes_pending = function() {
      return this.transport.has_writes_pending() || this.next.has_writes_pending();
    };
    SaslServer.prototype.write = function(socket) {
      return this.transport.write_complete && this.transport.pending.length === 0 ? this.next.write(socket) : this.transport.write(socket);
    };
    SaslServer.prototype.peek_size = function(buffer) {
      return this.transport.read_complete ? this.next.peek_size(buffer) : this.transport.peek_size(buffer);
    };
    SaslServer.prototype.read = function(buffer) {
      return this.transport.read_complete ? this.next.read(buffer) : this.transport.read(buffer);
    };
    var SaslClient = function(connection, mechanisms, hostname) {
      this.connection = connection, this.transport = new Transport(connection.amqp_transport.identifier, SASL_PROTOCOL_ID, frames.TYPE_SASL, this), this.next = connection.amqp_transport, this.mechanisms = mechanisms, this.mechanism = void 0, this.mechanism_name = void 0, this.hostname = hostname, this.failed = !1;
    };
    SaslClient.prototype.on_sasl_mechanisms = function(frame) {
      var offered_mechanisms = [];
      Array.isArray(frame.performative.sasl_server_mechanisms) ? offered_mechanisms = frame.performative.sasl_server_mechanisms : frame.performative.sasl_server_mechanisms && (offered_mechanisms = [frame.performative.sasl_server_mechanisms]);
      for (var i = 0; this.mechanism === void 0 && i < offered_mechanisms.length; i++) {
        var mech = offered_mechanisms[i], f = this.mechanisms[mech];
        f && (this.mechanism = typeof f == "function" ? f() : f, this.mechanism_name = mech);
      }
      if (this.mechanism) {
        var self = this;
        this.mechanism.start(function(err, response) {
          if (err)
            self.failed = !0, self.connection.sasl_failed("SASL mechanism init failed: " + err);
          else {
            var init = { mechanism: self.mechanism_name, initial_response: response };
            self.hostname && (init.hostname = self.hostname), self.transport.encode(frames.sasl_frame(frames.sasl_init(init))), self.connection.output();
          }
        });
      } else
        this.failed = !0, this.connection.sasl_failed("No suitable mechanism; server supports " + frame.performative.sasl_server_mechanisms);
    };
    SaslClient.prototype.on_sasl_challenge = function(frame) {
      var self = this;
      this.mechanism.step(frame.performative.challenge, function(err, response) {
        err ? (self.failed = !0, self.connection.sasl_failed("SASL mechanism challenge failed: " + err)) : (self.transport.encode(frames.sasl_frame(frames.sasl_response({ response }))), self.connection.output());
      });
    };
    SaslClient.prototype.on_sasl_outcome = function(frame) {
      switch (frame.performative.code) {
        case sasl_codes.OK:
          this.transport.read_complete = !0, this.transport.write_complete = !0;
          break;
        case sasl_codes.SYS:
        case sasl_codes.SYS_PERM:
        case sasl_codes.SYS_TEMP:
          this.transport.write_complete = !0, this.connection.sasl_failed("Failed to authenticate: " + frame.performative.code, "amqp:internal-error");
          break;
        default:
          this.transport.write_complete = !0, this.connection.sasl_failed("Failed to authenticate: " + frame.performative.code);
      }
    };
    SaslClient.prototype.has_writes_pending = function() {
      return this.transport.has_writes_pending() || this.next.has_writes_pending();
    };
    SaslClient.prototype.write = function(socket) {
      return this.transport.write_complete ? this.next.write(socket) : this.transport.write(socket);
    };
    SaslClient.prototype.peek_size = function(buffer) {
      return this.transport.read_complete ? this.next.peek_size(buffer) : this.transport.peek_size(buffer);
    };
    SaslClient.prototype.read = function(buffer) {
      return this.transport.read_complete ? this.next.read(buffer) : this.transport.read(buffer);
    };
    var SelectiveServer = function(connection, mechanisms) {
      this.header_received = !1, this.transports = {
        0: connection.amqp_transport,
        3: new SaslServer(connection, mechanisms)
      }, this.selected = void 0;
    };
    SelectiveServer.prototype.has_writes_pending = function() {
      return this.header_received && this.selected.has_writes_pending();
    };
    SelectiveServer.prototype.write = function(socket) {
      return this.selected ? this.selected.write(socket) : 0;
    };
    SelectiveServer.prototype.peek_size = function(buffer) {
      if (this.header_received)
        return this.selected.peek_size(buffer);
    };
    SelectiveServer.prototype.read = function(buffer) {
      if (!this.header_received) {
        if (buffer.length < 8)
          return 0;
        if (this.header_received = frames.read_header(buffer), this.selected = this.transports[this.header_received.protocol_id], this.selected === void 0)
          throw new errors.ProtocolError("Invalid AMQP protocol id " + this.header_received.protocol_id);
      }
      return this.selected.read(buffer);
    };
    var default_server_mechanisms = {
      enable_anonymous: function() {
        this.ANONYMOUS = function() {
          return new AnonymousServer();
        };
      },
      enable_plain: function(callback) {
        this.PLAIN = function() {
          return new PlainServer(callback);
        };
      }
    }, default_client_mechanisms = {
      enable_anonymous: function(name) {
        this.ANONYMOUS = function() {
          return new AnonymousClient(name);
        };
      },
      enable_plain: function(username, password) {
        this.PLAIN = function() {
          return new PlainClient(username, password);
        };
      },
      enable_external: function() {
        this.EXTERNAL = function() {
          return new ExternalClient();
        };
      },
      enable_xoauth2: function(username, token) {
        if (username && token)
          this.XOAUTH2 = function() {
            return new XOAuth2Client(username, token);
          };
        else {
          if (token === void 0)
            throw Error("token must be specified");
          if (username === void 0)
            throw Error("username must be specified");
        }
      }
    };
    module.exports = {
      Client: SaslClient,
      Server: SaslServer,
      Selective: SelectiveServer,
      server_mechanisms: function() {
        return Object.create(default_server_mechanisms);
      },
      client_mechanisms: function() {
        return Object.create(default_client_mechanisms);
      },
      server_add_external: function(mechs) {
        return mechs.EXTERNAL = function() {
          return new ExternalServer();
        }, mechs;
      }
    };
  }
});

// node_modules/rhea/lib/endpoint.js
var require_endpoint = __commonJS({
  "node_modules/rhea/lib/endpoint.js"(exports, module) {
    "use strict";
    var EndpointState = function() {
      this.init();
    };
    EndpointState.prototype.init = function() {
      this.local_open = !1, this.remote_open = !1, this.open_requests = 0, this.close_requests = 0, this.initialised = !1, this.marker = void 0;
    };
    EndpointState.prototype.mark = function(o) {
      return this.marker = o || Date.now(), this.marker;
    };
    EndpointState.prototype.open = function() {
      return this.marker = void 0, this.initialised = !0, this.local_open ? !1 : (this.local_open = !0, this.open_requests++, !0);
    };
    EndpointState.prototype.close = function() {
      return this.marker = void 0, this.local_open ? (this.local_open = !1, this.close_requests++, !0) : !1;
    };
    EndpointState.prototype.disconnected = function() {
      var was_initialised = this.initialised;
      this.was_open = this.local_open, this.init(), this.initialised = was_initialised;
    };
    EndpointState.prototype.reconnect = function() {
      this.was_open && (this.open(), this.was_open = void 0);
    };
    EndpointState.prototype.remote_opened = function() {
      return this.remote_open ? !1 : (this.remote_open = !0, !0);
    };
    EndpointState.prototype.remote_closed = function() {
      return this.remote_open ? (this.remote_open = !1, !0) : !1;
    };
    EndpointState.prototype.is_open = function() {
      return this.local_open && this.remote_open;
    };
    EndpointState.prototype.is_closed = function() {
      return this.initialised && !(this.local_open || this.was_open) && !this.remote_open;
    };
    EndpointState.prototype.has_settled = function() {
      return this.open_requests === 0 && this.close_requests === 0;
    };
    EndpointState.prototype.need_open = function() {
      return this.open_requests > 0 ? (this.open_requests--, !0) : !1;
    };
    EndpointState.prototype.need_close = function() {
      return this.close_requests > 0 ? (this.close_requests--, !0) : !1;
    };
    module.exports = EndpointState;
  }
});

// node_modules/rhea/lib/message.js
var require_message = __commonJS({
  "node_modules/rhea/lib/message.js"(exports, module) {
    "use strict";
    var log = require_log(), types = require_types(), by_descriptor = {}, unwrappers = {}, wrappers = [], message = {};
    function define_section(descriptor, unwrap, wrap) {
      unwrap.descriptor = descriptor, unwrappers[descriptor.symbolic] = unwrap, unwrappers[Number(descriptor.numeric).toString(10)] = unwrap, wrap && wrappers.push(wrap);
    }
    function define_composite_section(def) {
      var c = types.define_composite(def);
      message[def.name] = c.create, by_descriptor[Number(c.descriptor.numeric).toString(10)] = c, by_descriptor[c.descriptor.symbolic] = c;
      var unwrap = function(msg, section) {
        for (var composite = new c(section.value), i = 0; i < def.fields.length; i++) {
          var f = def.fields[i], v = composite[f.name];
          v != null && (msg[f.name] = v);
        }
      }, wrap = function(sections, msg) {
        sections.push(c.create(msg).described());
      };
      define_section(c.descriptor, unwrap, wrap);
    }
    function define_map_section(def, symbolic) {
      var wrapper = symbolic ? types.wrap_symbolic_map : types.wrap_map, descriptor = { numeric: def.code };
      descriptor.symbolic = "amqp:" + def.name.replace(/_/g, "-") + ":map";
      var unwrap = function(msg, section) {
        msg[def.name] = types.unwrap_map_simple(section);
      }, wrap = function(sections, msg) {
        msg[def.name] && sections.push(types.described_nc(types.wrap_ulong(descriptor.numeric), wrapper(msg[def.name])));
      };
      define_section(descriptor, unwrap, wrap);
    }
    function Section(typecode, content, multiple) {
      this.typecode = typecode, this.content = content, this.multiple = multiple;
    }
    Section.prototype.described = function(item) {
      return types.described(types.wrap_ulong(this.typecode), types.wrap(item || this.content));
    };
    Section.prototype.collect_sections = function(sections) {
      if (this.multiple)
        for (var i = 0; i < this.content.length; i++)
          sections.push(this.described(this.content[i]));
      else
        sections.push(this.described());
    };
    define_composite_section({
      name: "header",
      code: 112,
      fields: [
        { name: "durable", type: "boolean", default_value: !1 },
        { name: "priority", type: "ubyte", default_value: 4 },
        { name: "ttl", type: "uint" },
        { name: "first_acquirer", type: "boolean", default_value: !1 },
        { name: "delivery_count", type: "uint", default_value: 0 }
      ]
    });
    define_map_section({ name: "delivery_annotations", code: 113 }, !0);
    define_map_section({ name: "message_annotations", code: 114 }, !0);
    define_composite_section({
      name: "properties",
      code: 115,
      fields: [
        { name: "message_id", type: "message_id" },
        { name: "user_id", type: "binary" },
        { name: "to", type: "string" },
        { name: "subject", type: "string" },
        { name: "reply_to", type: "string" },
        { name: "correlation_id", type: "message_id" },
        { name: "content_type", type: "symbol" },
        { name: "content_encoding", type: "symbol" },
        { name: "absolute_expiry_time", type: "timestamp" },
        { name: "creation_time", type: "timestamp" },
        { name: "group_id", type: "string" },
        { name: "group_sequence", type: "uint" },
        { name: "reply_to_group_id", type: "string" }
      ]
    });
    define_map_section({ name: "application_properties", code: 116 });
    function unwrap_body_section(msg, section, typecode) {
      msg.body === void 0 ? msg.body = new Section(typecode, types.unwrap(section)) : msg.body.constructor === Section && msg.body.typecode === typecode && (msg.body.multiple ? msg.body.content.push(types.unwrap(section)) : (msg.body.multiple = !0, msg.body.content = [msg.body.content, types.unwrap(section)]));
    }
    define_section({ numeric: 117, symbolic: "amqp:data:binary" }, function(msg, section) {
      unwrap_body_section(msg, section, 117);
    });
    define_section({ numeric: 118, symbolic: "amqp:amqp-sequence:list" }, function(msg, section) {
      unwrap_body_section(msg, section, 118);
    });
    define_section({ numeric: 119, symbolic: "amqp:value:*" }, function(msg, section) {
      msg.body = types.unwrap(section);
    });
    define_map_section({ name: "footer", code: 120 });
    function wrap_body(sections, msg) {
      msg.body && msg.body.collect_sections ? msg.body.collect_sections(sections) : sections.push(types.described(types.wrap_ulong(119), types.wrap(msg.body)));
    }
    wrappers.push(wrap_body);
    message.data_section = function(data) {
      return new Section(117, data);
    };
    message.sequence_section = function(list) {
      return new Section(118, list);
    };
    message.data_sections = function(data_elements) {
      return new Section(117, data_elements, !0);
    };
    message.sequence_sections = function(lists) {
      return new Section(118, lists, !0);
    };
    function copy(src, tgt) {
      for (var k in src) {
        var v = src[k];
        typeof v == "object" ? copy(v, tgt[k]) : tgt[k] = v;
      }
    }
    function Message(o) {
      o && copy(o, this);
    }
    Message.prototype.toJSON = function() {
      var o = {};
      for (var key in this)
        typeof this[key] != "function" && (o[key] = this[key]);
      return o;
    };
    Message.prototype.toString = function() {
      return JSON.stringify(this.toJSON());
    };
    message.encode = function(msg) {
      var sections = [];
      wrappers.forEach(function(wrapper_fn) {
        wrapper_fn(sections, msg);
      });
      for (var writer = new types.Writer(), i = 0; i < sections.length; i++)
        log.message("Encoding section %d of %d: %o", i + 1, sections.length, sections[i]), writer.write(sections[i]);
      var data = writer.toBuffer();
      return log.message("encoded %d bytes", data.length), data;
    };
    message.decode = function(buffer) {
      for (var msg = new Message(), reader = new types.Reader(buffer); reader.remaining(); ) {
        var s = reader.read();
        if (log.message("decoding section: %o of type: %o", s, s.descriptor), s.descriptor) {
          var unwrap = unwrappers[s.descriptor.value];
          unwrap ? unwrap(msg, s) : console.warn("WARNING: did not recognise message section with descriptor " + s.descriptor);
        } else
          console.warn("WARNING: expected described message section got " + JSON.stringify(s));
      }
      return msg;
    };
    var outcomes = {};
    function define_outcome(def) {
      var c = types.define_composite(def);
      c.composite_type = def.name, message[def.name] = c.create, outcomes[Number(c.descriptor.numeric).toString(10)] = c, outcomes[c.descriptor.symbolic] = c, message["is_" + def.name] = function(o) {
        if (o && o.descriptor) {
          var c2 = outcomes[o.descriptor.value];
          if (c2)
            return c2.descriptor.numeric === def.code;
        }
        return !1;
      };
    }
    message.unwrap_outcome = function(outcome) {
      if (outcome && outcome.descriptor) {
        var c = outcomes[outcome.descriptor.value];
        if (c)
          return new c(outcome.value);
      }
      return console.error("unrecognised outcome: " + JSON.stringify(outcome)), outcome;
    };
    message.are_outcomes_equivalent = function(a, b) {
      return a === void 0 && b === void 0 ? !0 : a === void 0 || b === void 0 ? !1 : a.descriptor.value === b.descriptor.value && a.descriptor.value === 36;
    };
    define_outcome({
      name: "received",
      code: 35,
      fields: [
        { name: "section_number", type: "uint", mandatory: !0 },
        { name: "section_offset", type: "ulong", mandatory: !0 }
      ]
    });
    define_outcome({ name: "accepted", code: 36, fields: [] });
    define_outcome({ name: "rejected", code: 37, fields: [{ name: "error", type: "error" }] });
    define_outcome({ name: "released", code: 38, fields: [] });
    define_outcome({
      name: "modified",
      code: 39,
      fields: [
        { name: "delivery_failed", type: "boolean" },
        { name: "undeliverable_here", type: "boolean" },
        { name: "message_annotations", type: "symbolic_map" }
      ]
    });
    module.exports = message;
  }
});

// node_modules/rhea/lib/terminus.js
var require_terminus = __commonJS({
  "node_modules/rhea/lib/terminus.js"(exports, module) {
    "use strict";
    var types = require_types(), terminus = {}, by_descriptor = {};
    function define_terminus(def) {
      var c = types.define_composite(def);
      terminus[def.name] = c.create, by_descriptor[Number(c.descriptor.numeric).toString(10)] = c, by_descriptor[c.descriptor.symbolic] = c;
    }
    terminus.unwrap = function(field) {
      if (field && field.descriptor) {
        var c = by_descriptor[field.descriptor.value];
        if (c)
          return new c(field.value);
        console.warn("Unknown terminus: " + field.descriptor);
      }
      return null;
    };
    define_terminus({
      name: "source",
      code: 40,
      fields: [
        { name: "address", type: "string" },
        { name: "durable", type: "uint", default_value: 0 },
        { name: "expiry_policy", type: "symbol", default_value: "session-end" },
        { name: "timeout", type: "uint", default_value: 0 },
        { name: "dynamic", type: "boolean", default_value: !1 },
        { name: "dynamic_node_properties", type: "symbolic_map" },
        { name: "distribution_mode", type: "symbol" },
        { name: "filter", type: "symbolic_map" },
        { name: "default_outcome", type: "*" },
        { name: "outcomes", type: "symbol", multiple: !0 },
        { name: "capabilities", type: "symbol", multiple: !0 }
      ]
    });
    define_terminus({
      name: "target",
      code: 41,
      fields: [
        { name: "address", type: "string" },
        { name: "durable", type: "uint", default_value: 0 },
        { name: "expiry_policy", type: "symbol", default_value: "session-end" },
        { name: "timeout", type: "uint", default_value: 0 },
        { name: "dynamic", type: "boolean", default_value: !1 },
        { name: "dynamic_node_properties", type: "symbolic_map" },
        { name: "capabilities", type: "symbol", multiple: !0 }
      ]
    });
    module.exports = terminus;
  }
});

// node_modules/rhea/lib/link.js
var require_link = __commonJS({
  "node_modules/rhea/lib/link.js"(exports, module) {
    "use strict";
    var frames = require_frames(), log = require_log(), message = require_message(), terminus = require_terminus(), EndpointState = require_endpoint(), FlowController = function(window) {
      this.window = window;
    };
    FlowController.prototype.update = function(context) {
      var delta = this.window - context.receiver.credit;
      delta >= this.window / 4 && context.receiver.flow(delta);
    };
    function auto_settle(context) {
      context.delivery.settled = !0;
    }
    function auto_accept(context) {
      context.delivery.update(void 0, message.accepted().described());
    }
    function LinkError(message2, condition, link2) {
      Error.call(this), Error.captureStackTrace(this, this.constructor), this.message = message2, this.condition = condition, this.description = message2, Object.defineProperty(this, "link", { value: link2 });
    }
    __require("util").inherits(LinkError, Error);
    var EventEmitter = __require("events").EventEmitter, link = Object.create(EventEmitter.prototype);
    link.dispatch = function(name) {
      return log.events("[%s] Link got event: %s", this.connection.options.id, name), EventEmitter.prototype.emit.apply(this.observers, arguments), this.listeners(name).length ? (EventEmitter.prototype.emit.apply(this, arguments), !0) : this.session.dispatch.apply(this.session, arguments);
    };
    link.set_source = function(fields) {
      this.local.attach.source = terminus.source(fields).described();
    };
    link.set_target = function(fields) {
      this.local.attach.target = terminus.target(fields).described();
    };
    link.attach = function() {
      this.state.open() && this.connection._register();
    };
    link.open = link.attach;
    link.detach = function() {
      this.local.detach.closed = !1, this.state.close() && this.connection._register();
    };
    link.close = function(error) {
      error && (this.local.detach.error = error), this.local.detach.closed = !0, this.state.close() && this.connection._register();
    };
    link.remove = function() {
      this.session.remove_link(this);
    };
    link.is_open = function() {
      return this.session.is_open() && this.state.is_open();
    };
    link.is_remote_open = function() {
      return this.session.is_remote_open() && this.state.remote_open;
    };
    link.is_itself_closed = function() {
      return this.state.is_closed();
    };
    link.is_closed = function() {
      return this.session.is_closed() || this.is_itself_closed();
    };
    link._process = function() {
      do
        this.state.need_open() && this.session.output(this.local.attach), this.issue_flow && this.state.local_open && (this.session._write_flow(this), this.issue_flow = !1), this.state.need_close() && this.session.output(this.local.detach);
      while (!this.state.has_settled());
    };
    link.on_attach = function(frame) {
      if (this.state.remote_opened())
        this.remote.handle || (this.remote.handle = frame.handle), frame.performative.source = terminus.unwrap(frame.performative.source), frame.performative.target = terminus.unwrap(frame.performative.target), this.remote.attach = frame.performative, this.open(), this.dispatch(this.is_receiver() ? "receiver_open" : "sender_open", this._context());
      else
        throw Error("Attach already received");
    };
    link.prefix_event = function(event) {
      return (this.local.attach.role ? "receiver_" : "sender_") + event;
    };
    link.on_detach = function(frame) {
      if (this.state.remote_closed()) {
        this._incomplete && (this._incomplete.settled = !0), this.remote.detach = frame.performative;
        var error = this.remote.detach.error;
        if (error) {
          var handled = this.dispatch(this.prefix_event("error"), this._context());
          handled = this.dispatch(this.prefix_event("close"), this._context()) || handled, handled || EventEmitter.prototype.emit.call(this.connection.container, "error", new LinkError(error.description, error.condition, this));
        } else
          this.dispatch(this.prefix_event("close"), this._context());
        var self = this, token = this.state.mark();
        process.nextTick(function() {
          self.state.marker === token && (self.close(), process.nextTick(function() {
            self.remove();
          }));
        });
      } else
        throw Error("Detach already received");
    };
    function is_internal(name) {
      switch (name) {
        case "name":
        case "handle":
        case "role":
        case "initial_delivery_count":
          return !0;
        default:
          return !1;
      }
    }
    var aliases = [
      "snd_settle_mode",
      "rcv_settle_mode",
      "source",
      "target",
      "max_message_size",
      "offered_capabilities",
      "desired_capabilities",
      "properties"
    ];
    function remote_property_shortcut(name) {
      return function() {
        return this.remote.attach ? this.remote.attach[name] : void 0;
      };
    }
    link.init = function(session, name, local_handle, opts, is_receiver) {
      this.session = session, this.connection = session.connection, this.name = name, this.options = opts === void 0 ? {} : opts, this.state = new EndpointState(), this.issue_flow = !1, this.local = { handle: local_handle }, this.local.attach = frames.attach({ handle: local_handle, name, role: is_receiver });
      for (var field in this.local.attach)
        !is_internal(field) && this.options[field] !== void 0 && (this.local.attach[field] = this.options[field]);
      this.local.detach = frames.detach({ handle: local_handle, closed: !0 }), this.remote = { handle: void 0 }, this.delivery_count = 0, this.credit = 0, this.observers = new EventEmitter();
      var self = this;
      aliases.forEach(function(alias) {
        Object.defineProperty(self, alias, { get: remote_property_shortcut(alias) });
      }), Object.defineProperty(this, "error", { get: function() {
        return this.remote.detach ? this.remote.detach.error : void 0;
      } });
    };
    link._disconnect = function() {
      this.state.disconnected(), this.state.was_open || this.remove();
    };
    link._reconnect = function() {
      this.state.reconnect(), this.remote = { handle: void 0 }, this.delivery_count = 0, this.credit = 0;
    };
    link.has_credit = function() {
      return this.credit > 0;
    };
    link.is_receiver = function() {
      return this.local.attach.role;
    };
    link.is_sender = function() {
      return !this.is_receiver();
    };
    link._context = function(c) {
      var context = c || {};
      return this.is_receiver() ? context.receiver = this : context.sender = this, this.session._context(context);
    };
    link.get_option = function(name, default_value) {
      return this.options[name] !== void 0 ? this.options[name] : this.session.get_option(name, default_value);
    };
    var Sender = function(session, name, local_handle, opts) {
      this.init(session, name, local_handle, opts, !1), this._draining = !1, this._drained = !1, this.local.attach.initial_delivery_count = 0, this.tag = 0, this.get_option("autosettle", !0) && this.observers.on("settled", auto_settle);
      var sender = this;
      this.get_option("treat_modified_as_released", !0) && this.observers.on("modified", function(context) {
        sender.dispatch("released", context);
      });
    };
    Sender.prototype = Object.create(link);
    Sender.prototype.constructor = Sender;
    Sender.prototype._get_drain = function() {
      if (this._draining && this._drained && this.credit) {
        for (; this.credit; )
          ++this.delivery_count, --this.credit;
        return !0;
      } else
        return !1;
    };
    Sender.prototype.set_drained = function(drained) {
      this._drained = drained, this._draining && this._drained && (this.issue_flow = !0);
    };
    Sender.prototype.next_tag = function() {
      return Buffer.from(new String(this.tag++));
    };
    Sender.prototype.sendable = function() {
      return !!(this.credit && this.session.outgoing.available());
    };
    Sender.prototype.on_flow = function(frame) {
      var flow = frame.performative;
      this.credit = flow.delivery_count + flow.link_credit - this.delivery_count, this._draining = flow.drain, this._drained = this.credit > 0, this.is_open() && (this.dispatch("sender_flow", this._context()), this._draining && this.dispatch("sender_draining", this._context()), this.sendable() && this.dispatch("sendable", this._context()));
    };
    Sender.prototype.on_transfer = function() {
      throw Error("got transfer on sending link");
    };
    Sender.prototype.send = function(msg, tag, format) {
      var payload = format === void 0 ? message.encode(msg) : msg, delivery = this.session.send(this, tag || this.next_tag(), payload, format);
      return this.local.attach.snd_settle_mode === 1 && (delivery.settled = !0), delivery;
    };
    var Receiver = function(session, name, local_handle, opts) {
      this.init(session, name, local_handle, opts, !0), this.drain = !1, this.set_credit_window(this.get_option("credit_window", 1e3)), this.get_option("autoaccept", !0) && this.observers.on("message", auto_accept), this.local.attach.rcv_settle_mode === 1 && this.get_option("autosettle", !0) && this.observers.on("settled", auto_settle);
    };
    Receiver.prototype = Object.create(link);
    Receiver.prototype.constructor = Receiver;
    Receiver.prototype.on_flow = function(frame) {
      this.dispatch("receiver_flow", this._context()), frame.performative.drain && (this.credit = frame.performative.link_credit, this.delivery_count = frame.performative.delivery_count, frame.performative.link_credit > 0 ? console.error("ERROR: received flow with drain set, but non zero credit") : this.dispatch("receiver_drained", this._context()));
    };
    Receiver.prototype.flow = function(credit) {
      credit > 0 && (this.credit += credit, this.issue_flow = !0, this.connection._register());
    };
    Receiver.prototype.drain_credit = function() {
      this.drain = !0, this.issue_flow = !0, this.connection._register();
    };
    Receiver.prototype.add_credit = Receiver.prototype.flow;
    Receiver.prototype._get_drain = function() {
      return this.drain;
    };
    Receiver.prototype.set_credit_window = function(credit_window) {
      if (credit_window > 0) {
        var flow_controller = new FlowController(credit_window), listener = flow_controller.update.bind(flow_controller);
        this.observers.on("message", listener), this.observers.on("receiver_open", listener);
      }
    };
    module.exports = { Sender, Receiver };
  }
});

// node_modules/rhea/lib/session.js
var require_session = __commonJS({
  "node_modules/rhea/lib/session.js"(exports, module) {
    "use strict";
    var frames = require_frames(), link = require_link(), log = require_log(), message = require_message(), types = require_types(), util = require_util(), EndpointState = require_endpoint(), EventEmitter = __require("events").EventEmitter, DEFAULT_BUFFER_SIZE = 2048;
    function SessionError(message2, condition, session) {
      Error.call(this), Error.captureStackTrace(this, this.constructor), this.message = message2, this.condition = condition, this.description = message2, Object.defineProperty(this, "session", { value: session });
    }
    __require("util").inherits(SessionError, Error);
    var CircularBuffer = function(capacity) {
      this.capacity = capacity, this.size = 0, this.head = 0, this.tail = 0, this.entries = [];
    };
    CircularBuffer.prototype.available = function() {
      return this.capacity - this.size;
    };
    CircularBuffer.prototype.push = function(o) {
      if (this.size < this.capacity)
        this.entries[this.tail] = o, this.tail = (this.tail + 1) % this.capacity, this.size++;
      else
        throw Error("circular buffer overflow: head=" + this.head + " tail=" + this.tail + " size=" + this.size + " capacity=" + this.capacity);
    };
    CircularBuffer.prototype.pop_if = function(f) {
      for (var count = 0; this.size && f(this.entries[this.head]); )
        this.entries[this.head] = void 0, this.head = (this.head + 1) % this.capacity, this.size--, count++;
      return count;
    };
    CircularBuffer.prototype.by_id = function(id) {
      if (this.size > 0) {
        var gap = id - this.entries[this.head].id;
        if (gap < this.size)
          return this.entries[(this.head + gap) % this.capacity];
      }
    };
    CircularBuffer.prototype.get_head = function() {
      return this.size > 0 ? this.entries[this.head] : void 0;
    };
    CircularBuffer.prototype.get_tail = function() {
      return this.size > 0 ? this.entries[(this.head + this.size - 1) % this.capacity] : void 0;
    };
    function write_dispositions(deliveries) {
      var first, last, next_id, i, delivery;
      for (i = 0; i < deliveries.length; i++)
        delivery = deliveries[i], first === void 0 && (first = delivery, last = delivery, next_id = delivery.id), first !== last && !message.are_outcomes_equivalent(last.state, delivery.state) || last.settled !== delivery.settled || next_id !== delivery.id ? (first.link.session.output(frames.disposition({ role: first.link.is_receiver(), first: first.id, last: last.id, state: first.state, settled: first.settled })), first = delivery, last = delivery, next_id = delivery.id) : (last.id !== delivery.id && (last = delivery), next_id++);
      first !== void 0 && last !== void 0 && first.link.session.output(frames.disposition({ role: first.link.is_receiver(), first: first.id, last: last.id, state: first.state, settled: first.settled }));
    }
    function validate_buffer_size(session_buffer_size) {
      return session_buffer_size && Number.isInteger(Number(session_buffer_size)) ? Number(session_buffer_size) : DEFAULT_BUFFER_SIZE;
    }
    function get_buffer_size(session_buffer_size, type) {
      return session_buffer_size ? validate_buffer_size(typeof session_buffer_size == "number" ? session_buffer_size : session_buffer_size[type]) : DEFAULT_BUFFER_SIZE;
    }
    var Outgoing = function(connection, session_buffer_size) {
      this.deliveries = new CircularBuffer(get_buffer_size(session_buffer_size, "outgoing")), this.updated = [], this.pending_dispositions = [], this.next_delivery_id = 0, this.next_pending_delivery = 0, this.next_transfer_id = 0, this.window = types.MAX_UINT, this.remote_next_transfer_id = void 0, this.remote_window = void 0, this.connection = connection;
    };
    Outgoing.prototype.available = function() {
      return this.deliveries.available();
    };
    Outgoing.prototype.compute_max_payload = function(tag) {
      if (this.connection.max_frame_size)
        return this.connection.max_frame_size - (50 + tag.length);
    };
    Outgoing.prototype.send = function(sender, tag, data, format) {
      var fragments = [], max_payload = this.compute_max_payload(tag);
      if (max_payload && data.length > max_payload)
        for (var start = 0; start < data.length; ) {
          var end = Math.min(start + max_payload, data.length);
          fragments.push(data.slice(start, end)), start = end;
        }
      else
        fragments.push(data);
      var d = {
        id: this.next_delivery_id++,
        tag,
        link: sender,
        data: fragments,
        format: format || 0,
        next_to_send: 0,
        sent: !1,
        settled: !1,
        state: void 0,
        remote_settled: !1,
        remote_state: void 0
      }, self = this;
      return d.update = function(settled, state) {
        self.update(d, settled, state);
      }, this.deliveries.push(d), d;
    };
    Outgoing.prototype.on_begin = function(fields) {
      this.remote_window = fields.incoming_window;
    };
    Outgoing.prototype.on_flow = function(fields) {
      this.remote_next_transfer_id = fields.next_incoming_id, this.remote_window = fields.incoming_window;
    };
    Outgoing.prototype.on_disposition = function(fields) {
      for (var last = fields.last ? fields.last : fields.first, i = fields.first; i <= last; i++) {
        var d = this.deliveries.by_id(i);
        if (d && !d.remote_settled) {
          var updated = !1;
          fields.settled && (d.remote_settled = fields.settled, updated = !0), fields.state && fields.state !== d.remote_state && (d.remote_state = message.unwrap_outcome(fields.state), updated = !0), updated && this.updated.push(d);
        }
      }
    };
    Outgoing.prototype.update = function(delivery, settled, state) {
      delivery && (delivery.settled = settled, state !== void 0 && (delivery.state = state), delivery.remote_settled || this.pending_dispositions.push(delivery), delivery.link.connection._register());
    };
    Outgoing.prototype.transfer_window = function() {
      return this.remote_window ? this.remote_window - (this.next_transfer_id - this.remote_next_transfer_id) : 0;
    };
    Outgoing.prototype.process = function() {
      for (var d; this.next_pending_delivery < this.next_delivery_id; )
        if (d = this.deliveries.by_id(this.next_pending_delivery), d)
          if (d.link.has_credit()) {
            let num_to_send = Math.min(this.transfer_window(), d.data.length - d.next_to_send);
            if (num_to_send > 0) {
              this.window -= num_to_send;
              let end_of_send = d.next_to_send + num_to_send;
              for (var i = d.next_to_send; i < end_of_send; i++) {
                this.next_transfer_id++;
                var more = i + 1 < d.data.length, transfer = frames.transfer({ handle: d.link.local.handle, message_format: d.format, delivery_id: d.id, delivery_tag: d.tag, settled: d.settled, more });
                d.link.session.output(transfer, d.data[i]);
              }
              if (end_of_send < d.data.length) {
                d.next_to_send = end_of_send;
                break;
              } else
                d.settled && (d.remote_settled = !0), d.link.credit--, d.link.delivery_count++, this.next_pending_delivery++;
            } else {
              log.flow(
                "[%s] Incoming window of peer preventing sending further transfers: remote_window=%d, remote_next_transfer_id=%d, next_transfer_id=%d",
                this.connection.options.id,
                this.remote_window,
                this.remote_next_transfer_id,
                this.next_transfer_id
              );
              break;
            }
          } else {
            log.flow("[%s] Link has no credit", this.connection.options.id);
            break;
          }
        else {
          console.error("ERROR: Next pending delivery not found: " + this.next_pending_delivery);
          break;
        }
      for (var i = 0; i < this.updated.length; i++)
        d = this.updated[i], d.remote_state && d.remote_state.constructor.composite_type && d.link.dispatch(d.remote_state.constructor.composite_type, d.link._context({ delivery: d })), d.remote_settled && d.link.dispatch("settled", d.link._context({ delivery: d }));
      this.updated = [], this.pending_dispositions.length && (write_dispositions(this.pending_dispositions), this.pending_dispositions = []), this.deliveries.pop_if(function(d2) {
        return d2.settled && d2.remote_settled;
      });
    };
    var Incoming = function(session_buffer_size) {
      this.deliveries = new CircularBuffer(get_buffer_size(session_buffer_size, "incoming")), this.updated = [], this.next_transfer_id = 0, this.next_delivery_id = void 0, Object.defineProperty(this, "window", { get: function() {
        return this.deliveries.available();
      } }), this.remote_next_transfer_id = void 0, this.remote_window = void 0, this.max_transfer_id = this.next_transfer_id + this.window;
    };
    Incoming.prototype.update = function(delivery, settled, state) {
      delivery && (delivery.settled = settled, state !== void 0 && (delivery.state = state), delivery.remote_settled || this.updated.push(delivery), delivery.link.connection._register());
    };
    Incoming.prototype.on_transfer = function(frame, receiver) {
      if (this.next_transfer_id++, receiver.is_remote_open()) {
        this.next_delivery_id === void 0 && (this.next_delivery_id = frame.performative.delivery_id);
        var current;
        if (receiver._incomplete) {
          if (current = receiver._incomplete, util.is_defined(frame.performative.delivery_id) && current.id !== frame.performative.delivery_id)
            throw Error("frame sequence error: delivery " + current.id + " not complete, got " + frame.performative.delivery_id);
          frame.payload && current.frames.push(frame.payload);
        } else if (this.next_delivery_id === frame.performative.delivery_id) {
          current = {
            id: frame.performative.delivery_id,
            tag: frame.performative.delivery_tag,
            format: frame.performative.message_format,
            link: receiver,
            settled: !1,
            state: void 0,
            remote_settled: frame.performative.settled === void 0 ? !1 : frame.performative.settled,
            remote_state: frame.performative.state,
            frames: [frame.payload]
          };
          var self = this;
          current.update = function(settled, state) {
            var settled_ = settled;
            settled_ === void 0 && (settled_ = receiver.local.attach.rcv_settle_mode !== 1), self.update(current, settled_, state);
          }, current.accept = function() {
            this.update(void 0, message.accepted().described());
          }, current.release = function(params) {
            params ? this.update(void 0, message.modified(params).described()) : this.update(void 0, message.released().described());
          }, current.reject = function(error) {
            this.update(void 0, message.rejected({ error }).described());
          }, current.modified = function(params) {
            this.update(void 0, message.modified(params).described());
          }, this.deliveries.push(current), this.next_delivery_id++;
        } else
          throw Error("frame sequence error: expected " + this.next_delivery_id + ", got " + frame.performative.delivery_id);
        if (current.incomplete = frame.performative.more, current.incomplete)
          receiver._incomplete = current;
        else {
          receiver._incomplete = void 0;
          let data = current.frames.length === 1 ? current.frames[0] : Buffer.concat(current.frames);
          delete current.frames, receiver.credit > 0 ? receiver.credit-- : console.error("Received transfer when credit was %d", receiver.credit), receiver.delivery_count++;
          var msgctxt = current.format === 0 ? { message: message.decode(data), delivery: current } : { message: data, delivery: current, format: current.format };
          receiver.dispatch("message", receiver._context(msgctxt));
        }
      } else
        throw Error("transfer after detach");
    };
    Incoming.prototype.process = function(session) {
      this.updated.length > 0 && (write_dispositions(this.updated), this.updated = []), this.deliveries.pop_if(function(d) {
        return d.settled;
      }), this.max_transfer_id - this.next_transfer_id < this.window / 2 && session._write_flow();
    };
    Incoming.prototype.on_begin = function(fields) {
      this.next_transfer_id = fields.next_outgoing_id, this.remote_window = fields.outgoing_window, this.remote_next_transfer_id = fields.next_outgoing_id;
    };
    Incoming.prototype.on_flow = function(fields) {
      this.next_transfer_id = fields.next_outgoing_id, this.remote_next_transfer_id = fields.next_outgoing_id, this.remote_window = fields.outgoing_window;
    };
    Incoming.prototype.on_disposition = function(fields) {
      for (var last = fields.last ? fields.last : fields.first, i = fields.first; i <= last; i++) {
        var d = this.deliveries.by_id(i);
        d && !d.remote_settled && (fields.state && fields.state !== d.remote_state && (d.remote_state = message.unwrap_outcome(fields.state)), fields.settled && (d.remote_settled = fields.settled, d.link.dispatch("settled", d.link._context({ delivery: d }))));
      }
    };
    var Session = function(connection, local_channel, session_buffer_size) {
      this.connection = connection, this.session_buffer_size = session_buffer_size, this.outgoing = new Outgoing(connection, session_buffer_size), this.incoming = new Incoming(session_buffer_size), this.state = new EndpointState(), this.local = { channel: local_channel, handles: {} }, this.local.begin = frames.begin({ next_outgoing_id: this.outgoing.next_transfer_id, incoming_window: this.incoming.window, outgoing_window: this.outgoing.window }), this.local.end = frames.end(), this.remote = { handles: {} }, this.links = {}, this.options = {}, Object.defineProperty(this, "error", { get: function() {
        return this.remote.end ? this.remote.end.error : void 0;
      } }), this.observers = new EventEmitter();
    };
    Session.prototype = Object.create(EventEmitter.prototype);
    Session.prototype.constructor = Session;
    Session.prototype._disconnect = function() {
      this.state.disconnected();
      for (var l in this.links)
        this.links[l]._disconnect();
      this.state.was_open || this.remove();
    };
    Session.prototype._reconnect = function() {
      this.state.reconnect(), this.outgoing = new Outgoing(this.connection, this.session_buffer_size), this.incoming = new Incoming(this.session_buffer_size), this.remote = { handles: {} };
      for (var l in this.links)
        this.links[l]._reconnect();
    };
    Session.prototype.dispatch = function(name) {
      return log.events("[%s] Session got event: %s", this.connection.options.id, name), EventEmitter.prototype.emit.apply(this.observers, arguments), this.listeners(name).length ? (EventEmitter.prototype.emit.apply(this, arguments), !0) : this.connection.dispatch.apply(this.connection, arguments);
    };
    Session.prototype.output = function(frame, payload) {
      this.connection._write_frame(this.local.channel, frame, payload);
    };
    Session.prototype.create_sender = function(name, opts) {
      return opts || (opts = this.get_option("sender_options", {})), this.create_link(name, link.Sender, opts);
    };
    Session.prototype.create_receiver = function(name, opts) {
      return opts || (opts = this.get_option("receiver_options", {})), this.create_link(name, link.Receiver, opts);
    };
    function merge(defaults, specific) {
      for (var f in specific)
        f === "properties" && defaults.properties ? merge(defaults.properties, specific.properties) : defaults[f] = specific[f];
    }
    function attach(factory, args, remote_terminus, default_args) {
      var opts = Object.create(default_args || {});
      typeof args == "string" ? opts[remote_terminus] = args : args && merge(opts, args), opts.name || (opts.name = util.generate_uuid());
      var l = factory(opts.name, opts);
      for (var t in { source: 0, target: 0 })
        opts[t] && (typeof opts[t] == "string" && (opts[t] = { address: opts[t] }), l["set_" + t](opts[t]));
      return l.is_sender() && opts.source === void 0 && (opts.source = l.set_source({})), l.is_receiver() && opts.target === void 0 && (opts.target = l.set_target({})), l.attach(), l;
    }
    Session.prototype.get_option = function(name, default_value) {
      return this.options[name] !== void 0 ? this.options[name] : this.connection.get_option(name, default_value);
    };
    Session.prototype.attach_sender = function(args) {
      return attach(this.create_sender.bind(this), args, "target", this.get_option("sender_options", {}));
    };
    Session.prototype.open_sender = Session.prototype.attach_sender;
    Session.prototype.attach_receiver = function(args) {
      return attach(this.create_receiver.bind(this), args, "source", this.get_option("receiver_options", {}));
    };
    Session.prototype.open_receiver = Session.prototype.attach_receiver;
    Session.prototype.find_sender = function(filter) {
      return this.find_link(util.sender_filter(filter));
    };
    Session.prototype.find_receiver = function(filter) {
      return this.find_link(util.receiver_filter(filter));
    };
    Session.prototype.find_link = function(filter) {
      for (var name in this.links) {
        var link2 = this.links[name];
        if (filter(link2)) return link2;
      }
    };
    Session.prototype.each_receiver = function(action, filter) {
      this.each_link(action, util.receiver_filter(filter));
    };
    Session.prototype.each_sender = function(action, filter) {
      this.each_link(action, util.sender_filter(filter));
    };
    Session.prototype.each_link = function(action, filter) {
      for (var name in this.links) {
        var link2 = this.links[name];
        (filter === void 0 || filter(link2)) && action(link2);
      }
    };
    Session.prototype.create_link = function(name, constructor, opts) {
      for (var i = 0; this.local.handles[i]; ) i++;
      var l = new constructor(this, name, i, opts);
      return this.links[name] = l, this.local.handles[i] = l, l;
    };
    Session.prototype.begin = function() {
      this.state.open() && this.connection._register();
    };
    Session.prototype.open = Session.prototype.begin;
    Session.prototype.end = function(error) {
      error && (this.local.end.error = error), this.state.close() && this.connection._register();
    };
    Session.prototype.close = Session.prototype.end;
    Session.prototype.is_open = function() {
      return this.connection.is_open() && this.state.is_open();
    };
    Session.prototype.is_remote_open = function() {
      return this.connection.is_remote_open() && this.state.remote_open;
    };
    Session.prototype.is_itself_closed = function() {
      return this.state.is_closed();
    };
    Session.prototype.is_closed = function() {
      return this.connection.is_closed() || this.is_itself_closed();
    };
    function notify_sendable(sender) {
      sender.dispatch("sendable", sender._context());
    }
    function is_sender_sendable(sender) {
      return sender.is_open() && sender.sendable();
    }
    Session.prototype._process = function() {
      do {
        this.state.need_open() && this.output(this.local.begin);
        var was_blocked = this.outgoing.deliveries.available() === 0;
        this.outgoing.process(), was_blocked && this.outgoing.deliveries.available() && this.each_sender(notify_sendable, is_sender_sendable), this.incoming.process(this);
        for (var k in this.links)
          this.links[k]._process();
        this.state.need_close() && this.output(this.local.end);
      } while (!this.state.has_settled());
    };
    Session.prototype.send = function(sender, tag, data, format) {
      var d = this.outgoing.send(sender, tag, data, format);
      return this.connection._register(), d;
    };
    Session.prototype._write_flow = function(link2) {
      var fields = {
        next_incoming_id: this.incoming.next_transfer_id >>> 0,
        incoming_window: this.incoming.window,
        next_outgoing_id: this.outgoing.next_transfer_id >>> 0,
        outgoing_window: this.outgoing.window
      };
      this.incoming.max_transfer_id = fields.next_incoming_id + fields.incoming_window, link2 && (link2._get_drain() && (fields.drain = !0), fields.delivery_count = link2.delivery_count, fields.handle = link2.local.handle, fields.link_credit = link2.credit), this.output(frames.flow(fields));
    };
    Session.prototype.on_begin = function(frame) {
      if (this.state.remote_opened())
        this.remote.channel || (this.remote.channel = frame.channel), this.remote.begin = frame.performative, this.outgoing.on_begin(frame.performative), this.incoming.on_begin(frame.performative), this.open(), this.dispatch("session_open", this._context());
      else
        throw Error("Begin already received");
    };
    Session.prototype.on_end = function(frame) {
      if (this.state.remote_closed()) {
        this.remote.end = frame.performative;
        var error = this.remote.end.error;
        if (error) {
          var handled = this.dispatch("session_error", this._context());
          handled = this.dispatch("session_close", this._context()) || handled, handled || EventEmitter.prototype.emit.call(this.connection.container, "error", new SessionError(error.description, error.condition, this));
        } else
          this.dispatch("session_close", this._context());
        var self = this, token = this.state.mark();
        process.nextTick(function() {
          self.state.marker === token && (self.close(), process.nextTick(function() {
            self.remove();
          }));
        });
      } else
        throw Error("End already received");
    };
    Session.prototype.on_attach = function(frame) {
      var name = frame.performative.name, link2 = this.links[name];
      link2 || (link2 = frame.performative.role ? this.create_sender(name) : this.create_receiver(name)), this.remote.handles[frame.performative.handle] = link2, link2.on_attach(frame), link2.remote.attach = frame.performative;
    };
    Session.prototype.on_disposition = function(frame) {
      frame.performative.role ? (log.events("[%s] Received disposition for outgoing transfers", this.connection.options.id), this.outgoing.on_disposition(frame.performative)) : (log.events("[%s] Received disposition for incoming transfers", this.connection.options.id), this.incoming.on_disposition(frame.performative)), this.connection._register();
    };
    Session.prototype.on_flow = function(frame) {
      this.outgoing.on_flow(frame.performative), this.incoming.on_flow(frame.performative), util.is_defined(frame.performative.handle) && this._get_link(frame).on_flow(frame), this.connection._register();
    };
    Session.prototype._context = function(c) {
      var context = c || {};
      return context.session = this, this.connection._context(context);
    };
    Session.prototype._get_link = function(frame) {
      var handle = frame.performative.handle, link2 = this.remote.handles[handle];
      if (!link2)
        throw Error("Invalid handle " + handle);
      return link2;
    };
    Session.prototype.on_detach = function(frame) {
      this._get_link(frame).on_detach(frame);
    };
    Session.prototype.remove_link = function(link2) {
      delete this.remote.handles[link2.remote.handle], delete this.local.handles[link2.local.handle], delete this.links[link2.name];
    };
    Session.prototype.remove = function() {
      this.connection.remove_session(this);
    };
    Session.prototype.on_transfer = function(frame) {
      this.incoming.on_transfer(frame, this._get_link(frame));
    };
    module.exports = Session;
  }
});

// node_modules/rhea/lib/connection.js
var require_connection = __commonJS({
  "node_modules/rhea/lib/connection.js"(exports, module) {
    "use strict";
    var errors = require_errors(), frames = require_frames(), log = require_log(), sasl = require_sasl(), util = require_util(), EndpointState = require_endpoint(), Session = require_session(), Transport = require_transport(), fs = __require("fs"), os = __require("os"), path = __require("path"), net = __require("net"), tls = __require("tls"), EventEmitter = __require("events").EventEmitter, AMQP_PROTOCOL_ID = 0;
    function find_connect_config() {
      var paths;
      process.env.MESSAGING_CONNECT_FILE ? paths = [process.env.MESSAGING_CONNECT_FILE] : paths = [process.cwd(), path.join(os.homedir(), ".config/messaging"), "/etc/messaging"].map(function(base) {
        return path.join(base, "/connect.json");
      });
      for (var i = 0; i < paths.length; i++)
        if (fs.existsSync(paths[i])) {
          var obj = JSON.parse(fs.readFileSync(paths[i], "utf8"));
          return log.config("using config from %s: %j", paths[i], obj), obj;
        }
      return {};
    }
    function get_default_connect_config() {
      var config = find_connect_config(), options = {};
      return config.scheme === "amqps" && (options.transport = "tls"), config.host && (options.host = config.host), config.port === "amqp" ? options.port = 5672 : config.port === "amqps" ? options.port = 5671 : options.port = config.port, config.sasl && config.sasl.enabled === !1 || (config.user ? options.username = config.user : options.username = "anonymous", config.password && (options.password = config.password), config.sasl_mechanisms && (options.sasl_mechanisms = config.sasl_mechanisms)), config.tls && (config.tls.key && (options.key = fs.readFileSync(config.tls.key)), config.tls.cert && (options.cert = fs.readFileSync(config.tls.cert)), config.tls.ca && (options.ca = [fs.readFileSync(config.tls.ca)]), (config.verify === !1 || config.tls.verify === !1) && (options.rejectUnauthorized = !1)), options.transport === "tls" && (options.servername = options.host), options;
    }
    function get_socket_id(socket) {
      return socket.get_id_string ? socket.get_id_string() : socket.localAddress + ":" + socket.localPort + " -> " + socket.remoteAddress + ":" + socket.remotePort;
    }
    function session_per_connection(conn, session_buffer_size) {
      var ssn = null;
      return {
        get_session: function() {
          return ssn || (ssn = conn.create_session(session_buffer_size), ssn.observers.on("session_close", function() {
            ssn = null;
          }), ssn.begin()), ssn;
        }
      };
    }
    function restrict(count, f) {
      if (count) {
        var current = count, reset;
        return function(successful_attempts) {
          return reset !== successful_attempts && (current = count, reset = successful_attempts), current-- ? f(successful_attempts) : -1;
        };
      } else
        return f;
    }
    function backoff(initial, max) {
      var delay = initial, reset;
      return function(successful_attempts) {
        reset !== successful_attempts && (delay = initial, reset = successful_attempts);
        var current = delay, next = delay * 2;
        return delay = max > next ? next : max, current;
      };
    }
    function get_connect_fn(options) {
      if (options.transport === void 0 || options.transport === "tcp")
        return net.connect;
      if (options.transport === "tls" || options.transport === "ssl")
        return tls.connect;
      throw Error("Unrecognised transport: " + options.transport);
    }
    function connection_details(options) {
      var details = {};
      return details.connect = options.connect ? options.connect : get_connect_fn(options), details.host = options.host ? options.host : "localhost", details.port = options.port ? options.port : 5672, details.options = options, details;
    }
    var aliases = [
      "container_id",
      "hostname",
      "max_frame_size",
      "channel_max",
      "idle_time_out",
      "outgoing_locales",
      "incoming_locales",
      "offered_capabilities",
      "desired_capabilities",
      "properties"
    ];
    function remote_property_shortcut(name) {
      return function() {
        return this.remote.open ? this.remote.open[name] : void 0;
      };
    }
    function connection_fields(fields) {
      var o = {};
      return aliases.forEach(function(name) {
        fields[name] !== void 0 && (o[name] = fields[name]);
      }), o;
    }
    function set_reconnect(reconnect, connection) {
      if (typeof reconnect == "boolean")
        if (reconnect) {
          var initial = connection.get_option("initial_reconnect_delay", 100), max = connection.get_option("max_reconnect_delay", 6e4);
          connection.options.reconnect = restrict(
            connection.get_option("reconnect_limit"),
            backoff(initial, max)
          );
        } else
          connection.options.reconnect = !1;
      else if (typeof reconnect == "number") {
        var fixed = connection.options.reconnect;
        connection.options.reconnect = restrict(
          connection.get_option("reconnect_limit"),
          function() {
            return fixed;
          }
        );
      }
    }
    var conn_counter = 1, Connection = function(options, container) {
      if (this.options = {}, options) {
        for (var k in options)
          this.options[k] = options[k];
        (options.transport === "tls" || options.transport === "ssl") && options.servername === void 0 && options.host !== void 0 && (this.options.servername = options.host), this.session_buffer_size = options.session_buffer_size;
      } else
        this.options = get_default_connect_config();
      if (this.container = container, this.options.id || (this.options.id = "connection-" + conn_counter++), this.options.container_id || (this.options.container_id = container ? container.id : util.generate_uuid()), !this.options.connection_details) {
        var self = this;
        this.options.connection_details = function() {
          return connection_details(self.options);
        };
      }
      var reconnect = this.get_option("reconnect", !0);
      set_reconnect(reconnect, this), this.registered = !1, this.state = new EndpointState(), this.local_channel_map = {}, this.remote_channel_map = {}, this.local = {}, this.remote = {}, this.local.open = frames.open(connection_fields(this.options)), this.local.close = frames.close({}), this.session_policy = session_per_connection(this, this.session_buffer_size), this.amqp_transport = new Transport(this.options.id, AMQP_PROTOCOL_ID, frames.TYPE_AMQP, this), this.sasl_transport = void 0, this.transport = this.amqp_transport, this.conn_established_counter = 0, this.heartbeat_out = void 0, this.heartbeat_in = void 0, this.abort_idle = void 0, this.socket_ready = !1, this.scheduled_reconnect = void 0, this.default_sender = void 0, this.closed_with_non_fatal_error = !1;
      var self = this;
      aliases.forEach(function(alias) {
        Object.defineProperty(self, alias, { get: remote_property_shortcut(alias) });
      }), Object.defineProperty(this, "error", { get: function() {
        return this.remote.close ? this.remote.close.error : void 0;
      } });
    };
    Connection.prototype = Object.create(EventEmitter.prototype);
    Connection.prototype.constructor = Connection;
    Connection.prototype.dispatch = function(name) {
      return log.events("[%s] Connection got event: %s", this.options.id, name), this.listeners(name).length ? (EventEmitter.prototype.emit.apply(this, arguments), !0) : this.container ? this.container.dispatch.apply(this.container, arguments) : !1;
    };
    Connection.prototype._disconnect = function() {
      this.state.disconnected();
      for (var k in this.local_channel_map)
        this.local_channel_map[k]._disconnect();
      this.socket_ready = !1;
    };
    Connection.prototype._reconnect = function() {
      this.abort_idle && (clearTimeout(this.abort_idle), this.abort_idle = void 0, this.local.close.error = void 0, this.state = new EndpointState(), this.state.open()), this.state.reconnect(), this._reset_remote_state();
    };
    Connection.prototype._reset_remote_state = function() {
      this.amqp_transport = new Transport(this.options.id, AMQP_PROTOCOL_ID, frames.TYPE_AMQP, this), this.sasl_transport = void 0, this.transport = this.amqp_transport, this.remote = {}, this.remote_channel_map = {};
      var localChannelMap = this.local_channel_map;
      for (var k in localChannelMap)
        localChannelMap[k]._reconnect();
    };
    Connection.prototype.connect = function() {
      return this.is_server = !1, this.abort_idle && (clearTimeout(this.abort_idle), this.abort_idle = void 0), this._reset_remote_state(), this._connect(this.options.connection_details(this.conn_established_counter)), this.open(), this;
    };
    Connection.prototype.reconnect = function() {
      return this.scheduled_reconnect = void 0, log.reconnect("[%s] reconnecting...", this.options.id), this._reconnect(), this._connect(this.options.connection_details(this.conn_established_counter)), process.nextTick(this._process.bind(this)), this;
    };
    Connection.prototype.set_reconnect = function(reconnect) {
      set_reconnect(reconnect, this);
    };
    Connection.prototype._connect = function(details) {
      return details.connect ? this.init(details.connect(details.port, details.host, details.options, this.connected.bind(this))) : this.init(get_connect_fn(details)(details.port, details.host, details.options, this.connected.bind(this))), this;
    };
    Connection.prototype.accept = function(socket) {
      return this.is_server = !0, log.io("[%s] client accepted: %s", this.id, get_socket_id(socket)), this.socket_ready = !0, this.init(socket);
    };
    Connection.prototype.abort_socket = function(socket) {
      socket === this.socket && (this.abort_idle = void 0, log.io("[%s] aborting socket", this.options.id), this.socket.end(), this.socket.removeAllListeners && (this.socket.removeAllListeners("data"), this.socket.removeAllListeners("error"), this.socket.removeAllListeners("end")), typeof this.socket.destroy == "function" && this.socket.destroy(), this._disconnected());
    };
    Connection.prototype.init = function(socket) {
      if (this.socket = socket, this.get_option("tcp_no_delay", !1) && this.socket.setNoDelay && this.socket.setNoDelay(!0), this.socket.on("data", this.input.bind(this)), this.socket.on("error", this.on_error.bind(this)), this.socket.on("end", this.eof.bind(this)), this.is_server) {
        var mechs;
        if (this.container && Object.getOwnPropertyNames(this.container.sasl_server_mechanisms).length && (mechs = this.container.sasl_server_mechanisms), this.socket.encrypted && this.socket.authorized && this.get_option("enable_sasl_external", !1) && (mechs = sasl.server_add_external(mechs ? util.clone(mechs) : {})), mechs)
          mechs.ANONYMOUS !== void 0 && !this.get_option("require_sasl", !1) ? this.sasl_transport = new sasl.Selective(this, mechs) : this.sasl_transport = new sasl.Server(this, mechs);
        else if (!this.get_option("disable_sasl", !1)) {
          var anon = sasl.server_mechanisms();
          anon.enable_anonymous(), this.sasl_transport = new sasl.Selective(this, anon);
        }
      } else {
        var mechanisms = this.get_option("sasl_mechanisms");
        if (!mechanisms) {
          var username = this.get_option("username"), password = this.get_option("password"), token = this.get_option("token");
          username && (mechanisms = sasl.client_mechanisms(), password ? mechanisms.enable_plain(username, password) : token ? mechanisms.enable_xoauth2(username, token) : mechanisms.enable_anonymous(username));
        }
        this.socket.encrypted && this.options.cert && this.get_option("enable_sasl_external", !1) && (mechanisms || (mechanisms = sasl.client_mechanisms()), mechanisms.enable_external()), mechanisms && (this.sasl_transport = new sasl.Client(this, mechanisms, this.options.sasl_init_hostname || this.options.servername || this.options.host));
      }
      return this.transport = this.sasl_transport ? this.sasl_transport : this.amqp_transport, this;
    };
    Connection.prototype.attach_sender = function(options) {
      return this.session_policy.get_session().attach_sender(options);
    };
    Connection.prototype.open_sender = Connection.prototype.attach_sender;
    Connection.prototype.attach_receiver = function(options) {
      return this.get_option("tcp_no_delay", !0) && this.socket.setNoDelay && this.socket.setNoDelay(!0), this.session_policy.get_session().attach_receiver(options);
    };
    Connection.prototype.open_receiver = Connection.prototype.attach_receiver;
    Connection.prototype.get_option = function(name, default_value) {
      return this.options[name] !== void 0 ? this.options[name] : this.container ? this.container.get_option(name, default_value) : default_value;
    };
    Connection.prototype.send = function(msg) {
      return this.default_sender === void 0 && (this.default_sender = this.open_sender({ target: {} })), this.default_sender.send(msg);
    };
    Connection.prototype.connected = function() {
      this.socket_ready = !0, this.conn_established_counter++, log.io("[%s] connected %s", this.options.id, get_socket_id(this.socket)), this.output();
    };
    Connection.prototype.sasl_failed = function(text, condition) {
      this.transport_error = new errors.ConnectionError(text, condition || "amqp:unauthorized-access", this), this._handle_error(), this.socket.end();
    };
    Connection.prototype._is_fatal = function(error_condition) {
      var all_errors_non_fatal = this.get_option("all_errors_non_fatal", !1);
      if (all_errors_non_fatal)
        return !1;
      var non_fatal = this.get_option("non_fatal_errors", ["amqp:connection:forced"]);
      return non_fatal.indexOf(error_condition) < 0;
    };
    Connection.prototype._handle_error = function() {
      var error = this.get_error();
      if (error) {
        var handled = this.dispatch("connection_error", this._context({ error }));
        return handled = this.dispatch("connection_close", this._context({ error })) || handled, this._is_fatal(error.condition) ? handled || this.dispatch("error", new errors.ConnectionError(error.description, error.condition, this)) : this.state.local_open && (this.closed_with_non_fatal_error = !0), !0;
      } else
        return !1;
    };
    Connection.prototype.get_error = function() {
      if (this.transport_error) return this.transport_error;
      if (this.remote.close && this.remote.close.error)
        return new errors.ConnectionError(this.remote.close.error.description, this.remote.close.error.condition, this);
    };
    Connection.prototype._get_peer_details = function() {
      var s = "";
      return this.remote.open && this.remote.open.container && (s += this.remote.open.container + " "), this.remote.open && this.remote.open.properties && (s += JSON.stringify(this.remote.open.properties)), s;
    };
    Connection.prototype.output = function() {
      try {
        this.socket && this.socket_ready && (this.heartbeat_out && clearTimeout(this.heartbeat_out), this.transport.write(this.socket), (this.is_closed() && this.state.has_settled() || this.abort_idle || this.transport_error) && !this.transport.has_writes_pending() ? this.socket.end() : this.is_open() && this.remote.open.idle_time_out && (this.heartbeat_out = setTimeout(this._write_frame.bind(this), this.remote.open.idle_time_out / 2)), this.local.open.idle_time_out && this.heartbeat_in === void 0 && (this.heartbeat_in = setTimeout(this.idle.bind(this), this.local.open.idle_time_out * 2)));
      } catch (e) {
        this.saved_error = e, e.name === "ProtocolError" ? (console.error("[" + this.options.id + "] error on write: " + e + " " + this._get_peer_details() + " " + e.name), this.dispatch("protocol_error", e) || console.error("[" + this.options.id + "] error on write: " + e + " " + this._get_peer_details())) : this.dispatch("error", e), this.socket.end();
      }
    };
    function byte_to_hex(value) {
      return value < 16 ? "0x0" + Number(value).toString(16) : "0x" + Number(value).toString(16);
    }
    function buffer_to_hex(buffer) {
      for (var bytes = [], i = 0; i < buffer.length; i++)
        bytes.push(byte_to_hex(buffer[i]));
      return bytes.join(",");
    }
    Connection.prototype.input = function(buff) {
      var buffer;
      try {
        if (this.heartbeat_in && clearTimeout(this.heartbeat_in), log.io("[%s] read %d bytes", this.options.id, buff.length), this.frame_size)
          if (this.received_bytes += buff.length, this.chunks.push(buff), this.frame_size <= this.received_bytes)
            buffer = Buffer.concat(this.chunks, this.received_bytes), this.chunks = null, this.frame_size = void 0;
          else {
            log.io("[%s] pushed %d bytes", this.options.id, buff.length);
            return;
          }
        else this.previous_input ? (buffer = Buffer.concat([this.previous_input, buff]), this.previous_input = null) : buffer = buff;
        let read = this.transport.read(buffer, this);
        if (read < buffer.length) {
          let previous_input = buffer.slice(read);
          this.frame_size = this.transport.peek_size(previous_input), this.frame_size ? (this.chunks = [previous_input], this.received_bytes = previous_input.length, log.io("[%s] waiting frame_size %s", this.options.id, this.frame_size)) : this.previous_input = previous_input;
        }
        this.local.open.idle_time_out && (this.heartbeat_in = setTimeout(this.idle.bind(this), this.local.open.idle_time_out * 2)), this.transport.has_writes_pending() ? this.output() : this.is_closed() && this.state.has_settled() ? this.socket.end() : this.is_open() && this.remote.open.idle_time_out && !this.heartbeat_out && (this.heartbeat_out = setTimeout(this._write_frame.bind(this), this.remote.open.idle_time_out / 2));
      } catch (e) {
        this.saved_error = e, e.name === "ProtocolError" ? this.dispatch("protocol_error", e) || console.error("[" + this.options.id + "] error on read: " + e + " " + this._get_peer_details() + " (buffer:" + buffer_to_hex(buffer) + ")") : this.dispatch("error", e), this.socket.end();
      }
    };
    Connection.prototype.idle = function() {
      this.is_closed() || (this.closed_with_non_fatal_error = !0, this.local.close.error = { condition: "amqp:resource-limit-exceeded", description: "max idle time exceeded" }, this.close(), this.abort_idle = setTimeout(this.abort_socket.bind(this, this.socket), 1e3));
    };
    Connection.prototype.on_error = function(e) {
      this._disconnected(e);
    };
    Connection.prototype.eof = function(e) {
      var error = e || this.saved_error;
      this.saved_error = void 0, this._disconnected(error);
    };
    Connection.prototype._disconnected = function(error) {
      this.heartbeat_out && (clearTimeout(this.heartbeat_out), this.heartbeat_out = void 0), this.heartbeat_in && (clearTimeout(this.heartbeat_in), this.heartbeat_in = void 0), this.abort_idle && (clearTimeout(this.abort_idle), this.abort_idle = void 0);
      var was_closed_with_non_fatal_error = this.closed_with_non_fatal_error;
      if (this.closed_with_non_fatal_error && (this.closed_with_non_fatal_error = !1, this.options.reconnect && this.open()), (!this.is_closed() || was_closed_with_non_fatal_error) && this.scheduled_reconnect === void 0) {
        this._disconnect();
        var disconnect_ctxt = {};
        if (error && (disconnect_ctxt.error = error), !this.is_server && !this.transport_error && this.options.reconnect) {
          var delay = this.options.reconnect(this.conn_established_counter);
          delay >= 0 ? (log.reconnect("[%s] Scheduled reconnect in " + delay + "ms", this.options.id), this.scheduled_reconnect = setTimeout(this.reconnect.bind(this), delay), disconnect_ctxt.reconnecting = !0) : disconnect_ctxt.reconnecting = !1;
        }
        this.dispatch("disconnected", this._context(disconnect_ctxt)) || console.warn("[" + this.options.id + "] disconnected %s", disconnect_ctxt.error || "");
      }
    };
    Connection.prototype.open = function() {
      this.state.open() && this._register();
    };
    Connection.prototype.close = function(error) {
      error && (this.local.close.error = error), this.state.close() && this._register();
    };
    Connection.prototype.is_open = function() {
      return this.state.is_open();
    };
    Connection.prototype.is_remote_open = function() {
      return this.state.remote_open;
    };
    Connection.prototype.is_closed = function() {
      return this.state.is_closed();
    };
    Connection.prototype.create_session = function(session_buffer_size) {
      for (var i = 0; this.local_channel_map[i]; ) i++;
      var session = new Session(this, i, session_buffer_size);
      return this.local_channel_map[i] = session, session;
    };
    Connection.prototype.find_sender = function(filter) {
      return this.find_link(util.sender_filter(filter));
    };
    Connection.prototype.find_receiver = function(filter) {
      return this.find_link(util.receiver_filter(filter));
    };
    Connection.prototype.find_link = function(filter) {
      for (var channel in this.local_channel_map) {
        var session = this.local_channel_map[channel], result = session.find_link(filter);
        if (result) return result;
      }
    };
    Connection.prototype.each_receiver = function(action, filter) {
      this.each_link(action, util.receiver_filter(filter));
    };
    Connection.prototype.each_sender = function(action, filter) {
      this.each_link(action, util.sender_filter(filter));
    };
    Connection.prototype.each_link = function(action, filter) {
      for (var channel in this.local_channel_map) {
        var session = this.local_channel_map[channel];
        session.each_link(action, filter);
      }
    };
    Connection.prototype.on_open = function(frame) {
      if (this.state.remote_opened())
        this.remote.open = frame.performative, this.open(), this.dispatch("connection_open", this._context());
      else
        throw new errors.ProtocolError("Open already received");
    };
    Connection.prototype.on_close = function(frame) {
      if (this.state.remote_closed()) {
        this.remote.close = frame.performative, this.remote.close.error ? this._handle_error() : this.dispatch("connection_close", this._context()), this.heartbeat_out && clearTimeout(this.heartbeat_out);
        var self = this;
        process.nextTick(function() {
          self.close();
        });
      } else
        throw new errors.ProtocolError("Close already received");
    };
    Connection.prototype._register = function() {
      this.registered || (this.registered = !0, process.nextTick(this._process.bind(this)));
    };
    Connection.prototype._process = function() {
      this.registered = !1;
      do {
        this.state.need_open() && this._write_open();
        var localChannelMap = this.local_channel_map;
        for (var k in localChannelMap)
          localChannelMap[k]._process();
        this.state.need_close() && this._write_close();
      } while (!this.state.has_settled());
    };
    Connection.prototype._write_frame = function(channel, frame, payload) {
      this.amqp_transport.encode(frames.amqp_frame(channel, frame, payload)), this.output();
    };
    Connection.prototype._write_open = function() {
      this._write_frame(0, this.local.open);
    };
    Connection.prototype._write_close = function() {
      this._write_frame(0, this.local.close), this.local.close.error = void 0;
    };
    Connection.prototype.on_begin = function(frame) {
      var session;
      if (frame.performative.remote_channel === null || frame.performative.remote_channel === void 0)
        session = this.create_session(this.session_buffer_size), session.local.begin.remote_channel = frame.channel;
      else if (session = this.local_channel_map[frame.performative.remote_channel], !session) throw new errors.ProtocolError("Invalid value for remote channel " + frame.performative.remote_channel);
      session.on_begin(frame), this.remote_channel_map[frame.channel] = session;
    };
    Connection.prototype.get_peer_certificate = function() {
      if (this.socket && this.socket.getPeerCertificate)
        return this.socket.getPeerCertificate();
    };
    Connection.prototype.get_tls_socket = function() {
      if (this.socket && (this.options.transport === "tls" || this.options.transport === "ssl"))
        return this.socket;
    };
    Connection.prototype._context = function(c) {
      var context = c || {};
      return context.connection = this, this.container && (context.container = this.container), context;
    };
    Connection.prototype.remove_session = function(session) {
      this.remote_channel_map[session.remote.channel] === session && delete this.remote_channel_map[session.remote.channel], this.local_channel_map[session.local.channel] === session && delete this.local_channel_map[session.local.channel];
    };
    Connection.prototype.remove_all_sessions = function() {
      clearObject(this.remote_channel_map), clearObject(this.local_channel_map);
    };
    function clearObject(obj) {
      for (var k in obj)
        Object.prototype.hasOwnProperty.call(obj, k) && delete obj[k];
    }
    function delegate_to_session(name) {
      Connection.prototype["on_" + name] = function(frame) {
        var session = this.remote_channel_map[frame.channel];
        if (!session)
          throw new errors.ProtocolError(name + " received on invalid channel " + frame.channel);
        session["on_" + name](frame);
      };
    }
    delegate_to_session("end");
    delegate_to_session("attach");
    delegate_to_session("detach");
    delegate_to_session("transfer");
    delegate_to_session("disposition");
    delegate_to_session("flow");
    module.exports = Connection;
  }
});

// node_modules/rhea/lib/eventTypes.js
var require_eventTypes = __commonJS({
  "node_modules/rhea/lib/eventTypes.js"(exports, module) {
    "use strict";
    var ReceiverEvents;
    (function(ReceiverEvents2) {
      ReceiverEvents2.message = "message", ReceiverEvents2.receiverOpen = "receiver_open", ReceiverEvents2.receiverDrained = "receiver_drained", ReceiverEvents2.receiverFlow = "receiver_flow", ReceiverEvents2.receiverError = "receiver_error", ReceiverEvents2.receiverClose = "receiver_close", ReceiverEvents2.settled = "settled";
    })(ReceiverEvents || (ReceiverEvents = {}));
    var SenderEvents;
    (function(SenderEvents2) {
      SenderEvents2.sendable = "sendable", SenderEvents2.senderOpen = "sender_open", SenderEvents2.senderDraining = "sender_draining", SenderEvents2.senderFlow = "sender_flow", SenderEvents2.senderError = "sender_error", SenderEvents2.senderClose = "sender_close", SenderEvents2.accepted = "accepted", SenderEvents2.released = "released", SenderEvents2.rejected = "rejected", SenderEvents2.modified = "modified", SenderEvents2.settled = "settled";
    })(SenderEvents || (SenderEvents = {}));
    var SessionEvents;
    (function(SessionEvents2) {
      SessionEvents2.sessionOpen = "session_open", SessionEvents2.sessionError = "session_error", SessionEvents2.sessionClose = "session_close", SessionEvents2.settled = "settled";
    })(SessionEvents || (SessionEvents = {}));
    var ConnectionEvents;
    (function(ConnectionEvents2) {
      ConnectionEvents2.connectionOpen = "connection_open", ConnectionEvents2.connectionClose = "connection_close", ConnectionEvents2.connectionError = "connection_error", ConnectionEvents2.protocolError = "protocol_error", /**
       * @property {string} error Raised when an error is received on the underlying socket.
       */
      ConnectionEvents2.error = "error", /**
       * @property {string} disconnected Raised when the underlying tcp connection is lost. The context
       * has a reconnecting property which is true if the library is attempting to automatically reconnect
       * and false if it has reached the reconnect limit. If reconnect has not been enabled or if the connection
       * is a tcp server, then the reconnecting property is undefined. The context may also have an error
       * property giving some information about the reason for the disconnect.
       */
      ConnectionEvents2.disconnected = "disconnected", ConnectionEvents2.settled = "settled";
    })(ConnectionEvents || (ConnectionEvents = {}));
    module.exports = {
      ReceiverEvents,
      SenderEvents,
      SessionEvents,
      ConnectionEvents
    };
  }
});

// node_modules/rhea/lib/ws.js
var require_ws = __commonJS({
  "node_modules/rhea/lib/ws.js"(exports, module) {
    "use strict";
    function nulltransform(data) {
      return data;
    }
    function from_arraybuffer(data) {
      return data instanceof ArrayBuffer ? Buffer.from(new Uint8Array(data)) : Buffer.from(data);
    }
    function to_typedarray(data) {
      return new Uint8Array(data);
    }
    function wrap(ws) {
      var data_recv = nulltransform, data_send = nulltransform;
      return ws.binaryType && (ws.binaryType = "arraybuffer", data_recv = from_arraybuffer, data_send = to_typedarray), {
        end: function() {
          ws.close();
        },
        write: function(data) {
          try {
            ws.send(data_send(data), { binary: !0 });
          } catch (e) {
            ws.onerror(e);
          }
        },
        on: function(event, handler) {
          event === "data" ? ws.onmessage = function(msg_evt) {
            handler(data_recv(msg_evt.data));
          } : event === "end" ? ws.onclose = handler : event === "error" ? ws.onerror = handler : console.error("ERROR: Attempt to set unrecognised handler on websocket wrapper: " + event);
        },
        get_id_string: function() {
          return ws.url;
        }
      };
    }
    module.exports = {
      connect: function(Impl) {
        return function(url, protocols, options) {
          return function() {
            return {
              connect: function(port_ignore, host_ignore, options_ignore, callback) {
                var c = new Impl(url, protocols, options);
                return c.onopen = callback, wrap(c);
              }
            };
          };
        };
      },
      wrap
    };
  }
});

// node_modules/rhea/lib/filter.js
var require_filter = __commonJS({
  "node_modules/rhea/lib/filter.js"(exports, module) {
    "use strict";
    var amqp_types = require_types();
    module.exports = {
      selector: function(s) {
        return { "jms-selector": amqp_types.wrap_described(s, 77567109365764) };
      }
    };
  }
});

// node_modules/rhea/lib/container.js
var require_container = __commonJS({
  "node_modules/rhea/lib/container.js"(exports, module) {
    var Connection = require_connection(), log = require_log(), sasl = require_sasl(), util = require_util(), eventTypes = require_eventTypes(), net = __require("net"), tls = __require("tls"), EventEmitter = __require("events").EventEmitter, Container = function(options) {
      this.options = options ? Object.create(options) : {}, this.options.id || (this.options.id = util.generate_uuid()), this.id = this.options.id, this.sasl_server_mechanisms = sasl.server_mechanisms();
    };
    Container.prototype = Object.create(EventEmitter.prototype);
    Container.prototype.constructor = Container;
    Container.prototype.dispatch = function(name) {
      return log.events("[%s] Container got event: " + name, this.id), EventEmitter.prototype.emit.apply(this, arguments), !!this.listeners(name).length;
    };
    Container.prototype.connect = function(options) {
      return new Connection(options, this).connect();
    };
    Container.prototype.create_connection = function(options) {
      return new Connection(options, this);
    };
    Container.prototype.listen = function(options) {
      var container = this, server;
      if (options.transport === void 0 || options.transport === "tcp")
        server = net.createServer(options), server.on("connection", function(socket) {
          new Connection(options, container).accept(socket);
        });
      else if (options.transport === "tls" || options.transport === "ssl")
        server = tls.createServer(options), server.on("secureConnection", function(socket) {
          new Connection(options, container).accept(socket);
        });
      else
        throw Error("Unrecognised transport: " + options.transport);
      return process.version.match(/v0\.10\.\d+/) ? server.listen(options.port, options.host) : server.listen(options), server;
    };
    Container.prototype.create_container = function(options) {
      return new Container(options);
    };
    Container.prototype.get_option = function(name, default_value) {
      return this.options[name] !== void 0 ? this.options[name] : default_value;
    };
    Container.prototype.generate_uuid = util.generate_uuid;
    Container.prototype.string_to_uuid = util.string_to_uuid;
    Container.prototype.uuid_to_string = util.uuid_to_string;
    var ws = require_ws();
    Container.prototype.websocket_accept = function(socket, options) {
      new Connection(options, this).accept(ws.wrap(socket));
    };
    Container.prototype.websocket_connect = ws.connect;
    Container.prototype.filter = require_filter();
    Container.prototype.types = require_types();
    Container.prototype.message = require_message();
    Container.prototype.sasl = sasl;
    Container.prototype.ReceiverEvents = eventTypes.ReceiverEvents;
    Container.prototype.SenderEvents = eventTypes.SenderEvents;
    Container.prototype.SessionEvents = eventTypes.SessionEvents;
    Container.prototype.ConnectionEvents = eventTypes.ConnectionEvents;
    module.exports = new Container();
  }
});
export default require_container();
