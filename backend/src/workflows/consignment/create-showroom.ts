import { createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CONSIGNMENT_MODULE } from "../../modules/consignment"
import type ConsignmentModuleService from "../../modules/consignment/service"
import { setupShowroomPickupWorkflow } from "./showroom-pickup"

export type CreateShowroomInput = {
  name: string
  handle: string
  address: string
  commune: string
  province_code: string
  opening_hours?: string | null
  phone?: string | null
}

const createShowroomStep = createStep(
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

/**
 * A showroom with its own stock location, so consigned goods are Medusa
 * inventory there (never mixed with the online warehouse's stock), and
 * pickup of online orders there.
 */
export const createShowroomWorkflow = createWorkflow("ocop-create-showroom", (input: CreateShowroomInput) => {
  const locationInput = transform({ input }, ({ input }) => ({
    locations: [{ name: `Showroom OCOP: ${input.name}`, address: { address_1: input.address, city: input.commune, country_code: "vn", province: input.province_code } }],
  }))
  const locations = createStockLocationsWorkflow.runAsStep({ input: locationInput })
  const showroomInput = transform({ input, locations }, ({ input, locations }) => ({ ...input, stock_location_id: locations[0].id }))
  const showroom = createShowroomStep(showroomInput)
  setupShowroomPickupWorkflow.runAsStep({ input: transform({ showroom }, ({ showroom }) => ({ showroom_id: showroom.id })) })
  return new WorkflowResponse(showroom)
})
