import { randomUUID } from 'node:crypto';
import * as z from '../config/zod.ts';
import { judgeAnonymousAnswer } from '../azure/storage-answer.ts';
import { storageCredentials, type StorageCredentials } from '../azure/storage-credentials.ts';
import { anonymousProbeUrl, STORAGE_SERVICES, storageEndpoint, type StorageEndpoint } from '../azure/storage-endpoint.ts';
import { authenticate, DEFAULT_PROBE_CONTAINER, listOperation, writeOperation, type StorageOperation } from '../azure/storage-operations.ts';
import { createBlobClient, loadBlobSdk, loadIdentitySdk, sdkAgent } from '../azure/storage-sdk.ts';
import type { CheckSpec } from '../config/spec.ts';
import type { Target } from '../config/target.ts';
import { InputError } from '../engine/errors.ts';
import { httpLadder } from '../net/http-exchange.ts';
import type { Check } from './check.ts';

/** An API version every Storage front end (and Azurite) knows; new enough for the bearer challenge. */
const PROBE_API_VERSION = '2021-12-02';
const ERROR_BODY_CAP = 16 * 1024;

const optionsSchema = z.strictObject({
  /** with auth: list (default) or write (create, read back, delete a probe blob) */
  operation: z.optional(z.enum(['list', 'write'])),
  /** the container to list or write in (write: default DEFAULT_PROBE_CONTAINER, created if missing) */
  container: z.optional(z.string().check(z.regex(/^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a container name: 3-63 lowercase letters, digits and single hyphens'))),
  /** the service of an IP or custom-named endpoint (default blob) */
  service: z.optional(z.enum(STORAGE_SERVICES)),
});

export interface StorageOptions {
  operation?: StorageOperation;
  container?: string;
  service?: StorageEndpoint['service'];
}

export function parseStorageOptions(options: Record<string, unknown>): StorageOptions {
  const parsed = optionsSchema.safeParse(options);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const message = issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
  throw new InputError(`options${issue.path.length ? '.' + issue.path.join('.') : ''}: ${message}`);
}

export interface StoragePlan {
  endpoint: StorageEndpoint;
  options: StorageOptions;
  credentials?: StorageCredentials;
}

/** Everything the check needs from the config, checked before anything is sent. */
export function planStorageCheck(target: Target, spec: Pick<CheckSpec, 'options' | 'auth'>): StoragePlan {
  const options = parseStorageOptions(spec.options);
  const endpoint = storageEndpoint(target, options.service);
  const credentials = storageCredentials(spec.auth, endpoint.account);
  if (!credentials && (options.operation || options.container)) {
    throw new InputError(`options.${options.operation ? 'operation' : 'container'}: needs credentials (auth.connectionString, accountKey, sas or managedIdentity)`);
  }
  if (credentials && endpoint.service !== 'blob') {
    throw new InputError(`auth: credentialed storage checks use the blob service; ${endpoint.service} endpoints are checked without credentials (drop auth, or target the account's blob endpoint)`);
  }
  return { endpoint, options, ...(credentials ? { credentials } : {}) };
}

/**
 * Loads the SDKs a credentialed check needs (~0.5 s of module loading), so a caller can do it
 * before any clock starts: loaded inside the auth rung it would count as auth time, and block
 * the event loop under the other checks' rungs. Without credentials it loads nothing.
 */
export async function warmUpStorage(spec: Pick<CheckSpec, 'auth'>): Promise<void> {
  if (!spec.auth) return;
  await loadBlobSdk();
  if (spec.auth.managedIdentity) await loadIdentitySdk();
}

/**
 * blob:// table:// queue:// file:// (or https://… with kind: storage): an anonymous request proves
 * the path up to Azure Storage's front end (its signed rejection, or its network-rule denial);
 * with credentials the blob SDK then proves them (auth) and a real call (operation).
 */
export const storageCheck: Check = async (target, spec, run) => {
  const plan = planStorageCheck(target, spec);
  const { endpoint, options, credentials } = plan;

  await httpLadder(run, {
    url: anonymousProbeUrl(endpoint),
    method: 'GET',
    headers: { 'x-ms-version': PROBE_API_VERSION, 'x-ms-client-request-id': randomUUID(), accept: 'application/xml' },
    tls: spec.tls,
    resolve: { server: spec.dns.server, tcp: spec.dns.tcp, expect: spec.expect },
    proxy: spec.http.proxy,
    readBody: ERROR_BODY_CAP,
  }, (answer) => judgeAnonymousAnswer(answer, endpoint));
  if (!credentials) return run.layers;

  // The SDK opens its own sockets; they go to the address and trust the CAs the rungs above used.
  const agent = sdkAgent(run, spec, target.host);
  const client = await run.layer('auth', async () => {
    const blobClient = await createBlobClient(credentials, endpoint, agent, spec.http.proxy);
    const outcome = await authenticate(blobClient, options.container, run.signal);
    return { value: blobClient, detail: { credential: credentials.kind, from: credentials.source, ...outcome.detail } };
  });
  await run.layer('operation', () => (options.operation === 'write'
    ? writeOperation(client, options.container ?? DEFAULT_PROBE_CONTAINER, run.signal)
    : listOperation(client, options.container, run.signal)));
  return run.layers;
};
