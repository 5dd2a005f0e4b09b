import type { CertificateLevel } from "./constants"
import type { CertificateState } from "./validity"

/**
 * The marketplace's two words, each defined here once:
 * - "sellable": the product holds, at the instant asked, a verified certificate
 *   of 3+ stars that has neither expired nor been revoked (the certificate side);
 * - "on sale": sellable and published (what shoppers can see and buy).
 */

/** Why a product is not sellable: its current certificate's state, or no certificate at all. */
export type UnsellableReason = Exclude<CertificateState, "valid"> | "no_certificate"

/** The columns of ocop_certificate every answer about the rule carries. */
export type CertificateRow = {
  id: string
  product_id: string
  product_name: string
  certificate_number: string
  decision_number: string
  issuing_authority: string
  level: CertificateLevel
  stars: number
  score: number | null
  product_group: string
  sub_group: string | null
  issued_at: Date
  expires_at: Date
  potential_five_star: boolean
  status: string
  status_reason: string | null
  commune: string
  province_code: string
  geographical_indication: string | null
  producer_id: string
}

/** One product's answer: sellable or not, its current certificate, and why not. */
export type Sellability = {
  product_id: string
  sellable: boolean
  /** the certificate shown with the product (see compareCertificates), null when it has none */
  certificate: CertificateRow | null
  reason: UnsellableReason | null
}

/** On sale: sellable and published. */
export function isOnSale(sellability: Sellability | undefined, productStatus: string): boolean {
  return productStatus === "published" && !!sellability?.sellable
}

/** The ids of a sellability answer that are sellable, in the order asked. */
export function sellableIds(answers: Map<string, Sellability>, ids: Iterable<string> = answers.keys()): string[] {
  return [...ids].filter((id) => answers.get(id)?.sellable)
}

/** The reason in words, for the shopper (Vietnamese, then English). */
export const UNSELLABLE_REASON_TEXT: Record<UnsellableReason, { vi: string; en: string }> = {
  expired: { vi: "chứng nhận OCOP đã hết hạn", en: "its OCOP certificate has expired" },
  revoked: { vi: "chứng nhận OCOP đã bị thu hồi", en: "its OCOP certificate has been revoked" },
  rejected: { vi: "chứng nhận OCOP bị từ chối", en: "its OCOP certificate was rejected" },
  submitted: { vi: "chứng nhận OCOP chưa được xác minh", en: "its OCOP certificate is not verified yet" },
  below_three_stars: { vi: "sản phẩm chưa đạt 3 sao OCOP", en: "it is rated below 3 OCOP stars" },
  no_certificate: { vi: "sản phẩm chưa có chứng nhận OCOP", en: "it has no OCOP certificate" },
}
