import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Secret } from '../../../src/config/secrets.ts';
import { parseTarget } from '../../../src/config/target.ts';
import { TargetAllowList } from '../../../src/serve/allow.ts';
import { basicAuthorized } from '../../../src/serve/auth.ts';

test('allowTargets: exact names, *.wildcards (not the apex), CIDRs against IP literals only', () => {
  const allow = new TargetAllowList(['api.contoso.internal', '*.corp.example', '10.1.0.0/16', 'fd00::/8', '192.0.2.7']);
  assert.equal(allow.allowsHost('api.contoso.internal'), true);
  assert.equal(allow.allowsHost('API.Contoso.Internal.'), true);
  assert.equal(allow.allowsHost('x.api.contoso.internal'), false);
  assert.equal(allow.allowsHost('a.corp.example'), true);
  assert.equal(allow.allowsHost('a.b.corp.example'), true);
  assert.equal(allow.allowsHost('corp.example'), false, 'a wildcard does not match its apex');
  assert.equal(allow.allowsHost('evilcorp.example'), false);
  assert.equal(allow.allowsHost('10.1.200.3'), true);
  assert.equal(allow.allowsHost('10.2.0.1'), false);
  assert.equal(allow.allowsHost('[fd12::1]'), true);
  assert.equal(allow.allowsHost('fe80::1'), false);
  assert.equal(allow.allowsHost('192.0.2.7'), true);
  assert.equal(allow.allowsHost('192.0.2.8'), false);
  assert.equal(new TargetAllowList(['10.0.0.0/8']).allowsHost('ten.internal'), false, 'a CIDR never matches a name');
});

test('allowTargets: the refusal names the host; dns:// targets are judged by the server they send to', () => {
  const allow = new TargetAllowList(['127.0.0.0/8', '*.allowed.test']);
  assert.equal(allow.refusal(parseTarget('tcp://127.0.0.1:80')), undefined);
  assert.equal(allow.refusal(parseTarget('https://svc.allowed.test/health')), undefined);
  assert.equal(allow.refusal(parseTarget('tcp://10.0.0.1:80')), 'host 10.0.0.1 is not in serve.allowTargets');
  assert.equal(allow.refusal(parseTarget('dns://127.0.0.1/x.allowed.test')), undefined);
  assert.equal(allow.refusal(parseTarget('dns://10.0.0.4/x.allowed.test')), 'host 10.0.0.4 is not in serve.allowTargets');
  assert.equal(allow.refusal(parseTarget('dns://127.0.0.1/x.elsewhere.test')), 'host x.elsewhere.test is not in serve.allowTargets');
  assert.match(new TargetAllowList([]).refusal(parseTarget('tcp://127.0.0.1:80'))!, /no serve\.allowTargets configured/);
});

test('allowTargets: a bad pattern is an input error naming its index', () => {
  assert.throws(() => new TargetAllowList(['ok.example', '10.0.0.0/33']), /serve\.allowTargets\[1\]: "10\.0\.0\.0\/33" is not a CIDR/);
  assert.throws(() => new TargetAllowList(['*']), /serve\.allowTargets\[0\]/);
  assert.throws(() => new TargetAllowList(['http://x']), /serve\.allowTargets\[0\]/);
});

test('basic auth: right user and password only', () => {
  const auth = { username: 'prom', password: new Secret('s3cret:with:colons') };
  const header = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
  assert.equal(basicAuthorized(header('prom', 's3cret:with:colons'), auth), true);
  assert.equal(basicAuthorized(header('prom', 's3cret'), auth), false);
  assert.equal(basicAuthorized(header('Prom', 's3cret:with:colons'), auth), false);
  assert.equal(basicAuthorized(undefined, auth), false);
  assert.equal(basicAuthorized('Bearer abc', auth), false);
  assert.equal(basicAuthorized(`Basic ${Buffer.from('prom').toString('base64')}`, auth), false);
  assert.equal(basicAuthorized(`basic ${Buffer.from('prom:s3cret:with:colons').toString('base64')}`, auth), true);
});
