import "server-only"
import { listProvinces } from "./data/catalogue"
import type { Lang } from "./i18n"

const TYPES = {
  cooperative: { vi: "Hợp tác xã", en: "Cooperative" },
  enterprise: { vi: "Doanh nghiệp", en: "Enterprise" },
  household: { vi: "Hộ kinh doanh / cơ sở sản xuất", en: "Household business" },
  cooperative_group: { vi: "Tổ hợp tác", en: "Cooperative group" },
}

const GROUPS = {
  food: { vi: "Thực phẩm", en: "Food" },
  beverage: { vi: "Đồ uống", en: "Beverages" },
  herbal: { vi: "Thảo dược", en: "Herbal products" },
  textile: { vi: "Vải và may mặc", en: "Textiles and garments" },
  souvenir_decor: { vi: "Lưu niệm - nội thất - trang trí", en: "Souvenirs, furniture and decoration" },
  tourism: { vi: "Du lịch cộng đồng, nông thôn", en: "Community and rural tourism" },
}

/** Every one of the 63 units a certificate may name (former ones included), by name. */
export async function provinceOptions() {
  const units = (await listProvinces()).flatMap((p) => p.former)
  return units.map((u) => ({ value: u.code, label: u.name })).sort((a, b) => a.label.localeCompare(b.label, "vi"))
}

/** The 34 provinces of today, for a producer's own address. */
export async function currentProvinceOptions() {
  return (await listProvinces()).map((p) => ({ value: p.code, label: p.name })).sort((a, b) => a.label.localeCompare(b.label, "vi"))
}

export const producerTypeOptions = (lang: Lang) => Object.entries(TYPES).map(([value, l]) => ({ value, label: l[lang] }))
export const groupOptions = (lang: Lang) => Object.entries(GROUPS).map(([value, l]) => ({ value, label: l[lang] }))
