import { useEffect } from 'react';

/** How long Back waits for a view's content to be tall enough to scroll back to where it was. */
const RESTORE_FOR_MS = 4000;

interface Position {
  /** The view's own scroller (`.page`, which scrolls inside the app's frame) and the window's. */
  page: number;
  window: number;
}

const scroller = () => document.querySelector<HTMLElement>('#main .page');

function current(): Position {
  return { page: scroller()?.scrollTop ?? 0, window: window.scrollY };
}

/** Keeps where the person is in the current history entry (before a navigation leaves it, and as they scroll). */
export function rememberScroll(): void {
  const state = (window.history.state ?? {}) as Record<string, unknown>;
  window.history.replaceState({ ...state, scroll: current() }, '');
}

/**
 * Back and Forward return to where the person was on that page. A view scrolls inside its own box
 * (`.page`), which the browser's scroll restoration does not know, and it is drawn anew (its figures
 * loaded again) after the address changes. So the position is kept in each history entry's state as the
 * person scrolls, and after Back or Forward it is put back once the view's content is tall enough (or
 * not at all, if the person scrolls, clicks or types first).
 */
export function useScrollMemory(): void {
  useEffect(() => {
    let timer = 0;
    const onScroll = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(rememberScroll, 120);
    };
    let cancel = () => {};
    const onPop = () => {
      cancel();
      const saved = ((window.history.state ?? {}) as { scroll?: Position }).scroll;
      if (!saved || (saved.page <= 0 && saved.window <= 0)) return;
      const started = performance.now();
      let frame = 0;
      const stop = () => {
        window.cancelAnimationFrame(frame);
        for (const e of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const) window.removeEventListener(e, stop, true);
      };
      cancel = stop;
      for (const e of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const) window.addEventListener(e, stop, true);
      const attempt = () => {
        const box = scroller();
        const pageDone = !box || saved.page <= 0 || box.scrollHeight - box.clientHeight >= saved.page;
        const windowDone = saved.window <= 0 || document.documentElement.scrollHeight - window.innerHeight >= saved.window;
        if (box && saved.page > 0) box.scrollTop = saved.page;
        if (saved.window > 0) window.scrollTo(0, saved.window);
        if ((pageDone && windowDone) || performance.now() - started > RESTORE_FOR_MS) return stop();
        frame = window.requestAnimationFrame(attempt);
      };
      frame = window.requestAnimationFrame(attempt);
    };
    window.history.scrollRestoration = 'manual';
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    window.addEventListener('popstate', onPop);
    return () => {
      cancel();
      window.clearTimeout(timer);
      document.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}
