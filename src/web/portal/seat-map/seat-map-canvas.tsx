import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { drawSeatMap, type SeatLayer } from './draw-seat-map.ts';
import { usePointerGestures } from './pointer-gestures.ts';
import { neighbour, seatAt, type Direction } from './seat-grid.ts';
import type { LoadedSeatMap } from './use-seat-map.ts';
import { fitView, keepVisible, panBy, scaleLimits, toPlan, toScreen, zoomAt, type ScaleLimits, type View } from './viewport.ts';

interface Props {
  loaded: LoadedSeatMap;
  selected: ReadonlySet<number>;
  onToggle: (seat: number) => void;
  describeSeat: (seat: number) => string;
}

const arrows: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
/** Below this many pixels per seat a tap zooms in instead of picking: a finger cannot aim that well. */
const minPickPixels = 5;

/**
 * The seat map on a canvas: drag or swipe to pan, wheel or pinch or +/− to zoom,
 * click or tap or Enter to pick, arrow keys to move between seats. It redraws only
 * when something changed, at most once per frame.
 */
export function SeatMapCanvas({ loaded, selected, onToggle, describeSeat }: Props) {
  const { t } = useI18n();
  const instructionsId = useId();
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const view = useRef<View | null>(null);
  const limits = useRef<ScaleLimits>({ min: 0, max: Infinity });
  const size = useRef({ width: 0, height: 0 });
  const frame = useRef(0);
  const layer = useRef<SeatLayer | null>(null);
  const zooming = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [hovered, setHovered] = useState(-1);
  const [focused, setFocused] = useState(-1);
  const latest = useRef({ loaded, selected, hovered, focused });
  latest.current = { loaded, selected, hovered, focused };
  const { model, grid } = loaded;

  const draw = useCallback(() => {
    frame.current = 0;
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context || !view.current || size.current.width === 0) return;
    const started = performance.now();
    const state = latest.current;
    const scene = { ...state.loaded, selected: state.selected, hovered: state.hovered, focused: state.focused, view: view.current, ...size.current };
    drawSeatMap(context, scene, window.devicePixelRatio || 1, layer, zooming.current !== null);
    element.dataset.drawMs = (performance.now() - started).toFixed(1);
    element.dataset.ready = 'true';
    placeTooltip();
  }, []);

  const requestDraw = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(draw);
  }, [draw]);

  // The tooltip follows its seat through pans and zooms without a React render.
  const placeTooltip = () => {
    const element = tooltip.current;
    const { hovered: hover, focused: focus, loaded: current } = latest.current;
    const seat = hover >= 0 ? hover : focus;
    if (!element || seat < 0 || !view.current) return;
    const { x, y } = toScreen(view.current, current.model.xs[seat]!, current.model.ys[seat]!);
    element.style.left = `${Math.round(x)}px`;
    element.style.top = `${Math.round(y)}px`;
    element.dataset.x = String(Math.round(x));
    element.dataset.y = String(Math.round(y));
  };

  const fit = useCallback(() => {
    const { width, height } = size.current;
    if (width === 0) return;
    const { minX, minY, maxX, maxY } = model.bounds;
    const pad = model.pitch; // room for the outer seats' own size
    const fitted = fitView({ minX: minX - pad, minY: minY - pad, maxX: maxX + pad, maxY: maxY + pad }, width, height);
    view.current = fitted;
    limits.current = scaleLimits(fitted, model.pitch);
    requestDraw();
  }, [model, requestDraw]);

  useEffect(() => {
    const element = canvas.current;
    const container = box.current;
    if (!element || !container) return;
    const resize = () => {
      const width = container.clientWidth;
      const height = container.clientHeight;
      const ratio = window.devicePixelRatio || 1;
      element.width = Math.round(width * ratio);
      element.height = Math.round(height * ratio);
      const first = size.current.width === 0;
      size.current = { width, height };
      if (first || !view.current) fit();
      else requestDraw();
    };
    resize();
    // Older browsers (and test DOMs) have no ResizeObserver; the window's resize then has to do.
    if (typeof ResizeObserver === 'undefined') {
      window.addEventListener('resize', resize);
      return () => window.removeEventListener('resize', resize);
    }
    const observer = new ResizeObserver(resize);
    observer.observe(container);
    return () => observer.disconnect();
  }, [fit, requestDraw]);

  useEffect(fit, [fit]);
  useEffect(requestDraw, [loaded, selected, hovered, focused, requestDraw]);
  useEffect(
    () => () => {
      cancelAnimationFrame(frame.current);
      if (zooming.current) clearTimeout(zooming.current);
    },
    [],
  );

  const zoomBy = useCallback(
    (factor: number, sx = size.current.width / 2, sy = size.current.height / 2) => {
      if (!view.current) return;
      view.current = zoomAt(view.current, factor, sx, sy, limits.current);
      // While the gesture goes on, stretch the painted seats; repaint them sharp once it rests.
      if (zooming.current) clearTimeout(zooming.current);
      zooming.current = setTimeout(() => {
        zooming.current = null;
        requestDraw();
      }, 150);
      requestDraw();
    },
    [requestDraw],
  );

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const rect = element.getBoundingClientRect();
      zoomBy(Math.exp(-event.deltaY * 0.0015), event.clientX - rect.left, event.clientY - rect.top);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [zoomBy]);

  const seatUnder = (sx: number, sy: number): number => {
    if (!view.current) return -1;
    const point = toPlan(view.current, sx, sy);
    return seatAt(model, grid, point.x, point.y, Math.max(model.pitch * 0.6, 6 / view.current.scale));
  };

  const gestures = usePointerGestures({
    pan: (dx, dy) => {
      if (!view.current) return;
      view.current = panBy(view.current, dx, dy);
      requestDraw();
    },
    zoom: zoomBy,
    tap: (sx, sy) => {
      if (!view.current) return;
      if (model.pitch * view.current.scale < minPickPixels) {
        zoomBy(3, sx, sy);
        return;
      }
      const seat = seatUnder(sx, sy);
      if (seat < 0) return;
      setFocused(seat);
      onToggle(seat);
    },
    hover: (sx, sy) => {
      const seat = seatUnder(sx, sy);
      if (seat !== latest.current.hovered) setHovered(seat);
    },
  });

  const focusSeat = (seat: number) => {
    if (seat < 0 || !view.current) return;
    // Keyboard users must see the seat they are on: zoom in until seats are visible.
    if (model.pitch * view.current.scale < 12) {
      const target = toScreen(view.current, model.xs[seat]!, model.ys[seat]!);
      view.current = zoomAt(view.current, 12 / (model.pitch * view.current.scale), target.x, target.y, limits.current);
    }
    view.current = keepVisible(view.current, model.xs[seat]!, model.ys[seat]!, size.current.width, size.current.height);
    setHovered(-1);
    setFocused(seat);
    requestDraw();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    const direction = arrows[event.key];
    if (direction && event.shiftKey && view.current) {
      const step = 80;
      const moves: Record<Direction, [number, number]> = { left: [step, 0], right: [-step, 0], up: [0, step], down: [0, -step] };
      view.current = panBy(view.current, ...moves[direction]);
      requestDraw();
    } else if (direction) {
      const from = latest.current.focused;
      focusSeat(from >= 0 ? neighbour(model, grid, from, direction) : nearestToCentre());
    } else if ((event.key === 'Enter' || event.key === ' ') && latest.current.focused >= 0) {
      onToggle(latest.current.focused);
    } else if (event.key === '+' || event.key === '=') {
      zoomBy(1.5);
    } else if (event.key === '-' || event.key === '_') {
      zoomBy(1 / 1.5);
    } else if (event.key === '0') {
      fit();
    } else if (event.key === 'Escape') {
      setFocused(-1);
    } else {
      return;
    }
    event.preventDefault();
  };

  const nearestToCentre = (): number => {
    if (!view.current) return -1;
    const centre = toPlan(view.current, size.current.width / 2, size.current.height / 2);
    let best = -1;
    let bestDistance = Infinity;
    for (let seat = 0; seat < model.count; seat += 1) {
      const distance = (model.xs[seat]! - centre.x) ** 2 + (model.ys[seat]! - centre.y) ** 2;
      if (distance < bestDistance) {
        best = seat;
        bestDistance = distance;
      }
    }
    return best;
  };

  const shown = hovered >= 0 ? hovered : focused;
  return (
    <div className="seat-map-frame">
      <div ref={box} className="seat-map-box">
        <canvas
          ref={canvas}
          className="seat-map-canvas"
          role="application"
          aria-roledescription={t('seatMap.roleDescription')}
          aria-label={t('seatMap.canvasLabel')}
          aria-describedby={instructionsId}
          tabIndex={0}
          data-seat-count={model.count}
          {...gestures}
          onPointerLeave={() => setHovered(-1)}
          onKeyDown={onKeyDown}
          onBlur={() => setFocused(-1)}
        />
        <div ref={tooltip} className="seat-tooltip" hidden={shown < 0} aria-hidden="true" data-testid="seat-tooltip">
          {shown >= 0 ? describeSeat(shown) : ''}
        </div>
        <div className="seat-map-zoom">
          <button type="button" className="button" onClick={() => zoomBy(1.5)} aria-label={t('seatMap.zoomIn')}>
            +
          </button>
          <button type="button" className="button" onClick={() => zoomBy(1 / 1.5)} aria-label={t('seatMap.zoomOut')}>
            −
          </button>
          <button type="button" className="button" onClick={fit} aria-label={t('seatMap.fit')}>
            ⤢
          </button>
        </div>
      </div>
      <p id={instructionsId} className="field-hint">
        {t('seatMap.instructions')}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {focused >= 0 ? describeSeat(focused) : ''}
      </p>
    </div>
  );
}
