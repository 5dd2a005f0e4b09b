import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"
import { PRODUCER_TYPE_LABELS, PRODUCT_GROUP_LABELS, ProducerType, ProductGroup, MIN_SELLABLE_STARS } from "../modules/ocop/lib/constants"
import { SearchDocument, toSearchDocument } from "../modules/ocop-search/lib/document"
import { toNumber } from "../modules/ocop/lib/numbers"
import { showroomLocationIds } from "../workflows/consignment/utils/showroom-locations"
import { unitsAt, VARIANT_STOCK_FIELDS } from "../workflows/search/utils/stock-levels"

const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "status",
  "created_at",
  "variants.prices.amount",
  "variants.prices.currency_code",
  ...VARIANT_STOCK_FIELDS,
]


/** Lowest VND price over the variants, in whole dong. */
function lowestPrice(variants: any[]): number | null {
  const amounts = variants.flatMap((v) => (v.prices ?? []).filter((p: any) => p.currency_code === "vnd").map((p: any) => toNumber(p.amount)))
  return amounts.length ? Math.min(...amounts) : null
}

/**
 * A variant can be bought online when it does not track stock, allows
 * backorders, or has units left at the online store's locations (goods
 * consigned at showrooms are not shipped).
 */
function variantAvailable(v: any, onlineLocations: Set<string>): boolean {
  const units = unitsAt(v, (id) => onlineLocations.has(id))
  return units == null || units > 0
}

/** The stock locations of the store's sales channels but showrooms': where delivered orders take stock from. */
export async function onlineStockLocations(container: MedusaContainer): Promise<Set<string>> {
  const [{ data }, showrooms] = await Promise.all([
    container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "sales_channel", fields: ["stock_locations.id"] }),
    showroomLocationIds(container),
  ])
  return new Set((data as any[]).flatMap((c) => (c.stock_locations ?? []).map((l: any) => l.id)).filter((id) => !showrooms.has(id)))
}

/**
 * Search documents for the given products, built from the catalogue as it is
 * now: a published product with a verified certificate of 3+ stars that has
 * not expired gets a document; the rest are `absent` (to remove from the index).
 */
export async function buildSearchDocuments(
  container: MedusaContainer,
  productIds: string[],
  at = new Date()
): Promise<{ docs: SearchDocument[]; absent: string[] }> {
  if (!productIds.length) return { docs: [], absent: [] }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [{ data: products }, certificates, provinces, onlineLocations] = await Promise.all([
    query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: productIds } }),
    ocop.listOcopCertificates(
      { product_id: productIds, status: "verified", stars: { $gte: MIN_SELLABLE_STARS }, expires_at: { $gt: at } },
      { relations: ["producer"], order: { expires_at: "DESC" }, take: null as any }
    ),
    ocop.getProvinceDirectory(),
    onlineStockLocations(container),
  ])
  // of several valid certificates (a renewal), the one that lasts longest
  const certificateOf = new Map<string, (typeof certificates)[number]>()
  for (const c of certificates) if (!certificateOf.has(c.product_id)) certificateOf.set(c.product_id, c)

  const docs: SearchDocument[] = []
  for (const product of products as any[]) {
    const certificate = certificateOf.get(product.id)
    if (product.status !== "published" || !certificate) continue
    const producer = certificate.producer as any
    docs.push(
      toSearchDocument({
        product,
        price: lowestPrice(product.variants ?? []),
        in_stock: (product.variants ?? []).some((v: any) => variantAvailable(v, onlineLocations)),
        certificate,
        producer,
        province: provinces.provenance(certificate.province_code),
        groupLabels: PRODUCT_GROUP_LABELS[certificate.product_group as ProductGroup],
        producerTypeLabels: PRODUCER_TYPE_LABELS[producer.type as ProducerType],
      })
    )
  }
  const indexed = new Set(docs.map((d) => d.id))
  return { docs, absent: productIds.filter((id) => !indexed.has(id)) }
}

/** Ids of every product (not deleted), in pages, for a full reindex or a drift check. */
export async function* productIdPages(container: MedusaContainer, pageSize: number): AsyncGenerator<string[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  let after = ""
  for (;;) {
    const rows: { id: string }[] = await knex("product").select("id").whereNull("deleted_at").where("id", ">", after).orderBy("id").limit(pageSize)
    if (!rows.length) return
    yield rows.map((r) => r.id)
    after = rows[rows.length - 1].id
  }
}

export async function countProducts(container: MedusaContainer): Promise<number> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [{ count }] = await knex("product").count("id as count").whereNull("deleted_at")
  return Number(count)
}
