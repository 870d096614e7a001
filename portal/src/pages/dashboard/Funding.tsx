/**
 * A pilot action's money, committed and spent, by funding source: a bar chart and, as its text
 * alternative for everyone, a table of the same figures with the totals. Amounts are the graph's
 * exact decimal strings, formatted in the page's language.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Text, type GraphText } from '../../components/Text.js';

const FundingChart = lazy(() => import('./FundingChart.js'));

export interface FundingFigures {
  readonly committed: string;
  readonly spent: string;
  readonly bySource: readonly {
    readonly fundingSource: { readonly id: string; readonly name: GraphText };
    readonly committed: string;
    readonly spent: string;
  }[];
}

export function Funding({
  actionId,
  funding,
  language,
}: {
  actionId: string;
  funding: FundingFigures;
  language: string;
}) {
  const { t, i18n } = useTranslation('dashboard');
  const money = new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' });
  const tableId = `funding-${actionId}`;
  if (funding.bySource.length === 0) return <p>{t('noFunding')}</p>;
  return (
    <>
      <Suspense fallback={null}>
        <FundingChart
          rows={funding.bySource.map((line) => ({
            label: line.fundingSource.name.text,
            committed: Number(line.committed),
            spent: Number(line.spent),
          }))}
          labels={{ committed: t('committed'), spent: t('spent'), chart: t('chartLabel') }}
          describedBy={tableId}
          language={language}
          rtl={i18n.dir(language) === 'rtl'}
        />
      </Suspense>
      <div className="table-responsive mt-3">
        <table className="table table-sm" id={tableId} data-testid="funding">
          <caption className="visually-hidden">{t('funding')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('source')}</th>
              <th scope="col" className="text-end">
                {t('committed')}
              </th>
              <th scope="col" className="text-end">
                {t('spent')}
              </th>
            </tr>
          </thead>
          <tbody>
            {funding.bySource.map((line) => (
              <tr key={line.fundingSource.id} data-source-id={line.fundingSource.id}>
                <th scope="row" className="fw-normal">
                  <Text value={line.fundingSource.name} />
                </th>
                <td className="text-end text-nowrap" data-committed={line.committed}>
                  {money.format(Number(line.committed))}
                </td>
                <td className="text-end text-nowrap" data-spent={line.spent}>
                  {money.format(Number(line.spent))}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-source-id="total">
              <th scope="row">{t('total')}</th>
              <td className="text-end text-nowrap fw-semibold" data-committed={funding.committed}>
                {money.format(Number(funding.committed))}
              </td>
              <td className="text-end text-nowrap fw-semibold" data-spent={funding.spent}>
                {money.format(Number(funding.spent))}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
