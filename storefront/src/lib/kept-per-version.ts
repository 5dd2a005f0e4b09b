/*
 * Plain Node, shared by the page cache's server (server/front-door.ts) and the
 * app's data layer: the backend's page version read for this request travels
 * to the render in a request header, so an answer that version covers can be
 * reused by later renders under the same version, and never under another.
 */

/** The request header the front door sets to the version it read; a shopper's own copy is removed first. */
export const PAGE_VERSION_HEADER = "x-ocop-page-version"

/**
 * One answer kept under the version it was loaded under (the latest only). No
 * version (a request the front door read none for): loaded every time.
 */
export function keptPerVersion<T>() {
  let kept: { version: string; value: Promise<T> } | null = null
  return (version: string | null | undefined, load: () => Promise<T>): Promise<T> => {
    if (!version) return load()
    if (kept?.version === version) return kept.value
    const value = load()
    kept = { version, value }
    // a failed load is not kept: the next render under this version asks again
    value.catch(() => {
      if (kept?.value === value) kept = null
    })
    return value
  }
}
