/**
 * A counting semaphore: at most `size` holders at once, the rest wait in arrival order. One is
 * made per request, so that a request with many aliases cannot take every pooled connection.
 */
export class SessionSlots {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new TypeError(`size must be a positive integer, but got: ${size}`);
  }

  /** Resolves once a slot is free; rejects with the signal's reason if it aborts first. */
  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.active < this.size) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', cancel);
        this.active += 1;
        resolve();
      };
      const cancel = () => {
        const index = this.waiting.indexOf(grant);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', cancel, { once: true });
      this.waiting.push(grant);
    });
  }

  /** Gives a slot back, handing it to the longest waiter. */
  release(): void {
    this.active -= 1;
    this.waiting.shift()?.();
  }
}
