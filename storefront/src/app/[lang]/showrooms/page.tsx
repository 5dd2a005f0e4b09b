import { listShowrooms } from "@/lib/data/showrooms"
import type { Lang } from "@/lib/i18n"
import { ShowroomsTemplate } from "@/modules/store-locator/templates/showrooms-template"

export const metadata = { title: "Điểm bán OCOP · Showrooms" }

/** The showroom locator. */
export default async function ShowroomsPage({ params }: { params: Promise<{ lang: Lang }> }) {
  const { lang } = await params
  return <ShowroomsTemplate showrooms={await listShowrooms()} lang={lang} />
}
