import { z } from 'zod';
import { parseDuration } from './duration.ts';

const duration = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const ms = parseDuration(value);
  if (ms === undefined || ms <= 0) {
    ctx.addIssue({ code: 'custom', message: `must be a duration like 500ms, 5s or 1m (got ${JSON.stringify(value)})` });
    return z.NEVER;
  }
  return ms;
});

/** Secrets are never literals in a file that could be committed. */
export const secretRefSchema = z.union([
  z.strictObject({ env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name') }),
  z.strictObject({ file: z.string().min(1) }),
], { error: 'a secret must be { env: NAME } or { file: /path }, never a literal' });
export type SecretRef = z.infer<typeof secretRefSchema>;

const hostPort = z.string().regex(/^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9_.-]+)(:\d{1,5})?$/, 'must be HOST or HOST:PORT');

const statusItem = z.union([
  z.number().int().min(100, 'must be an HTTP status 100-599').max(599, 'must be an HTTP status 100-599'),
  z.string().regex(/^([1-5]xx|\d{3}(-\d{3})?)$/, 'must be a code (200), a class (2xx) or a range (200-299)'),
]);

export const expectSchema = z.strictObject({
  dns: z.enum(['private', 'public', 'any']).optional(),
  addresses: z.array(z.string()).optional(),
  status: z.array(statusItem).min(1).optional(),
  body: z.string().optional().describe('substring, or /regex/flags'),
});

export const tlsSchema = z.strictObject({
  ca: z.union([z.string(), z.array(z.string())]).optional(),
  servername: z.string().optional(),
  cert: z.string().optional(),
  key: z.string().optional(),
  expectIssuer: z.array(z.string()).optional(),
});

export const httpSchema = z.strictObject({
  method: z.enum(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']).optional(),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.string().optional(),
  followRedirects: z.union([z.boolean(), z.number().int().min(0).max(20)]).optional(),
  hostHeader: z.string().optional(),
  proxy: z.union([z.literal(false), z.string().url()]).optional(),
});

export const dnsSchema = z.strictObject({
  server: hostPort.optional(),
  tcp: z.boolean().optional(),
});

export const authSchema = z.strictObject({
  connectionString: secretRefSchema.optional(),
  accountKey: secretRefSchema.optional(),
  sas: secretRefSchema.optional(),
  username: z.string().optional(),
  password: secretRefSchema.optional(),
  token: secretRefSchema.optional(),
  managedIdentity: z.union([z.boolean(), z.strictObject({ clientId: z.string() })]).optional(),
});
export type AuthConfig = z.infer<typeof authSchema>;

export const checkEntrySchema = z.strictObject({
  name: z.string().min(1).max(120).regex(/^[^\s"\\]([^"\\]*[^\s"\\])?$/, 'no quotes, backslashes or surrounding spaces').optional(),
  target: z.string().min(1),
  kind: z.enum(['http', 'storage', 'keyvault']).optional(),
  required: z.boolean().optional(),
  timeout: duration.optional(),
  interval: duration.optional(),
  why: z.string().optional(),
  expect: expectSchema.optional(),
  dns: dnsSchema.optional(),
  tls: tlsSchema.optional(),
  http: httpSchema.optional(),
  auth: authSchema.optional(),
  options: z.record(z.string(), z.unknown()).optional().describe('kind-specific settings, see the README'),
});
export type CheckEntry = z.input<typeof checkEntrySchema>;
export type CheckEntryOutput = z.output<typeof checkEntrySchema>;

export const defaultsSchema = z.strictObject({
  timeout: duration.optional(),
  interval: duration.optional(),
  concurrency: z.number().int().min(1).max(1024).optional(),
  dns: dnsSchema.optional(),
  tls: tlsSchema.optional(),
});

export const profileBlockSchema = z.object({
  name: z.string(),
  cloud: z.enum(['public', 'china', 'usgov']).optional(),
}).catchall(z.unknown());

export const serveSchema = z.strictObject({
  listen: hostPort.optional(),
  allowTargets: z.array(z.string()).optional(),
  auth: z.strictObject({ basic: z.strictObject({ username: z.string(), password: secretRefSchema }) }).optional(),
  tls: z.strictObject({ cert: z.string(), key: z.string() }).optional(),
});

export const configFileSchema = z.strictObject({
  defaults: defaultsSchema.optional(),
  checks: z.array(checkEntrySchema).optional(),
  profile: profileBlockSchema.optional(),
  serve: serveSchema.optional(),
});
export type ConfigFile = z.output<typeof configFileSchema>;
