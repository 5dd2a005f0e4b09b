export type ListingVariant = { title: string; sku: string; price: number; stock: number }

/** The one product option of a listing: its packaging ("Hộp 400g", "Thùng 5kg"...). */
export const PACKAGING_OPTION = "Quy cách"

/**
 * Medusa options and variants for a listing: one variant per packaging, priced
 * in whole dong, stock managed by the inventory module.
 */
export function listingOptionsAndVariants(variants: ListingVariant[]) {
  return {
    options: [{ title: PACKAGING_OPTION, values: variants.map((v) => v.title) }],
    variants: variants.map((v) => ({
      title: v.title,
      sku: v.sku,
      manage_inventory: true,
      options: { [PACKAGING_OPTION]: v.title },
      prices: [{ currency_code: "vnd", amount: v.price }],
    })),
  }
}
