// Writes schema/report.v1.json from the report model (src/report/model.ts), the one definition.
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../src/report/json-schema.ts';

writeFileSync('schema/report.v1.json', `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
console.log('wrote schema/report.v1.json');
