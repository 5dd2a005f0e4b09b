import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"

export const recordStockCountsStep = createStep(
  "ocop-record-stock-counts",
  async (counts: any[], { container }) => {
    const created = await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).recordCounts(counts)
    return new StepResponse(
      created,
      created.map((m) => m.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).deleteStockMovements(ids)
  }
)
