/** Waits until the condition holds, polling; fails with the message after the timeout. */
export async function waitFor<T>(check: () => Promise<T | undefined | false> | T | undefined | false, message: string, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
