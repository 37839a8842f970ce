import type { TlsOptions } from '../net/tls.ts';
import type { Kind } from '../report/model.ts';
import type { AuthConfig } from './schema.ts';
import type { Target } from './target.ts';

export interface Expect {
  dns?: 'private' | 'public' | 'any';
  addresses?: string[];
  status?: Array<number | string>;
  body?: string;
}

export interface HttpOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  followRedirects?: boolean | number;
  hostHeader?: string;
  proxy?: false | string;
}

/** One check, fully expanded: what the engine runs. */
export interface CheckSpec {
  name: string;
  target: Target;
  required: boolean;
  timeoutMs: number;
  intervalMs: number;
  why?: string;
  expect: Expect;
  dns: { server?: { host: string; port: number }; tcp?: boolean };
  tls: TlsOptions;
  http: HttpOptions;
  auth?: AuthConfig;
  options: Record<string, unknown>;
}

export interface RunConfig {
  checks: CheckSpec[];
  concurrency: number;
  /** profile checks that could not be made, with why (a resource name was not given) */
  skipped: Array<{ name: string; reason: string; required: boolean; kind?: Kind }>;
  serve?: {
    listen?: string;
    allowTargets?: string[];
    auth?: { basic: { username: string; password: { env: string } | { file: string } } };
    tls?: { cert: string; key: string };
  };
  source?: string;
  /** the profile the checks came from, and whether its cloud was given (IMDS may pick it otherwise) */
  profile?: { name: string; cloudGiven: boolean };
}

export const DEFAULT_TIMEOUT_MS = 5000;
export const DEFAULT_INTERVAL_MS = 30_000;
export const DEFAULT_CONCURRENCY = 32;
