import type { ExecArgs } from "@medusajs/framework/types"
import { progressBar } from "./progress-bar"
import { checkSearchDrift, reindexSearch } from "../workflows/search/utils/search-reindex"

const SHOW = 10

/**
 * `medusa exec` entry of `npm run reindex`: "reindex" rebuilds the whole
 * search index; "check" compares it with the catalogue and reports drift
 * (exit code 1 when they differ).
 */
export default async function searchIndex({ container, args }: ExecArgs) {
  if ((args ?? []).includes("check")) {
    const drift = await checkSearchDrift(container, progressBar("checking"))
    const list = (ids: string[]) =>
      ids.length ? ` (${ids.slice(0, SHOW).join(", ")}${ids.length > SHOW ? ", ..." : ""})` : ""
    console.log(`[search] ${drift.engine}: ${drift.expected} products on sale, ${drift.indexed} documents in the index`)
    console.log(`[search] missing ${drift.missing.length}${list(drift.missing)}`)
    console.log(`[search] out of date ${drift.stale.length}${list(drift.stale)}`)
    console.log(`[search] not on sale but indexed ${drift.extra.length}${list(drift.extra)}`)
    const clean = !drift.missing.length && !drift.stale.length && !drift.extra.length
    console.log(
      clean ? "[search] the index matches the catalogue" : "[search] drift found: run `npm run reindex` to repair it"
    )
    if (!clean) process.exitCode = 1
    return
  }
  const result = await reindexSearch(container, progressBar("reindex"))
  console.log(
    `[search] ${result.engine}: ${result.indexed} of ${result.products} products indexed, ${result.removed} stale documents removed, in ${(result.ms / 1000).toFixed(1)} s`
  )
}
