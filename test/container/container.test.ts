import assert from 'node:assert/strict';
import { chmodSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ContainerSASPermissions, generateBlobSASQueryParameters, StorageSharedKeyCredential } from '@azure/storage-blob';
import { formatTimestamp } from '../../src/report/upload.ts';
import { AZURITE_ACCOUNT, AZURITE_KEY } from '../fixtures/azurite.ts';
import { issueCert, makeCa, type TestCa } from '../fixtures/test-ca.ts';
import { createPodman, missingPrerequisites, type Podman } from './podman.ts';
import { baseImages, ensureStandIns } from './stand-ins.ts';
import { AGENT_ADDRESS, createSubnet, SERVICES_ADDRESS, startAzuriteIn, startPeer, type NsAzurite, type Peer, type TestSubnet } from './subnet.ts';

// `npm run test:container`: builds the repository's Dockerfile with podman (local stand-ins for the
// base images, see stand-ins.ts), then runs the image non-root, read-only, with every capability
// dropped, in a test subnet of two network namespaces, and checks what it reports.
const ROOT = path.resolve(import.meta.dirname, '../..');
const IMAGE = 'localhost/vnet-probe:test';
const CACHE = process.env.VNETPROBE_CONTAINER_CACHE || '/var/cache/vnet-probe-container';
const BUDGET_BYTES = 25 * 1024 * 1024;
const TCP_PORT = 7000;
const CLOSED_PORT = 7001;
const HTTPS_PORT = 8443;
const AZURITE_PORT = 10000;
const MINUTE = 60_000;

let podman: Podman;
let subnet: TestSubnet | undefined;
let peer: Peer | undefined;
let azurite: NsAzurite | undefined;
let ca: TestCa | undefined;
let configDir: string | undefined;
const containers: string[] = [];

function log(line: string): void {
  process.stdout.write(`[container] ${line}\n`);
}

/** Hardened like docker/compose.yaml and docker/k8s: read-only (no tmpfs either), no capabilities, no new privileges. */
function hardened(network: string): string[] {
  return ['--network', network, '--read-only', '--read-only-tmpfs=false', '--cap-drop', 'ALL', '--security-opt', 'no-new-privileges', '--pull=never'];
}

const CONFIG = `
defaults: { timeout: 3s, interval: 10s }
checks:
  - name: tcp-open
    target: tcp://${SERVICES_ADDRESS}:${TCP_PORT}
  - name: https-health
    target: https://${SERVICES_ADDRESS}:${HTTPS_PORT}/health
    expect: { status: [200], body: healthy }
  - name: tcp-closed
    target: tcp://${SERVICES_ADDRESS}:${CLOSED_PORT}
    required: false
`;

function configMount(): string[] {
  return ['-v', `${configDir}:/etc/vnet-probe:ro`, '-e', 'NODE_EXTRA_CA_CERTS=/etc/vnet-probe/ca.pem', '-e', 'VNETPROBE_IMDS=off'];
}

before(async () => {
  const missing = missingPrerequisites();
  if (missing) throw new Error(`the container test cannot run on this machine: ${missing}`);
  podman = createPodman(CACHE);
  const info = await podman.run(['info', '--format', '{{.Host.OCIRuntime.Name}} {{.Store.GraphDriverName}} cgroup {{.Host.CgroupsVersion}}'], { timeoutMs: 2 * MINUTE, allowFailure: true });
  if (info.code !== 0) throw new Error(`podman does not work here (podman info: ${info.stderr.trim()})`);
  log(`podman: ${info.stdout.trim()}; store and settings in ${CACHE}`);
  // the store is this test's own: whatever runs in it was left by a run that was killed
  await podman.run(['rm', '-a', '-f', '-t', '0'], { timeoutMs: 2 * MINUTE, allowFailure: true });

  const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
  const started = performance.now();
  await ensureStandIns(podman, CACHE, baseImages(dockerfile), log);
  log(`stand-in base images ready in ${((performance.now() - started) / 1000).toFixed(1)}s`);

  const buildArgs = ['build', '--pull=never', '--network', 'host', '--layers', '-t', IMAGE, '-f', path.join(ROOT, 'Dockerfile')];
  // The build's npm ci goes to the npm registry: where this machine trusts an extra CA (a
  // TLS-inspecting egress proxy), the build stage must trust it too.
  const extraCa = process.env.NODE_EXTRA_CA_CERTS;
  if (extraCa && existsSync(extraCa)) buildArgs.push('--secret', `id=npm_ca,src=${extraCa}`);
  const build = await podman.run([...buildArgs, ROOT], { timeoutMs: 30 * MINUTE });
  log(`podman build: ${(build.ms / 1000).toFixed(1)}s`);
  // layers of earlier builds that no tag uses any more; a day's worth stay as the build cache
  await podman.run(['image', 'prune', '-f', '--filter', 'until=24h'], { timeoutMs: 5 * MINUTE, allowFailure: true });

  ca = await makeCa('vnet-probe container test CA');
  const cert = await issueCert(ca, { names: [SERVICES_ADDRESS] });
  configDir = mkdtempSync(path.join(tmpdir(), 'vnp-container-config-'));
  writeFileSync(path.join(configDir, 'config.yaml'), CONFIG);
  writeFileSync(path.join(configDir, 'ca.pem'), ca.certPem);
  chmodSync(configDir, 0o755);
  for (const file of readdirSync(configDir)) chmodSync(path.join(configDir, file), 0o644);

  subnet = await createSubnet();
  peer = await startPeer(subnet.servicesNs, { host: SERVICES_ADDRESS, tcpPort: TCP_PORT, httpsPort: HTTPS_PORT, cert: cert.certFile, key: cert.keyFile });
  azurite = await startAzuriteIn(subnet.agentNs, AZURITE_PORT);
}, { timeout: 45 * MINUTE });

after(async () => {
  for (const name of containers) await podman?.run(['rm', '-f', '-t', '0', name], { timeoutMs: MINUTE, allowFailure: true });
  await peer?.stop();
  await azurite?.stop();
  await subnet?.close();
  ca?.cleanup();
  if (configDir) rmSync(configDir, { recursive: true, force: true });
});

async function inspect(reference: string): Promise<{ Size: number; Config: { User: string; Entrypoint: string[]; Cmd: string[]; ExposedPorts: Record<string, unknown>; Labels: Record<string, string>; Env: string[] } }> {
  const result = await podman.run(['image', 'inspect', reference], { timeoutMs: MINUTE });
  return JSON.parse(result.stdout)[0];
}

/** Every file under a directory of the mounted image, with its mode and owner. */
function walk(dir: string, out: Array<{ path: string; mode: number; uid: number; link: boolean }> = []): typeof out {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const stat = lstatSync(full);
    out.push({ path: full, mode: stat.mode, uid: stat.uid, link: stat.isSymbolicLink() });
    if (stat.isDirectory()) walk(full, out);
  }
  return out;
}

test('image: non-root, the CLI as entrypoint, port 9464, OCI labels, only the bundle, app within 25 MB', async () => {
  const image = await inspect(IMAGE);
  assert.equal(image.Config.User, '65532:65532');
  assert.deepEqual(image.Config.Entrypoint, ['vnet-probe']);
  assert.deepEqual(image.Config.Cmd, ['--help']);
  assert.ok('9464/tcp' in image.Config.ExposedPorts);
  const labels = image.Config.Labels;
  const packageVersion = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;
  assert.equal(labels['org.opencontainers.image.version'], packageVersion, 'bump ARG VERSION in the Dockerfile with package.json');
  assert.equal(labels['org.opencontainers.image.title'], 'vnet-probe');
  assert.match(labels['org.opencontainers.image.source'], /^https:\/\//);
  assert.ok(labels['org.opencontainers.image.description']);

  const runtimeBase = baseImages(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8')).at(-1)!;
  const added = image.Size - (await inspect(runtimeBase.reference)).Size;
  log(`image ${(image.Size / 1e6).toFixed(1)} MB; the app adds ${(added / 1e6).toFixed(2)} MB to ${runtimeBase.name}`);
  assert.ok(added <= BUDGET_BYTES, `the app adds ${added} bytes, over the 25 MB budget`);

  const mounted = (await podman.run(['image', 'mount', IMAGE], { timeoutMs: MINUTE })).stdout.trim();
  try {
    assert.deepEqual(readdirSync(path.join(mounted, 'app')).sort(), ['dist', 'package.json', 'schema']);
    const files = walk(path.join(mounted, 'app'));
    assert.ok(!files.some((f) => /node_modules|\.ts$/.test(f.path)), 'no node_modules, no sources');
    for (const file of files) {
      assert.equal(file.uid, 0, `${file.path} is root-owned`);
      assert.equal(file.mode & 0o022, 0, `${file.path} is not writable by others`);
      assert.equal(file.mode & 0o004, 0o004, `${file.path} is readable by uid 65532`);
    }
    assert.equal(readlinkSync(path.join(mounted, 'usr/local/bin/vnet-probe')), '/app/dist/vnet-probe.mjs');
    assert.equal(readFileSync(path.join(mounted, 'app/dist/vnet-probe.mjs'), 'utf8').split('\n')[0], '#!/nodejs/bin/node');
    assert.ok(statSync(path.join(mounted, 'app/dist/vnet-probe.mjs')).mode & 0o001, 'the bundle is executable');
    assert.ok(!existsSync(path.join(mounted, 'usr/local/lib/node_modules')), 'no npm');
    assert.ok(!existsSync(path.join(mounted, 'src')));
  } finally {
    await podman.run(['image', 'unmount', IMAGE], { timeoutMs: MINUTE, allowFailure: true });
  }
});

test('--version and --help through the entrypoint, and `vnet-probe` on PATH for ACI\'s command', async () => {
  const version = await podman.run(['run', '--rm', ...hardened('none'), '--user', '65532', IMAGE, '--version'], { timeoutMs: 2 * MINUTE });
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  const help = await podman.run(['run', '--rm', ...hardened('none'), IMAGE], { timeoutMs: 2 * MINUTE });
  assert.match(help.stdout, /Usage: vnet-probe/);
  // ACI's `command` replaces the entrypoint: [vnet-probe, run, ...]
  const aci = await podman.run(['run', '--rm', ...hardened('none'), '--entrypoint', '["vnet-probe","profiles"]', IMAGE], { timeoutMs: 2 * MINUTE });
  assert.match(aci.stdout, /apim-classic/);
});

test('run in the test subnet: the open port and the HTTPS service pass, the closed port is refused', async () => {
  const result = await podman.run([
    'run', '--rm', ...hardened(subnet!.agentNetwork), '--user', '65532', ...configMount(),
    IMAGE, 'run', '--no-imds', '--config', '/etc/vnet-probe/config.yaml', '--format', 'json',
  ], { timeoutMs: 2 * MINUTE, allowFailure: true });
  assert.equal(result.code, 0, `exit ${result.code}: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as { summary: Record<string, unknown>; checks: Array<{ name: string; status: string; layers: Array<{ layer: string; ok: boolean }>; failure: { layer: string; class: string } | null }>; agent: { addresses: string[] } };
  assert.equal(report.summary.verdict, 'warn');
  assert.equal(report.summary.passed, 2);
  assert.equal(report.summary.failed, 1);
  assert.equal(report.summary.requiredFailed, 0);
  const byName = new Map(report.checks.map((c) => [c.name, c]));
  assert.equal(byName.get('tcp-open')?.status, 'pass');
  const web = byName.get('https-health')!;
  assert.equal(web.status, 'pass', JSON.stringify(web.failure));
  assert.deepEqual(web.layers.map((l) => l.layer), ['resolve', 'connect', 'tls', 'protocol']);
  const closed = byName.get('tcp-closed')!;
  assert.equal(closed.status, 'fail');
  assert.deepEqual(closed.failure && { layer: closed.failure.layer, class: closed.failure.class }, { layer: 'connect', class: 'tcp_refused' });
  assert.ok(report.agent.addresses.includes(AGENT_ADDRESS), `the agent sees its subnet address: ${report.agent.addresses.join(', ')}`);

  const required = await podman.run(['run', '--rm', ...hardened(subnet!.agentNetwork), '--user', '65532', IMAGE, 'run', '--no-imds', '--check', `tcp://${SERVICES_ADDRESS}:${CLOSED_PORT}`], { timeoutMs: 2 * MINUTE, allowFailure: true });
  assert.equal(required.code, 1, 'a required check that fails: exit 1');
  assert.match(required.stdout, /tcp_refused/);
});

test('run leaves its report in blob storage (Azurite in the subnet, SAS from the environment)', async () => {
  const connectionString = `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};BlobEndpoint=http://${AGENT_ADDRESS}:${AZURITE_PORT}/${AZURITE_ACCOUNT};`;
  await peer!.request({ op: 'createContainer', connectionString, container: 'reports' });
  const sas = generateBlobSASQueryParameters({
    containerName: 'reports', expiresOn: new Date(Date.now() + 3_600_000), permissions: ContainerSASPermissions.parse('cw'),
  }, new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY)).toString();
  const base = `http://127.0.0.1:${AZURITE_PORT}/${AZURITE_ACCOUNT}/reports`;
  const result = await podman.run([
    'run', '--rm', ...hardened(subnet!.agentNetwork), '--user', '65532', '--hostname', 'probe-agent', ...configMount(), '-e', `VNETPROBE_UPLOAD_SAS=${sas}`,
    IMAGE, 'run', '--no-imds', '--config', '/etc/vnet-probe/config.yaml', '--format', 'json',
    '--report', `${base}/{hostname}-{timestamp}.json`, '--junit', `${base}/{hostname}-{timestamp}.xml`,
  ], { timeoutMs: 2 * MINUTE, allowFailure: true });
  assert.equal(result.code, 0, `exit ${result.code}: ${result.stderr}`);
  const stamp = formatTimestamp(new Date(JSON.parse(result.stdout).startedAt));
  assert.deepEqual(result.stderr.trim().split('\n'), [
    `vnet-probe: --report uploaded to ${base}/probe-agent-${stamp}.json`,
    `vnet-probe: --junit uploaded to ${base}/probe-agent-${stamp}.xml`,
  ]);
  const { blobs } = await peer!.request({ op: 'listBlobs', connectionString, container: 'reports' }) as { blobs: Array<{ name: string; contentType: string; text: string }> };
  const json = blobs.find((b) => b.name === `probe-agent-${stamp}.json`);
  assert.ok(json, blobs.map((b) => b.name).join(', '));
  assert.equal(json.text, result.stdout);
  assert.equal(json.contentType, 'application/json');
  assert.equal(blobs.find((b) => b.name === `probe-agent-${stamp}.xml`)?.contentType, 'application/xml');
  assert.ok(!result.stdout.includes(new URLSearchParams(sas).get('sig')!) && !result.stderr.includes('sig='));
});

async function poll<T>(what: string, deadlineMs: number, attempt: () => Promise<T | undefined>): Promise<T> {
  const until = Date.now() + deadlineMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const value = await attempt();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what}: not within ${deadlineMs / 1000}s${last ? ` (${(last as Error).message})` : ''}`);
}

test('serve (image defaults: uid 65532): /healthz and /metrics from the next host, SIGTERM stops it with exit 0', async () => {
  const name = `vnp-serve-${process.pid}`;
  containers.push(name);
  await podman.run([
    'run', '-d', '--name', name, ...hardened(subnet!.agentNetwork), ...configMount(),
    IMAGE, 'serve', '--no-imds', '--config', '/etc/vnet-probe/config.yaml', '--listen', '0.0.0.0:9464',
  ], { timeoutMs: 2 * MINUTE });
  const url = `http://${AGENT_ADDRESS}:9464`;
  try {
    await poll('/healthz answers 200', 60_000, async () => {
      const answer = await peer!.request({ op: 'fetch', url: `${url}/healthz` });
      return answer.status === 200 ? answer : undefined;
    });
    const metrics = await poll('a round in /metrics', 60_000, async () => {
      const answer = await peer!.request({ op: 'fetch', url: `${url}/metrics` });
      const body = String(answer.body);
      const reported = ['tcp-open', 'https-health', 'tcp-closed'].every((check) => new RegExp(`vnetprobe_check_success\\{[^}]*check="${check}"`).test(body));
      return reported ? body : undefined;
    });
    assert.match(metrics, /vnetprobe_check_success\{[^}]*check="tcp-open"[^}]*\} 1/);
    assert.match(metrics, /vnetprobe_check_success\{[^}]*check="tcp-closed"[^}]*\} 0/);
    assert.match(metrics, /vnetprobe_check_success\{[^}]*check="https-health"[^}]*\} 1/);
    assert.match(metrics, /vnetprobe_check_failures_total\{[^}]*check="tcp-closed"[^}]*class="tcp_refused"/);
    const user = await podman.run(['top', name, 'user'], { timeoutMs: MINUTE, allowFailure: true });
    if (user.code === 0) assert.doesNotMatch(user.stdout, /\broot\b/, user.stdout);
  } catch (error) {
    const logs = await podman.run(['logs', name], { timeoutMs: MINUTE, allowFailure: true });
    throw new Error(`${(error as Error).message}\ncontainer logs:\n${logs.stdout}${logs.stderr}`);
  }
  await podman.run(['kill', '--signal', 'TERM', name], { timeoutMs: MINUTE });
  const waited = await podman.run(['wait', name], { timeoutMs: MINUTE });
  const logs = await podman.run(['logs', name], { timeoutMs: MINUTE, allowFailure: true });
  assert.equal(waited.stdout.trim(), '0', `exit code after SIGTERM; logs:\n${logs.stdout}${logs.stderr}`);
  assert.match(logs.stdout + logs.stderr, /shutting down/);
});
