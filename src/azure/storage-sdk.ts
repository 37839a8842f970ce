import type { LookupAddress } from 'node:dns';
import https from 'node:https';
import net from 'node:net';
import type { BlobServiceClient, StoragePipelineOptions } from '@azure/storage-blob';
import type { CheckSpec } from '../config/spec.ts';
import type { ProbeRun } from '../engine/probe.ts';
import { isIpLiteral } from '../net/address.ts';
import { secureContextFor } from '../net/tls.ts';
import type { StorageCredentials } from './storage-credentials.ts';
import type { StorageEndpoint } from './storage-endpoint.ts';
import { blobUrl } from './storage-endpoint.ts';

type BlobSdk = typeof import('@azure/storage-blob');
type IdentitySdk = typeof import('@azure/identity');

let blobSdk: Promise<BlobSdk> | undefined;
let identitySdk: Promise<IdentitySdk> | undefined;

/**
 * The blob SDK, loaded on first use only: a run without credentialed storage checks never pays
 * for it (~0.5 s of module loading). `serve` and warm-ups may call this before the clock starts.
 */
export function loadBlobSdk(): Promise<BlobSdk> {
  blobSdk ??= import('@azure/storage-blob');
  return blobSdk;
}

/** @azure/identity, for managed identity only; loaded on first use like the blob SDK. */
export function loadIdentitySdk(): Promise<IdentitySdk> {
  identitySdk ??= import('@azure/identity');
  return identitySdk;
}

interface ConnectFacts {
  address?: string;
  proxied: boolean;
}

/** What the connect rung of this run used: the SDK must go the same way. */
function connectFacts(run: ProbeRun): ConnectFacts {
  const detail = run.layers.find((l) => l.layer === 'connect' && l.ok)?.detail;
  return { address: typeof detail?.address === 'string' ? detail.address : undefined, proxied: detail?.proxy !== undefined };
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * An agent for the SDK's own sockets that trusts what the tls rung trusts (system roots,
 * NODE_EXTRA_CA_CERTS, tls.ca) and connects to the address the resolve rung found, so a
 * `dns.server` setting or a private DNS answer applies to the SDK too. None when a proxy is in
 * use: the SDK then goes through the proxy itself (and trusts NODE_EXTRA_CA_CERTS, not tls.ca).
 */
export function sdkAgent(run: ProbeRun, spec: CheckSpec, host: string): https.Agent | undefined {
  const facts = connectFacts(run);
  if (facts.proxied) return undefined;
  const pinned = !isIpLiteral(host) && facts.address ? facts.address : undefined;
  const lookup = pinned
    ? (_hostname: string, options: { all?: boolean }, callback: LookupCallback) => {
      const family = net.isIP(pinned);
      if (options.all) callback(null, [{ address: pinned, family }]);
      else callback(null, pinned, family);
    }
    : undefined;
  return run.own(new https.Agent({
    keepAlive: true,
    maxSockets: 2,
    // the tls rung's cached context: same roots, tls.ca and client certificate, no re-parsing per connection
    secureContext: secureContextFor(spec.tls),
    ...(spec.tls.servername ? { servername: spec.tls.servername } : {}),
    ...(lookup ? { lookup: lookup as unknown as net.LookupFunction } : {}),
  }));
}

/** Pipeline options: one try (the engine owns the deadline and reports at once), our agent or the configured proxy. */
function pipelineOptions(agent: https.Agent | undefined, proxy: false | string | undefined): StoragePipelineOptions {
  const options: StoragePipelineOptions & { agent?: https.Agent } = {
    retryOptions: { maxTries: 1 },
    userAgentOptions: { userAgentPrefix: 'vnet-probe' },
  };
  // `agent` is not in StoragePipelineOptions' type, but the SDK hands its options to core-rest-pipeline,
  // whose agent policy uses it for every request (a custom agent also takes precedence over proxies).
  if (agent) options.agent = agent;
  else if (typeof proxy === 'string') {
    const url = new URL(proxy);
    options.proxyOptions = {
      host: `${url.protocol}//${url.hostname}`,
      port: Number(url.port) || 80,
      ...(url.username ? { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) } : {}),
    };
  }
  return options;
}

/** A BlobServiceClient for the target's account with the check's credentials. */
export async function createBlobClient(credentials: StorageCredentials, endpoint: StorageEndpoint, agent: https.Agent | undefined, proxy: false | string | undefined): Promise<BlobServiceClient> {
  const sdk = await loadBlobSdk();
  const options = pipelineOptions(agent, proxy);
  const url = blobUrl(endpoint);
  switch (credentials.kind) {
    case 'sharedKey':
      return new sdk.BlobServiceClient(url, new sdk.StorageSharedKeyCredential(credentials.accountName, credentials.accountKey.reveal()), options);
    case 'sas':
      return new sdk.BlobServiceClient(`${url}?${credentials.sas.reveal()}`, new sdk.AnonymousCredential(), options);
    case 'managedIdentity': {
      const { ManagedIdentityCredential } = await loadIdentitySdk();
      const credential = credentials.clientId ? new ManagedIdentityCredential({ clientId: credentials.clientId }) : new ManagedIdentityCredential();
      return new sdk.BlobServiceClient(url, credential, options);
    }
  }
}
