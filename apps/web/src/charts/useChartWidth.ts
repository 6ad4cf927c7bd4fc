import { useEffect, useRef, useState } from 'react';

/** Width of an element, following resizes; down to `min` px, so a chart fits a phone's card. */
export function useChartWidth<T extends HTMLElement>(fallback = 480, min = 200): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(Math.max(min, Math.floor(el.getBoundingClientRect().width)));
    const ro = new ResizeObserver(([e]) => e && setWidth(Math.max(min, Math.floor(e.contentRect.width))));
    ro.observe(el);
    return () => ro.disconnect();
  }, [min]);
  return [ref, width];
}
