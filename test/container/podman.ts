import { accessSync, constants, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exec, type ExecOptions, type ExecResult } from './exec.ts';

// Podman, rootful, with a store of its own under the cache dir: the stand-in base images carry the
// real images' names and must not shadow them in the machine's own store. The settings below are
// what works on these machines (a VM whose root lacks CAP_SYS_RESOURCE, cgroup v1, no systemd):
//   default_ulimits = []   runc cannot raise RLIMIT_NOFILE here ("error setting rlimits ... type 7")
//   cgroup_manager = cgroupfs, events_logger = file   there is no systemd/journald
//   runtime = runc         Debian's podman depends on it
// Network: the build's RUN steps use the host network (npm ci reaches the npm registry); the
// containers under test join network namespaces the test creates.

/** enough with --no-install-recommends: rootful podman needs none of its recommends here */
export const APT_PACKAGES = ['podman', 'runc', 'debootstrap', 'debian-archive-keyring', 'iproute2'];

export interface Podman {
  env: NodeJS.ProcessEnv;
  run(args: readonly string[], options: Omit<ExecOptions, 'env'>): Promise<ExecResult>;
}

function onPath(command: string): boolean {
  for (const dir of (process.env.PATH ?? '').split(':').concat(['/usr/sbin', '/sbin'])) {
    try {
      accessSync(path.join(dir, command), constants.X_OK);
      return true;
    } catch {
      // next
    }
  }
  return false;
}

/** What this test needs from the machine; a clear list of what is missing, else null. */
export function missingPrerequisites(): string | null {
  const problems: string[] = [];
  if (process.getuid?.() !== 0) problems.push('it must run as root (rootful podman, network namespaces)');
  const missing = ['podman', 'runc', 'debootstrap', 'ip', 'tar', 'cp'].filter((c) => !onPath(c));
  if (missing.length) problems.push(`missing commands: ${missing.join(', ')} (apt-get install -y ${APT_PACKAGES.join(' ')})`);
  return problems.length ? problems.join('; ') : null;
}

export function createPodman(cacheDir: string): Podman {
  mkdirSync(cacheDir, { recursive: true });
  const containersConf = path.join(cacheDir, 'containers.conf');
  const storageConf = path.join(cacheDir, 'storage.conf');
  writeFileSync(containersConf, [
    '[containers]',
    'default_ulimits = []',
    '[engine]',
    'runtime = "runc"',
    'cgroup_manager = "cgroupfs"',
    'events_logger = "file"',
    `events_logfile_path = "${path.join(cacheDir, 'events.log')}"`,
    '',
  ].join('\n'));
  writeFileSync(storageConf, [
    '[storage]',
    'driver = "overlay"',
    `graphroot = "${path.join(cacheDir, 'storage')}"`,
    'runroot = "/run/vnet-probe-container"',
    '',
  ].join('\n'));
  // TMPDIR: buildah keeps RUN --mount=type=cache (the npm cache of the build stage) under it
  const tmp = path.join(cacheDir, 'tmp');
  mkdirSync(tmp, { recursive: true });
  const env = { ...process.env, CONTAINERS_CONF: containersConf, CONTAINERS_STORAGE_CONF: storageConf, TMPDIR: tmp };
  return {
    env,
    run: (args, options) => exec('podman', args, { ...options, env }),
  };
}
