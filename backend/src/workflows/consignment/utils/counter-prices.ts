import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import { toNumber } from "../../../modules/ocop/lib/numbers"

/** Query fields and context that give a variant the price a shopper pays now in VND (price lists included). */
export const COUNTER_PRICE_FIELDS = ["calculated_price.calculated_amount"]
export const counterPriceContext = () => ({ calculated_price: QueryContext({ currency_code: "vnd" }) })

/** A variant's price in whole dong from a query made with the fields and context above, or null. */
export function counterPriceOf(variant: { calculated_price?: { calculated_amount?: unknown } | null }): number | null {
  const amount = variant.calculated_price?.calculated_amount
  return amount == null ? null : Math.round(toNumber(amount))
}

/**
 * The price a shopper pays now, in whole dong, per variant: Medusa's
 * calculated VND price, so a sale price list applies at the counter exactly
 * as online. Variants with no VND price are left out.
 */
export async function counterPrices(container: MedusaContainer, variantIds: string[]): Promise<Map<string, number>> {
  if (!variantIds.length) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", ...COUNTER_PRICE_FIELDS],
    filters: { id: variantIds },
    context: counterPriceContext(),
  })
  const prices = new Map<string, number>()
  for (const v of data as any[]) {
    const price = counterPriceOf(v)
    if (price != null) prices.set(v.id, price)
  }
  return prices
}
