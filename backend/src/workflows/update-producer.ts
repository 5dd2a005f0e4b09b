import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"

type Input = { id: string; status?: string; commission_bps?: number }

const updateProducerStep = createStep(
  "ocop-update-producer",
  async (input: Input, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const before = await ocop.retrieveOcopProducer(input.id)
    const updated = await ocop.updateOcopProducers(input as any)
    return new StepResponse(updated, { id: before.id, status: before.status, commission_bps: before.commission_bps })
  },
  async (before, { container }) => {
    if (before) await (container.resolve(OCOP_MODULE) as OcopModuleService).updateOcopProducers(before as any)
  }
)

/** Operator decisions on a producer: approval status and commission. */
export const updateProducerWorkflow = createWorkflow("ocop-update-producer", (input: Input) => {
  return new WorkflowResponse(updateProducerStep(input))
})
