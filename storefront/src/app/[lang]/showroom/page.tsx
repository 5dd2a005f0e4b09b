import { getShowroomCounter, getStaffMe } from "@/lib/data/staff"
import type { Lang } from "@/lib/i18n"
import { ShowroomCounterTemplate } from "@/modules/showroom/templates/showroom-counter-template"
import { StaffLoginTemplate } from "@/modules/showroom/templates/staff-login-template"

export const metadata = { title: "Quầy điểm bán · Showroom counter" }

/** The showroom staff's screen: log in or activate; then the counter. */
export default async function ShowroomCounter({
  params,
  searchParams,
}: {
  params: Promise<{ lang: Lang }>
  searchParams: Promise<{ token?: string }>
}) {
  const { lang } = await params
  const { token = "" } = await searchParams
  const me = await getStaffMe()
  if (!me) return <StaffLoginTemplate token={token.slice(0, 100)} lang={lang} />
  return <ShowroomCounterTemplate me={me} counter={await getShowroomCounter()} lang={lang} />
}
