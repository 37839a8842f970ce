import type { TokenCredential } from '@azure/identity';
import type { BlockBlobClient, StoragePipelineOptions } from '@azure/storage-blob';
import { isIP } from 'node:net';
import { hostname } from 'node:os';
import { InputError } from '../engine/errors.ts';

// --report/--junit/--markdown given an Azure Blob Storage URL: the file goes to a blob, so a one-shot
// container (ACI, a CI job) leaves its report where a pipeline can fetch it. Credentials: a SAS in the
// URL, else a SAS in VNETPROBE_UPLOAD_SAS, else a token from @azure/identity (a service principal from
// AZURE_* variables, workload identity, managed identity).

export const UPLOAD_SAS_ENV = 'VNETPROBE_UPLOAD_SAS';

/** Blob endpoints of the Azure clouds (and the DNS-zone endpoints, ACCOUNT.zNN.blob.storage.azure.net). */
const BLOB_HOST_SUFFIXES = ['.blob.core.windows.net', '.blob.core.chinacloudapi.cn', '.blob.core.usgovcloudapi.net', '.blob.storage.azure.net'];
const CONTAINER_NAME = /^(?:[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}|\$root|\$web)$/;
const EXAMPLE = 'https://ACCOUNT.blob.core.windows.net/CONTAINER/PATH';
const DEFAULT_TIMEOUT_MS = 60_000;

export interface PlaceholderValues {
  hostname: string;
  /** the run's start; {timestamp} is its UTC second, 20261202T011500Z */
  timestamp: Date;
}

export interface BlobDestination {
  /** the blob's URL without any query: safe to print */
  url: string;
  /** the SAS (query string without '?'), from the URL or VNETPROBE_UPLOAD_SAS; none: a token credential */
  sas: string | undefined;
}

export interface ReportUpload {
  flag: string;
  /** the value of the flag, placeholders not yet expanded */
  target: string;
  content: string;
  contentType: string;
}

export interface UploadOptions {
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** where the one-line outcome of each upload goes (stderr) */
  log?: (line: string) => void;
}

/** An output flag's value that names a blob rather than a file. */
export function isBlobUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

export function formatTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
}

/** Replaces {hostname} and {timestamp}; anything else in braces is left as it is. */
export function expandPlaceholders(template: string, values: PlaceholderValues): string {
  return template
    .replaceAll('{hostname}', values.hostname)
    .replaceAll('{timestamp}', formatTimestamp(values.timestamp));
}

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

function isAzureBlobHost(hostname: string): boolean {
  return BLOB_HOST_SUFFIXES.some((suffix) => hostname.length > suffix.length && hostname.endsWith(suffix));
}

function redactQuery(value: string): string {
  const at = value.indexOf('?');
  return at < 0 ? value : value.slice(0, at);
}

function sasFrom(query: string, source: string, flag: string, shown: string): string {
  const sas = query.replace(/^\?/, '');
  if (!/(?:^|&)sig=[^&]+/.test(sas)) throw new InputError(`${flag} ${shown}: ${source} is not a SAS (no sig=)`);
  return sas;
}

/**
 * Parses an (expanded) blob URL: `https://ACCOUNT.blob.core.windows.net/CONTAINER/PATH` in any Azure
 * cloud, or the path-style `http(s)://127.0.0.1:PORT/ACCOUNT/CONTAINER/PATH` of Azurite on loopback
 * (http only there, and only with a SAS). Other hosts are refused: a bearer token for Storage must
 * never go to a host that is not Storage. A bad value is the user's to fix (InputError, exit 2).
 */
export function parseBlobDestination(value: string, flag: string, env: NodeJS.ProcessEnv = process.env): BlobDestination {
  const shown = redactQuery(value);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(`${flag} ${shown}: not a URL (${EXAMPLE})`);
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    throw new InputError(`${flag} ${shown}: malformed %-escape in the path`);
  }
  if (/[{}]/.test(path)) throw new InputError(`${flag} ${shown}: unknown placeholder (only {hostname} and {timestamp} expand)`);
  if (url.username || url.password) throw new InputError(`${flag} ${shown}: no credentials in the URL's authority; use a SAS`);
  if (url.hash) throw new InputError(`${flag} ${shown}: a blob URL has no #fragment`);
  const loopback = isLoopback(url.hostname);
  if (!loopback && !isAzureBlobHost(url.hostname)) throw new InputError(`${flag} ${shown}: not an Azure Blob Storage URL (${EXAMPLE})`);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) throw new InputError(`${flag} ${shown}: use https (http only for an emulator on loopback)`);

  const segments = url.pathname.split('/').slice(1);
  const [container, ...blob] = loopback ? segments.slice(1) : segments;
  if (loopback && !segments[0]) throw new InputError(`${flag} ${shown}: an emulator URL is path-style: http(s)://127.0.0.1:PORT/ACCOUNT/CONTAINER/PATH`);
  if (!container || blob.length === 0 || blob.at(-1) === '') throw new InputError(`${flag} ${shown}: name the container and the blob (${EXAMPLE})`);
  if (!CONTAINER_NAME.test(container)) throw new InputError(`${flag} ${shown}: "${container}" is not a valid container name (3-63 lowercase letters, digits, hyphens)`);

  let sas: string | undefined;
  if (url.search) sas = sasFrom(url.search, 'the query string', flag, shown);
  else if (env[UPLOAD_SAS_ENV]) sas = sasFrom(env[UPLOAD_SAS_ENV]!, UPLOAD_SAS_ENV, flag, shown);
  if (!sas && url.protocol === 'http:') throw new InputError(`${flag} ${shown}: http:// needs a SAS (a token is only sent over https)`);
  return { url: `${url.protocol}//${url.host}${url.pathname}`, sas };
}

/** Before the run: a malformed destination fails at once (exit 2), not after every check has run. */
export function checkUploadTargets(targets: ReadonlyArray<readonly [flag: string, target: string | undefined]>, env: NodeJS.ProcessEnv = process.env): void {
  const values = { hostname: hostname(), timestamp: new Date() };
  for (const [flag, target] of targets) {
    if (target && isBlobUrl(target)) parseBlobDestination(expandPlaceholders(target, values), flag, env);
  }
}

let credential: Promise<TokenCredential> | undefined;

/**
 * The credentials that make sense in a container, in DefaultAzureCredential's order: a service
 * principal from AZURE_* variables, workload identity (AKS), managed identity (ACI, VMs; AZURE_CLIENT_ID
 * picks a user-assigned one). No developer tools (az, azd, PowerShell): the image has none.
 */
function tokenCredential(): Promise<TokenCredential> {
  credential ??= import('@azure/identity').then(({ ChainedTokenCredential, EnvironmentCredential, ManagedIdentityCredential, WorkloadIdentityCredential }) => {
    const clientId = process.env.AZURE_CLIENT_ID;
    const chain: TokenCredential[] = [new EnvironmentCredential()];
    if (process.env.AZURE_FEDERATED_TOKEN_FILE) chain.push(new WorkloadIdentityCredential());
    chain.push(clientId ? new ManagedIdentityCredential({ clientId }) : new ManagedIdentityCredential());
    return new ChainedTokenCredential(...chain);
  });
  return credential;
}

function pipelineOptions(): StoragePipelineOptions {
  // Retries for a flaky path, bounded: the whole upload also has a deadline (the abort signal).
  return {
    retryOptions: { maxTries: 3, retryDelayInMs: 1000, maxRetryDelayInMs: 4000, tryTimeoutInMs: 20_000 },
    userAgentOptions: { userAgentPrefix: 'vnet-probe' },
  };
}

async function blobClient(destination: BlobDestination): Promise<BlockBlobClient> {
  const sdk = await import('@azure/storage-blob');
  if (destination.sas) return new sdk.BlockBlobClient(`${destination.url}?${destination.sas}`, new sdk.AnonymousCredential(), pipelineOptions());
  return new sdk.BlockBlobClient(destination.url, await tokenCredential(), pipelineOptions());
}

/** Uploads one blob (overwriting), with its content type. Throws the SDK's error. */
export async function uploadBlob(destination: BlobDestination, content: string, contentType: string, signal: AbortSignal): Promise<void> {
  const client = await blobClient(destination);
  const body = Buffer.from(content, 'utf8');
  await client.upload(body, body.length, { blobHTTPHeaders: { blobContentType: contentType }, abortSignal: signal });
}

/** One line, no SAS: the status and Storage error code when the service answered, else the first line of the error. */
export function describeUploadError(error: unknown, sas: string | undefined, timeoutMs: number): string {
  const e = error as { name?: string; statusCode?: number; code?: string; message?: string };
  let text: string;
  if (e?.name === 'AbortError' || e?.name === 'TimeoutError') text = `no answer within ${timeoutMs / 1000}s`;
  else if (typeof e?.statusCode === 'number') text = [e.statusCode, e.code].filter(Boolean).join(' ') + `: ${firstLine(e.message)}`;
  else if (CREDENTIAL_ERRORS.has(e?.name ?? '')) text = `no token: ${credentialReason(error)} (set ${UPLOAD_SAS_ENV} to a SAS, or give the agent an identity with Storage Blob Data Contributor)`;
  else text = [e?.code, firstLine(e?.message ?? String(error))].filter(Boolean).join(': ');
  if (sas) text = text.split(sas).join('[redacted]');
  return text.replace(/([?&]sig=)[^&\s]+/gi, '$1[redacted]');
}

const CREDENTIAL_ERRORS = new Set(['CredentialUnavailableError', 'AggregateAuthenticationError', 'AuthenticationError', 'AuthenticationRequiredError']);

/** The chain's own message is a list; the last credential tried (managed identity) says what went wrong. */
function credentialReason(error: unknown): string {
  const errors = (error as { errors?: unknown[] }).errors;
  const last = Array.isArray(errors) && errors.length > 0 ? errors.at(-1) : error;
  return firstLine((last as Error)?.message ?? String(last));
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n')[0].trim().slice(0, 300);
}

/**
 * Uploads every blob output of a run, each with its own deadline, and says one line per upload.
 * Returns false when one failed (the caller exits 3: the run happened, its output did not get out).
 */
export async function uploadReports(uploads: readonly ReportUpload[], values: PlaceholderValues, options: UploadOptions = {}): Promise<boolean> {
  const env = options.env ?? process.env;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const outcomes = await Promise.all(uploads.map(async (upload) => {
    let destination: BlobDestination;
    try {
      destination = parseBlobDestination(expandPlaceholders(upload.target, values), upload.flag, env);
    } catch (error) {
      return { ok: false, line: `vnet-probe: ${(error as Error).message}` };
    }
    try {
      await uploadBlob(destination, upload.content, upload.contentType, AbortSignal.timeout(timeoutMs));
      return { ok: true, line: `vnet-probe: ${upload.flag} uploaded to ${destination.url}` };
    } catch (error) {
      return { ok: false, line: `vnet-probe: ${upload.flag} ${destination.url}: upload failed: ${describeUploadError(error, destination.sas, timeoutMs)}` };
    }
  }));
  for (const outcome of outcomes) log(outcome.line);
  return outcomes.every((o) => o.ok);
}
