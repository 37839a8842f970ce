import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseTarget, TARGET_SCHEMES } from '../../../src/config/target.ts';
import { InputError } from '../../../src/engine/errors.ts';

describe('target grammar: default ports and kinds', () => {
  const cases: Array<[string, string, number]> = [
    ['dns://10.0.0.4/example.com', 'dns', 53],
    ['tls://example.com', 'tls', 443],
    ['http://example.com', 'http', 80],
    ['https://example.com', 'http', 443],
    ['blob://mystore', 'storage', 443],
    ['table://mystore', 'storage', 443],
    ['queue://mystore', 'storage', 443],
    ['file://mystore', 'storage', 443],
    ['sql://myserver.database.windows.net', 'sql', 1433],
    ['amqps://myhub.servicebus.windows.net', 'amqp', 5671],
    ['amqp://myhub.servicebus.windows.net', 'amqp', 5672],
    ['smtp://relay.example.com', 'smtp', 25028],
    ['smb://mystore.file.core.windows.net', 'smb', 445],
    ['redis://cache.internal', 'redis', 6381],
    ['rediss://cache.internal', 'redis', 6380],
    ['keyvault://myvault', 'keyvault', 443],
  ];
  for (const [raw, kind, port] of cases) {
    test(`${raw} → ${kind}:${port}`, () => {
      const t = parseTarget(raw);
      assert.equal(t.kind, kind);
      assert.equal(t.port, port);
    });
  }

  test('every scheme but tcp has a default port; tcp:// needs one', () => {
    for (const scheme of TARGET_SCHEMES) {
      if (scheme === 'tcp') {
        assert.throws(() => parseTarget('tcp://example.com'), (e: Error) => e instanceof InputError && /needs a port/.test(e.message));
        continue;
      }
      const raw = scheme === 'dns' ? 'dns://10.0.0.4/example.com' : `${scheme}://example.com`;
      const t = parseTarget(raw);
      assert.ok(t.port >= 1 && t.port <= 65535, `${scheme}: ${t.port}`);
    }
    assert.equal(parseTarget('tcp://example.com:8080').port, 8080);
  });

  test('an explicit port wins over the default', () => {
    assert.equal(parseTarget('sql://db.internal:11000').port, 11000);
    assert.equal(parseTarget('https://api.internal:8443/health').port, 8443);
  });
});

describe('target grammar: Azure short forms', () => {
  test('blob://ACCOUNT is ACCOUNT.blob.core.windows.net', () => {
    const t = parseTarget('blob://mystore');
    assert.equal(t.host, 'mystore.blob.core.windows.net');
    assert.equal(t.kind, 'storage');
  });
  test('table/queue/file:// name their service', () => {
    assert.equal(parseTarget('table://mystore').host, 'mystore.table.core.windows.net');
    assert.equal(parseTarget('queue://mystore').host, 'mystore.queue.core.windows.net');
    assert.equal(parseTarget('file://mystore').host, 'mystore.file.core.windows.net');
  });
  test('keyvault://NAME is NAME.vault.azure.net', () => {
    const t = parseTarget('keyvault://myvault');
    assert.equal(t.host, 'myvault.vault.azure.net');
    assert.equal(t.kind, 'keyvault');
  });
  test('a full host name is kept', () => {
    assert.equal(parseTarget('blob://mystore.blob.core.chinacloudapi.cn').host, 'mystore.blob.core.chinacloudapi.cn');
  });
  test('other clouds through suffixes', () => {
    assert.equal(parseTarget('blob://mystore', undefined, { storage: 'core.usgovcloudapi.net', vault: 'vault.usgovcloudapi.net' }).host, 'mystore.blob.core.usgovcloudapi.net');
  });
  test('https:// with kind: storage or keyvault', () => {
    assert.equal(parseTarget('https://mystore.blob.core.windows.net', 'storage').kind, 'storage');
    assert.equal(parseTarget('https://myvault.vault.azure.net', 'keyvault').kind, 'keyvault');
    assert.throws(() => parseTarget('sql://db', 'storage'), InputError);
  });
});

describe('target grammar: dns://', () => {
  test('dns://SERVER:PORT/NAME?type=AAAA&tcp=1', () => {
    const t = parseTarget('dns://10.0.0.4:5353/app.internal?type=AAAA&tcp=1');
    assert.equal(t.kind, 'dns');
    assert.deepEqual(t.dnsServer, { host: '10.0.0.4', port: 5353 });
    assert.equal(t.host, 'app.internal');
    assert.equal(t.path, 'app.internal');
    assert.deepEqual(t.query, { type: 'AAAA', tcp: '1' });
  });
  test('dns://SERVER/NAME: port 53', () => {
    assert.deepEqual(parseTarget('dns://168.63.129.16/mystore.blob.core.windows.net').dnsServer, { host: '168.63.129.16', port: 53 });
  });
  test('dns:///NAME: the system resolver (no server)', () => {
    const t = parseTarget('dns:///mystore.blob.core.windows.net');
    assert.equal(t.dnsServer, undefined);
    assert.equal(t.host, 'mystore.blob.core.windows.net');
    assert.equal(t.kind, 'dns');
  });
  test('dns://[::1]:53/NAME: IPv6 server', () => {
    assert.deepEqual(parseTarget('dns://[::1]:5300/x.internal').dnsServer, { host: '::1', port: 5300 });
  });
  test('bad dns targets name what is allowed', () => {
    assert.throws(() => parseTarget('dns://10.0.0.4/'), /needs a name|dns:\/\/\[SERVER/);
    assert.throws(() => parseTarget('dns://10.0.0.4/x.internal?type=MX'), /type must be A, AAAA or CNAME/);
    assert.throws(() => parseTarget('dns://10.0.0.4/x.internal?tcp=yes'), /tcp must be 1 or 0/);
    assert.throws(() => parseTarget('dns://10.0.0.4/x.internal?foo=1'), /unknown query parameter "foo", allowed: type, tcp/);
    assert.throws(() => parseTarget('dns://10.0.0.4:99999/x.internal'), /port must be 1-65535/);
  });
});

describe('target grammar: IPv6 literals and hosts', () => {
  test('[::1]:443', () => {
    const t = parseTarget('tls://[::1]:8443');
    assert.equal(t.host, '::1');
    assert.equal(t.port, 8443);
  });
  test('[::1] with the default port', () => {
    assert.equal(parseTarget('https://[::1]/health').port, 443);
    assert.equal(parseTarget('https://[::1]/health').path, '/health');
  });
  test('host names are lower-cased', () => {
    assert.equal(parseTarget('TLS://API.Example.COM').host, 'api.example.com');
  });
  test('http path and query are kept', () => {
    assert.equal(parseTarget('https://api.internal/health?deep=1').path, '/health?deep=1');
  });
});

describe('target grammar: bad input is an InputError that names the target and what is allowed', () => {
  const bad: Array<[string, RegExp]> = [
    ['example.com', /must start with a scheme, one of dns, tcp, tls/],
    ['ftp://example.com', /unknown scheme "ftp", allowed: dns, tcp, tls, http, https/],
    ['tcp://example.com', /needs a port/],
    ['tcp://example.com:0', /port must be 1-65535, got "0"/],
    ['tcp://example.com:65536', /port must be 1-65535, got "65536"/],
    ['tcp://example.com:12ab', /port must be 1-65535, got "12ab"/],
    ['tls://bad_host!:443', /"bad_host!" is not a valid host name or IP address/],
    ['tls://:443', /host|valid/],
  ];
  for (const [raw, pattern] of bad) {
    test(raw, () => {
      assert.throws(() => parseTarget(raw), (error: Error) => {
        assert.ok(error instanceof InputError, `not an InputError: ${error.name}`);
        assert.ok(error.message.includes(`"${raw}"`), `message does not name the target: ${error.message}`);
        assert.match(error.message, pattern);
        assert.ok(!error.message.includes('\n'), 'one line');
        return true;
      });
    });
  }
});

describe('target grammar: properties', () => {
  const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?$/);
  const hostname = fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.')).filter((h) => h.length <= 253 && !/(^|\.)(\d+|0x[0-9a-f]*)$/.test(h)); // a numeric or hex last label reads as IPv4 (WHATWG)
  const port = fc.integer({ min: 1, max: 65535 });
  const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((p) => p.join('.'));
  const ipv6 = fc.ipV6().filter((a) => !a.includes('.'));
  const hostScheme = fc.constantFrom('tcp', 'tls', 'http', 'https', 'sql', 'amqps', 'amqp', 'smtp', 'smb', 'redis', 'rediss');

  test('any valid host and port round-trip', () => {
    fc.assert(fc.property(hostScheme, hostname, port, (scheme, host, p) => {
      const t = parseTarget(`${scheme}://${host}:${p}`);
      assert.equal(t.host, host);
      assert.equal(t.port, p);
    }), { numRuns: 300 });
  });

  test('any IPv4 and IPv6 literal round-trips', () => {
    fc.assert(fc.property(hostScheme, fc.oneof(ipv4, ipv6), port, (scheme, address, p) => {
      const literal = address.includes(':') ? `[${address}]` : address;
      const t = parseTarget(`${scheme}://${literal}:${p}`);
      assert.equal(t.port, p);
      // the WHATWG parser normalises IPv6 (compression, case): compare the canonical forms
      const canonical = (a: string) => new URL(`http://${a.includes(':') ? `[${a}]` : a}`).hostname;
      assert.equal(canonical(t.host), canonical(address));
    }), { numRuns: 300 });
  });

  test('dns://SERVER:PORT/NAME round-trips server, port and name', () => {
    fc.assert(fc.property(ipv4, port, hostname, (server, p, name) => {
      const t = parseTarget(`dns://${server}:${p}/${name}`);
      assert.deepEqual(t.dnsServer, { host: server, port: p });
      assert.equal(t.host, name);
    }), { numRuns: 200 });
  });

  test('any string either parses or throws InputError (never anything else)', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.webUrl(), hostScheme.chain((s) => fc.string().map((rest) => `${s}://${rest}`))), (raw) => {
      try {
        parseTarget(raw);
      } catch (error) {
        assert.ok(error instanceof InputError, `${JSON.stringify(raw)} threw ${(error as Error).name}: ${(error as Error).message}`);
      }
    }), { numRuns: 1000 });
  });
});
