import { BackendProcess, startBackend } from "../../scripts/lib/backend-process"
import { freePort } from "../../scripts/lib/embedded-postgres"
import { ProcessStack } from "./process-stack"
import { RedisServer } from "./redis-server"

export type Mode = "server" | "worker" | "shared"
export type Answer = { status: number; data: any; headers?: Headers }

/** A client of one backend process over HTTP, with the storefront's publishable key. */
export function client(base: () => string, publishableKey: () => string) {
  return async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
    const res = await fetch(base() + url, {
      method,
      headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey(), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    let data: any = text
    try {
      data = JSON.parse(text)
    } catch {
      // not JSON: the text itself is the answer
    }
    return { status: res.status, data, headers: res.headers }
  }
}

export type Call = (method: string, url: string, body?: unknown, headers?: Record<string, string>) => Promise<Answer>

/** A cart of one unit of the variant, address, standard delivery and cash on delivery, made over HTTP, ready to complete. */
export async function readyCartOver(call: Call, variantId: string, email: string): Promise<string> {
  const { data: regions } = await call("GET", "/store/regions")
  const { data } = await call("POST", "/store/carts", { region_id: regions.regions[0].id, email })
  const cartId = data.cart.id
  await call("POST", `/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 })
  await call("POST", `/store/carts/${cartId}`, {
    shipping_address: {
      first_name: "Lan",
      last_name: "Nguyễn",
      address_1: "12 Trần Hưng Đạo",
      city: "Phường Ba Đình",
      province: "ha-noi",
      country_code: "vn",
      phone: "0901234567",
    },
  })
  const { data: options } = await call("GET", `/store/shipping-options?cart_id=${cartId}`)
  const standard = options.shipping_options.find((o: any) => o.name === "Giao hàng tiêu chuẩn")
  await call("POST", `/store/carts/${cartId}/shipping-methods`, { option_id: standard.id })
  const { data: pc } = await call("POST", "/store/payment-collections", { cart_id: cartId })
  await call("POST", `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, {
    provider_id: "pp_cod_cod",
  })
  return cartId
}

/**
 * The marketplace as a deployment runs it: one database (migrated and seeded
 * once), Redis (Debian's redis-server) and several Medusa processes started
 * with `medusa start`, each in its worker mode, each a process group a test
 * can kill.
 */
export class MarketplaceProcesses {
  readonly db = new ProcessStack()
  readonly redis = new RedisServer()
  readonly processes = new Map<string, BackendProcess>()

  async start() {
    await Promise.all([this.db.start({ backend: false }), this.redis.start()])
  }

  /** Starts (or restarts) the named process; `redis: false` runs it without REDIS_URL (locking on PostgreSQL). */
  async run(name: string, mode: Mode, opts: { redis?: boolean } = {}) {
    await this.processes.get(name)?.stop()
    const env: NodeJS.ProcessEnv = { ...this.db.env, MEDUSA_WORKER_MODE: mode }
    if (opts.redis !== false) env.REDIS_URL = this.redis.url
    else delete env.REDIS_URL
    const proc = await startBackend({ command: "start", port: await freePort(), env, timeoutMs: 240_000 })
    this.processes.set(name, proc)
    return proc
  }

  url(name: string) {
    return this.processes.get(name)!.url
  }

  call(name: string) {
    return client(
      () => this.url(name),
      () => this.db.publishableKey
    )
  }

  async stop() {
    await Promise.all([...this.processes.values()].map((p) => p.stop().catch(() => {})))
    await this.redis.stop()
    await this.db.stop()
  }
}
