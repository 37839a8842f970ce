import * as z from '../config/zod.ts';
import { InputError, ProbeFailure } from '../engine/errors.ts';
import type { LayerOutcome } from '../engine/probe.ts';
import { connectLayer } from '../net/connect.ts';
import { readMessage, writeAll } from '../net/read-message.ts';
import { resolveLayer } from '../net/resolve.ts';
import { decodeNegotiateResponse, encodeNegotiateRequest } from '../protocols/smb2.ts';
import type { NegotiateResponse } from '../protocols/smb2.ts';
import type { Check } from './check.ts';

// smb checks take no options yet; a strict schema turns a typo into an error instead of a no-op.
const optionsSchema = z.strictObject({});

export function parseSmbOptions(options: Record<string, unknown>): void {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw new InputError(`options: ${parsed.error.issues[0].message}`);
}

/** NetBIOS length prefix plus the decoder's own ceiling for a NEGOTIATE answer. */
const MAX_ANSWER_BYTES = 4 + 64 * 1024;
const SMB2_GLOBAL_CAP_ENCRYPTION = 0x40;
const STATUS_ACCESS_DENIED = 0xc0000022;
const AZURE_FILES_NEEDS = 'Azure Files speaks SMB 3.x only (with encryption when the client is outside its region)';

function hex32(n: number): string {
  return `0x${(n >>> 0).toString(16).padStart(8, '0')}`;
}

/** What the server will encrypt with: 3.1.1 names its cipher, 3.0/3.0.2 can only do AES-128-CCM. */
function encryption(answer: NegotiateResponse): string {
  if (answer.cipher) return answer.cipher;
  const capable = ((answer.capabilities ?? 0) & SMB2_GLOBAL_CAP_ENCRYPTION) !== 0;
  if (capable && (answer.dialectRevision === 0x0300 || answer.dialectRevision === 0x0302)) return 'AES-128-CCM';
  return 'none';
}

function judgeNegotiate(answer: NegotiateResponse): LayerOutcome<void> {
  const status = answer.statusName ?? hex32(answer.status);
  if (answer.smb1) {
    return {
      value: undefined,
      detail: { dialect: 'SMB1', status },
      warning: `the server answered an SMB2 NEGOTIATE in SMB1: ${AZURE_FILES_NEEDS}, so this is an old server or something in between`,
    };
  }
  if (answer.status !== 0) {
    const detail = { status };
    if (answer.status === STATUS_ACCESS_DENIED) throw new ProbeFailure('access_denied', `the SMB server answered NEGOTIATE with ${status}`, detail);
    return { value: undefined, detail, warning: `the SMB server answered NEGOTIATE with ${status}: it accepts none of the dialects 2.0.2–3.1.1 as offered` };
  }
  const detail: Record<string, unknown> = {
    dialect: answer.dialect,
    signingRequired: answer.signingRequired,
    serverGuid: answer.serverGuid,
    encryption: encryption(answer),
  };
  if (answer.capabilities !== undefined) detail.capabilities = hex32(answer.capabilities);
  if (answer.maxReadSize !== undefined) detail.maxReadSize = answer.maxReadSize;
  if (answer.maxWriteSize !== undefined) detail.maxWriteSize = answer.maxWriteSize;
  const warning = answer.dialectRevision < 0x0300 || answer.dialectRevision === 0x02ff
    ? `the server chose SMB ${answer.dialect}: ${AZURE_FILES_NEEDS}; this is not Azure Files, or something on the path downgrades`
    : undefined;
  return { value: undefined, detail, warning };
}

/** smb://HOST[:445] — an SMB2 NEGOTIATE (2.0.2–3.1.1) proves an SMB server without credentials. */
export const smbCheck: Check = async (target, spec, run) => {
  parseSmbOptions(spec.options);
  const addresses = await resolveLayer(run, target.host, { server: spec.dns.server, tcp: spec.dns.tcp, expect: spec.expect });
  const socket = await connectLayer(run, addresses, target.port);
  await run.layer('protocol', async () => {
    await writeAll(run, socket, encodeNegotiateRequest());
    const { value } = await readMessage(run, socket, decodeNegotiateResponse, { maxBytes: MAX_ANSWER_BYTES, what: 'the SMB2 NEGOTIATE answer' });
    return judgeNegotiate(value);
  });
  run.release(socket);
  return run.layers;
};
