import { GridSkeleton } from "@/modules/common/components/skeletons"

// Only here: a loading boundary sends the page's status before it renders, so a segment whose page can
// answer 404 (products, provinces, producers) must not have one. Search never does.
export default function Loading() {
  return <GridSkeleton label="Đang tìm… (Searching…)" />
}
