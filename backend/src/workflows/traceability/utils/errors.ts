import { MedusaError } from "@medusajs/framework/utils"

/** The refusals of the traceability rules, Vietnamese then English. */
export const traceErrors = {
  productNotOnSale: () =>
    new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Chỉ đăng ký lô cho sản phẩm đang bán (chứng nhận OCOP còn hiệu lực, đã đăng bán) (lots can only be registered for a product on sale)"
    ),
  notYourProduct: () => new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy sản phẩm (product not found)"),
  duplicateLot: (code: string) =>
    new MedusaError(
      MedusaError.Types.DUPLICATE_ERROR,
      `Mã lô ${code} đã được đăng ký (lot code ${code} is already registered)`
    ),
  badDates: () =>
    new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Hạn sử dụng phải sau ngày sản xuất, và ngày sản xuất không ở tương lai (best-before must follow the production date, which cannot be in the future)"
    ),
  lotNotFound: () => new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy lô (lot not found)"),
}
