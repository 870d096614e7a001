/**
 * International Protection: the projects made with UNHCR for applicants and holders of
 * international, subsidiary or humanitarian protection, by region and beneficiary, a page at a
 * time, with the services that deliver each. The choices live in the address; every change is
 * one request.
 */
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Col, Row } from 'design-react-kit';
import { PortalProtectionDocument } from '../../../../clients/src/index.js';
import { Answer } from '../../components/Answer.js';
import { localeOf, useLanguage } from '../../components/language.js';
import { withChanges } from '../../components/address.js';
import { useGraph } from '../../data/useGraph.js';
import { Choice } from '../../components/Choice.js';
import { Pager } from '../../components/Pager.js';
import { Project } from './Project.js';
import { PAGE_SIZE, STATUSES, criteriaOf, variablesOf, type Criteria } from './criteria.js';

export function ProtectionPage() {
  const { t } = useTranslation('protection');
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const criteria = criteriaOf(params);
  // Cursors of the pages before this one, for "previous page".
  const [previous, setPrevious] = useState<string[]>([]);
  const query = useGraph(PortalProtectionDocument, variablesOf(criteria, localeOf(language)));

  const set = (changes: Partial<Criteria>, keepPage = false) => {
    // From the address as it is now, not as last drawn: a choice made before the page redrew for
    // the one before it keeps both.
    const next = withChanges(changes, { keepPage });
    if (!keepPage) setPrevious([]);
    setParams(next);
  };
  const regions = query.data?.data.regions.edges ?? [];
  const numbers = new Intl.NumberFormat(language);

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <Row>
        <Col lg={4}>
          <form aria-label={t('filters')} onSubmit={(event) => event.preventDefault()}>
            <Choice
              id="region"
              label={t('region')}
              value={criteria.region}
              onChange={(region) => set({ region })}
            >
              <option value="">{t('anyRegion')}</option>
              {regions.map(({ node }) => (
                <option key={node.code} value={node.code}>
                  {node.name.text}
                </option>
              ))}
            </Choice>
            <Choice
              id="beneficiary"
              label={t('beneficiary')}
              value={criteria.beneficiary}
              onChange={(beneficiary) => set({ beneficiary })}
            >
              <option value="">{t('anyBeneficiary')}</option>
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`statuses.${status}`)}
                </option>
              ))}
            </Choice>
          </form>
        </Col>
        <Col lg={8}>
          <Answer query={query}>
            {({ protectionProjects: found }) => (
              <section aria-label={t('results')}>
                <p className="lead" data-testid="result-count">
                  {t('count', { total: numbers.format(found.totalCount) })}
                </p>
                {found.totalCount === 0 ? <p>{t('none')}</p> : null}
                <ul className="list-unstyled">
                  {found.edges.map(({ node }) => (
                    <li key={node.id} className="mb-3" data-project-id={node.id}>
                      <Project project={node} />
                    </li>
                  ))}
                </ul>
                <Pager
                  label={t('pagination')}
                  previousLabel={t('previous')}
                  nextLabel={t('next')}
                  position={t('page', {
                    page: previous.length + 1,
                    pages: Math.max(1, Math.ceil(found.totalCount / PAGE_SIZE)),
                  })}
                  hasPrevious={previous.length > 0}
                  hasNext={found.pageInfo.hasNextPage}
                  onPrevious={() => {
                    setPrevious(previous.slice(0, -1));
                    set({ after: previous.at(-1) ?? '' }, true);
                  }}
                  onNext={() => {
                    setPrevious([...previous, criteria.after]);
                    set({ after: found.pageInfo.endCursor ?? '' }, true);
                  }}
                />
              </section>
            )}
          </Answer>
        </Col>
      </Row>
    </>
  );
}
