import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { checkCertificate, getProductByHandle } from "@/lib/data/catalogue"
import { productAvailability } from "@/lib/data/showrooms"
import type { Lang } from "@/lib/i18n"
import { requestOrigin } from "@/lib/util/origin"
import { ProductTemplate } from "@/modules/products/templates/product-template"
import { ProductReviewsSection } from "@/modules/reviews/components/product-reviews-section"

type Props = { params: Promise<{ lang: Lang; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params
  const product = await getProductByHandle(handle)
  return product ? { title: product.title, description: product.subtitle ?? undefined } : {}
}

/** A product on sale; anything else is a real 404. */
export default async function ProductPage({ params }: Props) {
  const { lang, handle } = await params
  const product = await getProductByHandle(handle)
  if (!product?.ocop) notFound()
  const ocop = product.ocop
  const [verifyUrl, availability, check] = await Promise.all([
    requestOrigin().then((o) => `${o}/${lang}/verify/${encodeURIComponent(ocop.certificate_number)}`),
    productAvailability(product.id),
    // the product itself is reused for a few seconds; whether it is still on
    // sale is asked every time (cheap), so a revocation shows at once
    checkCertificate(ocop.certificate_number),
  ])
  if (check?.certificate.product?.handle !== handle) notFound()
  return (
    <>
      <ProductTemplate product={{ ...product, ocop }} availability={availability} verifyUrl={verifyUrl} lang={lang} />
      <ProductReviewsSection productId={product.id} handle={handle} title={product.title} lang={lang} />
    </>
  )
}
