/**
 * Work done in steps while a supergraph serves (building the next one, planning it): after each
 * step that took a millisecond or more, a pause as long, in which the served supergraph answers,
 * so the work takes at most half of the event loop. Unpaced (at start, nothing is served yet),
 * it only lets I/O through between steps.
 */
export interface PacedResult<T> {
  readonly value: T;
  /** Time spent in the steps, without the pauses. */
  readonly busyMs: number;
  /** The longest step: how long requests waited at most. */
  readonly longestStepMs: number;
}

export async function paced<T>(steps: Generator<void, T>, pacing: boolean): Promise<PacedResult<T>> {
  let busyMs = 0;
  let longestStepMs = 0;
  const next = () => {
    const started = performance.now();
    const step = steps.next();
    const ran = performance.now() - started;
    busyMs += ran;
    longestStepMs = Math.max(longestStepMs, ran);
    return { step, ran };
  };
  let { step, ran } = next();
  while (!step.done) {
    const pause = ran;
    await new Promise((resolve) =>
      pacing && pause >= 1 ? setTimeout(resolve, pause) : setImmediate(resolve),
    );
    ({ step, ran } = next());
  }
  return { value: step.value, busyMs, longestStepMs };
}
