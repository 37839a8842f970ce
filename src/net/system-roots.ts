import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import tls from 'node:tls';

// The system's trust store as PEM text, read the way OpenSSL finds it: a bundle file and a directory
// of certificates. Not tls.getCACertificates('system'): that parses every file natively (576 X509
// objects for 144 roots on Debian, where each root also appears as a hash link and in the bundle),
// ~100 ms of CPU and ~10 MB kept for the life of the process, only for us to keep the few roots that
// Node's bundled store lacks (an NVA's inspection CA installed with update-ca-certificates, say).
// OpenSSL's own lookup also tries the hash links of the directory; a root placed there by hand
// without update-ca-certificates is found only with SSL_CERT_DIR set.

const BUNDLES = [
  '/etc/ssl/certs/ca-certificates.crt', // Debian, Ubuntu, Alpine, distroless
  '/etc/pki/tls/certs/ca-bundle.crt', // RHEL, Fedora, Azure Linux
  '/etc/ssl/ca-bundle.pem', // SUSE
  '/etc/ssl/cert.pem', // Alpine, BSD
];
const CERT_DIR = '/etc/ssl/certs';
const PEM = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/**
 * What tells two PEM spellings of one certificate apart from other certificates, cheaply: the last 96
 * base64 characters (72 bytes of its signature, unique to it), whitespace and line endings ignored.
 */
export function pemIdentity(pem: string): string {
  const end = pem.lastIndexOf('-----END');
  return pem.slice(Math.max(0, end - 200), end).replace(/\s+/g, '').slice(-96);
}

export function pemCertificates(text: string): string[] {
  return text.match(PEM) ?? [];
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'latin1');
  } catch {
    return '';
  }
}

function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => !entry.isDirectory())
      .map((entry) => path.join(dir, entry.name));
  } catch {
    return [];
  }
}

/** Every certificate of the system store once, as PEM; an unreadable store is an empty one. */
export function readSystemRoots(env: NodeJS.ProcessEnv = process.env): string[] {
  const bundles = env.SSL_CERT_FILE ? [env.SSL_CERT_FILE] : BUNDLES;
  let bundle = '';
  for (const file of bundles) if (!bundle) bundle = readText(file);
  // update-ca-certificates and its kin write every root to the bundle; the directory (hundreds of
  // symlinks to the same roots) is read when asked for or when there is no bundle
  const dir = env.SSL_CERT_DIR ?? (bundle ? undefined : CERT_DIR);
  const texts = [bundle, ...(dir ? filesIn(dir).map(readText) : [])];
  const seen = new Set<string>();
  const roots: string[] = [];
  for (const text of texts) {
    for (const pem of pemCertificates(text)) {
      const id = pemIdentity(pem);
      if (seen.has(id)) continue;
      seen.add(id);
      roots.push(`${pem}\n`);
    }
  }
  return roots;
}

/**
 * The roots of Node's default store, as PEM, without tls.getCACertificates('default'), which turns
 * every one of them into PEM again through OpenSSL (~18 ms): the bundled roots are text already, and
 * NODE_EXTRA_CA_CERTS is a file.
 */
export function nodeDefaultRoots(env: NodeJS.ProcessEnv = process.env): string[] {
  const extra = env.NODE_EXTRA_CA_CERTS ? pemCertificates(readText(env.NODE_EXTRA_CA_CERTS)).map((pem) => `${pem}\n`) : [];
  return [...tls.rootCertificates, ...extra];
}
