import type { SellerMember } from "@/lib/types"
import { dictionary, type Lang } from "@/lib/i18n"
import { InviteForm } from "@/modules/seller/components/invite-form"

/** The people who manage the producer; an owner may invite another. */
export function SellerMembers({
  members,
  canInvite,
  lang,
}: {
  members: SellerMember[]
  canInvite: boolean
  lang: Lang
}) {
  const t = dictionary(lang)
  const s = t.seller
  return (
    <>
      <h2>{s.members}</h2>
      <ul className="seller-list" role="list" data-testid="seller-members">
        {members.map((m) => (
          <li key={m.id}>
            {m.name ? `${m.name} · ` : ""}
            {m.email} · {m.role === "owner" ? s.owner : s.member}
          </li>
        ))}
      </ul>
      {canInvite ? <InviteForm lang={lang} t={t} /> : null}
    </>
  )
}
