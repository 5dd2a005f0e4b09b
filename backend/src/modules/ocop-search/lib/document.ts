import { createHash } from "node:crypto"
import { foldVietnamese } from "../../ocop/lib/text"

/** Price bands of the price facet, in whole dong (upper bound exclusive). */
export const PRICE_BANDS = [
  { key: "under_100k", min: 0, max: 100_000 },
  { key: "100k_200k", min: 100_000, max: 200_000 },
  { key: "200k_500k", min: 200_000, max: 500_000 },
  { key: "500k_1m", min: 500_000, max: 1_000_000 },
  { key: "over_1m", min: 1_000_000, max: null },
] as const
export type PriceBand = (typeof PRICE_BANDS)[number]["key"]

export function priceBand(price: number | null): PriceBand | null {
  if (price == null) return null
  return PRICE_BANDS.find((b) => price >= b.min && (b.max == null || price < b.max))!.key
}

/**
 * What the index holds for one product on sale: the hit a storefront shows
 * (badge, provenance, price, availability), the fields filters and sorts use,
 * and three folded text fields (title, facts, description) that are searched.
 * Both engines store exactly this.
 */
export type SearchDocument = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  /** lowest variant price in whole dong; null when no VND price is set */
  price: number | null
  price_band: PriceBand | null
  in_stock: boolean
  stars: number
  level: string
  product_group: string
  producer_id: string
  producer_handle: string
  producer_name: string
  producer_type: string
  commune: string
  /** province named on the certificate (may be a former one) */
  province_code: string
  province_name: string
  current_province_code: string
  current_province_name: string
  /** "Vĩnh Long (Bến Tre)" or just "Hà Nội" */
  province_label: string
  certificate_number: string
  issued_at: number
  /** expiry instant in ms: searches filter on it at query time */
  expires_at: number
  /** when the product was listed, in ms (sort "newest") */
  listed_at: number
  /** buyers' reviews: average to one decimal (null without any) and how many (sort "rating_desc") */
  rating_average: number | null
  rating_count: number
  title_text: string
  facts_text: string
  description_text: string
}

export type DocumentSource = {
  product: {
    id: string
    handle: string
    title: string
    subtitle?: string | null
    description?: string | null
    thumbnail?: string | null
    created_at: Date | string
  }
  price: number | null
  in_stock: boolean
  certificate: {
    certificate_number: string
    stars: number
    level: string
    product_group: string
    sub_group?: string | null
    commune: string
    geographical_indication?: string | null
    issued_at: Date | string
    expires_at: Date | string
  }
  producer: { id: string; handle: string; name: string; type: string }
  province: { former: { code: string; name: string }; current: { code: string; name: string }; label: string }
  groupLabels: { vi: string; en: string }
  producerTypeLabels: { vi: string; en: string }
  rating?: { average: number | null; count: number }
}

/** Descriptions are searched, but only their opening matters for relevance. */
const DESCRIPTION_CHARS = 600

export function toSearchDocument(s: DocumentSource): SearchDocument {
  const { product, certificate: c, producer, province } = s
  const facts = [
    producer.name,
    c.commune,
    province.former.name,
    province.current.name,
    s.groupLabels.vi,
    s.groupLabels.en,
    c.sub_group,
    s.producerTypeLabels.vi,
    c.certificate_number,
    c.geographical_indication,
    `${c.stars} sao`,
  ]
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    subtitle: product.subtitle ?? null,
    thumbnail: product.thumbnail ?? null,
    price: s.price,
    price_band: priceBand(s.price),
    in_stock: s.in_stock,
    stars: c.stars,
    level: c.level,
    product_group: c.product_group,
    producer_id: producer.id,
    producer_handle: producer.handle,
    producer_name: producer.name,
    producer_type: producer.type,
    commune: c.commune,
    province_code: province.former.code,
    province_name: province.former.name,
    current_province_code: province.current.code,
    current_province_name: province.current.name,
    province_label: province.label,
    certificate_number: c.certificate_number,
    issued_at: new Date(c.issued_at).getTime(),
    expires_at: new Date(c.expires_at).getTime(),
    listed_at: new Date(product.created_at).getTime(),
    rating_average: s.rating?.average ?? null,
    rating_count: s.rating?.count ?? 0,
    title_text: foldVietnamese([product.title, product.subtitle].filter(Boolean).join(" ")),
    facts_text: foldVietnamese(facts.filter(Boolean).join(" ")),
    description_text: foldVietnamese((product.description ?? "").slice(0, DESCRIPTION_CHARS)),
  }
}

/** A fingerprint of a document's content, for the drift check. */
export function documentHash(doc: SearchDocument): string {
  const ordered = Object.keys(doc)
    .sort()
    .map((k) => [k, (doc as any)[k]])
  return createHash("sha1").update(JSON.stringify(ordered)).digest("hex")
}

/** The part of a document a search result shows. */
export type SearchHit = Omit<SearchDocument, "title_text" | "facts_text" | "description_text">

export function toHit(doc: SearchDocument): SearchHit {
  const { title_text, facts_text, description_text, ...hit } = doc
  return hit
}
