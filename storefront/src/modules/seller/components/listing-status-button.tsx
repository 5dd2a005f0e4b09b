"use client"

import { setListingStatus } from "@/lib/data/seller-actions"
import { useSellerForm } from "./use-seller-form"

export function ListingStatusButton({
  lang,
  productId,
  status,
  label,
}: {
  lang: string
  productId: string
  status: "published" | "draft"
  label: string
}) {
  const f = useSellerForm(setListingStatus)
  return (
    <form action={f.dispatch}>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="product_id" value={productId} />
      <input type="hidden" name="status" value={status} />
      <button type="submit" className={status === "published" ? "primary" : undefined} disabled={f.pending}>
        {label}
      </button>
      {f.message}
    </form>
  )
}
