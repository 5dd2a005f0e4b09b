import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"

export type CreateShowroomInput = {
  name: string
  handle: string
  address: string
  commune: string
  province_code: string
  opening_hours?: string | null
  phone?: string | null
}

export const createShowroomStep = createStep(
  "ocop-create-showroom",
  async (input: CreateShowroomInput & { stock_location_id: string }, { container }) => {
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    const showroom = await consignment.createShowrooms(input as any)
    return new StepResponse(showroom, showroom.id)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).deleteShowrooms([id])
  }
)
