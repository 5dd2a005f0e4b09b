import type { Index, MeiliSearch as MeiliSearchClient } from "meilisearch" with { "resolution-mode": "import" }
import { documentHash, SearchDocument, toHit } from "../lib/document"
import { MEILI_SETTINGS, meiliSearchParams } from "../lib/meili-query"
import { EngineQuery, FACET_FIELDS } from "../lib/query"
import { emptyFacets, EngineResult, SearchEngine } from "./types"

// the client's CommonJS build (its types are published as ESM only)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { MeiliSearch } = require("meilisearch") as { MeiliSearch: typeof MeiliSearchClient }

export type MeilisearchOptions = { host: string; apiKey?: string; indexName: string }

const BATCH = 1000
// writes are awaited so a change is searchable when the workflow that made it returns
const WAIT = { timeout: 120_000, interval: 50 }

type Enqueued = {
  waitTask(options?: typeof WAIT): Promise<{ status: string; error?: { code: string; message: string } | null }>
}

/** Waits for a task and fails when it failed (the client resolves failed tasks without throwing). */
async function settled(enqueued: Enqueued, allowedErrors: string[] = []) {
  const task = await enqueued.waitTask(WAIT)
  if (task.status === "failed" && !allowedErrors.includes(task.error?.code ?? "")) {
    throw new Error(`Meilisearch task failed: ${task.error?.code} ${task.error?.message}`)
  }
}

/** Meilisearch through its official client, for production. */
export class MeilisearchEngine implements SearchEngine {
  readonly name = "meilisearch" as const
  private readonly client: MeiliSearchClient
  private readonly index: Index<SearchDocument & { hash: string }>

  constructor(private readonly options: MeilisearchOptions) {
    this.client = new MeiliSearch({ host: options.host, apiKey: options.apiKey })
    this.index = this.client.index(options.indexName)
  }

  async applySettings() {
    await settled(this.client.createIndex(this.options.indexName, { primaryKey: "id" }), ["index_already_exists"])
    await settled(this.index.updateSettings(MEILI_SETTINGS as any))
  }

  async upsert(docs: SearchDocument[]) {
    for (let i = 0; i < docs.length; i += BATCH) {
      const batch = docs.slice(i, i + BATCH).map((d) => ({ ...d, hash: documentHash(d) }))
      await settled(this.index.addDocuments(batch, { primaryKey: "id" }))
    }
  }

  async remove(ids: string[]) {
    if (ids.length) await settled(this.index.deleteDocuments(ids))
  }

  // Meilisearch counts every search itself; nothing is cached here
  forgetCachedCounts() {}

  async clear() {
    await settled(this.index.deleteAllDocuments())
  }

  async hashes() {
    const result = new Map<string, string>()
    for (let offset = 0; ; offset += BATCH) {
      const page = await this.index.getDocuments({ fields: ["id", "hash"], offset, limit: BATCH })
      for (const d of page.results) result.set(d.id, d.hash)
      if (page.results.length < BATCH) return result
    }
  }

  async get(ids: string[]) {
    if (!ids.length) return []
    const page = await this.index.getDocuments({
      filter: `id IN [${ids.map((id) => JSON.stringify(id)).join(", ")}]`,
      limit: ids.length,
    })
    return page.results.map(({ hash, ...doc }) => doc as SearchDocument)
  }

  async search(q: EngineQuery): Promise<EngineResult> {
    const res = await this.index.search(q.terms.join(" "), meiliSearchParams(q))
    const facets = emptyFacets()
    for (const field of FACET_FIELDS) Object.assign(facets[field], res.facetDistribution?.[field] ?? {})
    return {
      hits: res.hits.map(({ hash, ...doc }) => toHit(doc as SearchDocument)),
      total: res.totalHits ?? 0,
      facets,
    }
  }
}
