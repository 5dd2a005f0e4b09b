import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { isOnSale } from "../../../modules/ocop/lib/sellability"
import { producersOf } from "../../review/utils/received-lines"
import { traceErrors } from "../utils/errors"

export type CheckLotProductInput = {
  producer_id: string
  product_id: string
  produced_on: string
  best_before: string
  at: string
}

/** The product must be the producer's own and on sale now (the rule's one form: sellability). Reads only. */
export const checkLotProductStep = createStep(
  "ocop-check-lot-product",
  async (input: CheckLotProductInput, { container }) => {
    const owner = (await producersOf(container, [input.product_id])).get(input.product_id)
    if (owner !== input.producer_id) throw traceErrors.notYourProduct()
    const at = new Date(input.at)
    const [product] = await container
      .resolve(Modules.PRODUCT)
      .listProducts({ id: input.product_id }, { select: ["id", "status"] })
    const answer = (await container.resolve<OcopModuleService>(OCOP_MODULE).sellability([input.product_id], at)).get(
      input.product_id
    )
    if (!product || !isOnSale(answer, product.status)) throw traceErrors.productNotOnSale()
    const made = new Date(input.produced_on)
    if (made.getTime() > at.getTime() + 86_400_000 || new Date(input.best_before) <= made) throw traceErrors.badDates()
    return new StepResponse({ certificate_id: answer!.certificate!.id })
  }
)
