"use server"

import { revalidatePath } from "next/cache"
import { backendError } from "./backend"
import { sellerFetch } from "./seller-session"
import { staffFetch } from "./staff-session"
import type { ActionState } from "./cart"
import type { ShowroomStampLookup } from "../types"

const str = (fd: FormData, k: string) => String(fd.get(k) ?? "").trim()

/** A producer registers a lot and its stamps are drawn. */
export async function registerLot(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const lang = str(fd, "lang") === "en" ? "en" : "vi"
  try {
    await sellerFetch("/producer/lots", {
      method: "POST",
      body: {
        product_id: str(fd, "product_id"),
        lot_code: str(fd, "lot_code"),
        produced_on: str(fd, "produced_on"),
        best_before: str(fd, "best_before"),
        quantity: Number(str(fd, "quantity")),
        notes: str(fd, "notes") || null,
        stamp_mode: str(fd, "stamp_mode") === "lot" ? "lot" : "unit",
      },
    })
  } catch (e) {
    return { ok: false, message: backendError(e).message }
  }
  revalidatePath(`/${lang}/seller`)
  return { ok: true, message: lang === "vi" ? "Đã đăng ký lô và tạo tem." : "Lot registered, stamps made." }
}

/** The counter scans a stamp at intake: the product's variants, the lot and its best-before. */
export async function lookupStamp(code: string): Promise<ShowroomStampLookup["stamp"] | null> {
  try {
    return (await staffFetch<ShowroomStampLookup>(`/showroom/trace/${encodeURIComponent(code.trim())}`)).stamp
  } catch {
    return null
  }
}
