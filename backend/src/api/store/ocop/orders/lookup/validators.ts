import { z } from "@medusajs/framework/zod"

export const StoreOrderLookup = z
  .object({
    display_id: z.coerce
      .number({ message: "Mã đơn hàng là một số (the order number is a number)" })
      .int("Mã đơn hàng là một số (the order number is a number)")
      .min(1)
      .max(2_000_000_000),
    email: z.string().trim().toLowerCase().email("Email không hợp lệ (invalid email)").max(200),
  })
  .strict()
