import { describe, expect, it } from "vitest"
import {
  addMonths,
  certificateRuleViolations,
  certificateState,
  defaultExpiry,
  isCertificateSellable,
  levelForStars,
  productCertificateState,
  starsForScore,
} from "../../backend/src/modules/ocop/lib/validity"

const expiry = new Date("2027-03-15T00:00:00.000Z")
const cert = (over: Partial<{ status: string; stars: number; expires_at: Date }> = {}) => ({
  status: "verified",
  stars: 4,
  expires_at: expiry,
  ...over,
})

describe("certificate validity around the expiry instant", () => {
  it("is sellable one millisecond before expiry", () => {
    expect(isCertificateSellable(cert(), new Date(expiry.getTime() - 1))).toBe(true)
  })
  it("is expired at the expiry instant and after it", () => {
    expect(certificateState(cert(), expiry)).toBe("expired")
    expect(certificateState(cert(), new Date(expiry.getTime() + 1))).toBe("expired")
    expect(isCertificateSellable(cert(), expiry)).toBe(false)
  })
  it("accepts the expiry as an ISO string, as it comes from the database", () => {
    expect(isCertificateSellable(cert({ expires_at: expiry.toISOString() as any }), new Date("2026-01-01"))).toBe(true)
  })
  it("refuses revoked, rejected and submitted certificates even before expiry", () => {
    const at = new Date("2026-01-01")
    expect(certificateState(cert({ status: "revoked" }), at)).toBe("revoked")
    expect(certificateState(cert({ status: "rejected" }), at)).toBe("rejected")
    expect(certificateState(cert({ status: "submitted" }), at)).toBe("submitted")
  })
  it("never sells 1 or 2 star results, even verified", () => {
    const at = new Date("2026-01-01")
    expect(certificateState(cert({ stars: 2 }), at)).toBe("below_three_stars")
    expect(certificateState(cert({ stars: 1 }), at)).toBe("below_three_stars")
    expect(isCertificateSellable(cert({ stars: 3 }), at)).toBe(true)
    expect(isCertificateSellable(cert({ stars: 5 }), at)).toBe(true)
  })
})

describe("default validity of 36 months", () => {
  it("expires 36 months after issue at the same time of day", () => {
    expect(defaultExpiry(new Date("2024-03-15T08:30:00Z")).toISOString()).toBe("2027-03-15T08:30:00.000Z")
  })
  it("clamps to the end of a shorter month", () => {
    expect(addMonths(new Date("2024-01-31T00:00:00Z"), 1).toISOString()).toBe("2024-02-29T00:00:00.000Z")
    expect(defaultExpiry(new Date("2024-02-29T00:00:00Z")).toISOString()).toBe("2027-02-28T00:00:00.000Z")
  })
})

describe("star and level rules", () => {
  it("gives 3 and 4 stars to the province and 5 stars to the national council", () => {
    expect(levelForStars(3)).toBe("provincial")
    expect(levelForStars(4)).toBe("provincial")
    expect(levelForStars(5)).toBe("national")
  })
  it("maps score bands to stars", () => {
    expect(starsForScore(49)).toBe(2)
    expect(starsForScore(50)).toBe(3)
    expect(starsForScore(69)).toBe(3)
    expect(starsForScore(70)).toBe(4)
    expect(starsForScore(89)).toBe(4)
    expect(starsForScore(90)).toBe(5)
  })
  const issued = new Date("2024-01-01")
  it("accepts a coherent record", () => {
    expect(
      certificateRuleViolations({
        stars: 4,
        level: "provincial",
        score: 75,
        issued_at: issued,
        potential_five_star: true,
      })
    ).toEqual([])
  })
  it("rejects a 5-star provincial or a 4-star national certificate", () => {
    expect(certificateRuleViolations({ stars: 5, level: "provincial", issued_at: issued })).toHaveLength(1)
    expect(certificateRuleViolations({ stars: 4, level: "national", issued_at: issued })).toHaveLength(1)
  })
  it("rejects stars outside 1-5, a score that contradicts the stars, and expiry before issue", () => {
    expect(certificateRuleViolations({ stars: 6, issued_at: issued })[0]).toMatch(/1 đến 5/)
    expect(certificateRuleViolations({ stars: 3.5, issued_at: issued })).toHaveLength(1)
    expect(certificateRuleViolations({ stars: 5, score: 72, issued_at: issued })[0]).toMatch(/does not match/)
    expect(certificateRuleViolations({ stars: 3, issued_at: issued, expires_at: new Date("2023-12-31") })[0]).toMatch(
      /after the issue date/
    )
  })
  it("only lets a 4-star product be nominated as potential 5 stars", () => {
    expect(certificateRuleViolations({ stars: 5, issued_at: issued, potential_five_star: true })).toHaveLength(1)
    expect(certificateRuleViolations({ stars: 3, issued_at: issued, potential_five_star: true })).toHaveLength(1)
  })
})

describe("a product's certificate state", () => {
  const at = new Date("2026-06-01")
  const old = { status: "verified", stars: 4, issued_at: "2021-01-01", expires_at: "2024-01-01" }
  const renewal = { status: "verified", stars: 4, issued_at: "2025-01-01", expires_at: "2028-01-01" }
  const revoked = { status: "revoked", stars: 5, issued_at: "2025-06-01", expires_at: "2028-06-01" }
  it("is valid when any certificate is, whatever came later", () => {
    expect(productCertificateState([old, revoked, renewal], at)).toEqual({ certificate: renewal, state: "valid" })
  })
  it("otherwise reports the most recently issued certificate", () => {
    expect(productCertificateState([old, revoked], at)).toEqual({ certificate: revoked, state: "revoked" })
    expect(productCertificateState([old], at).state).toBe("expired")
  })
  it("says none when there is no certificate", () => {
    expect(productCertificateState([], at)).toEqual({ certificate: null, state: "none" })
  })
})
