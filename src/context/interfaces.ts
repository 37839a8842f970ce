import { readFileSync } from 'node:fs';
import { isIPv4 } from 'node:net';
import type { NetworkInterfaceInfo } from 'node:os';
import { join } from 'node:path';

export interface InterfaceAddress {
  address: string;
  prefix: number;
  family: 'IPv4' | 'IPv6';
}

export interface InterfaceFacts {
  name: string;
  addresses: InterfaceAddress[];
  mtu?: number;
}

export interface InterfaceSummary {
  /** Addresses the workload could be seen from: no loopback, no link-local. */
  addresses: string[];
  /** Every interface that is not loopback-only, with all its addresses. */
  interfaces: InterfaceFacts[];
}

/** Summarizes the shape returned by os.networkInterfaces(). */
export function summarizeInterfaces(
  table: Record<string, NetworkInterfaceInfo[] | undefined>,
): InterfaceSummary {
  const addresses: string[] = [];
  const interfaces: InterfaceFacts[] = [];
  for (const [name, infos] of Object.entries(table)) {
    if (infos === undefined || infos.length === 0 || infos.every((info) => info.internal)) continue;
    const entries: InterfaceAddress[] = [];
    for (const info of infos) {
      const family = familyOf(info);
      if (family === undefined) continue;
      entries.push({ address: info.address, prefix: prefixOf(info, family), family });
      if (!info.internal && !isLoopbackAddress(info.address) && !isLinkLocalAddress(info.address)) {
        if (!addresses.includes(info.address)) addresses.push(info.address);
      }
    }
    interfaces.push({ name, addresses: entries });
  }
  return { addresses, interfaces };
}

export function isLoopbackAddress(address: string): boolean {
  if (isIPv4(address)) return address.startsWith('127.');
  const lower = address.toLowerCase();
  return lower === '::1' || lower.startsWith('::ffff:127.');
}

export function isLinkLocalAddress(address: string): boolean {
  if (isIPv4(address)) return address.startsWith('169.254.');
  const bare = address.split('%')[0];
  // the URL parser validates the IPv6 text: net.isIPv6's expression costs ~10 ms to compile on first use
  return /^fe[89ab][0-9a-f]{0,2}:[0-9a-f:.]*$/i.test(bare) && URL.canParse(`http://[${bare}]/`);
}

/** /sys/class/net/IFACE/mtu, or undefined when the file is missing or unreadable. */
export async function readInterfaceMtu(sysRoot: string, name: string): Promise<number | undefined> {
  if (name === '' || name.includes('/') || name === '.' || name === '..') return undefined;
  try {
    const text = readFileSync(join(sysRoot, 'class', 'net', name, 'mtu'), 'utf8');
    const mtu = Number.parseInt(text.trim(), 10);
    return Number.isInteger(mtu) && mtu > 0 ? mtu : undefined;
  } catch {
    return undefined;
  }
}

function familyOf(info: NetworkInterfaceInfo): 'IPv4' | 'IPv6' | undefined {
  // Node 18.0-18.3 reported the family as a number.
  const family: unknown = info.family;
  if (family === 'IPv4' || family === 4) return 'IPv4';
  if (family === 'IPv6' || family === 6) return 'IPv6';
  return undefined;
}

function prefixOf(info: NetworkInterfaceInfo, family: 'IPv4' | 'IPv6'): number {
  const fromCidr = info.cidr === null ? Number.NaN : Number.parseInt(info.cidr.split('/')[1] ?? '', 10);
  if (Number.isInteger(fromCidr)) return fromCidr;
  return prefixFromNetmask(info.netmask, family);
}

function prefixFromNetmask(netmask: string, family: 'IPv4' | 'IPv6'): number {
  let bits = 0;
  if (family === 'IPv4') {
    for (const octet of netmask.split('.')) bits += popcount(Number.parseInt(octet, 10) || 0);
    return bits;
  }
  // Groups elided by '::' are zero, so counting the written groups is enough.
  for (const group of netmask.split(':')) bits += popcount(Number.parseInt(group, 16) || 0);
  return bits;
}

function popcount(value: number): number {
  let count = 0;
  for (let v = value; v > 0; v >>>= 1) count += v & 1;
  return count;
}
