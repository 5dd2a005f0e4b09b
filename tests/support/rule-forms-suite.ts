import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../backend/src/modules/ocop"
import { certificateState, whereCertificateSellable } from "../../backend/src/modules/ocop/lib/validity"
import { OCOP_SEARCH_MODULE } from "../../backend/src/modules/ocop-search"
import type { Ctx } from "./backend-app"
import { NO_FILTERS } from "../../backend/src/modules/ocop-search/lib/query"

/**
 * The sale rule exists in three forms: JavaScript (the module's `sellability`,
 * over certificateState), SQL (whereCertificateSellable, for catalogue-wide
 * anti-joins) and the search engines' expiry filter on indexed documents. This
 * runs every form on the same boundary fixtures and fails if any disagree.
 */
export function ruleFormsSuite(ctx: Ctx) {
  describe("the rule's forms agree on the boundaries", () => {
    const at = new Date("2026-06-01T00:00:00.000Z")
    const ms = (delta: number) => new Date(at.getTime() + delta)
    const year = 365 * 24 * 3600 * 1000
    // product id -> its certificates; expected sellability at `at`
    const FIXTURES: [string, { status: string; stars: number; expires_at: Date; deleted?: boolean }[], boolean][] = [
      ["rf_at_expiry", [{ status: "verified", stars: 4, expires_at: ms(0) }], false],
      ["rf_1ms_before_expiry", [{ status: "verified", stars: 4, expires_at: ms(1) }], true],
      ["rf_1ms_after_expiry", [{ status: "verified", stars: 4, expires_at: ms(-1) }], false],
      ["rf_revoked", [{ status: "revoked", stars: 4, expires_at: ms(year) }], false],
      ["rf_rejected", [{ status: "rejected", stars: 4, expires_at: ms(year) }], false],
      ["rf_submitted", [{ status: "submitted", stars: 4, expires_at: ms(year) }], false],
      ["rf_two_stars", [{ status: "verified", stars: 2, expires_at: ms(year) }], false],
      ["rf_three_stars", [{ status: "verified", stars: 3, expires_at: ms(year) }], true],
      ["rf_deleted", [{ status: "verified", stars: 4, expires_at: ms(year), deleted: true }], false],
      [
        "rf_two_valid",
        [
          { status: "verified", stars: 3, expires_at: ms(2 * year) },
          { status: "verified", stars: 5, expires_at: ms(year) },
        ],
        true,
      ],
      [
        "rf_expired_and_revoked",
        [
          { status: "verified", stars: 5, expires_at: ms(0) },
          { status: "revoked", stars: 4, expires_at: ms(year) },
        ],
        false,
      ],
    ]
    const ids = FIXTURES.map(([id]) => id)

    // the test runner restores the database before each test: each test writes its own fixtures
    async function writeFixtures() {
      const ocop = ctx.container().resolve(OCOP_MODULE)
      const [producer] = await ocop.listOcopProducers({}, { take: 1 })
      let n = 0
      for (const [product_id, certificates] of FIXTURES) {
        for (const c of certificates) {
          const [created] = await ocop.createOcopCertificates([
            {
              product_id,
              producer_id: producer.id,
              product_name: product_id,
              certificate_number: `RF-${++n}`,
              decision_number: "1/QĐ",
              issuing_authority: "UBND",
              level: c.stars >= 5 ? "national" : "provincial",
              stars: c.stars,
              product_group: "food",
              issued_at: ms(-2 * year + n * 1000),
              expires_at: c.expires_at,
              status: c.status,
              commune: "Xã A",
              province_code: "ben-tre",
            },
          ])
          if (c.deleted) await ocop.softDeleteOcopCertificates([created.id])
        }
      }
    }

    it("JavaScript, SQL and each certificate's state give the expected answer for every fixture", async () => {
      await writeFixtures()
      const expected = Object.fromEntries(FIXTURES.map(([id, , sellable]) => [id, sellable]))
      const answers = await ctx.container().resolve(OCOP_MODULE).sellability(ids, at)
      const javascript = Object.fromEntries(ids.map((id) => [id, answers.get(id)!.sellable]))

      const knex = ctx.container().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const rows: { product_id: string }[] = await whereCertificateSellable(
        knex("ocop_certificate").distinct("product_id").whereIn("product_id", ids),
        at
      )
      const inSql = new Set(rows.map((r) => r.product_id))
      const sql = Object.fromEntries(ids.map((id) => [id, inSql.has(id)]))

      const byState = Object.fromEntries(
        FIXTURES.map(([id, certificates]) => [
          id,
          certificates.some((c) => !c.deleted && certificateState(c, at) === "valid"),
        ])
      )
      expect(javascript).toEqual(expected)
      expect(sql).toEqual(expected)
      expect(byState).toEqual(expected)
      // of two valid certificates, the one shown has the most stars (not the latest expiry)
      expect(answers.get("rf_two_valid")!.certificate).toMatchObject({ stars: 5 })
      expect(answers.get("rf_at_expiry")!.reason).toBe("expired")
      expect(answers.get("rf_deleted")!.reason).toBe("no_certificate")
    })

    it("the search engine's expiry filter agrees at the expiry instant and 1 ms either side", async () => {
      await writeFixtures()
      const search = ctx.container().resolve(OCOP_SEARCH_MODULE)
      const [model] = await search.getDocuments([ctx.productIdByHandle.get("keo-dua-cho-lach")!])
      const expiring = FIXTURES.filter(([id]) => /expiry/.test(id))
      await search.upsertDocuments(
        expiring.map(([id, [c]]) => ({ ...model, id, producer_id: "rf_producer", expires_at: c.expires_at.getTime() }))
      )
      try {
        const answers = await ctx
          .container()
          .resolve(OCOP_MODULE)
          .sellability(
            expiring.map(([id]) => id),
            at
          )
        const result = await search.search({
          terms: [],
          sort: "relevance",
          page: 1,
          limit: 50,
          now: at.getTime(),
          filters: { ...NO_FILTERS, producer_ids: ["rf_producer"] },
        })
        const engine = new Set(result.hits.map((h: any) => h.id))
        for (const [id] of expiring)
          expect({ id, engine: engine.has(id) }).toEqual({ id, engine: answers.get(id)!.sellable })
      } finally {
        await search.removeDocuments(expiring.map(([id]) => id))
      }
    })
  })
}
