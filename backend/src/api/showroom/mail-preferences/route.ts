import type { MedusaResponse } from "@medusajs/framework/http"
import { mailPreferencesOf, type MailPreferenceUpdate, setMailPreference } from "../../utils/mail-preferences"
import type { StaffRequest } from "../../utils/middlewares/staff-context"

/** The optional emails this staff member receives. */
export async function GET(req: StaffRequest, res: MedusaResponse) {
  res.json({ preferences: await mailPreferencesOf(req.scope, req.staff.email) })
}

/** Turns one optional email on or off for this staff member. */
export async function POST(req: StaffRequest<MailPreferenceUpdate>, res: MedusaResponse) {
  res.json({ preferences: await setMailPreference(req.scope, req.staff.email, req.validatedBody) })
}
