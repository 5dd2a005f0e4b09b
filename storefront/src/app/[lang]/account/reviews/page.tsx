import { redirect } from "next/navigation"
import { getMyReviewLines } from "@/lib/data/reviews"
import type { Lang } from "@/lib/i18n"
import { MyReviewsTemplate } from "@/modules/reviews/templates/my-reviews-template"
import { reviewNotice } from "@/modules/reviews/notice"

export const metadata = { title: "Đánh giá sản phẩm · Reviews" }

type Props = { params: Promise<{ lang: Lang }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The shopper's received lines: a review form for each open one, their reviews and the one edit. */
export default async function MyReviewsPage({ params, searchParams }: Props) {
  const { lang } = await params
  const data = await getMyReviewLines()
  if (!data) redirect(`/${lang}/account`)
  return <MyReviewsTemplate lang={lang} lines={data.lines} notice={reviewNotice(await searchParams, lang)} />
}
