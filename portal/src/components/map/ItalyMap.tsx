/**
 * Italy's regions drawn from @svg-maps/italy, each filled by its count on the scale and each a
 * link (focusable, named "Lombardia: 812 servizi") to what is counted there.
 */
import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { REGION_SHAPES, VIEW_BOX } from './regions.js';
import type { Scale } from './scale.js';

/** A region as the map shows it. */
export interface MapRegion {
  readonly code: string;
  /** Its accessible name and tooltip: its name and its count. */
  readonly label: string;
  readonly count: number;
  /** Where choosing it leads. */
  readonly href: string;
}

export function ItalyMap({
  regions,
  scale,
  label,
}: {
  regions: readonly MapRegion[];
  scale: Scale;
  label: string;
}) {
  const navigate = useNavigate();
  const byCode = new Map(regions.map((region) => [region.code, region]));
  // A plain click stays in the page's router; a click with a modifier opens a tab as links do.
  const follow = (href: string) => (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate(href);
  };
  return (
    <svg className="italy-map" viewBox={VIEW_BOX} role="group" aria-label={label} data-testid="italy-map">
      {REGION_SHAPES.map(({ code, paths }) => {
        const region = byCode.get(code);
        if (!region) return null;
        return (
          <a
            key={code}
            href={region.href}
            aria-label={region.label}
            data-region={code}
            data-count={region.count}
            onClick={follow(region.href)}
          >
            <title>{region.label}</title>
            {paths.map((d, i) => (
              <path key={i} d={d} fill={scale.colourOf(region.count)} />
            ))}
          </a>
        );
      })}
    </svg>
  );
}
