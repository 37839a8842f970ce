import type { LayerName, LayerResult } from '../report/model.ts';
import { LadderStop } from './errors.ts';

export interface LayerOutcome<T> {
  value: T;
  detail?: Record<string, unknown>;
  warning?: string;
}

export interface LayerFailureRecord {
  layer: LayerName;
  error: unknown;
}

/** Anything that must be released when the check ends, however it ends. */
export interface Disposable {
  destroy(): void;
}

/**
 * One check's run: its deadline, the layers it has climbed, and what it holds open.
 * Checks climb with `layer()`; the engine reads `layers`, `current` and `failure` even when
 * it abandons a check at its deadline, and destroys everything registered with `own()`.
 */
export class ProbeRun {
  readonly signal: AbortSignal;
  readonly deadlineAt: number;
  readonly layers: LayerResult[] = [];
  current: { layer: LayerName; startedAt: number } | undefined;
  failure: LayerFailureRecord | undefined;
  private readonly owned = new Set<Disposable>();

  constructor(signal: AbortSignal, deadlineAt: number) {
    this.signal = signal;
    this.deadlineAt = deadlineAt;
  }

  remainingMs(): number {
    return Math.max(0, this.deadlineAt - performance.now());
  }

  /** Runs one rung: times it, records it, and on failure records why and stops the ladder. */
  async layer<T>(layer: LayerName, fn: () => Promise<LayerOutcome<T>>): Promise<T> {
    const startedAt = performance.now();
    this.current = { layer, startedAt };
    try {
      this.signal.throwIfAborted();
      const outcome = await fn();
      this.signal.throwIfAborted();
      const result: LayerResult = { layer, ok: true, durationMs: round(performance.now() - startedAt) };
      if (outcome.detail) result.detail = outcome.detail;
      if (outcome.warning) result.warning = outcome.warning;
      this.layers.push(result);
      return outcome.value;
    } catch (error) {
      if (this.signal.aborted) throw new LadderStop(); // the engine reports the timeout
      const detail = (error as { detail?: Record<string, unknown> }).detail;
      const result: LayerResult = { layer, ok: false, durationMs: round(performance.now() - startedAt) };
      if (detail) result.detail = detail;
      this.layers.push(result);
      this.failure = { layer, error };
      throw new LadderStop();
    } finally {
      this.current = undefined;
    }
  }

  /** Records a rung that needed no work of its own (an IP literal needs no resolving). */
  record(layer: LayerName, detail?: Record<string, unknown>): void {
    const result: LayerResult = { layer, ok: true, durationMs: 0 };
    if (detail) result.detail = detail;
    this.layers.push(result);
  }

  own<T extends Disposable>(resource: T): T {
    this.owned.add(resource);
    return resource;
  }

  release(resource: Disposable): void {
    this.owned.delete(resource);
    resource.destroy();
  }

  /**
   * Last in, first out: a TLS socket must be destroyed before the TCP socket under it
   * (Node 24 crashes with SIGSEGV at exit when the inner socket goes first).
   */
  disposeAll(): void {
    for (const resource of [...this.owned].reverse()) {
      try {
        resource.destroy();
      } catch {
        // a resource that fails to close must not keep the others open
      }
    }
    this.owned.clear();
  }
}

export function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
