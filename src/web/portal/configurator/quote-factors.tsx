import type { QuoteResponse } from '../../endpoints/booking.ts';
import { formatMoney, formatWallDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

type QuotedLine = QuoteResponse['lines'][number];
type Factor = QuotedLine['factors'][number];

/** What made a line's price, in the order it was applied (DOMAIN.md: the factors of a price). */
export function QuoteFactors({ line }: { line: QuotedLine }) {
  const { t, lang } = useI18n();
  const money = (minor: number) => formatMoney(lang, minor, line.currency);
  const text = (factor: Factor): string => {
    switch (factor.kind) {
      case 'film_base_price':
        return `${t('factor.film_base_price', { title: factor.title })}: ${money(factor.priceMinor)}`;
      case 'zone_price':
        return `${t('factor.zone_price', { name: factor.zoneName })}: ${money(factor.priceMinor)}`;
      case 'service_cost':
        return `${t('factor.service_cost', { name: factor.serviceName })}: ${money(factor.priceMinor)}`;
      case 'coefficient':
        return `${t(`factor.coefficient.${factor.source}`, { name: factor.name })}: × ${factor.value}`;
      case 'rounding':
        return t('factor.rounding', { exact: factor.exactMinor, rounded: money(factor.roundedMinor) });
      case 'contract':
        return `${t('factor.contract', { number: factor.contractNumber })}: ${money(factor.priceMinor)}${factor.listPriceMinor !== null ? ` ${t('factor.contractList', { price: money(factor.listPriceMinor) })}` : ''}`;
      case 'museum_cell':
        return `${t('factor.cell', {
          object: factor.visitObjectName ?? t('factor.anyObject'),
          category: factor.visitorCategoryName ?? t('factor.anyCategory'),
          price: money(factor.priceMinor),
          count: factor.count,
          subtotal: money(factor.subtotalMinor),
        })} (${t(`factor.source.${factor.priceSource}`)})`;
    }
  };
  return (
    <div className="quote-factors">
      <p className="small muted">{t('factor.title')}</p>
      <ul className="small">
        {line.factors.map((factor, index) => (
          <li key={index}>{text(factor)}</li>
        ))}
      </ul>
      {line.validity ? <p className="small">{validityText(line.validity, t, lang)}</p> : null}
    </div>
  );
}

function validityText(validity: NonNullable<QuotedLine['validity']>, t: ReturnType<typeof useI18n>['t'], lang: ReturnType<typeof useI18n>['lang']): string {
  switch (validity.kind) {
    case 'days_from_payment':
      return t('config.validFromPayment', { days: validity.days });
    case 'days_from_first_visit':
      return t('config.validFromFirstVisit', { days: validity.days });
    case 'within_window':
      return t('config.window', { from: formatWallDate(lang, validity.from.slice(0, 10)), to: formatWallDate(lang, validity.to.slice(0, 10)) });
  }
}
