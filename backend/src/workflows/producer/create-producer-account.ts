import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { assertCurrentProvince, assertHandleFree } from "./steps/producer-checks"

export type ProducerAccountInput = {
  authIdentityId: string
  email: string
  member_name?: string | null
  producer: {
    name: string
    handle: string
    type: string
    tax_code: string
    province_code: string
    commune: string
    address?: string | null
    phone?: string | null
    description?: string | null
  }
}

/** Creates the producer (pending the operator's approval) and its first member, the owner. */
const createProducerWithOwnerStep = createStep(
  "ocop-create-producer-with-owner",
  async (input: ProducerAccountInput, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await assertCurrentProvince(ocop, input.producer.province_code)
    await assertHandleFree(ocop, input.producer.handle)
    const [existingMember] = await ocop.listProducerMembers({ email: input.email })
    if (existingMember) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Email ${input.email} đã thuộc một chủ thể khác (this email already belongs to a producer)`
      )
    }
    const producer = await ocop.createOcopProducers({ ...input.producer, email: input.email, status: "pending" } as any)
    const member = await ocop.createProducerMembers({
      email: input.email,
      name: input.member_name ?? null,
      role: "owner",
      producer_id: producer.id,
    } as any)
    return new StepResponse({ producer, member }, { producerId: producer.id, memberId: member.id })
  },
  async (ids, { container }) => {
    if (!ids) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.deleteProducerMembers([ids.memberId])
    await ocop.deleteOcopProducers([ids.producerId])
  }
)

/**
 * Producer sign-up: producer + owner member, then the auth identity is bound to
 * the member (app_metadata.producer_id) so its token carries actor type "producer".
 */
export const createProducerAccountWorkflow = createWorkflow(
  "ocop-create-producer-account",
  (input: ProducerAccountInput) => {
    const { producer, member } = createProducerWithOwnerStep(input)
    setAuthAppMetadataStep({ authIdentityId: input.authIdentityId, actorType: "producer", value: member.id })
    return new WorkflowResponse({ producer, member })
  }
)
