import { readFileSync } from 'node:fs';
import type net from 'node:net';
import tls from 'node:tls';
import { InputError, ProbeFailure } from '../engine/errors.ts';
import type { ProbeRun } from '../engine/probe.ts';
import { ipFamily } from './address.ts';
import { nodeDefaultRoots, pemIdentity, readSystemRoots } from './system-roots.ts';

export interface TlsOptions {
  servername?: string;
  /** PEM file(s) trusted besides the system roots and NODE_EXTRA_CA_CERTS. */
  ca?: string[];
  cert?: string;
  key?: string;
  alpn?: string[];
  /** Issuer organisations / common names expected on an Azure endpoint (Microsoft and DigiCert by default). */
  expectIssuer?: string[];
  minVersion?: tls.SecureVersion;
}

export interface CertificateFacts {
  subject: string;
  issuer: string;
  issuerOrganization?: string;
  sans: string[];
  notBefore: string;
  notAfter: string;
  daysLeft: number;
  fingerprint256: string;
  chain: string[];
}

export const DEFAULT_AZURE_ISSUERS = ['Microsoft Corporation', 'DigiCert'];
const AZURE_SUFFIXES = [
  '.windows.net', '.azure.net', '.azure.com', '.microsoftonline.com', '.microsoft.com', '.microsoftmetrics.com',
  '.chinacloudapi.cn', '.azure.cn', '.usgovcloudapi.net', '.microsoftonline.us', '.azure.us', '.windows.net.',
];
const EXPIRY_WARNING_DAYS = 14;
/**
 * The key-exchange groups the probe offers: the classic ones, as the workloads it stands in for send them
 * (APIM's SChannel, the Azure SDKs, blackbox_exporter). Node 24's default adds the post-quantum hybrid
 * X25519MLKEM768, whose 1.2 KB key share costs ~0.2 ms per handshake and stretches the ClientHello over
 * two packets, a shape some TLS-inspecting firewalls mishandle: a probe must not fail, or pass, where
 * the workload would not.
 */
const KEY_EXCHANGE_GROUPS = 'X25519:P-256:P-384';
const UNTRUSTED_CODES = new Set([
  'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'CERT_UNTRUSTED', 'CERT_SIGNATURE_FAILURE', 'CERT_REJECTED',
  'INVALID_CA', 'PATH_LENGTH_EXCEEDED', 'INVALID_PURPOSE',
]);

export function isAzureHost(host: string): boolean {
  const lower = `.${host.toLowerCase()}`;
  return AZURE_SUFFIXES.some((suffix) => lower.endsWith(suffix));
}

let systemRoots: string[] | undefined;
let systemOnlyRoots: string[] | undefined;
const fileCache = new Map<string, string>();
const contexts = new Map<string, tls.SecureContext>();

/**
 * One secure context per trust/identity combination. Node's own root store (bundled roots and
 * NODE_EXTRA_CA_CERTS, parsed once per process) is the base; only what it lacks is added as PEM:
 * handing every root over as `ca` would parse them all again (~25 ms for each context).
 */
export function secureContextFor(options: Pick<TlsOptions, 'ca' | 'cert' | 'key' | 'minVersion'>): tls.SecureContext {
  const key = JSON.stringify([options.ca ?? [], options.cert ?? '', options.key ?? '', options.minVersion ?? '']);
  let context = contexts.get(key);
  if (!context) {
    for (const file of options.ca ?? []) {
      if (!readPem(file).includes('-----BEGIN CERTIFICATE-----')) throw new InputError(`tls.ca: ${file} holds no PEM certificate`);
    }
    const material = {
      cert: options.cert ? readPem(options.cert) : undefined,
      key: options.key ? readPem(options.key) : undefined,
      minVersion: options.minVersion,
      ecdhCurve: KEY_EXCHANGE_GROUPS,
    };
    try {
      context = tls.createSecureContext(material);
    } catch (error) {
      // a cert/key that is not PEM, or a key that does not fit the cert: the user's to fix (exit 2)
      throw new InputError(`tls.cert/tls.key (${options.cert ?? '-'}, ${options.key ?? '-'}): ${(error as Error).message}`);
    }
    // the native context's addCACert() is what the `ca` option calls for each certificate
    const native = (context as unknown as { context: { addCACert(pem: string): void } }).context;
    for (const pem of [...systemRootsNodeLacks(), ...(options.ca ?? []).map(readPem)]) native.addCACert(pem);
    contexts.set(key, context);
  }
  return context;
}

/** The system store's roots that Node's default store (bundled + NODE_EXTRA_CA_CERTS) does not hold. */
function systemRootsNodeLacks(): string[] {
  if (!systemOnlyRoots) {
    const defaults = new Set(nodeDefaultRoots().map(pemIdentity));
    systemOnlyRoots = readSystemRoots().filter((pem) => !defaults.has(pemIdentity(pem)));
  }
  return systemOnlyRoots;
}

/** System roots + Node's bundled roots + NODE_EXTRA_CA_CERTS + the configured files, as PEM. */
export function trustStore(extraFiles: string[] = []): string[] {
  if (!systemRoots) {
    systemRoots = [...nodeDefaultRoots(), ...systemRootsNodeLacks()];
  }
  if (extraFiles.length === 0) return systemRoots;
  return [...systemRoots, ...extraFiles.map(readPem)];
}

export function readPem(file: string): string {
  let pem = fileCache.get(file);
  if (pem === undefined) {
    try {
      pem = readFileSync(file, 'utf8');
    } catch (error) {
      // a tls.ca / tls.cert / tls.key path that cannot be read is the user's to fix (exit 2), not an internal error
      throw new InputError(`tls: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    fileCache.set(file, pem);
  }
  return pem;
}

function dn(name: Record<string, string | string[]> | undefined): string {
  if (!name) return '';
  return Object.entries(name).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`).join(', ');
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function certificateFacts(peer: tls.DetailedPeerCertificate, now = Date.now()): CertificateFacts {
  const notAfter = new Date(peer.valid_to);
  const chain: string[] = [];
  const seen = new Set<string>();
  let link: tls.DetailedPeerCertificate | undefined = peer;
  while (link && !seen.has(link.fingerprint256) && chain.length < 10) {
    seen.add(link.fingerprint256);
    chain.push(dn(link.subject as unknown as Record<string, string>));
    link = link.issuerCertificate;
  }
  return {
    subject: dn(peer.subject as unknown as Record<string, string>),
    issuer: dn(peer.issuer as unknown as Record<string, string>),
    issuerOrganization: first(peer.issuer?.O),
    sans: (peer.subjectaltname ?? '').split(/,\s*/).filter(Boolean),
    notBefore: new Date(peer.valid_from).toISOString(),
    notAfter: notAfter.toISOString(),
    daysLeft: Math.floor((notAfter.getTime() - now) / 86_400_000),
    fingerprint256: peer.fingerprint256,
    chain,
  };
}

function issuedByExpected(peer: tls.DetailedPeerCertificate, expected: string[]): boolean {
  const wanted = expected.map((e) => e.toLowerCase());
  const seen = new Set<string>();
  let link: tls.DetailedPeerCertificate | undefined = peer;
  while (link && !seen.has(link.fingerprint256)) {
    seen.add(link.fingerprint256);
    const names = [first(link.issuer?.O), first(link.issuer?.CN)].filter(Boolean).map((n) => n!.toLowerCase());
    if (names.some((n) => wanted.some((w) => n.includes(w)))) return true;
    link = link.issuerCertificate;
  }
  return false;
}

function handshake(run: ProbeRun, socket: net.Socket, host: string, options: TlsOptions): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    const secure = run.own(tls.connect({
      socket,
      host, // the name Node verifies the certificate against when there is no SNI (an IP target)
      servername: options.servername ?? (ipFamily(host) ? undefined : host),
      secureContext: secureContextFor(options),
      ALPNProtocols: options.alpn,
      rejectUnauthorized: false, // judged below, so the certificate is reported even when it fails
    }));
    const onAbort = () => reject(run.signal.reason);
    run.signal.addEventListener('abort', onAbort, { once: true });
    secure.once('secureConnect', () => {
      run.signal.removeEventListener('abort', onAbort);
      secure.removeAllListeners('error');
      secure.on('error', () => {});
      resolve(secure);
    });
    secure.once('error', (error: NodeJS.ErrnoException) => {
      run.signal.removeEventListener('abort', onAbort);
      const reason = error.code === 'ECONNRESET' || error.message.includes('socket disconnected')
        ? `the peer closed the connection during the TLS handshake (${error.code ?? error.message}): not a TLS endpoint, or a firewall cut it`
        : `TLS handshake failed: ${error.message}`;
      reject(new ProbeFailure('tls_handshake_failed', reason));
    });
  });
}

/** The tls rung: handshake with SNI, then trust, name, expiry and issuer judged apart. */
export async function tlsLayer(run: ProbeRun, socket: net.Socket, host: string, options: TlsOptions = {}): Promise<tls.TLSSocket> {
  return run.layer('tls', async () => {
    const secure = await handshake(run, socket, host, options);
    const peer = secure.getPeerCertificate(true);
    if (!peer || !peer.raw) throw new ProbeFailure('tls_handshake_failed', 'the server presented no certificate');
    const cert = certificateFacts(peer);
    const servername = options.servername ?? host;
    const detail: Record<string, unknown> = { protocol: secure.getProtocol(), cipher: secure.getCipher()?.name, keyExchange: (secure.getEphemeralKeyInfo() as tls.EphemeralKeyInfo | null)?.name, alpn: secure.alpnProtocol || undefined, servername, ...cert };
    const expected = options.expectIssuer ?? DEFAULT_AZURE_ISSUERS;
    if (isAzureHost(servername) && !issuedByExpected(peer, expected)) {
      throw new ProbeFailure('tls_inspected', `${servername} presented a certificate issued by "${cert.issuer}", not by ${expected.join(' or ')} as Azure endpoints are: something re-signs TLS on the path`, detail);
    }
    const code = secure.authorizationError ? String((secure.authorizationError as NodeJS.ErrnoException).code ?? secure.authorizationError) : undefined;
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') throw new ProbeFailure('tls_hostname_mismatch', `the certificate is for ${cert.sans.join(', ') || cert.subject}, not ${servername}`, detail);
    if (code === 'CERT_HAS_EXPIRED') throw new ProbeFailure('tls_expired', `the certificate of ${servername} expired on ${cert.notAfter}`, detail);
    if (code === 'CERT_NOT_YET_VALID') throw new ProbeFailure('tls_expired', `the certificate of ${servername} is not valid before ${cert.notBefore}`, detail);
    if (code && UNTRUSTED_CODES.has(code)) throw new ProbeFailure('tls_untrusted', `the certificate of ${servername} (issuer "${cert.issuer}") is not trusted: ${code}`, detail);
    if (code) throw new ProbeFailure('tls_untrusted', `the certificate of ${servername} was rejected: ${code}`, detail);
    const mismatch = tls.checkServerIdentity(servername, peer);
    if (mismatch) throw new ProbeFailure('tls_hostname_mismatch', `the certificate is for ${cert.sans.join(', ') || cert.subject}, not ${servername}`, detail);
    const warning = cert.daysLeft < EXPIRY_WARNING_DAYS ? `the certificate of ${servername} expires in ${cert.daysLeft} days (${cert.notAfter})` : undefined;
    return { value: secure, detail, warning };
  });
}
