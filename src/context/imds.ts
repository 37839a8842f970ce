import { isIP } from 'node:net';

export type AzureCloud = 'public' | 'china' | 'usgov';

/** What the Azure Instance Metadata Service says about this VM and its network. */
export interface ImdsFacts {
  location?: string;
  subscriptionId?: string;
  resourceGroupName?: string;
  vmName?: string;
  vmId?: string;
  azEnvironment?: string;
  /** azEnvironment mapped to the cloud names profiles use. */
  cloud?: AzureCloud;
  privateIps: string[];
  publicIps: string[];
  subnets: Array<{ address: string; prefix: string }>;
  /** MAC address of the first interface, as IMDS prints it (`000D3AF806EC`). */
  macAddress?: string;
}

export type ImdsOutcome =
  | { status: 'ok'; facts: ImdsFacts }
  | { status: 'unavailable' | 'disabled'; message: string };

export interface ImdsQuery {
  endpoint: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

export const DEFAULT_IMDS_ENDPOINT = 'http://169.254.169.254';
export const IMDS_INSTANCE_PATH = '/metadata/instance?api-version=2021-02-01';
const MAX_BODY_BYTES = 1024 * 1024;

/** IMDS writes azEnvironment in any case (`AzurePublicCloud`, `AZUREPUBLICCLOUD`). */
export function cloudFromAzEnvironment(env: string | undefined): AzureCloud | undefined {
  switch (env?.trim().toLowerCase()) {
    case 'azurepubliccloud':
      return 'public';
    case 'azurechinacloud':
      return 'china';
    case 'azureusgovernmentcloud':
    case 'azureusgovernment':
      return 'usgov';
    default:
      return undefined;
  }
}

/** Reads the fields vnet-probe reports from an `/metadata/instance` answer; never throws. */
export function parseImdsInstance(json: unknown): ImdsFacts {
  const compute = field(json, 'compute');
  const azEnvironment = text(field(compute, 'azEnvironment'));
  const facts: ImdsFacts = {
    location: text(field(compute, 'location')),
    subscriptionId: text(field(compute, 'subscriptionId')),
    resourceGroupName: text(field(compute, 'resourceGroupName')),
    vmName: text(field(compute, 'name')),
    vmId: text(field(compute, 'vmId')),
    azEnvironment,
    cloud: cloudFromAzEnvironment(azEnvironment),
    privateIps: [],
    publicIps: [],
    subnets: [],
  };
  for (const nic of list(field(field(json, 'network'), 'interface'))) {
    facts.macAddress ??= text(field(nic, 'macAddress'));
    for (const family of ['ipv4', 'ipv6']) {
      const ip = field(nic, family);
      for (const entry of list(field(ip, 'ipAddress'))) {
        addUnique(facts.privateIps, text(field(entry, 'privateIpAddress')));
        addUnique(facts.publicIps, text(field(entry, 'publicIpAddress')));
      }
      for (const subnet of list(field(ip, 'subnet'))) {
        const address = text(field(subnet, 'address'));
        const prefix = field(subnet, 'prefix');
        const prefixText = typeof prefix === 'number' ? String(prefix) : text(prefix);
        if (address === undefined || prefixText === undefined) continue;
        if (!facts.subnets.some((s) => s.address === address && s.prefix === prefixText)) {
          facts.subnets.push({ address, prefix: prefixText });
        }
      }
    }
  }
  for (const key of Object.keys(facts) as Array<keyof ImdsFacts>) {
    if (facts[key] === undefined) delete facts[key];
  }
  return facts;
}

/**
 * GET {endpoint}/metadata/instance with `Metadata: true`. Uses node:http with its own
 * agent so no HTTP(S)_PROXY / NODE_USE_ENV_PROXY setting can route it: IMDS must be
 * reached directly. The deadline destroys the socket. Never throws.
 */
export async function queryImds(query: ImdsQuery): Promise<ImdsOutcome> {
  let url: URL;
  try {
    url = new URL(query.endpoint.replace(/\/+$/, '') + IMDS_INSTANCE_PATH);
  } catch {
    return { status: 'unavailable', message: `invalid IMDS endpoint: ${query.endpoint}` };
  }
  if (url.protocol !== 'http:') {
    return { status: 'unavailable', message: `IMDS endpoint must be http://, got ${url.protocol}//` };
  }
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  // Safety net for the test suites (NODE_TEST_CONTEXT is set by `node --test` and inherited
  // by the CLI processes tests spawn): they may only ever talk to loopback.
  if (process.env.NODE_TEST_CONTEXT !== undefined && !isLoopbackHost(hostname)) {
    return { status: 'disabled', message: 'IMDS not queried under the test runner (endpoint is not loopback)' };
  }
  const deadline = AbortSignal.timeout(query.timeoutMs);
  const signal = query.signal === undefined ? deadline : AbortSignal.any([deadline, query.signal]);
  if (signal.aborted) return { status: 'unavailable', message: abortMessage(deadline, query.timeoutMs) };

  // process.getBuiltinModule, not an ESM import: the ESM facade of node:http reads its lazy WebSocket
  // getters, which load Node's internal undici, http2 and tls (~80 ms and ~13 MB on every start)
  const { request } = process.getBuiltinModule('node:http');
  return new Promise<ImdsOutcome>((resolve) => {
    let settled = false;
    const req = request({
      protocol: 'http:',
      hostname,
      port: url.port === '' ? 80 : Number(url.port),
      path: url.pathname + url.search,
      method: 'GET',
      headers: { Metadata: 'true', Accept: 'application/json' },
      agent: false,
      signal,
    });
    const finish = (outcome: ImdsOutcome): void => {
      if (settled) return;
      settled = true;
      req.destroy();
      resolve(outcome);
    };
    const fail = (error: unknown): void => {
      const message = signal.aborted ? abortMessage(deadline, query.timeoutMs) : describeError(error);
      finish({ status: 'unavailable', message });
    };
    req.on('error', fail);
    req.on('response', (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        finish({ status: 'unavailable', message: `IMDS answered HTTP ${res.statusCode ?? '?'}` });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) finish({ status: 'unavailable', message: 'IMDS answer larger than 1 MiB' });
        else chunks.push(chunk);
      });
      res.on('error', fail);
      res.on('close', () => {
        if (!res.complete) fail(new Error('IMDS closed the connection before the answer was complete'));
      });
      res.on('end', () => {
        try {
          finish({ status: 'ok', facts: parseImdsInstance(JSON.parse(Buffer.concat(chunks).toString('utf8'))) });
        } catch {
          finish({ status: 'unavailable', message: 'IMDS answer is not JSON' });
        }
      });
    });
    req.end();
  });
}

function isLoopbackHost(hostname: string): boolean {
  if (hostname === 'localhost') return true;
  if (isIP(hostname) === 4) return hostname.startsWith('127.');
  return hostname === '::1';
}

function abortMessage(deadline: AbortSignal, timeoutMs: number): string {
  return deadline.aborted ? `no answer from IMDS within ${timeoutMs} ms` : 'IMDS query aborted';
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code !== undefined && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function addUnique(target: string[], value: string | undefined): void {
  if (value !== undefined && !target.includes(value)) target.push(value);
}
