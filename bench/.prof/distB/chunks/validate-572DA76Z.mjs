import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  formatDuration,
  loadRunConfig
} from "./chunk-LPHCZXV5.mjs";
import "./chunk-HNJTT5LJ.mjs";
import "./chunk-KGWLYNBG.mjs";
import "./chunk-PJVHLZ3U.mjs";
import "./chunk-ZDPWL4GI.mjs";

// src/commands/validate.ts
function validateCommand(flags) {
  let config = loadRunConfig(flags);
  if (flags.format === "json") {
    let checks = config.checks.map((c) => ({
      name: c.name,
      kind: c.target.kind,
      target: c.target.raw,
      host: c.target.host,
      port: c.target.port,
      required: c.required,
      timeoutMs: c.timeoutMs,
      intervalMs: c.intervalMs,
      ...c.why ? { why: c.why } : {}
    }));
    return process.stdout.write(`${JSON.stringify({ valid: !0, concurrency: config.concurrency, checks, skipped: config.skipped }, null, 2)}
`), 0;
  }
  let lines = [`${flags.config ?? "flags"}: valid, ${config.checks.length} checks, concurrency ${config.concurrency}`];
  for (let c of config.checks)
    lines.push(`  ${c.required ? "required" : "optional"}  ${c.target.kind.padEnd(8)} ${c.name}  ${c.target.host}:${c.target.port}  timeout ${formatDuration(c.timeoutMs)}`);
  for (let s of config.skipped) lines.push(`  skipped   ${s.name}: ${s.reason}`);
  return process.stdout.write(`${lines.join(`
`)}
`), 0;
}
export {
  validateCommand
};
