import Link from "@/modules/common/components/link"
import type { HttpTypes } from "@medusajs/types"
import { logout } from "@/lib/data/customer"
import { dictionary, fill, type Lang } from "@/lib/i18n"
import { formatDate, formatVnd } from "@/lib/format"
import { reviewsText } from "@/modules/reviews/i18n"

/** A logged-in customer: greeting, logout, their orders. */
export function AccountTemplate({
  lang,
  customer,
  orders,
}: {
  lang: Lang
  customer: HttpTypes.StoreCustomer
  orders: HttpTypes.StoreOrder[]
}) {
  const t = dictionary(lang)
  return (
    <section>
      <h1>{fill(t.account.hello, { name: customer.first_name || customer.email })}</h1>
      <form action={logout}>
        <input type="hidden" name="lang" value={lang} />
        <button type="submit" className="link-button">
          {t.account.logout}
        </button>
      </form>
      <p>
        <Link href={`/${lang}/account/reviews`} data-testid="my-reviews-link">
          {reviewsText(lang).mine}
        </Link>
      </p>
      <h2>{t.account.orders}</h2>
      {orders.length ? (
        <table className="orders" data-testid="orders">
          <thead>
            <tr>
              <th scope="col">{t.order.number}</th>
              <th scope="col">{t.order.date}</th>
              <th scope="col">{t.order.status}</th>
              <th scope="col">{t.order.total}</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((o) => (
              <tr key={o.id}>
                <td>
                  <Link href={`/${lang}/account/orders/${o.id}`}>#{o.display_id}</Link>
                </td>
                <td>{formatDate(o.created_at as string, lang)}</td>
                <td>
                  {t.order.fulfillment[o.fulfillment_status as keyof typeof t.order.fulfillment] ??
                    o.fulfillment_status}
                </td>
                <td>{formatVnd(Number(o.total), lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t.account.noOrders}</p>
      )}
    </section>
  )
}
