import "server-only"
import { sdk } from "../config"
import { backendError } from "./backend"
import { isLang, type Lang } from "../i18n"
import type { ActionState } from "./cart"

/** Small readers shared by the portals' server actions. */
export const langOf = (fd: FormData): Lang => {
  const lang = String(fd.get("lang") ?? "vi")
  return isLang(lang) ? lang : "vi"
}
export const str = (fd: FormData, k: string) => String(fd.get(k) ?? "").trim()
export const fail = (e: unknown): ActionState => ({ ok: false, message: backendError(e).message })

type ActorType = "producer" | "staff"

/**
 * A new portal login: registers the email and password for the actor type,
 * binds it with `bind` (sign-up, invitation, activation: the backend route
 * that takes the registration token), then logs in and keeps the session.
 * Null when it worked, else what to show.
 */
export async function registerBindAndLogin(
  actor: ActorType,
  fd: FormData,
  bind: (registrationHeaders: Record<string, string>) => Promise<unknown>,
  keepToken: (token: string) => Promise<void>
): Promise<ActionState | null> {
  const lang = langOf(fd)
  const email = str(fd, "email").toLowerCase()
  const password = String(fd.get("password") ?? "")
  if (password.length < 8)
    return {
      ok: false,
      fieldErrors: { password: lang === "vi" ? "Mật khẩu cần ít nhất 8 ký tự" : "At least 8 characters" },
    }
  try {
    // a login registered on an earlier attempt whose binding failed (a mistyped
    // token, say) is reused rather than locking the person out
    const registration = await sdk.auth.register(actor, "emailpass", { email, password }).catch(async (e) => {
      if (!/already exists/i.test(backendError(e).message)) throw e
      return sdk.auth.login(actor, "emailpass", { email, password })
    })
    if (typeof registration !== "string") throw new Error("Đăng nhập không thành công (login failed)")
    await bind({ authorization: `Bearer ${registration}` })
    await keepToken((await sdk.auth.login(actor, "emailpass", { email, password })) as string)
    return null
  } catch (e) {
    return fail(e)
  }
}

/** Logs a portal user in; null when it worked, else the message (never which of the two was wrong). */
export async function portalLogin(
  actor: ActorType,
  fd: FormData,
  keepToken: (token: string) => Promise<void>
): Promise<ActionState | null> {
  try {
    const token = await sdk.auth.login(actor, "emailpass", {
      email: str(fd, "email").toLowerCase(),
      password: String(fd.get("password") ?? ""),
    })
    if (typeof token !== "string") throw new Error()
    await keepToken(token)
    return null
  } catch {
    return { ok: false, message: langOf(fd) === "vi" ? "Email hoặc mật khẩu không đúng." : "Wrong email or password." }
  }
}
