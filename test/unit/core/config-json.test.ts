import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { keysAreUnique, readConfigFor, readJsonConfig } from '../../../src/commands/load-config.ts';
import { readConfigFile } from '../../../src/config/read-file.ts';
import { tempDir } from '../../helpers/tmp.ts';

const dir = tempDir();
after(() => dir.remove());

/** readConfigFor() (JSON fast path, else YAML) and readConfigFile() (YAML) agree: same value or same error. */
async function sameAsYaml(name: string, text: string): Promise<unknown> {
  const file = dir.file(name, text);
  let yaml: { value?: unknown; error?: string };
  try {
    yaml = { value: readConfigFile(file) };
  } catch (error) {
    yaml = { error: (error as Error).message };
  }
  let fast: { value?: unknown; error?: string };
  try {
    fast = { value: await readConfigFor({ config: file }) };
  } catch (error) {
    fast = { error: (error as Error).message };
  }
  assert.deepEqual(fast, yaml);
  return fast.value;
}

describe('config: a JSON file takes the fast path and reads as YAML would', () => {
  test('a good JSON config: the fast path reads it, durations become milliseconds', async () => {
    const text = JSON.stringify({
      defaults: { timeout: '5s', concurrency: 32, tls: { ca: '/tmp/ca.pem' } },
      checks: [
        { name: 'tcp-1', target: 'tcp://127.0.0.1:80' },
        { name: 'api', target: 'https://api.internal/health', timeout: '1m30s', expect: { status: [200, '3xx'] } },
        { target: 'dns://127.0.0.1:5300/ok.test?type=A' },
      ],
    }, null, '\t');
    const file = dir.file('good.json', text);
    const fast = await readJsonConfig(file);
    assert.ok(fast, 'the fast path answers');
    assert.equal(fast.checks?.[1].timeout, 90_000);
    await sameAsYaml('good2.json', text);
  });

  test('what the fast path leaves to YAML: not JSON, repeated keys, schema and target errors', async () => {
    const cases: Record<string, string> = {
      'yaml.yaml': 'checks:\n  - target: tcp://127.0.0.1:80\n',
      'dup.json': '{"checks": [{"target": "tcp://127.0.0.1:80", "target": "tcp://127.0.0.1:81"}]}',
      'dup-escaped.json': '{"defaults": {"timeout": "1s", "time\\u006fut": "2s"}}',
      'unknown.json': '{\n  "checks": [\n    {"target": "tcp://127.0.0.1:80", "tiemout": "5s"}\n  ]\n}',
      'badtarget.json': '{"checks": [{"target": "tcp://nohost"}]}',
      'list.json': '[1, 2]',
      'broken.json': '{"checks": [}',
      'comment.json': '{"checks": [] # no\n}',
    };
    for (const [name, text] of Object.entries(cases)) {
      assert.equal(await readJsonConfig(dir.file(`only-${name}`, text)), undefined, name);
      await sameAsYaml(name, text);
    }
    await assert.rejects(readConfigFor({ config: dir.join('missing.json') }), /cannot read config \(ENOENT\)/);
  });

  test('repeated keys are found at any depth, keys in strings and arrays are not keys', () => {
    assert.equal(keysAreUnique('{"a": 1, "b": {"a": 2, "c": [{"a": 3}, {"a": 4}]}}'), true);
    assert.equal(keysAreUnique('{"a": "\\"a\\": 1, \\"a\\"", "b": ["a", "a"]}'), true);
    assert.equal(keysAreUnique('{"a": 1, "b": {"c": 2, "c": 3}}'), false);
    assert.equal(keysAreUnique('{"x": [{"k": 1}, {"k": 1, "k": 2}]}'), false);
    assert.equal(keysAreUnique('{"\\\\": 1, "\\u005c": 2}'), false);
  });

  test('property: any JSON text without repeated keys reads the same through JSON.parse and YAML', () => {
    const texts = fc.oneof(
      fc.json({ maxDepth: 4 }),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v, null, '\t')),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v, null, 2)),
    );
    fc.assert(fc.property(texts, (text) => {
      const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
      assert.deepEqual(doc.errors, []);
      assert.deepEqual(doc.toJS(), JSON.parse(text));
      assert.equal(keysAreUnique(text), true);
    }), { numRuns: 2000 });
  });
});
