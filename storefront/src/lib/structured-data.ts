import type { Provenance } from "./types"

/**
 * schema.org data for search engines (JSON-LD): who sells, what, for how much
 * and whether it can be bought now. Prices are whole dong in VND.
 */
export function organizationLd(origin: string, name: string, description: string) {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": `${origin}/#organization`,
    name,
    description,
    url: origin,
    logo: `${origin}/icon-512.png`,
  }
}

export function websiteLd(origin: string, lang: string, name: string) {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name,
    url: `${origin}/${lang}`,
    inLanguage: lang,
    publisher: { "@id": `${origin}/#organization` },
    potentialAction: {
      "@type": "SearchAction",
      target: `${origin}/${lang}/search?q={search_term_string}`,
      "query-input": "required name=search_term_string",
    },
  }
}

export function breadcrumbLd(items: { name: string; url: string }[]) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  }
}

export function productLd(p: {
  url: string
  name: string
  description: string | null
  images: string[]
  sku?: string | null
  price: number | null
  inStock: boolean
  ocop: Provenance
  lang: string
}) {
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: p.name,
    description: p.description ?? undefined,
    image: p.images,
    sku: p.sku ?? undefined,
    url: p.url,
    inLanguage: p.lang,
    category: p.ocop.product_group_label[p.lang === "en" ? "en" : "vi"],
    brand: { "@type": "Brand", name: p.ocop.producer.name },
    countryOfOrigin: { "@type": "Country", name: "VN" },
    additionalProperty: [
      { "@type": "PropertyValue", name: "OCOP", value: `${p.ocop.stars} sao` },
      { "@type": "PropertyValue", name: "certificate", value: p.ocop.certificate_number },
      { "@type": "PropertyValue", name: "province", value: p.ocop.province.label },
    ],
    ...(p.price != null
      ? {
          offers: {
            "@type": "Offer",
            url: p.url,
            price: p.price,
            priceCurrency: "VND",
            // on sale only while its certificate is valid
            priceValidUntil: p.ocop.expires_at.slice(0, 10),
            availability: p.inStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
            itemCondition: "https://schema.org/NewCondition",
            seller: { "@type": "Organization", name: p.ocop.producer.name },
          },
        }
      : {}),
  }
}
