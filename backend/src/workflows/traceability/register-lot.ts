import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkLotProductStep } from "./steps/check-lot-product"
import { createLotStep, type CreateLotInput } from "./steps/create-lot"
import { createStampCodesStep } from "./steps/create-stamp-codes"

export type RegisterLotInput = CreateLotInput & { at: string }

/** A producer registers a production lot of a product on sale, and its stamp codes are drawn. */
export const registerLotWorkflow = createWorkflow("ocop-register-trace-lot", (input: RegisterLotInput) => {
  checkLotProductStep(input)
  const lot = createLotStep(
    transform({ input }, ({ input }) => {
      const { at, ...lot } = input
      void at
      return lot
    })
  )
  createStampCodesStep(
    transform({ lot, input }, ({ lot, input }) => ({
      lot_id: lot.id,
      stamp_mode: input.stamp_mode,
      quantity: input.quantity,
    }))
  )
  return new WorkflowResponse(lot)
})
