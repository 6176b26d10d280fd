/**
 * Waits until `done` gives something truthy (awaited if a promise), checking every 20 ms, or fails after `timeoutMs`, naming `what`.
 * For what a test waits to happen (code arriving, a debounce firing, a scroll settling): a fixed
 * wait is either longer than it needs or, on a loaded machine, too short.
 */
export async function until(done: () => unknown, what?: string, timeoutMs = 8000): Promise<void> {
  const started = performance.now();
  while (!(await done())) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting${what ? ` for ${what}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
