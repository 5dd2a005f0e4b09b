import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"

/** The showroom, the store's channel, region and shipping profile, and whether pickup is already set up. */
export const showroomPickupContextStep = createStep(
  "ocop-showroom-pickup-context",
  async (input: { showroom_id: string }, { container }) => {
    const showroom = await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).retrieveShowroom(
      input.showroom_id
    )
    const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
    const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "vnd" })
    const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
    if (!store?.default_sales_channel_id || !region || !profile) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "The marketplace is not set up yet: run the seed first."
      )
    }
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "stock_location",
      fields: ["fulfillment_sets.type"],
      filters: { id: showroom.stock_location_id },
    })
    const ready = ((data[0] as any)?.fulfillment_sets ?? []).some((s: any) => s?.type === "pickup")
    return new StepResponse({
      showroom,
      sales_channel_id: store.default_sales_channel_id,
      region_id: region.id,
      shipping_profile_id: profile.id,
      ready,
    })
  }
)
