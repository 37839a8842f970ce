import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { InputError } from '../engine/errors.ts';
import type { SecretRef } from './schema.ts';

const REDACTED = '[redacted]';
const revealed = new Set<string>();

/** A secret value that prints as [redacted] however it is logged, stringified or inspected. */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
    if (value.length >= 4) revealed.add(value);
    // parts of a connection string (AccountKey=…, SharedAccessKey=…, sig=…) are secrets on their own
    for (const match of value.matchAll(/(?:AccountKey|SharedAccessKey|SharedAccessSignature|Password|Pwd|sig)=([^;&\s]{4,})/gi)) revealed.add(match[1]);
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return REDACTED;
  }
  toJSON(): string {
    return REDACTED;
  }
  [inspect.custom](): string {
    return REDACTED;
  }
}

function describe(ref: SecretRef): string {
  return 'env' in ref ? `environment variable ${ref.env}` : `file ${ref.file}`;
}

/** Reads a secret from env or a file; a missing one is the user's to fix (exit 2), named by field. */
export function readSecret(ref: SecretRef, field: string): Secret {
  if ('env' in ref) {
    const value = process.env[ref.env];
    if (value === undefined || value === '') throw new InputError(`${field}: ${describe(ref)} is not set`);
    return new Secret(value);
  }
  try {
    return new Secret(readFileSync(ref.file, 'utf8').replace(/\r?\n$/, ''));
  } catch (error) {
    throw new InputError(`${field}: cannot read ${describe(ref)} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Replaces every secret value read so far in `text`: the last line of defence for reports and logs. */
export function scrub(text: string): string {
  let out = text;
  for (const value of revealed) {
    if (out.includes(value)) out = out.split(value).join(REDACTED);
    const encoded = encodeURIComponent(value);
    if (encoded !== value && out.includes(encoded)) out = out.split(encoded).join(REDACTED);
  }
  return out;
}

/** scrub() for any JSON-able value. */
export function scrubValue<T>(value: T): T {
  if (revealed.size === 0) return value;
  return JSON.parse(scrub(JSON.stringify(value))) as T;
}
