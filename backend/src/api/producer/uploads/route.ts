import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { detectImageType } from "../../utils/middlewares/image-upload"
import type { ProducerRequest } from "../../utils/middlewares/producer-context"

const EXTENSIONS = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "image/gif": "gif" }

/** Product images and certificate scans, stored by the backend's file module. Images only. */
export async function POST(req: ProducerRequest, res: MedusaResponse) {
  const files = (req as any).files as { originalname: string; buffer: Buffer }[] | undefined
  if (!files?.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      'Chưa có ảnh nào trong trường "files" (no image in the "files" field)'
    )
  }
  const typed = files.map((f) => ({ file: f, type: detectImageType(f.buffer) }))
  const bad = typed.filter((t) => !t.type).map((t) => t.file.originalname)
  if (bad.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF: ${bad.join(", ")} (only JPEG, PNG, WebP or GIF images)`
    )
  }
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: typed.map(({ file, type }, i) => ({
        // our own name: the client's file name is not trusted
        filename: `${req.producer.id}-${Date.now()}-${i}.${EXTENSIONS[type!]}`,
        mimeType: type!,
        content: file.buffer.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  res.status(201).json({ files: result.map((f: any) => ({ id: f.id, url: f.url })) })
}
