import { formatVnd } from "../../ocop/lib/money"

export type Lang = "vi" | "en"

/** What every message is made of; one layout turns it into HTML and plain text alike. */
export type MailBody = {
  subject: string
  heading: string
  intro: string[]
  facts?: [label: string, value: string][]
  table?: { head: string[]; rows: string[][]; foot?: string[][] }
  outro?: string[]
  action?: { label: string; url: string }
  unsubscribe?: { text: string; url: string }
}

export type RenderedMail = { subject: string; text: string; html: string }

export const langOf = (locale: unknown): Lang => (typeof locale === "string" && /^en\b/i.test(locale) ? "en" : "vi")

export const money = (amount: number, lang: Lang = "vi") => formatVnd(Math.round(Number(amount)), lang)

/** The star badge as text: "★★★★ OCOP 4 sao" (no images from other hosts). */
export const stars = (n: number, lang: Lang = "vi") =>
  n ? `${"★".repeat(n)} OCOP ${n} ${lang === "vi" ? "sao" : n === 1 ? "star" : "stars"}` : ""

/** A day on Vietnam's calendar (UTC+7): "01/12/2026" / "1 Dec 2026". */
export const day = (at: string | Date, lang: Lang = "vi") =>
  new Intl.DateTimeFormat(lang === "vi" ? "vi-VN" : "en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: lang === "vi" ? "2-digit" : "numeric",
    month: lang === "vi" ? "2-digit" : "short",
    year: "numeric",
  }).format(new Date(at))

/** An instant in Vietnam time: "14:30 02/12/2026" / "2 Dec 2026, 14:30". */
export const dayTime = (at: string | Date, lang: Lang = "vi") =>
  new Intl.DateTimeFormat(lang === "vi" ? "vi-VN" : "en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
    hour: "2-digit",
    minute: "2-digit",
    day: lang === "vi" ? "2-digit" : "numeric",
    month: lang === "vi" ? "2-digit" : "short",
    year: "numeric",
  }).format(new Date(at))

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)

// only http(s) links reach an href; anything else is shown as text
const safeUrl = (u: string) => (/^https?:\/\//i.test(u) ? escape(u) : "#")

const cell = (s: string, tag = "td", right = false) =>
  `<${tag} style="padding:6px 8px;border-bottom:1px solid #e5e7eb;text-align:${right ? "right" : "left"}">${escape(s)}</${tag}>`

// figures (prices, quantities) are right-aligned
const isFigure = (s: string) => /^[\d.,\s₫×x-]+$|₫/.test(s)

function htmlOf(b: MailBody, lang: Lang): string {
  const p = (s: string) => `<p style="margin:0 0 12px">${escape(s)}</p>`
  const facts = b.facts?.length
    ? `<table style="border-collapse:collapse;margin:0 0 16px">${b.facts
        .map(
          ([k, v]) =>
            `<tr><th style="text-align:left;padding:4px 12px 4px 0;color:#555;font-weight:600">${escape(k)}</th><td style="padding:4px 0">${escape(v)}</td></tr>`
        )
        .join("")}</table>`
    : ""
  const table = b.table
    ? `<table style="border-collapse:collapse;width:100%;margin:0 0 16px"><thead><tr>${b.table.head
        .map((h) => cell(h, "th"))
        .join("")}</tr></thead><tbody>${b.table.rows
        .map((r) => `<tr>${r.map((c) => cell(c, "td", isFigure(c))).join("")}</tr>`)
        .join("")}</tbody>${
        b.table.foot
          ? `<tfoot>${b.table.foot.map((r) => `<tr>${r.map((c) => cell(c, "th", isFigure(c))).join("")}</tr>`).join("")}</tfoot>`
          : ""
      }</table>`
    : ""
  const action = b.action
    ? `<p style="margin:16px 0"><a href="${safeUrl(b.action.url)}" style="background:#166534;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escape(b.action.label)}</a></p>`
    : ""
  const unsubscribe = b.unsubscribe
    ? `<p style="margin:24px 0 0;color:#6b7280;font-size:12px"><a href="${safeUrl(b.unsubscribe.url)}" style="color:#6b7280">${escape(b.unsubscribe.text)}</a></p>`
    : ""
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(b.subject)}</title></head><body style="margin:0;padding:24px;background:#f9fafb;font-family:Arial,Helvetica,sans-serif;color:#111827;font-size:15px;line-height:1.5"><div style="max-width:640px;margin:0 auto;background:#fff;padding:24px;border-radius:8px"><p style="margin:0 0 8px;color:#166534;font-weight:700">OCOP Marketplace</p><h1 style="font-size:20px;margin:0 0 16px">${escape(b.heading)}</h1>${b.intro.map(p).join("")}${facts}${table}${(b.outro ?? []).map(p).join("")}${action}${unsubscribe}</div></body></html>`
}

function textOf(b: MailBody): string {
  const out: string[] = [b.heading, "", ...b.intro.flatMap((s) => [s, ""])]
  if (b.facts?.length) out.push(...b.facts.map(([k, v]) => `${k}: ${v}`), "")
  if (b.table) {
    const rows = [...b.table.rows, ...(b.table.foot ?? [])]
    out.push(...rows.map((r) => r.filter(Boolean).join(" | ")), "")
  }
  for (const s of b.outro ?? []) out.push(s, "")
  if (b.action) out.push(`${b.action.label}: ${b.action.url}`, "")
  if (b.unsubscribe) out.push(`${b.unsubscribe.text}: ${b.unsubscribe.url}`, "")
  return out.join("\n").trimEnd() + "\n"
}

export function render(body: MailBody, lang: Lang): RenderedMail {
  return { subject: body.subject, text: textOf(body), html: htmlOf(body, lang) }
}
