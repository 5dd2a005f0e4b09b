import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productAvailability } from "../../../../../utils/product-availability"
import type { StoreOcopAvailabilityResponse } from "../../../types"

/** Where a product on sale can be had: units for delivery, and the showrooms that hold it (api/utils/product-availability). */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreOcopAvailabilityResponse>) {
  res.json(await productAvailability(req.scope, String(req.params.id)))
}
