import "server-only"
import { listProvinces } from "./data/catalogue"
import type { Lang } from "./i18n"
// the backend's own labels (pure constants): one list of groups and producer types
import { PRODUCER_TYPE_LABELS, PRODUCT_GROUP_LABELS } from "../../../backend/src/modules/ocop/lib/constants"

/** Every one of the 63 units a certificate may name (former ones included), by name. */
export async function provinceOptions() {
  const units = (await listProvinces()).flatMap((p) => p.former)
  return units.map((u) => ({ value: u.code, label: u.name })).sort((a, b) => a.label.localeCompare(b.label, "vi"))
}

/** The 34 provinces of today, for a producer's own address. */
export async function currentProvinceOptions() {
  return (await listProvinces())
    .map((p) => ({ value: p.code, label: p.name }))
    .sort((a, b) => a.label.localeCompare(b.label, "vi"))
}

export const producerTypeOptions = (lang: Lang) =>
  Object.entries(PRODUCER_TYPE_LABELS).map(([value, l]) => ({ value, label: l[lang] }))
export const groupOptions = (lang: Lang) =>
  Object.entries(PRODUCT_GROUP_LABELS).map(([value, l]) => ({ value, label: l[lang] }))
