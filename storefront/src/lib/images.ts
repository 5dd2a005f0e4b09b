/**
 * Product images are files of the backend (/static/...). They are served
 * through the storefront's own /static route, so pages never depend on the
 * backend's public address and the browser talks to one origin.
 */
export function imageSrc(url: string | null | undefined): string | null {
  if (!url) return null
  const at = url.indexOf("/static/")
  return at >= 0 ? url.slice(at) : url
}
