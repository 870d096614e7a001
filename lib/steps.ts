/**
 * Work done in steps: a generator that yields between them (building a supergraph, planning its
 * operations). `runSteps` takes them in one go; `pacedSteps` takes them while a server answers
 * requests: after each step that took a millisecond or more, a pause as long, so the work takes at
 * most half of the event loop (unpaced, it only lets I/O through between steps). Both say how long
 * the work took.
 */
export interface StepsRun<T> {
  readonly value: T;
  /** Time spent in the steps, without the pauses. */
  readonly busyMs: number;
  /** The longest step: how long requests waited at most. */
  readonly longestStepMs: number;
  /** From the first step to the end, pauses included. */
  readonly elapsedMs: number;
}

/** One step at a time, timed. */
function stepper<T>(steps: Generator<void, T>) {
  const started = performance.now();
  let busyMs = 0;
  let longestStepMs = 0;
  let lastMs = 0;
  return {
    next() {
      const from = performance.now();
      const step = steps.next();
      lastMs = performance.now() - from;
      busyMs += lastMs;
      longestStepMs = Math.max(longestStepMs, lastMs);
      return step;
    },
    /** How long the last step took. */
    lastMs: () => lastMs,
    run: (value: T): StepsRun<T> => ({
      value,
      busyMs,
      longestStepMs,
      elapsedMs: performance.now() - started,
    }),
  };
}

/** Every step, without pausing. @throws what a step throws */
export function runSteps<T>(steps: Generator<void, T>): StepsRun<T> {
  const timed = stepper(steps);
  let step = timed.next();
  while (!step.done) step = timed.next();
  return timed.run(step.value);
}

/** Every step, pausing after each as long as it took when `pacing`. @throws what a step throws */
export async function pacedSteps<T>(steps: Generator<void, T>, pacing: boolean): Promise<StepsRun<T>> {
  const timed = stepper(steps);
  let step = timed.next();
  while (!step.done) {
    const pause = timed.lastMs();
    await new Promise((resolve) =>
      pacing && pause >= 1 ? setTimeout(resolve, pause) : setImmediate(resolve),
    );
    step = timed.next();
  }
  return timed.run(step.value);
}
