import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isNetworkRuleDenial, judgeAnonymousAnswer, parseStorageError } from '../../../src/azure/storage-answer.ts';
import { parseConnectionString, storageCredentials } from '../../../src/azure/storage-credentials.ts';
import { anonymousProbeUrl, storageEndpoint } from '../../../src/azure/storage-endpoint.ts';
import { redactUrls, sdkFailure } from '../../../src/azure/storage-sdk-errors.ts';
import { parseTarget } from '../../../src/config/target.ts';
import { ProbeFailure } from '../../../src/engine/errors.ts';

// The pure parts of the storage check: endpoints, error answers, credentials, SDK error mapping.

const AZURE_DENIAL = 'This request is not authorized to perform this operation.';
const AUTH_MESSAGE = 'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.';

function endpointOf(raw: string, kind?: 'storage') {
  const e = storageEndpoint(parseTarget(raw, kind));
  return { account: e.account, service: e.service, url: e.url.href, pathStyle: e.pathStyle };
}

test('endpoints: scheme, Azure host names, privatelink names, path-style IP and emulator hosts', () => {
  assert.deepEqual(endpointOf('blob://mystore'), { account: 'mystore', service: 'blob', url: 'https://mystore.blob.core.windows.net/', pathStyle: false });
  assert.deepEqual(endpointOf('table://mystore'), { account: 'mystore', service: 'table', url: 'https://mystore.table.core.windows.net/', pathStyle: false });
  assert.deepEqual(endpointOf('https://mystore.queue.core.windows.net', 'storage'), { account: 'mystore', service: 'queue', url: 'https://mystore.queue.core.windows.net/', pathStyle: false });
  assert.deepEqual(endpointOf('https://mystore.privatelink.file.core.windows.net', 'storage'), { account: 'mystore', service: 'file', url: 'https://mystore.privatelink.file.core.windows.net/', pathStyle: false });
  assert.deepEqual(endpointOf('https://mystore.dfs.core.chinacloudapi.cn', 'storage'), { account: 'mystore', service: 'dfs', url: 'https://mystore.dfs.core.chinacloudapi.cn/', pathStyle: false });
  assert.deepEqual(endpointOf('https://127.0.0.1:10000/devstoreaccount1', 'storage'), { account: 'devstoreaccount1', service: 'blob', url: 'https://127.0.0.1:10000/devstoreaccount1', pathStyle: true });
  assert.deepEqual(endpointOf('https://localhost:10000/devstoreaccount1/', 'storage'), { account: 'devstoreaccount1', service: 'blob', url: 'https://localhost:10000/devstoreaccount1', pathStyle: true });
  assert.deepEqual(endpointOf('https://[::1]:10000/acct', 'storage'), { account: 'acct', service: 'blob', url: 'https://[::1]:10000/acct', pathStyle: true });
  assert.equal(storageEndpoint(parseTarget('https://127.0.0.1:10001/acct', 'storage'), 'queue').service, 'queue');
  assert.throws(() => storageEndpoint(parseTarget('https://10.0.0.5', 'storage')), /InputError: .*needs the account as the first path segment/);
});

test('the anonymous probe: Get Service Properties (Get Account for dfs)', () => {
  assert.equal(anonymousProbeUrl(storageEndpoint(parseTarget('blob://mystore'))).href, 'https://mystore.blob.core.windows.net/?restype=service&comp=properties');
  assert.equal(anonymousProbeUrl(storageEndpoint(parseTarget('https://127.0.0.1:1/acct', 'storage'))).href, 'https://127.0.0.1:1/acct/?restype=service&comp=properties');
  assert.equal(anonymousProbeUrl(storageEndpoint(parseTarget('https://mystore.dfs.core.windows.net', 'storage'))).href, 'https://mystore.dfs.core.windows.net/?resource=account');
});

test('error answers: header code, XML body (blob, queue, file), JSON body (table)', () => {
  const xml = Buffer.from(`<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthorizationFailure</Code><Message>${AZURE_DENIAL}\nRequestId:eac84bcc-f01e-0034-433b-1623fc000000\nTime:2023-11-13T14:13:17.7458151Z</Message></Error>`);
  assert.deepEqual(parseStorageError({ 'x-ms-error-code': 'AuthorizationFailure' }, xml), { code: 'AuthorizationFailure', message: AZURE_DENIAL });
  assert.deepEqual(parseStorageError({}, xml), { code: 'AuthorizationFailure', message: AZURE_DENIAL });
  const json = Buffer.from('{"odata.error":{"code":"AuthorizationFailure","message":{"lang":"en-US","value":"This request is not authorized to perform this operation.\\nRequestId:1\\nTime:2"}}}');
  assert.deepEqual(parseStorageError({}, json), { code: 'AuthorizationFailure', message: AZURE_DENIAL });
  assert.deepEqual(parseStorageError({ 'x-ms-error-code': 'NoAuthenticationInformation' }, Buffer.alloc(0)), { code: 'NoAuthenticationInformation' });
  assert.deepEqual(parseStorageError({}, Buffer.from('{not json')), {});
});

test("network-rule denial: 403 AuthorizationFailure with Azure's message, not Azurite's authentication one", () => {
  assert.equal(isNetworkRuleDenial(403, { code: 'AuthorizationFailure', message: AZURE_DENIAL }), true);
  assert.equal(isNetworkRuleDenial(403, { code: 'AuthorizationFailure' }), true);
  assert.equal(isNetworkRuleDenial(403, { code: 'AuthorizationFailure', message: AUTH_MESSAGE }), false);
  assert.equal(isNetworkRuleDenial(403, { code: 'AuthenticationFailed', message: AUTH_MESSAGE }), false);
  assert.equal(isNetworkRuleDenial(401, { code: 'AuthorizationFailure', message: AZURE_DENIAL }), false);
});

test('anonymous answers: 2xx passes, 5xx passes with a warning, anything signed is Storage', () => {
  const signed = { 'x-ms-request-id': 'r1' };
  const ok = judgeAnonymousAnswer({ status: 200, headers: signed, body: Buffer.alloc(0) }, { account: 'a', service: 'blob' });
  assert.match(String(ok.detail?.result), /answered an anonymous request/);
  const busy = judgeAnonymousAnswer({ status: 503, headers: { ...signed, 'x-ms-error-code': 'ServerBusy' }, body: Buffer.alloc(0) }, { account: 'a', service: 'blob' });
  assert.match(busy.warning ?? '', /503 ServerBusy/);
  assert.throws(
    () => judgeAnonymousAnswer({ status: 200, headers: { server: 'nginx' }, body: Buffer.alloc(0) }, { account: 'a', service: 'blob' }),
    (e: unknown) => e instanceof ProbeFailure && e.class === 'protocol_mismatch',
  );
});

function classOf(error: unknown): string | undefined {
  const mapped = sdkFailure(error, 'getAccountInfo');
  return mapped instanceof ProbeFailure ? mapped.class : undefined;
}

test('SDK errors: network-rule denial, rejected and under-privileged credentials, network failures', () => {
  const rest = (statusCode: number, code: string, message: string) => Object.assign(new Error(message), { name: 'RestError', statusCode, code, details: { errorCode: code } });
  assert.equal(classOf(rest(403, 'AuthorizationFailure', `${AZURE_DENIAL}\nRequestId:x`)), 'access_denied');
  assert.equal(classOf(rest(403, 'AuthorizationFailure', AUTH_MESSAGE)), 'auth_failed');
  assert.equal(classOf(rest(403, 'AuthenticationFailed', AUTH_MESSAGE)), 'auth_failed');
  assert.equal(classOf(rest(403, 'AuthorizationPermissionMismatch', 'This request is not authorized to perform this operation using this permission.')), 'auth_failed');
  assert.equal(classOf(rest(403, 'KeyBasedAuthenticationNotPermitted', 'Key based authentication is not permitted on this storage account.')), 'auth_failed');
  assert.equal(classOf(rest(400, 'InvalidAuthenticationInfo', 'Authentication information is not given in the correct format.')), 'auth_failed');
  assert.equal(classOf(rest(404, 'ContainerNotFound', 'The specified container does not exist.')), 'http_status');
  assert.equal(classOf(Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:443'), { name: 'RestError', code: 'ECONNREFUSED' })), 'tcp_refused');
  assert.equal(classOf(Object.assign(new Error('self-signed'), { name: 'RestError', code: 'SELF_SIGNED_CERT_IN_CHAIN' })), 'tls_untrusted');
  assert.equal(classOf(Object.assign(new Error('no token'), { name: 'CredentialUnavailableError' })), 'auth_failed');
  const abort = Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' });
  assert.equal(sdkFailure(abort, 'x'), abort);
});

test('SDK error messages lose URL query strings (a SAS lives there)', () => {
  assert.equal(redactUrls('GET https://a.blob.core.windows.net/?comp=list&sig=SECRET failed'), 'GET https://a.blob.core.windows.net/?[query redacted] failed');
  const mapped = sdkFailure(new Error('request to https://h/c?sv=1&sig=SECRET failed'), 'list containers');
  assert.ok(mapped instanceof Error);
  assert.ok(!mapped.message.includes('SECRET'));
});

test('connection strings and credentials', () => {
  const fields = parseConnectionString('DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=abc==;EndpointSuffix=core.windows.net');
  assert.equal(fields.get('accountkey'), 'abc==');
  assert.equal(fields.get('accountname'), 'acct');

  process.env.VNETPROBE_TEST_PARTS_CS = 'BlobEndpoint=https://acct.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=b&sig=abcd%3D';
  process.env.VNETPROBE_TEST_PARTS_SAS = '?sv=2022-11-02&sp=r';
  try {
    const fromCs = storageCredentials({ connectionString: { env: 'VNETPROBE_TEST_PARTS_CS' } }, 'acct');
    assert.equal(fromCs?.kind, 'sas');
    assert.equal(fromCs?.kind === 'sas' && fromCs.sas.reveal(), 'sv=2022-11-02&ss=b&sig=abcd%3D');
    assert.equal(String(fromCs?.kind === 'sas' && fromCs.sas), '[redacted]');
    assert.throws(() => storageCredentials({ sas: { env: 'VNETPROBE_TEST_PARTS_SAS' } }, 'acct'), /auth\.sas: not a SAS token/);
  } finally {
    delete process.env.VNETPROBE_TEST_PARTS_CS;
    delete process.env.VNETPROBE_TEST_PARTS_SAS;
  }
  assert.deepEqual(storageCredentials({ managedIdentity: { clientId: '00000000-1111-2222-3333-444444444444' } }, 'acct'), { kind: 'managedIdentity', source: 'auth.managedIdentity', clientId: '00000000-1111-2222-3333-444444444444' });
  assert.deepEqual(storageCredentials({ managedIdentity: true }, 'acct'), { kind: 'managedIdentity', source: 'auth.managedIdentity' });
  assert.equal(storageCredentials({ managedIdentity: false }, 'acct'), undefined);
  assert.equal(storageCredentials(undefined, 'acct'), undefined);
});
