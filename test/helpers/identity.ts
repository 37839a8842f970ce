// An App Service style managed identity endpoint (IDENTITY_ENDPOINT + IDENTITY_HEADER) on loopback,
// handing out unsigned tokens for Storage (Azurite's --oauth basic checks claims, not signatures).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface IdentityEndpoint {
  url: string;
  /** request URLs, in order */
  requests: string[];
  close(): Promise<void>;
}

export function unsignedJwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.${Buffer.from('not-a-signature').toString('base64url')}`;
}

/** Answers a token when the x-identity-header matches `header`; 'refuse' answers 400 to everything. */
export async function startIdentityEndpoint(header: string, answer: 'token' | 'refuse' = 'token'): Promise<IdentityEndpoint> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.headers['x-identity-header'] !== header || answer === 'refuse') {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'invalid_request', error_description: 'Identity not found' }));
      return;
    }
    const now = Math.floor(Date.now() / 1000);
    const token = unsignedJwt({ aud: 'https://storage.azure.com', iss: 'https://sts.windows.net/00000000-0000-0000-0000-000000000000/', iat: now - 60, nbf: now - 60, exp: now + 3600, oid: 'probe' });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ access_token: token, expires_on: String(now + 3600), resource: 'https://storage.azure.com', token_type: 'Bearer' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/msi/token`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
