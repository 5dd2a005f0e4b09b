/** Same-origin admin API calls with the dashboard's session cookie. */
export async function adminFetch<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, {
    credentials: "include",
    headers: { "Content-Type": "application/json" },
    ...init,
  })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(body.message ?? `HTTP ${res.status}`)
  return body as T
}

export const STATE_LABELS: Record<string, string> = {
  valid: "Còn hiệu lực",
  expired: "Hết hạn",
  revoked: "Bị thu hồi",
  rejected: "Bị từ chối",
  submitted: "Chờ duyệt",
  below_three_stars: "Dưới 3 sao",
}
