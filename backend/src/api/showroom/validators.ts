import { z } from "@medusajs/framework/zod"

const variantId = z.string().trim().min(1).max(64)
const units = z
  .number({ message: "Số lượng là số (quantity must be a number)" })
  .int("Số lượng là số nguyên (whole units only)")
  .min(1, "Số lượng từ 1 (at least 1)")
  .max(100_000)
const lines = <T extends z.ZodTypeAny>(line: T) =>
  z.array(line).min(1, "Cần ít nhất một dòng (at least one line)").max(200)

export const StaffActivate = z.object({ token: z.string().min(10).max(100) }).strict()

export const StaffIntake = z
  .object({
    lines: lines(
      z
        .object({
          variant_id: variantId,
          quantity: units,
          unit_price: z.number().int("Giá tính bằng đồng (whole dong)").min(0).max(1_000_000_000).nullish(),
          lot: z.string().trim().max(64).nullish(),
          // bounded: PostgreSQL stores no date before 4713 BC (a 500 for -8.64e15)
          best_before: z.coerce
            .date({ message: "Hạn sử dụng không hợp lệ (invalid best-before date)" })
            .min(
              new Date("2000-01-01T00:00:00Z"),
              "Hạn sử dụng phải từ năm 2000 (best-before must be in 2000 or later)"
            )
            .max(new Date("2100-12-31T23:59:59Z"), "Hạn sử dụng phải trước năm 2101 (best-before must be before 2101)")
            .nullish(),
        })
        .strict()
    ),
  })
  .strict()

export const StaffReturn = z
  .object({
    lines: lines(
      z
        .object({
          variant_id: variantId,
          quantity: units,
          reason: z.enum(["unsold", "near_best_before", "damaged"], {
            message: "Lý do: unsold, near_best_before hoặc damaged (reason)",
          }),
        })
        .strict()
    ),
  })
  .strict()

export const StaffCount = z
  .object({
    lines: lines(
      z
        .object({
          variant_id: variantId,
          counted: z.number().int().min(0, "Số đếm không âm (a count cannot be negative)").max(100_000),
          reason: z.string().trim().min(3, "Cần ghi lý do điều chỉnh (a reason is required)").max(300),
        })
        .strict()
    ).refine(
      (l) => new Set(l.map((x) => x.variant_id)).size === l.length,
      "Mỗi sản phẩm chỉ đếm một lần mỗi lượt (each product once per count)"
    ),
  })
  .strict()

export const StaffCounterSale = z
  .object({
    payment_method: z.enum(["cash", "card", "bank_transfer"], {
      message: "Thanh toán: cash, card hoặc bank_transfer (payment method)",
    }),
    lines: lines(
      z
        .object({
          variant_id: variantId,
          quantity: units.max(10_000, "Tối đa 10.000 đơn vị mỗi dòng (at most 10,000 per line)"),
        })
        .strict()
    ),
    // the same key twice (a double click, a retried request) records one sale
    client_reference: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,64}$/, "Mã giao dịch không hợp lệ (invalid client reference)")
      .optional(),
  })
  .strict()

// a real calendar day: "2026-02-30" is refused, not turned into 2 March
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày theo dạng YYYY-MM-DD (date as YYYY-MM-DD)")
  .refine((d) => {
    const t = new Date(`${d}T00:00:00Z`)
    return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d
  }, "Ngày không có trên lịch (no such date)")
  // PostgreSQL refused years 0000 and 9999 + 1 day (a 500): a settlement period lies in 2000-2100
  .refine(
    (d) => d >= "2000-01-01" && d <= "2100-12-31",
    "Ngày phải trong khoảng 2000-2100 (date must be between 2000 and 2100)"
  )
export const StaffCreateSettlement = z
  .object({ producer_id: z.string().trim().min(1).max(64), from: day, to: day })
  .strict()
  .refine((v) => v.from <= v.to, "Ngày bắt đầu sau ngày kết thúc (from is after to)")

export const StaffSettlementStatus = z.object({ status: z.enum(["confirmed", "paid"]) }).strict()

// an online order handed over at the showroom: how the shopper paid, when they pay there
export const StaffCollectPickup = z
  .object({
    payment_method: z
      .enum(["cash", "card", "bank_transfer"], {
        message: "Thanh toán: cash, card hoặc bank_transfer (payment method)",
      })
      .optional(),
  })
  .strict()
