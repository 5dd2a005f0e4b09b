import { searchContract } from "../support/search-contract"

// The default engine: PostgreSQL full text in the project's own database.
searchContract("postgres")
