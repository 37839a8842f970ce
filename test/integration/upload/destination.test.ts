import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../../src/engine/errors.ts';
import { checkUploadTargets, describeUploadError, expandPlaceholders, formatTimestamp, isBlobUrl, parseBlobDestination } from '../../../src/report/upload.ts';

// The pure half of the uploader: which URLs are blobs, placeholders, validation, error lines.
const SAS = 'sv=2024-08-04&sr=c&sp=cw&se=2030-01-01T00%3A00%3A00Z&sig=c2lnbmF0dXJlc2lnbmF0dXJl';
const NO_ENV = {};

test('{timestamp} is the UTC second, compact; {hostname} is the host; other braces stay', () => {
  const values = { hostname: 'SandboxHost-1', timestamp: new Date('2026-12-02T01:15:00.789Z') };
  assert.equal(formatTimestamp(values.timestamp), '20261202T011500Z');
  assert.equal(expandPlaceholders('r/{hostname}/{timestamp}-{timestamp}.json', values), 'r/SandboxHost-1/20261202T011500Z-20261202T011500Z.json');
  assert.equal(expandPlaceholders('/out/{other}.json', values), '/out/{other}.json');
});

test('blob URLs are told from file paths by their scheme', () => {
  assert.ok(isBlobUrl('https://a.blob.core.windows.net/r/x.json'));
  assert.ok(isBlobUrl('HTTP://127.0.0.1:10000/devstoreaccount1/r/x'));
  assert.ok(!isBlobUrl('/tmp/report.json'));
  assert.ok(!isBlobUrl('report.json'));
  assert.ok(!isBlobUrl('C:\\reports\\x.json'));
});

test('accepted: every Azure cloud, the DNS-zone endpoints, and Azurite on loopback (path-style)', () => {
  const accepted: Array<[string, string]> = [
    ['https://acct.blob.core.windows.net/reports/a/b.json', 'https://acct.blob.core.windows.net/reports/a/b.json'],
    ['https://acct.blob.core.chinacloudapi.cn/reports/x.json', 'https://acct.blob.core.chinacloudapi.cn/reports/x.json'],
    ['https://acct.blob.core.usgovcloudapi.net/reports/x.json', 'https://acct.blob.core.usgovcloudapi.net/reports/x.json'],
    ['https://acct.z7.blob.storage.azure.net/$root/x.json', 'https://acct.z7.blob.storage.azure.net/$root/x.json'],
    ['https://127.0.0.1:10000/devstoreaccount1/reports/x.json', 'https://127.0.0.1:10000/devstoreaccount1/reports/x.json'],
    ['https://localhost:10000/devstoreaccount1/reports/x.json', 'https://localhost:10000/devstoreaccount1/reports/x.json'],
    ['https://[::1]:10000/devstoreaccount1/reports/x.json', 'https://[::1]:10000/devstoreaccount1/reports/x.json'],
  ];
  for (const [value, url] of accepted) {
    const destination = parseBlobDestination(value, '--report', NO_ENV);
    assert.deepEqual(destination, { url, sas: undefined }, value);
  }
});

test('credentials: a SAS in the URL wins over VNETPROBE_UPLOAD_SAS; none means a token; http only with a SAS, on loopback', () => {
  const env = { VNETPROBE_UPLOAD_SAS: '?sv=1&sig=fromenv' };
  assert.equal(parseBlobDestination(`https://acct.blob.core.windows.net/rep/x.json?${SAS}`, '--report', env).sas, SAS);
  assert.equal(parseBlobDestination('https://acct.blob.core.windows.net/rep/x.json', '--report', env).sas, 'sv=1&sig=fromenv');
  assert.equal(parseBlobDestination('https://acct.blob.core.windows.net/rep/x.json', '--report', NO_ENV).sas, undefined);
  const local = parseBlobDestination(`http://127.0.0.1:10000/devstoreaccount1/rep/x.json?${SAS}`, '--report', NO_ENV);
  assert.deepEqual(local, { url: 'http://127.0.0.1:10000/devstoreaccount1/rep/x.json', sas: SAS });
});

test('refused, each with a one-line message that names the flag and never the SAS', () => {
  const refused: Array<[string, RegExp]> = [
    ['https://example.com/reports/x.json', /not an Azure Blob Storage URL/],
    ['https://evil.example/acct.blob.core.windows.net/r/x.json', /not an Azure Blob Storage URL/],
    ['https://acct.blob.core.windows.net.evil.example/r/x.json', /not an Azure Blob Storage URL/],
    ['https://blob.core.windows.net/r/x.json', /not an Azure Blob Storage URL/],
    ['https://10.0.0.4/devstoreaccount1/r/x.json', /not an Azure Blob Storage URL/],
    ['http://acct.blob.core.windows.net/reports/x.json', /use https/],
    ['ftp://127.0.0.1/devstoreaccount1/reports/x.json', /use https/],
    ['https://acct.blob.core.windows.net/reports', /name the container and the blob/],
    ['https://acct.blob.core.windows.net/reports/', /name the container and the blob/],
    ['https://acct.blob.core.windows.net/reports/dir/', /name the container and the blob/],
    ['https://127.0.0.1:10000/reports/x.json', /name the container and the blob/],
    ['https://acct.blob.core.windows.net/Reports/x.json', /not a valid container name/],
    ['https://acct.blob.core.windows.net/re/x.json', /not a valid container name/],
    ['https://acct.blob.core.windows.net/reports/{host}.json', /unknown placeholder/],
    ['https://user:pw@acct.blob.core.windows.net/reports/x.json', /no credentials in the URL/],
    ['https://acct.blob.core.windows.net/reports/x.json#frag', /no #fragment/],
    ['https://acct.blob.core.windows.net/reports/x.json?sv=2024-01-01&sp=w', /the query string is not a SAS/],
    ['http://127.0.0.1:10000/devstoreaccount1/reports/x.json', /http:\/\/ needs a SAS/],
    ['https://', /not a URL/],
    ['https://acct.blob.core.windows.net/reports/%E0%A4%A.json', /malformed %-escape/],
  ];
  for (const [value, message] of refused) {
    assert.throws(() => parseBlobDestination(value, '--junit', NO_ENV), (error: Error) => {
      assert.ok(error instanceof InputError, value);
      assert.match(error.message, message, value);
      assert.ok(error.message.startsWith('--junit '), error.message);
      assert.ok(!error.message.includes('?'), `the query is not shown: ${error.message}`);
      assert.ok(!error.message.includes('\n'));
      return true;
    });
  }
  assert.throws(() => parseBlobDestination('https://acct.blob.core.windows.net/rep/x.json', '--report', { VNETPROBE_UPLOAD_SAS: 'not-a-sas' }), /VNETPROBE_UPLOAD_SAS is not a SAS/);
});

test('checkUploadTargets: only blob URLs are checked, after expanding the placeholders', () => {
  checkUploadTargets([['--report', '/tmp/{hostname}.json'], ['--junit', undefined], ['--markdown', 'https://a.blob.core.windows.net/rep/{hostname}-{timestamp}.md']], NO_ENV);
  assert.throws(() => checkUploadTargets([['--markdown', 'https://a.blob.core.windows.net/rep/{date}.md']], NO_ENV), /--markdown .*unknown placeholder/);
});

test('upload errors: the service status and code, or the first line; a SAS or sig= never shows', () => {
  const rest = Object.assign(new Error(`This request is not authorized to perform this operation using this permission.\nRequestId:1\nTime:now`), { name: 'RestError', statusCode: 403, code: 'AuthorizationPermissionMismatch' });
  assert.equal(describeUploadError(rest, SAS, 60_000), '403 AuthorizationPermissionMismatch: This request is not authorized to perform this operation using this permission.');
  const network = Object.assign(new Error(`connect ECONNREFUSED 127.0.0.1:1 https://x/?${SAS}`), { name: 'RestError', code: 'ECONNREFUSED' });
  const line = describeUploadError(network, SAS, 60_000);
  assert.ok(!line.includes('c2lnbmF0dXJl'), line);
  assert.match(line, /^ECONNREFUSED: connect ECONNREFUSED 127\.0\.0\.1:1/);
  assert.equal(describeUploadError(Object.assign(new Error('x'), { name: 'AbortError' }), undefined, 60_000), 'no answer within 60s');
  const stray = describeUploadError(new Error('failed at https://a/b?sv=1&sig=abc%2Bdef&se=2'), undefined, 1000);
  assert.equal(stray, 'failed at https://a/b?sv=1&sig=[redacted]&se=2');
  const aggregate = Object.assign(new Error('ChainedTokenCredential authentication failed.\nCredentialUnavailableError: EnvironmentCredential is unavailable'), {
    name: 'AggregateAuthenticationError',
    errors: [new Error('EnvironmentCredential is unavailable.'), new Error('ManagedIdentityCredential: no managed identity endpoint found.\nmore')],
  });
  assert.match(describeUploadError(aggregate, undefined, 1000), /^no token: ManagedIdentityCredential: no managed identity endpoint found\. \(set VNETPROBE_UPLOAD_SAS/);
});
