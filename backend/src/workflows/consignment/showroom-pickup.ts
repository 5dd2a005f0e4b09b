import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createShippingOptionsWorkflow, linkSalesChannelsToStockLocationWorkflow } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CONSIGNMENT_MODULE } from "../../modules/consignment"
import type ConsignmentModuleService from "../../modules/consignment/service"

export const PICKUP_OPTION_CODE = "pickup"

/** The showroom, the store's channel, region and shipping profile, and whether pickup is already set up. */
const pickupContextStep = createStep("ocop-showroom-pickup-context", async (input: { showroom_id: string }, { container }) => {
  const showroom = await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).retrieveShowroom(input.showroom_id)
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "vnd" })
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  if (!store?.default_sales_channel_id || !region || !profile) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The marketplace is not set up yet: run the seed first.")
  }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "stock_location",
    fields: ["fulfillment_sets.type"],
    filters: { id: showroom.stock_location_id },
  })
  const ready = ((data[0] as any)?.fulfillment_sets ?? []).some((s: any) => s?.type === "pickup")
  return new StepResponse({ showroom, sales_channel_id: store.default_sales_channel_id, region_id: region.id, shipping_profile_id: profile.id, ready })
})

/** A "pickup" fulfillment set at the showroom's location, served by the manual provider. */
const createPickupSetStep = createStep(
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
      { [Modules.STOCK_LOCATION]: { stock_location_id: input.location_id }, [Modules.FULFILLMENT]: { fulfillment_set_id: set.id } },
      { [Modules.STOCK_LOCATION]: { stock_location_id: input.location_id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } },
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

/**
 * Online orders can be picked up at a showroom: its stock location joins the
 * store's sales channel (so cart completion can reserve its consigned goods)
 * and gets a free "Nhận tại <showroom>" shipping option. Which orders may
 * take stock from where is decided at completion (see pickup-placement).
 * Does nothing for a showroom that already has it.
 */
export const setupShowroomPickupWorkflow = createWorkflow("ocop-setup-showroom-pickup", (input: { showroom_id: string }) => {
  const ctx = pickupContextStep(input)
  when({ ctx }, ({ ctx }) => !ctx.ready).then(() => {
    linkSalesChannelsToStockLocationWorkflow.runAsStep({
      input: transform({ ctx }, ({ ctx }) => ({ id: ctx.showroom.stock_location_id, add: [ctx.sales_channel_id] })),
    })
    const set = createPickupSetStep(transform({ ctx }, ({ ctx }) => ({ location_id: ctx.showroom.stock_location_id, name: ctx.showroom.name })))
    const options = transform({ ctx, set }, ({ ctx, set }) => [
      {
        name: `Nhận tại ${ctx.showroom.name}`,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: set.service_zone_id,
        shipping_profile_id: ctx.shipping_profile_id,
        type: { label: "Nhận tại điểm bán", description: [ctx.showroom.address, ctx.showroom.commune, ctx.showroom.opening_hours].filter(Boolean).join(", "), code: PICKUP_OPTION_CODE },
        prices: [
          { currency_code: "vnd", amount: 0 },
          { region_id: ctx.region_id, amount: 0 },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      },
    ])
    createShippingOptionsWorkflow.runAsStep({ input: options })
  })
  return new WorkflowResponse(ctx)
})
