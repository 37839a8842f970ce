// examples/ci: the workflows parse and call the runner script; the script, run against a fake `az`
// and `curl`, creates the container in the subnet, brings the reports back, always deletes the
// container group, keeps the SAS out of its output, and exits with the agent's exit code.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { parse } from 'yaml';
import { REPO } from './lab.ts';

const CI = path.join(REPO, 'examples', 'ci');
const SCRIPT = path.join(CI, 'run-in-vnet.sh');
const SAS = 'sv=2024-01-01&sig=TOPSECRETsignature';

// Answers like az does for the calls the script makes, and logs every call (one line each).
const FAKE_AZ = `#!/usr/bin/env bash
{ printf '%s' "$*" | tr '\\n' ' '; echo; } >> "$FAKE_DIR/az.calls"
case "$1 $2" in
  "storage container") echo '${SAS}' ;;
  "container create") exit 0 ;;
  "container show")
    case "$*" in
      *currentState.state*) echo "$FAKE_STATE" ;;
      *provisioningState*) echo "$FAKE_PROVISIONING" ;;
      *exitCode*) echo "$FAKE_EXIT" ;;
      *events*) echo "Pulling image" ;;
    esac ;;
  "container logs") echo '{"schemaVersion":1,"summary":{"verdict":"fail"}}' ;;
  "container delete") exit 0 ;;
  *) echo "fake az: unexpected $*" >&2; exit 9 ;;
esac
`;

// curl -fsS --max-time 60 -o FILE URL: serves the "uploaded" blobs from FAKE_DIR/blobs
const FAKE_CURL = `#!/usr/bin/env bash
out=""; url=""
while [ $# -gt 0 ]; do case "$1" in -o) out="$2"; shift 2 ;; --max-time) shift 2 ;; -*) shift ;; *) url="$1"; shift ;; esac; done
name="$(basename "\${url%%\\?*}")"
[ -f "$FAKE_DIR/blobs/$name" ] || exit 22
cp "$FAKE_DIR/blobs/$name" "$out"
`;

const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface Fake { state: string; provisioning?: string; exit: string; blobs?: string[] }

function runScript(fake: Fake): Promise<{ code: number | null; stdout: string; stderr: string; dir: string; calls: string[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'vnetprobe-ci-'));
  dirs.push(dir);
  for (const [name, text] of [['az', FAKE_AZ], ['curl', FAKE_CURL]]) {
    writeFileSync(path.join(dir, name), text);
    chmodSync(path.join(dir, name), 0o755);
  }
  mkdirSync(path.join(dir, 'blobs'));
  for (const blob of fake.blobs ?? []) writeFileSync(path.join(dir, 'blobs', blob), `${blob} content\n`);
  writeFileSync(path.join(dir, 'config.yaml'), 'checks:\n  - target: tcp://10.0.0.4:443\n');
  const env = {
    PATH: `${dir}:${process.env.PATH}`, HOME: dir, FAKE_DIR: dir, FAKE_STATE: fake.state, FAKE_PROVISIONING: fake.provisioning ?? 'Succeeded', FAKE_EXIT: fake.exit,
    RESOURCE_GROUP: 'rg-test', SUBNET_ID: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/probe',
    CONFIG_FILE: path.join(dir, 'config.yaml'), REPORT_ACCOUNT: 'reports', RUN_ID: 'Test_Run.1', OUT_DIR: path.join(dir, 'out'),
    TIMEOUT_SECONDS: '2', POLL_SECONDS: '0.2', RUN_ARGS: '--profile apim-classic',
  };
  return new Promise((resolve) => {
    execFile('bash', [SCRIPT], { env, timeout: 20_000, encoding: 'utf8' }, (error, stdout, stderr) => {
      const calls = existsSync(path.join(dir, 'az.calls')) ? readFileSync(path.join(dir, 'az.calls'), 'utf8').trim().split('\n') : [];
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr, dir, calls });
    });
  });
}

describe('examples/ci', () => {
  test('the GitHub Actions workflow logs in with OIDC, runs the script, publishes JUnit and fails on the exit code', () => {
    const workflow = parse(readFileSync(path.join(CI, 'github-actions.yml'), 'utf8'));
    assert.equal(workflow.permissions['id-token'], 'write');
    const steps = workflow.jobs.probe.steps as Array<Record<string, any>>;
    const probe = steps.find((s) => s.id === 'probe')!;
    assert.match(probe.run, /run-in-vnet\.sh/);
    assert.equal(probe['continue-on-error'], true);
    assert.ok(steps.some((s) => String(s.uses).startsWith('mikepenz/action-junit-report') && s.with.report_paths.endsWith('junit.xml')));
    assert.ok(steps.some((s) => String(s.uses).startsWith('actions/upload-artifact') && s.if === 'always()'));
    const last = steps.at(-1)!;
    assert.equal(last.if, 'always()');
    assert.match(last.run, /steps\.probe\.outputs\.exit_code/);
  });

  test('the Azure Pipelines YAML runs the script with AzureCLI@2, publishes JUnit and fails on the exit code', () => {
    const pipeline = parse(readFileSync(path.join(CI, 'azure-pipelines.yml'), 'utf8'));
    const steps = pipeline.jobs[0].steps as Array<Record<string, any>>;
    const probe = steps.find((s) => s.task === 'AzureCLI@2')!;
    assert.match(probe.inputs.inlineScript, /run-in-vnet\.sh/);
    assert.equal(probe.continueOnError, true);
    const junit = steps.find((s) => s.task === 'PublishTestResults@2')!;
    assert.equal(junit.inputs.testResultsFormat, 'JUnit');
    assert.equal(junit.condition, 'always()');
    assert.match(steps.at(-1)!.bash, /probeExitCode/);
  });

  test('the example config is valid', async () => {
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, [path.join(REPO, 'src', 'cli.ts'), 'validate', '--config', path.join(CI, 'vnet-probe.yaml')], { timeout: 20_000 }, (error, _out, err) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr: err });
      });
    });
    assert.equal(code, 0, stderr);
  });

  for (const exit of ['0', '1']) {
    test(`run-in-vnet.sh: the agent exits ${exit}, the script exits ${exit} with the reports and without the container group`, async () => {
      const result = await runScript({ state: 'Terminated', exit, blobs: ['report.json', 'junit.xml', 'summary.md'] });
      assert.equal(result.code, Number(exit), result.stderr);
      for (const file of ['report.json', 'junit.xml', 'summary.md', 'agent.log']) assert.ok(existsSync(path.join(result.dir, 'out', file)), file);
      const create = result.calls.find((c) => c.startsWith('container create'))!;
      assert.match(create, /--subnet \/subscriptions\/s\/.*\/subnets\/probe/);
      assert.match(create, /--restart-policy Never/);
      assert.match(create, /--secure-environment-variables VNETPROBE_UPLOAD_SAS=/);
      assert.match(create, /--command-line vnet-probe run .*--format json .*--profile apim-classic .*--junit https:\/\/reports\.blob\.core\.windows\.net\/vnet-probe-reports\/Test_Run\.1\/junit\.xml/);
      assert.match(create, /-n vnet-probe-test-run-1 /);
      assert.ok(result.calls.at(-1)!.startsWith('container delete'), 'the container group is deleted last');
      assert.ok(!`${result.stdout}${result.stderr}`.includes('TOPSECRET'), 'the SAS stays out of the output');
    });
  }

  test('run-in-vnet.sh: no upload reached the account, the JSON report comes from the container log', async () => {
    const result = await runScript({ state: 'Terminated', exit: '3' });
    assert.equal(result.code, 3);
    assert.match(readFileSync(path.join(result.dir, 'out', 'report.json'), 'utf8'), /"schemaVersion":1/);
  });

  test('run-in-vnet.sh: a container that never finishes is exit 4, and is still deleted', async () => {
    const result = await runScript({ state: 'Waiting', exit: '' });
    assert.equal(result.code, 4);
    assert.ok(result.calls.at(-1)!.startsWith('container delete'));
  });
});
