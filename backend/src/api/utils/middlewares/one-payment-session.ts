import { MedusaNextFunction, MedusaRequest, MedusaResponse, refetchEntity } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withCartLock, withLock } from "../../../workflows/cart/utils/cart-lock"

// a session that already carries the payment: the cart is paid or being completed with it
const PAID = new Set(["authorized", "captured"])
const OPEN = new Set(["pending", "requires_more"])

type Collection = {
  id: string
  amount: number
  cart?: { id: string } | null
  payment_sessions?: { provider_id: string; status: string; amount: number }[]
}

/**
 * POST /store/payment-collections/:id/payment-sessions, one at a time per
 * cart and only when something changes. Medusa's route deletes the
 * collection's sessions and creates a new one; a double-clicked pay button
 * ran two of those at once, and beside a completion of the same cart, so a
 * completion could find no session (both clicks answered 400 "Payment
 * sessions are required", seen in tests/integration/races) or a paid
 * session could be deleted under its order. Here the request holds the cart's
 * lock (the one Medusa's completion holds) until it has answered, and a
 * request for the provider the collection already has an open session of, for
 * its amount, or for a collection already paid, answers that collection as it
 * is instead of replacing its session.
 */
export async function onePaymentSessionAtATime(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const collection = await collectionOf(req)
    const cartId = collection?.cart?.id
    if (!collection || !cartId) return next()
    await withCartLock(req.scope, cartId, async () => {
      const now = (await collectionOf(req))!
      if (keepsItsSession(now, req.body as { provider_id?: string; data?: unknown })) {
        const fields = req.queryConfig?.fields ?? ["id", "currency_code", "amount", "*payment_sessions"]
        res.json({
          payment_collection: await refetchEntity({
            entity: "payment_collection",
            idOrFilter: now.id,
            scope: req.scope,
            fields,
          }),
        })
        return
      }
      await untilAnswered(res, next)
    })
  } catch (e) {
    if (!res.headersSent) next(e)
  }
}

/** Lets Medusa's route run; resolves when it has answered (a lock held around it lasts that long). */
function untilAnswered(res: MedusaResponse, next: MedusaNextFunction) {
  return new Promise<void>((done) => {
    res.once("finish", done)
    res.once("close", done)
    next()
  })
}

/**
 * POST /store/payment-collections, one at a time per cart. Medusa's route
 * creates the cart's collection when it has none; two at once (a
 * double-clicked pay button) both found none, and the second answered 500
 * ("already has a payment collection"). One after the other, the second finds
 * the first's collection and answers it. A key of our own: Medusa's workflow
 * takes the cart's lock itself.
 */
export async function onePaymentCollectionAtATime(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = (req.body as { cart_id?: unknown })?.cart_id
  if (typeof cartId !== "string") return next()
  try {
    await withLock(req.scope, `payment-collection:${cartId}`, () => untilAnswered(res, next))
  } catch (e) {
    if (!res.headersSent) next(e)
  }
}

function keepsItsSession(collection: Collection, body: { provider_id?: string; data?: unknown }): boolean {
  const sessions = collection.payment_sessions ?? []
  if (sessions.some((s) => PAID.has(s.status))) return true
  if (body.data !== undefined) return false
  return sessions.some(
    (s) => s.provider_id === body.provider_id && OPEN.has(s.status) && Number(s.amount) === Number(collection.amount)
  )
}

async function collectionOf(req: MedusaRequest): Promise<Collection | undefined> {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payment_collection",
    fields: [
      "id",
      "amount",
      "cart.id",
      "payment_sessions.provider_id",
      "payment_sessions.status",
      "payment_sessions.amount",
    ],
    filters: { id: req.params.id },
  })
  return data[0] as unknown as Collection | undefined
}
