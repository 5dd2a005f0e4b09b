import {
  CertificateLevel,
  CertificateStatus,
  DEFAULT_VALIDITY_MONTHS,
  MAX_STARS,
  MIN_SELLABLE_STARS,
} from "./constants"

export type CertificateLike = {
  status: CertificateStatus | string
  stars: number
  expires_at: Date | string
}

/** Why a certificate does or does not make its product sellable at a given instant. */
export type CertificateState = "valid" | "expired" | "revoked" | "rejected" | "submitted" | "below_three_stars"

export function certificateState(cert: CertificateLike, at: Date = new Date()): CertificateState {
  if (cert.status === "revoked") return "revoked"
  if (cert.status === "rejected") return "rejected"
  if (cert.status !== "verified") return "submitted"
  if (!(cert.stars >= MIN_SELLABLE_STARS)) return "below_three_stars"
  // valid strictly before the expiry instant; at the instant itself it has expired
  if (new Date(cert.expires_at).getTime() <= at.getTime()) return "expired"
  return "valid"
}

export function isCertificateSellable(cert: CertificateLike, at: Date = new Date()): boolean {
  return certificateState(cert, at) === "valid"
}

/**
 * Adds calendar months, clamping to the last day of the target month
 * (31 Jan + 1 month = 28/29 Feb), keeping the time of day.
 */
export function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getTime())
  const day = d.getUTCDate()
  d.setUTCDate(1)
  d.setUTCMonth(d.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()
  d.setUTCDate(Math.min(day, lastDay))
  return d
}

/** Default expiry: 36 months after issue. */
export function defaultExpiry(issuedAt: Date, months = DEFAULT_VALIDITY_MONTHS): Date {
  return addMonths(issuedAt, months)
}

/** 3 and 4 stars are recognised by the province, 5 stars nationally. */
export function levelForStars(stars: number): CertificateLevel {
  return stars >= MAX_STARS ? "national" : "provincial"
}

export type CertificateRuleInput = {
  stars: number
  level?: CertificateLevel
  score?: number | null
  potential_five_star?: boolean
  issued_at: Date
  expires_at?: Date | null
}

/** Star bands of the evaluation criteria: 3 stars 50-69, 4 stars 70-89, 5 stars 90-100. */
export function starsForScore(score: number): number {
  if (score >= 90) return 5
  if (score >= 70) return 4
  if (score >= 50) return 3
  if (score >= 30) return 2
  return 1
}

/**
 * Consistency rules of a certificate record. Returns human-readable problems
 * (Vietnamese first, English second); an empty list means the record is coherent.
 */
export function certificateRuleViolations(input: CertificateRuleInput): string[] {
  const problems: string[] = []
  const { stars } = input
  if (!Number.isInteger(stars) || stars < 1 || stars > MAX_STARS) {
    problems.push("Số sao phải là số nguyên từ 1 đến 5 (stars must be a whole number from 1 to 5)")
  }
  if (input.level && Number.isInteger(stars) && input.level !== levelForStars(stars)) {
    problems.push(
      stars >= 5
        ? "Sản phẩm 5 sao do Trung ương công nhận (5-star certificates are issued at national level)"
        : "Sản phẩm 3-4 sao do UBND tỉnh công nhận (3-4 star certificates are issued at provincial level)"
    )
  }
  if (input.score != null) {
    if (!(input.score >= 0 && input.score <= 100)) {
      problems.push("Điểm phải từ 0 đến 100 (score must be between 0 and 100)")
    } else if (Number.isInteger(stars) && starsForScore(input.score) !== stars) {
      problems.push(
        `Điểm ${input.score} không khớp với ${stars} sao (a score of ${input.score} does not match ${stars} stars)`
      )
    }
  }
  if (input.potential_five_star && stars !== 4) {
    problems.push(
      "Chỉ sản phẩm 4 sao mới được đề cử tiềm năng 5 sao (only 4-star products can be nominated as potential 5 stars)"
    )
  }
  if (Number.isNaN(input.issued_at.getTime())) {
    problems.push("Ngày cấp không hợp lệ (invalid issue date)")
  }
  if (input.expires_at && input.expires_at.getTime() <= input.issued_at.getTime()) {
    problems.push("Ngày hết hạn phải sau ngày cấp (expiry must be after the issue date)")
  }
  return problems
}

/**
 * The same rule as SQL conditions on a knex query over ocop_certificate
 * (optionally aliased), for catalogue-wide queries that must not load rows.
 * tests/integration/rule-forms.test.ts runs it and certificateState on the same
 * boundary fixtures: change both or neither.
 */
type QueryMethod = (...args: any[]) => any
export function whereCertificateSellable<
  Q extends { where: QueryMethod; andWhere: QueryMethod; whereNull: QueryMethod },
>(qb: Q, at: Date, alias = "ocop_certificate"): Q {
  return qb
    .where(`${alias}.status`, "verified")
    .andWhere(`${alias}.stars`, ">=", MIN_SELLABLE_STARS)
    .andWhere(`${alias}.expires_at`, ">", at)
    .whereNull(`${alias}.deleted_at`)
}

type Ranked = CertificateLike & { issued_at: Date | string; id?: string }
const time = (d: Date | string) => new Date(d).getTime()

/**
 * THE order of a product's certificates, used wherever one is shown: of those
 * that make it sellable, the most stars, then the latest expiry; otherwise the
 * latest issued. Ties fall to the id so every caller picks the same row.
 */
export function compareCertificates(at: Date) {
  return (a: Ranked, b: Ranked): number => {
    const valid = Number(certificateState(b, at) === "valid") - Number(certificateState(a, at) === "valid")
    if (valid) return valid
    if (certificateState(a, at) === "valid") {
      if (a.stars !== b.stars) return b.stars - a.stars
      if (time(a.expires_at) !== time(b.expires_at)) return time(b.expires_at) - time(a.expires_at)
    }
    if (time(a.issued_at) !== time(b.issued_at)) return time(b.issued_at) - time(a.issued_at)
    return String(b.id ?? "").localeCompare(String(a.id ?? ""))
  }
}

/**
 * Of one product's certificates, its current one (first in compareCertificates'
 * order) and that certificate's state ("none" when there is no certificate).
 */
export function productCertificateState<C extends Ranked>(
  certificates: C[],
  at: Date = new Date()
): { certificate: C | null; state: CertificateState | "none" } {
  const [current] = [...certificates].sort(compareCertificates(at))
  return current ? { certificate: current, state: certificateState(current, at) } : { certificate: null, state: "none" }
}
