// The sql check against the TDS fixture (and two hand-made hostile peers) on 127.0.0.1.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { connect, createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { buildRunConfig } from '../../../src/config/load.ts';
import { configFileSchema } from '../../../src/config/schema.ts';
import type { CheckSpec } from '../../../src/config/spec.ts';
import { loadTedious } from '../../../src/azure/sql-session.ts';
import { runCheck } from '../../../src/engine/run-check.ts';
import type { CheckResult } from '../../../src/report/model.ts';
import { withTds } from '../../fixtures/tds-server.ts';
import { closedPort } from '../../helpers/net.ts';

const PASSWORD = 'Pr0be-Secret-7x!';
const TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.probe-test-token.c2lnbmF0dXJl';
process.env.VNETPROBE_TEST_SQL_PASSWORD = PASSWORD;
process.env.VNETPROBE_TEST_SQL_TOKEN = TOKEN;

// tedious blocks the event loop for ~0.5 s on its first load: done here, so the deadlines below time the wire only
await loadTedious();

function sqlSpec(target: string, entry: Record<string, unknown> = {}): CheckSpec {
  return buildRunConfig(configFileSchema.parse({ checks: [{ target, timeout: '2s', ...entry }] })).checks[0];
}

const sqlLogin = { username: 'probe', password: { env: 'VNETPROBE_TEST_SQL_PASSWORD' } };
const plain = { encrypt: false };

async function eventually(probe: () => boolean, ms = 1000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (probe()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return probe();
}

function layerNames(result: CheckResult): string[] {
  return result.layers.map((l) => `${l.layer}:${l.ok ? 'ok' : 'fail'}`);
}

function layer(result: CheckResult, name: string) {
  const found = result.layers.find((l) => l.layer === name);
  assert.ok(found, `no ${name} layer in ${layerNames(result).join(' ')}`);
  return found;
}

// ---------------------------------------------------------------------------------------
// Protocol rung, no credentials

test('PRELOGIN answered: the protocol rung passes with the server version and encryption', async () => {
  await withTds({ version: [12, 0, 2000], encryption: 'required' }, async (server) => {
    const result = await runCheck(sqlSpec(`sql://127.0.0.1:${server.port}`));
    assert.equal(result.status, 'pass', JSON.stringify(result.failure));
    assert.deepEqual(layerNames(result), ['resolve:ok', 'connect:ok', 'protocol:ok']);
    const detail = layer(result, 'protocol').detail!;
    assert.equal(detail.version, '12.0.2000');
    assert.equal(detail.encryption, 'required');
    assert.equal(detail.product, 'Azure SQL Database / Managed Instance or SQL Server 2014');
    assert.match(String(detail.tls), /inside PRELOGIN/);
    assert.equal(server.logins().length, 0, 'no login without credentials');
    assert.ok(await eventually(() => server.connections() === 0), 'the probe socket is closed');
  });
});

test('garbage answer to PRELOGIN: protocol_mismatch, with the first bytes shown', async () => {
  await withTds({ mode: 'garbage-prelogin' }, async (server) => {
    const result = await runCheck(sqlSpec(`sql://127.0.0.1:${server.port}`));
    assert.equal(result.failure?.class, 'protocol_mismatch');
    assert.equal(result.failure?.layer, 'protocol');
    assert.match(result.failure!.message, /but not SQL Server \(TDS\)/);
    assert.match(String(layer(result, 'protocol').detail?.firstBytes), /^HTTP\/1\.1 400 Bad Request/);
    assert.ok(await eventually(() => server.connections() === 0));
  });
});

test('peer closes after PRELOGIN: protocol_mismatch', async () => {
  await withTds({ mode: 'close-after-prelogin' }, async (server) => {
    const result = await runCheck(sqlSpec(`sql://127.0.0.1:${server.port}`));
    assert.equal(result.failure?.class, 'protocol_mismatch');
    assert.equal(result.failure?.layer, 'protocol');
    assert.match(result.failure!.message, /closed the connection without answering the PRELOGIN/);
  });
});

test('nothing listening: connect fails with tcp_refused', async () => {
  const port = await closedPort();
  const result = await runCheck(sqlSpec(`sql://127.0.0.1:${port}`));
  assert.equal(result.failure?.class, 'tcp_refused');
  assert.equal(result.failure?.layer, 'connect');
});

// ---------------------------------------------------------------------------------------
// With credentials

test('SQL login and SELECT 1: auth and operation layers pass', async () => {
  await withTds({ login: { kind: 'ok', user: 'probe', password: PASSWORD } }, async (server) => {
    const result = await runCheck(sqlSpec(`sql://127.0.0.1:${server.port}`, { auth: sqlLogin, options: { ...plain, database: 'appdb' } }));
    assert.equal(result.status, 'pass', JSON.stringify(result.failure));
    assert.deepEqual(layerNames(result), ['resolve:ok', 'connect:ok', 'protocol:ok', 'auth:ok', 'operation:ok']);
    assert.deepEqual(layer(result, 'auth').detail, { method: 'sql', user: 'probe', address: '127.0.0.1', encrypt: false, database: 'appdb' });
    assert.deepEqual(layer(result, 'operation').detail, { query: 'SELECT 1', rows: 1, value: 1 });
    assert.deepEqual(server.logins(), [{ user: 'probe', database: 'appdb', serverName: '127.0.0.1' }]);
    assert.ok(await eventually(() => server.connections() === 0), 'the session is closed at the end');
  });
});

test('wrong password: auth_failed with 18456', async () => {
  await withTds({ login: { kind: 'ok', user: 'probe', password: 'something-else' } }, async (server) => {
    const result = await runCheck(sqlSpec(`sql://127.0.0.1:${server.port}`, { auth: sqlLogin, options: plain }));
    assert.equal(result.failure?.class, 'auth_failed');
    assert.equal(result.failure?.layer, 'auth');
    assert.match(result.failure!.message, /SQL error 18456 at the login: login failed: the network path works/);
    assert.equal(layer(result, 'auth').detail?.sqlError, 18456);
    assert.ok(!JSON.stringify(result).includes(PASSWORD));
  });
});

const DENIALS: Array<[number, string, RegExp]> = [
  [40615, "Cannot open server 'probe' requested by the login. Client with IP address '203.0.113.7' is not allowed to access the server.", /firewall has no rule/],
  [40914, "Cannot open server 'probe' requested by the login. Client is not allowed to access the server.", /virtual network service endpoint/],
  [47073, 'Reason: An instance-specific error occurred while establishing a connection to SQL Server. Connection was denied since Deny Public Network Access is set to Yes.', /Deny public network access/],
  [40532, "Cannot open server \"probe\" requested by the login. The login failed.", /gateway cannot open the server/],
];

for (const [number, message, meaning] of DENIALS) {
  test(`server error ${number}: access_denied, the number and its meaning in the message`, async () => {
    await withTds({ login: { kind: 'error', number, message } }, async (server) => {
      const result = await runCheck(sqlSpec(`sql://127.0.0.1:${server.port}`, { auth: sqlLogin, options: plain }));
      assert.equal(result.failure?.class, 'access_denied');
      assert.equal(result.failure?.layer, 'auth');
      assert.match(result.failure!.message, new RegExp(`SQL error ${number}`));
      assert.match(result.failure!.message, meaning);
      assert.ok(result.failure!.message.includes(message), 'the server words are kept');
      if (number === 40615) assert.equal(layer(result, 'auth').detail?.clientAddressSeenByServer, '203.0.113.7');
    });
  });
}

test('database unavailable (40613): auth_failed that says the path works and the database is not available', async () => {
  await withTds({ login: { kind: 'error', number: 40613, message: "Database 'appdb' on server 'probe' is not currently available." } }, async (server) => {
    const result = await runCheck(sqlSpec(`sql://127.0.0.1:${server.port}`, { auth: sqlLogin, options: plain }));
    assert.equal(result.failure?.class, 'auth_failed');
    assert.match(result.failure!.message, /SQL error 40613.*not currently available.*network path works/);
    assert.equal(server.logins().length, 1, 'no retry on a transient error');
  });
});

test('redirect to a second server: a redirect layer with its host:port, then SELECT 1 on the node', async () => {
  await withTds({ login: { kind: 'ok' } }, async (node) => {
    await withTds({ login: { kind: 'redirect', host: '127.0.0.1', port: node.port } }, async (gateway) => {
      const result = await runCheck(sqlSpec(`sql://127.0.0.1:${gateway.port}`, { auth: sqlLogin, options: plain }));
      assert.equal(result.status, 'pass', JSON.stringify(result.failure));
      assert.deepEqual(layerNames(result), ['resolve:ok', 'connect:ok', 'protocol:ok', 'auth:ok', 'redirect:ok', 'operation:ok']);
      assert.equal(layer(result, 'auth').detail?.redirectedTo, `127.0.0.1:${node.port}`);
      const redirect = layer(result, 'redirect').detail!;
      assert.equal(redirect.host, '127.0.0.1');
      assert.equal(redirect.port, node.port);
      assert.equal(redirect.inRedirectRange, node.port >= 11000 && node.port <= 11999);
      assert.equal(redirect.address, '127.0.0.1');
      assert.equal(gateway.logins().length, 1);
      assert.equal(node.logins().length, 1);
      assert.ok(await eventually(() => node.connections() === 0 && gateway.connections() === 0));
    });
  });
});

test('redirect to a closed port: the redirect layer fails with tcp_refused and names 11000-11999', async () => {
  const port = await closedPort();
  await withTds({ login: { kind: 'redirect', host: '127.0.0.1', port } }, async (gateway) => {
    const result = await runCheck(sqlSpec(`sql://127.0.0.1:${gateway.port}`, { auth: sqlLogin, options: plain }));
    assert.equal(result.failure?.class, 'tcp_refused');
    assert.equal(result.failure?.layer, 'redirect');
    assert.deepEqual(layerNames(result), ['resolve:ok', 'connect:ok', 'protocol:ok', 'auth:ok', 'redirect:fail']);
    assert.match(result.failure!.message, new RegExp(`redirected to 127\\.0\\.0\\.1:${port}`));
    assert.match(result.failure!.message, /11000-11999 to the Sql service tag/);
    assert.deepEqual(layer(result, 'redirect').detail, { host: '127.0.0.1', port, inRedirectRange: false, address: '127.0.0.1' });
  });
});

test('redirect to a name that does not resolve: the redirect layer fails with a dns class', async () => {
  await withTds({ login: { kind: 'redirect', host: 'node.invalid', port: 11003 } }, async (gateway) => {
    const result = await runCheck(sqlSpec(`sql://127.0.0.1:${gateway.port}`, { auth: sqlLogin, options: plain }));
    assert.equal(result.failure?.layer, 'redirect');
    assert.match(result.failure!.class, /^dns_/);
    assert.match(result.failure!.message, /redirected to node\.invalid:11003/);
    assert.equal(layer(result, 'redirect').detail?.inRedirectRange, true);
  });
});

test('garbage token stream after LOGIN7: no hang, protocol_mismatch, no socket left', async () => {
  await withRawPeer([PRELOGIN_ANSWER, TABULAR_GARBAGE], async (peer) => {
    const result = await runCheck(sqlSpec(`sql://127.0.0.1:${peer.port}`, { timeout: '1s', auth: sqlLogin, options: plain }));
    assert.equal(result.status, 'fail');
    assert.equal(result.failure?.layer, 'auth');
    assert.equal(result.failure?.class, 'protocol_mismatch');
    assert.match(result.failure!.message, /not valid TDS/);
    assert.ok(result.durationMs < 1300, `took ${result.durationMs} ms`);
    assert.ok(await eventually(() => peer.connections() === 0), `${peer.connections()} sockets left`);
  });
});

test('garbage answer to SELECT 1 after a good login: the operation layer fails with protocol_mismatch, no socket left', async () => {
  const loggedIn = tabular(Buffer.concat([LOGINACK, DONE]));
  await withRawPeer([PRELOGIN_ANSWER, loggedIn, tabular(DONE), TABULAR_GARBAGE], async (peer) => {
    const result = await runCheck(sqlSpec(`sql://127.0.0.1:${peer.port}`, { auth: sqlLogin, options: plain }));
    assert.deepEqual(layerNames(result), ['resolve:ok', 'connect:ok', 'protocol:ok', 'auth:ok', 'operation:fail']);
    assert.equal(result.failure?.class, 'protocol_mismatch');
    assert.match(result.failure!.message, /not valid TDS/);
    assert.ok(await eventually(() => peer.connections() === 0), `${peer.connections()} sockets left`);
  });
});

test('SELECT 1 answered without rows: protocol_mismatch at the operation layer', async () => {
  const loggedIn = tabular(Buffer.concat([LOGINACK, DONE]));
  await withRawPeer([PRELOGIN_ANSWER, loggedIn, tabular(DONE), tabular(DONE)], async (peer) => {
    const result = await runCheck(sqlSpec(`sql://127.0.0.1:${peer.port}`, { auth: sqlLogin, options: plain }));
    assert.equal(result.failure?.layer, 'operation');
    assert.equal(result.failure?.class, 'protocol_mismatch');
    assert.match(result.failure!.message, /SELECT 1 answered null in 0 row/);
  });
});

test('a flood after LOGIN7 (packets that never end the message): cut at the read cap, protocol_mismatch', async () => {
  const packet = Buffer.alloc(4096, 0x41);
  Buffer.from([0x04, 0x00, 0x10, 0x00, 0x00, 0x00, 0x01, 0x00]).copy(packet); // tabular result, no EOM, 4096 bytes
  const first = Buffer.from(packet);
  Buffer.from([0xee, 0xff, 0xff, 0xff, 0x7f]).copy(first, 8); // FEDAUTHINFO announcing 2 GB: tedious would wait and buffer
  const flood = Buffer.concat([first, ...Array.from({ length: 300 }, () => packet)]);
  await withRawPeer([PRELOGIN_ANSWER, flood], async (peer) => {
    const result = await runCheck(sqlSpec(`sql://127.0.0.1:${peer.port}`, { auth: sqlLogin, options: plain }));
    assert.equal(result.failure?.layer, 'auth');
    assert.equal(result.failure?.class, 'protocol_mismatch');
    assert.match(result.failure!.message, /more than 1048576 bytes during the login/);
    assert.ok(await eventually(() => peer.connections() === 0), `${peer.connections()} sockets left`);
  });
});

test('encrypt left at its default (true) against a server without TLS: protocol_mismatch that names options.encrypt', async () => {
  await withTds({ encryption: 'not_supported' }, async (server) => {
    const result = await runCheck(sqlSpec(`sql://127.0.0.1:${server.port}`, { auth: sqlLogin }));
    assert.equal(result.failure?.layer, 'auth');
    assert.equal(result.failure?.class, 'protocol_mismatch');
    assert.match(result.failure!.message, /options\.encrypt/);
  });
});

test('Entra access token: sent as a federated token; a refusal is auth_failed and the token never shows', async () => {
  await withTds({ login: { kind: 'ok' } }, async (server) => {
    const result = await runCheck(sqlSpec(`sql://127.0.0.1:${server.port}`, { auth: { token: { env: 'VNETPROBE_TEST_SQL_TOKEN' } }, options: plain }));
    assert.equal(result.failure?.class, 'auth_failed');
    assert.equal(result.failure?.layer, 'auth');
    assert.match(result.failure!.message, /18456/);
    assert.equal(layer(result, 'auth').detail?.method, 'token');
    assert.ok(!JSON.stringify(result).includes(TOKEN));
  });
});

test('bad options and auth are input errors naming the field', async () => {
  const { parseSqlOptions, validateSqlSpec } = await import('../../../src/checks/sql.ts');
  assert.throws(() => parseSqlOptions({ encrypt: 'yes' }), /options\.encrypt/);
  assert.throws(() => parseSqlOptions({ databse: 'x' }), /options\.databse: unknown option/);
  assert.throws(() => validateSqlSpec(sqlSpec('sql://127.0.0.1', { auth: { username: 'probe' } })), /auth\.password: required/);
  assert.throws(() => validateSqlSpec(sqlSpec('sql://127.0.0.1', { auth: { sas: { env: 'X' } } })), /auth\.sas: not used by sql checks/);
  assert.throws(() => validateSqlSpec(sqlSpec('sql://127.0.0.1', { auth: { ...sqlLogin, token: { env: 'VNETPROBE_TEST_SQL_TOKEN' } } })), /give one of/);
  assert.throws(() => validateSqlSpec(sqlSpec('sql://127.0.0.1', { auth: { username: 'probe', password: { env: 'VNETPROBE_TEST_UNSET_XYZ' } } })), /auth\.password: environment variable VNETPROBE_TEST_UNSET_XYZ is not set/);
});

// ---------------------------------------------------------------------------------------
// Cases that end only at their deadline: run side by side, each against its own peers

describe('deadline-bound cases', { concurrency: true }, () => {
  test('silent peer: protocol_timeout within the deadline', async () => {
    await withTds({ mode: 'silent' }, async (server) => {
      const result = await runCheck(sqlSpec(`sql://127.0.0.1:${server.port}`, { timeout: '1s' }));
      assert.equal(result.failure?.class, 'protocol_timeout');
      assert.equal(result.failure?.layer, 'protocol');
      assert.ok(result.durationMs < 1300, `took ${result.durationMs} ms`);
      assert.ok(await eventually(() => server.connections() === 0));
    });
  });

  test('redirect to a node that drops the SYN: the redirect layer fails with tcp_timeout before the deadline, naming the node', async (t) => {
    await withBlackHole(t, async (port) => {
      await withTds({ login: { kind: 'redirect', host: '127.0.0.1', port } }, async (gateway) => {
        const result = await runCheck(sqlSpec(`sql://127.0.0.1:${gateway.port}`, { timeout: '1s', auth: sqlLogin, options: plain }));
        assert.deepEqual(layerNames(result), ['resolve:ok', 'connect:ok', 'protocol:ok', 'auth:ok', 'redirect:fail'], JSON.stringify(result));
        assert.equal(result.failure?.class, 'tcp_timeout');
        assert.match(result.failure!.message, new RegExp(`redirected to 127\\.0\\.0\\.1:${port} \\(127\\.0\\.0\\.1\\), which did not answer the SYN`));
        assert.match(result.failure!.message, /11000-11999/);
        assert.deepEqual(layer(result, 'redirect').detail, { host: '127.0.0.1', port, inRedirectRange: false, address: '127.0.0.1' });
        assert.ok(result.durationMs < 1200, `took ${result.durationMs} ms`);
      });
    });
  });

  test('redirect to a name the DNS server never answers for: dns_timeout on the redirect layer, naming the node', async () => {
    const silent = createSocket('udp4');
    await new Promise<void>((resolve) => silent.bind(0, '127.0.0.1', resolve));
    try {
      await withTds({ login: { kind: 'redirect', host: 'node.example.test', port: 11042 } }, async (gateway) => {
        const spec = sqlSpec(`sql://127.0.0.1:${gateway.port}`, { timeout: '1s', auth: sqlLogin, options: plain, dns: { server: `127.0.0.1:${silent.address().port}` } });
        const result = await runCheck(spec);
        assert.equal(result.failure?.layer, 'redirect');
        assert.equal(result.failure?.class, 'dns_timeout');
        assert.match(result.failure!.message, /redirected to node\.example\.test:11042/);
        assert.equal(layer(result, 'redirect').detail?.inRedirectRange, true);
        assert.ok(result.durationMs < 1200, `took ${result.durationMs} ms`);
      });
    } finally {
      silent.close();
    }
  });

  test('slow-drip after the protocol rung: the login is cut at the deadline, no socket left', async () => {
    // the 43-byte PRELOGIN answer drips in ~1.1 s: the protocol rung gets it, the login's own PRELOGIN cannot
    await withTds({ mode: 'slow-drip', dripIntervalMs: 25 }, async (server) => {
      const result = await runCheck(sqlSpec(`sql://127.0.0.1:${server.port}`, { timeout: '1.6s', auth: sqlLogin, options: plain }));
      assert.equal(result.status, 'fail');
      assert.deepEqual(layerNames(result), ['resolve:ok', 'connect:ok', 'protocol:ok', 'auth:fail']);
      assert.equal(result.failure?.class, 'timeout');
      assert.ok(result.durationMs < 1900, `took ${result.durationMs} ms`);
      assert.ok(await eventually(() => server.connections() === 0), `${server.connections()} sockets left`);
    });
  });

  // tedious reads "HT" as a packet header announcing a 21 KB packet and waits for it: only the deadline ends this
  test('a peer that answers LOGIN7 with HTTP: no hang, the auth layer is cut at the deadline, no socket left', async () => {
    await withRawPeer([PRELOGIN_ANSWER, Buffer.from('HTTP/1.1 400 Bad Request\r\n\r\n')], async (peer) => {
      const result = await runCheck(sqlSpec(`sql://127.0.0.1:${peer.port}`, { timeout: '1s', auth: sqlLogin, options: plain }));
      assert.equal(result.failure?.layer, 'auth');
      assert.equal(result.failure?.class, 'timeout');
      assert.ok(result.durationMs < 1300, `took ${result.durationMs} ms`);
      assert.ok(await eventually(() => peer.connections() === 0), `${peer.connections()} sockets left`);
    });
  });
});

// ---------------------------------------------------------------------------------------
// Hand-made hostile peer: answers the n-th client message with answers[n], then stays silent with the socket open.

function tabular(tokens: Buffer): Buffer {
  const header = Buffer.from([0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00]);
  header.writeUInt16BE(8 + tokens.length, 2);
  return Buffer.concat([header, tokens]);
}

/** A token stream that is nonsense: an ENVCHANGE whose length runs past the packet, then an unknown token. */
const TABULAR_GARBAGE = tabular(Buffer.from([0xe3, 0xff, 0x7f, 0x42, 0x42, 0x42, 0x07, 0x99, 0x99, 0x99]));

/** LOGINACK (MS-TDS 2.2.7.14): SQL interface, TDS 7.4, program "Test" 16.0.1000. */
const LOGINACK = Buffer.concat([Buffer.from([0xad, 18, 0x00, 0x01, 0x74, 0x00, 0x00, 0x04, 4]), Buffer.from('Test', 'utf16le'), Buffer.from([0x10, 0x00, 0x03, 0xe8])]);
/** DONE (MS-TDS 2.2.7.6), final, no row count: status, curcmd, 8-byte count. */
const DONE = Buffer.from([0xfd, 0x00, 0x00, 0x00, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]);

/** PRELOGIN answer written byte by byte from MS-TDS 2.2.6.5: VERSION 16.0.1000, ENCRYPTION NOT_SUP. */
const PRELOGIN_ANSWER = Buffer.from([
  0x04, 0x01, 0x00, 0x1a, 0x00, 0x00, 0x01, 0x00, // header: tabular result, EOM, length 26
  0x00, 0x00, 0x0b, 0x00, 0x06, // VERSION at 11, 6 bytes
  0x01, 0x00, 0x11, 0x00, 0x01, // ENCRYPTION at 17, 1 byte
  0xff,
  0x10, 0x00, 0x03, 0xe8, 0x00, 0x00, // 16.0.1000.0
  0x02, // ENCRYPT_NOT_SUP
]);

interface RawPeer { port: number; connections(): number }

async function withRawPeer(answers: Buffer[], body: (peer: RawPeer) => Promise<void>): Promise<void> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    let pending = Buffer.alloc(0);
    let messages = 0;
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 8 && pending.length >= pending.readUInt16BE(2)) {
        const length = pending.readUInt16BE(2);
        const eom = (pending[1] & 0x01) !== 0;
        pending = pending.subarray(length);
        if (!eom) continue;
        const answer = answers[messages++];
        if (answer) socket.write(answer);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await body({ port: (server.address() as AddressInfo).port, connections: () => sockets.size });
  } finally {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/**
 * A loopback port that drops SYNs, as an NSG does: a listener with backlog 0 that never accepts,
 * its one queue slot taken. Node always accepts, so a tiny python3 listener holds the port.
 */
async function withBlackHole(t: { skip: (reason: string) => void }, body: (port: number) => Promise<void>): Promise<void> {
  const script = "import socket,sys\ns=socket.socket()\ns.bind(('127.0.0.1',0))\ns.listen(0)\nprint(s.getsockname()[1],flush=True)\nsys.stdin.read()";
  const listener = spawn('python3', ['-c', script], { stdio: ['pipe', 'pipe', 'ignore'] });
  listener.on('error', () => {});
  try {
    const port = await new Promise<number | undefined>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), 3000);
      listener.once('error', () => resolve(undefined));
      listener.stdout.once('data', (line: Buffer) => {
        clearTimeout(timer);
        resolve(Number(String(line).trim()));
      });
    });
    if (!port) {
      t.skip('python3 is not available to hold a port that drops SYNs');
      return;
    }
    const filler = connect({ host: '127.0.0.1', port });
    filler.on('error', () => {});
    await new Promise<void>((resolve) => filler.once('connect', () => resolve()));
    try {
      await body(port);
    } finally {
      filler.destroy();
    }
  } finally {
    const exited = new Promise<void>((resolve) => {
      if (listener.exitCode !== null || listener.signalCode !== null) resolve();
      else listener.once('exit', () => resolve());
    });
    listener.kill();
    listener.stdin.destroy();
    listener.stdout.destroy();
    await Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, 2000).unref())]);
  }
}
