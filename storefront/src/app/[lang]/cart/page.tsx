import { getCart } from "@/lib/data/cart"
import { cartProblems } from "@/lib/data/cart-problems"
import type { Lang } from "@/lib/i18n"
import { CartTemplate } from "@/modules/cart/templates/cart-template"

export const metadata = { title: "Giỏ hàng · Cart" }

export default async function CartPage({ params }: { params: Promise<{ lang: Lang }> }) {
  const { lang } = await params
  const cart = await getCart()
  const problems = cart?.items?.length ? await cartProblems(cart) : null
  return <CartTemplate cart={cart} problems={problems} lang={lang} />
}
