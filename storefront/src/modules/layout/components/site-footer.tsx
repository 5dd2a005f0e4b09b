import Link from "@/modules/common/components/link"
import { dictionary, type Lang } from "@/lib/i18n"

export function SiteFooter({ lang }: { lang: Lang }) {
  const t = dictionary(lang)
  return (
    <footer className="site-footer">
      <p>{t.footer.about}</p>
      <p>
        <Link href={`/${lang}/verify`}>{t.footer.verify}</Link> ·{" "}
        <Link href={`/${lang}/orders/lookup`}>{t.order.lookup}</Link>
      </p>
    </footer>
  )
}
