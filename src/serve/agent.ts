import type http from 'node:http';
import { scrub } from '../config/secrets.ts';
import type { CheckSpec } from '../config/spec.ts';
import { InputError } from '../engine/errors.ts';
import type { AgentInfo, CheckResult } from '../report/model.ts';
import type { Logger } from './log.ts';
import { ProbeMetrics } from './metrics.ts';
import { buildServeReport } from './report.ts';
import { Scheduler, type ReloadSummary, type ResultEvent, type Spread } from './scheduler.ts';
import { closeServer, createServeServer, listen, type Answer } from './server.ts';
import type { ServeSettings } from './settings.ts';

const TEXT = 'text/plain; charset=utf-8';

export interface ServeAgentOptions {
  settings: ServeSettings;
  logger: Logger;
  version: string;
  agent: AgentInfo;
  spread?: Spread;
  /** replaces the engine's runCheck (tests) */
  run?: (spec: CheckSpec) => Promise<CheckResult>;
}

function failureFields(result: CheckResult): Record<string, unknown> {
  return result.failure ? { class: result.failure.class, layer: result.failure.layer, message: result.failure.message } : {};
}

function sameLabels(a: CheckSpec, b: CheckSpec): boolean {
  return a.target.raw === b.target.raw && a.target.kind === b.target.kind && a.required === b.required;
}

/** `vnet-probe serve`: the scheduler, the metrics and the HTTP endpoints, started, reloaded and stopped together. */
export class ServeAgent {
  readonly metrics: ProbeMetrics;
  readonly scheduler: Scheduler;
  #settings: ServeSettings;
  readonly #options: ServeAgentOptions;
  readonly #logger: Logger;
  #server: http.Server | undefined;
  #address: string | undefined;

  constructor(options: ServeAgentOptions) {
    this.#options = options;
    this.#settings = options.settings;
    this.#logger = options.logger;
    this.metrics = new ProbeMetrics({ profile: 'serve', version: options.version });
    this.scheduler = new Scheduler({
      concurrency: options.settings.config.concurrency,
      spread: options.spread,
      run: options.run,
      onResult: (event) => this.#onResult(event),
      onRound: (at) => this.metrics.markRound(at),
    });
    this.scheduler.setChecks(options.settings.config.checks);
  }

  get address(): string | undefined {
    return this.#address;
  }

  /** Listens, then starts the checks. Returns the bound HOST:PORT. */
  async start(): Promise<string> {
    const { listen: where, tls } = this.#settings;
    this.#server = createServeServer({
      endpoints: {
        metrics: async () => ({ status: 200, contentType: this.metrics.contentType, body: await this.metrics.exposeBytes() }),
        report: () => this.#report(),
        ready: () => this.#ready(),
        probe: (query, budget) => this.#probe(query, budget),
      },
      access: () => ({ auth: this.#settings.auth }),
      tls,
      logger: this.#logger,
      maxProbes: Math.max(4, this.#settings.config.concurrency),
    });
    try {
      this.#address = await listen(this.#server, where.host, where.port);
    } catch (error) {
      throw new InputError(`listen ${where.text}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    this.scheduler.start();
    return this.#address;
  }

  /** Applies a new config: checks, concurrency, allowTargets, auth and the TLS certificate. */
  reload(settings: ServeSettings): { summary: ReloadSummary; notes: string[] } {
    const notes: string[] = [];
    const before = this.#settings;
    if (settings.listen.text !== before.listen.text) notes.push(`listen ${settings.listen.text} takes effect after a restart`);
    if (!!settings.tls !== !!before.tls) notes.push('turning TLS on or off takes effect after a restart');
    else if (settings.tls && this.#server && 'setSecureContext' in this.#server) {
      (this.#server as unknown as { setSecureContext(o: object): void }).setSecureContext({ cert: settings.tls.cert, key: settings.tls.key });
    }
    this.#settings = settings;
    this.scheduler.setConcurrency(settings.config.concurrency);
    const summary = this.scheduler.setChecks(settings.config.checks);
    for (const spec of summary.removed) this.metrics.remove(spec.name);
    for (const { before: old, after } of summary.changed) if (!sameLabels(old, after)) this.metrics.remove(old.name);
    return { summary, notes };
  }

  /** Stops the checks (waiting for those in flight up to their deadline), then the listener. */
  async stop(): Promise<void> {
    await this.scheduler.stop();
    if (this.#server) await closeServer(this.#server, 1000);
  }

  #onResult({ spec, result, previous }: ResultEvent): void {
    this.metrics.record(result, spec.expect);
    const log = this.#logger;
    const fields = { check: spec.name, kind: spec.target.kind, target: spec.target.raw, status: result.status };
    const failed = result.status === 'fail';
    if (!previous) {
      log[failed ? 'warn' : 'info']({ ...fields, ...failureFields(result), durationMs: result.durationMs }, 'first result');
    } else if (failed && previous.status !== 'fail') {
      log.warn({ ...fields, ...failureFields(result) }, 'check failing');
    } else if (!failed && previous.status === 'fail') {
      log.info({ ...fields, previousClass: previous.failure?.class }, 'check recovered');
    } else if (failed && previous.failure?.class !== result.failure?.class) {
      log.warn({ ...fields, ...failureFields(result), previousClass: previous.failure?.class }, 'check failing differently');
    } else {
      log.debug({ ...fields, ...failureFields(result), durationMs: result.durationMs }, 'check result');
    }
  }

  #report(): Answer {
    const report = buildServeReport({
      version: this.#options.version,
      agent: this.#options.agent,
      checks: this.scheduler.specs().map((spec) => ({ spec, latest: this.scheduler.latest(spec.name) })),
      skipped: this.#settings.config.skipped,
    });
    return { status: 200, contentType: 'application/json; charset=utf-8', body: `${JSON.stringify(report, null, 2)}\n` };
  }

  #ready(): Answer {
    const specs = this.scheduler.specs();
    const waiting = specs.filter((s) => !this.scheduler.latest(s.name)).length;
    if (waiting === 0) return { status: 200, contentType: TEXT, body: 'ready\n' };
    return { status: 503, contentType: TEXT, body: `not ready: ${waiting} of ${specs.length} checks have not run yet\n` };
  }

  async #probe(query: { check?: string; target?: string }, budgetMs: number | undefined): Promise<Answer> {
    if (this.scheduler.stopping) return { status: 503, contentType: TEXT, body: 'shutting down\n' };
    let spec: CheckSpec | undefined;
    if (query.check !== undefined) {
      spec = this.scheduler.specs().find((s) => s.name === query.check);
      if (!spec) return { status: 404, contentType: TEXT, body: `no check named ${JSON.stringify(query.check)} in the config\n` };
    } else {
      try {
        spec = this.#settings.adhoc(query.target!);
      } catch (error) {
        return { status: 400, contentType: TEXT, body: `${scrub((error as Error).message).split('\n')[0]}\n` };
      }
      const refusal = this.#settings.allow.refusal(spec.target);
      if (refusal) return { status: 403, contentType: TEXT, body: `refused: ${refusal}\n` };
    }
    const timeoutMs = budgetMs === undefined ? spec.timeoutMs : Math.min(spec.timeoutMs, budgetMs);
    let result: CheckResult;
    try {
      result = await this.scheduler.runOnce({ ...spec, timeoutMs });
    } catch {
      return { status: 503, contentType: TEXT, body: 'shutting down\n' };
    }
    const metrics = new ProbeMetrics({ profile: 'probe', version: this.#options.version });
    metrics.record(result, spec.expect);
    return { status: 200, contentType: metrics.contentType, body: await metrics.expose() };
  }
}
