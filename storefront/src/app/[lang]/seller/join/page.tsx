import type { Lang } from "@/lib/i18n"
import { JoinTemplate } from "@/modules/seller/templates/join-template"

/** Where an invitation link leads: a login of one's own, joined to the inviting producer. */
export default async function JoinProducer({
  params,
  searchParams,
}: {
  params: Promise<{ lang: Lang }>
  searchParams: Promise<{ token?: string }>
}) {
  const { lang } = await params
  const { token = "" } = await searchParams
  return <JoinTemplate token={token.slice(0, 100)} lang={lang} />
}
