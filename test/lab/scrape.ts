import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { agentArgv, agentEnv } from './agent.ts';
import { REPO, type Lab } from './lab.ts';
import type { Role } from './topology.ts';

/** An HTTP GET made from inside another namespace of the lab, so that it crosses the router. */
export async function fetchFrom(lab: Lab, role: Role, url: string, timeoutMs = 3000): Promise<{ status: number; body: string }> {
  const script = `const r = await fetch(${JSON.stringify(url)}, { signal: AbortSignal.timeout(${timeoutMs}) });
process.stdout.write(JSON.stringify({ status: r.status, body: await r.text() }));`;
  const { stdout } = await lab.exec(role, [process.execPath, '--input-type=module', '-e', script], { timeoutMs: timeoutMs + 5000 });
  return JSON.parse(stdout) as { status: number; body: string };
}

export interface ServeProcess {
  child: ChildProcess;
  output(): string;
  /** SIGTERM, then the exit code (SIGKILL and null if it does not stop within the deadline) */
  stop(timeoutMs?: number): Promise<number | null>;
}

/** `vnet-probe serve` inside the agent namespace; it dies with the lab's namespaces at the latest. */
export function startServe(lab: Lab, name: string, config: unknown, args: string[]): ServeProcess {
  const dir = path.join(lab.dir, 'runs');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.yaml`);
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  const [command, ...rest] = agentArgv(lab, ['serve', '--no-imds', '--config', file, ...args]);
  const child = spawn(command, rest, { env: agentEnv(lab), stdio: ['ignore', 'pipe', 'pipe'], cwd: REPO });
  let output = '';
  const collect = (chunk: Buffer) => {
    if (output.length < 512 * 1024) output += chunk.toString('utf8');
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  child.on('error', (error) => collect(Buffer.from(String(error))));
  return {
    child,
    output: () => output,
    stop: async (timeoutMs = 8000) => {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const winner = await Promise.race([exited.then(() => 'exited'), sleep(timeoutMs).then(() => 'late')]);
      if (winner === 'late') {
        child.kill('SIGKILL');
        await Promise.race([exited, sleep(2000)]);
        return null;
      }
      return child.exitCode;
    },
  };
}

/** The value of a sample whose labels include all of `labels`, or undefined. */
export function sample(metrics: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of metrics.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const close = line.lastIndexOf('}');
    const labelText = line.slice(name.length + 1, close);
    if (Object.entries(labels).every(([k, v]) => labelText.includes(`${k}="${v}"`))) return Number(line.slice(close + 1).trim());
  }
  return undefined;
}
