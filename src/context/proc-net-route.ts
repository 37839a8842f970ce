/** A default route: the next hop and the interface it leaves by. */
export interface DefaultRoute {
  address: string;
  interface: string;
}

// Route flags from <linux/route.h> and <linux/ipv6_route.h>.
const RTF_UP = 0x0001;
const RTF_GATEWAY = 0x0002;
const RTF_REJECT = 0x0200;

/**
 * The IPv4 default route from /proc/net/route: destination and mask 0, flags UP|GATEWAY.
 * Addresses are hex in host byte order, i.e. little-endian on x86-64 and arm64
 * (`0100000A` is 10.0.0.1). When several default routes exist, the lowest metric wins.
 */
export function parseProcNetRoute(text: string): DefaultRoute | undefined {
  let best: { route: DefaultRoute; metric: number } | undefined;
  for (const line of text.split('\n').slice(1)) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 8) continue;
    const [iface, destination, gateway, flagsHex, , , metricText, mask] = fields;
    const flags = Number.parseInt(flagsHex, 16);
    if (destination !== '00000000' || mask !== '00000000') continue;
    if ((flags & RTF_UP) === 0 || (flags & RTF_GATEWAY) === 0) continue;
    const address = ipv4FromLittleEndianHex(gateway);
    const metric = Number.parseInt(metricText, 10);
    if (address === undefined || Number.isNaN(metric)) continue;
    if (best === undefined || metric < best.metric) best = { route: { address, interface: iface }, metric };
  }
  return best?.route;
}

/**
 * The IPv6 default route from /proc/net/ipv6_route: `::/0` with a gateway next hop.
 * The kernel's own "unreachable" default on `lo` (flag REJECT) is skipped.
 */
export function parseProcNetIpv6Route(text: string): DefaultRoute | undefined {
  let best: { route: DefaultRoute; metric: number } | undefined;
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 10) continue;
    const [destination, destinationPrefix, , , nextHop, metricHex, , , flagsHex, iface] = fields;
    const flags = Number.parseInt(flagsHex, 16);
    if (!/^0{32}$/.test(destination) || destinationPrefix !== '00') continue;
    if ((flags & RTF_UP) === 0 || (flags & RTF_GATEWAY) === 0 || (flags & RTF_REJECT) !== 0) continue;
    if (iface === 'lo' || /^0{32}$/.test(nextHop)) continue;
    const address = ipv6FromHex(nextHop);
    const metric = Number.parseInt(metricHex, 16);
    if (address === undefined || Number.isNaN(metric)) continue;
    if (best === undefined || metric < best.metric) best = { route: { address, interface: iface }, metric };
  }
  return best?.route;
}

function ipv4FromLittleEndianHex(hex: string): string | undefined {
  if (!/^[0-9a-fA-F]{8}$/.test(hex)) return undefined;
  const value = Number.parseInt(hex, 16);
  return [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff].join('.');
}

function ipv6FromHex(hex: string): string | undefined {
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) return undefined;
  const groups = hex.match(/.{4}/g)!.join(':');
  // The WHATWG URL serializer prints IPv6 in its canonical compressed form.
  return new URL(`http://[${groups}]/`).hostname.slice(1, -1);
}
