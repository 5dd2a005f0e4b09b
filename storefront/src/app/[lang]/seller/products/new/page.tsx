import { redirect } from "next/navigation"
import { getSellerMe } from "@/lib/data/seller"
import { dictionary, type Lang } from "@/lib/i18n"
import { NewListingForm } from "@/modules/seller/components/new-listing-form"

export default async function NewListing({ params }: { params: Promise<{ lang: Lang }> }) {
  const { lang } = await params
  const me = await getSellerMe()
  if (me?.producer.status !== "approved") redirect(`/${lang}/seller`)
  const t = dictionary(lang)
  return (
    <section className="narrow">
      <h1>{t.seller.newListing}</h1>
      <NewListingForm lang={lang} t={t} />
    </section>
  )
}
