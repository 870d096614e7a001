/**
 * A pilot action's indicators: how far each is from its baseline towards its target (a progress
 * bar, full at the target; the graph's progress can pass 1 when the target is beaten), against how
 * far it should be by now, and a flag on those behind.
 */
import { Badge, Progress } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Text } from '../../components/Text.js';
import type { DashboardAction } from './PilotActionCard.js';

type Indicator = DashboardAction['indicators'][number];

export function Indicators({ indicators, language }: { indicators: readonly Indicator[]; language: string }) {
  const { t } = useTranslation('dashboard');
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const figure = (value: number, unit: string) =>
    unit === '%'
      ? `${number.format(value)} %`
      : `${number.format(value)} ${t(`units.${unit}`, { defaultValue: unit })}`;

  if (indicators.length === 0) return <p>{t('noIndicators')}</p>;
  return (
    <ul className="list-unstyled mb-0">
      {indicators.map((indicator) => {
        const nameId = `indicator-${indicator.id}`;
        const shown = indicator.progress === null ? null : percent.format(indicator.progress);
        return (
          <li
            key={indicator.id}
            className="mb-3"
            data-indicator-id={indicator.id}
            data-progress={indicator.progress ?? ''}
            data-behind={indicator.behindTarget}
          >
            <div className="d-flex flex-wrap justify-content-between gap-2">
              <span id={nameId}>
                <Text value={indicator.name} />
              </span>
              {indicator.behindTarget ? (
                <Badge color="danger" data-testid="indicator-behind">
                  {t('behind')}
                </Badge>
              ) : null}
            </div>
            {indicator.progress === null || shown === null ? (
              <p className="small text-muted mb-0">{t('notMeasured')}</p>
            ) : (
              <>
                <Progress
                  value={Math.max(0, Math.min(100, Math.round(indicator.progress * 100)))}
                  color={indicator.behindTarget ? 'danger' : 'success'}
                  wrapperClassName="my-1"
                  aria-labelledby={nameId}
                  aria-valuetext={shown}
                />
                <p className="small mb-0">
                  <span data-testid="progress-text">{shown}</span>{' '}
                  {indicator.expectedProgress === null
                    ? null
                    : t('expected', { expected: percent.format(indicator.expectedProgress) })}
                  {' · '}
                  {t('values', {
                    value: figure(indicator.latestValue ?? indicator.baseline, indicator.unit),
                    baseline: figure(indicator.baseline, indicator.unit),
                    target: figure(indicator.target, indicator.unit),
                  })}
                </p>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
