import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  expandProfile,
  listProfiles,
  profileChecksFrom,
  profileParamsFrom
} from "./chunk-HNJTT5LJ.mjs";
import "./chunk-PJVHLZ3U.mjs";
import "./chunk-ZDPWL4GI.mjs";

// src/commands/profiles.ts
function profilesCommand(name, flags) {
  if (!name) {
    let profiles = listProfiles();
    if (flags.format === "json")
      return process.stdout.write(`${JSON.stringify(profiles, null, 2)}
`), 0;
    let lines2 = [];
    for (let p of profiles)
      lines2.push(`${p.name}  \u2014  ${p.title}`, `    ${p.description}`), lines2.push(`    params: ${p.params.map((x) => `${x.name}${x.required ? " (required)" : ""}`).join(", ")}`, "");
    return process.stdout.write(`${lines2.join(`
`)}`), 0;
  }
  let expansion = profileChecksFrom({ ...flags, profile: name });
  if (flags.format === "json") {
    let { params } = profileParamsFrom({ ...flags, profile: name });
    return process.stdout.write(`${JSON.stringify({ profile: name, ...expandProfile(name, params) }, null, 2)}
`), 0;
  }
  let lines = [`profile ${name}: ${expansion.checks.length} checks`], width = Math.max(...expansion.checks.map((c) => (c.name ?? "").length), 4);
  for (let c of expansion.checks)
    lines.push(`  ${c.required ? "required" : "optional"}  ${(c.name ?? "").padEnd(width)}  ${c.target}`), c.why && lines.push(`  ${" ".repeat(10)}${" ".repeat(width)}  ${c.why}`);
  for (let s of expansion.skipped) lines.push(`  not checked  ${s.name}: ${s.reason}`);
  return process.stdout.write(`${lines.join(`
`)}
`), 0;
}
export {
  profilesCommand
};
