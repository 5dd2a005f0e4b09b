import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, QueryContext } from "@medusajs/framework/utils"

/**
 * The price a shopper pays now, in whole dong, per variant: Medusa's
 * calculated VND price, so a sale price list applies at the counter exactly
 * as online. Variants with no VND price are left out.
 */
export async function counterPrices(container: MedusaContainer, variantIds: string[]): Promise<Map<string, number>> {
  if (!variantIds.length) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "calculated_price.calculated_amount"],
    filters: { id: variantIds },
    context: { calculated_price: QueryContext({ currency_code: "vnd" }) },
  })
  const prices = new Map<string, number>()
  for (const v of data as any[]) {
    const amount = v.calculated_price?.calculated_amount
    if (amount != null) prices.set(v.id, Math.round(MathBN.convert(amount).toNumber()))
  }
  return prices
}
