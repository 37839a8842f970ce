import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-PJVHLZ3U.mjs";

// src/config/secrets.ts
import { readFileSync } from "node:fs";
import { inspect } from "node:util";
var REDACTED = "[redacted]", revealed = /* @__PURE__ */ new Set(), Secret = class {
  #value;
  constructor(value) {
    this.#value = value, value.length >= 4 && revealed.add(value);
    for (let match of value.matchAll(/(?:AccountKey|SharedAccessKey|SharedAccessSignature|Password|Pwd|sig)=([^;&\s]{4,})/gi)) revealed.add(match[1]);
  }
  reveal() {
    return this.#value;
  }
  toString() {
    return REDACTED;
  }
  toJSON() {
    return REDACTED;
  }
  [inspect.custom]() {
    return REDACTED;
  }
};
function describe(ref) {
  return "env" in ref ? `environment variable ${ref.env}` : `file ${ref.file}`;
}
function readSecret(ref, field) {
  if ("env" in ref) {
    let value = process.env[ref.env];
    if (value === void 0 || value === "") throw new InputError(`${field}: ${describe(ref)} is not set`);
    return new Secret(value);
  }
  try {
    return new Secret(readFileSync(ref.file, "utf8").replace(/\r?\n$/, ""));
  } catch (error) {
    throw new InputError(`${field}: cannot read ${describe(ref)} (${error.code ?? "error"})`);
  }
}
function scrub(text) {
  let out = text;
  for (let value of revealed) {
    out.includes(value) && (out = out.split(value).join(REDACTED));
    let encoded = encodeURIComponent(value);
    encoded !== value && out.includes(encoded) && (out = out.split(encoded).join(REDACTED));
  }
  return out;
}
function scrubValue(value) {
  return revealed.size === 0 ? value : JSON.parse(scrub(JSON.stringify(value)));
}

export {
  Secret,
  readSecret,
  scrub,
  scrubValue
};
