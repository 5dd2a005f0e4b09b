import { MedusaContainer } from "@medusajs/framework/types"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"
import { certificateState } from "../modules/ocop/lib/validity"

export type SaleStatus = {
  on_sale: boolean
  /** why not, in the producer's words: draft, no certificate, expired, revoked... */
  reason: "draft" | "no_certificate" | "expired" | "revoked" | "rejected" | "submitted" | "below_three_stars" | null
  certificate: { id: string; number: string; state: string; expires_at: string } | null
}

/** For the producer portal: whether each product is on sale now and, if not, why. */
export async function saleStatusOf(
  container: MedusaContainer,
  products: { id: string; status: string }[],
  at = new Date()
): Promise<Map<string, SaleStatus>> {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const ids = products.map((p) => p.id)
  const certificates = await ocop.listOcopCertificates(
    { product_id: ids },
    { order: { issued_at: "DESC" }, take: null as any }
  )
  const result = new Map<string, SaleStatus>()
  for (const p of products) {
    const mine = certificates.filter((c) => c.product_id === p.id)
    const valid = mine.find((c) => certificateState(c as any, at) === "valid")
    const shown = valid ?? mine[0]
    const state = shown ? certificateState(shown as any, at) : null
    const reason: SaleStatus["reason"] =
      p.status !== "published" ? "draft" : !shown ? "no_certificate" : state === "valid" ? null : (state as any)
    result.set(p.id, {
      on_sale: p.status === "published" && !!valid,
      reason,
      certificate: shown
        ? { id: shown.id, number: shown.certificate_number, state: state!, expires_at: new Date(shown.expires_at).toISOString() }
        : null,
    })
  }
  return result
}
