import { dictionary, type Lang } from "@/lib/i18n"
import { NewListingForm } from "@/modules/seller/components/new-listing-form"

export function NewListingTemplate({ lang }: { lang: Lang }) {
  const t = dictionary(lang)
  return (
    <section className="narrow">
      <h1>{t.seller.newListing}</h1>
      <NewListingForm lang={lang} t={t} />
    </section>
  )
}
