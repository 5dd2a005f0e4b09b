/** Markdown tables, so the printed figures can go into README.md as they are. */
import { fmt, Stats } from "./lib"

export function markdown(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n")
}

/** "p50 / p95", with the failed requests when there were any. */
export const latency = (s: Stats | undefined) =>
  !s ? "not measured" : `${fmt(s.p50)} / ${fmt(s.p95)}${s.errors ? ` (${s.errors} failed)` : ""}`

export const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? (a / b).toFixed(2) : "-")
