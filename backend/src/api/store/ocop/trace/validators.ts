import { z } from "@medusajs/framework/zod"

// production and best-before dates as the producer types them (YYYY-MM-DD), within a sane range
const day = z.coerce
  .date({ message: "Ngày không hợp lệ (invalid date)" })
  .min(new Date("2000-01-01"), { message: "Ngày không hợp lệ (invalid date)" })
  .max(new Date("2100-01-01"), { message: "Ngày không hợp lệ (invalid date)" })

export const MAX_UNIT_STAMPS = 5000

export const ProducerRegisterLot = z
  .object({
    product_id: z.string().min(1).max(64),
    lot_code: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .regex(/^[\p{L}\p{N}._/-]+$/u, {
        message: "Mã lô chỉ gồm chữ, số và . _ / - (lot code: letters, digits, . _ / -)",
      }),
    produced_on: day,
    best_before: day,
    quantity: z.coerce.number().int().min(1).max(1_000_000),
    notes: z.string().trim().max(1000).nullish(),
    stamp_mode: z.enum(["unit", "lot"]),
  })
  .refine((b) => b.stamp_mode === "lot" || b.quantity <= MAX_UNIT_STAMPS, {
    message: `Tối đa ${MAX_UNIT_STAMPS} tem mỗi lô khi in tem từng sản phẩm (at most ${MAX_UNIT_STAMPS} unit stamps a lot)`,
    path: ["quantity"],
  })
