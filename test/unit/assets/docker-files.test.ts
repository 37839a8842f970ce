// Static checks of the deployment and monitoring assets under docker/: every file
// parses, the pieces agree with each other, and the alert rules and the dashboard only
// use the metric names the agent exports (DESIGN.md, "Metrics"). The rules are also run
// through promtool (Debian package `prometheus`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../../..');
const DOCKER = join(ROOT, 'docker');
const PROMTOOL = '/usr/bin/promtool';
const PROMTOOL_TIMEOUT_MS = 30_000;

/** The metric contract of `vnet-probe serve` (DESIGN.md). */
const EXPORTED_METRICS = [
  'vnetprobe_check_success',
  'vnetprobe_check_duration_seconds',
  'vnetprobe_check_layer_duration_seconds',
  'vnetprobe_check_runs_total',
  'vnetprobe_check_failures_total',
  'vnetprobe_check_latency_seconds',
  'vnetprobe_tls_cert_not_after_timestamp_seconds',
  'vnetprobe_dns_private_answer',
  'vnetprobe_last_round_timestamp_seconds',
  'vnetprobe_build_info',
];
const HISTOGRAMS = ['vnetprobe_check_latency_seconds'];
const ALLOWED_METRICS = new Set([
  ...EXPORTED_METRICS,
  ...HISTOGRAMS.flatMap((h) => [`${h}_bucket`, `${h}_sum`, `${h}_count`]),
]);

const EXPECTED_YAML = [
  'docker/compose.yaml',
  'docker/config/example.yaml',
  'docker/prometheus/prometheus.yml',
  'docker/prometheus/alerts.yml',
  'docker/grafana/provisioning/datasources/prometheus.yml',
  'docker/grafana/provisioning/dashboards/vnet-probe.yml',
  'docker/aci/vnet-probe-oneshot.yaml',
  'docker/aci/vnet-probe-serve.yaml',
  'docker/k8s/deployment.yaml',
  'docker/k8s/service.yaml',
  'docker/k8s/servicemonitor.yaml',
  'docker/k8s/configmap.yaml',
  'test/promtool/alerts.test.yml',
];

const EXPECTED_ALERTS = [
  'VnetProbeRequiredDependencyFailing',
  'VnetProbeCertificateExpiringSoon',
  'VnetProbeCertificateExpired',
  'VnetProbePrivateEndpointResolvesPublic',
  'VnetProbeAgentDown',
  'VnetProbeStale',
];

interface AlertRule {
  alert?: string;
  record?: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}
interface RuleFile { groups: { name: string; rules: AlertRule[] }[] }

interface ComposeService {
  image?: string;
  command?: string[];
  user?: string;
  read_only?: boolean;
  cap_drop?: string[];
  volumes?: string[];
}
interface ComposeFile { services: Record<string, ComposeService> }

interface Target { expr?: string; datasource?: { type?: string; uid?: string } }
interface Panel {
  type: string;
  title: string;
  datasource?: { type?: string; uid?: string };
  targets?: Target[];
  panels?: Panel[];
}
interface Dashboard {
  title: string;
  panels: Panel[];
  templating: { list: { name: string; type: string; query?: unknown; datasource?: { uid?: string } }[] };
}

interface AciContainerGroup {
  type: string;
  properties: {
    restartPolicy: string;
    subnetIds: { id: string }[];
    ipAddress?: { type: string; ports: { port: number }[] };
    containers: { name: string; properties: { image: string; command: string[]; ports?: { port: number }[] } }[];
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function read(path: string): string {
  return readFileSync(path, 'utf8');
}

function loadYaml<T>(path: string): T {
  return parse(read(path)) as T;
}

function metricNamesIn(text: string): string[] {
  return [...new Set(text.match(/\bvnetprobe_[a-z0-9_]+/g) ?? [])];
}

function unknownMetrics(text: string): string[] {
  return metricNamesIn(text).filter((m) => !ALLOWED_METRICS.has(m));
}

/** GitHub's anchor for a Markdown heading. */
function anchorOf(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');
}

function allPanels(panels: Panel[]): Panel[] {
  return panels.flatMap((p) => [p, ...allPanels(p.panels ?? [])]);
}

function allRules(): AlertRule[] {
  return loadYaml<RuleFile>(join(DOCKER, 'prometheus/alerts.yml')).groups.flatMap((g) => g.rules);
}

function loadDashboard(): Dashboard {
  return JSON.parse(read(join(DOCKER, 'grafana/vnet-probe.json'))) as Dashboard;
}

interface RunResult { ok: boolean; output: string }

function runPromtool(args: string[]): Promise<RunResult> {
  return new Promise((done) => {
    execFile(PROMTOOL, args, { cwd: ROOT, timeout: PROMTOOL_TIMEOUT_MS }, (error, stdout, stderr) => {
      done({ ok: error === null, output: `promtool ${args.join(' ')}\n${stdout}${stderr}${error ? `\n${error.message}` : ''}` });
    });
  });
}

function requirePromtool(): void {
  assert.ok(
    existsSync(PROMTOOL),
    `${PROMTOOL} not found: install Debian's "prometheus" package (apt-get update && apt-get install -y prometheus), ` +
      'which provides promtool; CI installs it',
  );
}

test('every YAML file under docker/ and test/promtool/ parses (all documents)', () => {
  const files = [...filesUnder(DOCKER), ...filesUnder(join(ROOT, 'test/promtool'))]
    .filter((f) => /\.ya?ml$/.test(f));
  const names = files.map((f) => relative(ROOT, f));
  for (const expected of EXPECTED_YAML) assert.ok(names.includes(expected), `missing ${expected}`);
  for (const file of files) {
    const docs = parseAllDocuments(read(file));
    assert.ok(Array.isArray(docs), `${relative(ROOT, file)}: empty stream`);
    for (const doc of docs) {
      assert.deepEqual(doc.errors.map((e) => e.message), [], `${relative(ROOT, file)}: YAML errors`);
      assert.deepEqual(doc.warnings.map((e) => e.message), [], `${relative(ROOT, file)}: YAML warnings`);
      assert.notEqual(doc.toJS(), null, `${relative(ROOT, file)}: empty document`);
    }
  }
});

test('every JSON file under docker/ parses', () => {
  const files = filesUnder(DOCKER).filter((f) => f.endsWith('.json'));
  assert.ok(files.length >= 2);
  for (const file of files) {
    assert.doesNotThrow(() => JSON.parse(read(file)), `${relative(ROOT, file)} is not valid JSON`);
  }
});

test('main.bicep and main.json declare the same parameters and resources', () => {
  const bicep = read(join(DOCKER, 'aci/main.bicep'));
  const arm = JSON.parse(read(join(DOCKER, 'aci/main.json'))) as {
    $schema: string;
    parameters: Record<string, unknown>;
    resources: { type: string; apiVersion: string }[];
  };
  assert.match(arm.$schema, /^https:\/\/schema\.management\.azure\.com\/schemas\/.*deploymentTemplate\.json#$/);
  assert.ok(Array.isArray(arm.resources) && arm.resources.length > 0);

  const bicepParams = [...bicep.matchAll(/^param (\w+) /gm)].map((m) => m[1]).sort();
  assert.ok(bicepParams.includes('mode') && bicepParams.includes('subnetId'));
  assert.deepEqual(Object.keys(arm.parameters).sort(), bicepParams);

  // Deployed resources only: `existing` references compile to nothing in ARM.
  const bicepResources = [...bicep.matchAll(/^resource \w+ '([\w./]+)@([\w-]+)' (.*)$/gm)]
    .filter((m) => !m[3].includes('existing'))
    .map((m) => `${m[1]}@${m[2]}`)
    .sort();
  assert.ok(bicepResources.length >= 1, 'main.bicep has no resource blocks');
  assert.deepEqual(arm.resources.map((r) => `${r.type}@${r.apiVersion}`).sort(), bicepResources);

  const group = arm.resources.find((r) => r.type === 'Microsoft.ContainerInstance/containerGroups') as
    | { properties: { subnetIds: unknown[] } }
    | undefined;
  assert.ok(group, 'main.json has no container group');
  assert.equal(group.properties.subnetIds.length, 1);
  assert.match(bicep, /subnetIds: \[/);
});

test('compose runs the agent hardened, with Prometheus and provisioned Grafana', () => {
  const composePath = join(DOCKER, 'compose.yaml');
  const compose = loadYaml<ComposeFile>(composePath);
  assert.deepEqual(Object.keys(compose.services).sort(), ['grafana', 'prometheus', 'vnet-probe']);

  const agent = compose.services['vnet-probe'];
  assert.equal(agent.command?.[0], 'serve');
  assert.equal(agent.read_only, true);
  assert.deepEqual(agent.cap_drop, ['ALL']);
  assert.ok(agent.user && !/^(0|root)(:|$)/.test(agent.user), `agent must not run as root, user=${agent.user}`);
  assert.ok(agent.volumes?.some((v) => v.startsWith('./config/example.yaml:/etc/vnet-probe/config.yaml')));
  assert.match(agent.image ?? '', /\/vnet-probe:/);

  // Every bind mount points at a file that exists in the repository.
  for (const [name, service] of Object.entries(compose.services)) {
    for (const volume of service.volumes ?? []) {
      const source = volume.split(':')[0];
      if (!source.startsWith('.')) continue;
      assert.ok(existsSync(resolve(dirname(composePath), source)), `${name}: missing bind mount source ${source}`);
    }
  }

  const prometheus = compose.services.prometheus;
  assert.ok(prometheus.volumes?.some((v) => v.includes('alerts.yml')));
  assert.ok(prometheus.volumes?.some((v) => v.includes('prometheus.yml')));
  const grafana = compose.services.grafana;
  assert.ok(grafana.volumes?.some((v) => v.includes('provisioning/datasources')));
  assert.ok(grafana.volumes?.some((v) => v.includes('provisioning/dashboards')));
  assert.ok(grafana.volumes?.some((v) => v.includes('vnet-probe.json')));
});

test('prometheus.yml scrapes the agent as job vnet-probe and loads the alert rules', () => {
  const config = loadYaml<{
    rule_files: string[];
    scrape_configs: { job_name: string; static_configs?: { targets: string[] }[] }[];
  }>(join(DOCKER, 'prometheus/prometheus.yml'));
  assert.deepEqual(config.rule_files, ['alerts.yml']);
  const job = config.scrape_configs.find((j) => j.job_name === 'vnet-probe');
  assert.ok(job, 'no vnet-probe job');
  assert.deepEqual(job.static_configs?.[0].targets, ['vnet-probe:9464']);
});

test('alert rules: the expected alerts, annotated, using only exported metrics', () => {
  const rules = allRules();
  assert.deepEqual(rules.map((r) => r.alert).sort(), [...EXPECTED_ALERTS].sort());

  const readme = read(join(DOCKER, 'README.md'));
  const anchors = new Set([...readme.matchAll(/^#+ (.+)$/gm)].map((m) => anchorOf(m[1])));
  for (const rule of rules) {
    const name = rule.alert ?? '';
    assert.deepEqual(unknownMetrics(rule.expr), [], `${name}: unknown metric in expr`);
    assert.deepEqual(unknownMetrics(JSON.stringify(rule.annotations)), [], `${name}: unknown metric in annotations`);
    assert.ok(
      metricNamesIn(rule.expr).length > 0 || rule.expr.includes('up{job="vnet-probe"}'),
      `${name}: expr uses none of the agent's metrics`,
    );
    assert.ok(rule.labels?.severity, `${name}: no severity`);
    assert.ok(rule.annotations?.summary, `${name}: no summary`);
    assert.ok(rule.annotations?.description, `${name}: no description`);
    const runbook = rule.annotations?.runbook_url ?? '';
    const anchor = runbook.split('#')[1] ?? '';
    assert.ok(anchors.has(anchor), `${name}: runbook_url anchor #${anchor} has no heading in docker/README.md`);
  }
  // Alerts about a check name the check in their summary.
  for (const rule of rules.filter((r) => r.expr.includes('vnetprobe_') && !r.expr.includes('last_round'))) {
    assert.match(rule.annotations?.summary ?? '', /\{\{ \$labels\.check \}\}/, `${rule.alert}: summary does not name the check`);
  }
});

test('dashboard: datasource variable, the panels asked for, only exported metrics', () => {
  const dashboard = loadDashboard();
  const raw = read(join(DOCKER, 'grafana/vnet-probe.json'));
  assert.deepEqual(unknownMetrics(raw), []);

  const dsVar = dashboard.templating.list.find((v) => v.name === 'DS_PROMETHEUS');
  assert.ok(dsVar, 'no DS_PROMETHEUS variable');
  assert.equal(dsVar.type, 'datasource');
  assert.equal(dsVar.query, 'prometheus');

  const panels = allPanels(dashboard.panels);
  for (const panel of panels) {
    if (panel.type === 'row') continue;
    assert.equal(panel.datasource?.uid, '${DS_PROMETHEUS}', `panel "${panel.title}" datasource`);
    for (const target of panel.targets ?? []) {
      assert.equal(target.datasource?.uid, '${DS_PROMETHEUS}', `panel "${panel.title}" target datasource`);
    }
  }

  const exprsOf = (type: string) =>
    panels.filter((p) => p.type === type).flatMap((p) => (p.targets ?? []).map((t) => t.expr ?? ''));
  assert.ok(exprsOf('state-timeline').some((e) => /vnetprobe_check_success/.test(e) && /\bcheck\b/.test(e)));
  assert.ok(exprsOf('timeseries').some((e) => /by \(layer\)[^]*vnetprobe_check_layer_duration_seconds/.test(e)));
  assert.ok(exprsOf('timeseries').some((e) => /by \(class\)[^]*increase\(vnetprobe_check_failures_total/.test(e)));
  assert.ok(panels.some((p) => (p.targets ?? []).some((t) => /vnetprobe_tls_cert_not_after_timestamp_seconds/.test(t.expr ?? ''))));
  assert.ok(exprsOf('table').some((e) => /vnetprobe_dns_private_answer/.test(e)));
});

test('ACI: one-shot and serve container groups in a subnet', () => {
  const oneshot = loadYaml<AciContainerGroup>(join(DOCKER, 'aci/vnet-probe-oneshot.yaml'));
  const serve = loadYaml<AciContainerGroup>(join(DOCKER, 'aci/vnet-probe-serve.yaml'));
  for (const group of [oneshot, serve]) {
    assert.equal(group.type, 'Microsoft.ContainerInstance/containerGroups');
    assert.equal(group.properties.subnetIds.length, 1);
    assert.match(group.properties.subnetIds[0].id, /\/subnets\//);
  }
  assert.equal(oneshot.properties.restartPolicy, 'Never');
  const run = oneshot.properties.containers[0].properties.command;
  assert.deepEqual(run.slice(0, 4), ['vnet-probe', 'run', '--profile', 'apim-classic']);
  const report = run[run.indexOf('--report') + 1];
  assert.match(report, /^https:\/\/[A-Z]+\.blob\.core\.windows\.net\/reports\/\{hostname\}-\{timestamp\}\.json$/);

  assert.equal(serve.properties.restartPolicy, 'Always');
  assert.deepEqual(serve.properties.containers[0].properties.command.slice(0, 2), ['vnet-probe', 'serve']);
  assert.equal(serve.properties.ipAddress?.type, 'Private');
  assert.deepEqual(serve.properties.ipAddress?.ports.map((p) => p.port), [9464]);

  const readme = read(join(DOCKER, 'aci/README.md'));
  assert.match(readme, /Microsoft\.ContainerInstance\/containerGroups/);
});

test('k8s: hardened Deployment with probes, Service, ServiceMonitor, ConfigMap', () => {
  const k8s = join(DOCKER, 'k8s');
  const deployment = loadYaml<{
    kind: string;
    spec: { template: { spec: {
      securityContext: { runAsNonRoot: boolean };
      containers: {
        args: string[];
        securityContext: { runAsNonRoot: boolean; readOnlyRootFilesystem: boolean; allowPrivilegeEscalation: boolean; capabilities: { drop: string[] } };
        livenessProbe: { httpGet: { path: string } };
        readinessProbe: { httpGet: { path: string } };
      }[];
    } } };
  }>(join(k8s, 'deployment.yaml'));
  assert.equal(deployment.kind, 'Deployment');
  const pod = deployment.spec.template.spec;
  assert.equal(pod.securityContext.runAsNonRoot, true);
  const [container] = pod.containers;
  assert.equal(container.args[0], 'serve');
  assert.equal(container.securityContext.runAsNonRoot, true);
  assert.equal(container.securityContext.readOnlyRootFilesystem, true);
  assert.equal(container.securityContext.allowPrivilegeEscalation, false);
  assert.deepEqual(container.securityContext.capabilities.drop, ['ALL']);
  assert.equal(container.livenessProbe.httpGet.path, '/healthz');
  assert.equal(container.readinessProbe.httpGet.path, '/readyz');

  const service = loadYaml<{ kind: string; metadata: { name: string } }>(join(k8s, 'service.yaml'));
  assert.equal(service.kind, 'Service');
  // The ServiceMonitor's job label is the Service name; the alerts select job="vnet-probe".
  assert.equal(service.metadata.name, 'vnet-probe');
  const monitor = loadYaml<{ apiVersion: string; kind: string }>(join(k8s, 'servicemonitor.yaml'));
  assert.equal(monitor.apiVersion, 'monitoring.coreos.com/v1');
  assert.equal(monitor.kind, 'ServiceMonitor');
  const configMap = loadYaml<{ kind: string; data: Record<string, string> }>(join(k8s, 'configmap.yaml'));
  assert.equal(configMap.kind, 'ConfigMap');
  const embedded = parse(configMap.data['config.yaml']) as { serve: { listen: string } };
  assert.equal(embedded.serve.listen, '0.0.0.0:9464');
});

test('example config has the documented sections', () => {
  const config = loadYaml<{
    defaults: { interval: string };
    checks: { target: string }[];
    profile: { name: string; cloud: string };
    serve: { listen: string };
  }>(join(DOCKER, 'config/example.yaml'));
  assert.equal(config.defaults.interval, '30s');
  assert.equal(config.profile.name, 'apim-classic');
  assert.equal(config.serve.listen, '0.0.0.0:9464');
  assert.ok(config.checks.length > 0 && config.checks.every((c) => typeof c.target === 'string'));
});

test('promtool: rules and config are valid, rule unit tests pass', async () => {
  requirePromtool();
  for (const args of [
    ['check', 'rules', 'docker/prometheus/alerts.yml'],
    ['check', 'config', 'docker/prometheus/prometheus.yml'],
    ['test', 'rules', 'test/promtool/alerts.test.yml'],
  ]) {
    const result = await runPromtool(args);
    assert.ok(result.ok, result.output);
  }
});

test('promtool: every dashboard query is valid PromQL', async () => {
  requirePromtool();
  const exprs = allPanels(loadDashboard().panels).flatMap((p) => (p.targets ?? []).map((t) => t.expr ?? '')).filter(Boolean);
  assert.ok(exprs.length >= 8);
  // Grafana's variables, replaced by what Grafana would put there.
  const promql = exprs.map((e) =>
    e.replaceAll('$check', '.*').replaceAll('$__rate_interval', '1m').replaceAll('$__range', '1h'));
  const rules = { groups: [{ name: 'dashboard', rules: promql.map((expr, i) => ({ record: `dashboard:query_${i}`, expr })) }] };
  const dir = mkdtempSync(join(tmpdir(), 'vnet-probe-dashboard-'));
  try {
    const file = join(dir, 'dashboard-queries.yml');
    writeFileSync(file, JSON.stringify(rules));
    const result = await runPromtool(['check', 'rules', file]);
    assert.ok(result.ok, result.output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
