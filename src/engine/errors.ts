import type { FailureClass } from '../report/model.ts';

/**
 * A failure a check has already classified (the check knows best: "403 AuthorizationFailure"
 * is access_denied, not an HTTP error). Anything else thrown is classified by the engine.
 */
export class ProbeFailure extends Error {
  readonly class: FailureClass;
  readonly detail: Record<string, unknown> | undefined;
  constructor(failureClass: FailureClass, message: string, detail?: Record<string, unknown>) {
    super(message);
    this.name = 'ProbeFailure';
    this.class = failureClass;
    this.detail = detail;
  }
}

/** Raised by the ladder after a layer failed, to stop the check; never escapes the engine. */
export class LadderStop extends Error {
  constructor() {
    super('ladder stopped');
    this.name = 'LadderStop';
  }
}

/** Bad user input (config, flag, target): one line, exit code 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
