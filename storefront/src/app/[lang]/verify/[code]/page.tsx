import { checkCertificate } from "@/lib/data/catalogue"
import type { Lang } from "@/lib/i18n"
import { CertificateTemplate } from "@/modules/verify/templates/certificate-template"

/** What a QR stamp opens: the certificate's state, with the producer and product. */
export default async function VerifyPage({ params }: { params: Promise<{ lang: Lang; code: string }> }) {
  const { lang, code } = await params
  const number = decodeURIComponent(code).slice(0, 64)
  return <CertificateTemplate number={number} result={await checkCertificate(number)} lang={lang} />
}
