import { z } from 'zod';
import { reportSchema } from './model.ts';

/** The JSON Schema shipped as schema/report.v1.json. */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://github.com/vnet-probe/vnet-probe/schema/report.v1.json',
    title: 'vnet-probe report, schema version 1',
    ...z.toJSONSchema(reportSchema, { target: 'draft-2020-12' }),
  };
}
