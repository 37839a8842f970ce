import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatDuration, parseDuration } from '../../../src/config/duration.ts';

test('durations: units, compounds, decimals, bare milliseconds', () => {
  assert.equal(parseDuration('250ms'), 250);
  assert.equal(parseDuration('5s'), 5000);
  assert.equal(parseDuration('1m'), 60_000);
  assert.equal(parseDuration('2h'), 7_200_000);
  assert.equal(parseDuration('1m30s'), 90_000);
  assert.equal(parseDuration('1.5s'), 1500);
  assert.equal(parseDuration(' 5s '), 5000);
  assert.equal(parseDuration('1500'), 1500);
  assert.equal(parseDuration(1500), 1500);
});

test('durations: anything else is undefined', () => {
  for (const bad of ['', 'five', '5 s', '5x', 's', '-5s', '5s5', 'ms', '1m 30s', '5sec', 'NaN']) {
    assert.equal(parseDuration(bad), undefined, JSON.stringify(bad));
  }
  assert.equal(parseDuration(-1), undefined);
  assert.equal(parseDuration(Number.NaN), undefined);
  assert.equal(parseDuration(Number.POSITIVE_INFINITY), undefined);
});

test('durations: N<unit> is N times the unit', () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(['ms', 1], ['s', 1000], ['m', 60_000], ['h', 3_600_000]), (n, [unit, factor]) => {
    assert.equal(parseDuration(`${n}${unit}`), n * (factor as number));
  }));
});

test('durations: formatting', () => {
  assert.equal(formatDuration(0.5), '0.50ms');
  assert.equal(formatDuration(12.4), '12ms');
  assert.equal(formatDuration(1234), '1.23s');
  assert.equal(formatDuration(12_345), '12.3s');
});
