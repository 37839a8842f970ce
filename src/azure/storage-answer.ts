import { ProbeFailure } from '../engine/errors.ts';
import type { LayerOutcome } from '../engine/probe.ts';

/** What the protocol rung keeps of an HTTP answer (see net/http-exchange.ts HttpAnswer). */
export interface StorageHttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface StorageError {
  code?: string;
  message?: string;
}

const TEXT_CAP = 300;

function clean(text: string): string {
  const line = text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '.').trim();
  return line.length > TEXT_CAP ? `${line.slice(0, TEXT_CAP)}…` : line;
}

function xmlText(xml: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  if (!match) return undefined;
  return match[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The service's error code and message: header first, then the XML (blob, queue, file) or JSON (table) body. */
export function parseStorageError(headers: Record<string, string>, body: Buffer): StorageError {
  const text = body.toString('utf8');
  let code: string | undefined = headers['x-ms-error-code'];
  let message: string | undefined;
  if (text.trimStart().startsWith('<')) {
    code ??= xmlText(text, 'Code');
    message = xmlText(text, 'Message');
  } else if (text.trimStart().startsWith('{')) {
    try {
      const json = JSON.parse(text) as Record<string, { code?: string; message?: string | { value?: string } }>;
      const error = json['odata.error'] ?? json.error;
      code ??= error?.code;
      message = typeof error?.message === 'string' ? error.message : error?.message?.value;
    } catch {
      // not JSON after all: the header code, if any, stands
    }
  }
  const out: StorageError = {};
  if (code) out.code = clean(code);
  if (message) out.message = clean(message.split(/\r?\nRequestId:/)[0]);
  return out;
}

/**
 * 403 AuthorizationFailure is how Storage refuses a client its network rules (firewall, virtual
 * network rules, public network access disabled) do not allow: "This request is not authorized to
 * perform this operation." Azurite uses the same code for a missing or bad signature, with the
 * authentication message; that one is a credential answer, not a network denial.
 */
export function isNetworkRuleDenial(status: number, error: StorageError): boolean {
  if (status !== 403 || error.code !== 'AuthorizationFailure') return false;
  return !/failed to authenticate/i.test(error.message ?? '');
}

const KEPT_HEADERS = ['server', 'x-ms-request-id', 'x-ms-error-code', 'x-ms-version', 'www-authenticate'];

function keptHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(KEPT_HEADERS.filter((h) => headers[h]).map((h) => [h, clean(headers[h])]));
}

/**
 * The protocol rung's verdict on an anonymous request. Only Azure Storage signs its answers with
 * x-ms-request-id; an answer without it came from something else (a proxy, a firewall's block
 * page, another server). A rejection of the missing credentials proves the path; a network-rule
 * denial is access_denied.
 */
export function judgeAnonymousAnswer(answer: StorageHttpAnswer, where: { account: string; service: string }): LayerOutcome<undefined> {
  const headers = keptHeaders(answer.headers);
  if (!answer.headers['x-ms-request-id']) {
    throw new ProbeFailure(
      'protocol_mismatch',
      `answered HTTP ${answer.status}, but not as Azure Storage (no x-ms-request-id): a proxy or a different server`,
      { status: answer.status, headers },
    );
  }
  const error = parseStorageError(answer.headers, answer.body);
  const detail: Record<string, unknown> = {
    account: where.account, service: where.service, status: answer.status, headers,
    ...(error.code ? { errorCode: error.code } : {}), ...(error.message ? { errorMessage: error.message } : {}),
  };
  if (isNetworkRuleDenial(answer.status, error)) {
    throw new ProbeFailure(
      'access_denied',
      `the storage account refused this client by its network rules (403 AuthorizationFailure: ${error.message ?? 'not authorized'})`,
      detail,
    );
  }
  if (answer.status >= 500) {
    return {
      value: undefined,
      detail: { ...detail, result: 'Azure Storage answered, with a server error' },
      warning: `the storage service answered ${answer.status}${error.code ? ` ${error.code}` : ''}: the path works, the service is struggling`,
    };
  }
  if (answer.status < 300) return { value: undefined, detail: { ...detail, result: 'the account answered an anonymous request: the network path to the account works' } };
  return {
    value: undefined,
    detail: { ...detail, result: `anonymous request rejected as expected (${answer.status}${error.code ? ` ${error.code}` : ''}): the network path to the account works` },
  };
}
