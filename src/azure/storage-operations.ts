import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { BlobServiceClient } from '@azure/storage-blob';
import { ProbeFailure } from '../engine/errors.ts';
import type { LayerOutcome } from '../engine/probe.ts';
import { sdkFailure } from './storage-sdk-errors.ts';

export type StorageOperation = 'list' | 'write';

export const DEFAULT_PROBE_CONTAINER = 'vnet-probe';

async function step<T>(name: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw sdkFailure(error, name);
  }
}

/**
 * The auth rung: Get Account Information, the cheapest call that proves the credential. With a
 * container it is asked of the container, which a container-scoped SAS may call too.
 */
export async function authenticate(client: BlobServiceClient, container: string | undefined, signal: AbortSignal): Promise<LayerOutcome<undefined>> {
  const info = container
    ? await step('getAccountInfo', () => client.getContainerClient(container).getAccountInfo({ abortSignal: signal }))
    : await step('getAccountInfo', () => client.getAccountInfo({ abortSignal: signal }));
  return {
    value: undefined,
    detail: {
      call: 'getAccountInfo',
      ...(info.skuName ? { skuName: info.skuName } : {}),
      ...(info.accountKind ? { accountKind: info.accountKind } : {}),
      ...(info.isHierarchicalNamespaceEnabled !== undefined ? { hierarchicalNamespace: info.isHierarchicalNamespaceEnabled } : {}),
      ...(info.requestId ? { requestId: info.requestId } : {}),
    },
  };
}

/** Lists the first container (or, with a container, its first blob): a read the credential must be allowed. */
export async function listOperation(client: BlobServiceClient, container: string | undefined, signal: AbortSignal): Promise<LayerOutcome<undefined>> {
  if (container) {
    const page = await step('list blobs', () => client.getContainerClient(container).listBlobsFlat({ abortSignal: signal }).byPage({ maxPageSize: 1 }).next());
    const items = page.done ? 0 : page.value.segment.blobItems.length;
    return { value: undefined, detail: { operation: 'list blobs', container, returned: items } };
  }
  const page = await step('list containers', () => client.listContainers({ abortSignal: signal }).byPage({ maxPageSize: 1 }).next());
  const items = page.done ? 0 : (page.value.containerItems ?? []).length;
  return { value: undefined, detail: { operation: 'list containers', returned: items } };
}

/**
 * Creates (if missing) the container, writes a small probe blob, reads it back and deletes it. A
 * delete that fails leaves the write proven: it is a warning, naming the blob left behind.
 */
export async function writeOperation(client: BlobServiceClient, container: string, signal: AbortSignal): Promise<LayerOutcome<undefined>> {
  const containerClient = client.getContainerClient(container);
  const created = await step(`create container ${container}`, () => containerClient.createIfNotExists({ abortSignal: signal }));
  const blobName = `${DEFAULT_PROBE_CONTAINER}/${os.hostname()}-${randomUUID()}.txt`;
  const blob = containerClient.getBlockBlobClient(blobName);
  const content = Buffer.from(`vnet-probe write check from ${os.hostname()} at ${new Date().toISOString()}\n`);
  await step('upload probe blob', () => blob.upload(content, content.length, { abortSignal: signal, blobHTTPHeaders: { blobContentType: 'text/plain' } }));
  const read = await step('read probe blob back', () => blob.downloadToBuffer(0, undefined, { abortSignal: signal }));
  const detail: Record<string, unknown> = { operation: 'write', container, containerCreated: created.succeeded, blob: blobName, bytes: content.length };
  if (!read.equals(content)) {
    throw new ProbeFailure('protocol_mismatch', `the probe blob read back differs from what was written (${read.length} bytes, wrote ${content.length})`, detail);
  }
  try {
    await blob.delete({ abortSignal: signal });
  } catch (error) {
    if (signal.aborted) throw error;
    const failure = sdkFailure(error, 'delete probe blob');
    const why = failure instanceof Error ? failure.message : String(failure);
    return { value: undefined, detail, warning: `the write works, but the probe blob ${container}/${blobName} could not be deleted: ${why}` };
  }
  return { value: undefined, detail: { ...detail, deleted: true } };
}
