/**
 * International Protection: the projects made with UNHCR for applicants and holders of
 * international, subsidiary or humanitarian protection, by region and beneficiary, a page at a
 * time, with the services that deliver each, and a map of Italy with each region's projects
 * (choosing a region shows them). The choices live in the address; every change is one request.
 */
import { useTranslation } from 'react-i18next';
import { Col, Row } from 'design-react-kit';
import { PortalProtectionDocument } from '../../../../clients/src/index.js';
import { Answer } from '../../components/Answer.js';
import { localeOf, useLanguage } from '../../components/language.js';
import { useAddressedList } from '../../components/address.js';
import { useGraph } from '../../data/useGraph.js';
import { Choice, RegionChoice } from '../../components/Choice.js';
import { Pager, pagerLabels } from '../../components/Pager.js';
import { RegionMap, countedRegions } from '../../components/map/RegionMap.js';
import { Project } from './Project.js';
import { PAGE_SIZE, STATUSES, criteriaOf, variablesOf } from './criteria.js';

export function ProtectionPage() {
  const { t } = useTranslation('protection');
  const language = useLanguage();
  const list = useAddressedList(criteriaOf);
  const { criteria, set } = list;
  const query = useGraph(PortalProtectionDocument, variablesOf(criteria, localeOf(language)));

  const regions = query.data?.data.regions.edges ?? [];
  const numbers = new Intl.NumberFormat(language);
  const format = (n: number) => numbers.format(n);
  const counted = countedRegions(regions, {
    count: (region) => region.protectionProjectCount,
    href: (region) =>
      `/${language}/protection?${new URLSearchParams({ ...(criteria.beneficiary ? { beneficiary: criteria.beneficiary } : {}), region: region.code }).toString()}`,
    label: (region, count) => t('regionLabel', { region, count, number: format(count) }),
  });

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <Row>
        <Col lg={4}>
          <form aria-label={t('filters')} onSubmit={(event) => event.preventDefault()}>
            <RegionChoice
              label={t('region')}
              anyLabel={t('anyRegion')}
              regions={regions}
              value={criteria.region}
              onChange={(region) => set({ region })}
            />
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
                <Pager list={list} connection={found} pageSize={PAGE_SIZE} labels={pagerLabels(t)} />
              </section>
            )}
          </Answer>
        </Col>
      </Row>
      {counted.length > 0 ? (
        <section className="mt-5" aria-labelledby="protection-map-title">
          <h2 className="h4" id="protection-map-title">
            {t('tableCaption')}
          </h2>
          <RegionMap
            regions={counted}
            format={format}
            labels={{
              map: t('mapLabel'),
              legend: t('legend'),
              hint: t('hint'),
              tableCaption: t('tableCaption'),
              countHeading: t('projects'),
            }}
          />
        </section>
      ) : null}
    </>
  );
}
