/**
 * `npm run seed` loads the demo catalogue; `npm run seed -- --synthetic 20000`
 * a generated one for benchmarks. Idempotent: existing products are skipped.
 */
import { main, runExecScript } from "./lib/exec-command"

main(() => runExecScript("../seed/exec.ts", process.argv.slice(2)))
