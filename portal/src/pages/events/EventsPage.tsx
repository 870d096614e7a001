/**
 * Events: meetings with migrant communities, conferences, festivals... by region and province and
 * period, or only the IN.CO.NT.RO meetings with communities, a page at a time, with where and
 * when, the communities and the associations. The choices live in the address; every change is
 * one request.
 */
import { useTranslation } from 'react-i18next';
import { Col, Row } from 'design-react-kit';
import { PortalEventsDocument } from '../../../../clients/src/index.js';
import { Answer } from '../../components/Answer.js';
import { localeOf, useLanguage } from '../../components/language.js';
import { useAddressedList } from '../../components/address.js';
import { useGraph } from '../../data/useGraph.js';
import { Choice, RegionChoice } from '../../components/Choice.js';
import { EventCard } from './EventCard.js';
import { Pager, pagerLabels } from '../../components/Pager.js';
import { PAGE_SIZE, SERIES, criteriaOf, isDate, variablesOf } from './criteria.js';

function DateInput({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="form-group mb-3">
      <label htmlFor={id} className="active">
        {label}
      </label>
      <input
        id={id}
        type="date"
        className="form-control"
        value={value}
        // A date being typed is sent once whole; clearing the field removes the bound.
        onChange={(event) => {
          if (event.target.value === '' || isDate(event.target.value)) onChange(event.target.value);
        }}
      />
    </div>
  );
}

export function EventsPage() {
  const { t } = useTranslation('events');
  const language = useLanguage();
  const list = useAddressedList(criteriaOf);
  const { criteria, set } = list;
  const query = useGraph(PortalEventsDocument, variablesOf(criteria, localeOf(language)));

  const regions = query.data?.data.regions.edges ?? [];
  const provinces = query.data?.data.provinces?.edges ?? [];
  const numbers = new Intl.NumberFormat(language);

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <Row>
        <Col lg={4}>
          <form aria-label={t('filters')} onSubmit={(event) => event.preventDefault()}>
            <Choice
              id="series"
              label={t('series')}
              value={criteria.series}
              onChange={(series) => set({ series })}
            >
              <option value="">{t('anySeries')}</option>
              {SERIES.map((series) => (
                <option key={series} value={series}>
                  {t('incontro', { series })}
                </option>
              ))}
            </Choice>
            <RegionChoice
              label={t('region')}
              anyLabel={t('anyRegion')}
              regions={regions}
              value={criteria.region}
              onChange={(region) => set({ region, province: '' })}
            />
            {criteria.region ? (
              <Choice
                id="province"
                label={t('province')}
                value={criteria.province}
                onChange={(province) => set({ province })}
              >
                <option value="">{t('anyProvince')}</option>
                {provinces.map(({ node }) => (
                  <option key={node.code} value={node.code}>
                    {node.name} ({node.abbreviation})
                  </option>
                ))}
              </Choice>
            ) : null}
            <DateInput id="from" label={t('from')} value={criteria.from} onChange={(from) => set({ from })} />
            <DateInput id="to" label={t('to')} value={criteria.to} onChange={(to) => set({ to })} />
          </form>
        </Col>
        <Col lg={8}>
          <Answer query={query}>
            {({ events: found }) => (
              <section aria-label={t('results')}>
                <p className="lead" data-testid="result-count">
                  {t('count', { total: numbers.format(found.totalCount) })}
                </p>
                {found.totalCount === 0 ? <p>{t('none')}</p> : null}
                <ul className="list-unstyled">
                  {found.edges.map(({ node }) => (
                    <li key={node.id} className="mb-3" data-event-id={node.id}>
                      <EventCard event={node} />
                    </li>
                  ))}
                </ul>
                <Pager list={list} connection={found} pageSize={PAGE_SIZE} labels={pagerLabels(t)} />
              </section>
            )}
          </Answer>
        </Col>
      </Row>
    </>
  );
}
