import { MedusaContainer } from "@medusajs/framework/types"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { certificateState } from "../../modules/ocop/lib/validity"
import { isOnSale } from "../../modules/ocop/lib/sellability"
import type { ProducerSaleStatus as SaleStatus } from "../producer/types"

/** For the producer portal and the operator: whether each product is on sale now and, if not, why. */
export async function saleStatusOf(
  container: MedusaContainer,
  products: { id: string; status: string }[],
  at = new Date()
): Promise<Map<string, SaleStatus>> {
  const answers = await (container.resolve(OCOP_MODULE) as OcopModuleService).sellability(
    products.map((p) => p.id),
    at
  )
  const result = new Map<string, SaleStatus>()
  for (const p of products) {
    const answer = answers.get(p.id)!
    const shown = answer.certificate
    result.set(p.id, {
      on_sale: isOnSale(answer, p.status),
      reason: p.status !== "published" ? "draft" : answer.reason,
      certificate: shown
        ? {
            id: shown.id,
            number: shown.certificate_number,
            stars: shown.stars,
            state: certificateState(shown, at),
            expires_at: new Date(shown.expires_at).toISOString(),
          }
        : null,
    })
  }
  return result
}
