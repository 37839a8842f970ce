// Fails when schema/report.v1.json is not what the report model generates (run `npm run schema`).
import { readFileSync } from 'node:fs';
import { reportJsonSchema } from '../src/report/json-schema.ts';

const shipped = readFileSync('schema/report.v1.json', 'utf8');
const generated = `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
if (shipped !== generated) {
  console.error('schema/report.v1.json is out of date with src/report/model.ts: run `npm run schema` and commit it');
  process.exit(1);
}
