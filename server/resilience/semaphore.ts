/**
 * A counting semaphore with a bounded queue: admission control for database work. Past `maxConcurrent` running and
 * `maxQueue` waiting, `acquire` refuses at once, so the requests already accepted keep their latency.
 */

export interface Semaphore {
  /** Resolves with a release function once a slot is free; null when the queue is full or `waitMs` ran out. */
  acquire(waitMs: number): Promise<(() => void) | null>;
  readonly running: number;
  readonly waiting: number;
}

/** Creates a semaphore of `maxConcurrent` slots and at most `maxQueue` waiters. */
export function createSemaphore(maxConcurrent: number, maxQueue: number): Semaphore {
  let running = 0;
  const queue: Array<(granted: boolean) => void> = [];

  const releaseOnce = () => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = queue.shift();
      if (next) next(true);
      else running--;
    };
  };

  return {
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
    acquire(waitMs) {
      if (running < maxConcurrent) {
        running++;
        return Promise.resolve(releaseOnce());
      }
      if (queue.length >= maxQueue || waitMs <= 0) return Promise.resolve(null);
      return new Promise((resolve) => {
        const grant = (granted: boolean) => {
          clearTimeout(timer);
          resolve(granted ? releaseOnce() : null);
        };
        // A slot handed over keeps `running` as it is: the releaser's slot passes to this waiter.
        const timer = setTimeout(() => {
          queue.splice(queue.indexOf(grant), 1);
          grant(false);
        }, waitMs);
        queue.push(grant);
      });
    },
  };
}
