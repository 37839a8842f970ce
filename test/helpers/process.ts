// Child processes the tests start (servers, the agent): is it alive, wait for its ready line, stop it.
import type { ChildProcess } from 'node:child_process';

/** Whether a process with this pid exists (signal 0 probes without sending anything). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resolves true once `child` has exited, false if it has not within `ms`. */
export function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** SIGTERM, then SIGKILL after the grace period; gives up waiting 3 s after that. */
export async function stopChild(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  if (!(await waitForExit(child, graceMs))) {
    child.kill('SIGKILL');
    await waitForExit(child, 3000);
  }
}

export interface ReadyOptions<T> {
  /** names the process in errors */
  name: string;
  timeoutMs: number;
  /** looks at the output so far (the last few KB, stdout and stderr mixed); a value other than undefined means ready */
  ready: (output: string) => T | undefined;
  /** keep reading stdout and stderr once ready so a chatty child never blocks (default); false when the caller reads stdout itself */
  drain?: boolean;
}

/**
 * Waits until `child`'s output says it is ready; rejects with the output when it exits first or
 * time runs out.
 */
export async function waitForOutput<T>(child: ChildProcess, options: ReadyOptions<T>): Promise<T> {
  let output = '';
  const value = await new Promise<T>((resolve, reject) => {
    const settle = () => {
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.stderr!.off('data', onData);
    };
    const timer = setTimeout(() => {
      settle();
      reject(new Error(`${options.name} not ready after ${options.timeoutMs} ms:\n${output}`));
    }, options.timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = options.ready(output);
      output = output.slice(-4000);
      if (found !== undefined) {
        settle();
        resolve(found);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', (error) => {
      settle();
      reject(error);
    });
    child.once('exit', (code) => {
      settle();
      reject(new Error(`${options.name} exited (${code}) before it was ready:\n${output}`));
    });
  });
  if (options.drain !== false) {
    child.stdout!.resume();
    child.stderr!.resume();
  }
  return value;
}
