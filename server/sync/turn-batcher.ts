/** Runs a batch of items as one unit of work (one transaction); returns one result per item, in order. */
export type BatchRunner<I, R> = (items: readonly I[]) => Promise<R[]>;

export type TurnBatcherOptions = {
  /** Batches allowed in flight at once; later calls wait and join the next batch (group commit). */
  maxInFlight: number;
  /** Items per batch at most (a multi-row INSERT has a parameter limit). */
  maxBatch: number;
};

type Pending<I, R> = { item: I; resolve: (result: R) => void; reject: (error: unknown) => void };

/**
 * Collects the calls made during one event-loop turn and runs them as one batch (SYNC4). When a
 * batch fails and held several items, each item is retried alone once, so one poisoned item (say,
 * a foreign-key violation) cannot fail its neighbours forever.
 */
export function createTurnBatcher<I, R>(run: BatchRunner<I, R>, options: TurnBatcherOptions) {
  let queue: Pending<I, R>[] = [];
  let scheduled = false;
  let inFlight = 0;
  const idleWaiters: (() => void)[] = [];

  const settleAlone = async (entry: Pending<I, R>) => {
    try {
      const [result] = await run([entry.item]);
      entry.resolve(result as R);
    } catch (error) {
      entry.reject(error);
    }
  };

  const runBatch = async (batch: Pending<I, R>[]) => {
    try {
      const results = await run(batch.map((entry) => entry.item));
      batch.forEach((entry, i) => entry.resolve(results[i] as R));
    } catch (error) {
      if (batch.length === 1) batch[0]?.reject(error);
      else for (const entry of batch) await settleAlone(entry);
    }
  };

  const pump = () => {
    scheduled = false;
    while (queue.length > 0 && inFlight < options.maxInFlight) {
      const batch = queue.slice(0, options.maxBatch);
      queue = queue.slice(batch.length);
      inFlight++;
      void runBatch(batch).finally(() => {
        inFlight--;
        if (queue.length > 0) schedule();
        else if (inFlight === 0) idleWaiters.splice(0).forEach((wake) => wake());
      });
    }
  };

  // setImmediate runs after the I/O callbacks of this turn: every message read in it joins the batch.
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(pump);
  };

  return {
    add(item: I): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        schedule();
      });
    },
    /** Resolves once nothing is queued or in flight. */
    idle(): Promise<void> {
      if (queue.length === 0 && inFlight === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
