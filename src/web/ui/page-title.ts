import { useEffect } from 'react';

/** The tab's title names the page, so a screen reader announces where the user is. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
