import net from 'node:net';

export type AddressScope = 'private' | 'public' | 'loopback' | 'link-local' | 'unspecified';

const privateV4 = new net.BlockList();
privateV4.addSubnet('10.0.0.0', 8);
privateV4.addSubnet('172.16.0.0', 12);
privateV4.addSubnet('192.168.0.0', 16);
privateV4.addSubnet('100.64.0.0', 10); // RFC 6598 shared address space
const loopback = new net.BlockList();
loopback.addSubnet('127.0.0.0', 8);
loopback.addAddress('::1', 'ipv6');
const linkLocal = new net.BlockList();
linkLocal.addSubnet('169.254.0.0', 16);
linkLocal.addSubnet('fe80::', 10, 'ipv6');
const ula = new net.BlockList();
ula.addSubnet('fc00::', 7, 'ipv6');

/**
 * net.isIP(), without running its IPv6 expression on text that has no colon: V8 compiles that
 * expression on first use (~10-15 ms of a one-shot run), and most hosts checked are names or IPv4.
 */
export function ipFamily(host: string): 0 | 4 | 6 {
  if (net.isIPv4(host)) return 4;
  return host.includes(':') && net.isIPv6(host) ? 6 : 0;
}

/** Where an address lives: RFC 1918, RFC 6598 and ULA count as private, as Azure private endpoints use them. */
export function addressScope(address: string): AddressScope {
  const family = ipFamily(address);
  if (family === 0) throw new TypeError(`not an IP address: ${address}`);
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (address === '0.0.0.0' || address === '::') return 'unspecified';
  if (loopback.check(address, type)) return 'loopback';
  if (linkLocal.check(address, type)) return 'link-local';
  if (family === 4 ? privateV4.check(address, 'ipv4') : ula.check(address, 'ipv6')) return 'private';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return addressScope(mapped[1]);
  return 'public';
}

/** True unless the address is reachable from the internet (loopback and link-local count as not public). */
export function isPrivateAddress(address: string): boolean {
  return addressScope(address) !== 'public';
}

export function isIpLiteral(host: string): boolean {
  return ipFamily(stripBrackets(host)) !== 0;
}

export function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/** host:port with IPv6 in brackets. */
export function joinHostPort(host: string, port: number): string {
  return ipFamily(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
}
