import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { queryImds } from '../../../src/context/imds.ts';

// Tests must never reach the real IMDS (169.254.169.254): every collectAgentFacts call in
// any test file passes `imds: false` or an `imdsEndpoint` (which tests point at loopback).
const HERE = fileURLToPath(import.meta.url);
const TEST_ROOT = join(dirname(HERE), '..', '..');
const CALL = 'collectAgentFacts(';

async function testFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...await testFiles(path));
    else if (/\.test\.[cm]?[jt]s$/.test(entry.name)) files.push(path);
  }
  return files;
}

/** The argument text of a call starting at `open` (index of its '('), parentheses balanced. */
function callArguments(source: string, open: number): string {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) return source.slice(open + 1, i);
  }
  return source.slice(open + 1);
}

test('no test calls collectAgentFacts with the default IMDS endpoint', async () => {
  const offenders: string[] = [];
  let calls = 0;
  for (const file of await testFiles(TEST_ROOT)) {
    if (file === HERE) continue;
    const source = await readFile(file, 'utf8');
    for (let at = source.indexOf(CALL); at !== -1; at = source.indexOf(CALL, at + 1)) {
      calls++;
      const args = callArguments(source, at + CALL.length - 1);
      if (/\bimds\s*:\s*false\b/.test(args) || /\bimdsEndpoint\s*:/.test(args)) continue;
      const line = source.slice(0, at).split('\n').length;
      offenders.push(`${relative(TEST_ROOT, file)}:${line}: collectAgentFacts(${args.trim()})`);
    }
  }
  assert.deepEqual(offenders, [], 'pass { imds: false } or a loopback imdsEndpoint');
  assert.ok(calls > 0, 'the scan found the calls in the context tests');
});

test('under the test runner, a non-loopback IMDS endpoint is refused before any I/O', async () => {
  const saved = process.env.NODE_TEST_CONTEXT;
  process.env.NODE_TEST_CONTEXT ??= 'child';
  try {
    // The pre-aborted signal means that even without the guard nothing would be sent.
    for (const endpoint of ['http://169.254.169.254', 'http://10.0.0.1:8080', 'http://[fd00::1]', 'http://example.com']) {
      const outcome = await queryImds({ endpoint, timeoutMs: 1000, signal: AbortSignal.abort() });
      assert.equal(outcome.status, 'disabled', endpoint);
    }
    const loopback = await queryImds({ endpoint: 'http://127.0.0.1:9', timeoutMs: 1000, signal: AbortSignal.abort() });
    assert.deepEqual(loopback, { status: 'unavailable', message: 'IMDS query aborted' });
  } finally {
    if (saved === undefined) delete process.env.NODE_TEST_CONTEXT;
    else process.env.NODE_TEST_CONTEXT = saved;
  }
});
