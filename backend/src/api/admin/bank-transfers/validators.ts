import { z } from "@medusajs/framework/zod"

export const AdminListBankTransfers = z.object({
  status: z.enum(["matched", "partial", "overpaid", "late", "unmatched"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

export const AdminMatchBankTransfer = z.object({
  order_display_id: z.coerce.number().int().positive().max(2_147_483_647),
})

export const AdminRecordRefund = z.object({
  amount: z.number().int().positive().max(2_147_483_647),
})
