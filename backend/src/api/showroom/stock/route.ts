import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import type { StaffRequest } from "../../utils/middlewares/staff-context"

/** The showroom's stock on hand per variant (the sum of its movements), with product names. */
export async function GET(req: StaffRequest, res: MedusaResponse) {
  const onHand = await (req.scope.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).stockOnHand(
    req.staff.showroom_id
  )
  const ids = [...onHand.keys()]
  const { data: variants } = ids.length
    ? await req.scope
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product_variant", fields: ["id", "title", "sku", "product.title"], filters: { id: ids } })
    : { data: [] as any[] }
  const stock = (variants as any[])
    .map((v) => ({
      variant_id: v.id,
      sku: v.sku,
      title: v.title,
      product_title: v.product?.title,
      on_hand: onHand.get(v.id) ?? 0,
    }))
    .sort((a, b) => String(a.product_title).localeCompare(String(b.product_title), "vi"))
  res.json({ stock })
}
