import { fetchBackendFile } from "@/lib/data/files"

/** Proxies product images from the backend's file storage (see lib/images.ts). */
export async function GET(_req: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params
  if (path.some((p) => p === ".." || p.includes("/"))) return new Response("Not found", { status: 404 })
  const upstream = await fetchBackendFile(path)
  if (!upstream.ok) return new Response("Not found", { status: 404 })
  return new Response(upstream.body, {
    headers: {
      "content-type": upstream.headers.get("content-type") ?? "application/octet-stream",
      "cache-control": "public, max-age=86400",
      // uploaded files are shown as images only, never run as pages
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
      "x-content-type-options": "nosniff",
    },
  })
}
