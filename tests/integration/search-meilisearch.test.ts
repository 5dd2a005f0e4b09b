// The same contract against a real Meilisearch server, when one is configured
// (MEILISEARCH_HOST, MEILISEARCH_API_KEY). This machine cannot run the server.
const host = process.env.MEILISEARCH_HOST
if (host) process.env.MEILISEARCH_INDEX = `ocop_test_${process.pid}_${Date.now()}`

import { searchContract } from "../support/search-contract"

if (host) {
  searchContract("meilisearch")
} else {
  console.log("[search] Meilisearch contract skipped: MEILISEARCH_HOST is not set (no Meilisearch server on this machine)")
  describe.skip("search contract on Meilisearch (set MEILISEARCH_HOST to run it)", () => {
    it("runs the shared search contract against a real server", () => {})
  })
}
