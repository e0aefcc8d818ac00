/** Waits until the explorer page has a graph, no pending step and no running layout (tests of /explore). */
import type { Page } from "playwright-core";

export async function explorerSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const ex = window.__rgeExplorer;
      return ex !== undefined && ex.model.graph.order > 0 && !ex.model.busy() && !ex.layoutRunning();
    },
    null,
    { timeout: 60_000 },
  );
}
