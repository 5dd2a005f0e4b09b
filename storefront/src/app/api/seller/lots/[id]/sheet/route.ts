import { fetchLotSheet } from "@/lib/data/trace-sheet"

/** The stamp sheet PDF of one of the logged-in producer's lots (the backend refuses another producer's). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const res = await fetchLotSheet(id)
  if (!res.ok) return new Response(res.status === 404 ? "Not found" : "Error", { status: res.status })
  return new Response(res.body, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": res.headers.get("content-disposition") ?? "inline",
      "cache-control": "private, no-store",
    },
  })
}
