// `npm run demo`: a simulated subnet on loopback, probed by the real CLI, then torn down.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startDemoSubnet } from './subnet.ts';

const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
const subnet = await startDemoSubnet();
process.stdout.write(`vnet-probe demo: a simulated subnet on loopback (DNS server 127.0.0.1:${subnet.dns.port}, HTTPS backends with their own CA).\n`);
process.stdout.write(`config: ${subnet.configFile}\n\n$ vnet-probe run --config demo.yaml --no-imds\n\n`);
const child = spawn(process.execPath, [cli, 'run', '--config', subnet.configFile, '--no-imds', '--report', `${subnet.dir}/report.json`], { stdio: ['ignore', 'inherit', 'inherit'] });
const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 3)));
process.stdout.write(`\nvnet-probe exited ${code} (0 all required checks passed, 1 a required check failed, 2 bad input, 3 internal error).\n`);
process.stdout.write('Try your own: vnet-probe run --check dns:///myaccount.blob.core.windows.net --check sql://myserver.database.windows.net\n');
await subnet.stop();
process.exitCode = code === 0 || code === 1 ? 0 : code;
