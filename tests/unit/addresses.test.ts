import { describe, expect, it } from "vitest"
import {
  adminProvinces,
  communesOf,
  findAdminProvince,
  findCommune,
} from "../../backend/src/modules/ocop/lib/admin-units"
import { vietnameseAddressProblem } from "../../backend/src/modules/ocop/lib/address"
import { normaliseVietnamesePhone } from "../../backend/src/modules/ocop/lib/phone"
import { normalisePhone } from "../../storefront/src/lib/phone"
import { productSvg } from "../../seed/images"

describe("Vietnam's administrative units today", () => {
  it("has 34 provinces and 3,321 communes, each province under the marketplace's code", () => {
    const provinces = adminProvinces()
    expect(provinces).toHaveLength(34)
    expect(provinces.reduce((n, p) => n + communesOf(p.code).length, 0)).toBe(3321)
    expect(findAdminProvince("ho-chi-minh")?.code).toBe("79")
    expect(findAdminProvince("TP. Hồ Chí Minh")?.code).toBe("79")
    expect(findAdminProvince("Khánh Hòa")?.full_name).toBe("Tỉnh Khánh Hoà")
    expect(findAdminProvince("Bến Tre")).toBeUndefined() // merged into Vĩnh Long in 2025
  })

  it("finds a commune of its province by code, full name or bare name, and no other province's", () => {
    expect(findCommune("86", "29551")?.name).toBe("Phường Long Châu")
    expect(findCommune("86", "phuong long chau")?.name).toBe("Phường Long Châu")
    expect(findCommune("86", "Long Châu")?.name).toBe("Phường Long Châu")
    expect(findCommune("86", "Phường Ba Đình")).toBeUndefined()
  })
})

describe("a deliverable address", () => {
  const good = { country_code: "vn", province: "vinh-long", city: "Xã Chợ Lách", phone: "0912345678" }
  it("needs a province, a commune of it and a Vietnamese phone; a pickup's may have neither", () => {
    expect(vietnameseAddressProblem(good, true)).toBeNull()
    expect(vietnameseAddressProblem({ ...good, city: "Phường Ba Đình" }, true)).toMatch(
      /not a commune or ward of Vĩnh Long/
    )
    expect(vietnameseAddressProblem({ ...good, province: "Bến Tre" }, true)).toMatch(/not one of Vietnam's 34/)
    expect(vietnameseAddressProblem({ ...good, country_code: "us" }, true)).toMatch(/within Vietnam only/)
    expect(vietnameseAddressProblem({ country_code: "vn" }, false)).toBeNull()
    expect(vietnameseAddressProblem({ country_code: "vn" }, true)).toMatch(/province is required/)
  })

  it("accepts mobiles and landlines with 0 or +84, the same in the storefront and the backend", () => {
    for (const [typed, expected] of [
      ["0912345678", "0912345678"],
      ["+84 912 345 678", "0912345678"],
      ["84-38-123-4567", "0381234567"],
      ["024 3825 1234", "02438251234"],
      ["0112345678", null],
      ["091234567", null],
      ["+1 415 555 0100", null],
    ] as const) {
      expect(normaliseVietnamesePhone(typed), typed).toBe(expected)
      expect(normalisePhone(typed), typed).toBe(expected)
    }
  })
})

describe("generated product pictures", () => {
  it("fit a long title in three lines and pick dark ink on a pale colour, white on a dark one", () => {
    const long = productSvg("Nước mắm cốt cá cơm than Phú Quốc đặc biệt thượng hạng loại một", "#F5E6C8", 5)
    const lines = [...long.matchAll(/font-size="(\d+)">([^<]+)<\/text>/g)].filter(
      (m) => m[2] !== "OCOP" && !m[2].includes("★")
    )
    expect(lines.length).toBeLessThanOrEqual(3)
    for (const [, size, text] of lines) expect(text.length * Number(size) * 0.66).toBeLessThanOrEqual(640)
    expect(long).toContain('fill="#1c1917"')
    expect(productSvg("Trà", "#1E3A8A", 3)).toContain('fill="#ffffff"')
    expect(long).toContain('width="800" height="600"')
  })
})
