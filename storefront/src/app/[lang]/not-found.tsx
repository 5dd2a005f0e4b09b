import Link from "@/modules/common/components/link"
import { dictionary } from "@/lib/i18n"

// not-found pages get no params: the language-neutral text is Vietnamese first, English second
export default function NotFound() {
  const vi = dictionary("vi")
  const en = dictionary("en")
  return (
    <section className="narrow not-found" data-testid="not-found">
      <h1>{vi.notFound.title}</h1>
      <p>{vi.notFound.body}</p>
      <p lang="en" className="muted">
        {en.notFound.title}. {en.notFound.body}
      </p>
      {/* a plain form: it works before (and without) any script */}
      <form role="search" action="/vi/search" className="search-box" aria-label={vi.search.label}>
        <label htmlFor="not-found-search" className="visually-hidden">
          {vi.notFound.searchHint} ({en.notFound.searchHint})
        </label>
        <input id="not-found-search" name="q" type="search" maxLength={200} placeholder={vi.search.placeholder} />
        <button type="submit">{vi.search.submit}</button>
      </form>
      <p>
        <Link href="/vi">{vi.notFound.home}</Link> ·{" "}
        <Link href="/en" lang="en" hrefLang="en">
          {en.notFound.home}
        </Link>
      </p>
    </section>
  )
}
