import { dictionary, type Lang } from "@/lib/i18n"
import { JoinForm } from "@/modules/seller/components/join-form"

/** Where an invitation link leads: a login of one's own, joined to the inviting producer. */
export default async function JoinProducer({ params, searchParams }: { params: Promise<{ lang: Lang }>; searchParams: Promise<{ token?: string }> }) {
  const { lang } = await params
  const { token = "" } = await searchParams
  const t = dictionary(lang)
  return (
    <section className="narrow">
      <h1>{t.seller.joinTitle}</h1>
      <JoinForm lang={lang} t={t} token={token.slice(0, 100)} />
    </section>
  )
}
