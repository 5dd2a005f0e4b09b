import { day, dayTime, type MailBody, money, stars } from "./layout"
import type { TemplateData } from "./types"

// producer, showroom staff and operator messages are in Vietnamese (the portal's language)
type T<K extends keyof TemplateData> = (d: TemplateData[K]) => MailBody

const unsubscribe = (url?: string | null) =>
  url ? { text: "Không muốn nhận loại thư này? Hủy đăng ký", url } : undefined

export const producerNewOrder: T<"producer-new-order"> = (d) => ({
  subject: `Đơn hàng mới #${d.display_id}: ${d.lines.reduce((n, l) => n + l.quantity, 0)} sản phẩm, ${money(d.total)}`,
  heading: `${d.producer} có đơn hàng mới`,
  intro: [`Đơn #${d.display_id} có các dòng hàng sau của ${d.producer}. Hãy chuẩn bị và gửi hàng trong cổng chủ thể.`],
  facts: [["Hình thức nhận", d.delivery]],
  table: {
    head: ["Sản phẩm", "SL", "Đơn giá", "Thành tiền"],
    rows: d.lines.map((l) => [l.title, `× ${l.quantity}`, money(l.unit_price), money(l.total)]),
    foot: [["Cộng", "", "", money(d.total)]],
  },
  action: d.portal_url ? { label: "Mở cổng chủ thể", url: d.portal_url } : undefined,
})

const DECISION = {
  verified: ["đã được xác minh", "Sản phẩm được bán trên sàn từ bây giờ."],
  rejected: ["bị từ chối", "Sản phẩm chưa thể bán trên sàn. Bạn có thể nộp lại giấy chứng nhận sau khi bổ sung."],
  revoked: ["bị thu hồi", "Sản phẩm đã ngừng bán trên sàn."],
} as const

export const certificateDecision: T<"certificate-decision"> = (d) => ({
  subject: `Giấy chứng nhận ${d.certificate_number} ${DECISION[d.status][0]}`,
  heading: `Giấy chứng nhận OCOP ${DECISION[d.status][0]}`,
  intro: [
    `Giấy chứng nhận ${d.certificate_number} của sản phẩm ${d.product} (${stars(d.stars)}) ${DECISION[d.status][0]}.`,
    ...(d.reason ? [`Lý do: ${d.reason}`] : []),
    DECISION[d.status][1],
  ],
})

export const certificateExpiring: T<"certificate-expiring"> = (d) => ({
  subject: `Giấy chứng nhận ${d.certificate_number} hết hạn sau ${d.days} ngày`,
  heading: `Còn ${d.days} ngày: hãy đánh giá lại sản phẩm ${d.product}`,
  intro: [
    `Giấy chứng nhận OCOP ${d.certificate_number} (${stars(d.stars)}) của ${d.product} hết hạn ngày ${day(d.expires_at)}.`,
    "Sau ngày đó sản phẩm sẽ ngừng bán trên sàn cho đến khi có giấy chứng nhận mới. Hãy nộp hồ sơ đánh giá lại và tải giấy chứng nhận mới lên cổng chủ thể.",
  ],
  unsubscribe: unsubscribe(d.unsubscribe_url),
})

export const productLeftSale: T<"product-left-sale"> = (d) => ({
  subject: `${d.product} đã ngừng bán trên sàn`,
  heading: `${d.product} đã ngừng bán`,
  intro: [
    d.reason === "expired"
      ? `Giấy chứng nhận ${d.certificate_number} đã hết hạn ngày ${day(d.at)}, nên sản phẩm không còn được bán.`
      : `Giấy chứng nhận ${d.certificate_number} đã bị thu hồi ngày ${day(d.at)}, nên sản phẩm không còn được bán.`,
    ...(d.detail ? [`Lý do: ${d.detail}`] : []),
    "Sản phẩm sẽ bán lại khi có giấy chứng nhận OCOP hợp lệ từ 3 sao.",
  ],
})

export const settlementReady: T<"settlement-ready"> = (d) => ({
  subject: `Bảng đối soát ${d.showroom}: ${money(d.net)}`,
  heading: "Bảng đối soát hàng ký gửi đã sẵn sàng",
  intro: [
    `${d.showroom} đã lập bảng đối soát với ${d.producer} cho hàng bán từ ${day(d.period_start)} đến ${day(d.period_end)}.`,
  ],
  facts: [
    ["Số sản phẩm bán", String(d.units)],
    ["Doanh thu", money(d.gross)],
    ["Hoa hồng điểm bán", money(d.commission)],
    ["Thực nhận", money(d.net)],
  ],
  unsubscribe: unsubscribe(d.unsubscribe_url),
})

export const payoutStatement: T<"payout-statement"> = (d) => ({
  subject: `Bảng kê doanh thu tháng ${d.period.slice(5)}/${d.period.slice(0, 4)}: ${money(d.net)}`,
  heading: `Doanh thu bán online tháng ${d.period.slice(5)}/${d.period.slice(0, 4)}`,
  intro: [`Bảng kê doanh thu bán online của ${d.producer} (đơn đã hủy không tính).`],
  facts: [
    ["Số đơn", String(d.orders)],
    ["Số sản phẩm", String(d.units)],
    ["Doanh thu", money(d.gross)],
    ["Phí sàn", money(d.commission)],
    ["Thực nhận", money(d.net)],
  ],
  unsubscribe: unsubscribe(d.unsubscribe_url),
})

export const pickupToPrepare: T<"pickup-to-prepare"> = (d) => ({
  subject: `Đơn nhận tại điểm bán #${d.display_id}: cần chuẩn bị`,
  heading: `Chuẩn bị đơn #${d.display_id} cho khách nhận tại ${d.showroom}`,
  intro: [
    `Khách ${d.customer}${d.phone ? ` (${d.phone})` : ""} sẽ đến nhận hàng.`,
    d.to_pay ? `Khách thanh toán ${money(d.to_pay)} tại quầy khi nhận.` : "Đơn đã được thanh toán.",
  ],
  table: {
    head: ["Sản phẩm", "SL", "Chủ thể"],
    rows: d.lines.map((l) => [l.title, `× ${l.quantity}`, l.producer ?? ""]),
  },
})

const ALERT = {
  past_consignment_period: "quá thời hạn ký gửi",
  near_best_before: "sắp hết hạn sử dụng",
  past_best_before: "đã hết hạn sử dụng",
} as Record<string, string>

export const stockAlerts: T<"stock-alerts"> = (d) => ({
  subject: `${d.showroom}: ${d.alerts.length} lô hàng cần xử lý`,
  heading: "Hàng cần trả lại hoặc xử lý",
  intro: [`Các lô hàng sau tại ${d.showroom} đã quá thời hạn ký gửi hoặc hạn sử dụng.`],
  table: {
    head: ["Sản phẩm", "Lô", "SL", "Tình trạng", "Hạn sử dụng"],
    rows: d.alerts.map((a) => [
      a.product,
      a.lot ?? "",
      String(a.units),
      ALERT[a.kind] ?? a.kind,
      a.best_before ? day(a.best_before) : "",
    ]),
  },
  unsubscribe: unsubscribe(d.unsubscribe_url),
})

export const certificateSubmitted: T<"certificate-submitted"> = (d) => ({
  subject: `Giấy chứng nhận chờ duyệt: ${d.certificate_number} (${d.product})`,
  heading: "Có giấy chứng nhận OCOP chờ duyệt",
  intro: [
    `${d.producer} đã nộp giấy chứng nhận ${d.certificate_number} cho sản phẩm ${d.product} (${stars(d.stars)}).`,
  ],
  action: d.admin_url ? { label: "Mở trang duyệt", url: d.admin_url } : undefined,
})

export const unmatchedTransfer: T<"unmatched-transfer"> = (d) => ({
  subject: `Chuyển khoản chưa khớp đơn: ${money(d.amount)}`,
  heading: "Có chuyển khoản không khớp với đơn hàng nào",
  intro: [
    "Khoản tiền sau đã vào tài khoản nhưng không khớp với đơn hàng nào đang chờ thanh toán. Hãy kiểm tra và xử lý.",
  ],
  facts: [
    ["Số tiền", money(d.amount)],
    ["Nội dung", d.content],
    ["Thời điểm", dayTime(d.received_at)],
    ...(d.reference ? ([["Mã giao dịch", d.reference]] as [string, string][]) : []),
  ],
  action: d.admin_url ? { label: "Mở trang quản trị", url: d.admin_url } : undefined,
})
