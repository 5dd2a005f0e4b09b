import type { RatingSummary } from "@/lib/types"

/**
 * The product's rating for search engines (schema.org aggregateRating), under
 * the page's Product @id so it joins any other Product data on the page.
 * JSON.stringify escapes quotes; "<" is escaped too so text can never close the script.
 */
export function RatingJsonLd({ url, name, summary }: { url: string; name: string; summary: RatingSummary }) {
  if (summary.average == null || !summary.count) return null
  const data = {
    "@context": "https://schema.org",
    "@type": "Product",
    "@id": `${url}#product`,
    name,
    aggregateRating: {
      "@type": "AggregateRating",
      ratingValue: summary.average,
      reviewCount: summary.count,
      bestRating: 5,
      worstRating: 1,
    },
  }
  return (
    <script
      type="application/ld+json"
      data-testid="rating-json-ld"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }}
    />
  )
}
