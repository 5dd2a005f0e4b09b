import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import { newTraceCode } from "../../../modules/traceability/lib/codes"

export type CreateStampCodesInput = { lot_id: string; stamp_mode: "unit" | "lot"; quantity: number }

/** One random code per unit (numbered 1..n) or one for the whole lot. Undone by deleting them. */
export const createStampCodesStep = createStep(
  "ocop-create-stamp-codes",
  async (input: CreateStampCodesInput, { container }) => {
    const trace: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    const count = input.stamp_mode === "unit" ? input.quantity : 1
    // 60 random bits each: a clash is practically impossible, and the unique index would refuse it
    const codes = await trace.createTraceCodes(
      Array.from({ length: count }, (_, i) => ({
        lot_id: input.lot_id,
        code: newTraceCode(),
        unit: input.stamp_mode === "unit" ? i + 1 : null,
      }))
    )
    return new StepResponse(
      { count: codes.length },
      codes.map((c) => c.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).deleteTraceCodes(ids)
  }
)
