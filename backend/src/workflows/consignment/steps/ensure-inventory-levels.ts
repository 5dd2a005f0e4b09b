import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Creates the showroom's inventory levels that do not exist yet (a first intake of a product). */
export const ensureInventoryLevelsStep = createStep(
  "ocop-ensure-showroom-inventory-levels",
  async (levels: { inventory_item_id: string; location_id: string }[], { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const existing = await inventory.listInventoryLevels({
      inventory_item_id: levels.map((l) => l.inventory_item_id),
      location_id: levels.map((l) => l.location_id),
    })
    const have = new Set(existing.map((l) => `${l.inventory_item_id}:${l.location_id}`))
    const missing = [
      ...new Map(
        levels
          .filter((l) => !have.has(`${l.inventory_item_id}:${l.location_id}`))
          .map((l) => [`${l.inventory_item_id}:${l.location_id}`, l])
      ).values(),
    ]
    const created: { id: string }[] = []
    for (const l of missing) {
      try {
        created.push(await inventory.createInventoryLevels({ ...l, stocked_quantity: 0 }))
      } catch (e) {
        // two first deliveries of a product at once: the other one created the level, which is all we need
        const [now] = await inventory.listInventoryLevels({
          inventory_item_id: l.inventory_item_id,
          location_id: l.location_id,
        })
        if (!now) throw e
      }
    }
    // only the levels this step created are removed on compensation, never one another request made
    return new StepResponse(
      created,
      created.map((l) => l.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve(Modules.INVENTORY).deleteInventoryLevels(ids)
  }
)
