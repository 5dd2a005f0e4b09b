import type { Metadata } from "next"
import { scanTrace } from "@/lib/data/trace"
import type { Lang } from "@/lib/i18n"
import { traceText } from "@/modules/trace/i18n"
import { TraceTemplate } from "@/modules/trace/templates/trace-template"

type Props = { params: Promise<{ lang: Lang; code: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params
  // each opening is a scan: no search engine should count as one
  return { title: traceText(lang).title, robots: { index: false, follow: false } }
}

/** The page a traceability stamp's QR opens: every opening is recorded as a scan. */
export default async function TracePage({ params }: Props) {
  const { lang, code } = await params
  const data = await scanTrace(decodeURIComponent(code).slice(0, 64))
  return <TraceTemplate data={data} code={decodeURIComponent(code).slice(0, 64)} lang={lang} />
}
