import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
const MAX_FILES = 10

/**
 * The image type from the file's first bytes, never from its name or declared
 * type. SVG is refused: it can carry script.
 */
export function detectImageType(buf: Buffer): "image/jpeg" | "image/png" | "image/webp" | "image/gif" | null {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return "image/jpeg"
  if (buf.length >= 8 && buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return "image/png"
  if (buf.length >= 12 && buf.toString("ascii", 0, 4) === "RIFF" && buf.toString("ascii", 8, 12) === "WEBP")
    return "image/webp"
  if (buf.length >= 6 && /^GIF8[79]a$/.test(buf.toString("ascii", 0, 6))) return "image/gif"
  return null
}

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_IMAGE_BYTES, files: MAX_FILES } })

/** Multipart "files" field, with size and count errors turned into a clear 400. */
export function imageUploadMiddleware(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload.array("files", MAX_FILES)(req as any, res as any, (err: any) => {
    if (!err) return next()
    const message =
      err.code === "LIMIT_FILE_SIZE"
        ? `Ảnh tối đa ${MAX_IMAGE_BYTES / 1024 / 1024} MB (each image must be at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB)`
        : err.code === "LIMIT_FILE_COUNT" || err.code === "LIMIT_UNEXPECTED_FILE"
          ? `Tối đa ${MAX_FILES} ảnh mỗi lần, trong trường "files" (at most ${MAX_FILES} images, in the "files" field)`
          : `Tải ảnh không thành công: ${err.message} (upload failed)`
    next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
  })
}
