import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { MAX_REVIEW_PHOTO_BYTES, MAX_REVIEW_PHOTOS } from "../../../../modules/reviews/lib/rules"

const MB = MAX_REVIEW_PHOTO_BYTES / 1024 / 1024
const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_REVIEW_PHOTO_BYTES, files: MAX_REVIEW_PHOTOS, fields: 10, fieldSize: 64 * 1024 },
})

/** A review's "photos" field (multipart, optional): size and count refused with a clear 400 before anything is read. */
export function reviewPhotoUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload.array("photos", MAX_REVIEW_PHOTOS)(req as any, res as any, (err: any) => {
    if (!err) return next()
    const message =
      err.code === "LIMIT_FILE_SIZE"
        ? `Mỗi ảnh tối đa ${MB} MB (each photo must be at most ${MB} MB)`
        : err.code === "LIMIT_FILE_COUNT" || err.code === "LIMIT_UNEXPECTED_FILE"
          ? `Tối đa ${MAX_REVIEW_PHOTOS} ảnh, trong trường "photos" (at most ${MAX_REVIEW_PHOTOS} photos, in the "photos" field)`
          : `Tải ảnh không thành công (upload failed): ${err.message}`
    next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
  })
}
