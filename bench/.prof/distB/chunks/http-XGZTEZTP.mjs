import { createRequire as __vnetprobeCreateRequire } from 'node:module'; const require = __vnetprobeCreateRequire(import.meta.url);
import {
  httpLadder
} from "./chunk-L4OCGCIX.mjs";
import "./chunk-DUTUGVBM.mjs";
import "./chunk-OQZRDJ3H.mjs";
import "./chunk-GAVMOXG5.mjs";
import "./chunk-VNSEEUVP.mjs";
import "./chunk-GHTXEMPP.mjs";
import {
  ProbeFailure
} from "./chunk-PJVHLZ3U.mjs";
import "./chunk-ZDPWL4GI.mjs";

// src/checks/http-expect.ts
function statusMatches(status, expected) {
  return (expected && expected.length > 0 ? expected : ["200-399"]).some((item) => {
    if (typeof item == "number") return status === item;
    let cls = /^([1-5])xx$/.exec(item);
    if (cls) return Math.floor(status / 100) === Number(cls[1]);
    let range = /^(\d{3})-(\d{3})$/.exec(item);
    return range ? status >= Number(range[1]) && status <= Number(range[2]) : status === Number(item);
  });
}
function describeStatuses(expected) {
  return (expected && expected.length > 0 ? expected : ["200-399"]).join(", ");
}
function bodyMatcher(pattern) {
  let regex = /^\/(.*)\/([a-z]*)$/s.exec(pattern);
  if (regex) {
    let compiled = new RegExp(regex[1], regex[2]);
    return (body) => compiled.test(body);
  }
  return (body) => body.includes(pattern);
}

// src/checks/http.ts
var BODY_CAP = 1024 * 1024, KEPT_HEADERS = ["server", "content-type", "location", "x-ms-request-id", "x-ms-error-code", "via"], httpCheck = async (target, spec, run) => {
  let follow = spec.http.followRedirects === !0 ? 5 : spec.http.followRedirects || 0, url = new URL(target.raw), headers = { ...spec.http.headers, ...spec.http.hostHeader ? { host: spec.http.hostHeader } : {} }, matchBody = spec.expect.body !== void 0 ? bodyMatcher(spec.expect.body) : void 0;
  for (let hop = 0; ; hop++) {
    let next = await httpLadder(run, {
      url,
      method: spec.http.method,
      headers,
      body: spec.http.body,
      tls: spec.tls,
      resolve: { server: spec.dns.server, tcp: spec.dns.tcp, expect: spec.expect },
      proxy: spec.http.proxy,
      readBody: matchBody ? BODY_CAP : 0
    }, (answer) => {
      let detail = { headers: Object.fromEntries(KEPT_HEADERS.filter((h) => answer.headers[h]).map((h) => [h, answer.headers[h]])), ...hop > 0 ? { redirectHop: hop, url: url.href } : {} }, location = answer.headers.location;
      if (hop < follow && answer.status >= 300 && answer.status < 400 && location)
        return { value: new URL(location, url), detail };
      if (!statusMatches(answer.status, spec.expect.status))
        throw new ProbeFailure("http_status", `HTTP ${answer.status}, expected ${describeStatuses(spec.expect.status)}`, { status: answer.status, ...detail });
      if (matchBody && !matchBody(answer.body.toString("utf8")))
        throw new ProbeFailure("http_body_mismatch", `the body${answer.bodyTruncated ? " (first 1 MiB)" : ""} does not match ${JSON.stringify(spec.expect.body)}`, { status: answer.status, ...detail });
      return { value: void 0, detail };
    });
    if (!next) break;
    url = next;
  }
  return run.layers;
};
export {
  httpCheck
};
