/**
 * Italy's regions coloured by a count, with its legend, and the same counts as a table beside it:
 * the one map of the Portal, for services by area, experiences by section and the like. Choosing a
 * region, on the map or in the table, follows its `href`.
 */
import { useTranslation } from 'react-i18next';
import { Col, Row } from 'design-react-kit';
import type { GraphText } from '../Text.js';
import { ItalyMap } from './ItalyMap.js';
import { MapLegend } from './MapLegend.js';
import { RegionTable } from './RegionTable.js';
import { scaleFor } from './scale.js';
import './map.css';

/** A region as the map and the table show it. */
export interface CountedRegion {
  readonly code: string;
  readonly name: GraphText;
  readonly count: number;
  /** Where choosing it leads. */
  readonly href: string;
  /** Its accessible name on the map: "Lombardia: 812 servizi". */
  readonly label: string;
}

/** The regions of an answer (`regions.edges`) as the map shows them. */
export function countedRegions<R extends { readonly code: string; readonly name: GraphText }>(
  edges: readonly { readonly node: R }[],
  {
    count,
    href,
    label,
  }: {
    count: (region: R) => number;
    /** Where choosing the region leads. */
    href: (region: R) => string;
    /** Its accessible name, from its name and count. */
    label: (name: string, count: number) => string;
  },
): CountedRegion[] {
  return edges.map(({ node }) => {
    const counted = count(node);
    return {
      code: node.code,
      name: node.name,
      count: counted,
      href: href(node),
      label: label(node.name.text, counted),
    };
  });
}

export interface RegionMapLabels {
  /** The map's accessible name. */
  readonly map: string;
  /** What is counted, over the legend: "Number of services". */
  readonly legend: string;
  /** Under the legend: what choosing a region does. */
  readonly hint: string;
  readonly tableCaption: string;
  /** The heading of the table's counts: "Services". */
  readonly countHeading: string;
}

export function RegionMap({
  regions,
  labels,
  format,
}: {
  regions: readonly CountedRegion[];
  labels: RegionMapLabels;
  format: (n: number) => string;
}) {
  const { t } = useTranslation();
  const scale = scaleFor(Math.max(0, ...regions.map((region) => region.count)));
  return (
    <Row>
      <Col lg={7}>
        <figure className="mb-4">
          <ItalyMap regions={regions} scale={scale} label={labels.map} />
          <figcaption>
            <MapLegend scale={scale} format={format} title={labels.legend} />
            <p className="small text-muted mt-2 mb-0">{labels.hint}</p>
          </figcaption>
        </figure>
      </Col>
      <Col lg={5}>
        <RegionTable
          regions={regions}
          caption={labels.tableCaption}
          countHeading={labels.countHeading}
          format={format}
        />
        <p className="small text-muted">
          {t('map.attribution')} <bdi dir="ltr">@svg-maps/italy, Victor Cazanave (CC BY 4.0)</bdi>
        </p>
      </Col>
    </Row>
  );
}
