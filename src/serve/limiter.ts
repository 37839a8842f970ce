/** A counting semaphore: at most `max` holders at once, waiters served in arrival order. */
export class Limiter {
  #max: number;
  #active = 0;
  #closed = false;
  readonly #waiting: Array<(release: (() => void) | null) => void> = [];

  constructor(max: number) {
    this.#max = Math.max(1, max);
  }

  get active(): number {
    return this.#active;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  /** Resolves with a release function, or with null once the limiter is closed. */
  acquire(): Promise<(() => void) | null> {
    if (this.#closed) return Promise.resolve(null);
    if (this.#active < this.#max) {
      this.#active++;
      return Promise.resolve(this.#releaser());
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  setMax(max: number): void {
    this.#max = Math.max(1, max);
    this.#drain();
  }

  /** Turns away every waiter and every later acquire; holders keep their slot until they release. */
  close(): void {
    this.#closed = true;
    for (const resolve of this.#waiting.splice(0)) resolve(null);
  }

  #releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#active--;
      this.#drain();
    };
  }

  #drain(): void {
    while (!this.#closed && this.#active < this.#max && this.#waiting.length > 0) {
      this.#active++;
      this.#waiting.shift()!(this.#releaser());
    }
  }
}
