/** The explorer's export menu: the shared menu on the explorer's view, with its own colour key (encodings). */
import { snapshotView } from "../../export/snapshot.ts";
import { toSearch } from "../../explorer/url-state.ts";
import { exportMenu } from "../../ui/export-menu.ts";
import type { ExplorerApp } from "./app.ts";

export function explorerExportMenu(app: ExplorerApp): HTMLElement {
  const title = () => {
    const focus = app.model.getState().focus;
    const label = app.model.graph.hasNode(focus) ? app.model.graph.getNodeAttribute(focus, "label") : focus;
    return `Research graph explorer around ${label}`;
  };
  return exportMenu({
    variant: "toolbar",
    snapshot: () => snapshotView(app.view, { title: title(), legend: () => app.appearance().legend }),
    embedSearch: () => toSearch(app.model.getState()),
  });
}
