import { MedusaError } from "@medusajs/framework/utils"

/** The refusals of the review rules, each in Vietnamese then English, in one place so routes and tests agree. */
export const reviewErrors = {
  notReceived: () =>
    new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Chỉ đánh giá được sản phẩm đã nhận trong đơn hàng của bạn (you can only review a line of your own order that was delivered or collected)"
    ),
  windowClosed: (days: number) =>
    new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Đã quá ${days} ngày kể từ khi nhận hàng (more than ${days} days have passed since the goods were received)`
    ),
  alreadyReviewed: () =>
    new MedusaError(
      MedusaError.Types.DUPLICATE_ERROR,
      "Bạn đã đánh giá dòng hàng này rồi; bạn có thể sửa đánh giá một lần (you have already reviewed this line; you may edit that review once)"
    ),
  notFound: () => new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy đánh giá (review not found)"),
  notYours: () =>
    new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Bạn chỉ sửa được đánh giá của chính mình (you can only edit your own review)"
    ),
  editedOnce: () =>
    new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Mỗi đánh giá chỉ được sửa một lần (a review can be edited only once)"
    ),
  notYourProduct: () =>
    new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Đánh giá này thuộc sản phẩm của chủ thể khác (this review is of another producer's product)"
    ),
  answeredOnce: () =>
    new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Đánh giá này đã được trả lời; mỗi đánh giá chỉ trả lời một lần (this review has already been answered, once only)"
    ),
}
