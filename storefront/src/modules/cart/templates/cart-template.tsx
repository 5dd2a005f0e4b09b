import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import type { ItemProblem } from "@/lib/data/cart-problems"
import { dictionary, type Lang } from "@/lib/i18n"
import { formatVnd } from "@/lib/format"
import { CartLines } from "@/modules/cart/components/cart-lines"

/** The cart: its lines (a line that cannot be ordered says why), the subtotal and the way to checkout; or that it is empty. */
export function CartTemplate({ cart, problems, lang }: { cart: HttpTypes.StoreCart | null; problems: Map<string, ItemProblem> | null; lang: Lang }) {
  const t = dictionary(lang).cart
  if (!cart?.items?.length || !problems) {
    return (
      <section className="narrow">
        <h1>{t.title}</h1>
        <p>{t.empty}</p>
        <p><Link href={`/${lang}/search`}>{t.continue}</Link></p>
      </section>
    )
  }
  return (
    <section>
      <h1>{t.title}</h1>
      <CartLines cart={cart} problems={problems} lang={lang} />
      <p className="total-row">
        {t.subtotal}: <strong>{formatVnd(Number(cart.item_total), lang)}</strong>
      </p>
      {problems.size ? (
        <p className="error">{t.removeToContinue}</p>
      ) : (
        <p>
          <Link href={`/${lang}/checkout`} className="button primary" data-testid="go-checkout">{t.checkout}</Link>
        </p>
      )}
    </section>
  )
}
