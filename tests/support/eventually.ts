/** Polls until the check passes: index updates and page updates are asynchronous. */
export async function eventually(check: () => Promise<void>, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (e) {
      if (Date.now() > until) throw e
      await new Promise((r) => setTimeout(r, 200))
    }
  }
}
