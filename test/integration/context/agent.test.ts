import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { hostname, networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { collectAgentFacts } from '../../../src/context/agent.ts';

// Fake /proc, /sys and resolv.conf files in a temp dir; interfaces come from this machine.
let root: string;
const path = (...parts: string[]): string => join(root, ...parts);

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'vnet-probe-context-'));
  await mkdir(path('proc', 'net'), { recursive: true });
  await mkdir(path('sys', 'class', 'net', 'azfixture0'), { recursive: true });
  await writeFile(path('proc', 'net', 'route'),
    'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n'
    + 'azfixture0\t00000000\t0101000A\t0003\t0\t0\t100\t00000000\t0\t0\t0\n'
    + 'azfixture0\t0001000A\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n');
  await writeFile(path('proc', 'net', 'ipv6_route'),
    '00000000000000000000000000000000 00 00000000000000000000000000000000 00 fd000000000000000000000000000001 00000400 00000002 00000000 00000003 azfixture0\n');
  await writeFile(path('sys', 'class', 'net', 'azfixture0', 'mtu'), '1400\n');
  await writeFile(path('azure-resolv.conf'), 'search abc.internal.cloudapp.net\nnameserver 168.63.129.16\n');
  await writeFile(path('custom-resolv.conf'), 'domain corp.contoso.com\nnameserver 10.1.0.4\nnameserver 10.1.0.5\n');
  await writeFile(path('stub-resolv.conf'), '# systemd-resolved stub\nnameserver 127.0.0.53\noptions edns0 trust-ad\nsearch abc.internal.cloudapp.net\n');
  await writeFile(path('systemd-upstream.conf'), 'nameserver 168.63.129.16\nsearch abc.internal.cloudapp.net\n');
  await writeFile(path('docker-resolv.conf'), 'nameserver 127.0.0.11\noptions ndots:0\n');
});

after(async () => {
  await rm(root, { recursive: true, force: true });
});

const base = () => ({
  imds: false,
  procRoot: path('proc'),
  sysRoot: path('sys'),
  systemdResolvConfPath: path('missing.conf'),
});

test('Azure-provided DNS, default routes, MTU of the default interface', async () => {
  const facts = await collectAgentFacts({ ...base(), imds: false, resolvConfPath: path('azure-resolv.conf') });
  assert.equal(facts.hostname, hostname());
  assert.deepEqual(facts.resolvers, ['168.63.129.16']);
  assert.deepEqual(facts.searchDomains, ['abc.internal.cloudapp.net']);
  assert.equal(facts.azureDns, true);
  assert.equal(facts.customDns, false);
  assert.equal(facts.stubResolver, false);
  assert.deepEqual(facts.defaultGateway, { address: '10.0.1.1', interface: 'azfixture0' });
  assert.deepEqual(facts.defaultGatewayV6, { address: 'fd00::1', interface: 'azfixture0' });
  assert.equal(facts.defaultInterfaceMtu, 1400);
  assert.deepEqual(facts.imds, { status: 'disabled', message: 'IMDS lookup disabled' });
  assert.equal(facts.azure, undefined);
});

test('addresses and interfaces match os.networkInterfaces(), loopback and link-local left out', async () => {
  const facts = await collectAgentFacts({ ...base(), imds: false, resolvConfPath: path('azure-resolv.conf') });
  const all = Object.values(networkInterfaces()).flat().filter((i) => i !== undefined);
  for (const address of facts.addresses) {
    assert.ok(all.some((i) => i.address === address && !i.internal), address);
    assert.ok(!address.startsWith('127.') && address !== '::1' && !address.startsWith('169.254.') && !/^fe[89ab]/i.test(address), address);
  }
  for (const nic of facts.interfaces) {
    for (const a of nic.addresses) {
      assert.ok(a.family === 'IPv4' || a.family === 'IPv6');
      assert.ok(Number.isInteger(a.prefix) && a.prefix >= 0 && a.prefix <= (a.family === 'IPv4' ? 32 : 128));
    }
  }
  // The fake /sys has no entry for the real interfaces: their MTU is simply absent.
  assert.ok(facts.interfaces.every((nic) => nic.mtu === undefined));
});

test('custom DNS servers and the domain keyword', async () => {
  const facts = await collectAgentFacts({ ...base(), imds: false, resolvConfPath: path('custom-resolv.conf') });
  assert.deepEqual(facts.resolvers, ['10.1.0.4', '10.1.0.5']);
  assert.deepEqual(facts.searchDomains, ['corp.contoso.com']);
  assert.equal(facts.customDns, true);
  assert.equal(facts.azureDns, false);
});

test('systemd-resolved stub: upstream servers decide azureDns', async () => {
  const facts = await collectAgentFacts({
    ...base(), imds: false, resolvConfPath: path('stub-resolv.conf'), systemdResolvConfPath: path('systemd-upstream.conf'),
  });
  assert.deepEqual(facts.resolvers, ['127.0.0.53']);
  assert.equal(facts.stubResolver, true);
  assert.deepEqual(facts.stubUpstreamResolvers, ['168.63.129.16']);
  assert.equal(facts.azureDns, true);
  assert.equal(facts.customDns, false);
});

test('Docker embedded DNS stub, upstream unknown: neither Azure nor custom', async () => {
  const facts = await collectAgentFacts({ ...base(), imds: false, resolvConfPath: path('docker-resolv.conf') });
  assert.equal(facts.stubResolver, true);
  assert.equal(facts.stubUpstreamResolvers, undefined);
  assert.equal(facts.azureDns, false);
  assert.equal(facts.customDns, false);
});

test('nothing readable: empty facts, no throw', async () => {
  const missing = path('nope');
  const facts = await collectAgentFacts({
    imds: false, procRoot: missing, sysRoot: missing, resolvConfPath: missing, systemdResolvConfPath: missing,
  });
  assert.deepEqual(facts.resolvers, []);
  assert.deepEqual(facts.searchDomains, []);
  assert.equal(facts.defaultGateway, undefined);
  assert.equal(facts.defaultGatewayV6, undefined);
  assert.equal(facts.defaultInterfaceMtu, undefined);
  assert.equal(facts.azureDns, false);
  assert.equal(facts.customDns, false);
  assert.equal(facts.stubResolver, false);
});
