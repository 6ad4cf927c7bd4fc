/**
 * How much of the chart the side panel covers when it is drawn over it (a tablet's side sheet, a phone's bottom sheet),
 * so the tree keeps the selected node in the part left uncovered. Beside the chart (a desktop) it covers nothing.
 */
import { type RefObject, useLayoutEffect, useState } from 'react';
import { NO_INSETS, type Insets } from '../../charts/tree/TreeChart.js';

export function useSheetInsets(chart: RefObject<HTMLElement | null>, panel: RefObject<HTMLElement | null>, open: boolean): Insets {
  const [insets, setInsets] = useState<Insets>(NO_INSETS);
  useLayoutEffect(() => {
    const sheet = panel.current;
    const box = chart.current;
    if (!open || !sheet || !box) {
      setInsets(NO_INSETS);
      return;
    }
    const measure = () => {
      const c = box.getBoundingClientRect();
      const s = sheet.getBoundingClientRect();
      const over = getComputedStyle(sheet).position === 'absolute' && s.left < c.right && s.top < c.bottom;
      // A sheet as wide as the chart covers its bottom; a narrower one its right side.
      const next = !over
        ? NO_INSETS
        : s.width >= c.width * 0.9
          ? { right: 0, bottom: Math.max(0, Math.round(c.bottom - s.top)) }
          : { right: Math.max(0, Math.round(c.right - s.left)), bottom: 0 };
      setInsets((prev) => (prev.right === next.right && prev.bottom === next.bottom ? prev : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(sheet);
    observer.observe(box);
    return () => observer.disconnect();
  }, [chart, panel, open]);
  return insets;
}
