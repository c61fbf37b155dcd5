import { forSeatsNear, type SeatGrid } from './seat-grid.ts';
import type { SeatModel } from './seat-model.ts';
import { toPlan, toScreen, type View } from './viewport.ts';

// Draws the seats on screen. Seats are batched by colour (one fill per colour), as
// squares while tiny and circles once big enough to see. While the whole plan fits
// a bitmap of moderate size, the seats are painted once into it (a layer) and a pan
// only copies the layer; a zoom gesture stretches it and repaints when it settles.

const palette = ['#1f77b4', '#2e7d32', '#8e24aa', '#c62828', '#00838f', '#6d4c41', '#ad1457', '#3949ab', '#ef6c00', '#558b2f'];
export const takenColor = '#b9bec5';
export const notOnSaleColor = '#e3e6ea';
export const selectedColor = '#7e22ce';
export const focusColor = '#0b57d0';
const maxLayerSide = 2048;

/** A zone's colour: the one the catalog gives it, or a palette colour by its place. */
export const zoneColor = (color: string | null | undefined, index: number): string => color ?? palette[index % palette.length]!;

export interface SeatMapScene {
  model: SeatModel;
  grid: SeatGrid;
  free: Uint8Array;
  selected: ReadonlySet<number>;
  hovered: number;
  focused: number;
  view: View;
  width: number;
  height: number;
}

/** The seats painted at one scale, and what they were painted from. */
export interface SeatLayer {
  canvas: HTMLCanvasElement;
  model: SeatModel;
  free: Uint8Array;
  selected: ReadonlySet<number>;
  scale: number;
  ratio: number;
}

/**
 * Draws the scene. With `allowStale` (during a zoom gesture) an existing layer is
 * stretched instead of repainted; the answer says so, and the caller draws again
 * once the gesture ends.
 */
export function drawSeatMap(context: CanvasRenderingContext2D, scene: SeatMapScene, ratio: number, cache: { current: SeatLayer | null }, allowStale = false): 'sharp' | 'stale' {
  const { model, view, width, height } = scene;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  const origin = { x: model.bounds.minX - model.pitch, y: model.bounds.minY - model.pitch };
  const layerWidth = (model.bounds.maxX - model.bounds.minX + 2 * model.pitch) * view.scale * ratio;
  const layerHeight = (model.bounds.maxY - model.bounds.minY + 2 * model.pitch) * view.scale * ratio;
  let result: 'sharp' | 'stale' = 'sharp';
  if (layerWidth <= maxLayerSide && layerHeight <= maxLayerSide) {
    const layer = cache.current;
    const sameSeats = layer !== null && layer.model === model && layer.free === scene.free && layer.selected === scene.selected && layer.ratio === ratio;
    if (!sameSeats || (layer.scale !== view.scale && !allowStale)) {
      cache.current = paintLayer(scene, ratio, origin, Math.ceil(layerWidth), Math.ceil(layerHeight));
    } else if (layer.scale !== view.scale) {
      result = 'stale';
    }
    const painted = cache.current!;
    const stretch = view.scale / painted.scale;
    const at = toScreen(view, origin.x, origin.y);
    context.drawImage(painted.canvas, at.x, at.y, (painted.canvas.width / ratio) * stretch, (painted.canvas.height / ratio) * stretch);
  } else {
    paintSeats(context, scene, view, width, height);
  }
  ring(context, scene, scene.hovered, '#374151', 1.5);
  ring(context, scene, scene.focused, focusColor, 3);
  drawZoneLabels(context, scene);
  return result;
}

function paintLayer(scene: SeatMapScene, ratio: number, origin: { x: number; y: number }, width: number, height: number): SeatLayer {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(width, 1);
  canvas.height = Math.max(height, 1);
  const context = canvas.getContext('2d')!;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  const view = { scale: scene.view.scale, x: -origin.x * scene.view.scale, y: -origin.y * scene.view.scale };
  paintSeats(context, scene, view, width / ratio, height / ratio);
  return { canvas, model: scene.model, free: scene.free, selected: scene.selected, scale: scene.view.scale, ratio };
}

/** Every seat inside the width × height box of `view`, batched by colour. */
function paintSeats(context: CanvasRenderingContext2D, scene: SeatMapScene, view: View, width: number, height: number): void {
  const { model, grid, free, selected } = scene;
  const radius = model.pitch * view.scale * 0.42;
  const size = Math.max(radius * 2, 1.5);
  const round = radius >= 3;
  const topLeft = toPlan(view, -size, -size);
  const bottomRight = toPlan(view, width + size, height + size);

  const groups = new Map<string, number[]>();
  const picked: number[] = [];
  forSeatsNear(grid, topLeft.x, topLeft.y, bottomRight.x, bottomRight.y, (seat) => {
    if (selected.has(model.ordinals[seat]!)) {
      picked.push(seat);
      return;
    }
    const zoneIndex = model.zone[seat]!;
    const zone = model.zones[zoneIndex];
    const color = !zone?.onSale ? notOnSaleColor : free[seat] ? zoneColor(zone.color, zoneIndex) : takenColor;
    let group = groups.get(color);
    if (!group) groups.set(color, (group = []));
    group.push(seat);
  });

  const trace = (seats: number[], scaleBy: number) => {
    context.beginPath();
    for (const seat of seats) {
      const x = model.xs[seat]! * view.scale + view.x;
      const y = model.ys[seat]! * view.scale + view.y;
      if (round) {
        context.moveTo(x + radius * scaleBy, y);
        context.arc(x, y, radius * scaleBy, 0, Math.PI * 2);
      } else {
        const side = size * scaleBy;
        context.rect(x - side / 2, y - side / 2, side, side);
      }
    }
  };
  for (const [color, seats] of groups) {
    context.fillStyle = color;
    trace(seats, color === takenColor ? 0.7 : 1);
    context.fill();
  }
  context.fillStyle = selectedColor;
  trace(picked, 1.15);
  context.fill();
  if (!round) return;
  // A dark rim and a white tick on picked seats, so "picked" does not rest on colour alone.
  context.strokeStyle = '#111827';
  context.lineWidth = 1.5;
  trace(picked, 1.15);
  context.stroke();
  context.strokeStyle = '#ffffff';
  context.lineWidth = Math.max(1, radius * 0.25);
  context.beginPath();
  for (const seat of picked) {
    const x = model.xs[seat]! * view.scale + view.x;
    const y = model.ys[seat]! * view.scale + view.y;
    context.moveTo(x - radius * 0.45, y);
    context.lineTo(x - radius * 0.1, y + radius * 0.35);
    context.lineTo(x + radius * 0.45, y - radius * 0.35);
  }
  context.stroke();
}

function ring(context: CanvasRenderingContext2D, scene: SeatMapScene, seat: number, color: string, lineWidth: number): void {
  if (seat < 0) return;
  const { model, view } = scene;
  const { x, y } = toScreen(view, model.xs[seat]!, model.ys[seat]!);
  const radius = Math.max(model.pitch * view.scale * 0.42, 2) + lineWidth + 2;
  context.strokeStyle = color;
  context.lineWidth = lineWidth;
  context.beginPath();
  context.arc(x, y, radius, 0, Math.PI * 2);
  context.stroke();
}

/** Zone codes over their seats while the zone is big enough on screen to carry one. */
function drawZoneLabels(context: CanvasRenderingContext2D, { model, view }: SeatMapScene): void {
  const seatPixels = model.pitch * view.scale;
  if (seatPixels > 14 || model.zones.length < 2) return;
  context.font = '600 12px system-ui, sans-serif';
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.lineWidth = 3;
  for (const zone of model.zones) {
    if (!zone.bounds) continue;
    const from = toScreen(view, zone.bounds.minX, zone.bounds.minY);
    const to = toScreen(view, zone.bounds.maxX, zone.bounds.maxY);
    if (to.x - from.x < 36 || to.y - from.y < 16) continue;
    const label = zone.code.toUpperCase();
    const x = (from.x + to.x) / 2;
    const y = (from.y + to.y) / 2;
    context.strokeStyle = 'rgba(255,255,255,0.9)';
    context.strokeText(label, x, y);
    context.fillStyle = '#111827';
    context.fillText(label, x, y);
  }
}
