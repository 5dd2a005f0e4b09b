import { dictionary, type Lang } from "@/lib/i18n"
import { LoginForm } from "@/modules/account/components/login-form"
import { RegisterForm } from "@/modules/account/components/register-form"

/** Not logged in: log in or register. */
export function LoginTemplate({ lang }: { lang: Lang }) {
  const t = dictionary(lang)
  return (
    <section>
      <h1>{t.account.title}</h1>
      <div className="two-columns">
        <LoginForm lang={lang} t={t} />
        <RegisterForm lang={lang} t={t} />
      </div>
    </section>
  )
}
