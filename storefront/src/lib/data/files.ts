import "server-only"
import { BACKEND_URL } from "../config"

/** A file of the backend's file storage (/static/...), fetched for the storefront's own /static route. */
export async function fetchBackendFile(path: string[]): Promise<Response> {
  return fetch(`${BACKEND_URL}/static/${path.map(encodeURIComponent).join("/")}`)
}
