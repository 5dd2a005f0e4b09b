import { MedusaContainer } from "@medusajs/framework/types"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"
import { productCertificateState } from "../modules/ocop/lib/validity"

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
  const certificates = await ocop.listOcopCertificates({ product_id: ids }, { take: null as any })
  const result = new Map<string, SaleStatus>()
  for (const p of products) {
    const { certificate: shown, state } = productCertificateState(
      certificates.filter((c) => c.product_id === p.id) as any[],
      at
    )
    const published = p.status === "published"
    result.set(p.id, {
      on_sale: published && state === "valid",
      reason: !published ? "draft" : state === "none" ? "no_certificate" : state === "valid" ? null : state,
      certificate: shown
        ? { id: shown.id, number: shown.certificate_number, state, expires_at: new Date(shown.expires_at).toISOString() }
        : null,
    })
  }
  return result
}
