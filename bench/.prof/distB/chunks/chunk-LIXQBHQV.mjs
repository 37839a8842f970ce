import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  ProbeFailure
} from "./chunk-PJVHLZ3U.mjs";

// src/net/read-message.ts
var PREVIEW_BYTES = 48;
function preview(buf) {
  let text = buf.subarray(0, PREVIEW_BYTES).toString("latin1").replace(/[^\x20-\x7e]/g, ".");
  return buf.length > PREVIEW_BYTES ? `${text}\u2026` : text;
}
function readMessage(run, socket, decode, options) {
  let what = options.what ?? "an answer", buffered = options.initial ?? Buffer.alloc(0), judge = () => {
    if (buffered.length === 0) return;
    let decoded = decode(buffered);
    if (decoded.kind === "ok") return { value: decoded.value, rest: buffered.subarray(decoded.consumed) };
    if (decoded.kind === "malformed")
      return new ProbeFailure("protocol_mismatch", `${what}: ${decoded.reason} (received "${preview(buffered)}")`);
    if (buffered.length > options.maxBytes)
      return new ProbeFailure("protocol_mismatch", `${what}: more than ${options.maxBytes} bytes arrived without a complete message`);
  };
  return new Promise((resolve, reject) => {
    let first = judge();
    if (first instanceof Error) return reject(first);
    if (first) return resolve(first);
    if (run.signal.aborted) return reject(run.signal.reason);
    if (socket.destroyed || socket.readableEnded) return reject(closedEarly(what, buffered));
    let cleanup = () => {
      socket.off("data", onData), socket.off("end", onEnd), socket.off("close", onEnd), socket.off("error", onError), run.signal.removeEventListener("abort", onAbort), socket.pause();
    }, settle = (outcome) => {
      cleanup(), outcome instanceof Error ? reject(outcome) : resolve(outcome);
    }, fail = (reason) => {
      cleanup(), reject(reason);
    }, onData = (chunk) => {
      buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
      let outcome = judge();
      outcome && settle(outcome);
    }, onEnd = () => settle(closedEarly(what, buffered)), onError = (error) => fail(error), onAbort = () => fail(run.signal.reason);
    socket.on("data", onData), socket.once("end", onEnd), socket.once("close", onEnd), socket.once("error", onError), run.signal.addEventListener("abort", onAbort, { once: !0 }), socket.resume();
  });
}
function closedEarly(what, buffered) {
  return buffered.length === 0 ? new ProbeFailure("protocol_mismatch", `the peer closed the connection without sending ${what}`) : new ProbeFailure("protocol_mismatch", `the peer closed the connection in the middle of ${what} (received "${preview(buffered)}")`);
}
function writeAll(run, socket, bytes) {
  return new Promise((resolve, reject) => {
    if (run.signal.aborted) return reject(run.signal.reason);
    let onAbort = () => reject(run.signal.reason);
    run.signal.addEventListener("abort", onAbort, { once: !0 }), socket.write(bytes, (error) => {
      run.signal.removeEventListener("abort", onAbort), error ? reject(error) : resolve();
    });
  });
}

export {
  readMessage,
  writeAll
};
