/** Shapes of the OCOP backend's own routes (Medusa's come from @medusajs/types via the SDK). */

// a hit as the backend's search builds it (one definition of the document)
export type { SearchHit } from "../../../backend/src/modules/ocop-search/lib/document"
import type { SearchHit } from "../../../backend/src/modules/ocop-search/lib/document"

export type Labelled = { code: string; label: { vi: string; en: string }; count: number }

export type SearchResponse = {
  hits: SearchHit[]
  total: number
  page: number
  limit: number
  pages: number
  facets: {
    province: { code: string; name: string; count: number; former: { code: string; name: string; count: number }[] }[]
    stars: { value: number; count: number }[]
    group: Labelled[]
    producer_type: Labelled[]
    price: { key: string; min: number; max: number | null; count: number }[]
  }
  query: { q: string; terms: string[]; sort: string; province_from_text: { code: string; name: string; scope: string } | null }
  engine: string
  took_ms: number
}

export type Provenance = {
  stars: number
  level: "provincial" | "national"
  potential_five_star: boolean
  product_group: string
  product_group_label: { vi: string; en: string }
  sub_group: string | null
  certificate_number: string
  decision_number: string
  issuing_authority: string
  issued_at: string
  expires_at: string
  geographical_indication: string | null
  commune: string
  province: { former: { code: string; name: string }; current: { code: string; name: string }; label: string }
  producer: { id: string; name: string; handle: string; type: string; type_label: { vi: string; en: string } }
}

export type CertificateCheck = {
  certificate: {
    certificate_number: string
    state: "valid" | "expired" | "revoked" | string
    stars: number
    level: string
    decision_number: string
    issuing_authority: string
    issued_at: string
    expires_at: string
    status_reason?: string | null
    product_name: string
    commune: string
    geographical_indication: string | null
    province: { label: string; former: { name: string }; current: { name: string } }
    product: { handle: string; title: string; thumbnail: string | null } | null
    producer: { name: string; handle: string; type: string }
  }
}

export type ProvinceEntry = { code: string; name: string; region: string; former: { code: string; name: string }[] }
