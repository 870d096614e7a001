/**
 * The community reports (a community and a year, the newest report when none is chosen), the
 * editions of "Migrants in the Italian Labour Market" and the other documents.
 */
import { useTranslation } from 'react-i18next';
import { Col, Row } from 'design-react-kit';
import type { PortalPublicationsQuery } from '../../../../clients/src/index.js';
import { Text } from '../../components/Text.js';
import { useLanguage } from '../../components/language.js';
import { Choice } from '../../components/Choice.js';
import { PublicationCard } from './PublicationCard.js';
import type { Choices } from './choices.js';

type Change = (changes: Partial<Choices>, defaults?: Partial<Choices>) => void;

export function CommunityReports({
  data,
  choices,
  set,
}: {
  data: PortalPublicationsQuery;
  choices: Choices;
  set: Change;
}) {
  const { t } = useTranslation('publications');
  const language = useLanguage();
  const report = data.communityReport.edges[0]?.node;
  const shown = report?.community;
  // The communities of the newest reports, once each, by name in the reader's language.
  const names = new Map<string, string>();
  for (const { node } of data.reportCommunities.edges)
    if (node.community) names.set(node.community.code, node.community.name.text);
  if (shown && !names.has(shown.code)) names.set(shown.code, shown.name.text);
  const collator = new Intl.Collator(language);
  const communities = [...names].sort(([, a], [, b]) => collator.compare(a, b));
  const community = choices.community || shown?.code || '';
  const years = shown?.reports.map((r) => r.year) ?? [];

  return (
    <section className="mb-5" aria-labelledby="community-reports">
      <h2 id="community-reports" className="h3">
        {t('communityReports')}
      </h2>
      <p>{t('communityReportsIntro')}</p>
      <Row>
        <Col md={6}>
          <Choice
            id="report-community"
            label={t('community')}
            value={community}
            onChange={(code) => set({ community: code, year: '' })}
          >
            {community === '' ? <option value="">{t('none')}</option> : null}
            {communities.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </Choice>
        </Col>
        <Col md={6}>
          <Choice
            id="report-year"
            label={t('year')}
            value={choices.year || String(report?.year ?? '')}
            onChange={(year) => set({ year }, { community })}
          >
            {years.length === 0 ? <option value={choices.year}>{choices.year}</option> : null}
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </Choice>
        </Col>
      </Row>
      {report ? (
        <>
          {shown ? (
            <p className="mb-2">
              {t('reportOn')} <Text value={shown.name} />
            </p>
          ) : null}
          <PublicationCard publication={report} testId="community-report" />
        </>
      ) : (
        <p data-testid="community-report-none">{t('noReport')}</p>
      )}
    </section>
  );
}

export function LabourMarketReports({
  data,
  choices,
  set,
}: {
  data: PortalPublicationsQuery;
  choices: Choices;
  set: Change;
}) {
  const { t } = useTranslation('publications');
  const editions = data.labourMarketReports.edges.map(({ node }) => node);
  const chosen = editions.find((e) => String(e.edition) === choices.edition) ?? editions[0];
  return (
    <section className="mb-5" aria-labelledby="labour-market">
      <h2 id="labour-market" className="h3">
        {t('labourMarket')}
      </h2>
      <p>{t('labourMarketIntro')}</p>
      <Choice
        id="labour-edition"
        label={t('edition')}
        value={String(chosen?.edition ?? '')}
        onChange={(edition) => set({ edition })}
      >
        {editions.map((e) => (
          <option key={e.id} value={String(e.edition)}>
            {t('editionOf', { edition: e.edition, year: e.year })}
          </option>
        ))}
      </Choice>
      {chosen ? <PublicationCard publication={chosen} testId="labour-market-report" /> : null}
    </section>
  );
}

export function OtherDocuments({ data }: { data: PortalPublicationsQuery }) {
  const { t } = useTranslation('publications');
  const documents = [...data.secondGenerationsDocuments.edges, ...data.policyPlans.edges];
  return (
    <section className="mb-5" aria-labelledby="other-documents">
      <h2 id="other-documents" className="h3">
        {t('otherDocuments')}
      </h2>
      {documents.length === 0 ? <p>{t('noDocuments')}</p> : null}
      <div data-testid="other-documents">
        {documents.map(({ node }) => (
          <PublicationCard key={node.id} publication={node} />
        ))}
      </div>
    </section>
  );
}
