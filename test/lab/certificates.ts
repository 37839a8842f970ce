import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createCa, days, type KeyPair } from '../../src/demo/pki.ts';

/**
 * The lab's PKI. The lab CA plays the CA that signs Azure's endpoints; scenarios tell the agent so
 * with `tls.expectIssuer: [LAB_CA_NAME]` (the issuer check otherwise expects Microsoft/DigiCert).
 * The firewall CA is the one a TLS-inspecting NVA re-signs with. The agent trusts both (through
 * NODE_EXTRA_CA_CERTS), as a client behind an inspecting firewall usually does.
 */
export const LAB_CA_NAME = 'vnet-probe lab CA';
export const FIREWALL_CA_NAME = 'Contoso Firewall TLS Inspection CA';

/** Every Azure-named endpoint of the lab, private or public, presents a certificate with these names. */
export const AZURE_NAMES = [
  '*.blob.core.windows.net', '*.table.core.windows.net', '*.queue.core.windows.net', '*.file.core.windows.net',
  '*.privatelink.blob.core.windows.net', '*.store.core.windows.net',
  '*.database.windows.net', '*.privatelink.database.windows.net', '*.lab.worker.database.windows.net',
  '*.servicebus.windows.net', '*.privatelink.servicebus.windows.net',
  '*.vault.azure.net', '*.vaultcore.azure.net', '*.privatelink.vaultcore.azure.net',
  '*.prod.microsoftmetrics.com', 'gcs.prod.monitoring.core.windows.net', 'gcs.prod.warm.ingestion.monitoring.azure.com',
  'login.microsoftonline.com', 'login.windows.net', '*.msn.com',
];

/** Files the servers and the agent read. */
export interface LabCertificates {
  /** NODE_EXTRA_CA_CERTS of the agent: the lab CA and the firewall CA */
  bundle: string;
  labCa: string;
  firewallCa: string;
  azure: KeyPair;
  firewall: KeyPair;
  api: KeyPair;
  expired: KeyPair;
  wrongName: KeyPair;
  onprem: KeyPair;
}

/** A certificate with many names: its server flight is larger than the VPN tunnel's MTU. */
function bulkyNames(host: string): string[] {
  return [host, ...Array.from({ length: 60 }, (_, i) => `alias-${String(i).padStart(2, '0')}.${host}`)];
}

export async function makeLabCertificates(dir: string): Promise<{ files: LabCertificates; pems: Record<string, KeyPair> }> {
  const [labCa, firewallCa] = await Promise.all([
    createCa(`CN=${LAB_CA_NAME}, O=vnet-probe lab`),
    createCa(`CN=${FIREWALL_CA_NAME}, O=Contoso`),
  ]);
  const pems: Record<string, KeyPair> = {
    azure: await labCa.issue({ names: AZURE_NAMES, commonName: '*.core.windows.net' }),
    firewall: await firewallCa.issue({ names: AZURE_NAMES, commonName: '*.core.windows.net' }),
    api: await labCa.issue({ names: ['api.lab.internal'] }),
    expired: await labCa.issue({ names: ['expired.lab.internal'], notBefore: days(-30), notAfter: days(-2) }),
    wrongName: await labCa.issue({ names: ['other.lab.internal'] }),
    onprem: await labCa.issue({ names: bulkyNames('onprem-api.contoso.lab') }),
  };
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`, { mode: 0o600 });
    return file;
  };
  const pair = (name: string): KeyPair => ({ cert: write(`${name}.crt`, pems[name].cert), key: write(`${name}.key`, pems[name].key) });
  const files: LabCertificates = {
    labCa: write('lab-ca.crt', labCa.cert),
    firewallCa: write('firewall-ca.crt', firewallCa.cert),
    bundle: write('ca-bundle.crt', [labCa.cert, firewallCa.cert].map((pem) => `${pem.trim()}\n`).join('')),
    azure: pair('azure'),
    firewall: pair('firewall'),
    api: pair('api'),
    expired: pair('expired'),
    wrongName: pair('wrongName'),
    onprem: pair('onprem'),
  };
  return { files, pems };
}
