/**
 * The Cultural Area: the experiences of a section (literature, cinema, theatre, music, visual art
 * and cultural heritage) in a region, a page at a time, each with its kind, where it is and the
 * associations involved, and a map of Italy with each region's experiences of the section (choosing
 * a region shows its experiences). The choices live in the address; every change is one request.
 */
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Card, CardBody, Col, Row } from 'design-react-kit';
import { PortalCultureDocument } from '../../../../clients/src/index.js';
import { Answer } from '../../components/Answer.js';
import { Text } from '../../components/Text.js';
import { localeOf, useLanguage } from '../../components/language.js';
import { useAddressedList } from '../../components/address.js';
import { useGraph } from '../../data/useGraph.js';
import { Choice, RegionChoice } from '../../components/Choice.js';
import { Pager, pagerLabels } from '../../components/Pager.js';
import { RegionMap, countedRegions } from '../../components/map/RegionMap.js';
import { PAGE_SIZE, SECTIONS, criteriaOf, variablesOf } from './criteria.js';

export function CulturePage() {
  const { t } = useTranslation('culture');
  const language = useLanguage();
  const list = useAddressedList(criteriaOf);
  const { criteria, set } = list;
  const query = useGraph(PortalCultureDocument, variablesOf(criteria, localeOf(language)));

  const regions = query.data?.data.regions.edges ?? [];
  const numbers = new Intl.NumberFormat(language);
  const format = (n: number) => numbers.format(n);
  const sectionName = criteria.section ? t(`sections.${criteria.section}`) : t('anySection');
  const counted = countedRegions(regions, {
    // The chosen section's count, or every section's when none is chosen.
    count: (region) =>
      region.culturalExperienceCounts
        .filter((entry) => !criteria.section || entry.section === criteria.section)
        .reduce((sum, entry) => sum + entry.count, 0),
    href: (region) =>
      `/${language}/culture?${new URLSearchParams({ ...(criteria.section ? { section: criteria.section } : {}), region: region.code }).toString()}`,
    label: (region, count) => t('regionLabel', { region, count, number: format(count) }),
  });

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <Row>
        <Col lg={4}>
          <form aria-label={t('filters')} onSubmit={(event) => event.preventDefault()}>
            <Choice
              id="section"
              label={t('section')}
              value={criteria.section}
              onChange={(section) => set({ section })}
            >
              <option value="">{t('anySection')}</option>
              {SECTIONS.map((section) => (
                <option key={section} value={section}>
                  {t(`sections.${section}`)}
                </option>
              ))}
            </Choice>
            <RegionChoice
              label={t('region')}
              anyLabel={t('anyRegion')}
              regions={regions}
              value={criteria.region}
              onChange={(region) => set({ region })}
            />
          </form>
        </Col>
        <Col lg={8}>
          <Answer query={query}>
            {({ culturalExperiences: found }) => (
              <section aria-label={t('results')}>
                <p className="lead" data-testid="result-count">
                  {t('count', { total: numbers.format(found.totalCount) })}
                </p>
                {found.totalCount === 0 ? <p>{t('none')}</p> : null}
                <ul className="list-unstyled">
                  {found.edges.map(({ node }) => (
                    <li key={node.id} className="mb-3" data-experience-id={node.id}>
                      <Card className="shadow-sm">
                        <CardBody>
                          <h2 className="h5">{node.name}</h2>
                          <p className="small mb-1">
                            <span data-section={node.section}>{t(`sections.${node.section}`)}</span> ·{' '}
                            <span data-kind={node.kind}>{t(`kinds.${node.kind}`)}</span> —{' '}
                            {node.municipality.name} ({node.municipality.province.abbreviation})
                          </p>
                          <Text value={node.description} as="p" />
                          <p className="small mb-0">
                            {t('associations')}: {node.associations.length === 0 ? t('noAssociations') : null}
                            {node.associations.map((association, index) => (
                              <span key={association.id}>
                                {index > 0 ? ', ' : null}
                                <Link
                                  to={`/${language}/associations/${association.id}`}
                                  data-association-id={association.id}
                                >
                                  {association.name}
                                </Link>
                              </span>
                            ))}
                          </p>
                        </CardBody>
                      </Card>
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
        <section className="mt-5" aria-labelledby="culture-map-title">
          <h2 className="h4" id="culture-map-title">
            {t('tableCaption', { section: sectionName })}
          </h2>
          <RegionMap
            regions={counted}
            format={format}
            labels={{
              map: t('mapLabel', { section: sectionName }),
              legend: t('legend'),
              hint: t('hint'),
              tableCaption: t('tableCaption', { section: sectionName }),
              countHeading: t('experiences'),
            }}
          />
        </section>
      ) : null}
    </>
  );
}
