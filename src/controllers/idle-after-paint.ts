/**
 * Runs `run` when the page is next idle after the next paint (after `timeoutMs` at the latest, if
 * given); returns a function that cancels it. Where there is no `requestIdleCallback`, shortly
 * after that paint.
 */
export function whenIdleAfterPaint(run: () => void, timeoutMs?: number): () => void {
  let idleId: number | undefined;
  const frameId = requestAnimationFrame(() => {
    // Asked inside a frame callback, the idle callback comes after that frame has painted.
    idleId = typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: timeoutMs }) : (setTimeout(run, 50) as unknown as number);
  });
  return () => {
    cancelAnimationFrame(frameId);
    if (idleId !== undefined) (typeof cancelIdleCallback === 'function' ? cancelIdleCallback : clearTimeout)(idleId);
  };
}
