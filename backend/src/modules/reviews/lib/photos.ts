import sharp from "sharp"

/** What sharp must find inside the bytes: the name and declared type of an upload are never trusted. */
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp"])
const MAX_EDGE = 1600
// a 5 MB file can still decode to a huge bitmap (a "pixel bomb"): sharp refuses past this
const MAX_INPUT_PIXELS = 40_000_000

/**
 * A review photo, checked by its content and re-encoded: decoded by sharp
 * (refused unless it really is a JPEG, PNG or WebP image), turned upright by
 * its EXIF orientation, scaled to at most 1600 px and written out as a new
 * JPEG. sharp writes no metadata unless asked, so EXIF (GPS position, camera,
 * time), ICC and XMP are gone. Null when the bytes are not such an image.
 */
export async function cleanReviewPhoto(buffer: Buffer): Promise<Buffer | null> {
  try {
    const image = sharp(buffer, { failOn: "error", limitInputPixels: MAX_INPUT_PIXELS })
    const meta = await image.metadata()
    if (!meta.format || !ACCEPTED_FORMATS.has(meta.format)) return null
    return await image
      .rotate()
      .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer()
  } catch {
    // undecodable, truncated or too large: not a photo we keep
    return null
  }
}
