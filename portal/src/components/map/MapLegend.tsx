/** The legend of a map's colours: none, then each class of counts. */
import { useTranslation } from 'react-i18next';
import { NONE_COLOUR, type Scale } from './scale.js';

export function MapLegend({
  scale,
  format,
  title,
}: {
  scale: Scale;
  format: (n: number) => string;
  /** What is counted: "Number of services". */
  title: string;
}) {
  const { t } = useTranslation();
  const entries = [
    { colour: NONE_COLOUR, text: t('map.none') },
    ...scale.classes.map(({ colour, from, to }) => ({
      colour,
      text: from === to ? format(from) : t('map.range', { from: format(from), to: format(to) }),
    })),
  ];
  return (
    <div className="mt-3" data-testid="map-legend">
      <p className="fw-semibold mb-1" id="map-legend-title">
        {title}
      </p>
      <ul className="list-unstyled d-flex flex-wrap gap-3 mb-0" aria-labelledby="map-legend-title">
        {entries.map(({ colour, text }) => (
          <li key={colour} className="d-inline-flex align-items-center gap-1">
            <span className="map-swatch" style={{ backgroundColor: colour }} aria-hidden="true" />
            {text}
          </li>
        ))}
      </ul>
    </div>
  );
}
