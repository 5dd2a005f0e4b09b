import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import { traceErrors } from "../utils/errors"

export type CreateLotInput = {
  producer_id: string
  product_id: string
  lot_code: string
  produced_on: string
  best_before: string
  quantity: number
  notes: string | null
  stamp_mode: "unit" | "lot"
}

/** Writes the lot; a lot code the producer already used is refused (unique index). Undone by deleting it. */
export const createLotStep = createStep(
  "ocop-create-trace-lot",
  async (input: CreateLotInput, { container }) => {
    const trace: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    const [existing] = await trace.listTraceLots(
      { producer_id: input.producer_id, lot_code: input.lot_code },
      { select: ["id"] }
    )
    if (existing) throw traceErrors.duplicateLot(input.lot_code)
    try {
      const lot = await trace.createTraceLots({
        ...input,
        produced_on: new Date(input.produced_on),
        best_before: new Date(input.best_before),
      })
      return new StepResponse(lot, lot.id)
    } catch (e: any) {
      if (/unique|already exists/i.test(String(e?.message))) throw traceErrors.duplicateLot(input.lot_code)
      throw e
    }
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).deleteTraceLots(id)
  }
)
