import NextLink from "next/link"
import type { ComponentProps } from "react"

/**
 * next/link without prefetching. Every page of the storefront is rendered on
 * request (live catalogue, cookies), so a prefetch cannot keep a page ready:
 * it only makes the server render the layout of every link that scrolls into
 * view (a home page or a search with facets has 20 to 60 of them) and the
 * phone parse each answer on its main thread, while the page is loading. A
 * click fetches the page once, as a prefetch would have.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />
}
