import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { assertCurrentProvince, assertHandleFree } from "./steps/producer-checks"

export type CreateProducerInput = {
  name: string
  handle: string
  type: string
  province_code: string
  [key: string]: unknown
}

const createProducerStep = createStep(
  "ocop-create-producer",
  async (input: CreateProducerInput, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await assertCurrentProvince(ocop, input.province_code)
    await assertHandleFree(ocop, input.handle)
    const producer = await ocop.createOcopProducers(input as any)
    return new StepResponse(producer, producer.id)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(OCOP_MODULE) as OcopModuleService).deleteOcopProducers([id])
  }
)

/** Registers a producer (chủ thể) in one of the 34 current provinces. */
export const createProducerWorkflow = createWorkflow("ocop-create-producer", (input: CreateProducerInput) => {
  return new WorkflowResponse(createProducerStep(input))
})
