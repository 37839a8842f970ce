import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import { ROOT } from './cli.ts';

/** Validates against the shipped schema/report.v1.json (not the zod model: the file users get). */
export function reportValidator(): (report: unknown) => { valid: boolean; errors: string } {
  const schema = JSON.parse(readFileSync(`${ROOT}schema/report.v1.json`, 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat('date-time', { validate: (text: string) => !Number.isNaN(Date.parse(text)) && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(text) });
  const validate = ajv.compile(schema);
  return (report) => {
    const valid = validate(report) as boolean;
    return { valid, errors: (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath} ${e.message}`).join('; ') };
  };
}
