import { ProductSkeleton } from "@/modules/common/components/skeletons"

export default function Loading() {
  return <ProductSkeleton label="Đang tải sản phẩm… (Loading the product…)" />
}
