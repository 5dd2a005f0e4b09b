import AxeBuilder from "@axe-core/playwright"
import type { Page } from "playwright-core"

/**
 * axe-core on the page as it is now (WCAG 2.1 A and AA rules and axe's best
 * practices); fails on any serious or critical violation, naming the rule and
 * the elements, so the report says what to fix.
 */
export async function expectAccessible(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page: page as any })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze()
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
  expect(serious, where).toEqual([])
}

/** Presses Tab (or Shift+Tab) until the element matching `selector` has the focus, as a keyboard user reaches it. */
export async function tabTo(page: Page, selector: string, key: "Tab" | "Shift+Tab" = "Tab", maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return
    await page.keyboard.press(key)
  }
  throw new Error(`${selector} was not reached with ${maxPresses} presses of Tab`)
}
