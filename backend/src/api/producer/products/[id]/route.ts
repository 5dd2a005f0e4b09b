import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { saleStatusOf } from "../../../utils/sale-status"
import type { ProducerRequest } from "../../../utils/middlewares/producer-context"
import { assertOwnProduct } from "../../helpers"
import { PRODUCT_FIELDS } from "../route"

/** The listing with its sale status; the caller has checked ownership. */
async function loadListing(req: ProducerRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: req.params.id } })
  const sale = await saleStatusOf(req.scope, data as any[])
  return { ...(data[0] as any), sale: sale.get(req.params.id) }
}

export async function GET(req: ProducerRequest, res: MedusaResponse) {
  await assertOwnProduct(req, req.params.id)
  res.json({ product: await loadListing(req) })
}

/** Edit a listing (its English title, subtitle and description too), or submit it for sale (status "published", refused without a valid certificate). */
export async function POST(req: ProducerRequest<any>, res: MedusaResponse) {
  await assertOwnProduct(req, req.params.id)
  const { images, title_en, subtitle_en, description_en, ...rest } = req.validatedBody
  const update: Record<string, unknown> = { ...rest }
  // English fields live in the metadata: Medusa merges it, and "" removes a key (the Vietnamese is shown)
  const english = Object.entries({ title_en, subtitle_en, description_en }).filter(([, v]) => v !== undefined)
  if (english.length) update.metadata = Object.fromEntries(english.map(([k, v]) => [k, v?.trim() ? v : ""]))
  if (images) {
    update.images = images.map((url: string) => ({ url }))
    update.thumbnail = images[0] ?? null
  }
  await updateProductsWorkflow(req.scope).run({ input: { selector: { id: req.params.id }, update } })
  res.json({ product: await loadListing(req) })
}
