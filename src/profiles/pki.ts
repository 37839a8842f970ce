import { deepFreeze } from './clouds.ts';
import type { CloudName } from './types.ts';

// Certificate status and chain endpoints APIM reaches over plain HTTP on port 80 (the
// bold "Validation and management of Microsoft-managed and customer-managed
// certificates" row to service tag Internet). Hosts: the APIM "TLS functionality"
// section and the Azure Certificate Authority details page (AIA / CRL / OCSP).
// They are internet hosts shared by every cloud; the DigiCert China hosts serve the
// certificates Azure uses in the 21Vianet cloud.

export interface PkiEndpoint {
  /** Check name: crl-* for CRL and CA-issuer (AIA) downloads, ocsp-* for responders. */
  name: string;
  host: string;
  role: 'ocsp' | 'crl' | 'aia';
  required: boolean;
  /** Limits the endpoint to these clouds; absent means every cloud. */
  clouds?: readonly CloudName[];
  /** Why it is optional, when it is. */
  note?: string;
}

export const pkiEndpoints: readonly PkiEndpoint[] = deepFreeze([
  { name: 'ocsp-oneocsp-microsoft', host: 'oneocsp.microsoft.com', role: 'ocsp', required: true },
  { name: 'ocsp-digicert', host: 'ocsp.digicert.com', role: 'ocsp', required: true },
  { name: 'crl-crl3-digicert', host: 'crl3.digicert.com', role: 'crl', required: true },
  { name: 'crl-crl4-digicert', host: 'crl4.digicert.com', role: 'crl', required: true },
  { name: 'crl-cacerts-digicert', host: 'cacerts.digicert.com', role: 'aia', required: true },
  { name: 'crl-caissuers-microsoft', host: 'caissuers.microsoft.com', role: 'aia', required: true },
  // Still named in APIM's TLS functionality section.
  { name: 'crl-mscrl-microsoft', host: 'mscrl.microsoft.com', role: 'crl', required: true },
  { name: 'crl-crl-microsoft', host: 'crl.microsoft.com', role: 'crl', required: true },
  {
    name: 'ocsp-msocsp', host: 'ocsp.msocsp.com', role: 'ocsp', required: false,
    note: 'named only by earlier revisions of the APIM reference',
  },
  {
    name: 'crl-www-microsoft', host: 'www.microsoft.com', role: 'crl', required: false,
    note: 'Azure lists it for Microsoft PKI (pkiops) CRLs and CA certificates; APIM does not name it',
  },
  {
    name: 'crl-cacerts-digicert-cn', host: 'cacerts.digicert.cn', role: 'aia', required: false, clouds: ['china'],
    note: 'DigiCert China endpoint for the certificates of the 21Vianet cloud; APIM does not name it',
  },
  {
    name: 'crl-crl-digicert-cn', host: 'crl.digicert.cn', role: 'crl', required: false, clouds: ['china'],
    note: 'DigiCert China endpoint for the certificates of the 21Vianet cloud; APIM does not name it',
  },
  {
    name: 'ocsp-digicert-cn', host: 'ocsp.digicert.cn', role: 'ocsp', required: false, clouds: ['china'],
    note: 'DigiCert China endpoint for the certificates of the 21Vianet cloud; APIM does not name it',
  },
]);
