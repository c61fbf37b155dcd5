import type { ReactNode } from 'react';

/** Label–value pairs of a record (client, amounts, deadlines), laid out in columns. */
export function Facts({ items }: { items: readonly ({ label: ReactNode; value: ReactNode; testId?: string } | null | false)[] }) {
  return (
    <dl className="office-facts">
      {items.map((item, index) =>
        item ? (
          <div key={index}>
            <dt>{item.label}</dt>
            <dd data-testid={item.testId}>{item.value}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}
