import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseProcNetIpv6Route, parseProcNetRoute } from '../../../src/context/proc-net-route.ts';

// Captured from an Azure VM in 10.0.1.0/24 (gateway 10.0.1.1), plus a docker bridge.
const ROUTE = `Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
eth0\t00000000\t0101000A\t0003\t0\t0\t100\t00000000\t0\t0\t0
eth0\t0001000A\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0
eth0\t10813FA8\t0101000A\t0007\t0\t0\t100\tFFFFFFFF\t0\t0\t0
docker0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0
`;

test('IPv4 default route: little-endian hex gateway and its interface', () => {
  assert.deepEqual(parseProcNetRoute(ROUTE), { address: '10.0.1.1', interface: 'eth0' });
});

test('lowest metric wins among several default routes; down routes are skipped', () => {
  const text = `Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
wlan0\t00000000\t0102A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0
eth1\t00000000\t FE01A8C0\t0002\t0\t0\t1\t00000000\t0\t0\t0
eth0\t00000000\t010200C0\t0003\t0\t0\t100\t00000000\t0\t0\t0
`;
  assert.deepEqual(parseProcNetRoute(text), { address: '192.0.2.1', interface: 'eth0' });
});

test('no default route, or only a header, or garbage', () => {
  assert.equal(parseProcNetRoute(ROUTE.split('\n').filter((l) => !l.startsWith('eth0\t00000000')).join('\n')), undefined);
  assert.equal(parseProcNetRoute('Iface\tDestination\tGateway \tFlags\n'), undefined);
  assert.equal(parseProcNetRoute(''), undefined);
  assert.equal(parseProcNetRoute('eth0 00000000 zzzzzzzz 0003 0 0 0 00000000 0 0 0\n'), undefined);
});

// Same layout the kernel prints: dest plen src plen nexthop metric refcnt use flags iface.
const IPV6_ROUTE = `fd000000000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0
fe800000000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000002 00000000 00000001     eth0
00000000000000000000000000000000 00 00000000000000000000000000000000 00 fd000000000000000000000000000001 00000400 00000002 00000000 00000003     eth0
00000000000000000000000000000001 80 00000000000000000000000000000000 00 00000000000000000000000000000000 00000000 00000002 00000000 80200001       lo
00000000000000000000000000000000 00 00000000000000000000000000000000 00 00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo
`;

test('IPv6 default route: canonical compressed next hop, kernel unreachable default skipped', () => {
  assert.deepEqual(parseProcNetIpv6Route(IPV6_ROUTE), { address: 'fd00::1', interface: 'eth0' });
});

test('IPv6: only the unreachable default on lo means no default route', () => {
  const onlyReject = IPV6_ROUTE.split('\n').filter((l) => !l.includes('fd000000000000000000000000000001')).join('\n');
  assert.equal(parseProcNetIpv6Route(onlyReject), undefined);
  assert.equal(parseProcNetIpv6Route(''), undefined);
});

test('IPv6: link-local next hop, lowest metric', () => {
  const text = `00000000000000000000000000000000 00 00000000000000000000000000000000 00 fe800000000000000222fffffe000001 00000400 00000002 00000000 00000003     eth1
00000000000000000000000000000000 00 00000000000000000000000000000000 00 20010db8000000000000000000000001 00000100 00000002 00000000 00000003     eth0
`;
  assert.deepEqual(parseProcNetIpv6Route(text), { address: '2001:db8::1', interface: 'eth0' });
});
