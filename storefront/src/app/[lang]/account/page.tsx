import { getCustomer, listOrders } from "@/lib/data/customer"
import type { Lang } from "@/lib/i18n"
import { AccountTemplate } from "@/modules/account/templates/account-template"
import { LoginTemplate } from "@/modules/account/templates/login-template"

export const metadata = { title: "Tài khoản · Account" }

/** Log in or register; once in, the customer's orders. */
export default async function AccountPage({ params }: { params: Promise<{ lang: Lang }> }) {
  const { lang } = await params
  const customer = await getCustomer()
  if (!customer) return <LoginTemplate lang={lang} />
  return <AccountTemplate lang={lang} customer={customer} orders={await listOrders()} />
}
