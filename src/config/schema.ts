import * as z from './zod.ts';
import { parseDuration } from './duration.ts';

const duration = z.pipe(z.union([z.string(), z.number()]), z.transform((value, ctx) => {
  const ms = parseDuration(value);
  if (ms === undefined || ms <= 0) {
    ctx.issues.push({ code: 'custom', message: `must be a duration like 500ms, 5s or 1m (got ${JSON.stringify(value)})`, input: value });
    return z.NEVER;
  }
  return ms;
}));

/** Secrets are never literals in a file that could be committed. */
export const secretRefSchema = z.union([
  z.strictObject({ env: z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name')) }),
  z.strictObject({ file: z.string().check(z.minLength(1)) }),
], { error: 'a secret must be { env: NAME } or { file: /path }, never a literal' });
export type SecretRef = z.infer<typeof secretRefSchema>;

const hostPort = z.string().check(z.regex(/^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9_.-]+)(:\d{1,5})?$/, 'must be HOST or HOST:PORT'));

const statusItem = z.union([
  z.number().check(z.int(), z.gte(100, 'must be an HTTP status 100-599'), z.lte(599, 'must be an HTTP status 100-599')),
  z.string().check(z.regex(/^([1-5]xx|\d{3}(-\d{3})?)$/, 'must be a code (200), a class (2xx) or a range (200-299)')),
]);

export const expectSchema = z.strictObject({
  dns: z.optional(z.enum(['private', 'public', 'any'])),
  addresses: z.optional(z.array(z.string())),
  status: z.optional(z.array(statusItem).check(z.minLength(1))),
  /** a substring, or /regex/flags */
  body: z.optional(z.string()),
});

export const tlsSchema = z.strictObject({
  ca: z.optional(z.union([z.string(), z.array(z.string())])),
  servername: z.optional(z.string()),
  cert: z.optional(z.string()),
  key: z.optional(z.string()),
  expectIssuer: z.optional(z.array(z.string())),
});

export const httpSchema = z.strictObject({
  method: z.optional(z.enum(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])),
  headers: z.optional(z.record(z.string(), z.string())),
  body: z.optional(z.string()),
  followRedirects: z.optional(z.union([z.boolean(), z.number().check(z.int(), z.gte(0), z.lte(20))])),
  hostHeader: z.optional(z.string()),
  proxy: z.optional(z.union([z.literal(false), z.string().check(z.url())])),
});

export const dnsSchema = z.strictObject({
  server: z.optional(hostPort),
  tcp: z.optional(z.boolean()),
});

export const authSchema = z.strictObject({
  connectionString: z.optional(secretRefSchema),
  accountKey: z.optional(secretRefSchema),
  sas: z.optional(secretRefSchema),
  username: z.optional(z.string()),
  password: z.optional(secretRefSchema),
  token: z.optional(secretRefSchema),
  managedIdentity: z.optional(z.union([z.boolean(), z.strictObject({ clientId: z.string() })])),
});
export type AuthConfig = z.infer<typeof authSchema>;

export const checkEntrySchema = z.strictObject({
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(120), z.regex(/^[^\s"\\]([^"\\]*[^\s"\\])?$/, 'no quotes, backslashes or surrounding spaces'))),
  target: z.string().check(z.minLength(1)),
  kind: z.optional(z.enum(['http', 'storage', 'keyvault'])),
  required: z.optional(z.boolean()),
  timeout: z.optional(duration),
  interval: z.optional(duration),
  why: z.optional(z.string()),
  expect: z.optional(expectSchema),
  dns: z.optional(dnsSchema),
  tls: z.optional(tlsSchema),
  http: z.optional(httpSchema),
  auth: z.optional(authSchema),
  /** kind-specific settings, see the README */
  options: z.optional(z.record(z.string(), z.unknown())),
});
export type CheckEntry = z.input<typeof checkEntrySchema>;
export type CheckEntryOutput = z.output<typeof checkEntrySchema>;

export const defaultsSchema = z.strictObject({
  timeout: z.optional(duration),
  interval: z.optional(duration),
  concurrency: z.optional(z.number().check(z.int(), z.gte(1), z.lte(1024))),
  dns: z.optional(dnsSchema),
  tls: z.optional(tlsSchema),
});

export const profileBlockSchema = z.looseObject({
  name: z.string(),
  cloud: z.optional(z.enum(['public', 'china', 'usgov'])),
});

export const serveSchema = z.strictObject({
  listen: z.optional(hostPort),
  allowTargets: z.optional(z.array(z.string())),
  auth: z.optional(z.strictObject({ basic: z.strictObject({ username: z.string(), password: secretRefSchema }) })),
  tls: z.optional(z.strictObject({ cert: z.string(), key: z.string() })),
});

export const configFileSchema = z.strictObject({
  defaults: z.optional(defaultsSchema),
  checks: z.optional(z.array(checkEntrySchema)),
  profile: z.optional(profileBlockSchema),
  serve: z.optional(serveSchema),
});
export type ConfigFile = z.output<typeof configFileSchema>;
