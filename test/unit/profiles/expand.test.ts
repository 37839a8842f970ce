import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  CLOUD_NAMES, clouds, expandProfile, listProfiles, TARGET_SCHEMES,
  type CloudName, type CloudSuffixes, type ProfileCheck, type ProfileParams,
} from '../../../src/profiles/index.ts';

const PROFILES = ['apim-classic', 'apim-v2-integration', 'apim-v2-injection'];

/** Every parameter a profile accepts, filled in. */
function fullParams(profile: string, cloud: CloudName): ProfileParams {
  const all: ProfileParams = {
    cloud,
    storageAccount: 'probestore01',
    sqlServer: 'probe-sql',
    eventHubNamespace: 'probe-hub-01',
    keyVault: 'probe-kv',
    backends: ['https://api.internal.example/health', 'tcp://10.1.2.3:8443'],
    resolvers: ['10.0.0.4', '10.0.0.5:53'],
    cacheHosts: ['10.0.1.5', '10.0.1.6'],
  };
  const accepted = new Set(listProfiles().find((p) => p.name === profile)!.params.map((p) => p.name));
  return Object.fromEntries(Object.entries(all).filter(([k]) => accepted.has(k as keyof ProfileParams)));
}

function byName(checks: ProfileCheck[]): Map<string, ProfileCheck> {
  return new Map(checks.map((c) => [c.name, c]));
}

function hostOf(target: string): string {
  const url = new URL(target);
  // dns://SERVER/NAME: the name queried is the host that matters.
  const host = url.protocol === 'dns:' ? url.pathname.slice(1) : url.hostname;
  return host.toLowerCase();
}

/** Host-name suffixes that only one cloud uses (its storage, SQL, Service Bus, vault, Entra, own monitoring and privatelink zones). */
function ownedSuffixes(cloud: CloudSuffixes): string[] {
  const monitoring = cloud.monitoring.map((m) => m.host).filter((h) => !h.endsWith('.prod.microsoftmetrics.com'));
  return [
    cloud.storage, cloud.database, cloud.servicebus, cloud.vault, cloud.login.primary, ...cloud.login.others,
    ...Object.values(cloud.privateLink), ...monitoring,
    // Public-cloud families that a sovereign cloud never uses.
    ...(cloud.name === 'public' ? ['windows.net', 'azure.net', 'azure.com'] : []),
  ];
}

function matchesSuffix(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith(`.${suffix}`);
}

describe('listProfiles', () => {
  test('lists the three APIM profiles with titles, descriptions and parameters', () => {
    const list = listProfiles();
    assert.deepEqual(list.map((p) => p.name), PROFILES);
    for (const p of list) {
      assert.ok(p.title.length > 10 && p.description.length > 20, p.name);
      assert.ok(p.params.some((x) => x.name === 'cloud'), `${p.name} takes cloud`);
      for (const param of p.params) assert.ok(param.description.length > 10, `${p.name}.${param.name}`);
    }
  });

  test('returns copies: callers cannot change the built-in data', () => {
    listProfiles()[0].params.length = 0;
    assert.ok(listProfiles()[0].params.length > 0);
  });
});

describe('every profile in every cloud', () => {
  for (const profile of PROFILES) {
    for (const cloud of CLOUD_NAMES) {
      test(`${profile} / ${cloud}: expands with unique names and parseable targets`, () => {
        for (const params of [fullParams(profile, cloud), { cloud }]) {
          const { checks, skipped } = expandProfile(profile, params);
          assert.ok(checks.length > 0);
          const names = checks.map((c) => c.name);
          assert.equal(new Set(names).size, names.length, `duplicate names: ${names}`);
          for (const c of checks) {
            assert.match(c.name, /^[a-z0-9][a-z0-9.-]*$/, c.name);
            const url = new URL(c.target);
            assert.ok((TARGET_SCHEMES as readonly string[]).includes(url.protocol.slice(0, -1)), c.target);
            assert.ok(url.protocol === 'dns:' || url.hostname !== '', `${c.target} has a host`);
            assert.equal(typeof c.required, 'boolean');
            assert.ok(c.why.length > 30 && c.why.endsWith('.'), `${c.name}: why is one sentence: ${c.why}`);
            assert.ok(c.group.length > 0);
            if (c.kind === 'storage') assert.match(c.target, /^https:\/\//);
            if (c.kind === 'keyvault') assert.match(c.target, /^https:\/\//);
          }
          for (const s of skipped) assert.ok(s.reason.length > 10 && typeof s.required === 'boolean', s.name);
        }
      });

      test(`${profile} / ${cloud}: no other cloud's hosts leak in`, () => {
        const { checks } = expandProfile(profile, { ...fullParams(profile, cloud), privateEndpoints: true });
        const foreign = CLOUD_NAMES.filter((c) => c !== cloud).flatMap((c) => ownedSuffixes(clouds[c]));
        for (const c of checks) {
          const host = hostOf(c.target);
          for (const suffix of foreign) {
            assert.ok(!matchesSuffix(host, suffix), `${cloud}: ${c.name} targets ${host}, which belongs to another cloud (${suffix})`);
          }
        }
      });
    }
  }
});

describe('apim-classic', () => {
  const full = () => byName(expandProfile('apim-classic', fullParams('apim-classic', 'public')).checks);

  test('marks required and optional as Azure does', () => {
    const checks = full();
    const required = ['storage-blob', 'storage-table', 'sql', 'keyvault', 'monitor-gcs-443', 'monitor-global-443',
      'monitor-prod3-1886', 'entra-login-microsoftonline', 'ocsp-oneocsp-microsoft', 'ocsp-digicert', 'crl-crl3-digicert',
      'crl-crl4-digicert', 'crl-cacerts-digicert', 'crl-caissuers-microsoft', 'dns-10.0.0.4', 'dns-10.0.0.5-53'];
    const optional = ['storage-queue', 'storage-file', 'eventhubs-5671', 'eventhubs-5672', 'eventhubs-443',
      'entra-login-windows', 'ocsp-msocsp', 'smtp-smtpi-co1-25028', 'smtp-smtpi-co1-587', 'smtp-smtpi-co1-25',
      'cache-1-6381', 'cache-1-6382', 'cache-1-6383', 'cache-2-6381'];
    for (const name of required) assert.equal(checks.get(name)?.required, true, name);
    for (const name of optional) assert.equal(checks.get(name)?.required, false, name);
  });

  test('builds each service target from the resource names and cloud suffixes', () => {
    const checks = full();
    assert.deepEqual(
      Object.fromEntries(['storage-blob', 'storage-table', 'storage-queue', 'storage-file', 'sql', 'eventhubs-5671',
        'eventhubs-5672', 'eventhubs-443', 'keyvault', 'smtp-smtpi-co1-25028', 'cache-2-6383', 'dns-10.0.0.5-53',
        'monitor-prod3-1886', 'crl-crl3-digicert'].map((n) => [n, checks.get(n)?.target])),
      {
        'storage-blob': 'https://probestore01.blob.core.windows.net',
        'storage-table': 'https://probestore01.table.core.windows.net',
        'storage-queue': 'https://probestore01.queue.core.windows.net',
        'storage-file': 'smb://probestore01.file.core.windows.net:445',
        sql: 'sql://probe-sql.database.windows.net:1433',
        'eventhubs-5671': 'amqps://probe-hub-01.servicebus.windows.net:5671',
        'eventhubs-5672': 'amqp://probe-hub-01.servicebus.windows.net:5672',
        'eventhubs-443': 'amqps+ws://probe-hub-01.servicebus.windows.net:443',
        keyvault: 'https://probe-kv.vault.azure.net',
        'smtp-smtpi-co1-25028': 'smtp://smtpi-co1.msn.com:25028',
        'cache-2-6383': 'redis://10.0.1.6:6383',
        'dns-10.0.0.5-53': 'dns://10.0.0.5:53/probestore01.blob.core.windows.net',
        'monitor-prod3-1886': 'tls://prod3.prod.microsoftmetrics.com:1886',
        'crl-crl3-digicert': 'http://crl3.digicert.com/',
      },
    );
    assert.equal(checks.get('storage-blob')?.kind, 'storage');
    assert.equal(checks.get('keyvault')?.kind, 'keyvault');
    assert.equal(checks.get('sql')?.kind, undefined);
    assert.match(checks.get('sql')!.why, /11000–11999/);
  });

  test('PKI checks are plain http GETs on port 80 with no expectation', () => {
    const pki = [...full().values()].filter((c) => c.group === 'PKI');
    assert.ok(pki.length >= 8);
    for (const c of pki) {
      assert.match(c.name, /^(crl|ocsp)-/);
      assert.equal(new URL(c.target).protocol, 'http:');
      assert.equal(new URL(c.target).port, '');
      assert.equal(c.expect, undefined);
    }
  });

  test('Azure Monitor covers every documented endpoint and port 1886', () => {
    const checks = full();
    for (const m of clouds.public.monitoring) assert.equal(checks.get(m.name)?.target, `tls://${m.host}:${m.port}`);
    assert.ok(clouds.public.monitoring.some((m) => m.port === 1886));
  });

  test('without resource names the services are skipped, each with what to give', () => {
    const { checks, skipped } = expandProfile('apim-classic', {});
    const names = checks.map((c) => c.name);
    for (const gone of ['storage-blob', 'sql', 'keyvault', 'eventhubs-5671']) assert.ok(!names.includes(gone), gone);
    assert.deepEqual(
      skipped.map((s) => [s.name, s.required, s.param]),
      [
        ['storage', true, 'storageAccount'],
        ['sql', true, 'sqlServer'],
        ['eventhubs', false, 'eventHubNamespace'],
        ['keyvault', true, 'keyVault'],
        ['internal-cache', false, 'cacheHosts'],
      ],
    );
    const sql = skipped.find((s) => s.name === 'sql')!;
    assert.equal(sql.reason, 'give --sql-server (any server in the region proves the path to service tag Sql)');
    // With no resolver and no storage account, DNS is still checked, through the system resolver.
    const dns = checks.find((c) => c.group === 'DNS')!;
    assert.equal(dns.name, 'dns-system');
    assert.equal(dns.target, 'dns:///login.microsoftonline.com');
    assert.equal(dns.required, true);
  });

  test('sovereign clouds use their own suffixes, Entra authority and monitoring hosts', () => {
    const china = byName(expandProfile('apim-classic', fullParams('apim-classic', 'china')).checks);
    assert.equal(china.get('storage-blob')?.target, 'https://probestore01.blob.core.chinacloudapi.cn');
    assert.equal(china.get('sql')?.target, 'sql://probe-sql.database.chinacloudapi.cn:1433');
    assert.equal(china.get('eventhubs-5671')?.target, 'amqps://probe-hub-01.servicebus.chinacloudapi.cn:5671');
    assert.equal(china.get('keyvault')?.target, 'https://probe-kv.vault.azure.cn');
    assert.equal(china.get('entra-login-chinacloudapi')?.target, 'tls://login.chinacloudapi.cn:443');
    assert.equal(china.get('monitor-mooncake-warmpath-443')?.target, 'tls://mooncake.warmpath.chinacloudapi.cn:443');
    assert.equal(china.get('ocsp-digicert-cn')?.required, false);

    const gov = byName(expandProfile('apim-classic', fullParams('apim-classic', 'usgov')).checks);
    assert.equal(gov.get('storage-table')?.target, 'https://probestore01.table.core.usgovcloudapi.net');
    assert.equal(gov.get('sql')?.target, 'sql://probe-sql.database.usgovcloudapi.net:1433');
    assert.equal(gov.get('keyvault')?.target, 'https://probe-kv.vault.usgovcloudapi.net');
    assert.equal(gov.get('entra-login-microsoftonline')?.target, 'tls://login.microsoftonline.us:443');
    assert.equal(gov.get('monitor-fairfax-warmpath-443')?.target, 'tls://fairfax.warmpath.usgovcloudapi.net:443');
    assert.equal(gov.get('monitor-gcs-warm-ingestion-443')?.target, 'tls://gcs.prod.warm.ingestion.monitoring.azure.us:443');
    assert.equal(gov.get('ocsp-digicert-cn'), undefined);
    assert.equal(gov.get('entra-login-windows'), undefined);
  });

  test('sovereign clouds skip the SMTP relay, which Azure documents for the public cloud only', () => {
    for (const cloud of ['china', 'usgov'] as const) {
      const { checks, skipped } = expandProfile('apim-classic', { cloud });
      assert.ok(!checks.some((c) => c.group === 'SMTP'), cloud);
      assert.deepEqual(skipped.find((s) => s.name === 'smtp-relay')?.required, false);
    }
  });
});

describe('privateEndpoints', () => {
  test('service checks expect private answers and privatelink names are checked through every resolver', () => {
    const plain = byName(expandProfile('apim-classic', fullParams('apim-classic', 'public')).checks);
    const pe = byName(expandProfile('apim-classic', { ...fullParams('apim-classic', 'public'), privateEndpoints: true }).checks);
    for (const name of ['storage-blob', 'storage-table', 'storage-queue', 'storage-file', 'sql', 'eventhubs-5671', 'keyvault']) {
      assert.equal(plain.get(name)?.expect, undefined, name);
      assert.deepEqual(pe.get(name)?.expect, { dns: 'private' }, name);
    }
    // Dependencies that never sit behind the user's private endpoints keep no expectation.
    for (const name of ['monitor-gcs-443', 'entra-login-microsoftonline', 'ocsp-digicert']) assert.equal(pe.get(name)?.expect, undefined);

    const expected: Record<string, string> = {
      'dns-privatelink-blob-10.0.0.4': 'dns://10.0.0.4/probestore01.privatelink.blob.core.windows.net',
      'dns-privatelink-table-10.0.0.5-53': 'dns://10.0.0.5:53/probestore01.privatelink.table.core.windows.net',
      'dns-privatelink-file-10.0.0.4': 'dns://10.0.0.4/probestore01.privatelink.file.core.windows.net',
      'dns-privatelink-database-10.0.0.4': 'dns://10.0.0.4/probe-sql.privatelink.database.windows.net',
      'dns-privatelink-servicebus-10.0.0.4': 'dns://10.0.0.4/probe-hub-01.privatelink.servicebus.windows.net',
      'dns-privatelink-vault-10.0.0.4': 'dns://10.0.0.4/probe-kv.privatelink.vaultcore.azure.net',
    };
    for (const [name, target] of Object.entries(expected)) {
      assert.equal(pe.get(name)?.target, target, name);
      assert.deepEqual(pe.get(name)?.expect, { dns: 'private' }, name);
      assert.equal(plain.get(name), undefined, `${name} only with privateEndpoints`);
    }
    assert.equal(pe.get('dns-privatelink-blob-10.0.0.4')?.required, true);
    assert.equal(pe.get('dns-privatelink-servicebus-10.0.0.4')?.required, false);
    // The resolver check itself queries the blob host and expects a private answer too.
    assert.deepEqual(pe.get('dns-10.0.0.4')?.expect, { dns: 'private' });
  });

  test('without resolvers the privatelink names go through the system resolver', () => {
    const pe = byName(expandProfile('apim-v2-integration', { storageAccount: 'probestore01', privateEndpoints: true }).checks);
    assert.equal(pe.get('dns-privatelink-blob')?.target, 'dns:///probestore01.privatelink.blob.core.windows.net');
    assert.deepEqual(pe.get('dns-system')?.expect, { dns: 'private' });
  });

  test('sovereign privatelink zones', () => {
    const china = byName(expandProfile('apim-v2-injection', { cloud: 'china', keyVault: 'probe-kv', storageAccount: 'probestore01', privateEndpoints: true }).checks);
    assert.equal(china.get('dns-privatelink-vault')?.target, 'dns:///probe-kv.privatelink.vaultcore.azure.cn');
    assert.equal(china.get('dns-privatelink-blob')?.target, 'dns:///probestore01.privatelink.blob.core.chinacloudapi.cn');
    const gov = byName(expandProfile('apim-v2-injection', { cloud: 'usgov', keyVault: 'probe-kv', privateEndpoints: true }).checks);
    assert.equal(gov.get('dns-privatelink-vault')?.target, 'dns:///probe-kv.privatelink.vaultcore.usgovcloudapi.net');
  });
});

describe('apim-v2-integration', () => {
  test('checks DNS, blob storage and the backends, nothing else', () => {
    const { checks, skipped } = expandProfile('apim-v2-integration', fullParams('apim-v2-integration', 'public'));
    assert.deepEqual(new Set(checks.map((c) => c.group)), new Set(['DNS', 'Storage', 'Backend']));
    assert.deepEqual(checks.filter((c) => c.group === 'Storage').map((c) => c.name), ['storage-blob']);
    assert.deepEqual(skipped, []);
  });

  test('backends pass through as required checks named backend-1..n', () => {
    const { checks } = expandProfile('apim-v2-integration', { backends: ['https://a.internal/x?y=1', 'sql://db.internal:1433', 'tcp://10.9.9.9:22'] });
    const backends = checks.filter((c) => c.group === 'Backend');
    assert.deepEqual(backends.map((c) => [c.name, c.target, c.required]), [
      ['backend-1', 'https://a.internal/x?y=1', true],
      ['backend-2', 'sql://db.internal:1433', true],
      ['backend-3', 'tcp://10.9.9.9:22', true],
    ]);
  });
});

describe('apim-v2-injection', () => {
  test('the resolver must answer the key vault name', () => {
    const checks = byName(expandProfile('apim-v2-injection', { keyVault: 'probe-kv', resolvers: ['10.0.0.4'] }).checks);
    assert.equal(checks.get('dns-10.0.0.4')?.target, 'dns://10.0.0.4/probe-kv.vault.azure.net');
    assert.equal(checks.get('dns-10.0.0.4')?.required, true);
    assert.equal(checks.get('keyvault')?.target, 'https://probe-kv.vault.azure.net');
    assert.equal(checks.get('keyvault')?.required, true);
  });

  test('without a vault the bare vault suffix is queried, as an optional check', () => {
    for (const cloud of CLOUD_NAMES) {
      const { checks, skipped } = expandProfile('apim-v2-injection', { cloud, resolvers: ['10.0.0.4'] });
      const dns = byName(checks).get('dns-10.0.0.4');
      assert.equal(dns?.target, `dns://10.0.0.4/${clouds[cloud].vault}`);
      assert.equal(dns?.required, false);
      assert.ok(skipped.some((s) => s.name === 'keyvault' && s.required));
    }
  });

  test('checks DNS, storage, Key Vault and backends only', () => {
    const { checks } = expandProfile('apim-v2-injection', fullParams('apim-v2-injection', 'public'));
    assert.deepEqual(new Set(checks.map((c) => c.group)), new Set(['DNS', 'Storage', 'AzureKeyVault', 'Backend']));
  });
});

describe('property: any valid parameters expand cleanly', () => {
  const label = fc.stringMatching(/^[a-z][a-z0-9]{2,10}$/);
  const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((t) => t.join('.'));
  const params = fc.record(
    {
      cloud: fc.constantFrom(...CLOUD_NAMES),
      storageAccount: fc.stringMatching(/^[a-z0-9]{3,24}$/),
      sqlServer: label,
      eventHubNamespace: fc.stringMatching(/^[a-z][a-z0-9]{5,20}$/),
      keyVault: label,
      resolvers: fc.uniqueArray(ipv4, { maxLength: 3 }),
      cacheHosts: fc.array(ipv4, { maxLength: 3 }),
      backends: fc.array(label.map((h) => `https://${h}.internal/`), { maxLength: 3 }),
      privateEndpoints: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  test('unique names, parseable targets, stable output', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROFILES), params, (profile, p) => {
        const accepted = new Set(listProfiles().find((x) => x.name === profile)!.params.map((x) => x.name));
        const given = Object.fromEntries(Object.entries(p).filter(([k]) => accepted.has(k as keyof ProfileParams)));
        const first = expandProfile(profile, given);
        const names = first.checks.map((c) => c.name);
        assert.equal(new Set(names).size, names.length);
        for (const c of first.checks) new URL(c.target);
        assert.deepEqual(expandProfile(profile, given), first);
      }),
      { numRuns: 150 },
    );
  });
});
