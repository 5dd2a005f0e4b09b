import Link from "next/link"
import { dictionary } from "@/lib/i18n"

// not-found pages get no params: the language-neutral text is Vietnamese first, English second
export default function NotFound() {
  const vi = dictionary("vi").notFound
  const en = dictionary("en").notFound
  return (
    <section className="narrow" data-testid="not-found">
      <h1>{vi.title}</h1>
      <p>{vi.body}</p>
      <p lang="en" className="muted">
        {en.title}. {en.body}
      </p>
      <p>
        <Link href="/">{vi.home}</Link>
      </p>
    </section>
  )
}
