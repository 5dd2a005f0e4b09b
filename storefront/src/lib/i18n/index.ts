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

export { fill, fillCount } from "./fill"
