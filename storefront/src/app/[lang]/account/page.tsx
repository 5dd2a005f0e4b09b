import Link from "next/link"
import { getCustomer, listOrders, logout } from "@/lib/data/customer"
import { dictionary, fill, type Lang } from "@/lib/i18n"
import { formatDate, formatVnd } from "@/lib/format"
import { LoginForm } from "@/modules/account/components/login-form"
import { RegisterForm } from "@/modules/account/components/register-form"

export const metadata = { title: "Tài khoản · Account" }

/** Log in or register; once in, the customer's orders. */
export default async function AccountPage({ params }: { params: Promise<{ lang: Lang }> }) {
  const { lang } = await params
  const t = dictionary(lang)
  const customer = await getCustomer()
  if (!customer) {
    return (
      <section>
        <h1>{t.account.title}</h1>
        <div className="two-columns">
          <LoginForm lang={lang} t={t} />
          <RegisterForm lang={lang} t={t} />
        </div>
      </section>
    )
  }
  const orders = await listOrders()
  return (
    <section>
      <h1>{fill(t.account.hello, { name: customer.first_name || customer.email })}</h1>
      <form action={logout}>
        <input type="hidden" name="lang" value={lang} />
        <button type="submit" className="link-button">{t.account.logout}</button>
      </form>
      <h2>{t.account.orders}</h2>
      {orders.length ? (
        <table className="orders" data-testid="orders">
          <thead>
            <tr><th scope="col">{t.order.number}</th><th scope="col">{t.order.date}</th><th scope="col">{t.order.status}</th><th scope="col">{t.order.total}</th></tr>
          </thead>
          <tbody>
            {orders.map((o) => (
              <tr key={o.id}>
                <td><Link href={`/${lang}/account/orders/${o.id}`}>#{o.display_id}</Link></td>
                <td>{formatDate(o.created_at as string, lang)}</td>
                <td>{t.order.fulfillment[o.fulfillment_status as keyof typeof t.order.fulfillment] ?? o.fulfillment_status}</td>
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
