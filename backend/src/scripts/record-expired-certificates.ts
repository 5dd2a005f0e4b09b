import type { ExecArgs } from "@medusajs/framework/types"
import recordExpiredCertificates from "../jobs/record-expired-certificates"

/**
 * `npx medusa exec ./src/scripts/record-expired-certificates.ts` (from backend/):
 * the daily expiry job, now, for an operator who cannot wait for 00:05. Safe to
 * run while the scheduled job runs elsewhere: each expiry is recorded once.
 */
export default async function run({ container }: ExecArgs) {
  await recordExpiredCertificates(container)
}
