import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Role } from './topology.ts';

/** Every namespace, /etc/netns entry and temp dir of every lab starts with this. */
export const LAB_PREFIX = 'vpl-';

/**
 * A lab's id names all it makes: `lab` for the one `npm run lab:up` starts by hand, `t<pid>` for a
 * test run (the pid of the test process, so that leftovers of a dead run can be told apart from a
 * run in progress).
 */
export function labId(kind: 'manual' | 'test', pid = process.pid): string {
  return kind === 'manual' ? 'lab' : `t${pid}`;
}

export function prefixOf(id: string): string {
  if (!/^[a-z0-9]{1,12}$/.test(id)) throw new Error(`lab id "${id}" must be 1-12 lowercase letters and digits`);
  return `${LAB_PREFIX}${id}-`;
}

export function namespaceName(prefix: string, role: Role): string {
  return `${prefix}${role}`;
}

/** The lab's temp dir: certificates, server plans, logs, configs, state. */
export function labDir(prefix: string): string {
  return path.join(tmpdir(), prefix.replace(/-$/, ''));
}

/** Whether a test lab's owner is gone (its leftovers may be removed). */
export function ownerIsGone(name: string): boolean {
  const match = /^vpl-t(\d+)-/.exec(name) ?? /^vpl-t(\d+)$/.exec(name);
  if (!match) return false;
  try {
    process.kill(Number(match[1]), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
