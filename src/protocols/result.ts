// The one answer every wire decoder gives for "whatever bytes arrived so far".
// Decoders never throw: a caller feeds a growing buffer and acts on the kind.
export type Decoded<T> =
  | { kind: 'ok'; value: T; consumed: number } // consumed = bytes used from the input
  | { kind: 'incomplete'; need?: number } // valid prefix, wait for more bytes
  | { kind: 'malformed'; reason: string }; // not this protocol / corrupt

export function ok<T>(value: T, consumed: number): Decoded<T> {
  return { kind: 'ok', value, consumed };
}

/** `need`, when given, is how many more bytes are known to be missing at least. */
export function incomplete<T>(need?: number): Decoded<T> {
  return need === undefined || need <= 0 ? { kind: 'incomplete' } : { kind: 'incomplete', need };
}

export function malformed<T>(reason: string): Decoded<T> {
  return { kind: 'malformed', reason };
}

/** Default ceiling for any single message a decoder will wait for. */
export const MAX_MESSAGE_BYTES = 1024 * 1024;

export function hex(n: number, width = 2): string {
  return '0x' + n.toString(16).padStart(width, '0');
}
