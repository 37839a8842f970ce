import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  ProbeMetrics
} from "./chunk-VDNVAS43.mjs";
import {
  InputError
} from "./chunk-PJVHLZ3U.mjs";
import "./chunk-ZDPWL4GI.mjs";

// src/serve/textfile.ts
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
async function renderRunMetrics(checks, report, version) {
  let metrics = new ProbeMetrics({ profile: "textfile", version }), specs = new Map(checks.map((c) => [c.name, c]));
  for (let result of report.checks)
    result.status !== "skip" && metrics.record(result, specs.get(result.name)?.expect);
  return metrics.markRound(Date.parse(report.finishedAt)), metrics.expose();
}
function writeFileAtomically(file, content, flag) {
  let temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(file), { recursive: !0 }), writeFileSync(temp, content), renameSync(temp, file);
  } catch (error) {
    try {
      rmSync(temp, { force: !0 });
    } catch {
    }
    throw new InputError(`${flag} ${file}: cannot write (${error.code ?? error.message})`);
  }
}
async function writeMetricsFile(file, checks, report, version) {
  writeFileAtomically(file, await renderRunMetrics(checks, report, version), "--metrics-file");
}
export {
  renderRunMetrics,
  writeFileAtomically,
  writeMetricsFile
};
