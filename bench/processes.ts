/**
 * Process trees read from /proc (Linux): the memory of what the bench started,
 * and stopping it by PID, never by name.
 */
import fs from "node:fs"

const read = (file: string) => {
  try {
    return fs.readFileSync(file, "utf8")
  } catch {
    return "" // the process has gone
  }
}

/** The process and all its descendants. */
export function tree(root: number): number[] {
  const children = new Map<number, number[]>()
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue
    // "pid (comm) state ppid ...": comm may hold spaces, so read after the last ")"
    const stat = read(`/proc/${name}/stat`)
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
    if (!children.has(ppid)) children.set(ppid, [])
    children.get(ppid)!.push(Number(name))
  }
  const out: number[] = []
  const walk = (pid: number) => {
    out.push(pid)
    for (const c of children.get(pid) ?? []) walk(c)
  }
  walk(root)
  return out
}

export const commandLine = (pid: number) => read(`/proc/${pid}/cmdline`).replace(/\0/g, " ")

/** Resident memory in MB (RSS), and proportional (PSS: shared pages split among their users). */
export function memoryMb(pids: number[]): { rss: number; pss: number } {
  let rss = 0
  let pss = 0
  for (const pid of pids) {
    rss += Number(/VmRSS:\s+(\d+)/.exec(read(`/proc/${pid}/status`))?.[1] ?? 0)
    pss += Number(/Pss:\s+(\d+)/.exec(read(`/proc/${pid}/smaps_rollup`))?.[1] ?? 0)
  }
  return { rss: rss / 1024, pss: pss / 1024 }
}

const alive = (pid: number) => read(`/proc/${pid}/stat`) !== "" && !/\) Z /.test(read(`/proc/${pid}/stat`))

/**
 * Sends `signal` to the process (its group too when it leads one) and waits for
 * it and its descendants to exit; what is left after `graceMs` is killed.
 */
export async function stopTree(pid: number, signal: NodeJS.Signals = "SIGTERM", graceMs = 30_000): Promise<void> {
  const members = tree(pid)
  try {
    process.kill(-pid, signal)
  } catch {
    try {
      process.kill(pid, signal)
    } catch {
      return
    }
  }
  const deadline = Date.now() + graceMs
  while (members.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
  for (const p of members.filter(alive)) {
    try {
      process.kill(p, "SIGKILL")
    } catch {
      // exited between the check and the kill
    }
  }
}
