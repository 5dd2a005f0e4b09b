import Link from "@/modules/common/components/link"
import { EmptyState } from "@/modules/common/components/empty-state"
import type { HttpTypes } from "@medusajs/types"
import type { CartReview } from "@/lib/data/cart-review"
import { dictionary, type Lang } from "@/lib/i18n"
import { formatVnd } from "@/lib/format"
import { CartLines } from "@/modules/cart/components/cart-lines"

/** The cart: its lines (a line that cannot be ordered says why), the subtotal and the way to checkout; or that it is empty. */
export function CartTemplate({
  cart,
  review,
  lang,
}: {
  cart: HttpTypes.StoreCart | null
  review: CartReview | null
  lang: Lang
}) {
  const t = dictionary(lang).cart
  if (!cart?.items?.length || !review) {
    return (
      <section className="narrow">
        <h1>{t.title}</h1>
        <EmptyState title={t.empty} action={{ href: `/${lang}/search`, label: t.continue }} icon="🛒" />
      </section>
    )
  }
  return (
    <section>
      <h1>{t.title}</h1>
      <CartLines cart={cart} review={review} lang={lang} />
      <p className="total-row">
        {t.subtotal}: <strong>{formatVnd(Number(cart.item_total), lang)}</strong>
      </p>
      {review.problems.size ? (
        <p className="error">{t.removeToContinue}</p>
      ) : (
        <p>
          <Link href={`/${lang}/checkout`} className="button primary" data-testid="go-checkout">
            {t.checkout}
          </Link>
        </p>
      )}
    </section>
  )
}
