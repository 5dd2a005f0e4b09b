import { MedusaError } from "@medusajs/framework/utils"
import { langOf, type MailBody, render, type RenderedMail } from "./layout"
import * as portal from "./portal"
import * as shopper from "./shopper"
import type { TemplateData, TemplateName } from "./types"

const TEMPLATES: { [K in TemplateName]: (d: TemplateData[K]) => MailBody } = {
  "order-placed": shopper.orderPlaced,
  "payment-received": shopper.paymentReceived,
  "order-shipped": shopper.orderShipped,
  "pickup-ready": shopper.pickupReady,
  "pickup-collected": shopper.pickupCollected,
  "order-canceled": shopper.orderCanceled,
  "producer-new-order": portal.producerNewOrder,
  "certificate-decision": portal.certificateDecision,
  "certificate-expiring": portal.certificateExpiring,
  "product-left-sale": portal.productLeftSale,
  "settlement-ready": portal.settlementReady,
  "payout-statement": portal.payoutStatement,
  "pickup-to-prepare": portal.pickupToPrepare,
  "stock-alerts": portal.stockAlerts,
  "certificate-submitted": portal.certificateSubmitted,
  "unmatched-transfer": portal.unmatchedTransfer,
}

export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as TemplateName[]

/** Subject, plain text and HTML of one message. */
export function renderMail(template: string, data: Record<string, unknown>): RenderedMail {
  const build = TEMPLATES[template as TemplateName] as ((d: unknown) => MailBody) | undefined
  if (!build) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown email template ${template}`)
  return render(build(data), langOf(data.locale))
}

export type { TemplateData, TemplateName }
