import { useEffect, useRef } from 'react';
import type { Route, ViewInfo } from './router.js';

const SITE = 'Golden Thread';
/** Views whose address below the view is a page of its own, with its own heading (not a selection within one). */
const PAGES_BELOW = new Set(['scrutiny', 'indicator', 'thread', 'governance']);

/**
 * The document's title is the view's main heading, its council and the site ("Findings – Suffolk –
 * Golden Thread"), kept in step with the heading while the view loads or changes it. After a
 * navigation to another view (a link, Back, Forward; not the first load, nor a filter or a selection
 * within the view), focus moves to the new view's main heading once it is on screen, so a screen reader
 * announces where the person now is and the next Tab starts in the view. If the person moves focus
 * themselves meanwhile, it stays where they put it.
 */
export function useViewFocus(route: Route, view: ViewInfo | undefined, councilName: string | null): void {
  const page = [route.view, PAGES_BELOW.has(route.view) ? route.nodeId : null, route.view === 'governance' ? route.recordId : null].join(
    '/',
  );
  const previous = useRef<{ page: string; landing: boolean } | null>(null);
  const fallback = view?.label ?? (route.view === 'sign-in' ? 'Sign in' : 'Page not found');

  useEffect(() => {
    const main = document.getElementById('main');
    if (!main) return;
    const title = () => {
      const heading = main.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || fallback;
      const parts = [heading, councilName && !heading.includes(councilName) ? councilName : null, SITE];
      const next = parts.filter(Boolean).join(' – ');
      if (document.title !== next) document.title = next;
    };
    title();
    const observer = new MutationObserver(title);
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [fallback, councilName]);

  useEffect(() => {
    const before = previous.current;
    previous.current = { page, landing: Boolean(route.landing) };
    // The first view, and the landing's own redirect, keep the browser's focus (the top of the document).
    if (!before || before.page === page || before.landing) return;
    const main = document.getElementById('main');
    if (!main) return;
    const active = document.activeElement;
    const untouched = () => document.activeElement === active || document.activeElement === document.body || !document.activeElement;
    const focusHeading = (): boolean => {
      const heading = main.querySelector<HTMLElement>('h1');
      if (!heading || !main.contains(heading)) return false;
      if (untouched()) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
      }
      return true;
    };
    if (focusHeading()) return;
    // A view that never shows a heading (it failed to load): focus its main area instead.
    const timer = window.setTimeout(() => {
      observer.disconnect();
      if (untouched()) main.focus({ preventScroll: true });
    }, 10_000);
    const observer = new MutationObserver(() => {
      if (!focusHeading()) return;
      observer.disconnect();
      window.clearTimeout(timer);
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [page, route.landing]);
}
