import "server-only"
import { sdk } from "../config"

export type BackendError = { status: number; message: string }

/** The backend's message and status from an SDK error (FetchError), for showing to the shopper. */
export function backendError(e: unknown): BackendError {
  const err = e as { status?: number; message?: string }
  return { status: err?.status ?? 500, message: err?.message || "Backend unavailable" }
}

/** GET on one of the backend's store routes; null on 404. */
export async function storeGet<T>(
  path: string,
  query?: Record<string, unknown>,
  headers?: Record<string, string>
): Promise<T | null> {
  try {
    return await sdk.client.fetch<T>(path, { query, headers })
  } catch (e) {
    if (backendError(e).status === 404) return null
    throw e
  }
}
