import { NextResponse } from "next/server"
import { listCommunes } from "@/lib/data/addresses"

/** The checkout's commune list for the chosen province (names only: what the picker shows and sends). */
export async function GET(_req: Request, { params }: { params: Promise<{ province: string }> }) {
  const { province } = await params
  const found = await listCommunes(province).catch(() => undefined)
  if (found === undefined) return NextResponse.json({ communes: [] }, { status: 502 })
  if (!found) return NextResponse.json({ communes: [] }, { status: 404 })
  return NextResponse.json(
    { communes: found.communes.map((c) => c.name) },
    { headers: { "cache-control": "public, max-age=86400" } }
  )
}
