import { Context, Logger } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { OcopSearchDocument } from "./models/search-document"
import { MeilisearchEngine, MeilisearchOptions } from "./engines/meilisearch"
import { PostgresSearchEngine } from "./engines/postgres"
import { SearchEngine, EngineResult } from "./engines/types"
import type { SearchDocument } from "./lib/document"
import type { EngineQuery } from "./lib/query"

export type OcopSearchOptions = { meilisearch?: MeilisearchOptions }

/**
 * The product search index. Holds no catalogue logic: workflows hand it
 * finished documents (see src/lib/search-documents.ts) and the store route
 * hands it interpreted queries. The engine is Meilisearch when configured,
 * else PostgreSQL full text in this module's own table.
 */
class OcopSearchService extends MedusaService({ OcopSearchDocument }) {
  readonly engine: SearchEngine
  private readonly logger_: Logger

  constructor(container: { logger: Logger }, options: OcopSearchOptions = {}) {
    super(...arguments)
    this.logger_ = container.logger
    this.engine = options?.meilisearch
      ? new MeilisearchEngine(options.meilisearch)
      : new PostgresSearchEngine((fn) => this.withKnex_(fn))
  }

  __hooks = {
    // Meilisearch index settings are applied at every start (a no-op when unchanged)
    onApplicationStart: async () => {
      try {
        await this.engine.applySettings()
      } catch (e: any) {
        this.logger_.error(`[search] could not apply ${this.engine.name} settings: ${e?.message ?? e}`)
      }
    },
  }

  @InjectManager()
  protected async withKnex_<T>(
    fn: (knex: any) => Promise<T>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<T> {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as any
    return fn(manager.getTransactionContext() ?? manager.getKnex())
  }

  get engineName() {
    return this.engine.name
  }

  search(query: EngineQuery): Promise<EngineResult> {
    return this.engine.search(query)
  }

  async upsertDocuments(docs: SearchDocument[]) {
    await this.engine.upsert(docs)
    await this.renewOuterIndexVersion_()
  }

  async removeDocuments(ids: string[]) {
    await this.engine.remove(ids)
    await this.renewOuterIndexVersion_()
  }

  getDocuments(ids: string[]) {
    return this.engine.get(ids)
  }

  documentHashes() {
    return this.engine.hashes()
  }

  async clearIndex() {
    await this.engine.clear()
    await this.renewOuterIndexVersion_()
  }

  /**
   * Meilisearch's index lives outside the database, so its version token is
   * renewed here once its write has been applied (the engine waits for the
   * task): a storefront page kept under the old token stops answering. The
   * embedded engine renews it in the same transaction as its write.
   */
  protected async renewOuterIndexVersion_() {
    if (this.engine.name !== "meilisearch") return
    await this.withKnex_((knex) =>
      knex("ocop_search_version")
        .where("id", 1)
        .update({ token: knex.raw("gen_random_uuid()::text") })
    )
  }

  forgetCachedCounts() {
    this.engine.forgetCachedCounts()
  }

  applySettings() {
    return this.engine.applySettings()
  }
}

export default OcopSearchService
