/**
 * Figures the bench does not measure on every run (the synthetic seed, `npm test`,
 * a first start when skipped) are kept with their date in the bench's data folder
 * and printed from there, marked as recorded.
 */
import fs from "node:fs"
import path from "node:path"

export type Recorded = { seconds: number; date: string; detail?: string }

export function records(dataDir: string) {
  const file = path.join(dataDir, "records.json")
  const all: Record<string, Recorded> = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {}
  return {
    get: (name: string): Recorded | undefined => all[name],
    set(name: string, seconds: number, detail?: string) {
      all[name] = { seconds, date: new Date().toISOString(), detail }
      fs.mkdirSync(dataDir, { recursive: true })
      fs.writeFileSync(file, JSON.stringify(all, null, 2) + "\n")
    },
  }
}

export const seconds = (r: Recorded | undefined, fresh: boolean) =>
  !r
    ? "not recorded"
    : `${r.seconds.toFixed(1)} s${r.detail ? ` (${r.detail})` : ""}${fresh ? "" : `, recorded ${r.date.slice(0, 10)}`}`
