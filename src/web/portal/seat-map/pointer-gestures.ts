import { useRef, type PointerEvent } from 'react';

/** What the map does with a pointer: a drag pans, a pinch zooms, a tap picks, a hovering mouse shows a seat. */
export interface GestureActions {
  pan(dx: number, dy: number): void;
  zoom(factor: number, x: number, y: number): void;
  tap(x: number, y: number): void;
  hover(x: number, y: number): void;
}

/** Below this many pixels of movement a press is a tap, not a drag. */
const tapSlop = 4;

/**
 * Mouse, pen and touch through one set of pointer events: one pointer drags,
 * two pinch, and a press that did not move is a tap. Points are in CSS pixels of
 * the element.
 */
export function usePointerGestures(actions: GestureActions) {
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const drag = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  const pinch = useRef<number | null>(null);

  const local = (event: PointerEvent<HTMLElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };
  const spread = () => {
    const [a, b] = [...pointers.current.values()];
    return { distance: Math.hypot(a!.x - b!.x, a!.y - b!.y), x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 };
  };

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const point = local(event);
    pointers.current.set(event.pointerId, point);
    if (pointers.current.size === 1) drag.current = { ...point, moved: false };
    if (pointers.current.size === 2) {
      pinch.current = spread().distance;
      if (drag.current) drag.current.moved = true; // a pinch is never a tap
    }
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const point = local(event);
    const previous = pointers.current.get(event.pointerId);
    if (!previous) {
      if (event.pointerType === 'mouse') actions.hover(point.x, point.y);
      return;
    }
    pointers.current.set(event.pointerId, point);
    if (pointers.current.size >= 2 && pinch.current) {
      const now = spread();
      actions.zoom(now.distance / pinch.current, now.x, now.y);
      pinch.current = now.distance;
      return;
    }
    const start = drag.current;
    if (!start) return;
    if (!start.moved && Math.hypot(point.x - start.x, point.y - start.y) < tapSlop) return;
    start.moved = true;
    actions.pan(point.x - previous.x, point.y - previous.y);
  };

  const onPointerUp = (event: PointerEvent<HTMLElement>) => {
    pointers.current.delete(event.pointerId);
    if (pointers.current.size < 2) pinch.current = null;
    const start = drag.current;
    if (pointers.current.size > 0) return;
    drag.current = null;
    if (start && !start.moved) {
      const point = local(event);
      actions.tap(point.x, point.y);
    }
  };

  // The browser took the pointer over (a scroll, a system gesture): forget it, pick nothing.
  const onPointerCancel = (event: PointerEvent<HTMLElement>) => {
    pointers.current.delete(event.pointerId);
    if (pointers.current.size < 2) pinch.current = null;
    if (pointers.current.size === 0) drag.current = null;
  };

  return { onPointerDown, onPointerMove, onPointerUp, onPointerCancel };
}
