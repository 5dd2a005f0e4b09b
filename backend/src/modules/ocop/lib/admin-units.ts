import units from "../data/vn-admin-units/units.json"
import { asciiHandle, foldVietnamese } from "./text"

/**
 * Vietnam's administrative units today (34 provinces, 3,321 communes, wards
 * and special zones; no districts since 1 July 2025), from the licensed data
 * in ../data/vn-admin-units. Names are compared folded (the data keeps the
 * older tone placement, "Khánh Hoà"), never byte for byte.
 */
export type AdminProvince = {
  /** official code, "01" Hà Nội ... "96" Cà Mau */
  code: string
  /** "Thành phố Hà Nội", "Tỉnh Vĩnh Long" */
  full_name: string
  /** without "Tỉnh" / "Thành phố": "Hà Nội" */
  name: string
  /** the marketplace's province code ("ha-noi", as in ocop_province) */
  slug: string
}
export type AdminCommune = { code: string; name: string; province_code: string }

type RawUnits = { Code: string; FullName: string; Wards: { Code: string; FullName: string; ProvinceCode: string }[] }[]

const PROVINCE_PREFIX = /^(tỉnh|thành phố)\s+/i
const COMMUNE_PREFIX = /^(xã|phường|đặc khu)\s+/i

const provinces: AdminProvince[] = []
const communesByProvince = new Map<string, AdminCommune[]>()
const provinceByKey = new Map<string, AdminProvince>()

for (const raw of units as RawUnits) {
  const full = raw.FullName.normalize("NFC")
  const name = full.replace(PROVINCE_PREFIX, "")
  const province: AdminProvince = { code: raw.Code, full_name: full, name, slug: asciiHandle(name) }
  provinces.push(province)
  for (const key of [raw.Code, province.slug, foldVietnamese(full), foldVietnamese(name)])
    provinceByKey.set(key, province)
  communesByProvince.set(
    raw.Code,
    raw.Wards.map((w) => ({ code: w.Code, name: w.FullName.normalize("NFC"), province_code: raw.Code }))
  )
}
// the names people write for Ho Chi Minh City
for (const alias of ["tp hcm", "tphcm", "hcm", "sai gon", "tp ho chi minh"])
  provinceByKey.set(alias, provinceByKey.get("79")!)

/** The 34 provinces, in Vietnamese alphabetical order. */
export function adminProvinces(): AdminProvince[] {
  return [...provinces].sort((a, b) => a.name.localeCompare(b.name, "vi"))
}

/** A province by official code ("86"), marketplace code ("vinh-long") or name, with or without diacritics or "Tỉnh". */
export function findAdminProvince(nameOrCode: string): AdminProvince | undefined {
  const text = nameOrCode.trim()
  return provinceByKey.get(text) ?? provinceByKey.get(foldVietnamese(text.replace(/^tp\.?\s+/i, "")))
}

/** The communes of a province (official code), alphabetical. */
export function communesOf(provinceCode: string): AdminCommune[] {
  return [...(communesByProvince.get(provinceCode) ?? [])].sort((a, b) => a.name.localeCompare(b.name, "vi"))
}

/**
 * A commune of the province by code or name. "Phường Long Châu" always; "Long
 * Châu" too when only one unit of the province has that name (a xã and a
 * phường may share one).
 */
export function findCommune(provinceCode: string, nameOrCode: string): AdminCommune | undefined {
  const list = communesByProvince.get(provinceCode) ?? []
  const text = nameOrCode.trim()
  const byCode = list.find((c) => c.code === text)
  if (byCode) return byCode
  const folded = foldVietnamese(text)
  const exact = list.find((c) => foldVietnamese(c.name) === folded)
  if (exact) return exact
  const bare = list.filter((c) => foldVietnamese(c.name.replace(COMMUNE_PREFIX, "")) === folded)
  return bare.length === 1 ? bare[0] : undefined
}
