/**
 * Italy's map of services: the reader chooses an area, each region is coloured by its number of
 * services in that area (a legend and a table say the same in words), and choosing a region opens
 * the services page for that region and area. One request gives every region's counts in every
 * area, so changing the area asks nothing more of the graph.
 */
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import {
  PortalServiceMapDocument,
  type PortalServiceMapQuery,
  type ServiceArea,
} from '../../../../clients/src/index.js';
import { Answer } from '../../components/Answer.js';
import { localeOf, useLanguage } from '../../components/language.js';
import { useGraph } from '../../data/useGraph.js';
import { AREAS } from '../services/filters.js';
import { RegionMap, countedRegions } from '../../components/map/RegionMap.js';

type RegionNode = PortalServiceMapQuery['regions']['edges'][number]['node'];

const isArea = (value: string | null): value is ServiceArea =>
  (AREAS as readonly (string | null)[]).includes(value);

/** The region's count of services in `area`; an area the graph did not list counts 0. */
const countOf = (region: RegionNode, area: ServiceArea) =>
  region.serviceCountsByArea.find((entry) => entry.area === area)?.count ?? 0;

export function MapPage() {
  const { t } = useTranslation('map');
  const { t: tMain } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const requested = params.get('area');
  const area: ServiceArea = isArea(requested) ? requested : AREAS[0]!;
  const areaName = tMain(`areas.${area}`);
  const query = useGraph(PortalServiceMapDocument, { lang: localeOf(language) });
  const numbers = new Intl.NumberFormat(language);
  const format = (n: number) => numbers.format(n);

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <div className="select-wrapper mt-4 mb-4 col-md-6 col-lg-4 px-0">
        <label htmlFor="map-area">{t('area')}</label>
        <select id="map-area" value={area} onChange={(event) => setParams({ area: event.target.value })}>
          {AREAS.map((value) => (
            <option key={value} value={value}>
              {tMain(`areas.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <Answer query={query}>
        {({ regions }) => {
          const rows = countedRegions(regions.edges, {
            count: (region) => countOf(region, area),
            href: (region) =>
              `/${language}/services?${new URLSearchParams({ region: region.code, area }).toString()}`,
            label: (region, count) => t('regionLabel', { region, count, number: format(count) }),
          });
          return (
            <RegionMap
              regions={rows}
              format={format}
              labels={{
                map: t('mapLabel', { area: areaName }),
                legend: t('legend'),
                hint: t('hint'),
                tableCaption: t('tableCaption', { area: areaName }),
                countHeading: t('services'),
              }}
            />
          );
        }}
      </Answer>
    </>
  );
}
