import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLOUD_NAMES, clouds, pkiEndpoints } from '../../../src/profiles/index.ts';

const hostname = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;

test('each cloud carries the documented suffixes', () => {
  const summary = Object.fromEntries(CLOUD_NAMES.map((c) => {
    const { storage, database, servicebus, vault, login } = clouds[c];
    return [c, { storage, database, servicebus, vault, login: login.primary }];
  }));
  assert.deepEqual(summary, {
    public: { storage: 'core.windows.net', database: 'database.windows.net', servicebus: 'servicebus.windows.net', vault: 'vault.azure.net', login: 'login.microsoftonline.com' },
    china: { storage: 'core.chinacloudapi.cn', database: 'database.chinacloudapi.cn', servicebus: 'servicebus.chinacloudapi.cn', vault: 'vault.azure.cn', login: 'login.chinacloudapi.cn' },
    usgov: { storage: 'core.usgovcloudapi.net', database: 'database.usgovcloudapi.net', servicebus: 'servicebus.usgovcloudapi.net', vault: 'vault.usgovcloudapi.net', login: 'login.microsoftonline.us' },
  });
});

test('storage service hosts and privatelink zones derive from the cloud suffixes', () => {
  for (const c of CLOUD_NAMES) {
    const cloud = clouds[c];
    assert.equal(cloud.name, c);
    for (const svc of ['blob', 'table', 'queue', 'file'] as const) {
      assert.equal(cloud[svc], `${svc}.${cloud.storage}`);
      assert.equal(cloud.privateLink[svc], `privatelink.${svc}.${cloud.storage}`);
    }
    assert.equal(cloud.privateLink.database, `privatelink.${cloud.database}`);
    assert.equal(cloud.privateLink.servicebus, `privatelink.${cloud.servicebus}`);
  }
  // Key Vault's private zone is vaultcore, not the vault suffix.
  assert.deepEqual(CLOUD_NAMES.map((c) => clouds[c].privateLink.vault), [
    'privatelink.vaultcore.azure.net', 'privatelink.vaultcore.azure.cn', 'privatelink.vaultcore.usgovcloudapi.net',
  ]);
});

test('monitoring endpoints: valid hosts, unique names, the documented warm path per cloud', () => {
  const warmPath = { public: 'gcs.prod.monitoring.core.windows.net', china: 'mooncake.warmpath.chinacloudapi.cn', usgov: 'fairfax.warmpath.usgovcloudapi.net' };
  for (const c of CLOUD_NAMES) {
    const m = clouds[c].monitoring;
    assert.equal(new Set(m.map((e) => e.name)).size, m.length, c);
    for (const e of m) {
      assert.match(e.host, hostname);
      assert.ok(e.name.startsWith('monitor-') && e.name.endsWith(`-${e.port}`), e.name);
    }
    assert.ok(m.some((e) => e.host === warmPath[c]), c);
    assert.ok(m.some((e) => e.host === 'global.prod.microsoftmetrics.com'), c);
  }
});

test('PKI endpoints have valid hosts and unique crl-/ocsp- names', () => {
  assert.equal(new Set(pkiEndpoints.map((e) => e.name)).size, pkiEndpoints.length);
  for (const e of pkiEndpoints) {
    assert.match(e.host, hostname);
    assert.match(e.name, /^(crl|ocsp)-[a-z0-9-]+$/);
    if (!e.required) assert.ok(e.note, `${e.name}: an optional endpoint says why`);
  }
});

test('the built-in data is frozen', () => {
  assert.throws(() => { (clouds.public as { vault: string }).vault = 'x'; }, TypeError);
  assert.throws(() => { (clouds.china.monitoring as unknown[]).push({}); }, TypeError);
  assert.throws(() => { (pkiEndpoints as unknown[]).pop(); }, TypeError);
});
