// Prometheus' blackbox_exporter (Debian package prometheus-blackbox-exporter) as the baseline:
// one exporter process on 127.0.0.1, probed through /probe?module=…&target=… like Prometheus does.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { get } from './http-client.ts';
import { freePort, waitFor } from './proc.ts';
import { parseExposition, sampleValue, type Sample } from './promtext.ts';
import { DNS_DELAYED_NAME, DNS_NAME } from './targets.ts';

export const BLACKBOX_BIN = '/usr/bin/prometheus-blackbox-exporter';

export type BlackboxModule = 'tcp_connect' | 'http_2xx' | 'http_plain' | 'dns' | 'dns_delayed';

export interface Blackbox {
  pid: number;
  port: number;
  version: string;
  probe(module: BlackboxModule, target: string): Promise<{ success: boolean; samples: Sample[]; ms: number }>;
  stop(): Promise<void>;
}

/** The exporter's config: the three kinds compared, plus the delayed targets of the timing part. */
export function blackboxConfig(caFile: string): string {
  const dns = (name: string) => [
    '    prober: dns',
    '    timeout: 5s',
    '    dns:',
    `      query_name: ${name}`,
    '      query_type: A',
    '      transport_protocol: udp',
    '      preferred_ip_protocol: ip4',
    '      ip_protocol_fallback: false',
  ];
  return [
    'modules:',
    '  tcp_connect:',
    '    prober: tcp',
    '    timeout: 5s',
    '    tcp:',
    '      preferred_ip_protocol: ip4',
    '  http_2xx:',
    '    prober: http',
    '    timeout: 5s',
    '    http:',
    '      preferred_ip_protocol: ip4',
    '      tls_config:',
    `        ca_file: ${caFile}`,
    '  http_plain:',
    '    prober: http',
    '    timeout: 5s',
    '    http:',
    '      preferred_ip_protocol: ip4',
    '  dns:',
    ...dns(DNS_NAME),
    '  dns_delayed:',
    ...dns(DNS_DELAYED_NAME),
    '',
  ].join('\n');
}

function versionOf(): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(BLACKBOX_BIN, ['--version'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout!.on('data', (c: Buffer) => (text += c));
    child.stderr!.on('data', (c: Buffer) => (text += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.on('close', () => {
      clearTimeout(timer);
      resolve(/version (\S+)/.exec(text)?.[1] ?? 'unknown');
    });
  });
}

export async function startBlackbox(dir: string, caFile: string): Promise<Blackbox> {
  if (!existsSync(BLACKBOX_BIN)) {
    throw new Error(`${BLACKBOX_BIN} not found: apt-get update && apt-get install -y prometheus-blackbox-exporter`);
  }
  const configFile = path.join(dir, 'blackbox.yml');
  writeFileSync(configFile, blackboxConfig(caFile));
  const version = await versionOf();
  const port = await freePort();
  const child: ChildProcess = spawn(BLACKBOX_BIN, [`--config.file=${configFile}`, `--web.listen-address=127.0.0.1:${port}`, '--log.level=warn'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitFor('blackbox_exporter to listen', 10_000, async () => ((await get(port, '/-/healthy', 1000)).status === 200 ? true : undefined));
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    pid: child.pid!,
    port,
    version,
    async probe(module, target) {
      const answer = await get(port, `/probe?module=${module}&target=${encodeURIComponent(target)}`);
      if (answer.status !== 200) throw new Error(`blackbox /probe ${module} ${target}: HTTP ${answer.status}: ${answer.body.slice(0, 200)}`);
      const samples = parseExposition(answer.body);
      return { success: sampleValue(samples, 'probe_success') === 1, samples, ms: answer.ms };
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
