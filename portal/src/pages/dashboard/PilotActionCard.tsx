/**
 * One active pilot action on the dashboard: whether it is behind target, its indicators' progress,
 * its money by funding source and its last monitoring visit. The visit's findings and follow-ups
 * are internal: shown when the gateway answered them (an operator signed in with monitoring:read).
 */
import { Badge, Card, CardBody, Col, Row } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { PortalRegionDashboardQuery } from '../../../../clients/src/index.js';
import { Text } from '../../components/Text.js';
import { Funding } from './Funding.js';
import { Indicators } from './Indicators.js';

export type DashboardAction = NonNullable<
  PortalRegionDashboardQuery['region']
>['pilotActions']['edges'][number]['node'];

function LastVisit({ visit, language }: { visit: DashboardAction['lastMonitoringVisit']; language: string }) {
  const { t } = useTranslation('dashboard');
  if (!visit) return <p>{t('noVisit')}</p>;
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <div data-testid="last-visit" data-visit-id={visit.id}>
      <dl className="row mb-2">
        <dt className="col-sm-5">{t('visitDate')}</dt>
        <dd className="col-sm-7">
          <time dateTime={visit.visitedOn}>{dates.format(new Date(visit.visitedOn))}</time>
        </dd>
        <dt className="col-sm-5">{t('municipality')}</dt>
        <dd className="col-sm-7">{visit.municipality.name}</dd>
        <dt className="col-sm-5">{t('rating')}</dt>
        <dd className="col-sm-7" data-rating={visit.rating}>
          {t('ratingValue', { rating: new Intl.NumberFormat(language).format(visit.rating) })}
        </dd>
      </dl>
      {visit.findings ? (
        <div data-testid="findings">
          <h5 className="h6">{t('findings')}</h5>
          <Text value={visit.findings} as="p" />
          {visit.followUps && visit.followUps.length > 0 ? (
            <>
              <h5 className="h6">{t('followUps')}</h5>
              {/* Written by the monitoring team in Italian. */}
              <ul lang="it">
                {visit.followUps.map((followUp) => (
                  <li key={followUp}>{followUp}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

export function PilotActionCard({ action, language }: { action: DashboardAction; language: string }) {
  const { t } = useTranslation('dashboard');
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const headingId = `action-${action.id}`;
  return (
    <Card
      className="shadow-sm mb-4"
      tag="article"
      aria-labelledby={headingId}
      data-action-id={action.id}
      data-behind={action.behindTarget}
    >
      <CardBody>
        <div className="d-flex flex-wrap justify-content-between align-items-start gap-2">
          <h3 className="h5 mb-1" id={headingId}>
            <Text value={action.title} />
          </h3>
          <Badge color={action.behindTarget ? 'danger' : 'success'} data-testid="action-status">
            {action.behindTarget ? t('behind') : t('onTrack')}
          </Badge>
        </div>
        <p className="small text-muted">
          {action.code} ·{' '}
          {action.endsOn
            ? t('period', {
                start: dates.format(new Date(action.startsOn)),
                end: dates.format(new Date(action.endsOn)),
              })
            : t('since', { start: dates.format(new Date(action.startsOn)) })}
        </p>
        <Row>
          <Col lg={6}>
            <h4 className="h6">{t('indicators')}</h4>
            <Indicators indicators={action.indicators} language={language} />
          </Col>
          <Col lg={6}>
            <h4 className="h6">{t('lastVisit')}</h4>
            <LastVisit visit={action.lastMonitoringVisit} language={language} />
          </Col>
        </Row>
        <h4 className="h6 mt-3">{t('funding')}</h4>
        <Funding actionId={action.id} funding={action.funding} language={language} />
      </CardBody>
    </Card>
  );
}
