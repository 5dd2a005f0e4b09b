import { redirect } from "next/navigation"
import { getSellerMe } from "@/lib/data/seller"
import type { Lang } from "@/lib/i18n"
import { NewListingTemplate } from "@/modules/seller/templates/new-listing-template"

export default async function NewListing({ params }: { params: Promise<{ lang: Lang }> }) {
  const { lang } = await params
  const me = await getSellerMe()
  if (me?.producer.status !== "approved") redirect(`/${lang}/seller`)
  return <NewListingTemplate lang={lang} />
}
