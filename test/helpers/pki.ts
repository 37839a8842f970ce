import { createCa, type KeyPair, type TestCa, type IssueOptions } from '../../src/demo/pki.ts';
import type { TempDir } from './tmp.ts';

export interface CaOnDisk {
  ca: TestCa;
  /** the CA certificate as a PEM file, for tls.ca */
  caFile: string;
  /** issues a leaf and writes it as NAME.pem / NAME-key.pem */
  issue(name: string, options: IssueOptions): Promise<KeyPair & { certFile: string; keyFile: string }>;
}

/** A throw-away CA (src/demo/pki.ts) with its files in `dir`. */
export async function caOnDisk(dir: TempDir, subject: string, fileName = 'ca'): Promise<CaOnDisk> {
  const ca = await createCa(subject);
  const caFile = dir.file(`${fileName}.pem`, ca.cert);
  return {
    ca,
    caFile,
    async issue(name, options) {
      const pair = await ca.issue(options);
      return { ...pair, certFile: dir.file(`${name}.pem`, pair.cert), keyFile: dir.file(`${name}-key.pem`, pair.key) };
    },
  };
}
