import assert from 'node:assert/strict';
import type { NetworkInterfaceInfo } from 'node:os';
import { test } from 'node:test';
import { isLinkLocalAddress, isLoopbackAddress, summarizeInterfaces } from '../../../src/context/interfaces.ts';

const TABLE: Record<string, NetworkInterfaceInfo[]> = {
  lo: [
    { address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' },
    { address: '::1', netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', family: 'IPv6', mac: '00:00:00:00:00:00', internal: true, cidr: '::1/128', scopeid: 0 },
  ],
  eth0: [
    { address: '10.0.1.4', netmask: '255.255.255.0', family: 'IPv4', mac: '00:0d:3a:f8:06:ec', internal: false, cidr: '10.0.1.4/24' },
    { address: 'fd00:db8::4', netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6', mac: '00:0d:3a:f8:06:ec', internal: false, cidr: 'fd00:db8::4/64', scopeid: 0 },
    { address: 'fe80::20d:3aff:fef8:6ec', netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6', mac: '00:0d:3a:f8:06:ec', internal: false, cidr: 'fe80::20d:3aff:fef8:6ec/64', scopeid: 2 },
  ],
  eth1: [
    { address: '169.254.10.2', netmask: '255.255.0.0', family: 'IPv4', mac: '00:0d:3a:f8:06:ed', internal: false, cidr: null },
    { address: '172.16.5.9', netmask: '255.255.240.0', family: 'IPv4', mac: '00:0d:3a:f8:06:ed', internal: false, cidr: null },
  ],
};

test('addresses exclude loopback and link-local; interfaces keep every address with its prefix', () => {
  const summary = summarizeInterfaces(TABLE);
  assert.deepEqual(summary.addresses, ['10.0.1.4', 'fd00:db8::4', '172.16.5.9']);
  assert.deepEqual(summary.interfaces.map((nic) => nic.name), ['eth0', 'eth1']);
  assert.deepEqual(summary.interfaces[0].addresses, [
    { address: '10.0.1.4', prefix: 24, family: 'IPv4' },
    { address: 'fd00:db8::4', prefix: 64, family: 'IPv6' },
    { address: 'fe80::20d:3aff:fef8:6ec', prefix: 64, family: 'IPv6' },
  ]);
});

test('prefix falls back to the netmask when cidr is null', () => {
  const eth1 = summarizeInterfaces(TABLE).interfaces[1];
  assert.deepEqual(eth1.addresses.map((a) => a.prefix), [16, 20]);
  const v6 = summarizeInterfaces({
    x: [{ address: 'fd00::9', netmask: 'ffff:ffff:ffff:ff00::', family: 'IPv6', mac: '', internal: false, cidr: null, scopeid: 0 }],
  });
  assert.equal(v6.interfaces[0].addresses[0].prefix, 56);
});

test('numeric family (Node 18.0) and empty tables', () => {
  const legacy = { eth0: [{ ...TABLE.eth0[0], family: 4 as unknown as 'IPv4' }] };
  assert.deepEqual(summarizeInterfaces(legacy).addresses, ['10.0.1.4']);
  assert.deepEqual(summarizeInterfaces({}), { addresses: [], interfaces: [] });
  assert.deepEqual(summarizeInterfaces({ eth9: undefined }), { addresses: [], interfaces: [] });
});

test('loopback and link-local classification', () => {
  for (const a of ['127.0.0.1', '127.0.0.53', '127.0.0.11', '::1', '::ffff:127.0.0.1']) assert.ok(isLoopbackAddress(a), a);
  for (const a of ['168.63.129.16', '10.0.0.4', '::', 'fe80::1']) assert.ok(!isLoopbackAddress(a), a);
  for (const a of ['169.254.169.254', 'fe80::1', 'FE80::1%eth0', 'febf::1']) assert.ok(isLinkLocalAddress(a), a);
  for (const a of ['168.63.129.16', 'fec0::1', 'fd00::1', '10.0.0.1']) assert.ok(!isLinkLocalAddress(a), a);
});
