import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import { pickupOrder } from "../utils/pickup-orders"

export type CollectPickupInput = {
  showroom_id: string
  order_id: string
  staff: { id: string; email: string }
  payment_method?: "cash" | "card" | "bank_transfer"
}

/** The order as the showroom sees it; only one waiting at this showroom can be collected. */
export const checkPickupCollectableStep = createStep(
  "ocop-check-pickup-collectable",
  async (input: CollectPickupInput, { container }) => {
    const order = await pickupOrder(container, input.showroom_id, input.order_id)
    if (order.state === "canceled")
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Đơn hàng đã bị hủy (the order was canceled)")
    if (order.state === "collected")
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Khách đã nhận đơn này (already collected)")
    if (order.payment.to_collect && !input.payment_method) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Hãy chọn cách khách trả tiền (choose how the customer paid)"
      )
    }
    const showroom = await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).retrieveShowroom(
      input.showroom_id
    )
    return new StepResponse({ order, showroom: { id: showroom.id, stock_location_id: showroom.stock_location_id } })
  }
)
