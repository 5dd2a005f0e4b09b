import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"

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
    const directory = await ocop.getProvinceDirectory()
    const province = directory.unit(input.province_code)
    if (!province || province.current_code !== province.code) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `"${input.province_code}" không phải tỉnh/thành hiện hành (not one of the 34 current provinces)`
      )
    }
    const [taken] = await ocop.listOcopProducers({ handle: input.handle })
    if (taken) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Handle "${input.handle}" đã được dùng (handle already in use)`)
    }
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
