/**
 * Add-to-cart and a whole cash-on-delivery checkout through the store API, with
 * the calls the storefront makes (as in tests/integration/pickup.test.ts):
 * cart -> line -> address -> delivery option -> payment collection and session
 * (pp_cod_cod) -> complete.
 */
import { pool, Stats, summarize } from "./lib"
import { latency, markdown, ratio } from "./table"
import { Backend, call } from "./target"

const ADDRESS = {
  first_name: "Lan",
  last_name: "Nguyễn",
  address_1: "12 Trần Hưng Đạo",
  city: "Phường Long Châu",
  province: "vinh-long",
  country_code: "vn",
  phone: "0901234567",
}

const newCart = async (b: Backend, region: string) =>
  (await call(b, "POST", "/store/carts", { region_id: region, email: "bench@example.vn" })).cart.id as string
const addLine = (b: Backend, cart: string, variant: string) =>
  call(b, "POST", `/store/carts/${cart}/line-items`, { variant_id: variant, quantity: 1 })

/** From a new cart to an order; returns how long POST .../complete took. */
export async function checkout(b: Backend, region: string, variant: string): Promise<number> {
  const cart = await newCart(b, region)
  await addLine(b, cart, variant)
  await call(b, "POST", `/store/carts/${cart}`, { shipping_address: ADDRESS })
  const { shipping_options } = await call(b, "GET", `/store/shipping-options?cart_id=${cart}`)
  const delivery = shipping_options.find((o: any) => o.name === "Giao hàng tiêu chuẩn") ?? shipping_options[0]
  await call(b, "POST", `/store/carts/${cart}/shipping-methods`, { option_id: delivery.id })
  const { payment_collection } = await call(b, "POST", "/store/payment-collections", { cart_id: cart })
  await call(b, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: "pp_cod_cod",
  })
  const t0 = performance.now()
  const done = await call(b, "POST", `/store/carts/${cart}/complete`, {})
  if (done.type !== "order") throw new Error(`no order: ${JSON.stringify(done.error ?? done).slice(0, 200)}`)
  return performance.now() - t0
}

export type CartRow = { what: string; clients: number; stats: Stats; rate: string; alone?: Stats; aloneRate?: string }

/**
 * Each measurement on the marketplace, then at once on Medusa alone (the
 * bench's second backend: no rule, no checkout queue, no cart hooks, no
 * subscribers) on the same data, so both see the same machine.
 */
export async function benchCart(b: Backend, alone: Backend | undefined, variants: string[], clients: number[]) {
  const region = (await call(b, "GET", "/store/regions")).regions[0].id
  const rows: CartRow[] = []
  const failures: string[] = []
  const note = (run: { failures: unknown[] }) => failures.push(...run.failures.map((e: any) => e?.message ?? String(e)))

  async function adds(target: Backend, n: number) {
    // add-to-cart on fresh carts (created beforehand, not timed): one line per cart
    const total = n === 1 ? 40 : n * 10
    const carts: string[] = []
    await pool(total, 8, async () => void carts.push(await newCart(target, region)))
    const run = await pool(carts.length, n, (i) => addLine(target, carts[i], variants[i % variants.length]))
    note(run)
    return summarize(run.ms, run.seconds, run.failures.length)
  }

  async function checkouts(target: Backend, n: number) {
    const orders = n === 1 ? 15 : n * 3
    const completes: number[] = []
    const run = await pool(
      orders,
      n,
      async (i) => void completes.push(await checkout(target, region, variants[(i * 7) % variants.length]))
    )
    note(run)
    return {
      whole: summarize(run.ms, run.seconds, run.failures.length),
      complete: summarize(completes, run.seconds, run.failures.length),
    }
  }

  for (const n of clients) {
    const add = await adds(b, n)
    const addAlone = alone ? await adds(alone, n) : undefined
    rows.push({
      what: "add to cart (POST /store/carts/:id/line-items)",
      clients: n,
      stats: add,
      rate: `${add.rate.toFixed(1)} req/s`,
      alone: addAlone,
      aloneRate: addAlone && `${addAlone.rate.toFixed(1)} req/s`,
    })
  }
  for (const n of clients) {
    const mine = await checkouts(b, n)
    const theirs = alone ? await checkouts(alone, n) : undefined
    rows.push({
      what: "checkout, cash on delivery: whole (8 requests, new cart to order)",
      clients: n,
      stats: mine.whole,
      rate: `${mine.whole.rate.toFixed(2)} orders/s`,
      alone: theirs?.whole,
      aloneRate: theirs && `${theirs.whole.rate.toFixed(2)} orders/s`,
    })
    rows.push({
      what: "  of which POST /store/carts/:id/complete",
      clients: n,
      stats: mine.complete,
      rate: "",
      alone: theirs?.complete,
    })
  }
  return { rows, failures }
}

export const cartTable = (rows: CartRow[]) =>
  markdown(
    [
      "what",
      "clients",
      "marketplace p50 / p95 ms",
      "rate",
      "Medusa alone p50 / p95 ms",
      "rate",
      "p50 ratio",
      "p95 ratio",
    ],
    rows.map((r) => [
      r.what,
      r.clients,
      latency(r.stats),
      r.rate,
      latency(r.alone),
      r.aloneRate ?? "",
      r.alone ? ratio(r.stats.p50, r.alone.p50) : "-",
      r.alone ? ratio(r.stats.p95, r.alone.p95) : "-",
    ])
  )
