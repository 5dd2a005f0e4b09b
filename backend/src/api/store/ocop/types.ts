import type { CalculatedPriceSet } from "@medusajs/framework/types"
import type { StoreProductReviewsResponse } from "./reviews/types"
/**
 * Response shapes of the OCOP store routes (/store/ocop/...) and of the
 * `ocop` block the store product routes add to a product: the one definition
 * the storefront reads, with `import type`. Types only, nothing that runs:
 * keep this file free of runtime imports (the storefront's type check reads
 * it). Instants are ISO strings, as they arrive in JSON.
 */
import type { PriceBand, SearchHit } from "../../../modules/ocop-search/lib/document"
import type { CertificateLevel } from "../../../modules/ocop/lib/constants"

export type { SearchHit }

export type OcopLabel = { vi: string; en: string }
export type OcopProvinceRef = { code: string; name: string }
/** Former (certificate-time) and current (since the 2025 merger) province, and "Vĩnh Long (Bến Tre)" as the label. */
export type OcopProvinceProvenance = { former: OcopProvinceRef; current: OcopProvinceRef; label: string }
export type OcopProvinceMatch = { code: string; name: string; scope: "current" | "former" }
export type OcopFacetLabelled = { code: string; label: OcopLabel; count: number }

/** GET /store/ocop/search */
export type StoreOcopSearchResponse = {
  hits: SearchHit[]
  total: number
  page: number
  limit: number
  pages: number
  facets: {
    province: { code: string; name: string; count: number; former: { code: string; name: string; count: number }[] }[]
    stars: { value: number; count: number }[]
    group: OcopFacetLabelled[]
    producer_type: OcopFacetLabelled[]
    price: { key: PriceBand; min: number; max: number | null; count: number }[]
  }
  query: {
    q: string
    terms: string[]
    sort: string
    provinces: OcopProvinceMatch[]
    province_from_text: OcopProvinceMatch | null
  }
  engine: string
  took_ms: number
}

/** `product.ocop` on the store product routes: the badge and provenance from the certificate that makes it sellable now. */
export type StoreOcopProvenance = {
  stars: number
  level: CertificateLevel
  potential_five_star: boolean
  product_group: string
  product_group_label: OcopLabel
  sub_group: string | null
  certificate_id: string
  certificate_number: string
  decision_number: string
  issuing_authority: string
  score: number | null
  issued_at: string
  expires_at: string
  geographical_indication: string | null
  commune: string
  province: OcopProvinceProvenance
  producer: { id: string; name: string; handle: string; type: string; type_label: OcopLabel }
}

/** The public check of a certificate number (what a QR stamp opens). */
export type StoreOcopCertificate = {
  certificate_number: string
  state: "valid" | "expired" | "revoked" | "rejected" | "submitted" | "below_three_stars"
  stars: number
  level: CertificateLevel
  potential_five_star: boolean
  decision_number: string
  issuing_authority: string
  product_group: string
  issued_at: string
  expires_at: string
  /** the reason given for a revocation; null otherwise */
  status_reason: string | null
  commune: string
  province: OcopProvinceProvenance & { renamed: boolean }
  geographical_indication: string | null
  product_name: string
  /** only while the product is on sale; its current certificate may be another one (a renewal) */
  product: {
    id: string
    title: string
    handle: string
    thumbnail: string | null
    current_certificate_number: string
  } | null
  producer: { name: string; handle: string; type: string }
}
/** GET /store/ocop/certificates/:number (404 for unknown, pending and rejected numbers) */
export type StoreOcopCertificateResponse = { certificate: StoreOcopCertificate }

/** A current province with the former units it was formed from. */
export type StoreOcopProvince = { code: string; name: string; region: string; former: OcopProvinceRef[] }
/** GET /store/ocop/provinces */
export type StoreOcopProvincesResponse = { provinces: StoreOcopProvince[]; count: number }
/** GET /store/ocop/provinces/:code/communes: today's communes of a province (official codes) */
export type StoreOcopCommunesResponse = {
  province: { code: string; official_code: string; name: string; full_name: string }
  communes: { code: string; name: string }[]
  count: number
}

export type StoreOcopProducer = {
  id: string
  handle: string
  name: string
  type: string
  type_label: OcopLabel
  description: string | null
  /** English, or null (the English storefront then shows the Vietnamese) */
  name_en: string | null
  description_en: string | null
  address: string | null
  commune: string | null
  phone: string | null
  province: OcopProvinceProvenance | null
}
/** GET /store/ocop/producers/:handle (approved producers only) */
export type StoreOcopProducerResponse = { producer: StoreOcopProducer }

export type StoreOcopShowroom = {
  id: string
  handle: string
  name: string
  address: string
  commune: string
  province: OcopProvinceRef
  opening_hours: string | null
  phone: string | null
}
/** GET /store/ocop/showrooms */
export type StoreOcopShowroomsResponse = { showrooms: StoreOcopShowroom[]; count: number }

/** A showroom with units of the product free for pickup or the counter. */
export type StoreOcopShowroomHolding = {
  id: string
  handle: string
  name: string
  address: string
  commune: string
  opening_hours: string | null
  available: number
}
/** GET /store/ocop/products/:id/availability: units per variant for delivery (null: not limited) and the showrooms that hold it. */
export type StoreOcopAvailabilityResponse = {
  online: Record<string, number | null>
  showrooms: StoreOcopShowroomHolding[]
}

/** One producer's part of an order and its progress. */
export type OcopOrderPart = {
  producer: { id: string; name: string; handle: string | null }
  items: { id: string; title: string; quantity: number; shipped_quantity: number }[]
  status: "waiting" | "partially_shipped" | "shipped"
  tracking_numbers: string[]
}
/** GET /store/ocop/orders/:id/parts (the logged-in customer's own order) */
export type StoreOcopOrderPartsResponse = { parts: OcopOrderPart[] }

export type OcopPickupState = "waiting" | "ready" | "collected" | "canceled"
/** Where an order to collect at a showroom is, and whether it is ready. */
export type StoreOcopPickupProgress = {
  showroom: { name: string; address: string; commune: string; opening_hours: string | null }
  state: OcopPickupState
  ready_at: string | null
}
/** GET /store/ocop/orders/:id/pickup (null for a delivered order) */
export type StoreOcopPickupResponse = { pickup: StoreOcopPickupProgress | null }

/** An order found by its number and email. */
export type StoreOcopLookedUpOrder = {
  id: string
  display_id: number
  status: string
  created_at: string
  total: number
  shipping_total: number
  province: string | null
  items: { title: string; variant_title: string | null; quantity: number; unit_price: number }[]
  parts: OcopOrderPart[]
  pickup: StoreOcopPickupProgress | null
}
/** POST /store/ocop/orders/lookup */
export type StoreOcopOrderLookupResponse = { order: StoreOcopLookedUpOrder }

/** A variant's price for a region: the pricing module's answer, whose amounts are whole dong as numbers. */
export type StoreOcopVariantPrice = Omit<CalculatedPriceSet, "calculated_amount" | "original_amount"> & {
  calculated_amount: number | null
  original_amount: number | null
}
/** GET /store/ocop/product-pages/:handle: a product on sale as its page shows it, and where it can be had. */
export type StoreOcopProductPageResponse = {
  product: {
    id: string
    handle: string
    title: string
    subtitle: string | null
    description: string | null
    thumbnail: string | null
    metadata: Record<string, unknown> | null
    images: { id: string; url: string }[]
    /** `calculated_price`: the pricing module's price for the region, as Medusa's store product routes give it */
    variants: { id: string; title: string; sku: string | null; calculated_price: StoreOcopVariantPrice | null }[]
    ocop: StoreOcopProvenance
  }
  availability: StoreOcopAvailabilityResponse
  /** its rating and newest reviews, as GET /store/ocop/products/:id/reviews?sort=newest&limit=5 gives them */
  reviews: StoreProductReviewsResponse
}
