import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { randomBytes } from 'node:crypto';
import { readSecret, scrub, scrubValue, Secret } from '../../../src/config/secrets.ts';
import { InputError } from '../../../src/engine/errors.ts';
import { tempDir } from '../../helpers/tmp.ts';

const dir = tempDir();
after(() => dir.remove());
const unique = () => randomBytes(9).toString('base64url');

test('a secret read from env is scrubbed from any text', () => {
  const value = `pw-${unique()}`;
  process.env.VNETPROBE_TEST_SECRET_A = value;
  const secret = readSecret({ env: 'VNETPROBE_TEST_SECRET_A' }, 'auth.password');
  assert.equal(secret.reveal(), value);
  assert.equal(scrub(`login failed for password ${value}!`), 'login failed for password [redacted]!');
  assert.equal(scrub(`url-encoded ${encodeURIComponent(`${value}/+=`)}`).includes(value), false);
});

test('AccountKey= inside a connection string is scrubbed on its own', () => {
  const key = `${unique()}${unique()}==`;
  process.env.VNETPROBE_TEST_CONN = `DefaultEndpointsProtocol=https;AccountName=mystore;AccountKey=${key};EndpointSuffix=core.windows.net`;
  readSecret({ env: 'VNETPROBE_TEST_CONN' }, 'auth.connectionString');
  const out = scrub(`the SDK said: signature mismatch for key ${key}`);
  assert.ok(!out.includes(key), out);
  assert.match(out, /\[redacted\]/);
});

test('SharedAccessKey= and sig= parts are scrubbed too', () => {
  const sak = unique();
  const sig = unique();
  new Secret(`Endpoint=sb://hub.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${sak}`);
  new Secret(`sv=2022-11-02&ss=b&sig=${sig}`);
  assert.ok(!scrub(`${sak} ${sig}`).includes(sak));
  assert.ok(!scrub(`${sak} ${sig}`).includes(sig));
});

test('a secret read from a file (trailing newline dropped)', () => {
  const value = `file-${unique()}`;
  const file = dir.file('secret.txt', `${value}\n`);
  assert.equal(readSecret({ file }, 'auth.password').reveal(), value);
  assert.equal(scrub(value), '[redacted]');
});

test('scrubValue cleans nested JSON values', () => {
  const value = `nested-${unique()}`;
  new Secret(value);
  assert.deepEqual(scrubValue({ a: [{ b: `x ${value} y` }] }), { a: [{ b: 'x [redacted] y' }] });
});

test('a Secret never prints its value', () => {
  const value = `print-${unique()}`;
  const secret = new Secret(value);
  assert.equal(String(secret), '[redacted]');
  assert.equal(`${secret}`, '[redacted]');
  assert.equal(JSON.stringify({ secret }), '{"secret":"[redacted]"}');
  assert.ok(!inspect({ secret }).includes(value));
});

test('a missing secret is an InputError naming the field, not the value', () => {
  delete process.env.VNETPROBE_TEST_MISSING;
  assert.throws(() => readSecret({ env: 'VNETPROBE_TEST_MISSING' }, 'auth.password'), (e: Error) => e instanceof InputError && e.message === 'auth.password: environment variable VNETPROBE_TEST_MISSING is not set');
  assert.throws(() => readSecret({ file: dir.join('none') }, 'auth.token'), (e: Error) => e instanceof InputError && /auth\.token: cannot read file .* \(ENOENT\)/.test(e.message));
});

test('short values (< 4 chars) are not scrubbed everywhere', () => {
  new Secret('ab');
  assert.equal(scrub('abc abd'), 'abc abd');
});
