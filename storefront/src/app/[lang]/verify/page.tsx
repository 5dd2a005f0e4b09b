import { redirect } from "next/navigation"
import type { Lang } from "@/lib/i18n"
import { VerifyTemplate } from "@/modules/verify/templates/verify-template"

/** The check form: a certificate number leads to /verify/<number>. */
export default async function VerifyForm({
  params,
  searchParams,
}: {
  params: Promise<{ lang: Lang }>
  searchParams: Promise<{ number?: string }>
}) {
  const { lang } = await params
  const { number } = await searchParams
  if (number?.trim()) redirect(`/${lang}/verify/${encodeURIComponent(number.trim().slice(0, 64))}`)
  return <VerifyTemplate lang={lang} />
}
