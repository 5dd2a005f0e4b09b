import type { Metadata } from "next"
import { searchProducts } from "@/lib/data/search"
import { dictionary, type Lang } from "@/lib/i18n"
import { languageAlternates, siteUrl } from "@/lib/seo"
import { organizationLd, websiteLd } from "@/lib/structured-data"
import { JsonLd } from "@/modules/common/components/json-ld"
import { HomeTemplate } from "@/modules/home/templates/home-template"
import { SELLABLE_STARS } from "@/lib/stars"

type Props = { params: Promise<{ lang: Lang }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params
  return { alternates: languageAlternates(lang, "") }
}

export default async function Home({ params }: Props) {
  const { lang } = await params
  const t = dictionary(lang)
  const [fiveStar, newest, origin] = await Promise.all([
    searchProducts({ stars: String(SELLABLE_STARS[0]), limit: "8" }),
    searchProducts({ sort: "newest", limit: "8" }),
    siteUrl(),
  ])
  return (
    <>
      <JsonLd data={organizationLd(origin, t.siteName, t.home.description)} />
      <JsonLd data={websiteLd(origin, lang, t.siteName)} />
      <HomeTemplate lang={lang} fiveStar={fiveStar} newest={newest} />
    </>
  )
}
