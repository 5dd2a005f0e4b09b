/**
 * `npm run reindex` rebuilds the search index from the catalogue, with a
 * progress bar; `npm run reindex -- --check` compares the two and reports drift.
 */
import { main, runExecScript } from "./lib/exec-command"

main(() => runExecScript("./src/scripts/search-index.ts", process.argv.slice(2)))
