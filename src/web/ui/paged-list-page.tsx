import { useState, type ReactNode } from 'react';
import { LoadError, Loading } from './loading.tsx';
import { usePageTitle } from './page-title.ts';
import { Pager } from './pager.tsx';
import { useResource } from './use-resource.ts';

const pageSize = 20;

interface Props<T> {
  /** Names the heading, for the section's label. */
  id: string;
  title: string;
  load: (page: { limit: number; offset: number }) => Promise<{ items: T[]; total: number }>;
  /** The table of one page. */
  children: (items: T[]) => ReactNode;
}

/** A page of a paged list: its heading, loading and error states, the items and the pager. */
export function PagedListPage<T>({ id, title, load, children }: Props<T>) {
  const [offset, setOffset] = useState(0);
  const page = useResource(() => load({ limit: pageSize, offset }), [offset]);
  usePageTitle(title);
  return (
    <section aria-labelledby={id}>
      <h1 id={id}>{title}</h1>
      {page.loading ? <Loading /> : null}
      {page.error ? <LoadError error={page.error} onRetry={page.reload} /> : null}
      {page.data ? (
        <>
          {children(page.data.items)}
          <Pager total={page.data.total} limit={pageSize} offset={offset} onOffset={setOffset} />
        </>
      ) : null}
    </section>
  );
}
