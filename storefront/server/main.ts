/**
 * The storefront's server: Next's production build behind the page cache
 * (server/front-door.ts). `npm start` and the tests start it; usage:
 *   node --import tsx server/main.ts [-p 8000]
 */
import http from "node:http"
import path from "node:path"
import { frontDoor } from "./front-door"

const flag = process.argv.indexOf("-p")
const port = Number(flag >= 0 ? process.argv[flag + 1] : process.env.PORT || 8000)

async function main() {
  // the production build, as `next start` serves it (Next reads NODE_ENV when it loads)
  Object.assign(process.env, { NODE_ENV: "production" })
  const { default: next } = await import("next")
  const app = next({ dev: false, dir: path.resolve(__dirname, ".."), port, hostname: "localhost" })
  await app.prepare()
  const handle = app.getRequestHandler()
  const server = http.createServer(frontDoor((req, res) => handle(req, res)))
  // every interface, IPv4 and IPv6, as `next start` listens
  server.listen(port, () => console.log(`storefront on http://localhost:${port}`))
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => server.close(() => process.exit(0)))
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
