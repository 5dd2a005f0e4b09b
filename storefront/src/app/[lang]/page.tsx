import { searchProducts } from "@/lib/data/search"
import type { Lang } from "@/lib/i18n"
import { HomeTemplate } from "@/modules/home/templates/home-template"
import { SELLABLE_STARS } from "@/lib/stars"

export default async function Home({ params }: { params: Promise<{ lang: Lang }> }) {
  const { lang } = await params
  const [fiveStar, newest] = await Promise.all([
    searchProducts({ stars: String(SELLABLE_STARS[0]), limit: "8" }),
    searchProducts({ sort: "newest", limit: "8" }),
  ])
  return <HomeTemplate lang={lang} fiveStar={fiveStar} newest={newest} />
}
