import Link from "@/modules/common/components/link"
import type { HttpTypes } from "@medusajs/types"
import { dictionary, fill, type Lang } from "@/lib/i18n"
import { formatVnd } from "@/lib/format"
import { imageSrc } from "@/lib/images"
import type { CartReview, ItemProblem } from "@/lib/data/cart-review"
import { StarBadge } from "@/modules/common/components/star-badge"
import { CartLineControls } from "./cart-line-controls"

/** The cart's lines; a line that cannot be ordered says why, right there, and how to go on. */
export function CartLines({
  cart,
  review,
  lang,
  editable = true,
}: {
  cart: HttpTypes.StoreCart
  review: CartReview
  lang: Lang
  editable?: boolean
}) {
  const t = dictionary(lang)
  const reason = (p: ItemProblem) =>
    p.kind === "not_on_sale"
      ? lang === "vi"
        ? "sản phẩm không còn được bán (chứng nhận OCOP đã hết hạn hoặc bị thu hồi)"
        : "no longer on sale (its OCOP certificate expired or was revoked)"
      : p.available === 0
        ? t.product.outOfStock
        : fill(t.product.stockLeft, { n: p.available })
  return (
    <ul className="cart-lines" role="list">
      {(cart.items ?? []).map((item) => {
        const problem = review.problems.get(item.id)
        const badge = review.badges.get(item.product_id!)
        const src = imageSrc(item.thumbnail)
        return (
          <li key={item.id} className={problem ? "cart-line has-problem" : "cart-line"} data-testid="cart-line">
            {src ? <img src={src} alt="" width={96} height={72} /> : null}
            <div>
              <Link href={`/${lang}/products/${item.product_handle}`}>{item.product_title}</Link>
              <div className="muted">{item.variant_title}</div>
              {badge ? (
                <div className="cart-line-badge" data-testid="line-badge">
                  <StarBadge stars={badge.stars} level={badge.level} lang={lang} size="sm" />{" "}
                  <span className="muted">
                    {t.product.certificateNumber} <span className="cert-number">{badge.certificate_number}</span>
                  </span>
                </div>
              ) : null}
              <div>
                {item.quantity} × {formatVnd(Number(item.unit_price), lang)}
              </div>
              {problem ? (
                <p role="alert" className="error" data-testid="line-problem">
                  {fill(t.cart.itemProblem, { reason: reason(problem) })} {t.cart.removeToContinue}
                </p>
              ) : null}
              {editable ? (
                <CartLineControls
                  lang={lang}
                  lineId={item.id}
                  quantity={Number(item.quantity)}
                  t={{ ...t.cart, quantity: t.product.quantity }}
                />
              ) : null}
            </div>
            <div className="line-total">
              {formatVnd(Number(item.total ?? Number(item.unit_price) * Number(item.quantity)), lang)}
            </div>
          </li>
        )
      })}
    </ul>
  )
}
