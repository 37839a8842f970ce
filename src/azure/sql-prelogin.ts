import type net from 'node:net';
import { ProbeFailure } from '../engine/errors.ts';
import { decodePreloginResponse, encodePrelogin, type PreloginResponse } from '../protocols/tds.ts';

/** A PRELOGIN answer is a few dozen bytes; a peer that sends more than this is not answering one. */
const ANSWER_CAP = 64 * 1024;
const PREVIEW_BYTES = 48;

/** The first bytes of a wrong answer, printable ASCII only: enough to recognise an HTTP proxy or a banner. */
export function previewBytes(buf: Buffer): string {
  return buf.subarray(0, PREVIEW_BYTES).toString('latin1').replace(/[^\x20-\x7e]/g, '.');
}

function notTds(port: number, why: string, received: Buffer): ProbeFailure {
  return new ProbeFailure(
    'protocol_mismatch',
    `something answered on ${port} but not SQL Server (TDS): ${why}`,
    { bytesReceived: received.length, ...(received.length > 0 ? { firstBytes: previewBytes(received) } : {}) },
  );
}

/**
 * Sends a PRELOGIN on a connected socket and reads the answer, capped, until it decodes.
 * ENCRYPTION is sent as OFF so the answer shows the server's own policy (Azure SQL says REQUIRED).
 * Rejects with the signal's reason at the deadline, so the engine reports protocol_timeout.
 */
export function exchangePrelogin(socket: net.Socket, port: number, signal: AbortSignal): Promise<PreloginResponse> {
  return new Promise((resolve, reject) => {
    let received: Buffer = Buffer.alloc(0);
    const finish = (settle: () => void) => {
      socket.off('data', onData);
      socket.off('end', onEnd);
      socket.off('close', onEnd);
      socket.off('error', onError);
      signal.removeEventListener('abort', onAbort);
      settle();
    };
    const onData = (chunk: Buffer) => {
      received = received.length === 0 ? chunk : Buffer.concat([received, chunk]);
      if (received.length > ANSWER_CAP) {
        finish(() => reject(notTds(port, `more than ${ANSWER_CAP} bytes without a complete PRELOGIN answer`, received)));
        return;
      }
      const decoded = decodePreloginResponse(received);
      if (decoded.kind === 'ok') finish(() => resolve(decoded.value));
      else if (decoded.kind === 'malformed') finish(() => reject(notTds(port, decoded.reason, received)));
    };
    const onEnd = () => {
      const why = received.length === 0
        ? 'the peer closed the connection without answering the PRELOGIN'
        : `the peer closed the connection after ${received.length} bytes of an incomplete PRELOGIN answer`;
      finish(() => reject(notTds(port, why, received)));
    };
    const onError = (error: NodeJS.ErrnoException) => {
      finish(() => reject(notTds(port, `the peer reset the connection (${error.code ?? error.message}) instead of answering the PRELOGIN`, received)));
    };
    const onAbort = () => finish(() => reject(signal.reason));
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    socket.on('data', onData);
    socket.once('end', onEnd);
    socket.once('close', onEnd);
    socket.once('error', onError);
    signal.addEventListener('abort', onAbort, { once: true });
    socket.write(encodePrelogin({ encryption: 'off', threadId: process.pid }));
  });
}

const PRODUCTS: Record<number, string> = {
  17: 'SQL Server 2025',
  16: 'SQL Server 2022',
  15: 'SQL Server 2019',
  14: 'SQL Server 2017',
  13: 'SQL Server 2016',
  12: 'Azure SQL Database / Managed Instance or SQL Server 2014',
  11: 'SQL Server 2012',
};

/** What the protocol rung reports about the server, from its PRELOGIN answer. */
export function preloginDetail(answer: PreloginResponse): Record<string, unknown> {
  const detail: Record<string, unknown> = {
    version: answer.version,
    product: PRODUCTS[answer.build.major] ?? 'unknown SQL Server version',
    encryption: answer.encryption,
  };
  // a server answers FEDAUTHREQUIRED only when the client's PRELOGIN carries it
  if (answer.fedAuthRequired !== undefined) detail.fedAuthRequired = answer.fedAuthRequired;
  if (answer.instanceName !== undefined) detail.instance = answer.instanceName;
  if (answer.mars !== undefined) detail.mars = answer.mars;
  detail.tls = 'not checked here: TDS negotiates TLS inside PRELOGIN packets after this exchange; the auth layer exercises it when credentials are given';
  return detail;
}
