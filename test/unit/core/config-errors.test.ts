import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRunConfig } from '../../../src/config/load.ts';
import { readConfigFile } from '../../../src/config/read-file.ts';
import { InputError } from '../../../src/engine/errors.ts';
import { tempDir } from '../../helpers/tmp.ts';

const dir = tempDir();
after(() => dir.remove());

/** The one line a config error gives; asserts its shape FILE:LINE:COL: path: message. */
function configError(name: string, yaml: string): { file: string; line: number; col: number; path: string; message: string; text: string } {
  const file = dir.file(name, yaml);
  let caught: unknown;
  try {
    readConfigFile(file);
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof InputError, `expected an InputError, got ${String(caught)}`);
  const text = caught.message;
  assert.ok(!text.includes('\n'), `not one line: ${text}`);
  const m = /^(.+?):(\d+):(\d+): ([^:]+): (.+)$/.exec(text);
  assert.ok(m, `not FILE:LINE:COL: path: message — ${text}`);
  return { file: m[1], line: Number(m[2]), col: Number(m[3]), path: m[4], message: m[5], text };
}

describe('config errors: one line FILE:LINE:COL: path: message', () => {
  test('unknown field, at the line of the field', () => {
    const e = configError('unknown.yaml', [
      'defaults:',
      '  timeout: 5s',
      'checks:',
      '  - target: tcp://127.0.0.1:80',
      '  - target: https://api.internal/health',
      '    tiemout: 5s',
    ].join('\n'));
    assert.equal(e.file, dir.join('unknown.yaml'));
    assert.equal(e.line, 6);
    assert.equal(e.path, 'checks[1]');
    assert.match(e.message, /unknown field "tiemout"/);
  });

  test('unknown top-level field', () => {
    const e = configError('top.yaml', 'checks: []\nbogus: 1\n');
    assert.equal(e.line, 2);
    assert.match(e.message, /unknown field "bogus"/);
  });

  test('bad duration', () => {
    const e = configError('duration.yaml', 'checks:\n  - target: tcp://127.0.0.1:80\n  - target: tcp://127.0.0.1:81\n    timeout: 5 seconds\n');
    assert.equal(e.line, 4);
    assert.equal(e.path, 'checks[1].timeout');
    assert.match(e.message, /must be a duration like 500ms, 5s or 1m \(got "5 seconds"\)/);
  });

  test('a zero duration is refused', () => {
    const e = configError('zero.yaml', 'defaults:\n  timeout: 0s\n');
    assert.equal(e.path, 'defaults.timeout');
    assert.equal(e.line, 2);
  });

  test('bad status code', () => {
    const e = configError('status.yaml', 'checks:\n  - target: https://api.internal/\n    expect:\n      status: [200, 999]\n');
    assert.equal(e.line, 4);
    assert.equal(e.path, 'checks[0].expect.status[1]');
    assert.match(e.message, /100-599/);
  });

  test('bad status pattern', () => {
    const e = configError('status2.yaml', 'checks:\n  - target: https://api.internal/\n    expect: { status: ["2xx", "20"] }\n');
    assert.equal(e.path, 'checks[0].expect.status[1]');
    assert.match(e.message, /a code \(200\), a class \(2xx\) or a range \(200-299\)/);
  });

  test('a literal secret instead of { env }', () => {
    const e = configError('secret.yaml', [
      'checks:',
      '  - target: blob://mystore',
      '    auth:',
      '      connectionString: "DefaultEndpointsProtocol=https;AccountName=mystore;AccountKey=c2VjcmV0"',
    ].join('\n'));
    assert.equal(e.line, 4);
    assert.equal(e.path, 'checks[0].auth.connectionString');
    assert.match(e.message, /\{ env: NAME \} or \{ file: \/path \}, never a literal/);
    assert.ok(!e.text.includes('c2VjcmV0'), 'the literal secret is echoed in the error');
  });

  test('a bad target in checks[2].target, with its line', () => {
    const e = configError('target.yaml', [
      'checks:',
      '  - target: tcp://127.0.0.1:80',
      '  - target: https://api.internal/health',
      '  - name: third',
      '    target: ftp://files.internal',
    ].join('\n'));
    assert.equal(e.line, 5);
    assert.equal(e.path, 'checks[2].target');
    assert.match(e.message, /target "ftp:\/\/files.internal": unknown scheme "ftp", allowed: dns, tcp/);
  });

  test('invalid YAML', () => {
    const e = configError('invalid.yaml', 'checks:\n  - target: tcp://127.0.0.1:80\n    expect: { dns: private\n  - target: x\n');
    assert.equal(e.path, 'invalid YAML');
    assert.ok(e.line >= 3 && e.line <= 4, `line ${e.line}`);
  });

  test('duplicate keys are invalid YAML', () => {
    const e = configError('dup.yaml', 'checks: []\nchecks: []\n');
    assert.equal(e.line, 2);
  });

  test('a list where a map is expected', () => {
    const e = configError('list.yaml', '- a\n- b\n');
    assert.equal(e.path, '(top level)');
  });

  // zod/mini has no messages of its own: these are the English locale's words (src/config/zod.ts)
  test("zod's own messages stay the English ones", () => {
    const wrongType = configError('type.yaml', 'checks: 5\n');
    assert.equal(wrongType.path, 'checks');
    assert.equal(wrongType.message, 'Invalid input: expected array, received number');
    assert.equal(configError('min.yaml', 'defaults: { concurrency: 0 }\n').message, 'Too small: expected number to be >=1');
    assert.equal(configError('int.yaml', 'defaults: { concurrency: 1.5 }\n').message, 'Invalid input: expected int, received number');
    assert.equal(configError('url.yaml', 'checks:\n  - target: https://x/\n    http: { proxy: nope }\n').message, 'Invalid URL');
    assert.equal(configError('enum.yaml', 'profile: { name: x, cloud: mars }\n').message, 'Invalid option: expected one of "public"|"china"|"usgov"');
  });

  test('a missing file is one line naming it', () => {
    const file = dir.join('nope.yaml');
    assert.throws(() => readConfigFile(file), (error: Error) => error instanceof InputError && error.message === `${file}: cannot read config (ENOENT)`);
  });

  test('an empty file is an empty config', () => {
    assert.deepEqual(readConfigFile(dir.file('empty.yaml', '')), {});
  });

  test('a good file parses, durations become milliseconds', () => {
    const config = readConfigFile(dir.file('good.yaml', [
      'defaults: { timeout: 2s, concurrency: 4 }',
      'checks:',
      '  - name: api',
      '    target: https://api.internal/health',
      '    timeout: 1m30s',
      '    required: false',
      '    expect: { status: [200, "3xx", "400-404"], body: "/ok/i" }',
      '    auth: { token: { env: API_TOKEN } }',
    ].join('\n')));
    const run = buildRunConfig(config, {}, 'good.yaml');
    assert.equal(run.concurrency, 4);
    assert.equal(run.checks[0].timeoutMs, 90_000);
    assert.equal(run.checks[0].required, false);
    assert.equal(run.checks[0].name, 'api');
  });
});

describe('flags: bad values are InputErrors naming the flag', () => {
  test('--timeout', () => {
    assert.throws(() => buildRunConfig(undefined, { checks: ['tcp://127.0.0.1:1'], timeout: 'soon' }), /--timeout: must be a duration like 500ms, 5s or 1m, got "soon"/);
  });
  test('--concurrency', () => {
    assert.throws(() => buildRunConfig(undefined, { checks: ['tcp://127.0.0.1:1'], concurrency: '0' }), /--concurrency: must be a whole number 1-1024/);
  });
  test('--check with a bad target', () => {
    assert.throws(() => buildRunConfig(undefined, { checks: ['tcp://nohost'] }), (e: Error) => e instanceof InputError && /--check tcp:\/\/nohost: target "tcp:\/\/nohost": tcp:\/\/ needs a port/.test(e.message));
  });
  test('--dns-server', () => {
    const run = buildRunConfig(undefined, { checks: ['tcp://a.internal:1'], dnsServer: '127.0.0.1:5300' });
    assert.deepEqual(run.checks[0].dns.server, { host: '127.0.0.1', port: 5300 });
  });
  test('duplicate names get a suffix; duplicate explicit names are an error', () => {
    const run = buildRunConfig(undefined, { checks: ['tcp://127.0.0.1:1', 'tcp://127.0.0.1:1'] });
    assert.deepEqual(run.checks.map((c) => c.name), ['tcp://127.0.0.1:1', 'tcp://127.0.0.1:1#2']);
    assert.throws(() => buildRunConfig({ checks: [{ name: 'a', target: 'tcp://127.0.0.1:1' }, { name: 'a', target: 'tcp://127.0.0.1:2' }] } as never), /name "a" is used by another check/);
  });
});
