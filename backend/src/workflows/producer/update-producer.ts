import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"

export type UpdateProducerInput = {
  id: string
  // operator decisions
  status?: string
  commission_bps?: number
  // the producer's own profile
  name?: string
  description?: string | null
  name_en?: string | null
  description_en?: string | null
  phone?: string | null
  email?: string | null
  address?: string | null
}

const updateProducerStep = createStep(
  "ocop-update-producer",
  async (input: UpdateProducerInput, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const before: Record<string, unknown> = await ocop.retrieveOcopProducer(input.id)
    const updated = await ocop.updateOcopProducers(input as any)
    // keep exactly the fields this update touched, to put them back on failure
    const previous = Object.fromEntries(Object.keys(input).map((k) => [k, before[k]]))
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (previous) await (container.resolve(OCOP_MODULE) as OcopModuleService).updateOcopProducers(previous as any)
  }
)

/** Operator decisions on a producer (approval, commission) and the producer's own profile edits. */
export const updateProducerWorkflow = createWorkflow("ocop-update-producer", (input: UpdateProducerInput) => {
  const producer = updateProducerStep(input)
  // search documents carry the producer's name and type
  const eventData = transform({ producer }, ({ producer }) => ({ id: producer.id }))
  emitEventStep({ eventName: "ocop.producer.updated", data: eventData })
  return new WorkflowResponse(producer)
})
