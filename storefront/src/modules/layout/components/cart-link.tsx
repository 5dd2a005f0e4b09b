"use client"

import { useSyncExternalStore } from "react"
import Link from "@/modules/common/components/link"
import { CartIcon } from "./header-icons"

/** The item count the server put in its readable cookie at each change of the cart. */
const countNow = () => Number(document.cookie.match(/(?:^|;\s*)ocop_cart_count=(\d+)/)?.[1] ?? 0)
// a cookie has no change event: the count is read again at each render (the cart's actions refresh the page)
const noSubscription = () => () => {}

/**
 * The header's cart link with its item count, read in the browser from the
 * cart's count cookie rather than on the server: a catalogue page is then
 * the same for a shopper with a cart as for anyone, so it comes from the
 * storefront's page cache (server/page-cache.ts). Without JavaScript the link
 * still goes to the cart, which shows the count.
 */
export function CartLink({ lang, label }: { lang: string; label: string }) {
  const count = useSyncExternalStore(noSubscription, countNow, () => 0)
  return (
    <Link
      href={`/${lang}/cart`}
      className="cart-link"
      data-testid="cart-link"
      aria-label={count > 0 ? `${label} (${count})` : label}
    >
      <CartIcon />
      <span className="cart-label">{label}</span>
      {count > 0 ? (
        <span className="cart-count" aria-hidden="true">
          {count}
        </span>
      ) : null}
    </Link>
  )
}
