import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyMatcher, describeStatuses, statusMatches } from '../../../src/checks/http-expect.ts';
import { addressScope, isPrivateAddress } from '../../../src/net/address.ts';
import { proxyFor } from '../../../src/net/proxy.ts';

test('expect.status: codes, classes, ranges; default 200-399', () => {
  assert.equal(statusMatches(200, undefined), true);
  assert.equal(statusMatches(302, undefined), true);
  assert.equal(statusMatches(404, undefined), false);
  assert.equal(statusMatches(204, [200, 204]), true);
  assert.equal(statusMatches(201, [200, 204]), false);
  assert.equal(statusMatches(404, ['4xx']), true);
  assert.equal(statusMatches(500, ['4xx']), false);
  assert.equal(statusMatches(401, ['400-403']), true);
  assert.equal(statusMatches(404, ['400-403']), false);
  assert.equal(statusMatches(418, ['418']), true);
  assert.equal(describeStatuses(undefined), '200-399');
  assert.equal(describeStatuses([200, '3xx']), '200, 3xx');
});

test('expect.body: substring or /regex/flags', () => {
  assert.equal(bodyMatcher('healthy')('status: healthy'), true);
  assert.equal(bodyMatcher('healthy')('HEALTHY'), false);
  assert.equal(bodyMatcher('/^ok$/i')('OK'), true);
  assert.equal(bodyMatcher('/"status":\\s*"up"/')('{"status": "up"}'), true);
  assert.equal(bodyMatcher('/a.b/s')('a\nb'), true);
  assert.equal(bodyMatcher('a/b')('a/b'), true);
});

test('proxyFor: HTTPS_PROXY / HTTP_PROXY / NO_PROXY', () => {
  const env = { HTTPS_PROXY: 'http://proxy.internal:3128', HTTP_PROXY: 'proxy.internal:8080', NO_PROXY: 'localhost, .internal.contoso.com,10.0.0.4,api.test:8443' };
  assert.equal(proxyFor(new URL('https://mystore.blob.core.windows.net/'), env)?.href, 'http://proxy.internal:3128/');
  assert.equal(proxyFor(new URL('http://crl.microsoft.com/'), env)?.host, 'proxy.internal:8080');
  assert.equal(proxyFor(new URL('https://localhost/'), env), undefined);
  assert.equal(proxyFor(new URL('https://a.internal.contoso.com/'), env), undefined);
  assert.equal(proxyFor(new URL('https://internal.contoso.com/'), env), undefined);
  assert.equal(proxyFor(new URL('http://10.0.0.4/'), env), undefined);
  assert.equal(proxyFor(new URL('https://api.test:8443/'), env), undefined);
  assert.ok(proxyFor(new URL('https://api.test/'), env), 'port-specific NO_PROXY entry must not match another port');
  assert.equal(proxyFor(new URL('https://x/'), { HTTPS_PROXY: 'http://p:1', NO_PROXY: '*' }), undefined);
  assert.equal(proxyFor(new URL('https://x/'), {}), undefined);
  assert.equal(proxyFor(new URL('https://x/'), { https_proxy: 'http://p:1' })?.host, 'p:1');
});

test('address scope: RFC 1918, RFC 6598 and ULA are private', () => {
  for (const a of ['10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '100.64.0.1', 'fd00::1', 'fc12::1']) assert.equal(addressScope(a), 'private', a);
  for (const a of ['20.60.222.100', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2001:db8::1']) assert.equal(addressScope(a), 'public', a);
  assert.equal(addressScope('127.0.0.1'), 'loopback');
  assert.equal(addressScope('::1'), 'loopback');
  assert.equal(addressScope('169.254.169.254'), 'link-local');
  assert.equal(addressScope('::ffff:10.0.0.1'), 'private');
  assert.equal(isPrivateAddress('127.0.0.1'), true);
  assert.equal(isPrivateAddress('20.60.222.100'), false);
});
