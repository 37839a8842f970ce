import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useColor } from '../../../src/commands/output.ts';
import { buildReport } from '../../../src/report/build.ts';
import { renderJunit } from '../../../src/report/junit.ts';
import { renderMarkdown } from '../../../src/report/markdown.ts';
import type { CheckResult, Report } from '../../../src/report/model.ts';
import { renderText } from '../../../src/report/text.ts';
import { findAll, parseXml } from '../../helpers/xml.ts';

const NASTY = `<tag attr="v">Tom & Jerry's "quote" | pipe\nnewline \u0001ctl`;

function sampleReport(): Report {
  const checks: CheckResult[] = [
    {
      name: 'api', kind: 'http', target: 'https://api.internal/health', host: 'api.internal', port: 443, required: true, status: 'pass', durationMs: 12.5,
      layers: [{ layer: 'resolve', ok: true, durationMs: 1 }, { layer: 'connect', ok: true, durationMs: 1 }, { layer: 'tls', ok: true, durationMs: 5 }, { layer: 'protocol', ok: true, durationMs: 5 }],
      failure: null,
    },
    {
      name: 'sql', kind: 'sql', target: 'sql://db.internal', host: 'db.internal', port: 1433, required: true, status: 'fail', durationMs: 5000,
      layers: [{ layer: 'resolve', ok: true, durationMs: 1 }, { layer: 'connect', ok: false, durationMs: 4999 }],
      failure: { layer: 'connect', class: 'tcp_timeout', message: NASTY, hint: `hint with ${NASTY}` },
    },
    {
      name: 'smtp|relay', kind: 'tcp', target: 'tcp://relay.internal:25028', host: 'relay.internal', port: 25028, required: false, status: 'fail', durationMs: 2,
      layers: [{ layer: 'resolve', ok: true, durationMs: 1 }, { layer: 'connect', ok: false, durationMs: 1 }],
      failure: { layer: 'connect', class: 'tcp_refused', message: 'refused', hint: 'nothing listens' },
    },
    {
      name: 'legacy', kind: 'tls', target: 'tls://legacy.internal:443', host: 'legacy.internal', port: 443, required: true, status: 'warn', durationMs: 20,
      layers: [{ layer: 'resolve', ok: true, durationMs: 1 }, { layer: 'connect', ok: true, durationMs: 1 }, { layer: 'tls', ok: true, durationMs: 18, warning: 'expires in 5 days' }],
      failure: null, warnings: ['expires in 5 days <soon> & "now"'],
    },
    {
      name: 'sql-redirect', kind: 'tcp', target: '-', host: '-', port: 0, required: true, status: 'skip', durationMs: 0, layers: [], failure: null, skipReason: 'no --sql-server given',
    },
  ];
  return buildReport({ version: '0.0.0-test', startedAt: new Date('2026-01-01T00:00:00Z'), finishedAt: new Date('2026-01-01T00:00:05Z'), durationMs: 5000, agent: { hostname: 'agent<1>', addresses: ['10.0.0.4'], resolvers: ['168.63.129.16'] }, checks });
}

describe('text renderer', () => {
  test('no ANSI escapes when colour is off', () => {
    const text = renderText(sampleReport(), { color: false });
    assert.ok(!text.includes('\x1b'), 'ANSI escape in colourless output');
  });

  test('ANSI colours when on', () => {
    assert.ok(renderText(sampleReport(), { color: true }).includes('\x1b[31m'));
  });

  test('one line per check with status, layer, time; failure class, message and hint; verdict', () => {
    const text = renderText(sampleReport(), { color: false });
    const lines = text.split('\n');
    assert.match(lines[0], /^STATUS\s+LAYER\s+TIME\s+CHECK\s+TARGET$/);
    assert.ok(lines.some((l) => /^PASS\s+protocol\s+13ms\s+api\s+https:\/\/api\.internal\/health$/.test(l)), text);
    assert.ok(lines.some((l) => /^FAIL\s+connect\s+5\.00s\s+sql\s+sql:\/\/db\.internal$/.test(l)), text);
    assert.ok(lines.some((l) => /^\s+tcp_timeout: /.test(l)));
    assert.ok(lines.some((l) => /^\s+hint: hint with/.test(l)));
    assert.ok(lines.some((l) => /smtp\|relay.*\(optional\)/.test(l)));
    assert.ok(lines.some((l) => /^\s+warning: expires in 5 days/.test(l)));
    assert.ok(lines.some((l) => /^SKIP\s+-/.test(l)));
    assert.ok(lines.some((l) => /no --sql-server given/.test(l)));
    assert.match(text, /FAIL: 1 required check failed\s+5 checks: 1 passed, 1 warned, 2 failed, 1 skipped/);
  });
});

describe('useColor: only on a TTY, NO_COLOR honoured', () => {
  const saved = { NO_COLOR: process.env.NO_COLOR, FORCE_COLOR: process.env.FORCE_COLOR };
  afterEach(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });
  const tty = { isTTY: true } as NodeJS.WriteStream;
  const pipe = { isTTY: false } as NodeJS.WriteStream;

  test('TTY yes, pipe no', () => {
    delete process.env.NO_COLOR;
    delete process.env.FORCE_COLOR;
    assert.equal(useColor(tty, undefined), true);
    assert.equal(useColor(pipe, undefined), false);
  });
  test('NO_COLOR turns colour off even on a TTY', () => {
    delete process.env.FORCE_COLOR;
    process.env.NO_COLOR = '1';
    assert.equal(useColor(tty, undefined), false);
  });
  test('--no-color turns colour off', () => {
    delete process.env.NO_COLOR;
    assert.equal(useColor(tty, false), false);
  });
  test('FORCE_COLOR on a pipe', () => {
    delete process.env.NO_COLOR;
    process.env.FORCE_COLOR = '1';
    assert.equal(useColor(pipe, undefined), true);
  });
});

describe('JUnit renderer', () => {
  test('well-formed XML with one testcase per check', () => {
    const xml = renderJunit(sampleReport());
    const root = parseXml(xml);
    assert.equal(root.name, 'testsuites');
    const suites = findAll(root, 'testsuite');
    assert.equal(suites.length, 1);
    const cases = findAll(root, 'testcase');
    assert.equal(cases.length, 5);
    assert.deepEqual(cases.map((c) => c.attributes.name), ['api', 'sql', 'smtp|relay', 'legacy', 'sql-redirect']);
    assert.equal(suites[0].attributes.tests, '5');
    assert.equal(suites[0].attributes.failures, '1');
    assert.equal(suites[0].attributes.hostname, 'agent<1>');
  });

  test('a required failure is a <failure> with class, message and hint; <&"\' escaped', () => {
    const root = parseXml(renderJunit(sampleReport()));
    const sql = findAll(root, 'testcase').find((c) => c.attributes.name === 'sql')!;
    const [failure] = findAll(sql, 'failure');
    assert.ok(failure, 'no <failure>');
    assert.equal(failure.attributes.type, 'tcp_timeout');
    // round-trips through escaping (control characters dropped, as XML 1.0 cannot carry them)
    const clean = NASTY.replace('\u0001', '');
    assert.equal(failure.attributes.message, `tcp_timeout: ${clean}`);
    assert.ok(failure.text.includes(`hint: hint with ${clean}`), failure.text);
    assert.ok(failure.text.includes('target: sql://db.internal'));
  });

  test('an optional failure and a skip are <skipped>, a warning is system-out', () => {
    const root = parseXml(renderJunit(sampleReport()));
    const cases = findAll(root, 'testcase');
    const smtp = cases.find((c) => c.attributes.name === 'smtp|relay')!;
    assert.equal(findAll(smtp, 'failure').length, 0);
    assert.match(findAll(smtp, 'skipped')[0].attributes.message, /optional check failed: tcp_refused/);
    const skip = cases.find((c) => c.attributes.name === 'sql-redirect')!;
    assert.equal(findAll(skip, 'skipped')[0].attributes.message, 'no --sql-server given');
    const legacy = cases.find((c) => c.attributes.name === 'legacy')!;
    assert.equal(findAll(legacy, 'system-out')[0].text, 'warning: expires in 5 days <soon> & "now"');
  });

  test('the XML checker itself rejects broken XML', () => {
    assert.throws(() => parseXml('<a><b></a></b>'));
    assert.throws(() => parseXml('<a x="1" x="2"/>'));
    assert.throws(() => parseXml('<a>Tom & Jerry</a>'));
    assert.throws(() => parseXml('<a>1 < 2</a>'));
    assert.throws(() => parseXml('<a x="<"/>'));
    assert.throws(() => parseXml('<a/><b/>'));
    assert.equal(parseXml('<?xml version="1.0"?><a x="&lt;&amp;">t&apos;</a>').attributes.x, '<&');
  });
});

describe('Markdown renderer', () => {
  test('a header, a separator and one table row per check', () => {
    const md = renderMarkdown(sampleReport());
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    assert.equal(rows.length, 2 + 5);
    assert.equal(rows[0], '| | check | target | layer | time | failure | hint |');
    assert.equal(rows[1], '|---|---|---|---|---|---|---|');
    // every row has exactly the header's 8 unescaped pipes
    for (const row of rows) assert.equal(row.replace(/\\\|/g, '').split('|').length - 1, 8, row);
    assert.match(md, /^## vnet-probe: ❌ FAIL/);
  });

  test('pipes are escaped, newlines folded, failures carry class and hint', () => {
    const md = renderMarkdown(sampleReport());
    const sql = md.split('\n').find((l) => l.includes('| sql |'))!;
    assert.ok(sql.includes('`tcp_timeout`'), sql);
    assert.ok(sql.includes('\\| pipe newline'), sql);
    assert.ok(md.includes('smtp\\|relay (optional)'));
    assert.ok(md.split('\n').some((l) => l.includes('legacy') && l.includes('expires in 5 days')));
  });
});
