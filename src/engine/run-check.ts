import { loadCheck } from '../checks/index.ts';
import { scrubValue } from '../config/secrets.ts';
import type { CheckSpec } from '../config/spec.ts';
import type { CheckResult, Failure, LayerName, LayerResult } from '../report/model.ts';
import { LAYERS } from '../report/vocabulary.ts';
import { classify, TIMEOUT_CLASS } from './classify.ts';
import { InputError, LadderStop } from './errors.ts';
import { hintFor } from './hints.ts';
import { ProbeRun, round } from './probe.ts';

class DeadlineExceeded extends Error {
  constructor(ms: number) {
    super(`no answer within the ${ms} ms deadline`);
    this.name = 'TimeoutError';
  }
}

function failureFor(spec: CheckSpec, layer: LayerName, error: unknown, detail?: Record<string, unknown>): Failure {
  const { class: failureClass, message } = classify(layer, error);
  const hint = hintFor(failureClass, { kind: spec.target.kind, host: spec.target.host, port: spec.target.port, layer, detail, message });
  return { layer, class: failureClass, message, hint };
}

/**
 * Runs one check to its end or its deadline, whichever comes first. The deadline is the engine's:
 * whatever a library does with its own timers, the check is abandoned and its sockets destroyed.
 */
export async function runCheck(spec: CheckSpec, outer?: AbortSignal): Promise<CheckResult> {
  const startedAt = performance.now();
  const controller = new AbortController();
  // made when it fires: an Error captures a stack trace, which most checks never need
  let deadline: DeadlineExceeded | undefined;
  const timer = setTimeout(() => controller.abort((deadline = new DeadlineExceeded(spec.timeoutMs))), spec.timeoutMs);
  const onOuterAbort = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  const run = new ProbeRun(controller.signal, startedAt + spec.timeoutMs);

  let failure: Failure | null = null;
  try {
    const check = await loadCheck(spec.target.kind);
    const work = check(spec.target, spec, run);
    work.catch(() => {}); // an abandoned check may reject after the deadline; nobody waits for it
    await new Promise<void>((resolve, reject) => {
      const onAbort = () => reject(controller.signal.reason);
      controller.signal.addEventListener('abort', onAbort, { once: true });
      work.then(() => resolve(), reject).finally(() => controller.signal.removeEventListener('abort', onAbort));
    });
  } catch (error) {
    if (controller.signal.aborted) {
      // the deadline (or a shutdown) caught the check inside a layer: that layer timed out
      const current = run.current;
      const layer: LayerName = current?.layer ?? nextLayer(run.layers);
      const elapsed = current ? performance.now() - current.startedAt : 0;
      const reason = controller.signal.reason;
      run.layers.push({ layer, ok: false, durationMs: round(elapsed) });
      const message = reason === deadline
        ? `${layer} did not complete within the ${spec.timeoutMs} ms deadline`
        : `stopped: ${reason instanceof Error ? reason.message : String(reason)}`;
      if (reason === deadline) {
        const failureClass = TIMEOUT_CLASS[layer];
        failure = { layer, class: failureClass, message, hint: hintFor(failureClass, { kind: spec.target.kind, host: spec.target.host, port: spec.target.port, layer }) };
      } else {
        // stopped from outside (SIGTERM, shutdown): says nothing about the network
        failure = { layer, class: 'timeout', message, hint: 'The run was stopped before this check finished; run it again to get its result.' };
      }
    } else if (error instanceof LadderStop && run.failure) {
      const last = run.layers.at(-1);
      failure = failureFor(spec, run.failure.layer, run.failure.error, last?.detail);
    } else {
      const layer = run.current?.layer ?? nextLayer(run.layers);
      run.layers.push({ layer, ok: false, durationMs: 0 });
      failure = failureFor(spec, layer, error);
      failure.class = 'internal_error';
      failure.hint = error instanceof InputError
        ? 'A configuration problem (a secret that went missing, a bad option): fix the field the message names.'
        : hintFor('internal_error', { kind: spec.target.kind, host: spec.target.host, port: spec.target.port, layer });
    }
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
    // whatever the check started and gave up on (a second query, a lingering read) ends with it
    if (!controller.signal.aborted) controller.abort(new Error('the check has finished'));
    run.disposeAll();
  }

  const warnings = run.layers.filter((l) => l.warning).map((l) => l.warning!);
  const result: CheckResult = {
    name: spec.name,
    kind: spec.target.kind,
    target: spec.target.raw,
    host: spec.target.host,
    port: spec.target.port,
    required: spec.required,
    status: failure ? 'fail' : warnings.length > 0 ? 'warn' : 'pass',
    durationMs: round(performance.now() - startedAt),
    layers: [...run.layers],
    failure,
  };
  if (warnings.length > 0) result.warnings = warnings;
  if (spec.why) result.why = spec.why;
  return scrubValue(result);
}

function nextLayer(layers: LayerResult[]): LayerName {
  const last = layers.at(-1)?.layer;
  if (!last) return 'resolve';
  return LAYERS[Math.min(LAYERS.indexOf(last) + 1, LAYERS.length - 1)];
}
