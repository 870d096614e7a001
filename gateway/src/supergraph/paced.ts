/**
 * Work done in steps while a supergraph serves (building the next one, planning it): after each
 * step that took a millisecond or more, a pause as long, in which the served supergraph answers,
 * so the work takes at most half of the event loop. Unpaced (at start, nothing is served yet),
 * it only lets I/O through between steps.
 */
export async function paced<T>(steps: Generator<void, T>, pacing: boolean): Promise<T> {
  let started = performance.now();
  let step = steps.next();
  while (!step.done) {
    const ran = performance.now() - started;
    await new Promise((resolve) => (pacing && ran >= 1 ? setTimeout(resolve, ran) : setImmediate(resolve)));
    started = performance.now();
    step = steps.next();
  }
  return step.value;
}
