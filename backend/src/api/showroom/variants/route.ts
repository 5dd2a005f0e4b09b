import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { OCOP_SEARCH_MODULE } from "../../../modules/ocop-search"
import type OcopSearchService from "../../../modules/ocop-search/service"
import { MAX_QUERY_WORDS, NO_FILTERS } from "../../../modules/ocop-search/lib/query"
import { foldVietnamese } from "../../../modules/ocop/lib/text"
import { isOnSale } from "../../../modules/ocop/lib/sellability"
import type { StaffRequest } from "../../utils/middlewares/staff-context"
import {
  COUNTER_PRICE_FIELDS,
  counterPriceContext,
  counterPriceOf,
} from "../../../workflows/consignment/utils/counter-prices"

async function productIdsNamed(req: StaffRequest, q: string): Promise<string[]> {
  const { hits } = await (req.scope.resolve(OCOP_SEARCH_MODULE) as OcopSearchService).search({
    terms: foldVietnamese(q).split(" ").filter(Boolean).slice(0, MAX_QUERY_WORDS),
    filters: { ...NO_FILTERS },
    sort: "relevance",
    page: 1,
    limit: 10,
    now: Date.now(),
  })
  return hits.length ? hits.map((h) => h.id) : ["none"]
}

/**
 * Finds products on sale by a scanned or typed code (SKU, barcode, EAN) or
 * by name, for intake and the counter: each variant with its product and price.
 */
export async function GET(req: StaffRequest, res: MedusaResponse) {
  const code = String((req.query as any).code ?? "")
    .trim()
    .slice(0, 64)
  const q = String((req.query as any).q ?? "")
    .trim()
    .slice(0, 100)
  if (!code && !q)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Nhập mã hoặc tên sản phẩm (give a code or a name)")
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const fields = [
    "id",
    "title",
    "sku",
    "barcode",
    "product_id",
    "product.title",
    "product.status",
    ...COUNTER_PRICE_FIELDS,
  ]
  // a name goes through the product search (no diacritics needed, typos forgiven)
  const filters = code
    ? { $or: [{ sku: code }, { barcode: code }, { ean: code }, { upc: code }] }
    : { product_id: await productIdsNamed(req, q) }
  const { data } = await query.graph({
    entity: "product_variant",
    fields,
    filters: filters as any,
    pagination: { take: 20 },
    context: counterPriceContext(),
  })
  const answers = await (req.scope.resolve(OCOP_MODULE) as OcopModuleService).sellability(
    data.map((v: any) => v.product_id)
  )
  res.json({
    variants: (data as any[])
      .filter((v) => isOnSale(answers.get(v.product_id), v.product?.status))
      .map((v) => ({
        id: v.id,
        title: v.title,
        sku: v.sku,
        product_id: v.product_id,
        product_title: v.product?.title,
        price: counterPriceOf(v),
      })),
  })
}
