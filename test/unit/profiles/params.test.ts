import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expandProfile, ProfileError, type ProfileParams } from '../../../src/profiles/index.ts';

/** Asserts that expanding throws a ProfileError for `field` whose message matches `message`. */
function rejects(profile: string, params: unknown, field: string, message: RegExp): void {
  assert.throws(
    () => expandProfile(profile, params as ProfileParams),
    (err: unknown) => {
      assert.ok(err instanceof ProfileError, `expected ProfileError, got ${String(err)}`);
      assert.equal(err.field, field);
      assert.ok(err.message.startsWith(`${field}: `), err.message);
      assert.match(err.message, message);
      return true;
    },
  );
}

function target(profile: string, params: ProfileParams, name: string): string | undefined {
  return expandProfile(profile, params).checks.find((c) => c.name === name)?.target;
}

describe('profile and cloud', () => {
  test('an unknown profile names the allowed ones', () => {
    rejects('apim-premium', {}, 'profile', /unknown profile "apim-premium"; allowed: apim-classic, apim-v2-integration, apim-v2-injection/);
  });

  test('an unknown cloud names the allowed ones', () => {
    rejects('apim-classic', { cloud: 'germany' }, 'cloud', /unknown cloud "germany"; allowed: public, china, usgov/);
    rejects('apim-classic', { cloud: 'Public' }, 'cloud', /allowed: public, china, usgov/);
  });

  test('a parameter the profile does not take is refused, listing the ones it takes', () => {
    rejects('apim-v2-integration', { sqlServer: 'probe-sql' }, 'sqlServer', /not a parameter of profile apim-v2-integration; it takes: cloud, storageAccount, backends, resolvers, privateEndpoints/);
    rejects('apim-classic', { storage: 'x' }, 'storage', /it takes: .*storageAccount/);
  });

  test('undefined values count as not given', () => {
    assert.doesNotThrow(() => expandProfile('apim-v2-integration', { sqlServer: undefined }));
  });

  test('params must be an object', () => {
    rejects('apim-classic', ['x'], 'params', /must be an object, got a list/);
  });
});

describe('resource names follow Azure rules', () => {
  test('storage account: 3–24 lowercase letters and digits', () => {
    for (const bad of ['ab', 'a'.repeat(25), 'My-Store', 'MYSTORE', 'my_store']) {
      rejects('apim-classic', { storageAccount: bad }, 'storageAccount', /allowed are 3–24 lowercase letters and digits/);
    }
    rejects('apim-classic', { storageAccount: '' }, 'storageAccount', /must not be empty/);
    rejects('apim-classic', { storageAccount: 42 }, 'storageAccount', /must be a string, got number/);
    assert.equal(target('apim-classic', { storageAccount: 'abc' }, 'storage-blob'), 'https://abc.blob.core.windows.net');
    assert.equal(target('apim-classic', { storageAccount: 'a1'.repeat(12) }, 'storage-blob'), `https://${'a1'.repeat(12)}.blob.core.windows.net`);
  });

  test('SQL server: lowercase letters, digits and inner hyphens, up to 63', () => {
    for (const bad of ['-sql', 'sql-', 'My-Sql', 'sql_1', 'a'.repeat(64)]) {
      rejects('apim-classic', { sqlServer: bad }, 'sqlServer', /allowed are 1–63 lowercase letters, digits and hyphens/);
    }
    assert.equal(target('apim-classic', { sqlServer: 'a' }, 'sql'), 'sql://a.database.windows.net:1433');
  });

  test('Event Hubs namespace: 6–50, starts with a letter, no -sb/-mgmt ending', () => {
    for (const bad of ['hub01', '1hub-01', 'hub-01-', 'h'.repeat(51), 'my_hub01']) {
      rejects('apim-classic', { eventHubNamespace: bad }, 'eventHubNamespace', /allowed are 6–50 letters, digits and hyphens/);
    }
    rejects('apim-classic', { eventHubNamespace: 'myhub-sb' }, 'eventHubNamespace', /cannot end in "-sb" or "-mgmt"/);
    // Namespace names are case-insensitive; the host is lowercased.
    assert.equal(target('apim-classic', { eventHubNamespace: 'MyHub01' }, 'eventhubs-5671'), 'amqps://myhub01.servicebus.windows.net:5671');
  });

  test('Key Vault: 3–24, starts with a letter, ends alphanumeric, no double hyphens', () => {
    for (const bad of ['kv', '1vault', 'vault-', 'v'.repeat(25), 'my_vault']) {
      rejects('apim-classic', { keyVault: bad }, 'keyVault', /allowed are 3–24 letters, digits and hyphens/);
    }
    rejects('apim-classic', { keyVault: 'my--vault' }, 'keyVault', /consecutive hyphens/);
    assert.equal(target('apim-classic', { keyVault: 'My-Vault1' }, 'keyvault'), 'https://my-vault1.vault.azure.net');
  });

  test('a full host name of the selected cloud is reduced to the resource name', () => {
    assert.equal(target('apim-classic', { sqlServer: 'probe-sql.database.windows.net' }, 'sql'), 'sql://probe-sql.database.windows.net:1433');
    assert.equal(target('apim-classic', { storageAccount: 'probestore.BLOB.core.windows.net' }, 'storage-table'), 'https://probestore.table.core.windows.net');
    assert.equal(target('apim-classic', { cloud: 'usgov', keyVault: 'kv1.vault.usgovcloudapi.net' }, 'keyvault'), 'https://kv1.vault.usgovcloudapi.net');
  });

  test('a host name of another cloud says which cloud it belongs to', () => {
    rejects('apim-classic', { cloud: 'china', sqlServer: 'probe-sql.database.windows.net' }, 'sqlServer', /is a host in the public cloud, but cloud is china; set cloud: public/);
    rejects('apim-classic', { keyVault: 'kv1.vault.azure.cn' }, 'keyVault', /host in the china cloud/);
    rejects('apim-classic', { storageAccount: 'probestore.table.core.windows.net' }, 'storageAccount', /host ending in \.blob\.core\.windows\.net/);
  });
});

describe('lists', () => {
  test('resolvers: IPv4 or IPv6, with an optional port', () => {
    const checks = expandProfile('apim-v2-integration', { resolvers: ['168.63.129.16', '10.0.0.4:5353', '[fd00::4]:53', 'fd00::5'] }).checks;
    assert.deepEqual(checks.filter((c) => c.group === 'DNS').map((c) => [c.name, c.target]), [
      ['dns-168.63.129.16', 'dns://168.63.129.16/login.microsoftonline.com'],
      ['dns-10.0.0.4-5353', 'dns://10.0.0.4:5353/login.microsoftonline.com'],
      ['dns-fd00--4-53', 'dns://[fd00::4]:53/login.microsoftonline.com'],
      ['dns-fd00--5', 'dns://[fd00::5]/login.microsoftonline.com'],
    ]);
  });

  test('bad resolvers name the list entry', () => {
    rejects('apim-classic', { resolvers: ['10.0.0.4', 'dns.internal'] }, 'resolvers[1]', /is not a DNS server address; allowed: an IPv4 address/);
    rejects('apim-classic', { resolvers: ['10.0.0.4:0'] }, 'resolvers[0]', /port must be 1–65535/);
    rejects('apim-classic', { resolvers: ['10.0.0.4:70000'] }, 'resolvers[0]', /port must be 1–65535/);
    rejects('apim-classic', { resolvers: ['[10.0.0.4]:53'] }, 'resolvers[0]', /not a DNS server address/);
    rejects('apim-classic', { resolvers: ['10.0.0.4', '10.0.0.4'] }, 'resolvers[1]', /repeats resolvers\[0\]/);
    rejects('apim-classic', { resolvers: '10.0.0.4' }, 'resolvers', /must be a list/);
  });

  test('backends must be target URLs with a known scheme', () => {
    rejects('apim-v2-integration', { backends: ['api.internal'] }, 'backends[0]', /not a target URL; allowed schemes: dns, tcp/);
    rejects('apim-v2-integration', { backends: ['https://ok.internal', 'ftp://files.internal'] }, 'backends[1]', /scheme "ftp" is not supported/);
  });

  test('cache hosts: addresses or host names without ports', () => {
    const checks = expandProfile('apim-classic', { cacheHosts: ['10.0.1.5', 'fd00::6', 'apim-unit-2.internal'] }).checks;
    const cache = checks.filter((c) => c.group === 'InternalCache').map((c) => c.target);
    assert.equal(cache.length, 9);
    assert.ok(cache.includes('redis://[fd00::6]:6382'));
    assert.ok(cache.includes('redis://apim-unit-2.internal:6383'));
    rejects('apim-classic', { cacheHosts: ['10.0.1.5:6381'] }, 'cacheHosts[0]', /without a port/);
  });

  test('privateEndpoints must be a boolean', () => {
    rejects('apim-classic', { privateEndpoints: 'yes' }, 'privateEndpoints', /must be true or false/);
  });
});
