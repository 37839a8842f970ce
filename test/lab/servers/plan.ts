// What one `host.ts` process serves inside its namespace. The lab builder writes a plan per
// namespace as JSON; certificates are file paths, so the plan stays small and readable.
import type { ZoneRecord } from '../../../src/demo/dns-zone.ts';
import type { PeerMode } from '../../fixtures/azure-like-peer.ts';

export interface TlsFiles { cert: string; key: string }

export type ServerSpec =
  /** zone DNS servers on UDP and TCP 53 of each address, changed at run time through a unix socket */
  | { type: 'dns'; name: string; hosts: string[]; records: Record<string, ZoneRecord>; control: string }
  /** HTTPS (tls set) or HTTP: /health answers "healthy", anything else "ok" */
  | { type: 'web'; name: string; host: string; port: number; tls?: TlsFiles }
  /** writes bytes that are no protocol at all, then holds the connection */
  | { type: 'garbage'; name: string; host: string; port: number }
  /** test/fixtures/tds-server.ts on host:port */
  | { type: 'tds'; name: string; host: string; port: number; tls: TlsFiles; login: { kind: 'ok'; user: string; password: string } | { kind: 'redirect'; host: string; port: number } }
  /** test/fixtures/amqp-peer.ts (loopback only) behind a relay on host:port */
  | { type: 'amqp'; name: string; host: string; port: number; tls?: TlsFiles; websocket?: boolean }
  /** test/fixtures/azure-like-peer.ts (loopback only) behind a relay on host:port */
  | { type: 'azure-like'; name: string; host: string; port: number; tls: TlsFiles; mode: PeerMode; sourceAddress?: string }
  /** smtp-server, the SMTP relay */
  | { type: 'smtp'; name: string; host: string; ports: number[]; tls: TlsFiles; banner: string }
  /** the firewall's TLS-inspecting proxy: terminates TLS with its own CA, dials the SNI name on 443 */
  | { type: 'inspector'; name: string; port: number; tls: TlsFiles };

export interface HostPlan {
  /** the namespace role, for logs */
  role: string;
  servers: ServerSpec[];
  /** exit when this process is gone (a test run); absent for a lab started by hand */
  watchPid?: number;
}

/** The line host.ts prints once every server listens. */
export const READY_LINE = 'LAB-HOST-READY';
