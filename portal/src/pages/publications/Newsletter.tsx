/**
 * The monthly newsletter: a month's issue (the latest when none is chosen), its short version and
 * its items, each with its kind (and a project's scope, an event's date and place).
 */
import { useTranslation } from 'react-i18next';
import { Badge, Card, CardBody, Col, Row } from 'design-react-kit';
import type { PortalPublicationsQuery } from '../../../../clients/src/index.js';
import { Text } from '../../components/Text.js';
import { useLanguage } from '../../components/language.js';
import { Choice } from '../../components/Choice.js';
import { FIRST_NEWSLETTER_YEAR, monthOf, type Choices } from './choices.js';

export function Newsletter({
  data,
  choices,
  set,
}: {
  data: PortalPublicationsQuery;
  choices: Choices;
  set: (changes: Partial<Choices>) => void;
}) {
  const { t } = useTranslation('publications');
  const language = useLanguage();
  const issue = choices.month ? data.newsletterIssue : data.latestNewsletterIssue;
  const latest = data.latestIssue?.month ?? '';
  const month = choices.month || issue?.month || latest;
  const [year = 0, number = 0] = month.split('-').map(Number);
  const lastYear = Number(latest.slice(0, 4)) || year;
  const years = Array.from(
    { length: Math.max(0, lastYear - FIRST_NEWSLETTER_YEAR + 1) },
    (_, i) => lastYear - i,
  );
  const monthName = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });

  return (
    <section className="mb-5" aria-labelledby="newsletter">
      <h2 id="newsletter" className="h3">
        {t('newsletter')}
      </h2>
      <p>{t('newsletterIntro')}</p>
      <Row>
        <Col md={6}>
          <Choice
            id="newsletter-year"
            label={t('newsletterYear')}
            value={String(year)}
            onChange={(value) => set({ month: monthOf(Number(value), number) })}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Choice>
        </Col>
        <Col md={6}>
          <Choice
            id="newsletter-month"
            label={t('newsletterMonth')}
            value={String(number)}
            onChange={(value) => set({ month: monthOf(year, Number(value)) })}
          >
            {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
              <option key={m} value={m}>
                {monthName.format(Date.UTC(2000, m - 1, 1))}
              </option>
            ))}
          </Choice>
        </Col>
      </Row>
      {issue ? (
        <Card className="shadow-sm" testId="newsletter-issue" data-issue-month={issue.month}>
          <CardBody>
            <h3 className="h5">
              <Text value={issue.title} />
            </h3>
            <p className="small text-muted mb-2">
              {t('issueNumber', { number: issue.number })} ·{' '}
              {t('publishedOn', { date: dates.format(new Date(issue.publishedOn)) })}
            </p>
            <h4 className="h6">{t('shortVersion')}</h4>
            <div data-testid="newsletter-short">
              <Text value={issue.shortVersion} as="p" />
            </div>
            <h4 className="h6">{t('items')}</h4>
            <ol className="list-unstyled mb-0" data-testid="newsletter-items">
              {issue.items.map((item, index) => (
                <li key={index} className="border-top py-2" data-item-kind={item.kind}>
                  <Badge color="primary" className="me-2">
                    {t(`itemKinds.${item.kind}`)}
                  </Badge>
                  {item.scope ? (
                    <Badge color="secondary" className="me-2">
                      {t(`scopes.${item.scope}`)}
                    </Badge>
                  ) : null}
                  <strong className="d-block mt-1" data-item-title>
                    <Text value={item.title} />
                  </strong>
                  {item.summary ? <Text value={item.summary} as="p" /> : null}
                  {item.event ? (
                    <p className="small mb-0">
                      {t('eventWhen', {
                        date: dates.format(new Date(item.event.startsOn)),
                        place: item.event.municipality.name,
                      })}
                    </p>
                  ) : null}
                  {item.publication ? (
                    <p className="small mb-0">{t('publicationOf', { year: item.publication.year })}</p>
                  ) : null}
                </li>
              ))}
            </ol>
          </CardBody>
        </Card>
      ) : (
        <p data-testid="newsletter-none">{t('noIssue')}</p>
      )}
    </section>
  );
}
