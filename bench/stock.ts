/**
 * Products for the cart and checkout benchmarks, with enough stock: orders take
 * units on every run and the bench's data is reused, so their warehouse levels
 * are set high through the admin API first.
 */
import { Backend, call } from "./target"
import { settings } from "../scripts/lib/config"

const STOCK = 1_000_000

export async function adminToken(b: Backend, env = process.env): Promise<string> {
  const cfg = settings(env)
  const { token } = await call(b, "POST", "/auth/user/emailpass", {
    email: cfg.adminEmail,
    password: cfg.adminPassword,
  })
  return token
}

/** `count` sellable products (from `offset` in the store's list): their variant ids, with stock set high. */
export async function stockedVariants(b: Backend, count: number, offset: number): Promise<string[]> {
  const { products } = await call(
    b,
    "GET",
    `/store/products?limit=${count}&offset=${offset}&fields=id,variants.id,variants.sku`
  )
  const variants = products.map((p: any) => p.variants[0])
  const auth = { authorization: `Bearer ${await adminToken(b)}` }
  const skus = variants.map((v: any) => `sku[]=${encodeURIComponent(v.sku)}`).join("&")
  const { inventory_items } = await call(
    b,
    "GET",
    `/admin/inventory-items?${skus}&limit=${count}&fields=id,location_levels.location_id`,
    undefined,
    auth
  )
  for (const item of inventory_items) {
    for (const level of item.location_levels) {
      await call(
        b,
        "POST",
        `/admin/inventory-items/${item.id}/location-levels/${level.location_id}`,
        { stocked_quantity: STOCK },
        auth
      )
    }
  }
  return variants.map((v: any) => v.id)
}
