"use server"

import { redirect } from "next/navigation"
import { revalidatePath } from "next/cache"
import { BACKEND_URL, sdk } from "../config"
import { clearSellerToken, sellerFetch, sellerHeaders, setSellerToken } from "./seller-session"
import { fail, langOf, portalLogin, registerBindAndLogin, str } from "./portal-auth"
import type { ActionState } from "./cart"
import { dictionary } from "../i18n"
import type { ProducerCreateProductResponse, ProducerInviteResponse } from "../types"

/** Sign-up: a login for the member, then the producer's details; it waits for the operator's approval. */
export async function sellerSignup(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const failed = await registerBindAndLogin(
    "producer",
    fd,
    (headers) =>
      sdk.client.fetch("/producer/signup", {
        method: "POST",
        headers,
        body: {
          member_name: str(fd, "member_name") || null,
          name: str(fd, "name"),
          handle: str(fd, "handle"),
          type: str(fd, "type"),
          tax_code: str(fd, "tax_code"),
          province_code: str(fd, "province_code"),
          commune: str(fd, "commune"),
          phone: str(fd, "phone") || null,
          address: str(fd, "address") || null,
        },
      }),
    setSellerToken
  )
  if (failed) return failed
  redirect(`/${langOf(fd)}/seller`)
}

export async function sellerLogin(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const failed = await portalLogin("producer", fd, setSellerToken)
  if (failed) return failed
  redirect(`/${langOf(fd)}/seller`)
}

export async function sellerLogout(fd: FormData) {
  await clearSellerToken()
  redirect(`/${langOf(fd)}/seller`)
}

/** Uploads the chosen image files to the backend's file storage; their URLs. */
async function uploadImages(fd: FormData): Promise<string[]> {
  const files = fd.getAll("images").filter((f): f is File => f instanceof File && f.size > 0)
  if (!files.length) return []
  const body = new FormData()
  for (const f of files) body.append("files", f, f.name)
  const res = await fetch(`${BACKEND_URL}/producer/uploads`, { method: "POST", headers: await sellerHeaders(), body })
  const json = await res.json()
  if (!res.ok) throw Object.assign(new Error(json.message ?? "Upload failed"), { status: res.status })
  return json.files.map((f: { url: string }) => f.url)
}

const wholeDong = (v: string) => (/^\d{1,10}$/.test(v.replace(/[.\s]/g, "")) ? Number(v.replace(/[.\s]/g, "")) : NaN)

/** A new listing, saved as a draft: it goes on sale once its certificate is verified and it is submitted. */
export async function createListing(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const lang = langOf(fd)
  let id: string
  try {
    const images = await uploadImages(fd)
    const { product } = await sellerFetch<ProducerCreateProductResponse>("/producer/products", {
      method: "POST",
      body: {
        title: str(fd, "title"),
        description: str(fd, "description") || null,
        ...(images.length ? { images } : {}),
        variants: [
          {
            title: str(fd, "variant_title"),
            sku: str(fd, "sku"),
            price: wholeDong(str(fd, "price")),
            stock: Number(str(fd, "stock")),
          },
        ],
      },
    })
    id = product.id
  } catch (e) {
    return fail(e)
  }
  redirect(`/${lang}/seller/products/${id}`)
}

/** Submit for sale (published) or take back to draft; the backend refuses without a valid certificate. */
export async function setListingStatus(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const lang = langOf(fd)
  const id = str(fd, "product_id")
  try {
    await sellerFetch(`/producer/products/${encodeURIComponent(id)}`, {
      method: "POST",
      body: { status: str(fd, "status") },
    })
  } catch (e) {
    return fail(e)
  }
  revalidatePath(`/${lang}/seller`, "layout")
  return { ok: true }
}

/** The listing's English title, subtitle and description; an empty field removes it (the Vietnamese is shown). */
export async function updateListingEnglish(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const lang = langOf(fd)
  const id = str(fd, "product_id")
  try {
    await sellerFetch(`/producer/products/${encodeURIComponent(id)}`, {
      method: "POST",
      body: {
        title_en: str(fd, "title_en"),
        subtitle_en: str(fd, "subtitle_en"),
        description_en: str(fd, "description_en"),
      },
    })
  } catch (e) {
    return fail(e)
  }
  revalidatePath(`/${lang}/seller`, "layout")
  return { ok: true, message: dictionary(lang).seller.english.saved }
}

/** The producer's own English name and description; an empty field removes it (the Vietnamese is shown). */
export async function updateProducerEnglish(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const lang = langOf(fd)
  try {
    await sellerFetch("/producer/me", {
      method: "POST",
      body: { name_en: str(fd, "name_en"), description_en: str(fd, "description_en") },
    })
  } catch (e) {
    return fail(e)
  }
  revalidatePath(`/${lang}/seller`, "layout")
  return { ok: true, message: dictionary(lang).seller.english.saved }
}

export async function submitCertificate(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const lang = langOf(fd)
  try {
    const scans = await uploadImages(fd)
    await sellerFetch("/producer/certificates", {
      method: "POST",
      body: {
        product_id: str(fd, "product_id"),
        certificate_number: str(fd, "certificate_number"),
        decision_number: str(fd, "decision_number"),
        issuing_authority: str(fd, "issuing_authority"),
        stars: Number(str(fd, "stars")),
        product_group: str(fd, "product_group"),
        issued_at: str(fd, "issued_at"),
        ...(str(fd, "expires_at") ? { expires_at: str(fd, "expires_at") } : {}),
        commune: str(fd, "commune"),
        province_code: str(fd, "province_code"),
        ...(scans[0] ? { evidence_url: scans[0] } : {}),
      },
    })
  } catch (e) {
    return fail(e)
  }
  revalidatePath(`/${lang}/seller`, "layout")
  return { ok: true, message: lang === "vi" ? "Đã gửi chứng nhận, chờ duyệt." : "Certificate submitted for review." }
}

export async function shipLines(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const lang = langOf(fd)
  try {
    await sellerFetch(`/producer/orders/${encodeURIComponent(str(fd, "order_id"))}/shipments`, {
      method: "POST",
      body: { tracking_number: str(fd, "tracking_number") },
    })
  } catch (e) {
    return fail(e)
  }
  revalidatePath(`/${lang}/seller`, "layout")
  return { ok: true, message: lang === "vi" ? "Đã ghi nhận gửi hàng." : "Marked as shipped." }
}

/** An owner invites a colleague; the answer carries the link to hand over (no e-mail is sent from here). */
export async function inviteMember(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const lang = langOf(fd)
  try {
    const { invite } = await sellerFetch<ProducerInviteResponse>("/producer/invites", {
      method: "POST",
      body: { email: str(fd, "email").toLowerCase() },
    })
    return { ok: true, message: `/${lang}/seller/join?token=${encodeURIComponent(invite.token)}` }
  } catch (e) {
    return fail(e)
  }
}

/** The invited person creates a login and joins the producer with the invitation's token. */
export async function acceptInvite(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const failed = await registerBindAndLogin(
    "producer",
    fd,
    (headers) =>
      sdk.client.fetch("/producer/invites/accept", {
        method: "POST",
        headers,
        body: { token: str(fd, "token"), name: str(fd, "name") || null },
      }),
    setSellerToken
  )
  if (failed) return failed
  redirect(`/${langOf(fd)}/seller`)
}
