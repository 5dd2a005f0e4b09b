/** Shared vocabulary of the OCOP domain (see shared/reference/ocop-domain.md). */

export const PRODUCT_GROUPS = ["food", "beverage", "herbal", "textile", "souvenir_decor", "tourism"] as const
export type ProductGroup = (typeof PRODUCT_GROUPS)[number]

export const PRODUCT_GROUP_LABELS: Record<ProductGroup, { vi: string; en: string }> = {
  food: { vi: "Thực phẩm", en: "Food" },
  beverage: { vi: "Đồ uống", en: "Beverages" },
  herbal: { vi: "Thảo dược", en: "Herbal products" },
  textile: { vi: "Vải và may mặc", en: "Textiles and garments" },
  souvenir_decor: {
    vi: "Lưu niệm - nội thất - trang trí",
    en: "Souvenirs, furniture and decoration",
  },
  tourism: {
    vi: "Dịch vụ du lịch cộng đồng, du lịch nông thôn và điểm du lịch",
    en: "Community and rural tourism services",
  },
}

export const PRODUCER_TYPES = ["household", "enterprise", "cooperative", "cooperative_group"] as const
export type ProducerType = (typeof PRODUCER_TYPES)[number]

export const PRODUCER_TYPE_LABELS: Record<ProducerType, { vi: string; en: string }> = {
  household: { vi: "Hộ kinh doanh / cơ sở sản xuất", en: "Household business" },
  enterprise: { vi: "Doanh nghiệp", en: "Enterprise" },
  cooperative: { vi: "Hợp tác xã", en: "Cooperative" },
  cooperative_group: { vi: "Tổ hợp tác", en: "Cooperative group" },
}

export const CERTIFICATE_STATUSES = ["submitted", "verified", "rejected", "revoked"] as const
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number]

export const CERTIFICATE_LEVELS = ["provincial", "national"] as const
export type CertificateLevel = (typeof CERTIFICATE_LEVELS)[number]

/** Certificates are valid for 36 months unless the certificate states otherwise. */
export const DEFAULT_VALIDITY_MONTHS = 36

/** Only 3, 4 and 5 stars are OCOP products; 1-2 star results are never listed. */
export const MIN_SELLABLE_STARS = 3
/** The most an evaluation gives (national level). */
export const MAX_STARS = 5
/** The star levels a product on sale can carry, highest first: every list of stars derives from this. */
export const SELLABLE_STARS: readonly number[] = Array.from(
  { length: MAX_STARS - MIN_SELLABLE_STARS + 1 },
  (_, i) => MAX_STARS - i
)
