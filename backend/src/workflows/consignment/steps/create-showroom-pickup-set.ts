import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** A "pickup" fulfillment set at the showroom's location, served by the manual provider. */
export const createShowroomPickupSetStep = createStep(
  "ocop-create-showroom-pickup-set",
  async (input: { location_id: string; name: string }, { container }) => {
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const set = await fulfillment.createFulfillmentSets({
      name: `Nhận tại ${input.name}`,
      type: "pickup",
      service_zones: [{ name: input.name, geo_zones: [{ country_code: "vn", type: "country" }] }],
    })
    const links = [
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: input.location_id },
        [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
      },
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: input.location_id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
      },
    ]
    await link.create(links)
    return new StepResponse({ service_zone_id: set.service_zones[0].id }, { set_id: set.id, links })
  },
  async (created, { container }) => {
    if (!created) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(created.links)
    await container.resolve(Modules.FULFILLMENT).deleteFulfillmentSets([created.set_id])
  }
)
