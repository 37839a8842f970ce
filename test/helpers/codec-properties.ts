// The property tests every wire decoder in src/protocols must pass: it never throws,
// a strict prefix of a message is incomplete, a whole message is consumed exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Decoded } from '../../src/protocols/result.ts';

export type Decoder = (buf: Buffer) => Decoded<unknown>;

export interface CodecUnderTest {
  /** What one message is called in test titles: 'reply', 'answer', 'frame'. */
  noun: string;
  /** The decoder a whole message is read with. */
  decode: Decoder;
  /** Valid encoded messages. */
  valid: fc.Arbitrary<Buffer>;
  /** Fixed valid messages (spec vectors, captures) added to the prefix and mutation inputs. */
  samples?: readonly Buffer[];
  /** Decoders every strict prefix must be incomplete for; default [decode]. */
  prefixDecoders?: readonly Decoder[];
  /** Decoders fed arbitrary bytes; default [decode]. */
  arbitraryDecoders?: readonly Decoder[];
  /** Decoders fed mutated valid messages; default [decode]. */
  mutationDecoders?: readonly Decoder[];
  /** Bytes that may follow a message on the wire (the next pipelined message, garbage). */
  trailing: fc.Arbitrary<Uint8Array>;
}

export function assertWellFormed(d: Decoded<unknown>, input: Buffer): void {
  switch (d.kind) {
    case 'ok':
      assert.ok(Number.isInteger(d.consumed) && d.consumed > 0 && d.consumed <= input.length, `consumed ${d.consumed} of ${input.length}`);
      break;
    case 'incomplete':
      assert.ok(d.need === undefined || (Number.isInteger(d.need) && d.need > 0));
      break;
    case 'malformed':
      assert.equal(typeof d.reason, 'string');
      assert.ok(d.reason.length > 0);
      break;
    default:
      assert.fail(`unknown kind ${JSON.stringify(d)}`);
  }
}

export const hexBytes = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');

/** Registers the shared decoder properties as node:test tests. */
export function codecPropertyTests(codec: CodecUnderTest): void {
  const { noun, decode, valid, samples = [], trailing } = codec;
  const withSamples = samples.length > 0 ? fc.oneof(valid, fc.constantFrom(...samples)) : valid;
  const edits = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 });

  test(`every strict prefix of a valid ${noun} is incomplete, and need never overshoots`, () => {
    fc.assert(
      fc.property(withSamples, (bytes) => {
        for (let n = 0; n < bytes.length; n++) {
          for (const prefixDecode of codec.prefixDecoders ?? [decode]) {
            const d = prefixDecode(bytes.subarray(0, n));
            assert.equal(d.kind, 'incomplete', `prefix ${n}/${bytes.length}`);
            if (d.kind === 'incomplete' && d.need !== undefined) assert.ok(n + d.need <= bytes.length);
          }
        }
      }),
    );
  });

  test(`bytes after a valid ${noun} are left unconsumed`, () => {
    fc.assert(
      fc.property(valid, trailing, (bytes, extra) => {
        const d = decode(Buffer.concat([bytes, extra]));
        assert.ok(d.kind === 'ok', JSON.stringify(d));
        assert.equal(d.consumed, bytes.length);
      }),
    );
  });

  test('arbitrary bytes never throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (arr) => {
        const buf = Buffer.from(arr);
        for (const anyDecode of codec.arbitraryDecoders ?? [decode]) assertWellFormed(anyDecode(buf), buf);
      }),
      { numRuns: 1000 },
    );
  });

  test(`valid ${noun}s with random byte mutations never throw`, () => {
    fc.assert(
      fc.property(withSamples, edits, (bytes, changes) => {
        const buf = Buffer.from(bytes);
        for (const [i, v] of changes) buf[i % buf.length] = v;
        for (const mutationDecode of codec.mutationDecoders ?? [decode]) assertWellFormed(mutationDecode(buf), buf);
      }),
      { numRuns: 1000 },
    );
  });
}
