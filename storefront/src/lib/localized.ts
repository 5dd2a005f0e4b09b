import type { Lang } from "./i18n"

/**
 * Text in the page's language when it exists, else the Vietnamese original
 * with its language, so the page can mark it lang="vi" (screen readers then
 * read it with Vietnamese pronunciation; search engines know what it is).
 */
export type Localized = { text: string; lang: Lang }

export function localized(lang: Lang, vi: string, en: string | null | undefined): Localized {
  const english = en?.trim()
  return lang === "en" && english ? { text: english, lang: "en" } : { text: vi, lang: "vi" }
}

/** The `lang` attribute a localized text needs on a page in `pageLang` (none when they agree). */
export const langAttr = (text: Localized, pageLang: Lang) => (text.lang === pageLang ? {} : { lang: text.lang })

/** A product's English fields, kept in its Medusa metadata (title_en, subtitle_en, description_en). */
export function productText(
  lang: Lang,
  product: {
    title: string
    subtitle?: string | null
    description?: string | null
    metadata?: Record<string, unknown> | null
  }
) {
  const en = (k: string) => (typeof product.metadata?.[k] === "string" ? (product.metadata[k] as string) : null)
  return {
    title: localized(lang, product.title, en("title_en")),
    subtitle: product.subtitle ? localized(lang, product.subtitle, en("subtitle_en")) : null,
    description: product.description ? localized(lang, product.description, en("description_en")) : null,
  }
}
