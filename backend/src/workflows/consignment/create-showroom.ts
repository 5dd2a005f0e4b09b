import { createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setupShowroomPickupWorkflow } from "./showroom-pickup"
import { createShowroomStep, type CreateShowroomInput } from "./steps/create-showroom"

export type { CreateShowroomInput }

/**
 * A showroom with its own stock location, so consigned goods are Medusa
 * inventory there (never mixed with the online warehouse's stock), and
 * pickup of online orders there.
 */
export const createShowroomWorkflow = createWorkflow("ocop-create-showroom", (input: CreateShowroomInput) => {
  const locationInput = transform({ input }, ({ input }) => ({
    locations: [
      {
        name: `Showroom OCOP: ${input.name}`,
        address: { address_1: input.address, city: input.commune, country_code: "vn", province: input.province_code },
      },
    ],
  }))
  const locations = createStockLocationsWorkflow.runAsStep({ input: locationInput })
  const showroomInput = transform({ input, locations }, ({ input, locations }) => ({
    ...input,
    stock_location_id: locations[0].id,
  }))
  const showroom = createShowroomStep(showroomInput)
  setupShowroomPickupWorkflow.runAsStep({
    input: transform({ showroom }, ({ showroom }) => ({ showroom_id: showroom.id })),
  })
  return new WorkflowResponse(showroom)
})
