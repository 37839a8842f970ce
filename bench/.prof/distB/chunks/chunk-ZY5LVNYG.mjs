import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);

// src/protocols/result.ts
function ok(value, consumed) {
  return { kind: "ok", value, consumed };
}
function incomplete(need) {
  return need === void 0 || need <= 0 ? { kind: "incomplete" } : { kind: "incomplete", need };
}
function malformed(reason) {
  return { kind: "malformed", reason };
}
var MAX_MESSAGE_BYTES = 1024 * 1024;
function hex(n, width = 2) {
  return "0x" + n.toString(16).padStart(width, "0");
}

export {
  ok,
  incomplete,
  malformed,
  MAX_MESSAGE_BYTES,
  hex
};
