import Link from "@/modules/common/components/link"
import { dictionary, fill, type Lang } from "@/lib/i18n"
import { formatDate } from "@/lib/format"
import type { Provenance } from "@/lib/types"

/** Who made it, where, and the certificate that puts it on sale. */
export function ProvenancePanel({ ocop, lang }: { ocop: Provenance; lang: Lang }) {
  const t = dictionary(lang).product
  const { province } = ocop
  const renamed = province.former.code !== province.current.code
  const rows: [string, React.ReactNode][] = [
    [
      t.producer,
      <Link key="p" href={`/${lang}/producers/${ocop.producer.handle}`}>
        {ocop.producer.name}
      </Link>,
    ],
    [t.commune, ocop.commune],
    [
      t.province,
      <span key="pr">
        <Link href={`/${lang}/provinces/${province.current.code}`}>{province.current.name}</Link>
        {renamed ? <span className="muted"> ({fill(t.formerProvince, { name: province.former.name })})</span> : null}
      </span>,
    ],
    [t.group, ocop.product_group_label[lang] + (ocop.sub_group ? ` · ${ocop.sub_group}` : "")],
    [
      t.certificateNumber,
      <Link key="c" href={`/${lang}/verify/${encodeURIComponent(ocop.certificate_number)}`}>
        {ocop.certificate_number}
      </Link>,
    ],
    [t.decision, ocop.decision_number],
    [t.authority, ocop.issuing_authority],
    [t.issued, formatDate(ocop.issued_at, lang)],
    [t.expires, formatDate(ocop.expires_at, lang)],
  ]
  if (ocop.geographical_indication) rows.push([t.gi, ocop.geographical_indication])
  return (
    <section className="provenance" aria-labelledby="provenance-heading" data-testid="provenance">
      <h2 id="provenance-heading">{t.provenance}</h2>
      <dl>
        {rows.map(([k, v]) => (
          <div key={k} className="row">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
