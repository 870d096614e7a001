/** A map's counts as a table: for screen readers, and for anyone the map does not serve. */
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Table } from 'design-react-kit';
import { Text, type GraphText } from '../../components/Text.js';

/** A row: a region, its count and the address of what is counted. */
export interface TableRegion {
  readonly code: string;
  readonly name: GraphText;
  readonly count: number;
  readonly href: string;
}

export function RegionTable({
  regions,
  caption,
  countHeading,
  format,
}: {
  regions: readonly TableRegion[];
  caption: string;
  /** The heading of the counts' column: "Services". */
  countHeading: string;
  format: (n: number) => string;
}) {
  const { t } = useTranslation();
  // Names Italian stood in for are marked once, under the table, not on each of the twenty rows.
  const fellBack = regions.some((region) => region.name.fallback);
  const total = regions.reduce((sum, region) => sum + region.count, 0);
  return (
    <>
      <Table size="sm" striped responsive data-testid="region-table">
        <caption className="caption-top">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('map.region')}</th>
            <th scope="col" className="text-end">
              {countHeading}
            </th>
          </tr>
        </thead>
        <tbody>
          {regions.map((region) => (
            <tr key={region.code} data-region={region.code}>
              <th scope="row" className="fw-normal">
                <Link to={region.href}>
                  <Text value={{ ...region.name, fallback: false }} />
                </Link>
              </th>
              <td className="text-end" data-count={region.count}>
                {format(region.count)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('map.italy')}</th>
            <td className="text-end fw-semibold" data-testid="total">
              {format(total)}
            </td>
          </tr>
        </tfoot>
      </Table>
      {fellBack ? (
        <p className="small text-muted fst-italic" data-fallback="true">
          {t('common.fallback')}
        </p>
      ) : null}
    </>
  );
}
