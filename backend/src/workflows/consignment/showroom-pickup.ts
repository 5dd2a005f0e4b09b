import { createShippingOptionsWorkflow, linkSalesChannelsToStockLocationWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createShowroomPickupSetStep } from "./steps/create-showroom-pickup-set"
import { showroomPickupContextStep } from "./steps/showroom-pickup-context"

export const PICKUP_OPTION_CODE = "pickup"

/**
 * Online orders can be picked up at a showroom: its stock location joins the
 * store's sales channel (so cart completion can reserve its consigned goods)
 * and gets a free "Nhận tại <showroom>" shipping option. Which orders may
 * take stock from where is decided at completion (see pickup-placement).
 * Does nothing for a showroom that already has it.
 */
export const setupShowroomPickupWorkflow = createWorkflow(
  "ocop-setup-showroom-pickup",
  (input: { showroom_id: string }) => {
    const ctx = showroomPickupContextStep(input)
    when({ ctx }, ({ ctx }) => !ctx.ready).then(() => {
      linkSalesChannelsToStockLocationWorkflow.runAsStep({
        input: transform({ ctx }, ({ ctx }) => ({ id: ctx.showroom.stock_location_id, add: [ctx.sales_channel_id] })),
      })
      const set = createShowroomPickupSetStep(
        transform({ ctx }, ({ ctx }) => ({ location_id: ctx.showroom.stock_location_id, name: ctx.showroom.name }))
      )
      const options = transform({ ctx, set }, ({ ctx, set }) => [
        {
          name: `Nhận tại ${ctx.showroom.name}`,
          price_type: "flat" as const,
          provider_id: "manual_manual",
          service_zone_id: set.service_zone_id,
          shipping_profile_id: ctx.shipping_profile_id,
          type: {
            label: "Nhận tại điểm bán",
            description: [ctx.showroom.address, ctx.showroom.commune, ctx.showroom.opening_hours]
              .filter(Boolean)
              .join(", "),
            code: PICKUP_OPTION_CODE,
          },
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
  }
)
