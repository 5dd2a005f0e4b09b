import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import type OcopModuleService from "../../../modules/ocop/service"
import {
  PRODUCER_TYPE_LABELS,
  PRODUCT_GROUP_LABELS,
  ProducerType,
  ProductGroup,
} from "../../../modules/ocop/lib/constants"
import { isOnSale } from "../../../modules/ocop/lib/sellability"
import { SearchDocument, toSearchDocument } from "../../../modules/ocop-search/lib/document"
import { toNumber } from "../../../modules/ocop/lib/numbers"
import { salesChannelLocationIds } from "../../../medusa-tables/product-stock"
import { showroomLocationIds } from "../../consignment/utils/showroom-locations"
import { unitsAt, VARIANT_STOCK_FIELDS } from "./stock-levels"

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
  const amounts = variants.flatMap((v) =>
    (v.prices ?? []).filter((p: any) => p.currency_code === "vnd").map((p: any) => toNumber(p.amount))
  )
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

/** Of the sales channels' stock locations, those that are no showroom's: where delivered orders take stock from. */
export const onlineLocationsOf = (channelLocations: Set<string>, showroomLocations: Set<string>) =>
  new Set([...channelLocations].filter((id) => !showroomLocations.has(id)))

/** The stock locations of the store's sales channels but showrooms': where delivered orders take stock from. */
export async function onlineStockLocations(container: MedusaContainer): Promise<Set<string>> {
  const [channels, showrooms] = await Promise.all([salesChannelLocationIds(container), showroomLocationIds(container)])
  return onlineLocationsOf(channels, showrooms)
}

/**
 * Search documents for the given products, built from the catalogue as it is
 * now: a product on sale gets a document from its current certificate; the rest
 * are `absent` (to remove from the index).
 */
export async function buildSearchDocuments(
  container: MedusaContainer,
  productIds: string[],
  at = new Date()
): Promise<{ docs: SearchDocument[]; absent: string[] }> {
  if (!productIds.length) return { docs: [], absent: [] }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const reviews: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
  const [{ data: products }, answers, provinces, onlineLocations, ratings] = await Promise.all([
    query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: productIds } }),
    ocop.sellability(productIds, at),
    ocop.getProvinceDirectory(),
    onlineStockLocations(container),
    reviews.ratingSummaries(productIds),
  ])
  const onSale = (products as any[]).filter((p) => isOnSale(answers.get(p.id), p.status))
  const producerIds = [...new Set(onSale.map((p) => answers.get(p.id)!.certificate!.producer_id))]
  const producers = new Map(
    producerIds.length
      ? (await ocop.listOcopProducers({ id: producerIds }, { take: null as any })).map((p) => [p.id, p])
      : []
  )

  const docs: SearchDocument[] = []
  for (const product of onSale) {
    // the product's current certificate: the one its page, cart and the producer portal show
    const certificate = answers.get(product.id)!.certificate!
    const producer = producers.get(certificate.producer_id)
    if (!producer) continue
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
        rating: ratings.get(product.id),
      })
    )
  }
  const indexed = new Set(docs.map((d) => d.id))
  return { docs, absent: productIds.filter((id) => !indexed.has(id)) }
}
