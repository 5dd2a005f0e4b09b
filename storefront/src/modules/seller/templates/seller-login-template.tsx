import { dictionary, type Lang } from "@/lib/i18n"
import { SellerLoginForm } from "@/modules/seller/components/seller-login-form"
import { SellerSignupForm } from "@/modules/seller/components/seller-signup-form"
import type { Option } from "@/modules/seller/components/use-seller-form"

/** The producer portal before logging in: log in, or sign up a producer. */
export function SellerLoginTemplate({ lang, provinces, types }: { lang: Lang; provinces: Option[]; types: Option[] }) {
  const t = dictionary(lang)
  const s = t.seller
  return (
    <section>
      <h1>{s.title}</h1>
      <p>{s.intro}</p>
      <div className="two-columns">
        <SellerLoginForm lang={lang} t={t} />
        <SellerSignupForm lang={lang} t={t} provinces={provinces} types={types} />
      </div>
    </section>
  )
}
