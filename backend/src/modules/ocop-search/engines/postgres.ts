import { SELLABLE_STARS } from "../../ocop/lib/constants"
import { documentHash, SearchDocument, toHit } from "../lib/document"
import { orderByFor, tsQueryText, vocabularyOf } from "../lib/pg-query"
import { EngineQuery, FACET_FIELDS, SearchFilters, typoBudget } from "../lib/query"
import { emptyFacets, EngineResult, SearchEngine } from "./types"
import { SearchCache } from "../lib/search-cache"
import { Counted, FACET_ROW_COLUMNS, FacetRow, FacetTable } from "../lib/facet-table"

type Knex = any
const TABLE = "ocop_search_document"
const TERMS = "ocop_search_term"
const WRITE_BATCH = 500

function row(doc: SearchDocument) {
  return {
    id: doc.id,
    handle: doc.handle,
    price: doc.price,
    price_band: doc.price_band,
    in_stock: doc.in_stock,
    stars: doc.stars,
    product_group: doc.product_group,
    producer_id: doc.producer_id,
    producer_type: doc.producer_type,
    province_code: doc.province_code,
    current_province_code: doc.current_province_code,
    expires_at: new Date(doc.expires_at),
    listed_at: new Date(doc.listed_at),
    title_text: doc.title_text,
    facts_text: doc.facts_text,
    description_text: doc.description_text,
    document: JSON.stringify(doc),
    hash: documentHash(doc),
    updated_at: new Date(),
    deleted_at: null,
  }
}

function applyFilters(qb: Knex, f: SearchFilters) {
  if (f.current_province_codes.length || f.former_province_codes.length) {
    qb.where((w: Knex) => {
      if (f.current_province_codes.length) w.orWhereIn("current_province_code", f.current_province_codes)
      if (f.former_province_codes.length) w.orWhereIn("province_code", f.former_province_codes)
    })
  }
  if (f.stars.length < SELLABLE_STARS.length) qb.whereIn("stars", f.stars)
  if (f.product_groups.length) qb.whereIn("product_group", f.product_groups)
  if (f.producer_types.length) qb.whereIn("producer_type", f.producer_types)
  if (f.producer_ids.length) qb.whereIn("producer_id", f.producer_ids)
  if (f.price_min != null) qb.where("price", ">=", f.price_min)
  if (f.price_max != null) qb.where("price", "<=", f.price_max)
  if (f.in_stock != null) qb.where("in_stock", f.in_stock)
  if (f.excluded_ids.length) qb.whereNotIn("id", f.excluded_ids)
  return qb
}

/** The total, facets and first expiry out of the GROUPING SETS query's rows. */
function countedFromGroups(rows: any[]): Counted {
  const facets = emptyFacets()
  let total = 0
  let firstExpiry: number | null = null
  for (const r of rows) {
    const field = FACET_FIELDS.find((f) => r[`g_${f}`] === 0)
    if (!field) {
      total = r.n
      firstExpiry = r.first_expiry ? new Date(r.first_expiry).getTime() : null
    } else if (r[field] != null) (facets[field] as Record<string, number>)[String(r[field])] = r.n
  }
  return { total, facets, firstExpiry }
}

/**
 * The embedded engine: PostgreSQL full text in the project's own database.
 * Documents are rows; a search is one query for the page of hits and one
 * GROUPING SETS query for the total and every facet, run side by side (a
 * search without words counts them in memory instead: lib/facet-table.ts).
 */
// the index's version (migration 20261201134711): read at each search, renewed after each write
const indexVersion = async (knex: Knex): Promise<string> =>
  ((await knex("ocop_search_version").select("token").where("id", 1).first()) as { token: string } | undefined)
    ?.token ?? ""
const renewVersion = (knex: Knex) =>
  knex("ocop_search_version")
    .where("id", 1)
    .update({ token: knex.raw("gen_random_uuid()::text") })

export class PostgresSearchEngine implements SearchEngine {
  readonly name = "postgres" as const
  private readonly counts = new SearchCache<Counted>()
  private readonly pages = new SearchCache<EngineResult>()
  // a word's typo candidates depend on the index's vocabulary alone: kept per version, as the answers
  private readonly typos = new SearchCache<string[]>(2000)
  // the facet columns of the newest version this process has read, or is reading (one load per version)
  private facetTable: { version: string; table: Promise<FacetTable> } | null = null

  constructor(private readonly run: <T>(fn: (knex: Knex) => Promise<T>) => Promise<T>) {}

  async applySettings() {}

  forgetCachedCounts() {
    this.counts.invalidate()
    this.pages.invalidate()
    this.typos.invalidate()
    this.facetTable = null
  }

  /** The facet columns at `version`, read once per version by this process (after the version, never older). */
  private facetsAt(knex: Knex, version: string): Promise<FacetTable> {
    if (this.facetTable?.version !== version) {
      const loading = {
        version,
        table: knex(TABLE)
          .select(FACET_ROW_COLUMNS)
          .whereNull("deleted_at")
          .then((rows: FacetRow[]) => new FacetTable(rows)),
      }
      this.facetTable = loading
      // a failed read is not kept: the next search reads again
      loading.table.catch(() => {
        if (this.facetTable === loading) this.facetTable = null
      })
    }
    return this.facetTable.table
  }

  async upsert(docs: SearchDocument[]) {
    if (!docs.length) return
    this.forgetCachedCounts()
    await this.run(async (knex) => {
      for (let i = 0; i < docs.length; i += WRITE_BATCH) {
        const batch = docs.slice(i, i + WRITE_BATCH)
        await knex(TABLE).insert(batch.map(row)).onConflict("id").merge()
        const words = vocabularyOf(batch.flatMap((d) => [d.title_text, d.facts_text, d.description_text]))
        for (let j = 0; j < words.length; j += 5000) {
          await knex(TERMS)
            .insert(words.slice(j, j + 5000).map((word) => ({ word })))
            .onConflict("word")
            .ignore()
        }
      }
      await renewVersion(knex)
    })
  }

  async remove(ids: string[]) {
    if (!ids.length) return
    this.forgetCachedCounts()
    await this.run(async (knex) => {
      await knex(TABLE).whereIn("id", ids).delete()
      await renewVersion(knex)
    })
  }

  async clear() {
    this.forgetCachedCounts()
    await this.run(async (knex) => {
      await knex(TABLE).delete()
      await knex(TERMS).delete()
      await renewVersion(knex)
    })
  }

  async hashes() {
    const rows: { id: string; hash: string }[] = await this.run((knex) =>
      knex(TABLE).select("id", "hash").whereNull("deleted_at")
    )
    return new Map(rows.map((r) => [r.id, r.hash]))
  }

  async get(ids: string[]) {
    if (!ids.length) return []
    const rows: { document: SearchDocument }[] = await this.run((knex) =>
      knex(TABLE).select("document").whereIn("id", ids).whereNull("deleted_at")
    )
    return rows.map((r) => r.document)
  }

  /**
   * Words of the index within each term's typo budget (levenshtein, as Meilisearch counts typos).
   * The lookup reads the whole word list (about 20 ms at 20,000 products), so a word's candidates
   * are kept under the index's version: any write to the index (new words) renews it.
   */
  private async typoCandidates(knex: Knex, terms: string[], now: number, version: string): Promise<string[][]> {
    const kept = terms.map((term) => this.typos.get(term, now, version))
    const result: string[][] = kept.map((words) => words ?? [])
    const lookups = terms
      .map((term, i) => ({ term, i, budget: typoBudget(term) }))
      .filter((t) => t.budget > 0 && !kept[t.i])
    if (!lookups.length) return result
    const sql = lookups
      .map(
        () =>
          `(select ?::int as i, word from ${TERMS} where length(word) between ? and ? and levenshtein_less_equal(word, ?, ?) <= ? limit 20)`
      )
      .join(" union all ")
    const bindings = lookups.flatMap((t) => [
      t.i,
      t.term.length - t.budget,
      t.term.length + t.budget,
      t.term,
      t.budget,
      t.budget,
    ])
    const { rows } = await knex.raw(sql, bindings)
    for (const r of rows as { i: number; word: string }[]) result[r.i].push(r.word)
    for (const t of lookups) this.typos.set(t.term, result[t.i], now, null, version)
    return result
  }

  async search(q: EngineQuery): Promise<EngineResult> {
    const { now, ...rest } = q
    const pageKey = JSON.stringify(rest)
    return this.run(async (knex) => {
      const version = await indexVersion(knex)
      const cachedPage = this.pages.get(pageKey, now, version)
      if (cachedPage) return cachedPage
      const tsquery = tsQueryText(
        q.terms,
        q.terms.length ? await this.typoCandidates(knex, q.terms, q.now, version) : []
      )
      // documents holding every word exactly (no typo, no prefix) rank first
      const exact = tsQueryText(q.terms, [], false)
      const matching = () => {
        const qb = knex(TABLE).whereNull("deleted_at").where("expires_at", ">", new Date(q.now))
        applyFilters(qb, q.filters)
        if (tsquery) qb.whereRaw(`search_vector @@ to_tsquery('simple', ?)`, [tsquery])
        return qb
      }
      const columns = ["document", "id", "price", "stars", "listed_at"]
      const hitsQuery = matching()
        .select(
          tsquery
            ? [
                ...columns,
                knex.raw(
                  `(search_vector @@ to_tsquery('simple', ?))::int + ts_rank_cd(search_vector, to_tsquery('simple', ?)) as rank`,
                  [exact, tsquery]
                ),
              ]
            : columns
        )
        .orderByRaw(orderByFor(q.sort, !!tsquery))
        .limit(q.limit)
        .offset((q.page - 1) * q.limit)
      const countsKey = JSON.stringify([q.terms, q.filters])
      const cached = this.counts.get(countsKey, q.now, version)
      const facetsQuery =
        cached || !tsquery
          ? null
          : knex
              .select([
                ...FACET_FIELDS,
                ...FACET_FIELDS.map((f) => knex.raw(`grouping(${f}) as g_${f}`)),
                knex.raw("count(*)::int as n"),
                knex.raw("min(expires_at) as first_expiry"),
              ])
              .from(
                matching()
                  .select([...FACET_FIELDS, "expires_at"])
                  .as("m")
              )
              .groupByRaw(`grouping sets (${FACET_FIELDS.map((f) => `(${f})`).join(", ")}, ())`)
      const [hitRows, facetRows, table] = await Promise.all([
        hitsQuery,
        facetsQuery,
        // without words, the facets come from this process's copy of the facet columns (FacetTable)
        cached || tsquery ? null : this.facetsAt(knex, version),
      ])
      const counted = cached ?? table?.count(q.filters, q.now) ?? countedFromGroups(facetRows)
      if (!cached) this.counts.set(countsKey, counted, q.now, counted.firstExpiry, version)
      const { total, facets, firstExpiry } = counted
      const result = { hits: hitRows.map((r: { document: SearchDocument }) => toHit(r.document)), total, facets }
      this.pages.set(pageKey, result, q.now, firstExpiry, version)
      return result
    })
  }
}
