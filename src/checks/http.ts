import { ProbeFailure } from '../engine/errors.ts';
import { httpLadder } from '../net/http-exchange.ts';
import type { Check } from './check.ts';
import { bodyMatcher, describeStatuses, statusMatches } from './http-expect.ts';

const BODY_CAP = 1024 * 1024;
const KEPT_HEADERS = ['server', 'content-type', 'location', 'x-ms-request-id', 'x-ms-error-code', 'via'];

/** http(s)://… — one request with undici on the ladder's own sockets; redirects only when asked. */
export const httpCheck: Check = async (target, spec, run) => {
  const follow = spec.http.followRedirects === true ? 5 : spec.http.followRedirects || 0;
  let url = new URL(target.raw);
  const headers = { ...spec.http.headers, ...(spec.http.hostHeader ? { host: spec.http.hostHeader } : {}) };
  const matchBody = spec.expect.body !== undefined ? bodyMatcher(spec.expect.body) : undefined;
  for (let hop = 0; ; hop++) {
    const next = await httpLadder(run, {
      url,
      method: spec.http.method,
      headers,
      body: spec.http.body,
      tls: spec.tls,
      resolve: { server: spec.dns.server, tcp: spec.dns.tcp, expect: spec.expect },
      proxy: spec.http.proxy,
      readBody: matchBody ? BODY_CAP : 0,
    }, (answer) => {
      const kept = Object.fromEntries(KEPT_HEADERS.filter((h) => answer.headers[h]).map((h) => [h, answer.headers[h]]));
      const detail = { headers: kept, ...(hop > 0 ? { redirectHop: hop, url: url.href } : {}) };
      const location = answer.headers.location;
      if (hop < follow && answer.status >= 300 && answer.status < 400 && location) {
        return { value: new URL(location, url), detail };
      }
      if (!statusMatches(answer.status, spec.expect.status)) {
        throw new ProbeFailure('http_status', `HTTP ${answer.status}, expected ${describeStatuses(spec.expect.status)}`, { status: answer.status, ...detail });
      }
      if (matchBody && !matchBody(answer.body.toString('utf8'))) {
        throw new ProbeFailure('http_body_mismatch', `the body${answer.bodyTruncated ? ' (first 1 MiB)' : ''} does not match ${JSON.stringify(spec.expect.body)}`, { status: answer.status, ...detail });
      }
      return { value: undefined, detail };
    });
    if (!next) break;
    url = next;
  }
  return run.layers;
};
