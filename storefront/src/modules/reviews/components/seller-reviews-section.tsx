import { getProducerReviews } from "@/lib/data/reviews"
import type { Lang } from "@/lib/i18n"
import { SellerReviews } from "./seller-reviews"

/** The producer portal's reviews block, reading its own data. */
export async function SellerReviewsSection({ lang }: { lang: Lang }) {
  return <SellerReviews reviews={await getProducerReviews()} lang={lang} notice={null} />
}
