/**
 * Find a service: region, province and municipality (or a municipality by name), area, a language
 * spoken at the desk and a target group; a page of results at a time. The criteria live in the
 * address; every change is one request for the places and the results together.
 */
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Card, CardBody, Col, Row } from 'design-react-kit';
import { PortalServiceSearchDocument } from '../../../../clients/src/index.js';
import { Answer } from '../../components/Answer.js';
import { Pager, pagerLabels } from '../../components/Pager.js';
import { Choice, RegionChoice } from '../../components/Choice.js';
import { useAddressedList } from '../../components/address.js';
import { Text } from '../../components/Text.js';
import { localeOf, useLanguage } from '../../components/language.js';
import { useGraph } from '../../data/useGraph.js';
import { AREAS, DESK_LANGUAGES, PAGE_SIZE, TARGET_GROUPS, criteriaOf, variablesOf } from './filters.js';

export function ServicesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useAddressedList(criteriaOf);
  const { criteria, set } = list;
  const query = useGraph(PortalServiceSearchDocument, variablesOf(criteria, localeOf(language)));

  const regions = query.data?.data.regions.edges ?? [];
  const provinces = query.data?.data.provinces?.edges ?? [];
  const municipalities = query.data?.data.municipalities?.edges ?? [];
  const displayNames = new Intl.DisplayNames([language], { type: 'language' });

  return (
    <>
      <h1>{t('services.title')}</h1>
      <Row>
        <Col lg={4}>
          <form aria-label={t('services.filters')} onSubmit={(event) => event.preventDefault()}>
            <RegionChoice
              label={t('services.region')}
              anyLabel={t('services.anyRegion')}
              regions={regions}
              value={criteria.region}
              onChange={(region) => set({ region, province: '', municipality: '' })}
            />
            {criteria.region ? (
              <Choice
                id="province"
                label={t('services.province')}
                value={criteria.province}
                onChange={(province) => set({ province, municipality: '' })}
              >
                <option value="">{t('services.anyProvince')}</option>
                {provinces.map(({ node }) => (
                  <option key={node.code} value={node.code}>
                    {node.name} ({node.abbreviation})
                  </option>
                ))}
              </Choice>
            ) : null}
            <div className="form-group mb-3">
              <label htmlFor="municipality-name" className="active">
                {t('services.municipalitySearch')}
              </label>
              <input
                id="municipality-name"
                type="search"
                className="form-control"
                value={criteria.name}
                onChange={(event) => set({ name: event.target.value, municipality: '' })}
              />
            </div>
            {municipalities.length > 0 ? (
              <Choice
                id="municipality"
                label={t('services.municipality')}
                value={criteria.municipality}
                onChange={(municipality) => set({ municipality })}
              >
                <option value="">{t('services.anyMunicipality')}</option>
                {municipalities.map(({ node }) => (
                  <option key={node.istatCode} value={node.istatCode}>
                    {node.name}
                  </option>
                ))}
              </Choice>
            ) : null}
            <Choice
              id="area"
              label={t('services.area')}
              value={criteria.area}
              onChange={(area) => set({ area })}
            >
              <option value="">{t('services.anyArea')}</option>
              {AREAS.map((area) => (
                <option key={area} value={area}>
                  {t(`areas.${area}`)}
                </option>
              ))}
            </Choice>
            <Choice
              id="desk-language"
              label={t('services.language')}
              value={criteria.language}
              onChange={(code) => set({ language: code })}
            >
              <option value="">{t('services.anyLanguage')}</option>
              {DESK_LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {displayNames.of(code)}
                </option>
              ))}
            </Choice>
            <Choice
              id="target"
              label={t('services.targetGroup')}
              value={criteria.target}
              onChange={(target) => set({ target })}
            >
              <option value="">{t('services.anyTargetGroup')}</option>
              {TARGET_GROUPS.map((group) => (
                <option key={group} value={group}>
                  {t(`targetGroups.${group}`)}
                </option>
              ))}
            </Choice>
          </form>
        </Col>
        <Col lg={8}>
          <Answer query={query}>
            {({ services }) => (
              <section aria-live="polite">
                <p className="lead" data-testid="result-count">
                  {t('services.results', { count: services.totalCount })}
                </p>
                {services.totalCount === 0 ? <p>{t('services.none')}</p> : null}
                <ul className="list-unstyled" data-testid="results">
                  {services.edges.map(({ node }) => (
                    <li key={node.id} className="mb-3" data-service-id={node.id}>
                      <Card className="shadow-sm">
                        <CardBody>
                          <h2 className="h5">
                            <Link to={`/${language}/services/${node.id}`}>
                              <Text value={node.name} />
                            </Link>
                          </h2>
                          <p className="mb-1">
                            {node.address}, {node.municipality.name} (
                            {node.municipality.province.abbreviation})
                          </p>
                          <p className="small mb-0">
                            {node.areas.map((area) => t(`areas.${area}`)).join(' · ')} —{' '}
                            {node.languages.map((code) => displayNames.of(code)).join(', ')}
                          </p>
                        </CardBody>
                      </Card>
                    </li>
                  ))}
                </ul>
                <Pager
                  list={list}
                  connection={services}
                  pageSize={PAGE_SIZE}
                  labels={pagerLabels(t, 'services.')}
                />
              </section>
            )}
          </Answer>
        </Col>
      </Row>
    </>
  );
}
