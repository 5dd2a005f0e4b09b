import { NextResponse } from "next/server"
import { getBankTransfer } from "@/lib/data/bank-transfer"

/** What the order page polls to turn paid by itself (the order id is the key, as on the page). */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return NextResponse.json({ bank_transfer: await getBankTransfer(id) }, { headers: { "Cache-Control": "no-store" } })
}
