import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CONSIGNMENT_MODULE } from "../../../../../../modules/consignment"
import type ConsignmentModuleService from "../../../../../../modules/consignment/service"
import { OCOP_MODULE } from "../../../../../../modules/ocop"
import type OcopModuleService from "../../../../../../modules/ocop/service"

/** Showrooms holding a product on sale, with units on hand (nothing for a product off sale). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const productId = String(req.params.id)
  const [onSale] = await (req.scope.resolve(OCOP_MODULE) as OcopModuleService).listSellableProductIds(new Date(), [productId])
  if (!onSale) return res.json({ showrooms: [] })
  const consignment: ConsignmentModuleService = req.scope.resolve(CONSIGNMENT_MODULE)
  const held = await consignment.stockByShowroom(productId)
  const showrooms = held.size ? await consignment.listShowrooms({ id: [...held.keys()] }) : []
  res.json({
    showrooms: showrooms
      .map((s) => ({ id: s.id, handle: s.handle, name: s.name, address: s.address, commune: s.commune, opening_hours: s.opening_hours, on_hand: held.get(s.id)! }))
      .sort((a, b) => b.on_hand - a.on_hand),
  })
}
