/**
 * `npm run build`: the production builds `npm run start:prod` and
 * `npm run start:backend` run from: the backend with its admin (`medusa build`,
 * into backend/.medusa/server) and the storefront (`next build`).
 */
import { buildStorefrontIfNeeded } from "./lib/storefront"
import { linkStaticIntoBuild } from "./lib/production"
import { medusa } from "./lib/run"

const say = (msg: string) => console.log(`[ocop] ${msg}`)

async function main() {
  const started = Date.now()
  say("building the backend and Medusa Admin (medusa build)")
  await medusa(["build"], { ...process.env, NODE_ENV: "production" }, false)
  linkStaticIntoBuild()
  say("building the storefront (next build)")
  if (!(await buildStorefrontIfNeeded(say))) say("the storefront build is up to date")
  say(`built in ${((Date.now() - started) / 1000).toFixed(0)} s: run \`npm run start:prod\``)
}

main().catch((e) => {
  console.error(`[ocop] build failed: ${e?.message ?? e}`)
  process.exit(1)
})
