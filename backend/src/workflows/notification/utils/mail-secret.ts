import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The key that signs unsubscribe links: MAIL_TOKEN_SECRET, else the cookie secret of medusa-config. */
export function mailTokenSecret(container: MedusaContainer): string {
  if (process.env.MAIL_TOKEN_SECRET) return process.env.MAIL_TOKEN_SECRET
  const { projectConfig } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return String(projectConfig.http.cookieSecret ?? "supersecret-dev-only")
}
