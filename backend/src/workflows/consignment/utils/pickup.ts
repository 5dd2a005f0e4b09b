import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import OrderPickupShowroom from "../../../links/order-pickup-showroom"
import { toNumber } from "../../../modules/ocop/lib/numbers"

/** Each variant's inventory item and how many of it one unit takes. */
export async function inventoryItemsOf(container: MedusaContainer, variantIds: string[]) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
    filters: { id: [...new Set(variantIds)] },
  })
  return new Map(
    (data as any[])
      .filter((v) => v.inventory_items?.[0])
      .map((v) => [
        v.id as string,
        {
          inventory_item_id: v.inventory_items[0].inventory_item_id as string,
          required: toNumber(v.inventory_items[0].required_quantity || 1),
        },
      ])
  )
}

/**
 * Runs `fn` under Medusa's lock on these inventory items: the lock under
 * which Medusa itself reserves stock for orders. Every check of a showroom's
 * free units (counter sale, return, pickup order, hand-over) and the write it
 * guards run inside it, so none of them can interleave. It holds no database
 * connection while waiting (a busy counter cannot exhaust the pool); it is
 * per process unless a shared locking provider is configured, as for Medusa's
 * own reservations.
 */
export async function underStockLock<T>(
  container: MedusaContainer,
  inventoryItemIds: string[],
  fn: () => Promise<T>
): Promise<T> {
  return container.resolve(Modules.LOCKING).execute([...new Set(inventoryItemIds)].sort(), fn, { timeout: 30 })
}

/**
 * Units of each variant set aside at a showroom for online orders to be
 * picked up there, per "showroom:variant": their reservations at its stock
 * location (but `exceptReservations`, those of the order being handled).
 */
export async function pickupSetAside(
  container: MedusaContainer,
  showroom: { id: string; stock_location_id: string },
  variantIds: string[],
  exceptReservations = new Set<string>()
): Promise<Map<string, number>> {
  if (!variantIds.length) return new Map()
  const items = await inventoryItemsOf(container, variantIds)
  const variantOf = new Map(
    [...items].map(([variantId, i]) => [i.inventory_item_id, { variantId, required: i.required }])
  )
  const reservations = variantOf.size
    ? await container
        .resolve(Modules.INVENTORY)
        .listReservationItems(
          { location_id: showroom.stock_location_id, inventory_item_id: [...variantOf.keys()] },
          { take: null as any }
        )
    : []
  const held = new Map<string, number>()
  for (const r of reservations) {
    if (exceptReservations.has(r.id)) continue
    const v = variantOf.get(r.inventory_item_id)!
    const key = `${showroom.id}:${v.variantId}`
    held.set(key, (held.get(key) ?? 0) + Math.ceil(toNumber(r.quantity) / v.required))
  }
  return held
}

/**
 * Moves reservations to another location: deleted and made again there
 * (Medusa's updateReservationItems leaves the old location's reserved count
 * as it was). Creating checks the new location has the units. Returns the new ones.
 */
export async function relocateReservations(
  container: MedusaContainer,
  reservations: any[],
  locationOf: (r: any) => string
) {
  if (!reservations.length) return []
  const inventory = container.resolve(Modules.INVENTORY)
  await inventory.deleteReservationItems(reservations.map((r) => r.id))
  return inventory.createReservationItems(
    reservations.map((r) => ({
      line_item_id: r.line_item_id,
      inventory_item_id: r.inventory_item_id,
      location_id: locationOf(r),
      quantity: r.quantity,
      allow_backorder: r.allow_backorder,
      description: r.description,
      metadata: r.metadata,
    }))
  )
}

/** The showroom an order is to be picked up at (null for a delivered order). */
export async function showroomOfOrder(container: MedusaContainer, orderId: string): Promise<string | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: OrderPickupShowroom.entryPoint,
    fields: ["ocop_showroom_id"],
    filters: { order_id: orderId },
  })
  return (data[0] as any)?.ocop_showroom_id ?? null
}
