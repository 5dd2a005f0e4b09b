import { dictionary, type Lang } from "@/lib/i18n"

/** The check form: a certificate number leads to /verify/<number>. */
export function VerifyTemplate({ lang }: { lang: Lang }) {
  const t = dictionary(lang).verify
  return (
    <section className="narrow">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <form action={`/${lang}/verify`} className="stack">
        <label>
          {t.number}
          <input name="number" required maxLength={64} autoComplete="off" />
        </label>
        <button type="submit" className="primary">
          {t.check}
        </button>
      </form>
    </section>
  )
}
