import type { Ctx } from "./backend-app"
import { bearer } from "./checkout"

/** Adds a staff member to a showroom, activates their login with the one-time token and logs in. */
export async function staffToken(ctx: Ctx, showroomId: string, email: string, role: "manager" | "clerk" = "manager") {
  const { data } = await ctx.api.post(`/admin/ocop/showrooms/${showroomId}/staff`, { email, role }, ctx.adminHeaders)
  const reg = await ctx.api.post("/auth/staff/emailpass/register", { email, password: "mat-khau-quay-1" })
  await ctx.api.post("/showroom/activate", { token: data.activation.token }, bearer(reg.data.token))
  return (await ctx.api.post("/auth/staff/emailpass", { email, password: "mat-khau-quay-1" })).data.token as string
}
