/** One event: what and when, where, the communities taking part and the associations. */
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Badge, Card, CardBody } from 'design-react-kit';
import type { PortalEventsQuery } from '../../../../clients/src/index.js';
import { Text } from '../../components/Text.js';
import { useLanguage } from '../../components/language.js';

type EventNode = PortalEventsQuery['events']['edges'][number]['node'];

export function EventCard({ event }: { event: EventNode }) {
  const { t } = useTranslation('events');
  const language = useLanguage();
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const starts = dates.format(new Date(event.startsOn));
  return (
    <Card className="shadow-sm">
      <CardBody>
        <h2 className="h5">
          <Text value={event.title} />
        </h2>
        <p className="mb-1">
          <Badge color="primary" className="me-1" data-kind={event.kind}>
            {t(`kinds.${event.kind}`)}
          </Badge>
          {event.series ? (
            <Badge color="secondary" data-series={event.series}>
              {event.series}
            </Badge>
          ) : null}
        </p>
        <p className="small mb-2">
          {event.endsOn && event.endsOn !== event.startsOn
            ? t('period', { from: starts, to: dates.format(new Date(event.endsOn)) })
            : starts}{' '}
          — {event.municipality.name} ({event.municipality.province.abbreviation})
        </p>
        {event.communities.length > 0 ? (
          <p className="small mb-1">
            {t('communities')}:{' '}
            {event.communities.map((community, index) => (
              <span key={community.code}>
                {index > 0 ? ', ' : null}
                <Link to={`/${language}/communities/${community.code}`} data-community-code={community.code}>
                  <Text value={community.name} />
                </Link>
              </span>
            ))}
          </p>
        ) : null}
        {event.associations.length > 0 ? (
          <p className="small mb-0">
            {t('associations')}:{' '}
            {event.associations.map((association, index) => (
              <span key={association.id}>
                {index > 0 ? ', ' : null}
                <Link to={`/${language}/associations/${association.id}`} data-association-id={association.id}>
                  {association.name}
                </Link>
              </span>
            ))}
          </p>
        ) : null}
      </CardBody>
    </Card>
  );
}
