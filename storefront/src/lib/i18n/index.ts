import { vi } from "./vi"
import { en } from "./en"

export const LANGS = ["vi", "en"] as const
export type Lang = (typeof LANGS)[number]
export type Dictionary = typeof vi

const DICTIONARIES: Record<Lang, Dictionary> = { vi, en }

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value)
}

export function dictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang]
}

/** "{n} sản phẩm" with n = 3 -> "3 sản phẩm" */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? ""))
}
