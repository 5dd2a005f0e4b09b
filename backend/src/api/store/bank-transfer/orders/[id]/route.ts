import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bankTransferOfOrder } from "../../bank-transfer-of-order"

/**
 * How an order paid by bank transfer stands and what to transfer (QR, account,
 * amount, message). Like Medusa's GET /store/orders/:id, the unguessable
 * order id is the key (the receipt link, the lookup's answer). Any other
 * order answers null.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ bank_transfer: await bankTransferOfOrder(req.scope, req.params.id) })
}
