/**
 * Product images and uploads: Medusa's file module on S3-compatible storage
 * (AWS S3, MinIO, Cloudflare R2...) through its `file-s3` provider when
 * S3_BUCKET is set, so every server process serves the same files; otherwise
 * Medusa's default, local files under the backend's `static/` folder.
 */
export function fileModules() {
  const bucket = process.env.S3_BUCKET
  if (!bucket) return []
  return [
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-s3",
            id: "s3",
            options: {
              bucket,
              file_url: process.env.S3_FILE_URL,
              region: process.env.S3_REGION || "auto",
              endpoint: process.env.S3_ENDPOINT,
              access_key_id: process.env.S3_ACCESS_KEY_ID,
              secret_access_key: process.env.S3_SECRET_ACCESS_KEY,
              prefix: process.env.S3_PREFIX,
              additional_client_config: process.env.S3_ENDPOINT ? { forcePathStyle: true } : {},
            },
          },
        ],
      },
    },
  ]
}
