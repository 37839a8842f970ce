// The TDS fixture against the real tedious client and against hand-written bytes from
// MS-TDS section 4 (examples), so the fixture is checked by something other than itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect as tcpConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { Duplex } from 'node:stream';
import type { Socket } from 'node:net';
import type { EventEmitter } from 'node:events';
import fc from 'fast-check';
import { Connection, Request } from 'tedious';
import type { ConnectionConfiguration } from 'tedious';
import { startTdsServer } from '../fixtures/tds-server.ts';
import type { TdsServer } from '../fixtures/tds-server.ts';
import { issueCert, makeCa } from '../fixtures/test-ca.ts';

const TEDIOUS_DEADLINE_MS = 4000;

// ---------------------------------------------------------------------------------------
// tedious helpers: every wait has its own deadline and closes the connection.

interface TediousOutcome {
  connection: Connection;
  error: (Error & { code?: string }) | undefined;
  errorNumbers: number[];
  rerouted: boolean;
  timedOut: boolean;
}

function tediousConfig(port: number, extra: Partial<ConnectionConfiguration['options']> = {}, user = 'probe', password = 's3cret!'): ConnectionConfiguration {
  return {
    server: '127.0.0.1',
    authentication: { type: 'default', options: { userName: user, password } },
    options: { encrypt: false, trustServerCertificate: true, port, connectTimeout: 3000, ...extra },
  };
}

function connectTedious(config: ConnectionConfiguration, deadlineMs = TEDIOUS_DEADLINE_MS): Promise<TediousOutcome> {
  const connection = new Connection(config);
  const outcome: TediousOutcome = { connection, error: undefined, errorNumbers: [], rerouted: false, timedOut: false };
  connection.on('errorMessage', (token) => outcome.errorNumbers.push(token.number));
  connection.on('error', () => {}); // late socket errors after the verdict are not the test's subject
  (connection as EventEmitter).on('rerouting', () => {
    outcome.rerouted = true;
  });
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      outcome.timedOut = true;
      connection.close();
      resolve(outcome);
    }, deadlineMs);
    connection.connect((err) => {
      clearTimeout(timer);
      outcome.error = err;
      resolve(outcome);
    });
  });
}

function closeTedious(connection: Connection): Promise<void> {
  if (connection.closed) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 1000);
    connection.once('end', () => {
      clearTimeout(timer);
      resolve();
    });
    connection.close();
  });
}

function querySingleValue(connection: Connection, sql: string, rpc = false): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const values: unknown[] = [];
    const timer = setTimeout(() => reject(new Error(`query "${sql}" timed out`)), 2000);
    const request = new Request(sql, (err) => {
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(values);
    });
    request.on('row', (columns) => values.push(columns[0].value));
    if (rpc) connection.execSql(request);
    else connection.execSqlBatch(request);
  });
}

async function withServer(server: TdsServer, body: (server: TdsServer) => Promise<void>): Promise<void> {
  try {
    await body(server);
  } finally {
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------
// raw socket helpers

class RawClient {
  readonly socket: Socket;
  private received: Buffer = Buffer.alloc(0);
  private waiters: Array<() => void> = [];
  closed = false;

  private constructor(socket: Socket) {
    this.socket = socket;
    socket.on('data', (chunk: Buffer) => {
      this.received = Buffer.concat([this.received, chunk]);
      this.wake();
    });
    socket.on('close', () => {
      this.closed = true;
      this.wake();
    });
    socket.on('error', () => {});
  }

  static open(port: number): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const socket = tcpConnect({ host: '127.0.0.1', port });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error('raw connect timed out'));
      }, 1000);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve(new RawClient(socket));
      });
      socket.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
    });
  }

  get bytes(): Buffer {
    return this.received;
  }

  /** Waits until `ready()` holds, the socket closes, or the deadline passes. */
  async waitFor(ready: () => boolean, deadlineMs: number): Promise<boolean> {
    const end = Date.now() + deadlineMs;
    while (!ready()) {
      if (this.closed) return ready();
      const left = end - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return true;
  }

  /** Reads one whole server message (packets up to EOM); returns its type and payload. */
  async readMessage(deadlineMs = 1000): Promise<{ type: number; payload: Buffer; packets: number }> {
    let parsed: { type: number; payload: Buffer; packets: number; consumed: number } | undefined;
    const ok = await this.waitFor(() => (parsed = parseMessage(this.received)) !== undefined, deadlineMs);
    if (!ok || !parsed) throw new Error(`no complete TDS message (have ${this.received.length} bytes, closed=${this.closed})`);
    this.received = this.received.subarray(parsed.consumed);
    return parsed;
  }

  close(): void {
    this.socket.destroy();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

function parseMessage(buf: Buffer): { type: number; payload: Buffer; packets: number; consumed: number } | undefined {
  const parts: Buffer[] = [];
  let at = 0;
  let type = -1;
  let packets = 0;
  while (buf.length >= at + 8) {
    const length = buf.readUInt16BE(at + 2);
    assert.ok(length >= 8, 'packet length must cover the header');
    if (buf.length < at + length) return undefined;
    if (type === -1) type = buf[at];
    assert.equal(buf[at], type, 'packet type must not change inside a message');
    parts.push(buf.subarray(at + 8, at + length));
    packets++;
    const eom = (buf[at + 1] & 0x01) !== 0;
    at += length;
    if (eom) return { type, payload: Buffer.concat(parts), packets, consumed: at };
  }
  return undefined;
}

function hex(text: string): Buffer {
  return Buffer.from(text.replace(/\s+/g, ''), 'hex');
}

/** A whole packet: header (type, status, BE length, SPID 0, PacketID, window 0) + data. */
function packet(type: number, data: Buffer, status = 0x01, packetId = 1): Buffer {
  const header = Buffer.from([type, status, 0, 0, 0, 0, packetId, 0]);
  header.writeUInt16BE(8 + data.length, 2);
  return Buffer.concat([header, data]);
}

// MS-TDS 4.1 "Pre-Login Request", byte for byte.
const SPEC_PRELOGIN = hex(`
  12 01 00 2F 00 00 01 00 00 00 1A 00 06 01 00 20
  00 01 02 00 21 00 01 03 00 22 00 04 04 00 26 00
  01 FF 09 00 00 00 00 00 01 00 B8 0D 00 00 01`);

// MS-TDS 4.2 "Login Request": TDS 7.2, host "skostov1", user "sa", no password, app "OSQL-32".
const SPEC_LOGIN7 = hex(`
  10 01 00 90 00 00 01 00 88 00 00 00 02 00 09 72 00 10 00 00 00 00 00 07 00 01 00 00
  00 00 00 00 E0 03 00 00 00 00 00 00 09 04 00 00 5E 00 08 00 6E 00 02 00 72 00 00 00
  72 00 07 00 80 00 00 00 80 00 00 00 80 00 04 00 88 00 00 00 88 00 00 00 00 50 8B E2
  B7 8F 88 00 00 00 88 00 00 00 88 00 00 00 00 00 00 00 73 00 6B 00 6F 00 73 00 74 00
  6F 00 76 00 31 00 73 00 61 00 4F 00 53 00 51 00 4C 00 2D 00 33 00 32 00 4F 00 44 00
  42 00 43 00`);

interface PreloginOption {
  token: number;
  data: Buffer;
}

/** Parses a PRELOGIN option table strictly (offsets inside the payload, data after the table). */
function parsePreloginAnswer(payload: Buffer): PreloginOption[] {
  const options: PreloginOption[] = [];
  let at = 0;
  while (payload[at] !== 0xff) {
    assert.ok(at + 5 <= payload.length, 'option entry inside payload');
    const offset = payload.readUInt16BE(at + 1);
    const length = payload.readUInt16BE(at + 3);
    assert.ok(offset + length <= payload.length, 'option data inside payload');
    options.push({ token: payload[at], data: payload.subarray(offset, offset + length) });
    at += 5;
  }
  const tableEnd = at + 1;
  for (const option of options) {
    if (option.data.length > 0) assert.ok(option.data.byteOffset - payload.byteOffset >= tableEnd, 'option data after the table');
  }
  return options;
}

/** Builds a TDS 7.4 LOGIN7 by the letter of MS-TDS 2.2.6.4 (test-side, independent of the fixture). */
function buildLogin7(fields: { user: string; password: string; server: string; database: string; featureExt?: Buffer }): Buffer {
  const fixed = Buffer.alloc(94);
  const variable: Buffer[] = [];
  let offset = 94;
  const put = (at: number, value: Buffer, chars: number): void => {
    fixed.writeUInt16LE(offset, at);
    fixed.writeUInt16LE(chars, at + 2);
    variable.push(value);
    offset += value.length;
  };
  const ucs2 = (s: string): Buffer => Buffer.from(s, 'utf16le');
  const scramble = (s: string): Buffer => {
    const b = ucs2(s);
    for (let i = 0; i < b.length; i++) b[i] = (((b[i] & 0x0f) << 4) | (b[i] >> 4)) ^ 0xa5;
    return b;
  };
  fixed.writeUInt32LE(0x74000004, 4); // TDS 7.4
  fixed.writeUInt32LE(4096, 8);
  fixed[24] = 0xe0;
  fixed[25] = 0x03;
  fixed.writeUInt32LE(0x0409, 32);
  put(36, ucs2('probe-host'), 10);
  put(40, ucs2(fields.user), fields.user.length);
  put(44, scramble(fields.password), fields.password.length);
  put(48, ucs2('raw-test'), 8);
  put(52, ucs2(fields.server), fields.server.length);
  let extensionPointer: Buffer | undefined;
  if (fields.featureExt) {
    fixed[27] = 0x10; // fExtension
    extensionPointer = Buffer.alloc(4);
    put(56, extensionPointer, 4);
  } else {
    put(56, Buffer.alloc(0), 0);
  }
  put(60, ucs2('raw'), 3);
  put(64, Buffer.alloc(0), 0);
  put(68, ucs2(fields.database), fields.database.length);
  put(78, Buffer.alloc(0), 0); // SSPI
  put(82, Buffer.alloc(0), 0);
  put(86, Buffer.alloc(0), 0);
  if (fields.featureExt && extensionPointer) {
    extensionPointer.writeUInt32LE(offset);
    variable.push(fields.featureExt);
    offset += fields.featureExt.length;
  }
  const login = Buffer.concat([fixed, ...variable]);
  login.writeUInt32LE(login.length, 0);
  return packet(0x10, login);
}

interface Token {
  type: number;
  body: Buffer;
}

/** Walks the login/DONE token subset the fixture sends (TDS 7.2+ sizes). */
function tokens(payload: Buffer): Token[] {
  const out: Token[] = [];
  let at = 0;
  while (at < payload.length) {
    const type = payload[at];
    if (type === 0xfd || type === 0xfe || type === 0xff) {
      out.push({ type, body: payload.subarray(at + 1, at + 13) });
      at += 13;
    } else if (type === 0xae) {
      let end = at + 1;
      while (payload[end] !== 0xff) end += 5 + payload.readUInt32LE(end + 1);
      out.push({ type, body: payload.subarray(at + 1, end + 1) });
      at = end + 1;
    } else if (type === 0xe3 || type === 0xaa || type === 0xab || type === 0xad) {
      const length = payload.readUInt16LE(at + 1);
      out.push({ type, body: payload.subarray(at + 3, at + 3 + length) });
      at += 3 + length;
    } else {
      throw new Error(`unexpected token 0x${type.toString(16)} at ${at}`);
    }
  }
  assert.equal(at, payload.length, 'tokens end exactly at the payload end');
  return out;
}

function errorNumber(token: Token): number {
  return token.body.readInt32LE(0);
}

async function preloginRaw(port: number): Promise<RawClient> {
  const client = await RawClient.open(port);
  client.socket.write(SPEC_PRELOGIN);
  const answer = await client.readMessage();
  assert.equal(answer.type, 0x04);
  return client;
}

// ---------------------------------------------------------------------------------------
// tedious

test('tedious logs in with SQL authentication and SELECT 1 returns 1', async () => {
  await withServer(await startTdsServer({ login: { kind: 'ok', user: 'probe', password: 's3cret!' } }), async (server) => {
    const outcome = await connectTedious(tediousConfig(server.port, { database: 'appdb' }));
    try {
      assert.equal(outcome.timedOut, false);
      assert.equal(outcome.error, undefined);
      assert.deepEqual(await querySingleValue(outcome.connection, 'SELECT 1'), [1]);
      assert.deepEqual(await querySingleValue(outcome.connection, 'select 42;'), [42]);
      // execSql goes through sp_executesql, an RPC request.
      assert.deepEqual(await querySingleValue(outcome.connection, 'SELECT 7', true), [7]);
      assert.deepEqual(server.logins(), [{ user: 'probe', database: 'appdb', serverName: '127.0.0.1' }]);
      assert.equal(server.connections(), 1);
    } finally {
      await closeTedious(outcome.connection);
    }
  });
});

test('tedious with a wrong password gets error 18456', async () => {
  await withServer(await startTdsServer({ login: { kind: 'ok', user: 'probe', password: 's3cret!' } }), async (server) => {
    const outcome = await connectTedious(tediousConfig(server.port, {}, 'probe', 'wrong'));
    try {
      assert.equal(outcome.timedOut, false);
      assert.equal(outcome.error?.code, 'ELOGIN');
      assert.match(outcome.error?.message ?? '', /Login failed for user 'probe'/);
      assert.deepEqual(outcome.errorNumbers, [18456]);
    } finally {
      await closeTedious(outcome.connection);
    }
  });
});

test('tedious sees the configured login error number (40615, firewall)', async () => {
  const message = "Cannot open server 'probe' requested by the login. Client with IP address '10.1.2.3' is not allowed to access the server.";
  await withServer(await startTdsServer({ login: { kind: 'error', number: 40615, message } }), async (server) => {
    const outcome = await connectTedious(tediousConfig(server.port));
    try {
      assert.equal(outcome.timedOut, false);
      assert.equal(outcome.error?.code, 'ELOGIN');
      assert.equal(outcome.error?.message, message);
      assert.deepEqual(outcome.errorNumbers, [40615]);
    } finally {
      await closeTedious(outcome.connection);
    }
  });
});

test('tedious follows an ENVCHANGE routing redirect to a second instance', async () => {
  await withServer(await startTdsServer({ login: { kind: 'ok' } }), async (node) => {
    await withServer(await startTdsServer({ login: { kind: 'redirect', host: '127.0.0.1', port: node.port } }), async (gateway) => {
      const outcome = await connectTedious(tediousConfig(gateway.port, { database: 'appdb' }));
      try {
        assert.equal(outcome.timedOut, false);
        assert.equal(outcome.error, undefined);
        assert.equal(outcome.rerouted, true);
        assert.equal(gateway.logins().length, 1);
        assert.deepEqual(node.logins(), [{ user: 'probe', database: 'appdb', serverName: '127.0.0.1' }]);
        assert.deepEqual(await querySingleValue(outcome.connection, 'SELECT 1'), [1]);
      } finally {
        await closeTedious(outcome.connection);
      }
    });
  });
});

test('tedious fails (or never finishes) against a garbage PRELOGIN answer', async () => {
  await withServer(await startTdsServer({ mode: 'garbage-prelogin' }), async (server) => {
    const outcome = await connectTedious(tediousConfig(server.port), 1000);
    try {
      assert.ok(outcome.timedOut || outcome.error !== undefined, 'tedious must not log in');
      assert.deepEqual(server.logins(), []);
    } finally {
      await closeTedious(outcome.connection);
    }
  });
});

test('tedious with token authentication gets a login error, the fixture stays up', async () => {
  await withServer(await startTdsServer(), async (server) => {
    const outcome = await connectTedious({
      server: '127.0.0.1',
      authentication: { type: 'azure-active-directory-access-token', options: { token: 'not-a-real-token' } },
      options: { encrypt: false, trustServerCertificate: true, port: server.port, connectTimeout: 3000 },
    });
    try {
      assert.equal(outcome.timedOut, false);
      assert.ok(outcome.error, 'login must fail');
      assert.deepEqual(outcome.errorNumbers, [18456]);
    } finally {
      await closeTedious(outcome.connection);
    }
    // Still serving ordinary clients.
    const again = await connectTedious(tediousConfig(server.port));
    try {
      assert.equal(again.error, undefined);
    } finally {
      await closeTedious(again.connection);
    }
  });
});

/** A certificate for localhost; only its PEMs are kept. */
async function makeCertificate(): Promise<{ key: string; cert: string }> {
  const ca = await makeCa();
  try {
    const leaf = await issueCert(ca, { names: ['localhost'] });
    return { key: leaf.keyPem, cert: leaf.certPem };
  } finally {
    ca.cleanup();
  }
}

test('encryption required: TLS inside PRELOGIN packets, then login and query over TLS', async () => {
  const tls = await makeCertificate();
  await withServer(await startTdsServer({ encryption: 'required', tls }), async (server) => {
    const config = tediousConfig(server.port, { encrypt: true });
    const connection = new Connection(config);
    let protocol: string | null = null;
    connection.on('secure', (cleartext) => {
      protocol = cleartext.getProtocol();
    });
    connection.on('error', () => {});
    try {
      const err = await new Promise<Error | undefined>((resolve) => {
        const timer = setTimeout(() => resolve(new Error('deadline')), TEDIOUS_DEADLINE_MS);
        connection.connect((e) => {
          clearTimeout(timer);
          resolve(e);
        });
      });
      assert.equal(err, undefined);
      assert.equal(protocol, 'TLSv1.2');
      assert.deepEqual(await querySingleValue(connection, 'SELECT 5'), [5]);
    } finally {
      await closeTedious(connection);
    }
    // A client that refuses to encrypt is told so by tedious itself.
    const plain = await connectTedious(tediousConfig(server.port));
    try {
      assert.equal(plain.error?.code, 'EENCRYPT');
    } finally {
      await closeTedious(plain.connection);
    }
    // A raw client that ignores ENCRYPT_REQ and sends LOGIN7 in clear is hung up on.
    const raw = await RawClient.open(server.port);
    try {
      const prelogin = Buffer.from(SPEC_PRELOGIN);
      prelogin[8 + 0x20] = 0x02; // ENCRYPT_NOT_SUP
      raw.socket.write(prelogin);
      const answer = parsePreloginAnswer((await raw.readMessage()).payload);
      assert.deepEqual([...(answer.find((o) => o.token === 0x01)?.data ?? [])], [0x03]); // ENCRYPT_REQ
      raw.socket.write(buildLogin7({ user: 'u', password: 'p', server: 'db', database: '' }));
      assert.equal(await raw.waitFor(() => raw.closed, 1000), true);
      assert.equal(raw.bytes.length, 0);
    } finally {
      raw.close();
    }
    assert.deepEqual(server.logins(), [{ user: 'probe', database: '', serverName: '127.0.0.1' }]);
  });
});

test('encryption off against a client that says OFF: only the LOGIN7 travels in TLS', async () => {
  const tls = await makeCertificate();
  await withServer(await startTdsServer({ encryption: 'off', tls, login: { kind: 'ok', user: 'probe', password: 'pw' } }), async (server) => {
    const client = await RawClient.open(server.port);
    const prelogin = Buffer.from(SPEC_PRELOGIN);
    prelogin[8 + 0x20] = 0x00; // the example's ENCRYPTION byte: ON -> OFF
    client.socket.write(prelogin);
    const answer = parsePreloginAnswer((await client.readMessage()).payload);
    assert.deepEqual([...(answer.find((o) => o.token === 0x01)?.data ?? [])], [0x00]);

    // Client side of MS-TDS 3.2.5.2: handshake records go out as PRELOGIN packets, bare after.
    let handshaking = true;
    const carrier = new Duplex({
      read() {},
      write(chunk: Buffer, _encoding, callback) {
        client.socket.write(handshaking ? packet(0x12, chunk) : chunk);
        callback();
      },
    });
    const secure = tlsConnect({ socket: carrier, rejectUnauthorized: false, maxVersion: 'TLSv1.2' });
    secure.on('error', () => {});
    try {
      const connected = new Promise<'secure'>((resolve) => secure.once('secureConnect', () => resolve('secure')));
      for (let flights = 0; flights < 4; flights++) {
        const next = await Promise.race([connected, client.readMessage(1000)]);
        if (next === 'secure') break;
        assert.equal(next.type, 0x12, 'server handshake data comes in PRELOGIN packets');
        carrier.push(next.payload);
      }
      assert.equal(await Promise.race([connected, new Promise((resolve) => setTimeout(resolve, 1000, 'late'))]), 'secure');
      handshaking = false;
      secure.write(buildLogin7({ user: 'probe', password: 'pw', server: 'db', database: 'appdb' }));
      // The login answer and everything after it are in clear.
      const login = tokens((await client.readMessage()).payload);
      assert.ok(login.some((tk) => tk.type === 0xad), 'LOGINACK in clear');
      client.socket.write(sqlBatch('SELECT 9'));
      const result = (await client.readMessage()).payload;
      assert.equal(result[0], 0x81, 'COLMETADATA first');
      const row = result.indexOf(0xd1);
      assert.equal(result.readInt32LE(row + 1), 9);
      const doneToken = result.subarray(result.length - 13);
      assert.equal(doneToken[0], 0xfd);
      assert.equal(Number(doneToken.readBigUInt64LE(5)), 1);
    } finally {
      carrier.destroy();
      secure.destroy();
      client.close();
    }
  });
});

/** SQLBatch with ALL_HEADERS holding only the transaction descriptor header (MS-TDS 2.2.5.3). */
function sqlBatch(sql: string): Buffer {
  const headers = Buffer.alloc(22);
  headers.writeUInt32LE(22, 0); // TotalLength
  headers.writeUInt32LE(18, 4); // HeaderLength
  headers.writeUInt16LE(2, 8); // transaction descriptor
  headers.writeUInt32LE(1, 18); // outstanding request count (descriptor bytes 10..17 stay 0)
  return packet(0x01, Buffer.concat([headers, Buffer.from(sql, 'utf16le')]));
}

// ---------------------------------------------------------------------------------------
// raw bytes from MS-TDS

test('the MS-TDS 4.1 PRELOGIN example gets a well-formed 0x04 answer', async () => {
  await withServer(await startTdsServer({ version: [15, 0, 2000] }), async (server) => {
    const client = await RawClient.open(server.port);
    try {
      client.socket.write(SPEC_PRELOGIN);
      const answer = await client.readMessage();
      assert.equal(answer.type, 0x04);
      assert.equal(answer.packets, 1);
      assert.equal(client.bytes.length, 0, 'nothing after the answer');
      const options = parsePreloginAnswer(answer.payload);
      assert.deepEqual(
        options.map((o) => o.token),
        [0x00, 0x01, 0x02, 0x03, 0x04],
      );
      const [version, encryption, instopt, , mars] = options;
      assert.deepEqual([...version.data], [15, 0, 0x07, 0xd0, 0, 0]); // 15.0.2000, sub-build 0
      assert.deepEqual([...encryption.data], [0x02]); // ENCRYPT_NOT_SUP
      assert.deepEqual([...instopt.data], [0x00]);
      assert.deepEqual([...mars.data], [0x00]);
    } finally {
      client.close();
    }
  });
});

test('a PRELOGIN split across packets and TCP writes is reassembled; IGNORE discards a message', async () => {
  await withServer(await startTdsServer({ encryption: 'off' }), async (server) => {
    const client = await RawClient.open(server.port);
    try {
      const data = SPEC_PRELOGIN.subarray(8);
      // An abandoned message first: status IGNORE|EOM must make the server drop it.
      client.socket.write(packet(0x12, Buffer.from([0xde, 0xad]), 0x00, 1));
      client.socket.write(packet(0x12, Buffer.alloc(0), 0x03, 2));
      const bytes = Buffer.concat([packet(0x12, data.subarray(0, 10), 0x00, 1), packet(0x12, data.subarray(10), 0x01, 2)]);
      for (const piece of [bytes.subarray(0, 3), bytes.subarray(3, 17), bytes.subarray(17)]) {
        client.socket.write(piece);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const answer = await client.readMessage();
      const encryption = parsePreloginAnswer(answer.payload).find((o) => o.token === 0x01);
      assert.deepEqual([...(encryption?.data ?? [])], [0x00]); // ENCRYPT_OFF, as configured
    } finally {
      client.close();
    }
  });
});

test('the MS-TDS 4.2 LOGIN7 example (TDS 7.2) gets LOGINACK with TDS 7.2', async () => {
  await withServer(await startTdsServer(), async (server) => {
    const client = await preloginRaw(server.port);
    try {
      assert.equal(SPEC_LOGIN7.length, 0x90);
      client.socket.write(SPEC_LOGIN7);
      const answer = await client.readMessage();
      assert.equal(answer.type, 0x04);
      const list = tokens(answer.payload);
      const ack = list.find((tk) => tk.type === 0xad);
      assert.ok(ack, 'LOGINACK present');
      assert.equal(ack.body[0], 0x01); // SQL_TSQL
      assert.deepEqual([...ack.body.subarray(1, 5)], [0x72, 0x09, 0x00, 0x02]);
      const last = list.at(-1);
      assert.equal(last?.type, 0xfd);
      assert.equal(last?.body.readUInt16LE(0), 0x0000); // final DONE, no error
      assert.deepEqual(server.logins(), [{ user: 'sa', database: '', serverName: '' }]);
    } finally {
      client.close();
    }
  });
});

test('raw LOGIN7: password obfuscation is decoded, ATTENTION is acknowledged', async () => {
  await withServer(await startTdsServer({ login: { kind: 'ok', user: 'probe', password: 'päss wörd' } }), async (server) => {
    const wrong = await preloginRaw(server.port);
    try {
      wrong.socket.write(buildLogin7({ user: 'probe', password: 'pass word', server: 'db.example', database: 'x' }));
      const answer = tokens((await wrong.readMessage()).payload);
      assert.deepEqual(answer.map((tk) => tk.type), [0xaa, 0xfd]);
      assert.equal(errorNumber(answer[0]), 18456);
      assert.equal(answer[1].body.readUInt16LE(0) & 0x0002, 0x0002); // DONE_ERROR
      assert.equal(await wrong.waitFor(() => wrong.closed, 1000), true, 'server hangs up after a failed login');
    } finally {
      wrong.close();
    }

    const right = await preloginRaw(server.port);
    try {
      right.socket.write(buildLogin7({ user: 'probe', password: 'päss wörd', server: 'db.example', database: 'appdb' }));
      const answer = tokens((await right.readMessage()).payload);
      assert.ok(answer.some((tk) => tk.type === 0xad), 'LOGINACK');
      right.socket.write(packet(0x06, Buffer.alloc(0)));
      const ack = tokens((await right.readMessage()).payload);
      assert.equal(ack.length, 1);
      assert.equal(ack[0].type, 0xfd);
      assert.equal(ack[0].body.readUInt16LE(0) & 0x0020, 0x0020); // DONE_ATTN
    } finally {
      right.close();
    }
    assert.deepEqual(
      server.logins().map((l) => l.database),
      ['x', 'appdb'],
    );
  });
});

test('an answer longer than the packet size is split into packets, EOM on the last', async () => {
  const message = 'x'.repeat(3000); // 6000 bytes of UCS-2, more than one 4096-byte packet
  await withServer(await startTdsServer({ login: { kind: 'error', number: 40532, message } }), async (server) => {
    const client = await preloginRaw(server.port);
    try {
      client.socket.write(buildLogin7({ user: 'u', password: 'p', server: 'db', database: '' }));
      const answer = await client.readMessage();
      assert.equal(answer.packets, 2);
      const list = tokens(answer.payload);
      assert.equal(errorNumber(list[0]), 40532);
      assert.equal(list[0].body.readUInt16LE(6), 3000); // MsgText length in characters
    } finally {
      client.close();
    }
    const outcome = await connectTedious(tediousConfig(server.port));
    try {
      assert.deepEqual(outcome.errorNumbers, [40532]);
      assert.equal(outcome.error?.message, message);
    } finally {
      await closeTedious(outcome.connection);
    }
  });
});

test('raw LOGIN7 asking for FEDAUTH gets an error, not a crash', async () => {
  await withServer(await startTdsServer(), async (server) => {
    const client = await preloginRaw(server.port);
    try {
      // FeatureExt: FEDAUTH (0x02), 2 bytes of ADAL options, then the terminator.
      const featureExt = Buffer.from([0x02, 0x02, 0x00, 0x00, 0x00, 0x05, 0x01, 0xff]);
      client.socket.write(buildLogin7({ user: '', password: '', server: 'db', database: '', featureExt }));
      const answer = tokens((await client.readMessage()).payload);
      assert.equal(answer[0].type, 0xaa);
      assert.equal(errorNumber(answer[0]), 18456);
    } finally {
      client.close();
    }
  });
});

test('garbage from the client makes the server hang up', async () => {
  await withServer(await startTdsServer(), async (server) => {
    const cases = [
      Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n', 'latin1'),
      packet(0x10, Buffer.alloc(20)), // LOGIN7 before PRELOGIN
      packet(0x12, Buffer.from([0x01, 0x00, 0x05, 0x00, 0x01, 0xff])), // no VERSION first
      Buffer.from([0x12, 0x01, 0x00, 0x04, 0, 0, 1, 0]), // length below the header
      packet(0x12, Buffer.from([0x00, 0xff, 0xff, 0x00, 0x06, 0xff])), // offset out of bounds
    ];
    for (const bytes of cases) {
      const client = await RawClient.open(server.port);
      try {
        client.socket.write(bytes);
        assert.equal(await client.waitFor(() => client.closed, 1000), true, `closed after ${bytes.toString('hex')}`);
        assert.equal(client.bytes.length, 0);
      } finally {
        client.close();
      }
    }
    assert.equal(await waitUntil(() => server.connections() === 0, 1000), true);
  });
});

test('mutated client bytes never crash the fixture', async () => {
  await withServer(await startTdsServer({ login: { kind: 'ok', user: 'probe', password: 'pw' } }), async (server) => {
    const flows = [
      SPEC_PRELOGIN,
      Buffer.concat([SPEC_PRELOGIN, SPEC_LOGIN7]),
      Buffer.concat([SPEC_PRELOGIN, buildLogin7({ user: 'probe', password: 'pw', server: 'db', database: 'd' }), sqlBatch('SELECT 1')]),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: flows.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (flowIndex, edits, cut) => {
          const bytes = Buffer.from(flows[flowIndex]);
          for (const [at, value] of edits) bytes[at % bytes.length] = value;
          const sent = cut === undefined ? bytes : bytes.subarray(0, cut % bytes.length);
          const client = await RawClient.open(server.port);
          try {
            client.socket.end(sent);
            // The server either hangs up on the bytes or on our FIN; it must not die.
            assert.equal(await client.waitFor(() => client.closed, 1000), true);
          } finally {
            client.close();
          }
        },
      ),
      { numRuns: 150, seed: 20240601 },
    );
    assert.equal(await waitUntil(() => server.connections() === 0, 1000), true);
    const outcome = await connectTedious(tediousConfig(server.port, {}, 'probe', 'pw'));
    try {
      assert.equal(outcome.error, undefined);
    } finally {
      await closeTedious(outcome.connection);
    }
  });
});

async function waitUntil(condition: () => boolean, deadlineMs: number): Promise<boolean> {
  const end = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// hostile modes and lifecycle

test('silent mode accepts and never answers', async () => {
  await withServer(await startTdsServer({ mode: 'silent' }), async (server) => {
    const client = await RawClient.open(server.port);
    try {
      client.socket.write(SPEC_PRELOGIN);
      assert.equal(await client.waitFor(() => client.bytes.length > 0 || client.closed, 300), false);
      assert.equal(server.connections(), 1);
    } finally {
      client.close();
    }
  });
});

test('close-after-prelogin mode reads the PRELOGIN and hangs up without a byte', async () => {
  await withServer(await startTdsServer({ mode: 'close-after-prelogin' }), async (server) => {
    const client = await RawClient.open(server.port);
    try {
      client.socket.write(SPEC_PRELOGIN);
      assert.equal(await client.waitFor(() => client.closed, 1000), true);
      assert.equal(client.bytes.length, 0);
    } finally {
      client.close();
    }
  });
});

test('garbage-prelogin mode answers bytes that are not TDS and keeps the socket open', async () => {
  await withServer(await startTdsServer({ mode: 'garbage-prelogin' }), async (server) => {
    const client = await RawClient.open(server.port);
    try {
      client.socket.write(SPEC_PRELOGIN);
      assert.equal(await client.waitFor(() => client.bytes.length >= 12, 1000), true);
      assert.equal(client.bytes.subarray(0, 4).toString('latin1'), 'HTTP');
      assert.equal(client.closed, false);
    } finally {
      client.close();
    }
  });
});

test('slow-drip mode sends a valid answer one byte per interval', async () => {
  await withServer(await startTdsServer({ mode: 'slow-drip' }), async (server) => {
    const client = await RawClient.open(server.port);
    try {
      client.socket.write(SPEC_PRELOGIN);
      await client.waitFor(() => false, 500);
      assert.ok(client.bytes.length >= 1 && client.bytes.length <= 3, `got ${client.bytes.length} bytes in 500 ms`);
    } finally {
      client.close();
    }
  });
  await withServer(await startTdsServer({ mode: 'slow-drip', dripIntervalMs: 2 }), async (server) => {
    const client = await RawClient.open(server.port);
    try {
      client.socket.write(SPEC_PRELOGIN);
      const answer = await client.readMessage(2000);
      assert.equal(answer.type, 0x04);
      assert.equal(parsePreloginAnswer(answer.payload)[0].token, 0x00);
    } finally {
      client.close();
    }
  });
});

test('close() destroys open sockets', async () => {
  const server = await startTdsServer();
  const client = await RawClient.open(server.port);
  try {
    assert.equal(await waitUntil(() => server.connections() === 1, 1000), true);
    await server.close();
    assert.equal(await client.waitFor(() => client.closed, 1000), true);
    assert.equal(server.connections(), 0);
  } finally {
    client.close();
  }
});
