import { toNumber } from "../../../modules/ocop/lib/numbers"

/** Query fields for a variant's stock at every location. */
export const VARIANT_STOCK_FIELDS = [
  "variants.id",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/**
 * Whole units of a variant that can be sold from these locations (stocked
 * less reserved, over every inventory item it takes); null when it does not
 * track stock or allows backorders (no limit).
 */
export function unitsAt(variant: any, locations: (id: string) => boolean): number | null {
  if (!variant.manage_inventory || variant.allow_backorder) return null
  const links = variant.inventory_items ?? []
  if (!links.length) return 0
  return Math.min(
    ...links.map((link: any) => {
      const available = (link.inventory?.location_levels ?? [])
        .filter((l: any) => locations(l.location_id))
        .reduce((sum: number, l: any) => sum + toNumber(l.stocked_quantity) - toNumber(l.reserved_quantity), 0)
      return Math.max(0, Math.floor(available / toNumber(link.required_quantity || 1)))
    })
  )
}
