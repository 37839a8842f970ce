// A profile without a cloud takes the cloud IMDS reports (azEnvironment). IMDS is a fixture on
// loopback, reached through VNETPROBE_IMDS_ENDPOINT: nothing is sent to 169.254.169.254.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CLI, NODE, ROOT } from '../../helpers/cli.ts';
import { closedPort } from '../../helpers/net.ts';

function imdsFixture(azEnvironment: string): Promise<{ server: Server; url: string; asked: () => number }> {
  let asked = 0;
  const server = createServer((req, res) => {
    asked += 1;
    assert.equal(req.headers.metadata, 'true');
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ compute: { azEnvironment, location: 'chinanorth3', name: 'probe-vm' }, network: { interface: [] } }));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked: () => asked })));
}

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(NODE, [CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env, VNETPROBE_IMDS: '' }, stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => { stdout += c; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, stdout }); });
  });
}

test('a profile without a cloud follows the cloud IMDS reports; a given cloud wins', async () => {
  const imds = await imdsFixture('AzureChinaCloud');
  const dead = await closedPort();
  const args = ['run', '--profile', 'apim-v2-integration', '--resolver', `127.0.0.1:${dead}`, '--backend', `https://127.0.0.1:${dead}/`, '--timeout', '1s', '--format', 'json'];
  try {
    const china = await run(args, { VNETPROBE_IMDS_ENDPOINT: imds.url });
    const report = JSON.parse(china.stdout);
    assert.ok(imds.asked() >= 1, 'IMDS was asked');
    assert.equal(report.agent.azure?.cloud, 'china');
    const targets = report.checks.map((c: { target: string }) => c.target).join(' ');
    assert.match(targets, /chinacloudapi\.cn/, targets);

    const given = await run([...args, '--cloud', 'public'], { VNETPROBE_IMDS_ENDPOINT: imds.url });
    assert.doesNotMatch(given.stdout, /chinacloudapi\.cn/);
  } finally {
    imds.server.close();
  }
});
