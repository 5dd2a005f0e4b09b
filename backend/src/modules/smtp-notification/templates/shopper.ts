import { dayTime, langOf, type MailBody, money, stars } from "./layout"
import type { Line, ShowroomInfo, TemplateData } from "./types"

// shopper messages: Vietnamese, or English for a shopper who used the English storefront
type T<K extends keyof TemplateData> = (d: TemplateData[K]) => MailBody

const lineRows = (lines: Line[], en: boolean) =>
  lines.map((l) => [
    [l.title, l.stars ? stars(l.stars, en ? "en" : "vi") : "", l.producer ?? ""].filter(Boolean).join(" · "),
    `× ${l.quantity}`,
    money(l.unit_price, en ? "en" : "vi"),
    money(l.total, en ? "en" : "vi"),
  ])

const showroomFacts = (s: ShowroomInfo, en: boolean): [string, string][] =>
  [
    [en ? "Showroom" : "Điểm bán", s.name],
    [en ? "Address" : "Địa chỉ", s.address],
    [en ? "Opening hours" : "Giờ mở cửa", s.hours ?? ""],
    [en ? "Phone" : "Điện thoại", s.phone ?? ""],
  ].filter(([, v]) => v) as [string, string][]

const paymentWords = {
  cod: ["Thanh toán khi nhận hàng (COD)", "Cash on delivery"],
  showroom: ["Thanh toán tại điểm bán khi nhận hàng", "Pay at the showroom when you collect"],
  vietqr: ["Chuyển khoản VietQR", "Bank transfer (VietQR)"],
  card: ["Thẻ", "Card"],
  other: ["Khác", "Other"],
} as const

export const orderPlaced: T<"order-placed"> = (d) => {
  const en = langOf(d.locale) === "en"
  const lang = en ? "en" : "vi"
  const facts: [string, string][] = [
    [en ? "Order" : "Đơn hàng", `#${d.display_id}`],
    [en ? "Payment" : "Thanh toán", paymentWords[d.payment][en ? 1 : 0]],
  ]
  if (d.delivery.kind === "delivery") facts.push([en ? "Deliver to" : "Giao đến", d.delivery.address])
  else facts.push(...showroomFacts(d.delivery.showroom, en))
  const q = d.vietqr
  const transfer: string[] = q
    ? en
      ? [
          `Please transfer ${money(q.amount, lang)} to ${q.bank}, account ${q.account_number} (${q.account_name}), with the reference "${q.content}"${q.expires_at ? ` by ${dayTime(q.expires_at, lang)}` : ""}. We confirm your order as soon as the transfer arrives.`,
        ]
      : [
          `Vui lòng chuyển khoản ${money(q.amount, lang)} đến ${q.bank}, số tài khoản ${q.account_number} (${q.account_name}), nội dung "${q.content}"${q.expires_at ? ` trước ${dayTime(q.expires_at, lang)}` : ""}. Đơn hàng được xác nhận ngay khi nhận được tiền.`,
        ]
    : []
  return {
    subject: en
      ? `Order #${d.display_id} placed: ${money(d.total, lang)}`
      : `Đặt hàng thành công đơn #${d.display_id}: ${money(d.total, lang)}`,
    heading: en ? "Thank you for your order" : "Cảm ơn bạn đã đặt hàng",
    intro: [
      en
        ? "We have received your order of certified OCOP products. Each producer prepares its own part; we will tell you when it ships."
        : "Chúng tôi đã nhận đơn hàng sản phẩm OCOP của bạn. Mỗi chủ thể chuẩn bị phần hàng của mình; chúng tôi sẽ báo khi hàng được gửi đi.",
      ...transfer,
    ],
    facts,
    table: {
      head: en ? ["Product", "Qty", "Price", "Total"] : ["Sản phẩm", "SL", "Đơn giá", "Thành tiền"],
      rows: lineRows(d.lines, en),
      foot: [
        [en ? "Subtotal" : "Tạm tính", "", "", money(d.subtotal, lang)],
        [en ? "Shipping" : "Phí vận chuyển", "", "", money(d.shipping, lang)],
        [en ? "Total" : "Tổng cộng", "", "", money(d.total, lang)],
      ],
    },
    action: d.order_url ? { label: en ? "View your order" : "Xem đơn hàng", url: d.order_url } : undefined,
  }
}

export const paymentReceived: T<"payment-received"> = (d) => {
  const en = langOf(d.locale) === "en"
  const amount = money(d.amount, en ? "en" : "vi")
  return {
    subject: en ? `Payment received for order #${d.display_id}` : `Đã nhận thanh toán đơn #${d.display_id}`,
    heading: en ? "Payment received" : "Đã nhận thanh toán",
    intro: [
      en
        ? `We have received ${amount} for order #${d.display_id}. The producers are preparing your goods.`
        : `Chúng tôi đã nhận ${amount} cho đơn hàng #${d.display_id}. Các chủ thể đang chuẩn bị hàng cho bạn.`,
    ],
  }
}

export const orderShipped: T<"order-shipped"> = (d) => {
  const en = langOf(d.locale) === "en"
  return {
    subject: en
      ? `Order #${d.display_id}: ${d.producer} has shipped your goods`
      : `Đơn #${d.display_id}: ${d.producer} đã gửi hàng`,
    heading: en ? "Your goods are on the way" : "Hàng đang trên đường đến bạn",
    intro: [
      en
        ? `${d.producer} has shipped its part of order #${d.display_id}.`
        : `${d.producer} đã gửi phần hàng của mình trong đơn #${d.display_id}.`,
    ],
    facts: [
      [en ? "Tracking number" : "Mã vận đơn", d.tracking_number],
      ...(d.tracking_url ? ([[en ? "Track it" : "Theo dõi", d.tracking_url]] as [string, string][]) : []),
    ],
    table: {
      head: en ? ["Product", "Qty"] : ["Sản phẩm", "SL"],
      rows: d.lines.map((l) => [l.title, `× ${l.quantity}`]),
    },
    action: d.tracking_url ? { label: en ? "Track the parcel" : "Theo dõi đơn vận", url: d.tracking_url } : undefined,
  }
}

export const pickupReady: T<"pickup-ready"> = (d) => {
  const en = langOf(d.locale) === "en"
  const lang = en ? "en" : "vi"
  const bring = en
    ? `Bring your order number #${d.display_id} and the phone number you ordered with${d.to_pay ? `, and ${money(d.to_pay, lang)} to pay at the counter (cash or transfer)` : ""}.`
    : `Mang theo mã đơn #${d.display_id} và số điện thoại đã đặt hàng${d.to_pay ? `, cùng ${money(d.to_pay, lang)} để thanh toán tại quầy (tiền mặt hoặc chuyển khoản)` : ""}.`
  return {
    subject: en
      ? `Order #${d.display_id} is ready for pickup at ${d.showroom.name}`
      : `Đơn #${d.display_id} đã sẵn sàng để nhận tại ${d.showroom.name}`,
    heading: en ? "Ready for pickup" : "Hàng đã sẵn sàng để nhận",
    intro: [
      en
        ? "Your order is packed and waiting for you at the counter."
        : "Đơn hàng đã được đóng gói và chờ bạn tại quầy.",
      bring,
    ],
    facts: showroomFacts(d.showroom, en),
  }
}

export const pickupCollected: T<"pickup-collected"> = (d) => {
  const en = langOf(d.locale) === "en"
  return {
    subject: en ? `Order #${d.display_id} collected` : `Đã nhận hàng đơn #${d.display_id}`,
    heading: en ? "Enjoy your OCOP products" : "Chúc bạn dùng sản phẩm OCOP vui vẻ",
    intro: [
      en
        ? `You collected order #${d.display_id} at ${d.showroom}. Thank you for supporting local producers.`
        : `Bạn đã nhận đơn #${d.display_id} tại ${d.showroom}. Cảm ơn bạn đã ủng hộ các chủ thể địa phương.`,
    ],
  }
}

export const orderCanceled: T<"order-canceled"> = (d) => {
  const en = langOf(d.locale) === "en"
  const lang = en ? "en" : "vi"
  const why = d.reason ? [en ? `Reason: ${d.reason}` : `Lý do: ${d.reason}`] : []
  const refund = d.paid
    ? [
        en
          ? `The ${money(d.total, lang)} you paid will be refunded.`
          : `Số tiền ${money(d.total, lang)} bạn đã thanh toán sẽ được hoàn lại.`,
      ]
    : [en ? "Nothing was charged." : "Bạn chưa bị thu tiền."]
  return {
    subject: en ? `Order #${d.display_id} was cancelled` : `Đơn #${d.display_id} đã bị hủy`,
    heading: en ? "Your order was cancelled" : "Đơn hàng đã bị hủy",
    intro: [
      en
        ? `Order #${d.display_id} (${money(d.total, lang)}) was cancelled.`
        : `Đơn hàng #${d.display_id} (${money(d.total, lang)}) đã bị hủy.`,
      ...why,
      ...refund,
    ],
  }
}
