import Link from "next/link"
import { getCart } from "@/lib/data/cart"
import { cartProblems } from "@/lib/data/cart-problems"
import { dictionary, type Lang } from "@/lib/i18n"
import { formatVnd } from "@/lib/format"
import { CartLines } from "@/modules/cart/components/cart-lines"

export const metadata = { title: "Giỏ hàng · Cart" }

export default async function CartPage({ params }: { params: Promise<{ lang: Lang }> }) {
  const { lang } = await params
  const t = dictionary(lang).cart
  const cart = await getCart()
  if (!cart?.items?.length) {
    return (
      <section className="narrow">
        <h1>{t.title}</h1>
        <p>{t.empty}</p>
        <p><Link href={`/${lang}/search`}>{t.continue}</Link></p>
      </section>
    )
  }
  const problems = await cartProblems(cart)
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
