/**
 * A one-line progress bar on stderr (plain lines when stderr is not a terminal).
 * The returned tick takes the count done and, when it is only known later, the total.
 */
export function progressBar(label: string, total = 0) {
  const started = Date.now()
  let lastPrinted = -1
  return (done: number, knownTotal?: number) => {
    if (knownTotal != null) total = knownTotal
    const pct = total ? Math.floor((done / total) * 100) : 100
    if (pct === lastPrinted) return
    lastPrinted = pct
    const width = 30
    const filled = Math.round((pct / 100) * width)
    const secs = ((Date.now() - started) / 1000).toFixed(1)
    const line = `${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${pct}% ${done}/${total} ${secs}s`
    if (process.stderr.isTTY) process.stderr.write(`\r${line}${done >= total ? "\n" : ""}`)
    else if (pct % 10 === 0) process.stderr.write(line + "\n")
  }
}
