import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startAzureLikePeer, type AzureLikePeer } from '../../fixtures/azure-like-peer.ts';
import { issueCert, makeCa, type TestCa } from '../../fixtures/test-ca.ts';
import { runCli } from '../../helpers/cli.ts';

// The Azure SDKs cost ~0.5 s of module loading: only a credentialed storage check may load them.
// A module hook in the spawned CLI records every @azure/* module that is resolved.
const HOOK = `data:text/javascript,${encodeURIComponent(`
import { registerHooks } from 'node:module';
import { appendFileSync } from 'node:fs';
const log = process.env.VNETPROBE_TEST_MODULE_LOG;
registerHooks({
  resolve(specifier, context, next) {
    const resolved = next(specifier, context);
    if (log && resolved.url.includes('/node_modules/@azure/')) appendFileSync(log, resolved.url + '\\n');
    return resolved;
  },
});
`)}`;

let ca: TestCa;
let peer: AzureLikePeer;
let tcp: net.Server;
let dir: string;

before(async () => {
  ca = await makeCa();
  const cert = await issueCert(ca, { names: ['127.0.0.1'] });
  peer = await startAzureLikePeer({ cert: cert.certPem, key: cert.keyPem, mode: 'storage-rbac-mismatch' });
  tcp = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
  dir = mkdtempSync(path.join(tmpdir(), 'vnetprobe-lazy-'));
});

after(async () => {
  await peer?.close();
  await new Promise<void>((resolve) => (tcp ? tcp.close(() => resolve()) : resolve()));
  ca?.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function azureModulesLoaded(name: string, args: string[], env: Record<string, string | undefined> = {}): Promise<{ modules: string[]; code: number | null; stdout: string }> {
  const log = path.join(dir, `${name}.log`);
  writeFileSync(log, '');
  const { code, stdout, stderr } = await runCli(['run', '--no-imds', '--format', 'json', ...args], {
    env: { VNETPROBE_TEST_MODULE_LOG: log, ...env },
    nodeArgs: ['--import', HOOK],
    timeoutMs: 90_000,
  });
  if (code !== 0 && code !== 1) throw new Error(`exit ${code}: ${stderr}`);
  return { modules: readFileSync(log, 'utf8').split('\n').filter(Boolean), code, stdout };
}

describe('Azure SDK loading', { concurrency: true }, () => {
  test('a run with only a tcp check loads no Azure SDK', async () => {
    const port = (tcp.address() as net.AddressInfo).port;
    const { modules, code } = await azureModulesLoaded('tcp', ['--check', `tcp://127.0.0.1:${port}`, '--timeout', '30s']);
    assert.equal(code, 0);
    assert.deepEqual(modules, []);
  });

  test('a storage check without credentials loads no Azure SDK either', async () => {
    const config = path.join(dir, 'anonymous.yaml');
    writeFileSync(config, `checks:\n  - target: ${peer.origin}/acct\n    kind: storage\n    timeout: 30s\n    tls: { ca: ${ca.certFile} }\n`);
    const { modules, stdout } = await azureModulesLoaded('anonymous', ['--config', config]);
    assert.equal(JSON.parse(stdout).checks[0].status, 'pass');
    assert.deepEqual(modules, []);
  });

  test('control: a credentialed storage check does load @azure/storage-blob (the hook sees it)', async () => {
    const config = path.join(dir, 'sas.yaml');
    writeFileSync(config, `checks:\n  - target: ${peer.origin}/acct\n    kind: storage\n    timeout: 30s\n    tls: { ca: ${ca.certFile} }\n    auth: { sas: { env: VNETPROBE_TEST_LAZY_SAS } }\n`);
    const { modules, stdout } = await azureModulesLoaded('sas', ['--config', config], { VNETPROBE_TEST_LAZY_SAS: 'sv=2022-11-02&sp=rl&sig=lazyLoadTestSig' });
    assert.equal(JSON.parse(stdout).checks[0].failure?.class, 'auth_failed');
    assert.ok(modules.some((m) => m.includes('/@azure/storage-blob/')), modules.join('\n'));
    assert.ok(!modules.some((m) => m.includes('/@azure/identity/')), 'a SAS check does not load @azure/identity');
  });
});
