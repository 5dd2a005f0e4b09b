import { notFound, redirect } from "next/navigation"
import { getSellerMe, getSellerProduct, listSellerCertificates } from "@/lib/data/seller"
import type { Lang } from "@/lib/i18n"
import { groupOptions, provinceOptions } from "@/lib/seller-options"
import { SellerProductTemplate } from "@/modules/seller/templates/seller-product-template"

/** One of the producer's listings. */
export default async function SellerProduct({ params }: { params: Promise<{ lang: Lang; id: string }> }) {
  const { lang, id } = await params
  const me = await getSellerMe()
  if (me?.producer.status !== "approved") redirect(`/${lang}/seller`)
  const [product, certificates] = await Promise.all([getSellerProduct(id), listSellerCertificates()])
  if (!product) notFound()
  return (
    <SellerProductTemplate
      product={product}
      certificates={certificates.filter((c) => c.product_id === product.id)}
      groups={groupOptions(lang)}
      provinces={await provinceOptions()}
      lang={lang}
    />
  )
}
