import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"

export const createCounterSaleStep = createStep(
  "ocop-create-counter-sale",
  async (
    input: {
      showroom_id: string
      receipt: string
      payment_method: string
      total: number
      staff: string
      client_reference: string | null
    },
    { container }
  ) => {
    const sale = await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).createCounterSales(
      input as any
    )
    return new StepResponse(sale, sale.id)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).deleteCounterSales([id])
  }
)
