"use server"

import { redirect } from "next/navigation"
import { revalidatePath } from "next/cache"
import { sdk } from "../config"
import { backendError } from "./backend"
import { clearStaffToken, setStaffToken, staffFetch } from "./staff-session"
import { isLang, type Lang } from "../i18n"
import type { ActionState } from "./cart"

const langOf = (fd: FormData): Lang => {
  const lang = String(fd.get("lang") ?? "vi")
  return isLang(lang) ? lang : "vi"
}
const str = (fd: FormData, k: string) => String(fd.get(k) ?? "").trim()
const fail = (e: unknown): ActionState => ({ ok: false, message: backendError(e).message })
const done = (lang: Lang, message: string): ActionState => {
  revalidatePath(`/${lang}/showroom`)
  return { ok: true, message }
}
/** Lines built by the scanning form, sent as JSON in one field. */
const linesOf = (fd: FormData): any[] => {
  try {
    const lines = JSON.parse(str(fd, "lines") || "[]")
    return Array.isArray(lines) ? lines.slice(0, 200) : []
  } catch {
    return []
  }
}

/** First login: a login of one's own, bound to the showroom with the operator's one-time token. */
export async function staffActivate(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const lang = langOf(fd)
  const email = str(fd, "email").toLowerCase()
  const password = String(fd.get("password") ?? "")
  if (password.length < 8) return { ok: false, fieldErrors: { password: lang === "vi" ? "Mật khẩu cần ít nhất 8 ký tự" : "At least 8 characters" } }
  try {
    const registration = await sdk.auth.register("staff", "emailpass", { email, password })
    await sdk.client.fetch("/showroom/activate", { method: "POST", headers: { authorization: `Bearer ${registration}` }, body: { token: str(fd, "token") } })
    await setStaffToken((await sdk.auth.login("staff", "emailpass", { email, password })) as string)
  } catch (e) {
    return fail(e)
  }
  redirect(`/${lang}/showroom`)
}

export async function staffLogin(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const lang = langOf(fd)
  try {
    const token = await sdk.auth.login("staff", "emailpass", { email: str(fd, "email").toLowerCase(), password: String(fd.get("password") ?? "") })
    if (typeof token !== "string") throw new Error()
    await setStaffToken(token)
  } catch {
    return { ok: false, message: lang === "vi" ? "Email hoặc mật khẩu không đúng." : "Wrong email or password." }
  }
  redirect(`/${lang}/showroom`)
}

export async function staffLogout(fd: FormData) {
  await clearStaffToken()
  redirect(`/${langOf(fd)}/showroom`)
}

export type FoundVariant = { id: string; title: string; sku: string; product_title: string; price: number | null }

/** A scanned or typed code (SKU, barcode) or a name: the matching products on sale. */
export async function findVariants(text: string): Promise<FoundVariant[]> {
  const value = text.trim().slice(0, 100)
  if (!value) return []
  try {
    const byCode = (await staffFetch<{ variants: FoundVariant[] }>("/showroom/variants", { query: { code: value } })).variants
    return byCode.length ? byCode : (await staffFetch<{ variants: FoundVariant[] }>("/showroom/variants", { query: { q: value } })).variants
  } catch {
    return []
  }
}

export async function recordIntake(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const lang = langOf(fd)
  const best_before = str(fd, "best_before") || null
  const lot = str(fd, "lot") || null
  try {
    const { receipt } = await staffFetch<{ receipt: string }>("/showroom/intakes", {
      method: "POST",
      body: { lines: linesOf(fd).map((l) => ({ variant_id: l.variant_id, quantity: l.quantity, lot, best_before })) },
    })
    return done(lang, `${lang === "vi" ? "Đã nhập kho, phiếu" : "Received, receipt"} ${receipt}`)
  } catch (e) {
    return fail(e)
  }
}

export async function counterSale(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const lang = langOf(fd)
  try {
    const { sale } = await staffFetch<{ sale: { receipt: string; total: number } }>("/showroom/sales", {
      method: "POST",
      body: { payment_method: str(fd, "payment_method"), lines: linesOf(fd).map((l) => ({ variant_id: l.variant_id, quantity: l.quantity })) },
    })
    return done(lang, `${lang === "vi" ? "Đã bán, hóa đơn" : "Sold, receipt"} ${sale.receipt}: ${new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB").format(sale.total)} ₫`)
  } catch (e) {
    return fail(e)
  }
}

export async function returnGoods(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const lang = langOf(fd)
  try {
    await staffFetch("/showroom/returns", { method: "POST", body: { lines: [{ variant_id: str(fd, "variant_id"), quantity: Number(str(fd, "quantity")), reason: str(fd, "reason") }] } })
    return done(lang, lang === "vi" ? "Đã ghi nhận trả hàng cho chủ thể" : "Return recorded")
  } catch (e) {
    return fail(e)
  }
}

export async function countStock(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const lang = langOf(fd)
  try {
    await staffFetch("/showroom/adjustments", { method: "POST", body: { lines: [{ variant_id: str(fd, "variant_id"), counted: Number(str(fd, "counted")), reason: str(fd, "reason") }] } })
    return done(lang, lang === "vi" ? "Đã ghi nhận kiểm kê" : "Count recorded")
  } catch (e) {
    return fail(e)
  }
}

export async function createSettlement(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const lang = langOf(fd)
  try {
    await staffFetch("/showroom/settlements", { method: "POST", body: { producer_id: str(fd, "producer_id"), from: str(fd, "from"), to: str(fd, "to") } })
    return done(lang, lang === "vi" ? "Đã lập bảng đối soát" : "Settlement drafted")
  } catch (e) {
    return fail(e)
  }
}

export async function advanceSettlement(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const lang = langOf(fd)
  try {
    await staffFetch(`/showroom/settlements/${encodeURIComponent(str(fd, "id"))}`, { method: "POST", body: { status: str(fd, "status") } })
    return done(lang, "")
  } catch (e) {
    return fail(e)
  }
}
