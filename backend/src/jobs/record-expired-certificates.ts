import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordExpiredCertificatesWorkflow } from "../workflows/certificate/record-expired-certificates"

/**
 * Daily, shortly after midnight in Vietnam (UTC+7): records the certificates that
 * expired so staff see which products left sale and why. Sale itself already
 * stopped at the expiry instant; this job only makes it visible.
 */
export default async function recordExpiredCertificates(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await recordExpiredCertificatesWorkflow(container).run({ input: { at: new Date() } })
  if (result.events.length) {
    logger.info(`[ocop] ${result.events.length} certificates expired; ${result.productIds.length} products left sale`)
  }
}

export const config = {
  name: "ocop-record-expired-certificates",
  schedule: "5 17 * * *", // 00:05 in Vietnam
}
