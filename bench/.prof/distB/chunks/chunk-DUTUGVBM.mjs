import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  LadderStop
} from "./chunk-PJVHLZ3U.mjs";

// src/engine/probe.ts
import { performance } from "node:perf_hooks";
var ProbeRun = class {
  signal;
  deadlineAt;
  layers = [];
  current;
  failure;
  owned = /* @__PURE__ */ new Set();
  constructor(signal, deadlineAt) {
    this.signal = signal, this.deadlineAt = deadlineAt;
  }
  remainingMs() {
    return Math.max(0, this.deadlineAt - performance.now());
  }
  /** Runs one rung: times it, records it, and on failure records why and stops the ladder. */
  async layer(layer, fn) {
    let startedAt = performance.now();
    this.current = { layer, startedAt };
    try {
      this.signal.throwIfAborted();
      let outcome = await fn();
      this.signal.throwIfAborted();
      let result = { layer, ok: !0, durationMs: round(performance.now() - startedAt) };
      return outcome.detail && (result.detail = outcome.detail), outcome.warning && (result.warning = outcome.warning), this.layers.push(result), outcome.value;
    } catch (error) {
      if (this.signal.aborted) throw new LadderStop();
      let detail = error.detail, result = { layer, ok: !1, durationMs: round(performance.now() - startedAt) };
      throw detail && (result.detail = detail), this.layers.push(result), this.failure = { layer, error }, new LadderStop();
    } finally {
      this.current = void 0;
    }
  }
  /** Records a rung that needed no work of its own (an IP literal needs no resolving). */
  record(layer, detail) {
    let result = { layer, ok: !0, durationMs: 0 };
    detail && (result.detail = detail), this.layers.push(result);
  }
  own(resource) {
    return this.owned.add(resource), resource;
  }
  release(resource) {
    this.owned.delete(resource), resource.destroy();
  }
  /**
   * Last in, first out: a TLS socket must be destroyed before the TCP socket under it
   * (Node 24 crashes with SIGSEGV at exit when the inner socket goes first).
   */
  disposeAll() {
    for (let resource of [...this.owned].reverse())
      try {
        resource.destroy();
      } catch {
      }
    this.owned.clear();
  }
};
function round(ms) {
  return Math.round(ms * 1e3) / 1e3;
}

export {
  ProbeRun,
  round
};
