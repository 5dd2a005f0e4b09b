import type { Lang } from "@/lib/i18n"

/** The words of paying by bank transfer (VietQR), Vietnamese first. */
const STRINGS = {
  vi: {
    method: "Chuyển khoản ngân hàng (VietQR)",
    title: "Thanh toán bằng chuyển khoản",
    scan: "Quét mã bằng ứng dụng ngân hàng bất kỳ (Napas 247), hoặc chuyển khoản với thông tin dưới đây. Giữ nguyên nội dung chuyển khoản để đơn được xác nhận tự động.",
    qrLabel: "Mã VietQR chuyển {amount}",
    bank: "Ngân hàng",
    accountNo: "Số tài khoản",
    accountName: "Chủ tài khoản",
    amount: "Số tiền",
    message: "Nội dung",
    copy: "Sao chép",
    copied: "Đã chép",
    deadline: "Hạn thanh toán: {at}. Quá hạn, đơn sẽ bị hủy.",
    waiting: "Đang chờ tiền về…",
    partial: "Đã nhận {received}, còn thiếu {remaining}.",
    paid: "Đã thanh toán",
    paidNote: "Ngân hàng đã báo tiền về. Cảm ơn bạn!",
    overpaid: "Đã thanh toán (chuyển dư {excess}, chúng tôi sẽ hoàn lại).",
    expired: "Đơn đã bị hủy vì quá hạn thanh toán.",
    canceled: "Đơn đã bị hủy.",
    refund: "Số tiền bạn đã chuyển sẽ được hoàn lại.",
  },
  en: {
    method: "Bank transfer (VietQR)",
    title: "Pay by bank transfer",
    scan: "Scan the code with any Vietnamese banking app (Napas 247), or transfer with the details below. Keep the transfer message as it is, so the order is confirmed automatically.",
    qrLabel: "VietQR code to transfer {amount}",
    bank: "Bank",
    accountNo: "Account number",
    accountName: "Account name",
    amount: "Amount",
    message: "Message",
    copy: "Copy",
    copied: "Copied",
    deadline: "Pay by {at}. After that the order is cancelled.",
    waiting: "Waiting for the money to arrive…",
    partial: "Received {received}, {remaining} still to pay.",
    paid: "Paid",
    paidNote: "The bank has confirmed the transfer. Thank you!",
    overpaid: "Paid (you sent {excess} more; we will refund it).",
    expired: "The order was cancelled: it was not paid in time.",
    canceled: "The order was cancelled.",
    refund: "What you transferred will be refunded.",
  },
} as const

export type BankTransferStrings = (typeof STRINGS)["vi" | "en"]
export const bankTransferStrings = (lang: Lang): BankTransferStrings => STRINGS[lang]
