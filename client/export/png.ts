/**
 * PNG of a view at a chosen resolution: the SVG document of the same snapshot (svg.ts) rasterised on a canvas at
 * `scale` times the view's size. @sigma/export-image (3.0.0, the newest) is written for Sigma 3: it rebuilds the
 * renderer with Sigma 3's constructor (our reducers would be dropped: colours, sizes, labels) and reads
 * `getCanvases()`, which Sigma 4 no longer has (one WebGL stage), so it cannot capture this renderer. Rasterising the
 * SVG gives the same picture as the vector file, at any resolution, legend included.
 */
import { renderSvg, type SvgOptions } from "./svg.ts";
import type { ViewSnapshot } from "./snapshot.ts";

/** Chromium refuses canvases much beyond this side; bigger requests are scaled down to fit. */
export const MAX_PNG_SIDE = 8192;
export const PNG_SCALES = [1, 2, 4] as const;

/** The pixel size of a PNG of `snapshot` at `scale` (capped so neither side exceeds MAX_PNG_SIDE). */
export function pngSize(width: number, height: number, scale: number): { width: number; height: number } {
  const fit = Math.min(scale, MAX_PNG_SIDE / Math.max(width, 1), MAX_PNG_SIDE / Math.max(height, 1));
  return { width: Math.max(1, Math.round(width * fit)), height: Math.max(1, Math.round(height * fit)) };
}

/** Renders the snapshot to a PNG blob `scale` times the view's size. */
export async function toPng(snapshot: ViewSnapshot, scale: number, options: SvgOptions = {}): Promise<Blob> {
  const { svg, width, height } = renderSvg(snapshot, options);
  const size = pngSize(width, height, scale);
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("Export: no 2D canvas to draw the PNG on");
    context.drawImage(image, 0, 0, size.width, size.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error("Export: the PNG could not be encoded"))),
        "image/png",
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
