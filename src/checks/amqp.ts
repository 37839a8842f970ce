import net from 'node:net';
import type { Duplex } from 'node:stream';
import * as z from '../config/zod.ts';
import { EventHubsAmqpClient, PeerEndError } from '../azure/eventhubs-amqp-client.ts';
import { probeAmqp, type ProbeOutcome } from '../azure/eventhubs-amqp-probe.ts';
import { parseConnectionString, tokenFor, type EventHubsCredentials } from '../azure/eventhubs-credentials.ts';
import { peerEndFailure, statusFailure, type AmqpStage } from '../azure/eventhubs-errors.ts';
import { upgradeToWebSocket } from '../azure/eventhubs-ws-stream.ts';
import type { CheckSpec } from '../config/spec.ts';
import { readSecret } from '../config/secrets.ts';
import type { Target } from '../config/target.ts';
import { InputError, ProbeFailure } from '../engine/errors.ts';
import type { ProbeRun } from '../engine/probe.ts';
import { isIpLiteral } from '../net/address.ts';
import { connectLayer } from '../net/connect.ts';
import { resolveLayer } from '../net/resolve.ts';
import { tlsLayer } from '../net/tls.ts';
import type { Check } from './check.ts';

const WEBSOCKET_PATH = '/$servicebus/websocket';
const WEBSOCKET_PROTOCOL = 'AMQPWSB10';
/** The longest wait for the peer's answer to our close, once its open has arrived. */
const CLOSE_WAIT_MS = 1000;

const optionsSchema = z.strictObject({
  eventHub: z.optional(z.string().check(z.minLength(1), z.maxLength(256), z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be an event hub name (letters, digits, ".", "_", "-")'))),
});
type AmqpOptions = z.infer<typeof optionsSchema>;

function parseOptions(raw: Record<string, unknown>): AmqpOptions {
  const parsed = optionsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.');
  throw new InputError(`options.${field}: ${issue.code === 'unrecognized_keys' ? 'unknown option for amqp (allowed: eventHub)' : issue.message}`);
}

interface Credentials {
  connection: EventHubsCredentials;
  hub: string;
}

/** Read before any packet is sent, so a config mistake never looks like a network fault. */
/** Config-time validation: options and credentials, before anything is sent. */
export function validateAmqpSpec(spec: CheckSpec): void {
  readCredentials(spec, parseOptions(spec.options));
}

function readCredentials(spec: CheckSpec, options: AmqpOptions): Credentials | undefined {
  const auth = spec.auth;
  if (!auth) return undefined;
  if (!auth.connectionString) throw new InputError('auth: amqp checks take auth.connectionString (an Event Hubs connection string)');
  const connection = parseConnectionString(readSecret(auth.connectionString, 'auth.connectionString'));
  const hub = options.eventHub ?? connection.entityPath;
  if (!hub) throw new InputError('options.eventHub: name the event hub (or put EntityPath=… in the connection string)');
  return { connection, hub };
}

/** The name the service routes by (open hostname, WebSocket Host): the namespace, not an address. */
function serviceHostname(target: Target, spec: CheckSpec, credentials: Credentials | undefined): string {
  if (spec.tls.servername) return spec.tls.servername;
  if (isIpLiteral(target.host) && credentials) return credentials.connection.endpointHost;
  return target.host;
}

function withDetail(error: unknown, detail: Record<string, unknown>): unknown {
  if (error instanceof ProbeFailure) return new ProbeFailure(error.class, error.message, { ...detail, ...error.detail });
  return error;
}

function asFailure(error: unknown, stage: AmqpStage): unknown {
  return error instanceof PeerEndError ? peerEndFailure(error.end, stage) : error;
}

/**
 * amqps://NS.servicebus.windows.net[:5671], amqp://…:5672, amqps+ws://…[:443] — Event Hubs.
 * Without credentials: the SASL header exchange, the mechanisms, then SASL ANONYMOUS and
 * open/close (where an IP filter refuses). With a connection string, on the same connection:
 * CBS put-token (auth) and a $management READ of the hub (operation), through rhea.
 */
export const amqpCheck: Check = async (target, spec, run) => {
  const options = parseOptions(spec.options);
  const credentials = readCredentials(spec, options);
  const hostname = serviceHostname(target, spec, credentials);

  const addresses = await resolveLayer(run, target.host, { server: spec.dns.server, tcp: spec.dns.tcp, expect: spec.expect });
  let socket: Duplex = await connectLayer(run, addresses, target.port);
  if (target.scheme === 'amqps' || target.scheme === 'amqps+ws') socket = await tlsLayer(run, socket as net.Socket, target.host, spec.tls);

  const { stream, probe } = await run.layer('protocol', async () => {
    const detail: Record<string, unknown> = {};
    let amqpStream = socket;
    if (target.scheme === 'amqps+ws') {
      const name = net.isIPv6(hostname) ? `[${hostname}]` : hostname;
      const host = target.port === 443 ? name : `${name}:${target.port}`;
      const ws = await upgradeToWebSocket(socket, { host, path: WEBSOCKET_PATH, protocol: WEBSOCKET_PROTOCOL }, run.signal);
      amqpStream = run.own(ws.stream);
      detail.websocket = ws.detail;
    }
    let outcome: ProbeOutcome;
    try {
      outcome = await probeAmqp(amqpStream, run.signal, {
        openAnonymously: !credentials,
        hostname,
        closeWaitMs: () => Math.max(0, Math.min(CLOSE_WAIT_MS, run.remainingMs() - 50)),
      });
    } catch (error) {
      throw withDetail(error, detail);
    }
    return { value: { stream: amqpStream, probe: outcome }, detail: { ...detail, ...outcome.detail } };
  });

  if (credentials) await authAndOperation(run, stream, probe, credentials, hostname);
  return run.layers;
};

async function authAndOperation(run: ProbeRun, stream: Duplex, probe: ProbeOutcome, credentials: Credentials, hostname: string): Promise<void> {
  const { connection, hub } = credentials;
  const client = await run.layer('auth', async () => {
    if (!probe.sasl) throw new ProbeFailure('protocol_mismatch', 'the peer does not do SASL, so Event Hubs claims-based auth (SASL ANONYMOUS + CBS) cannot run');
    if (!probe.mechanisms.includes('ANONYMOUS')) {
      throw new ProbeFailure('protocol_mismatch', `the peer offers SASL ${probe.mechanisms.join(', ') || 'nothing'} but not ANONYMOUS, which Event Hubs claims-based auth needs`);
    }
    let stage: AmqpStage = 'open';
    try {
      const { client, open } = await EventHubsAmqpClient.connect(stream, probe.replay, { hostname, username: connection.keyName ?? 'vnet-probe' }, run.signal);
      run.own(client);
      stage = 'cbs';
      // The audience the Event Hubs SDKs claim for $management requests.
      const audience = `sb://${connection.endpointHost}/${hub}/$management`;
      const token = tokenFor(connection, audience);
      const reply = await client.request('$cbs', {
        body: token.reveal(),
        application_properties: { operation: 'put-token', type: 'servicebus.windows.net:sastoken', name: audience },
      }, run.signal);
      const refused = statusFailure('cbs', reply, `the namespace ${connection.endpointHost} does not know ${audience}`);
      if (refused) throw refused;
      return {
        value: client,
        detail: {
          sasl: 'ANONYMOUS',
          open,
          cbs: { audience, statusCode: reply.statusCode, ...(reply.statusDescription ? { statusDescription: reply.statusDescription } : {}) },
          ...(connection.keyName ? { keyName: connection.keyName } : { token: 'SharedAccessSignature from the connection string' }),
        },
      };
    } catch (error) {
      throw asFailure(error, stage);
    }
  });

  await run.layer('operation', async () => {
    let reply;
    try {
      reply = await client.request('$management', {
        body: Buffer.from('[]'),
        application_properties: { operation: 'READ', name: hub, type: 'com.microsoft:eventhub' },
      }, run.signal);
    } catch (error) {
      throw asFailure(error, 'management');
    }
    const refused = statusFailure('management', reply, `the event hub "${hub}" does not exist in the namespace ${connection.endpointHost} (check EntityPath or options.eventHub)`);
    if (refused) throw refused;
    return { value: undefined, detail: { hub, ...hubProperties(reply.body) } };
  });
  run.release(client);
}

/** The fields of a READ answer (name, created_at, partition_count, partition_ids) worth reporting. */
function hubProperties(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Buffer.isBuffer(body)) {
    throw new ProbeFailure('protocol_mismatch', 'the $management READ answer has no property map');
  }
  const map = body as Record<string, unknown>;
  const ids = Array.isArray(map.partition_ids) ? map.partition_ids.map(String) : undefined;
  const count = typeof map.partition_count === 'number' ? map.partition_count : ids?.length;
  if (count === undefined) throw new ProbeFailure('protocol_mismatch', 'the $management READ answer names no partitions');
  const created = map.created_at instanceof Date ? map.created_at.toISOString() : undefined;
  return {
    partitionCount: count,
    ...(ids ? { partitionIds: ids.slice(0, 64) } : {}),
    ...(typeof map.name === 'string' ? { name: map.name } : {}),
    ...(created ? { createdAt: created } : {}),
  };
}
