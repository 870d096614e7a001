/**
 * The associations of a community (any, when none is chosen) seated in a region (anywhere, when
 * none is chosen), a page at a time, each with its kind, seat and the number of services it runs.
 * The choices live in the address; every change is one request for the choices and the list.
 */
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Card, CardBody, Col, Row } from 'design-react-kit';
import { PortalAssociationsDocument } from '../../../../clients/src/index.js';
import { Answer } from '../../components/Answer.js';
import { Pager, pagerLabels } from '../../components/Pager.js';
import { localeOf, useLanguage } from '../../components/language.js';
import { useAddressedList } from '../../components/address.js';
import { Choice, RegionChoice } from '../../components/Choice.js';
import { useGraph } from '../../data/useGraph.js';
import { PAGE_SIZE, criteriaOf, variablesOf } from './criteria.js';

export function AssociationsPage() {
  const { t } = useTranslation('associations');
  const language = useLanguage();
  const list = useAddressedList(criteriaOf);
  const { criteria, set } = list;
  const query = useGraph(PortalAssociationsDocument, variablesOf(criteria, localeOf(language)));

  const data = query.data?.data;
  const regions = data?.regions.edges ?? [];
  const collator = new Intl.Collator(language);
  // The communities of the Portal's newest reports: the main ones living in Italy.
  const communities: { code: string; name: string }[] = (data?.publications.edges ?? [])
    .flatMap(({ node }) =>
      node.community ? [{ code: node.community.code, name: node.community.name.text }] : [],
    )
    .sort((a, b) => collator.compare(a.name, b.name));
  // A community from the address that the choice does not list keeps an option of its own.
  if (criteria.community && !communities.some((c) => c.code === criteria.community)) {
    const regionNames = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    let name = criteria.community;
    try {
      name = regionNames.of(criteria.community) ?? name;
    } catch {
      // Not a region code: the code itself names the option.
    }
    communities.unshift({ code: criteria.community, name });
  }

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <Row>
        <Col lg={4}>
          <form aria-label={t('filters')} onSubmit={(event) => event.preventDefault()}>
            <Choice
              id="community"
              label={t('community')}
              value={criteria.community}
              onChange={(community) => set({ community })}
            >
              <option value="">{t('anyCommunity')}</option>
              {communities.map(({ code, name }) => (
                <option key={code} value={code}>
                  {name}
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
            {({ associations }) => (
              <section aria-live="polite">
                <p className="lead" data-testid="result-count">
                  {t('results', { count: associations.totalCount })}
                </p>
                {associations.totalCount === 0 ? <p>{t('none')}</p> : null}
                <ul className="list-unstyled" data-testid="results">
                  {associations.edges.map(({ node }) => (
                    <li key={node.id} className="mb-3" data-association-id={node.id}>
                      <Card className="shadow-sm">
                        <CardBody>
                          <h2 className="h5">
                            <Link to={`/${language}/associations/${node.id}`}>{node.name}</Link>
                          </h2>
                          <p className="mb-1">
                            {t(`kinds.${node.kind}`)} — {node.seat.name} ({node.seat.province.abbreviation})
                          </p>
                          <p className="small mb-0" data-testid="services-count">
                            {t('servicesCount', { count: node.services.totalCount })}
                          </p>
                        </CardBody>
                      </Card>
                    </li>
                  ))}
                </ul>
                <Pager list={list} connection={associations} pageSize={PAGE_SIZE} labels={pagerLabels(t)} />
              </section>
            )}
          </Answer>
        </Col>
      </Row>
    </>
  );
}
