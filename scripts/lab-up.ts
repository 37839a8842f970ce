// npm run lab:up — builds the network-namespace lab (test/lab) and leaves it running, so that the
// agent can be tried by hand against it. Cleans up a previous lab first. Stop it with `npm run lab:down`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { agentArgv, agentEnv, cliEntry } from '../test/lab/agent.ts';
import { LAB_CA_NAME } from '../test/lab/certificates.ts';
import { startLab } from '../test/lab/lab.ts';
import { labId } from '../test/lab/names.ts';
import { BASELINE, SCENARIOS } from '../test/lab/scenarios.ts';
import { ADDRESS } from '../test/lab/topology.ts';
import { PROFILE_PARAMS } from '../test/lab/zone.ts';

const started = Date.now();
try {
  const lab = await startLab({ id: labId('manual'), watchOwner: false, log: (m) => process.stdout.write(`lab: ${m}\n`) });
  const quote = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

  // a wrapper that runs the CLI inside the agent namespace with the lab's CAs and credentials
  const env = agentEnv(lab);
  const exports = ['NODE_EXTRA_CA_CERTS', 'VNETPROBE_IMDS', 'LAB_SQL_PASSWORD', 'LAB_STORAGE_CONNECTION_STRING'].map((k) => `export ${k}=${quote(env[k] ?? '')}`);
  const agent = path.join(lab.dir, 'agent');
  writeFileSync(agent, ['#!/bin/sh', '# runs vnet-probe inside the lab agent namespace: ./agent run --config lab.yaml', ...exports,
    `exec ${agentArgv(lab, []).map(quote).join(' ')} "$@"`, ''].join('\n'), { mode: 0o700 });

  // every check of every scenario, without faults, as one config to start from
  const config = path.join(lab.dir, 'lab.yaml');
  const checks = [...BASELINE.checks, ...SCENARIOS.flatMap((s) => s.checks.map((c) => ({ ...c, name: `${s.name.replace(/[^a-zA-Z0-9]+/g, '-')}.${c.name}` })))];
  writeFileSync(config, `${JSON.stringify({ defaults: { timeout: '3s', tls: { expectIssuer: [LAB_CA_NAME] } }, checks }, null, 2)}\n`);

  const profile = ['run', '--profile', 'apim-classic', '--storage-account', PROFILE_PARAMS.storageAccount, '--sql-server', PROFILE_PARAMS.sqlServer,
    '--event-hub-namespace', PROFILE_PARAMS.eventHubNamespace, '--key-vault', PROFILE_PARAMS.keyVault, '--private-endpoints',
    '--resolver', ADDRESS.dns, '--cache-host', ADDRESS.redis, '--config', path.join(lab.dir, 'profile.yaml')];
  writeFileSync(path.join(lab.dir, 'profile.yaml'), `${JSON.stringify({ defaults: { timeout: '5s', tls: { expectIssuer: [LAB_CA_NAME] } } }, null, 2)}\n`);

  process.stdout.write(`
The lab is up (${Date.now() - started} ms), prefix ${lab.prefix}, files in ${lab.dir}.
CLI: ${cliEntry().file}

  ${agent} run --config ${config}     # the peers that are faults themselves (expired, wrong name, garbage, denied storage, no route) fail
  ${agent} ${profile.join(' ')}
  ${agent} run --config ${path.join(lab.dir, 'profile.yaml')} --check tls://labstore.blob.core.windows.net --check sql://labsql.database.windows.net
  sudo ip netns exec ${lab.ns('agent')} bash          # a shell in the agent's subnet (resolv.conf: ${ADDRESS.dns})

Break something (faults are data, see test/lab/scenarios.ts):
  sudo ip netns exec ${lab.ns('router')} iptables -A NSG-AGENT -d ${ADDRESS.sqlPe} -p tcp --dport 1433 -j DROP
  npm run lab:fault -- install "NSG drops SQL 1433"      # and: npm run lab:fault -- remove "…"

Stop it: npm run lab:down
`);
} catch (error) {
  process.stderr.write(`lab:up failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
