import type { ZoneRecord } from '../../src/demo/dns-zone.ts';
import { ROLES, type Role } from './topology.ts';

/**
 * A lab command, written as data in a scenario:
 *   "router: iptables -w -A NSG-AGENT -d 10.61.3.19 -p tcp --dport 1433 -j DROP"   (argv run in that namespace)
 *   "zone: labstore2.privatelink.blob.core.windows.net CNAME blob.x.store.core.windows.net"
 *   "zone: NAME A 10.61.3.10[,10.61.3.11]" | "zone: NAME NXDOMAIN|SERVFAIL|REFUSED" | "zone: NAME -" (delete)
 * Arguments are split on spaces: none of the lab's commands needs quoting.
 */
export type LabCommand = string;

export type ParsedCommand =
  | { kind: 'exec'; role: Role; argv: string[] }
  | { kind: 'zone'; name: string; record: ZoneRecord | null };

const RCODES = ['NXDOMAIN', 'SERVFAIL', 'REFUSED'] as const;

export function parseCommand(command: LabCommand): ParsedCommand {
  const match = /^([a-z]+):\s+(.+)$/.exec(command.trim());
  if (!match) throw new Error(`lab command "${command}": must be "ROLE: argv…" or "zone: NAME RECORD"`);
  const [, where, rest] = match;
  const words = rest.split(/\s+/);
  if (where === 'zone') return { kind: 'zone', name: words[0], record: zoneRecord(command, words.slice(1)) };
  if (!(ROLES as readonly string[]).includes(where)) throw new Error(`lab command "${command}": unknown namespace role "${where}" (one of ${ROLES.join(', ')}, or zone)`);
  return { kind: 'exec', role: where as Role, argv: words };
}

function zoneRecord(command: string, words: string[]): ZoneRecord | null {
  const [type, value] = words;
  if (type === '-' && words.length === 1) return null;
  if ((RCODES as readonly string[]).includes(type) && words.length === 1) return { rcode: type as (typeof RCODES)[number] };
  if (type === 'A' && value && words.length === 2) return { A: value.split(',') };
  if (type === 'CNAME' && value && words.length === 2) return { CNAME: value };
  throw new Error(`lab command "${command}": a zone record is "A ADDR[,ADDR]", "CNAME NAME", NXDOMAIN, SERVFAIL, REFUSED or "-"`);
}
