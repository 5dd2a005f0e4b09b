"use server"

import { revalidatePath } from "next/cache"
import { sellerFetch } from "./seller-session"
import { staffFetch } from "./staff-session"
import { langOf, str } from "./portal-auth"

/** Turns one optional email on or off for the logged-in member of the producer portal or the counter. */
export async function setMailPreference(fd: FormData) {
  const seller = str(fd, "portal") === "seller"
  await (seller ? sellerFetch : staffFetch)(seller ? "/producer/mail-preferences" : "/showroom/mail-preferences", {
    method: "POST",
    body: { category: str(fd, "category"), subscribed: str(fd, "subscribed") === "true" },
  })
  revalidatePath(`/${langOf(fd)}/${seller ? "seller" : "showroom"}`, "layout")
}
