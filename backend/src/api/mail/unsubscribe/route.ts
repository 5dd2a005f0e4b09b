import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MAIL_MODULE } from "../../../modules/mail"
import { CATEGORY_LABELS, isOptionalCategory } from "../../../modules/mail/lib/categories"
import type MailModuleService from "../../../modules/mail/service"
import { mailTokenSecret } from "../../../workflows/notification/utils/mail-secret"
import { verifyUnsubscribeToken } from "../../../workflows/notification/utils/unsubscribe-token"

/**
 * The unsubscribe link of an email: works without logging in, by the signed
 * token in the link. GET shows a confirmation button (mail scanners follow
 * links; they must not unsubscribe anyone); POST unsubscribes, also as the
 * one-click unsubscribe of RFC 8058 that mail clients send.
 */
const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)

function page(res: MedusaResponse, status: number, title: string, body: string) {
  res
    .status(status)
    .set({
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
      "x-robots-tag": "noindex",
    })
    .send(
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(title)}</title></head><body style="font-family:Arial,sans-serif;max-width:560px;margin:40px auto;padding:0 16px;line-height:1.5"><h1 style="font-size:20px">${escape(title)}</h1>${body}</body></html>`
    )
}

function claimOf(req: MedusaRequest) {
  const token = String((req.query as any)?.token ?? (req.body as any)?.token ?? "")
  const claim = verifyUnsubscribeToken(token, mailTokenSecret(req.scope))
  return claim && isOptionalCategory(claim.category) ? { ...claim, token, category: claim.category } : null
}

const invalid = (res: MedusaResponse) =>
  page(
    res,
    400,
    "Liên kết không hợp lệ (invalid link)",
    "<p>Liên kết hủy đăng ký không đúng hoặc đã bị sửa. (This unsubscribe link is not valid.)</p>"
  )

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const claim = claimOf(req)
  if (!claim) return invalid(res)
  const label = CATEGORY_LABELS[claim.category]
  page(
    res,
    200,
    "Hủy đăng ký nhận thư (unsubscribe)",
    `<p>Ngừng gửi "${escape(label.vi)}" đến ${escape(claim.email)}? (Stop sending "${escape(label.en)}" to this address?)</p><form method="post" action="?token=${encodeURIComponent(claim.token)}"><button type="submit" style="padding:10px 16px">Hủy đăng ký (unsubscribe)</button></form>`
  )
}

export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const claim = claimOf(req)
  if (!claim) return invalid(res)
  await (req.scope.resolve(MAIL_MODULE) as MailModuleService).setSubscribed(claim.email, claim.category, false)
  const label = CATEGORY_LABELS[claim.category]
  page(
    res,
    200,
    "Đã hủy đăng ký (unsubscribed)",
    `<p>${escape(claim.email)} sẽ không nhận "${escape(label.vi)}" nữa. Bạn có thể bật lại trong cổng chủ thể hoặc màn hình điểm bán. (You will no longer receive "${escape(label.en)}"; turn it back on in the portal.)</p>`
  )
}
