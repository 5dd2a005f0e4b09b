import {
  CertificateLevel,
  CertificateStatus,
  DEFAULT_VALIDITY_MONTHS,
  MIN_SELLABLE_STARS,
} from "./constants"

export type CertificateLike = {
  status: CertificateStatus | string
  stars: number
  expires_at: Date | string
}

/** Why a certificate does or does not make its product sellable at a given instant. */
export type CertificateState =
  | "valid"
  | "expired"
  | "revoked"
  | "rejected"
  | "submitted"
  | "below_three_stars"

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
  return stars >= 5 ? "national" : "provincial"
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
  if (!Number.isInteger(stars) || stars < 1 || stars > 5) {
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
 * The same rule as a filter on certificate rows, for the module's list methods
 * (MikroORM operators).
 */
export function sellableCertificateFilter(at: Date) {
  return { status: "verified", stars: { $gte: MIN_SELLABLE_STARS }, expires_at: { $gt: at } }
}

/**
 * The same rule as SQL conditions on a knex query over ocop_certificate
 * (optionally aliased), for queries that must not hydrate rows.
 */
export function whereCertificateSellable<Q extends { where: Function; andWhere: Function; whereNull: Function }>(
  qb: Q,
  at: Date,
  alias = "ocop_certificate"
): Q {
  return qb
    .where(`${alias}.status`, "verified")
    .andWhere(`${alias}.stars`, ">=", MIN_SELLABLE_STARS)
    .andWhere(`${alias}.expires_at`, ">", at)
    .whereNull(`${alias}.deleted_at`)
}

/**
 * Of one product's certificates, the one that makes it sellable at `at`, else the
 * most recently issued one, with its state ("none" when there is no certificate).
 */
export function productCertificateState<C extends CertificateLike & { issued_at: Date | string }>(
  certificates: C[],
  at: Date = new Date()
): { certificate: C | null; state: CertificateState | "none" } {
  const valid = certificates.find((c) => certificateState(c, at) === "valid")
  if (valid) return { certificate: valid, state: "valid" }
  const latest = [...certificates].sort((a, b) => new Date(b.issued_at).getTime() - new Date(a.issued_at).getTime())[0]
  return latest ? { certificate: latest, state: certificateState(latest, at) } : { certificate: null, state: "none" }
}
