import assert from 'node:assert/strict';
import { symlinkSync, mkdirSync } from 'node:fs';
import { test } from 'node:test';
import tls from 'node:tls';
import { nodeDefaultRoots, pemIdentity, readSystemRoots } from '../../../src/net/system-roots.ts';
import { tempDir } from '../../helpers/tmp.ts';

const [a, b, c] = tls.getCACertificates('bundled');
const crlf = (pem: string) => pem.replace(/\n/g, '\r\n');

test('the system store is the bundle file, each certificate once, whatever its line endings', (t) => {
  const dir = tempDir();
  t.after(() => dir.remove());
  const bundle = dir.file('bundle.crt', `# comment\n${a}\n${crlf(b)}\n${a}junk between\n`);
  const roots = readSystemRoots({ SSL_CERT_FILE: bundle });
  assert.deepEqual(roots.map(pemIdentity), [a, b].map(pemIdentity));
  for (const pem of roots) assert.doesNotThrow(() => tls.createSecureContext({ ca: pem }));
});

test('SSL_CERT_DIR adds the certificates of a directory (hash links included) to the bundle', (t) => {
  const dir = tempDir();
  t.after(() => dir.remove());
  const bundle = dir.file('bundle.crt', a);
  mkdirSync(dir.join('certs'));
  const own = dir.file('certs/own.pem', c);
  symlinkSync(own, dir.join('certs/12345678.0'));
  mkdirSync(dir.join('certs/java')); // directories are skipped
  const roots = readSystemRoots({ SSL_CERT_FILE: bundle, SSL_CERT_DIR: dir.join('certs') });
  assert.deepEqual(roots.map(pemIdentity), [a, c].map(pemIdentity));
});

test('no readable store is an empty one, not an error', () => {
  assert.deepEqual(readSystemRoots({ SSL_CERT_FILE: '/nonexistent/bundle.crt', SSL_CERT_DIR: '/nonexistent/dir' }), []);
});

test("the same roots as Node's own reading of the system store", () => {
  const ours = new Set(readSystemRoots({}).map(pemIdentity));
  const node = new Set(tls.getCACertificates('system').map(pemIdentity));
  assert.deepEqual([...ours].filter((id) => !node.has(id)), []);
  assert.deepEqual([...node].filter((id) => !ours.has(id)), []);
});

test("Node's default roots: the bundled ones and NODE_EXTRA_CA_CERTS, as getCACertificates('default') has them", () => {
  const ours = new Set(nodeDefaultRoots().map(pemIdentity));
  const node = new Set(tls.getCACertificates('default').map(pemIdentity));
  assert.deepEqual([...ours].filter((id) => !node.has(id)), []);
  assert.deepEqual([...node].filter((id) => !ours.has(id)), []);
});
