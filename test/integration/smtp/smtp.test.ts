// smtp:// checks against the smtp-server package (a real SMTP implementation) on 127.0.0.1,
// with and without STARTTLS, and against hand-written hostile peers.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { SMTPServerOptions } from 'smtp-server';
import { buildRunConfig } from '../../../src/config/load.ts';
import type { CheckEntry } from '../../../src/config/schema.ts';
import { runCheck } from '../../../src/engine/run-check.ts';
import type { CheckResult } from '../../../src/report/model.ts';
import { issueCert, makeCa, type IssuedCert, type TestCa } from '../../fixtures/test-ca.ts';
import { withTcpPeer } from '../../helpers/net.ts';

function check(entry: CheckEntry): Promise<CheckResult> {
  return runCheck(buildRunConfig({ checks: [{ timeout: 3000, ...entry }] } as Parameters<typeof buildRunConfig>[0]).checks[0]);
}

function layersOf(result: CheckResult): string[] {
  return result.layers.map((l) => `${l.layer}:${l.ok ? 'ok' : 'fail'}`);
}

interface Running { port: number; commands: string[]; close(): Promise<void> }

async function startSmtp(options: SMTPServerOptions): Promise<Running> {
  const commands: string[] = [];
  const server = new SMTPServer({
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 100,
    authOptional: true,
    size: 10 * 1024 * 1024,
    ...options,
  });
  server.on('error', () => {});
  // record the commands each client sent, to see the QUIT arrive
  const onConnection = server.server.listeners('connection');
  server.server.removeAllListeners('connection');
  server.server.on('connection', (socket: net.Socket) => {
    socket.on('data', (chunk: Buffer) => {
      const text = chunk.toString('latin1');
      if (/^[A-Z]{4,8}\b/.test(text)) commands.push(text.split(/\r?\n/)[0]);
    });
    for (const listener of onConnection) (listener as (s: net.Socket) => void).call(server.server, socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.server.address() as net.AddressInfo).port,
    commands,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('smtp against smtp-server', () => {
  let ca: TestCa;
  let leaf: IssuedCert;
  let plain: Running;
  let starttls: Running;
  let hidden: Running;
  let refusing: Running;
  before(async () => {
    ca = await makeCa();
    leaf = await issueCert(ca, { names: ['127.0.0.1', 'localhost'] });
    const tls = { key: leaf.keyPem, cert: leaf.certPem };
    [plain, starttls, hidden, refusing] = await Promise.all([
      startSmtp({ disabledCommands: ['STARTTLS'], banner: 'relay ready' }),
      startSmtp({ secure: false, ...tls }),
      startSmtp({ secure: false, hideSTARTTLS: true, ...tls }),
      startSmtp({
        onConnect(_session, callback) {
          callback(Object.assign(new Error('5.7.1 Client host rejected: access denied'), { responseCode: 554 }));
        },
      }),
    ]);
  });
  after(async () => {
    await Promise.all([plain, starttls, hidden, refusing].filter(Boolean).map((s) => s.close()));
    ca?.cleanup();
  });

  test('banner and EHLO: keywords, size, STARTTLS not offered; QUIT sent', async () => {
    const result = await check({ target: `smtp://127.0.0.1:${plain.port}` });
    assert.equal(result.status, 'pass', JSON.stringify(result));
    assert.deepEqual(layersOf(result), ['resolve:ok', 'connect:ok', 'protocol:ok']);
    const detail = result.layers[2].detail!;
    assert.match(String(detail.banner), /relay ready/);
    assert.equal(detail.starttls, false);
    assert.equal(detail.size, 10 * 1024 * 1024);
    assert.ok((detail.keywords as string[]).includes('PIPELINING'));
    await waitFor(() => plain.commands.some((c) => c.startsWith('QUIT')));
    assert.ok(plain.commands[0].startsWith('EHLO '));
  });

  test('STARTTLS offered is reported without upgrading when not asked', async () => {
    const result = await check({ target: `smtp://127.0.0.1:${starttls.port}` });
    assert.equal(result.status, 'pass', JSON.stringify(result));
    assert.equal(result.layers[2].detail?.starttls, true);
    assert.deepEqual(layersOf(result), ['resolve:ok', 'connect:ok', 'protocol:ok']);
  });

  test('options.starttls: upgrade, TLS rung on the same socket, EHLO again over TLS', async () => {
    const result = await check({ target: `smtp://127.0.0.1:${starttls.port}`, options: { starttls: true }, tls: { ca: ca.certFile } });
    assert.equal(result.status, 'pass', JSON.stringify(result));
    assert.deepEqual(layersOf(result), ['resolve:ok', 'connect:ok', 'protocol:ok', 'tls:ok', 'protocol:ok']);
    assert.equal(result.layers[3].detail?.issuer, 'CN=vnet-probe test CA, O=vnet-probe tests');
    assert.equal(result.layers[4].detail?.overTls, true);
    assert.equal(result.layers[4].detail?.starttls, false); // not offered again once secure
  });

  test('options.starttls with an untrusted certificate: tls_untrusted at the tls rung', async () => {
    const result = await check({ target: `smtp://127.0.0.1:${starttls.port}`, options: { starttls: true } });
    assert.equal(result.failure?.layer, 'tls');
    assert.equal(result.failure?.class, 'tls_untrusted');
  });

  test('hideSTARTTLS: STARTTLS not offered; asked for, protocol_mismatch', async () => {
    const plainRun = await check({ target: `smtp://127.0.0.1:${hidden.port}` });
    assert.equal(plainRun.status, 'pass');
    assert.equal(plainRun.layers[2].detail?.starttls, false);
    const result = await check({ target: `smtp://127.0.0.1:${hidden.port}`, options: { starttls: true }, tls: { ca: ca.certFile } });
    assert.equal(result.failure?.layer, 'protocol');
    assert.equal(result.failure?.class, 'protocol_mismatch');
    assert.match(result.failure?.message ?? '', /does not offer STARTTLS/);
  });

  test('a 554 greeting from onConnect: access_denied', async () => {
    const result = await check({ target: `smtp://127.0.0.1:${refusing.port}` });
    assert.equal(result.failure?.layer, 'protocol');
    assert.equal(result.failure?.class, 'access_denied');
    assert.match(result.failure?.message ?? '', /554/);
  });

  test('a bad option is an error that names it', async () => {
    const result = await check({ target: `smtp://127.0.0.1:${plain.port}`, options: { starttls: 'yes' } });
    assert.equal(result.status, 'fail');
    assert.match(result.failure?.message ?? '', /options\.starttls/);
  });
});

async function waitFor(condition: () => boolean, ms = 1000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

// ---- hand-written peers -----------------------------------------------------------------

/** Answers one line at a time, by the command's first word. */
function scripted(banner: string, replies: Record<string, string>): (socket: net.Socket) => void {
  return (socket) => {
    socket.write(banner);
    let pending = '';
    socket.on('data', (chunk: Buffer) => {
      pending += chunk.toString('latin1');
      let lf: number;
      while ((lf = pending.indexOf('\n')) >= 0) {
        const verb = pending.slice(0, lf).trim().split(' ')[0].toUpperCase();
        pending = pending.slice(lf + 1);
        const reply = replies[verb];
        if (reply !== undefined) socket.write(reply);
        if (verb === 'QUIT') socket.end();
      }
    });
  };
}

describe('smtp against hand-written peers', () => {
  test('a plain 554 banner: access_denied', () =>
    withTcpPeer((s) => s.end('554 5.7.1 smtp relay refuses your address\r\n'), async (port) => {
      const result = await check({ target: `smtp://127.0.0.1:${port}` });
      assert.equal(result.failure?.class, 'access_denied');
      assert.match(result.failure?.message ?? '', /refuses your address/);
    }));

  test('an HTTP server: protocol_mismatch', () =>
    withTcpPeer((s) => s.end('HTTP/1.1 400 Bad Request\r\n\r\n'), async (port) => {
      const result = await check({ target: `smtp://127.0.0.1:${port}` });
      assert.equal(result.failure?.layer, 'protocol');
      assert.equal(result.failure?.class, 'protocol_mismatch');
    }));

  test('binary garbage: protocol_mismatch', () =>
    withTcpPeer((s) => s.write(Buffer.from([0x16, 0x03, 0x01, 0x00, 0x05, 0xff, 0x00])), async (port) => {
      const result = await check({ target: `smtp://127.0.0.1:${port}` });
      assert.equal(result.failure?.class, 'protocol_mismatch');
    }));

  test('an endless multi-line banner is capped: protocol_mismatch, not memory growth', () =>
    withTcpPeer((socket) => {
      const chunk = Buffer.from('220-and on and on and on\r\n'.repeat(400));
      const pump = () => {
        while (!socket.destroyed && socket.write(chunk));
        if (!socket.destroyed) socket.once('drain', pump);
      };
      pump();
    }, async (port) => {
      const started = Date.now();
      const result = await check({ target: `smtp://127.0.0.1:${port}` });
      assert.equal(result.failure?.class, 'protocol_mismatch');
      assert.match(result.failure?.message ?? '', /more than|too long/);
      assert.ok(Date.now() - started < 1000);
    }));

  test('a slowloris banner (one byte per 100 ms): protocol_timeout at the deadline', () =>
    withTcpPeer((socket) => {
      const bytes = Buffer.from('220 '.concat('x'.repeat(1000)));
      let i = 0;
      const timer = setInterval(() => {
        if (socket.destroyed || i >= bytes.length) clearInterval(timer);
        else socket.write(bytes.subarray(i, ++i));
      }, 100);
      socket.once('close', () => clearInterval(timer));
    }, async (port) => {
      const started = Date.now();
      const result = await check({ target: `smtp://127.0.0.1:${port}`, timeout: 700 });
      assert.equal(result.failure?.layer, 'protocol');
      assert.equal(result.failure?.class, 'protocol_timeout');
      assert.ok(Date.now() - started < 1500);
    }));

  test('a firewall masking STARTTLS (XXXXXXXA): pass with a warning; asked for, the message says so', () =>
    withTcpPeer(scripted('220 relay ESMTP\r\n', {
      EHLO: '250-relay\r\n250-XXXXXXXA\r\n250 8BITMIME\r\n',
      QUIT: '221 bye\r\n',
    }), async (port) => {
      const result = await check({ target: `smtp://127.0.0.1:${port}` });
      assert.equal(result.status, 'warn', JSON.stringify(result));
      assert.match(result.warnings?.[0] ?? '', /masks STARTTLS/);
      const asked = await check({ target: `smtp://127.0.0.1:${port}`, options: { starttls: true } });
      assert.equal(asked.failure?.class, 'protocol_mismatch');
      assert.match(asked.failure?.message ?? '', /XXXXXXXA/);
    }));

  test('an old server without EHLO: HELO fallback, pass with a warning', () =>
    withTcpPeer(scripted('220 old relay\r\n', {
      EHLO: '502 command not implemented\r\n',
      HELO: '250 old relay\r\n',
      QUIT: '221 bye\r\n',
    }), async (port) => {
      const result = await check({ target: `smtp://127.0.0.1:${port}` });
      assert.equal(result.status, 'warn', JSON.stringify(result));
      assert.equal(result.layers[2].detail?.esmtp, false);
    }));

  test('data after the 220 STARTTLS reply (injection): protocol_mismatch', () =>
    withTcpPeer(scripted('220 relay ESMTP\r\n', {
      EHLO: '250-relay\r\n250 STARTTLS\r\n',
      STARTTLS: '220 go ahead\r\n250 injected\r\n',
    }), async (port) => {
      const result = await check({ target: `smtp://127.0.0.1:${port}`, options: { starttls: true } });
      assert.equal(result.failure?.layer, 'protocol');
      assert.equal(result.failure?.class, 'protocol_mismatch');
      assert.match(result.failure?.message ?? '', /after its 220 STARTTLS reply/);
    }));

  test('banner and EHLO reply in one segment: the early reply is kept for EHLO, not lost', () =>
    withTcpPeer((socket) => {
      socket.write('220 eager ESMTP\r\n250-eager\r\n250 SIZE 1234\r\n');
      socket.on('data', (chunk: Buffer) => {
        if (chunk.toString('latin1').startsWith('QUIT')) socket.end('221 bye\r\n');
      });
    }, async (port) => {
      const result = await check({ target: `smtp://127.0.0.1:${port}` });
      assert.equal(result.status, 'pass', JSON.stringify(result));
      assert.equal(result.layers[2].detail?.size, 1234);
    }));

  test('EHLO refused with 550: access_denied', () =>
    withTcpPeer(scripted('220 relay ESMTP\r\n', { EHLO: '550 5.7.1 not from your network\r\n' }), async (port) => {
      const result = await check({ target: `smtp://127.0.0.1:${port}` });
      assert.equal(result.failure?.class, 'access_denied');
    }));
});
