import { NextResponse, type NextRequest } from "next/server"
import { fetchSellerPayoutsCsv } from "@/lib/data/seller"
import { sellerHeaders } from "@/lib/data/seller-session"

/** The logged-in producer's payout statement as CSV, passed through from the backend. */
export async function GET(_request: NextRequest) {
  const headers = await sellerHeaders()
  if (!headers.authorization) return NextResponse.json({ message: "Chưa đăng nhập (not logged in)" }, { status: 401 })
  const res = await fetchSellerPayoutsCsv()
  return new NextResponse(res.body, {
    status: res.status,
    headers: {
      "content-type": res.headers.get("content-type") ?? "text/csv; charset=utf-8",
      "content-disposition": res.headers.get("content-disposition") ?? 'attachment; filename="doi-soat-ocop.csv"',
      "cache-control": "no-store",
    },
  })
}
