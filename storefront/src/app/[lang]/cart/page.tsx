import { getCart } from "@/lib/data/cart"
import { reviewCart } from "@/lib/data/cart-review"
import type { Lang } from "@/lib/i18n"
import { CartTemplate } from "@/modules/cart/templates/cart-template"

export const metadata = { title: "Giỏ hàng · Cart" }

export default async function CartPage({ params }: { params: Promise<{ lang: Lang }> }) {
  const { lang } = await params
  const cart = await getCart()
  const review = cart?.items?.length ? await reviewCart(cart) : null
  return <CartTemplate cart={cart} review={review} lang={lang} />
}
