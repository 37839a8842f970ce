// tls:// against node https servers on 127.0.0.1 with certificates from throw-away CAs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { days } from '../../../src/demo/pki.ts';
import { InputError } from '../../../src/engine/errors.ts';
import { startZoneServer, type ZoneServer } from '../../../src/demo/dns-zone.ts';
import { garbagePeer, closingPeer, type TcpPeer } from '../../helpers/net.ts';
import { caOnDisk, type CaOnDisk } from '../../helpers/pki.ts';
import { startHttps, type WebServer } from '../../helpers/servers.ts';
import { explain, ladder, runEntry } from '../../helpers/spec.ts';
import { tempDir } from '../../helpers/tmp.ts';

const dir = tempDir();
const servers: Array<WebServer | TcpPeer> = [];
let zone: ZoneServer;
let dnsServer: string;
let ca: CaOnDisk;
let inspectCa: CaOnDisk;
let microsoftCa: CaOnDisk;
const port: Record<string, number> = {};

async function https(name: string, pair: { cert: string; key: string }): Promise<void> {
  const server = await startHttps({ cert: pair.cert, key: pair.key }, (_req, res) => res.end('ok'));
  servers.push(server);
  port[name] = server.port;
}

before(async () => {
  zone = await startZoneServer({
    records: {
      'api.test.internal': { A: ['127.0.0.1'] },
      'other.test.internal': { A: ['127.0.0.1'] },
      'mystore.blob.core.windows.net': { CNAME: 'mystore.privatelink.blob.core.windows.net' },
      'mystore.privatelink.blob.core.windows.net': { A: ['127.0.0.1'] },
    },
  });
  dnsServer = `127.0.0.1:${zone.port}`;
  [ca, inspectCa, microsoftCa] = await Promise.all([
    caOnDisk(dir, 'CN=vnet-probe test root, O=vnet-probe tests', 'ca'),
    caOnDisk(dir, 'CN=Contoso Firewall Inspection CA, O=Contoso', 'inspect-ca'),
    caOnDisk(dir, 'CN=Microsoft Azure RSA TLS Issuing CA 03, O=Microsoft Corporation', 'ms-ca'),
  ]);
  await Promise.all([
    https('good', await ca.issue('good', { names: ['api.test.internal', '127.0.0.1'] })),
    https('wrongName', await ca.issue('wrong', { names: ['elsewhere.test.internal'] })),
    https('expired', await ca.issue('expired', { names: ['api.test.internal'], notBefore: days(-30), notAfter: days(-1) })),
    https('notYet', await ca.issue('notyet', { names: ['api.test.internal'], notBefore: days(2), notAfter: days(30) })),
    https('expiring', await ca.issue('expiring', { names: ['api.test.internal'], notAfter: days(5) })),
    https('inspected', await inspectCa.issue('inspected', { names: ['*.blob.core.windows.net'] })),
    https('microsoft', await microsoftCa.issue('microsoft', { names: ['*.blob.core.windows.net'] })),
  ]);
  const garbage = await garbagePeer('HTTP/1.1 400 Bad Request\r\n\r\n');
  const closing = await closingPeer();
  servers.push(garbage, closing);
  port.garbage = garbage.port;
  port.closing = closing.port;
});

after(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await zone?.close();
  dir.remove();
});

const viaZone = () => ({ dns: { server: dnsServer } });

describe('tls://', () => {
  test('pass with the CA from tls.ca: detail has subject, issuer, SANs, notAfter, protocol', async () => {
    const r = await runEntry({ target: `tls://api.test.internal:${port.good}`, ...viaZone(), tls: { ca: ca.caFile } });
    assert.equal(r.status, 'pass', explain(r));
    assert.equal(ladder(r), 'resolve:ok connect:ok tls:ok');
    const d = r.layers[2].detail!;
    assert.equal(d.subject, 'CN=api.test.internal');
    assert.match(String(d.issuer), /CN=vnet-probe test root/);
    assert.deepEqual(d.sans, ['DNS:api.test.internal', 'IP Address:127.0.0.1']);
    assert.match(String(d.notAfter), /^\d{4}-\d\d-\d\dT/);
    assert.match(String(d.protocol), /^TLSv1\.[23]$/);
    assert.equal(d.servername, 'api.test.internal');
    // the classic groups only, though the server (Node 24) would take the post-quantum hybrid
    assert.equal(d.keyExchange, 'X25519');
  });

  test('an IP literal is checked against the IP SANs', async () => {
    const r = await runEntry({ target: `tls://127.0.0.1:${port.good}`, tls: { ca: ca.caFile } });
    assert.equal(r.status, 'pass', explain(r));
  });

  test('tls.servername: SNI and the name checked, connecting by address', async () => {
    const r = await runEntry({ target: `tls://127.0.0.1:${port.wrongName}`, tls: { ca: ca.caFile, servername: 'elsewhere.test.internal' } });
    assert.equal(r.status, 'pass', explain(r));
    assert.equal(r.layers[2].detail?.servername, 'elsewhere.test.internal');
  });

  test('tls_untrusted without the CA', async () => {
    const r = await runEntry({ target: `tls://api.test.internal:${port.good}`, ...viaZone() });
    assert.equal(r.failure?.class, 'tls_untrusted', explain(r));
    assert.equal(r.failure?.layer, 'tls');
    assert.match(r.failure!.message, /UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT/);
    assert.match(String(r.layers[2].detail?.issuer), /vnet-probe test root/, 'the certificate is reported even when untrusted');
  });

  test('tls_hostname_mismatch', async () => {
    const r = await runEntry({ target: `tls://api.test.internal:${port.wrongName}`, ...viaZone(), tls: { ca: ca.caFile } });
    assert.equal(r.failure?.class, 'tls_hostname_mismatch', explain(r));
    assert.match(r.failure!.message, /elsewhere\.test\.internal/);
  });

  test('tls_expired: notAfter in the past', async () => {
    const r = await runEntry({ target: `tls://api.test.internal:${port.expired}`, ...viaZone(), tls: { ca: ca.caFile } });
    assert.equal(r.failure?.class, 'tls_expired', explain(r));
    assert.match(r.failure!.message, /expired on/);
  });

  test('tls_expired: notBefore in the future', async () => {
    const r = await runEntry({ target: `tls://api.test.internal:${port.notYet}`, ...viaZone(), tls: { ca: ca.caFile } });
    assert.equal(r.failure?.class, 'tls_expired', explain(r));
    assert.match(r.failure!.message, /not valid before/);
  });

  test('warn: the certificate expires in less than 14 days', async () => {
    const r = await runEntry({ target: `tls://api.test.internal:${port.expiring}`, ...viaZone(), tls: { ca: ca.caFile } });
    assert.equal(r.status, 'warn', explain(r));
    assert.equal(r.failure, null);
    assert.match(r.warnings?.[0] ?? '', /expires in [45] days/);
    assert.ok((r.layers[2].detail?.daysLeft as number) <= 5);
  });

  test('tls_inspected: an Azure name with a certificate from a firewall CA, even when trusted', async () => {
    const r = await runEntry({ target: `tls://mystore.blob.core.windows.net:${port.inspected}`, ...viaZone(), tls: { ca: inspectCa.caFile } });
    assert.equal(r.failure?.class, 'tls_inspected', explain(r));
    assert.match(r.failure!.message, /Contoso Firewall Inspection CA/);
    assert.match(r.failure!.hint, /inspection/i);
    assert.deepEqual(r.layers[0].detail?.chain, ['mystore.blob.core.windows.net', 'mystore.privatelink.blob.core.windows.net']);
  });

  test('tls_inspected is judged before trust: an untrusted inspection CA is still tls_inspected', async () => {
    const r = await runEntry({ target: `tls://mystore.blob.core.windows.net:${port.inspected}`, ...viaZone() });
    assert.equal(r.failure?.class, 'tls_inspected', explain(r));
  });

  test('an Azure name with a Microsoft Corporation issuer: pass', async () => {
    const r = await runEntry({ target: `tls://mystore.blob.core.windows.net:${port.microsoft}`, ...viaZone(), tls: { ca: microsoftCa.caFile } });
    assert.equal(r.status, 'pass', explain(r));
    assert.equal(r.layers[2].detail?.issuerOrganization, 'Microsoft Corporation');
  });

  test('tls.expectIssuer accepts another issuer on an Azure name', async () => {
    const r = await runEntry({ target: `tls://mystore.blob.core.windows.net:${port.inspected}`, ...viaZone(), tls: { ca: inspectCa.caFile, expectIssuer: ['Contoso Firewall Inspection CA'] } });
    assert.equal(r.status, 'pass', explain(r));
  });

  test('a peer that is not TLS: tls_handshake_failed', async () => {
    const r = await runEntry({ target: `tls://127.0.0.1:${port.garbage}` });
    assert.equal(r.failure?.class, 'tls_handshake_failed', explain(r));
    assert.equal(ladder(r), 'resolve:ok connect:ok tls:fail');
  });

  test('a peer that closes at once: tls_handshake_failed', async () => {
    const r = await runEntry({ target: `tls://127.0.0.1:${port.closing}` });
    assert.equal(r.failure?.class, 'tls_handshake_failed', explain(r));
    assert.match(r.failure!.message, /closed the connection during the TLS handshake/);
  });

  test('tls.ca naming a missing or non-PEM file: an InputError (exit 2) naming the file, before any clock starts', async () => {
    await assert.rejects(runEntry({ target: `tls://127.0.0.1:${port.good}`, tls: { ca: dir.join('missing.pem') } }), (e: Error) => e instanceof InputError && /missing\.pem \(ENOENT\)/.test(e.message));
    const junk = dir.file('junk.pem', 'not a certificate\n');
    await assert.rejects(runEntry({ target: `tls://127.0.0.1:${port.good}`, tls: { ca: junk } }), (e: Error) => e instanceof InputError && /junk\.pem holds no PEM certificate/.test(e.message));
    await assert.rejects(runEntry({ target: `https://127.0.0.1:${port.good}/`, tls: { cert: junk, key: junk } }), (e: Error) => e instanceof InputError && /tls\.cert\/tls\.key/.test(e.message));
  });
});
