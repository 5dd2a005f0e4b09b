import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import type { StaffRequest } from "../../utils/middlewares/staff-context"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { isOnSale } from "../../../modules/ocop/lib/sellability"
import type { ShowroomStockRow } from "../types"

/**
 * The showroom's stock on hand per variant (the sum of its movements), with
 * product names and whether each can be sold now (the counter refuses what
 * cannot): goods whose certificate lapsed wait to be returned.
 */
export async function GET(req: StaffRequest, res: MedusaResponse) {
  const onHand = await (req.scope.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).stockOnHand(
    req.staff.showroom_id
  )
  const ids = [...onHand.keys()]
  const { data: variants } = ids.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product_variant",
        fields: ["id", "title", "sku", "product_id", "product.title", "product.status"],
        filters: { id: ids },
      })
    : { data: [] as any[] }
  const answers = await (req.scope.resolve(OCOP_MODULE) as OcopModuleService).sellability(
    (variants as any[]).map((v) => v.product_id)
  )
  const stock: ShowroomStockRow[] = (variants as any[])
    .map((v) => ({
      variant_id: v.id,
      sku: v.sku,
      title: v.title,
      product_title: v.product?.title,
      on_hand: onHand.get(v.id) ?? 0,
      on_sale: isOnSale(answers.get(v.product_id), v.product?.status),
      reason: v.product?.status !== "published" ? ("draft" as const) : (answers.get(v.product_id)?.reason ?? null),
    }))
    .sort((a, b) => String(a.product_title).localeCompare(String(b.product_title), "vi"))
  res.json({ stock })
}
