/**
 * axe-core (the npm package) in a Playwright page: injected through the DevTools protocol (page.evaluate, which the
 * app's Content-Security-Policy does not govern), run against WCAG 2.0/2.1 A and AA plus best practices, and its
 * violations reduced to one readable line each so a failing test says what and where.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The rule sets issue 14 asks for: WCAG 2.0 and 2.1, levels A and AA, and axe's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] as const;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** Runs axe on the page as it is now; returns the violations (an empty list is a pass). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe !== "undefined");
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async (tags) => {
      type AxeResults = {
        violations: {
          id: string;
          impact: string | null;
          help: string;
          nodes: { target: unknown[]; failureSummary?: string }[];
        }[];
      };
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
      const results = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map((node) => ({
          target: node.target.map(String).join(" "),
          summary: (node.failureSummary ?? "").replace(/\s+/g, " ").slice(0, 240),
        })),
      }));
    },
    [...AXE_TAGS],
  );
}

/** One line per violating node: "color-contrast (serious) .eyebrow: Fix any of the following: …". */
export function describeViolations(violations: readonly AxeViolation[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}) ${node.target}: ${node.summary}`),
  );
}
