import type { Lang } from "./i18n"

const LOCALE: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" }

/** Whole dong, as Vietnamese shoppers read it: "185.000 ₫" (English: "₫185,000"). */
export function formatVnd(amount: number | null | undefined, lang: Lang): string {
  if (amount == null || !Number.isFinite(Number(amount))) return "–"
  return new Intl.NumberFormat(LOCALE[lang], { style: "currency", currency: "VND", maximumFractionDigits: 0 })
    .format(Math.round(Number(amount)))
    .replace(/\u00a0/g, " ")
}

/** A calendar date in Vietnam's time zone: "01/06/2025" / "1 Jun 2025". */
export function formatDate(value: string | number | Date | null | undefined, lang: Lang): string {
  if (value == null) return "–"
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return "–"
  return new Intl.DateTimeFormat(LOCALE[lang], {
    timeZone: "Asia/Ho_Chi_Minh",
    ...(lang === "vi"
      ? { day: "2-digit", month: "2-digit", year: "numeric" }
      : { day: "numeric", month: "short", year: "numeric" }),
  }).format(date)
}

export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang]).format(n)
}
