import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from 'yaml';
import type * as z from './zod.ts';
import { InputError } from '../engine/errors.ts';
import { configFileSchema, type ConfigFile } from './schema.ts';
import { parseTarget } from './target.ts';

// YAML and zod load only when a config file is given: a `run --check …` does not pay for them.

function pathText(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

function locate(doc: Document, counter: LineCounter, path: PropertyKey[]): string {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as Array<string | number>, true);
    if (isNode(node) && node.range) {
      const { line, col } = counter.linePos(node.range[0]);
      return `${line}:${col}`;
    }
  }
  return '1:1';
}

/** Where the key `key` of the map at `path` is written: an unknown field is reported at its own line. */
function locateKey(doc: Document, counter: LineCounter, path: PropertyKey[], key: string): string {
  const map = doc.getIn(path as Array<string | number>, true);
  const pair = isMap(map) ? map.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
  if (pair && isScalar(pair.key) && pair.key.range) {
    const { line, col } = counter.linePos(pair.key.range[0]);
    return `${line}:${col}`;
  }
  return locate(doc, counter, path);
}

function firstIssue(error: z.core.$ZodError): { path: PropertyKey[]; message: string; unknownKey?: string } {
  const issue = error.issues[0];
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    message = `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    return { path: issue.path, message, unknownKey: issue.keys[0] };
  }
  return { path: issue.path, message };
}

/** Reads and validates a YAML config; any problem is one InputError line naming file, line and field. */
export function readConfigFile(file: string): ConfigFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`${file}: cannot read config (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const { line, col } = counter.linePos(e.pos[0]);
    throw new InputError(`${file}:${line}:${col}: invalid YAML: ${e.message.split('\n')[0]}`);
  }
  const raw = doc.toJS() ?? {};
  const parsed = configFileSchema.safeParse(raw);
  if (!parsed.success) {
    const { path, message, unknownKey } = firstIssue(parsed.error);
    const position = unknownKey === undefined ? locate(doc, counter, path) : locateKey(doc, counter, path, unknownKey);
    throw new InputError(`${file}:${position}: ${pathText(path) || '(top level)'}: ${message}`);
  }
  // targets are checked here too, so their errors carry the file position
  (parsed.data.checks ?? []).forEach((entry, index) => {
    try {
      parseTarget(entry.target, entry.kind);
    } catch (error) {
      throw new InputError(`${file}:${locate(doc, counter, ['checks', index, 'target'])}: checks[${index}].target: ${(error as Error).message}`);
    }
  });
  return parsed.data;
}

