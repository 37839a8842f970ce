import { validateSpecs } from '../engine/validate.ts';
import { scrub } from '../config/secrets.ts';
import { collectAgentFacts } from '../context/agent.ts';
import { InputError } from '../engine/errors.ts';
import type { AgentInfo } from '../report/model.ts';
import { ServeAgent } from '../serve/agent.ts';
import { keepHeapTight, keepWasmBaseline } from '../v8-flags.ts';
import { createLogger, LOG_LEVELS, type LogLevel } from '../serve/log.ts';
import { loadServeSettings, type ServeFlags } from '../serve/settings.ts';
import { VERSION } from '../version.ts';
import { imdsEnabled } from './run.ts';

const STOP_SIGNALS = ['SIGTERM', 'SIGINT'] as const;

function logLevel(text: string | undefined): LogLevel {
  const level = (text ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) throw new InputError(`--log-level: must be one of ${LOG_LEVELS.join(', ')}, got "${text}"`);
  return level as LogLevel;
}

/**
 * `vnet-probe serve`: runs the checks on their intervals and serves /metrics, /report, /healthz, /readyz
 * and /probe until SIGTERM or SIGINT (exit 0). SIGHUP reloads the config; a bad one keeps the old running.
 */
export async function serveCommand(flags: ServeFlags): Promise<number> {
  keepHeapTight();
  keepWasmBaseline();
  const logger = createLogger(logLevel(flags.logLevel));
  const settings = loadServeSettings(flags);
  await validateSpecs(settings.config.checks);
  let agent: ServeAgent | undefined;
  let stopping: NodeJS.Signals | undefined;
  let hangupPending = false;
  let finish: (code: number) => void = () => {};
  const finished = new Promise<number>((resolve) => {
    finish = resolve;
  });

  const reload = async () => {
    try {
      const next = loadServeSettings(flags);
      await validateSpecs(next.config.checks);
      const { summary, notes } = agent!.reload(next);
      logger.info({
        checks: next.config.checks.length,
        added: summary.added,
        removed: summary.removed.map((s) => s.name),
        changed: summary.changed.map((c) => c.after.name),
        ...(notes.length ? { notes } : {}),
      }, 'reload ok');
    } catch (error) {
      const message = scrub(error instanceof Error ? error.message : String(error)).split('\n')[0];
      logger.error({ err: message }, 'reload failed: the previous config keeps running');
    }
  };
  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down: waiting for the checks in flight');
    agent!.stop().then(() => {
      removeHandlers();
      logger.info('stopped');
      // nothing of ours is left open; this only guards against a library handle keeping the process up
      setTimeout(() => process.exit(process.exitCode ?? 0), 2000).unref();
      finish(0);
    }, (error: unknown) => {
      logger.error({ err: scrub(String(error)) }, 'shutdown failed');
      finish(1);
    });
  };
  // installed before anything slow, so a signal during startup is not the default (fatal) one
  const onHangup = () => {
    if (stopping) return;
    if (agent) void reload();
    else hangupPending = true;
  };
  const onStop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second stop signal: exiting without waiting for the checks in flight');
      process.exit(1);
    }
    stopping = signal;
    if (agent?.address) shutdown(signal);
  };
  const removeHandlers = () => {
    process.removeListener('SIGHUP', onHangup);
    for (const s of STOP_SIGNALS) process.removeListener(s, onStop);
  };
  process.on('SIGHUP', onHangup);
  for (const s of STOP_SIGNALS) process.on(s, onStop);

  let address: string;
  try {
    const imds = imdsEnabled(flags.imds);
    const agentFacts = await collectAgentFacts({ imds });
    agent = new ServeAgent({ settings, logger, version: VERSION, agent: agentFacts as unknown as AgentInfo });
    address = await agent.start();
    logger.info({ listen: address, tls: !!settings.tls, auth: !!settings.auth, checks: settings.config.checks.length, concurrency: settings.config.concurrency, imds, config: flags.config, version: VERSION }, `serving on ${address}`);
  } catch (error) {
    removeHandlers();
    await agent?.stop();
    throw error;
  }
  if (stopping) shutdown(stopping);
  else if (hangupPending) void reload();
  return finished;
}
