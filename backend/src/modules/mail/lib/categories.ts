/**
 * The messages a producer or showroom staff member may turn off. Everything
 * else (orders to ship or prepare, certificate decisions, a product leaving
 * sale, what shoppers and the operator receive) is essential and always sent.
 */
export const OPTIONAL_CATEGORIES = [
  "certificate_reminders",
  "settlements",
  "payout_statements",
  "stock_alerts",
] as const
export type MailCategory = (typeof OPTIONAL_CATEGORIES)[number]

export const CATEGORY_LABELS: Record<MailCategory, { vi: string; en: string }> = {
  certificate_reminders: { vi: "Nhắc giấy chứng nhận sắp hết hạn", en: "Certificate expiry reminders" },
  settlements: { vi: "Bảng đối soát hàng ký gửi", en: "Consignment settlements" },
  payout_statements: { vi: "Bảng kê doanh thu hằng tháng", en: "Monthly payout statements" },
  stock_alerts: { vi: "Cảnh báo hàng quá hạn ký gửi, hạn sử dụng", en: "Consignment period and best-before alerts" },
}

export const isOptionalCategory = (c: unknown): c is MailCategory =>
  typeof c === "string" && (OPTIONAL_CATEGORIES as readonly string[]).includes(c)
