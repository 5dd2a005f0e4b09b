import { MedusaContainer } from "@medusajs/framework/types"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"

/**
 * The stock locations of showrooms. They belong to the store's sales channel
 * (so online orders can be picked up there) but hold consigned goods, which
 * are never shipped: online stock is what the other locations hold.
 */
export async function showroomLocationIds(container: MedusaContainer): Promise<Set<string>> {
  const showrooms = await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).listShowrooms(
    {},
    { select: ["stock_location_id"], take: null as any }
  )
  return new Set(showrooms.map((s) => s.stock_location_id))
}
