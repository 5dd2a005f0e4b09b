import { notFound } from "next/navigation"
import { getReceipt } from "@/lib/data/staff"
import type { Lang } from "@/lib/i18n"
import { ReceiptTemplate } from "@/modules/showroom/templates/receipt-template"

/** A receipt laid out for printing: an intake receipt or a sales receipt. */
export default async function ReceiptPage({ params }: { params: Promise<{ lang: Lang; receipt: string }> }) {
  const { lang, receipt } = await params
  const r = await getReceipt(decodeURIComponent(receipt))
  if (!r) notFound()
  return <ReceiptTemplate receipt={r} lang={lang} />
}
