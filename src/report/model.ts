import * as z from 'zod';
import { FAILURE_CLASSES, KINDS, LAYERS, STATUSES } from './vocabulary.ts';

export { FAILURE_CLASSES, KINDS, LAYERS, STATUSES } from './vocabulary.ts';
export type { FailureClass, Kind, LayerName, Status } from './vocabulary.ts';

export const layerResultSchema = z.object({
  layer: z.enum(LAYERS),
  ok: z.boolean(),
  durationMs: z.number().nonnegative(),
  detail: z.record(z.string(), z.unknown()).optional(),
  warning: z.string().optional().describe('set when the layer works but will not for long, or looks suspicious'),
});
export type LayerResult = z.infer<typeof layerResultSchema>;

export const failureSchema = z.object({
  layer: z.enum(LAYERS),
  class: z.enum(FAILURE_CLASSES),
  message: z.string(),
  hint: z.string(),
});
export type Failure = z.infer<typeof failureSchema>;

export const checkResultSchema = z.object({
  name: z.string(),
  kind: z.enum(KINDS),
  target: z.string(),
  host: z.string(),
  port: z.number().int().min(0).max(65535),
  required: z.boolean(),
  status: z.enum(STATUSES),
  durationMs: z.number().nonnegative(),
  layers: z.array(layerResultSchema),
  failure: failureSchema.nullable(),
  warnings: z.array(z.string()).optional(),
  why: z.string().optional().describe('what breaks without this dependency (profiles)'),
  skipReason: z.string().optional(),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

export const summarySchema = z.object({
  total: z.number().int().nonnegative(),
  passed: z.number().int().nonnegative(),
  warned: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  requiredFailed: z.number().int().nonnegative(),
  verdict: z.enum(['pass', 'warn', 'fail']),
});
export type Summary = z.infer<typeof summarySchema>;

export const agentSchema = z.object({
  hostname: z.string(),
  addresses: z.array(z.string()),
  resolvers: z.array(z.string()),
  azureDns: z.boolean().optional(),
  azure: z.record(z.string(), z.unknown()).optional(),
}).catchall(z.unknown());
export type AgentInfo = z.infer<typeof agentSchema>;

export const reportSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('vnet-probe'), version: z.string() }),
  startedAt: z.iso.datetime({ offset: true }),
  finishedAt: z.iso.datetime({ offset: true }),
  durationMs: z.number().nonnegative(),
  agent: agentSchema,
  summary: summarySchema,
  checks: z.array(checkResultSchema),
});
export type Report = z.infer<typeof reportSchema>;
