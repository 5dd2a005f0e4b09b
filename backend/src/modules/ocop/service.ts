import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { OcopCertificate } from "./models/certificate"
import { OcopProvince } from "./models/province"
import { OcopSaleEvent } from "./models/sale-event"
import { Producer } from "./models/producer"
import { ProducerMember } from "./models/producer-member"
import { ProducerInvite } from "./models/producer-invite"
import { sellableCertificateFilter, whereCertificateSellable } from "./lib/validity"
import { ProvinceDirectory, ProvinceUnit } from "./lib/provinces"

type Knex = any

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
   * Ids of products that hold, at `at`, a verified certificate of 3+ stars that
   * has not expired. This is THE sellability rule; every store path uses it.
   * One indexed query, no hydration, so it stays cheap on large catalogues.
   */
  @InjectManager()
  async listSellableProductIds(
    at: Date = new Date(),
    productIds?: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    if (productIds && !productIds.length) return []
    const q = whereCertificateSellable(this.knex_(sharedContext)("ocop_certificate").distinct("product_id"), at)
    if (productIds) q.whereIn("product_id", productIds)
    const rows: { product_id: string }[] = await q
    return rows.map((r) => r.product_id)
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

  /**
   * The certificate that makes each product sellable now (highest stars, then
   * latest expiry), with its producer. Products without one are absent.
   */
  @InjectManager()
  async listActiveCertificates(
    productIds: string[],
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ) {
    if (!productIds.length) return new Map<string, any>()
    const certificates = await this.listOcopCertificates(
      { product_id: productIds, ...sellableCertificateFilter(at) },
      { relations: ["producer"], order: { stars: "DESC", expires_at: "DESC" } },
      sharedContext
    )
    const byProduct = new Map<string, (typeof certificates)[number]>()
    for (const cert of certificates) {
      if (!byProduct.has(cert.product_id)) byProduct.set(cert.product_id, cert)
    }
    return byProduct
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
