import { getMailPreferences, type MailPortal } from "@/lib/data/mail-preferences"
import { setMailPreference } from "@/lib/data/mail-preference-actions"
import type { Lang } from "@/lib/i18n"

/**
 * The emails a producer member or staff member may turn off, each with its
 * switch (a form: works without JavaScript). Essential ones are not listed.
 */
export async function MailPreferences({ portal, lang }: { portal: MailPortal; lang: Lang }) {
  const preferences = await getMailPreferences(portal).catch(() => [])
  if (!preferences.length) return null
  const vi = lang === "vi"
  return (
    <section aria-labelledby={`mail-preferences-${portal}`}>
      <h2 id={`mail-preferences-${portal}`}>{vi ? "Thư thông báo" : "Email notifications"}</h2>
      <p>
        {vi
          ? "Thư về đơn hàng, giấy chứng nhận và sản phẩm ngừng bán luôn được gửi. Các thư dưới đây bạn có thể tắt."
          : "Emails about orders, certificates and products leaving sale are always sent. You may turn these off."}
      </p>
      <ul className="plain-list">
        {preferences.map((p) => (
          <li key={p.category}>
            <form action={setMailPreference}>
              <input type="hidden" name="portal" value={portal} />
              <input type="hidden" name="lang" value={lang} />
              <input type="hidden" name="category" value={p.category} />
              <input type="hidden" name="subscribed" value={String(!p.subscribed)} />
              <span>{vi ? p.label : p.label_en}: </span>
              <strong>{p.subscribed ? (vi ? "đang nhận" : "on") : vi ? "đã tắt" : "off"}</strong>{" "}
              <button type="submit" className="link-button">
                {p.subscribed ? (vi ? "Tắt" : "Turn off") : vi ? "Bật lại" : "Turn on"}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  )
}
