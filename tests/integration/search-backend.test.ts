import { storefrontPages } from "../e2e/storefront.suite"
import { withSharedBackend } from "../support/backend-app"
import { SEARCH_CATALOGUE, searchContractSuite } from "../support/search-contract"

/**
 * The suites written against the search catalogue, on one backend booted with
 * it (see one-backend.test.ts): the search contract on the default engine
 * (PostgreSQL full text in the project's own database) and the storefront in
 * the browser.
 */
withSharedBackend(
  {
    "search contract (postgres)": searchContractSuite("postgres"),
    "storefront pages": storefrontPages,
  },
  SEARCH_CATALOGUE
)
