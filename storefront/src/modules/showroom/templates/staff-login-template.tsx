import { dictionary, type Lang } from "@/lib/i18n"
import { StaffActivateForm } from "@/modules/showroom/components/staff-activate-form"
import { StaffLoginForm } from "@/modules/showroom/components/staff-login-form"

/** The counter before logging in: log in, or activate a login with the operator's one-time token. */
export function StaffLoginTemplate({ token, lang }: { token: string; lang: Lang }) {
  const t = dictionary(lang)
  return (
    <section>
      <h1>{t.staff.title}</h1>
      <div className="two-columns">
        <StaffLoginForm lang={lang} t={t} />
        <StaffActivateForm lang={lang} t={t} token={token} />
      </div>
    </section>
  )
}
