import type { Bounds } from '../../../contexts/catalog/seat-map/contracts.ts';

/** Where the plan sits on the canvas: screen = plan × scale + (x, y), in CSS pixels. */
export interface View {
  scale: number;
  x: number;
  y: number;
}

export interface ScaleLimits {
  min: number;
  max: number;
}

/** The whole plan centred in the canvas with a margin (which should leave room for a seat's own size). */
export function fitView(bounds: Bounds, width: number, height: number, margin = 24): View {
  const planWidth = Math.max(bounds.maxX - bounds.minX, 1e-6);
  const planHeight = Math.max(bounds.maxY - bounds.minY, 1e-6);
  const scale = Math.max(Math.min((width - 2 * margin) / planWidth, (height - 2 * margin) / planHeight), 1e-6);
  return {
    scale,
    x: (width - planWidth * scale) / 2 - bounds.minX * scale,
    y: (height - planHeight * scale) / 2 - bounds.minY * scale,
  };
}

/** From a fitted view down to half of it, up to where one seat pitch is `maxSeatPixels` wide. */
export function scaleLimits(fitted: View, pitch: number, maxSeatPixels = 48): ScaleLimits {
  return { min: fitted.scale / 2, max: Math.max(fitted.scale * 2, maxSeatPixels / pitch) };
}

export const toPlan = (view: View, sx: number, sy: number) => ({ x: (sx - view.x) / view.scale, y: (sy - view.y) / view.scale });
export const toScreen = (view: View, px: number, py: number) => ({ x: px * view.scale + view.x, y: py * view.scale + view.y });

/** Zoom by `factor` keeping the plan point under (sx, sy) where it is. */
export function zoomAt(view: View, factor: number, sx: number, sy: number, limits: ScaleLimits): View {
  const scale = Math.min(Math.max(view.scale * factor, limits.min), limits.max);
  const applied = scale / view.scale;
  return { scale, x: sx - (sx - view.x) * applied, y: sy - (sy - view.y) * applied };
}

export const panBy = (view: View, dx: number, dy: number): View => ({ ...view, x: view.x + dx, y: view.y + dy });

/** Moves the view the least so the plan point is at least `margin` pixels inside the canvas. */
export function keepVisible(view: View, px: number, py: number, width: number, height: number, margin = 40): View {
  const { x, y } = toScreen(view, px, py);
  const dx = x < margin ? margin - x : x > width - margin ? width - margin - x : 0;
  const dy = y < margin ? margin - y : y > height - margin ? height - margin - y : 0;
  return dx === 0 && dy === 0 ? view : panBy(view, dx, dy);
}
