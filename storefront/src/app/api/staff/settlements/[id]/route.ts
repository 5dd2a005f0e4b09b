import { NextResponse, type NextRequest } from "next/server"
import { fetchSettlementCsv } from "@/lib/data/staff"
import { staffHeaders } from "@/lib/data/staff-session"

/** A settlement of the staff member's showroom as CSV, passed through from the backend. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const headers = await staffHeaders()
  const { id } = await params
  if (!headers.authorization) return NextResponse.json({ message: "Chưa đăng nhập (not logged in)" }, { status: 401 })
  if (!/^cset_[A-Z0-9]+$/.test(id)) return NextResponse.json({ message: "Không tìm thấy (not found)" }, { status: 404 })
  const res = await fetchSettlementCsv(id)
  return new NextResponse(res.body, {
    status: res.status,
    headers: {
      "content-type": res.headers.get("content-type") ?? "text/csv; charset=utf-8",
      "content-disposition": res.headers.get("content-disposition") ?? `attachment; filename="doi-soat-${id}.csv"`,
      "cache-control": "no-store",
    },
  })
}
