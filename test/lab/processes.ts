import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAlive } from '../helpers/process.ts';

export interface LabProcess {
  name: string;
  namespace: string;
  pid: number;
  log: string;
}

export interface StartOptions {
  name: string;
  namespace: string;
  argv: string[];
  /** stdout and stderr go here; readiness is read from it */
  log: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/**
 * Starts a server inside a namespace, detached in its own process group so that it outlives
 * `lab:up` and is stopped by its group id. `ip netns exec` execs the command in place, so the pid
 * is the server's own.
 */
export function startInNamespace(options: StartOptions): LabProcess {
  const fd = openSync(options.log, 'a');
  try {
    const child = spawn('ip', ['netns', 'exec', options.namespace, ...options.argv], {
      detached: true,
      stdio: ['ignore', fd, fd],
      env: options.env ?? process.env,
      cwd: options.cwd,
    });
    if (child.pid === undefined) throw new Error(`${options.name}: could not start ${options.argv[0]}`);
    child.on('error', () => {}); // reported through the readiness wait
    child.unref();
    return { name: options.name, namespace: options.namespace, pid: child.pid, log: options.log };
  } finally {
    closeSync(fd);
  }
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').slice(-2000);
  } catch {
    return '(no log)';
  }
}

/** Waits until the log matches `ready`; fails with the log's tail when the process dies or time runs out. */
export async function waitReady(process_: LabProcess, ready: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let text = '';
    try {
      text = readFileSync(process_.log, 'utf8');
    } catch {
      // not written yet
    }
    const match = ready.exec(text);
    if (match) return match;
    if (!isAlive(process_.pid)) throw new Error(`${process_.name} in ${process_.namespace} exited before it was ready:\n${tail(process_.log)}`);
    if (Date.now() > deadline) throw new Error(`${process_.name} in ${process_.namespace} not ready after ${timeoutMs} ms:\n${tail(process_.log)}`);
    await sleep(25);
  }
}

/** Ends a process group (SIGTERM, then SIGKILL after `graceMs`) and waits for its leader to go. */
export async function stopGroup(pid: number, graceMs = 1500): Promise<void> {
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-pid, s);
    } catch {
      try {
        process.kill(pid, s);
      } catch {
        // gone
      }
    }
  };
  if (!isAlive(pid)) return;
  signal('SIGTERM');
  for (const deadline = Date.now() + graceMs; isAlive(pid) && Date.now() < deadline;) await sleep(20);
  if (isAlive(pid)) signal('SIGKILL');
  for (const deadline = Date.now() + 2000; isAlive(pid) && Date.now() < deadline;) await sleep(20);
}
