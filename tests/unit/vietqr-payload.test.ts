import { describe, expect, it } from "vitest"
import { QRPay } from "vietnam-qr-pay"
import { AMOUNT_MAX, MESSAGE_MAX, transferMessage, vietQrPayload } from "../../backend/src/modules/vietqr/lib/payload"
import { isPaymentReference, newPaymentReference, referencesIn } from "../../backend/src/modules/vietqr/lib/reference"
import { applyTransfer, refundDue } from "../../backend/src/modules/bank-transfer/lib/outcome"

/** The payload's top-level EMVCo fields (ID, length, value), read without the library that wrote them. */
function fields(payload: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (let i = 0; i < payload.length;) {
    const id = payload.slice(i, i + 2)
    const len = Number(payload.slice(i + 2, i + 4))
    out[id] = payload.slice(i + 4, i + 4 + len)
    i += 4 + len
  }
  return out
}

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF), as Napas specifies for tag 63. */
function crc16(text: string): string {
  let crc = 0xffff
  for (const byte of Buffer.from(text, "utf8")) {
    crc ^= byte << 8
    for (let b = 0; b < 8; b++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
  }
  return crc.toString(16).toUpperCase().padStart(4, "0")
}

const account = { bankBin: "970436", accountNo: "0011001234567" }

describe("VietQR payload", () => {
  it("decodes back to every field: Napas GUID, BIN and account in 38, 704, the amount, VN, the message, a valid CRC", () => {
    const payload = vietQrPayload({ ...account, amount: 185000, message: "OCOPABCDEFGH Đơn 12" })
    const f = fields(payload)
    expect(f["00"]).toBe("01")
    expect(f["01"]).toBe("12") // dynamic: one amount, one payment
    const t38 = fields(f["38"])
    expect(t38["00"]).toBe("A000000727")
    expect(fields(t38["01"])).toEqual({ "00": "970436", "01": "0011001234567" })
    expect(t38["02"]).toBe("QRIBFTTA")
    expect(f["53"]).toBe("704")
    expect(f["54"]).toBe("185000")
    expect(f["58"]).toBe("VN")
    expect(fields(f["62"])["08"]).toBe("OCOPABCDEFGH Don 12")
    expect(f["63"]).toBe(crc16(payload.slice(0, -4)))
    const decoded = new QRPay(payload)
    expect(decoded.isValid).toBe(true)
    expect(decoded.amount).toBe("185000")
  })

  it("takes amounts up to the column limit and refuses what is not whole dong", () => {
    for (const amount of [1, 2_147_483_647, AMOUNT_MAX]) {
      const f = fields(vietQrPayload({ ...account, amount, message: "x" }))
      expect(f["54"]).toBe(String(amount))
      expect(f["54"].length).toBeLessThanOrEqual(13)
    }
    for (const amount of [0, -1, 1.5, AMOUNT_MAX + 1, Number.NaN])
      expect(() => vietQrPayload({ ...account, amount, message: "x" })).toThrow(/whole dong/)
  })

  it("strips Vietnamese characters and symbols from the message, as banking apps require, 25 characters at most", () => {
    expect(transferMessage("Thanh toán đơn hàng Kẹo dừa")).toBe("Thanh toan don hang Keo d")
    expect(transferMessage("ĐẶC SẢN #12 - Bến Tre!")).toBe("DAC SAN 12 Ben Tre")
    expect(transferMessage("a".repeat(40))).toHaveLength(MESSAGE_MAX)
    const f = fields(vietQrPayload({ ...account, amount: 1000, message: "Cà phê Buôn Ma Thuột" }))
    expect(fields(f["62"])["08"]).toMatch(/^[A-Za-z0-9 ]+$/)
  })
})

describe("payment references", () => {
  it("are found in a bank's rewritten message; an altered one fails its check", () => {
    const ref = newPaymentReference()
    expect(isPaymentReference(ref)).toBe(true)
    const spaced = `${ref.slice(0, 6)} ${ref.slice(6)}`.toLowerCase()
    expect(referencesIn(`MBVCB.3278907687.${spaced}.CT tu 0123`).valid).toEqual([ref])
    const altered = ref.slice(0, 8) + (ref[8] === "A" ? "B" : "A") + ref.slice(9)
    expect(referencesIn(altered)).toEqual({ valid: [], altered: [altered] })
  })
})

describe("what a transfer does to a payment", () => {
  const p = { amount: 185000, received: 0, status: "awaiting" as const }
  it("exact pays, less is partial, more is overpaid with the excess to refund; a cancelled order takes nothing", () => {
    expect(applyTransfer(p, 185000, false)).toEqual({
      received: 185000,
      status: "paid",
      transfer: "matched",
      capture: 185000,
    })
    expect(applyTransfer(p, 85000, false)).toMatchObject({ status: "partial", transfer: "partial", capture: 85000 })
    expect(applyTransfer(p, 200000, false)).toMatchObject({ status: "overpaid", transfer: "overpaid", capture: 185000 })
    expect(applyTransfer(p, 185000, true)).toMatchObject({ status: "awaiting", transfer: "late", capture: 0 })
    expect(refundDue({ ...p, received: 200000, status: "overpaid", refunded_amount: 0 }, false)).toBe(15000)
    expect(refundDue({ ...p, received: 185000, status: "expired", refunded_amount: 5000 }, false)).toBe(180000)
  })
})
