import { redirect } from "next/navigation"
import { dictionary, type Lang } from "@/lib/i18n"

/** The check form: a certificate number leads to /verify/<number>. */
export default async function VerifyForm({ params, searchParams }: { params: Promise<{ lang: Lang }>; searchParams: Promise<{ number?: string }> }) {
  const { lang } = await params
  const { number } = await searchParams
  if (number?.trim()) redirect(`/${lang}/verify/${encodeURIComponent(number.trim().slice(0, 64))}`)
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
        <button type="submit" className="primary">{t.check}</button>
      </form>
    </section>
  )
}
