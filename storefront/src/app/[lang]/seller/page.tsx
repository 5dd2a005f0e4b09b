import { getSellerDashboard, getSellerMe } from "@/lib/data/seller"
import type { Lang } from "@/lib/i18n"
import { currentProvinceOptions, producerTypeOptions } from "@/lib/seller-options"
import { SellerHomeTemplate } from "@/modules/seller/templates/seller-home-template"
import { SellerLoginTemplate } from "@/modules/seller/templates/seller-login-template"

export const metadata = { title: "Kênh người bán · Seller portal" }

/** The producer portal: sign up or log in; then the producer's dashboard (listings, certificates, orders, payouts). */
export default async function SellerHome({ params }: { params: Promise<{ lang: Lang }> }) {
  const { lang } = await params
  const me = await getSellerMe()
  if (!me)
    return (
      <SellerLoginTemplate lang={lang} provinces={await currentProvinceOptions()} types={producerTypeOptions(lang)} />
    )
  const dashboard = me.producer.status === "approved" ? await getSellerDashboard() : null
  return <SellerHomeTemplate me={me} dashboard={dashboard} lang={lang} />
}
