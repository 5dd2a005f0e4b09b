import { z } from "@medusajs/framework/zod"

const REGION_REQUIRED = "Cần vùng bán hàng để tính giá (region_id is required for prices)"

/** GET /store/ocop/product-pages/:handle: the region whose prices the page shows. */
export const StoreProductPageQuery = z
  .object({ region_id: z.string().max(100, "Mã vùng không hợp lệ (region_id is not valid)").optional() })
  .strict()
  // a refinement, so the shopper reads this message rather than Medusa's generic "Field is required"
  .refine((q) => Boolean(q.region_id), { message: REGION_REQUIRED, path: ["region_id"] })
export type StoreProductPageParams = { region_id: string }
