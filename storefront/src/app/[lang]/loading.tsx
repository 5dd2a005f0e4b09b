import { GridSkeleton } from "@/modules/common/components/skeletons"

// loading gets no params: the label is in both languages
export default function Loading() {
  return <GridSkeleton label="Đang tải… (Loading…)" />
}
