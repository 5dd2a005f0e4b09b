import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import crypto from "node:crypto"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"

const INVITE_DAYS = 7

const createInviteStep = createStep(
  "ocop-create-producer-invite",
  async (input: { producer_id: string; email: string; invited_by: string }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const [member] = await ocop.listProducerMembers({ email: input.email })
    if (member)
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `${input.email} đã là thành viên của một chủ thể (already a member of a producer)`
      )
    const invite = await ocop.createProducerInvites({
      ...input,
      token: crypto.randomBytes(24).toString("base64url"),
      expires_at: new Date(Date.now() + INVITE_DAYS * 86_400_000),
    })
    return new StepResponse(invite, invite.id)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(OCOP_MODULE) as OcopModuleService).deleteProducerInvites([id])
  }
)

/** An owner invites a colleague; the token is shared with them (valid 7 days, single use). */
export const inviteProducerMemberWorkflow = createWorkflow(
  "ocop-invite-producer-member",
  (input: { producer_id: string; email: string; invited_by: string }) => new WorkflowResponse(createInviteStep(input))
)

const acceptInviteStep = createStep(
  "ocop-accept-producer-invite",
  async (input: { token: string; email: string; name?: string | null }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const [invite] = await ocop.listProducerInvites({ token: input.token })
    if (!invite || invite.accepted_at || new Date(invite.expires_at) <= new Date()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Lời mời không hợp lệ hoặc đã hết hạn (the invitation is invalid or has expired)"
      )
    }
    if (invite.email.toLowerCase() !== input.email.toLowerCase()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Lời mời này dành cho email khác (this invitation is for another email)"
      )
    }
    const member = await ocop.createProducerMembers({
      email: input.email,
      name: input.name ?? null,
      role: "member",
      producer_id: invite.producer_id,
    } as any)
    await ocop.updateProducerInvites({ id: invite.id, accepted_at: new Date() })
    return new StepResponse(member, { memberId: member.id, inviteId: invite.id })
  },
  async (ids, { container }) => {
    if (!ids) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.deleteProducerMembers([ids.memberId])
    await ocop.updateProducerInvites({ id: ids.inviteId, accepted_at: null })
  }
)

/** The invited person, logged in with a fresh producer identity, joins the producer. */
export const acceptProducerInviteWorkflow = createWorkflow(
  "ocop-accept-producer-invite",
  (input: { token: string; email: string; name?: string | null; authIdentityId: string }) => {
    const member = acceptInviteStep(input)
    setAuthAppMetadataStep({ authIdentityId: input.authIdentityId, actorType: "producer", value: member.id })
    return new WorkflowResponse(member)
  }
)
