/**
 * Search: Meilisearch when MEILISEARCH_HOST is set, else the embedded engine
 * (PostgreSQL full text in the project's own database).
 */
export function searchModule() {
  return {
    resolve: "./src/modules/ocop-search",
    options: {
      meilisearch: process.env.MEILISEARCH_HOST
        ? {
            host: process.env.MEILISEARCH_HOST,
            apiKey: process.env.MEILISEARCH_API_KEY,
            indexName: process.env.MEILISEARCH_INDEX || "ocop_products",
          }
        : undefined,
    },
  }
}
