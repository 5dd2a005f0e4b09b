import { describe, expect, it } from "vitest"
import { ProvinceDirectory } from "../../backend/src/modules/ocop/lib/provinces"
import { PROVINCES } from "../../seed/data/provinces"

const dir = new ProvinceDirectory(PROVINCES)

// The merger table of the domain reference, written out independently of the seed data.
const EXPECTED: Record<string, string[]> = {
  "Hà Nội": ["Hà Nội"],
  Huế: ["Huế"],
  "Lai Châu": ["Lai Châu"],
  "Điện Biên": ["Điện Biên"],
  "Sơn La": ["Sơn La"],
  "Lạng Sơn": ["Lạng Sơn"],
  "Quảng Ninh": ["Quảng Ninh"],
  "Thanh Hóa": ["Thanh Hóa"],
  "Nghệ An": ["Nghệ An"],
  "Hà Tĩnh": ["Hà Tĩnh"],
  "Cao Bằng": ["Cao Bằng"],
  "Tuyên Quang": ["Tuyên Quang", "Hà Giang"],
  "Lào Cai": ["Lào Cai", "Yên Bái"],
  "Thái Nguyên": ["Thái Nguyên", "Bắc Kạn"],
  "Phú Thọ": ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"],
  "Bắc Ninh": ["Bắc Ninh", "Bắc Giang"],
  "Hưng Yên": ["Hưng Yên", "Thái Bình"],
  "Hải Phòng": ["Hải Phòng", "Hải Dương"],
  "Ninh Bình": ["Ninh Bình", "Hà Nam", "Nam Định"],
  "Quảng Trị": ["Quảng Trị", "Quảng Bình"],
  "Đà Nẵng": ["Đà Nẵng", "Quảng Nam"],
  "Quảng Ngãi": ["Quảng Ngãi", "Kon Tum"],
  "Gia Lai": ["Gia Lai", "Bình Định"],
  "Khánh Hòa": ["Khánh Hòa", "Ninh Thuận"],
  "Lâm Đồng": ["Lâm Đồng", "Đắk Nông", "Bình Thuận"],
  "Đắk Lắk": ["Đắk Lắk", "Phú Yên"],
  "TP. Hồ Chí Minh": ["TP. Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"],
  "Đồng Nai": ["Đồng Nai", "Bình Phước"],
  "Tây Ninh": ["Tây Ninh", "Long An"],
  "Cần Thơ": ["Cần Thơ", "Sóc Trăng", "Hậu Giang"],
  "Vĩnh Long": ["Vĩnh Long", "Bến Tre", "Trà Vinh"],
  "Đồng Tháp": ["Đồng Tháp", "Tiền Giang"],
  "Cà Mau": ["Cà Mau", "Bạc Liêu"],
  "An Giang": ["An Giang", "Kiên Giang"],
}
const formerToCurrent = Object.entries(EXPECTED).flatMap(([current, formers]) =>
  formers.map((f) => [f, current] as const)
)

describe("the 2025 province merger", () => {
  it("has 63 former units and 34 current units", () => {
    expect(formerToCurrent).toHaveLength(63)
    expect(dir.size).toBe(63)
    expect(dir.currentUnits()).toHaveLength(34)
    expect(
      dir
        .currentUnits()
        .map((u) => u.name)
        .sort()
    ).toEqual(Object.keys(EXPECTED).sort())
  })

  it.each(formerToCurrent)("maps former %s to current %s", (former, current) => {
    const unit = dir.find(former)
    expect(unit, `former unit ${former}`).toBeDefined()
    expect(dir.currentOf(unit!.code).name).toBe(current)
  })

  it("finds units without diacritics, by alias and with đ typed as d", () => {
    expect(dir.find("ben tre")?.code).toBe("ben-tre")
    expect(dir.find("Thừa Thiên Huế")?.code).toBe("hue")
    expect(dir.find("dong thap")?.code).toBe("dong-thap")
    expect(dir.find("sai gon")?.code).toBe("ho-chi-minh")
  })

  it("labels a merged province with its former name and an unchanged one plainly", () => {
    expect(dir.provenance("ben-tre").label).toBe("Vĩnh Long (Bến Tre)")
    expect(dir.provenance("ben-tre").renamed).toBe(true)
    expect(dir.provenance("ha-noi").label).toBe("Hà Nội")
  })

  it("lists exactly the former units of a current unit", () => {
    expect(
      dir
        .formerUnitsOf("vinh-long")
        .map((u) => u.name)
        .sort()
    ).toEqual(["Bến Tre", "Trà Vinh", "Vĩnh Long"])
  })

  it("throws on an unknown code", () => {
    expect(() => dir.currentOf("atlantis")).toThrow(/Unknown province/)
  })
})
