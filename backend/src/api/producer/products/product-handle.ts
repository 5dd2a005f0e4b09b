import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { asciiHandle } from "../../../modules/ocop/lib/text"

/**
 * An ASCII handle for a new product from its title ("Mật ong rừng Tam Đảo" ->
 * "mat-ong-rung-tam-dao"), with "-2", "-3"... when taken: Medusa would keep
 * the diacritics in the URL and refuse a duplicate.
 */
export async function freeProductHandle(container: MedusaContainer, title: string): Promise<string> {
  const base = asciiHandle(title).slice(0, 180) || "san-pham"
  const taken = new Set(
    (
      await container.resolve(Modules.PRODUCT).listProducts({ handle: { $like: `${base}%` } } as any, {
        select: ["handle"],
        withDeleted: true,
        take: null as any,
      })
    ).map((p) => p.handle)
  )
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}
