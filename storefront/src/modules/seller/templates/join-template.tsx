import { dictionary, type Lang } from "@/lib/i18n"
import { JoinForm } from "@/modules/seller/components/join-form"

/** Where an invitation link leads: a login of one's own, joined to the inviting producer. */
export function JoinTemplate({ token, lang }: { token: string; lang: Lang }) {
  const t = dictionary(lang)
  return (
    <section className="narrow">
      <h1>{t.seller.joinTitle}</h1>
      <JoinForm lang={lang} t={t} token={token} />
    </section>
  )
}
