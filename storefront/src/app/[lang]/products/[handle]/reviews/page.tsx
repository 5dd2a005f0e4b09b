import Link from "@/modules/common/components/link"
import { notFound } from "next/navigation"
import { getProductByHandle } from "@/lib/data/catalogue"
import { getProductReviews } from "@/lib/data/reviews"
import { fill, type Lang } from "@/lib/i18n"
import { reviewsText } from "@/modules/reviews/i18n"
import { reviewNotice } from "@/modules/reviews/notice"
import { ProductReviews } from "@/modules/reviews/components/product-reviews"

type Props = {
  params: Promise<{ lang: Lang; handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props) {
  const { lang, handle } = await params
  const product = await getProductByHandle(handle)
  return product ? { title: fill(reviewsText(lang).allHeading, { title: product.title }) } : {}
}

/** All reviews of a product on sale, newest or most helpful first. */
export default async function ProductReviewsPage({ params, searchParams }: Props) {
  const { lang, handle } = await params
  const query = await searchParams
  const product = await getProductByHandle(handle)
  if (!product?.ocop) notFound()
  const sort = query.sort === "helpful" ? "helpful" : "newest"
  const data = await getProductReviews(product.id, sort, 50)
  if (!data) notFound()
  const t = reviewsText(lang)
  return (
    <article>
      <p>
        <Link href={`/${lang}/products/${handle}`}>← {t.backToProduct}</Link>
      </p>
      <h1>{fill(t.allHeading, { title: product.title })}</h1>
      <ProductReviews
        data={data}
        lang={lang}
        path={`/${lang}/products/${handle}/reviews`}
        notice={reviewNotice(query, lang)}
      />
    </article>
  )
}
