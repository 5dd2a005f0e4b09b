import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { OcopCertificate } from "./models/certificate"
import { OcopProvince } from "./models/province"
import { OcopSaleEvent } from "./models/sale-event"
import { Producer } from "./models/producer"
import { ProducerMember } from "./models/producer-member"
import { ProducerInvite } from "./models/producer-invite"
import { productCertificateState } from "./lib/validity"
import type { CertificateRow, Sellability, UnsellableReason } from "./lib/sellability"
import { ProvinceDirectory, ProvinceUnit } from "./lib/provinces"

type Knex = any

const CERTIFICATE_COLUMNS = [
  "id",
  "product_id",
  "product_name",
  "certificate_number",
  "decision_number",
  "issuing_authority",
  "level",
  "stars",
  "score",
  "product_group",
  "sub_group",
  "issued_at",
  "expires_at",
  "potential_five_star",
  "status",
  "status_reason",
  "commune",
  "province_code",
  "geographical_indication",
  "producer_id",
]

class OcopModuleService extends MedusaService({
  OcopProducer: Producer,
  ProducerMember,
  ProducerInvite,
  OcopCertificate,
  OcopProvince,
  OcopSaleEvent,
}) {
  private provinceDirectory_?: ProvinceDirectory

  private knex_(sharedContext: Context): Knex {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as any
    return manager.getTransactionContext() ?? manager.getKnex()
  }

  /**
   * THE rule: for each product id, whether it is sellable at `at`, its current
   * certificate (compareCertificates' order) and, if not sellable, why. Every
   * path that shows, lists, sells, stocks or reports a product asks this.
   * One indexed query, no hydration, so it stays cheap on a page of 500 ids.
   */
  @InjectManager()
  async sellability(
    productIds: string[],
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, Sellability>> {
    const ids = [...new Set(productIds.filter((id) => typeof id === "string" && id))]
    if (!ids.length) return new Map()
    const rows: CertificateRow[] = await this.knex_(sharedContext)("ocop_certificate")
      .select(CERTIFICATE_COLUMNS)
      .whereIn("product_id", ids)
      .whereNull("deleted_at")
    const byProduct = new Map<string, CertificateRow[]>(ids.map((id) => [id, []]))
    for (const row of rows) byProduct.get(row.product_id)!.push(row)
    const answers = new Map<string, Sellability>()
    for (const [product_id, certificates] of byProduct) {
      const { certificate, state } = productCertificateState(certificates, at)
      const reason: UnsellableReason | null = state === "valid" ? null : state === "none" ? "no_certificate" : state
      answers.set(product_id, { product_id, sellable: state === "valid", certificate, reason })
    }
    return answers
  }

  /**
   * The producers named on any live certificate of these products, by id: what
   * provenance shows beside `sellability`'s answer, asked at the same time
   * (one indexed join, no hydration) instead of after it.
   */
  @InjectManager()
  async producersOfProducts(
    productIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, { id: string; name: string; handle: string; type: string }>> {
    const ids = [...new Set(productIds.filter((id) => typeof id === "string" && id))]
    if (!ids.length) return new Map()
    const rows = await this.knex_(sharedContext)("ocop_producer as p")
      .distinct("p.id", "p.name", "p.handle", "p.type")
      .join("ocop_certificate as c", "c.producer_id", "p.id")
      .whereIn("c.product_id", ids)
      .whereNull("c.deleted_at")
      .whereNull("p.deleted_at")
    return new Map(rows.map((r: { id: string; name: string; handle: string; type: string }) => [r.id, r]))
  }

  /**
   * Verified certificates that have expired by `at` and have no "expired" sale
   * event yet: the daily job's work, found in one query however long the
   * history grows.
   */
  @InjectManager()
  async listUnrecordedExpiredCertificates(
    at: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; product_id: string; expires_at: Date }[]> {
    const knex = this.knex_(sharedContext)
    return knex("ocop_certificate as c")
      .select("c.id", "c.product_id", "c.expires_at")
      .where("c.status", "verified")
      .andWhere("c.expires_at", "<=", at)
      .whereNull("c.deleted_at")
      .whereNotExists(
        knex("ocop_sale_event as e")
          .select(knex.raw("1"))
          .whereRaw("e.certificate_id = c.id")
          .andWhere("e.type", "expired")
          .whereNull("e.deleted_at")
      )
  }

  /** The province reference table, cached: it only changes when the seed reloads it. */
  async getProvinceDirectory(): Promise<ProvinceDirectory> {
    if (!this.provinceDirectory_ || this.provinceDirectory_.size === 0) {
      const units = await this.listOcopProvinces({}, { take: null as any })
      this.provinceDirectory_ = new ProvinceDirectory(units as unknown as ProvinceUnit[])
    }
    return this.provinceDirectory_
  }

  clearProvinceCache() {
    this.provinceDirectory_ = undefined
  }
}

export default OcopModuleService
