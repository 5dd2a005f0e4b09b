"use server"

import { redirect } from "next/navigation"
import { revalidatePath } from "next/cache"
import { sdk } from "../config"
import { clearStaffToken, setStaffToken, staffFetch } from "./staff-session"
import type { Lang } from "../i18n"
import { fail, langOf, portalLogin, registerBindAndLogin, str } from "./portal-auth"
import type { ActionState } from "./cart"
import type { FoundVariant, ShowroomIntakeResponse, ShowroomSaleResponse, ShowroomVariantsResponse } from "../types"

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
  const failed = await registerBindAndLogin(
    "staff",
    fd,
    (headers) => sdk.client.fetch("/showroom/activate", { method: "POST", headers, body: { token: str(fd, "token") } }),
    setStaffToken
  )
  if (failed) return failed
  redirect(`/${langOf(fd)}/showroom`)
}

export async function staffLogin(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const failed = await portalLogin("staff", fd, setStaffToken)
  if (failed) return failed
  redirect(`/${langOf(fd)}/showroom`)
}

export async function staffLogout(fd: FormData) {
  await clearStaffToken()
  redirect(`/${langOf(fd)}/showroom`)
}

/** A scanned or typed code (SKU, barcode) or a name: the matching products on sale. */
export async function findVariants(text: string): Promise<FoundVariant[]> {
  const value = text.trim().slice(0, 100)
  if (!value) return []
  try {
    const byCode = (await staffFetch<ShowroomVariantsResponse>("/showroom/variants", { query: { code: value } }))
      .variants
    return byCode.length
      ? byCode
      : (await staffFetch<ShowroomVariantsResponse>("/showroom/variants", { query: { q: value } })).variants
  } catch {
    return []
  }
}

export async function recordIntake(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const lang = langOf(fd)
  const best_before = str(fd, "best_before") || null
  const lot = str(fd, "lot") || null
  try {
    const { receipt } = await staffFetch<ShowroomIntakeResponse>("/showroom/intakes", {
      method: "POST",
      body: { lines: linesOf(fd).map((l) => ({ variant_id: l.variant_id, quantity: l.quantity, lot, best_before })) },
    })
    return { ...done(lang, `${lang === "vi" ? "Đã nhập kho, phiếu" : "Received, receipt"} ${receipt}`), receipt }
  } catch (e) {
    return fail(e)
  }
}

export async function counterSale(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const lang = langOf(fd)
  try {
    const { sale } = await staffFetch<ShowroomSaleResponse>("/showroom/sales", {
      method: "POST",
      body: {
        payment_method: str(fd, "payment_method"),
        client_reference: str(fd, "client_reference") || undefined,
        lines: linesOf(fd).map((l) => ({ variant_id: l.variant_id, quantity: l.quantity })),
      },
    })
    const total = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB").format(sale.total)
    return {
      ...done(lang, `${lang === "vi" ? "Đã bán, hóa đơn" : "Sold, receipt"} ${sale.receipt}: ${total} ₫`),
      receipt: sale.receipt,
    }
  } catch (e) {
    return fail(e)
  }
}

/** Posts to a staff route; on success the showroom page is refreshed with `said` in the page's language. */
async function post(fd: FormData, path: string, body: unknown, said: { vi: string; en: string }): Promise<ActionState> {
  const lang = langOf(fd)
  try {
    await staffFetch(path, { method: "POST", body })
    return done(lang, said[lang])
  } catch (e) {
    return fail(e)
  }
}

export async function returnGoods(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const lines = [
    { variant_id: str(fd, "variant_id"), quantity: Number(str(fd, "quantity")), reason: str(fd, "reason") },
  ]
  return post(fd, "/showroom/returns", { lines }, { vi: "Đã ghi nhận trả hàng cho chủ thể", en: "Return recorded" })
}

export async function countStock(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const lines = [{ variant_id: str(fd, "variant_id"), counted: Number(str(fd, "counted")), reason: str(fd, "reason") }]
  return post(fd, "/showroom/adjustments", { lines }, { vi: "Đã ghi nhận kiểm kê", en: "Count recorded" })
}

export async function createSettlement(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const body = { producer_id: str(fd, "producer_id"), from: str(fd, "from"), to: str(fd, "to") }
  return post(fd, "/showroom/settlements", body, { vi: "Đã lập bảng đối soát", en: "Settlement drafted" })
}

export async function advanceSettlement(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return post(
    fd,
    `/showroom/settlements/${encodeURIComponent(str(fd, "id"))}`,
    { status: str(fd, "status") },
    { vi: "", en: "" }
  )
}

export async function pickupReady(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return post(
    fd,
    `/showroom/pickups/${encodeURIComponent(str(fd, "id"))}/ready`,
    {},
    { vi: "Đã báo khách: hàng sẵn sàng", en: "Marked ready for the customer" }
  )
}

/** Handed over; how the customer paid is sent only when they pay at the counter. */
export async function pickupCollected(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const body = str(fd, "payment_method") ? { payment_method: str(fd, "payment_method") } : {}
  return post(fd, `/showroom/pickups/${encodeURIComponent(str(fd, "id"))}/collected`, body, {
    vi: "Khách đã nhận hàng",
    en: "Collected",
  })
}
