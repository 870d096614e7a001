/**
 * One association: its kind, the communities it represents, its seat, its cultural fields, its
 * activities, when it was founded, its entry in the national register, its public contacts and the
 * services it runs.
 */
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Card, CardBody } from 'design-react-kit';
import { PortalAssociationDocument } from '../../../../clients/src/index.js';
import { Answer } from '../../components/Answer.js';
import { Text } from '../../components/Text.js';
import { localeOf, useLanguage } from '../../components/language.js';
import { useGraph } from '../../data/useGraph.js';

/** How many of its services the page lists; it says so when the association runs more. */
const SERVICES_SHOWN = 20;

export function AssociationPage() {
  const { t } = useTranslation('associations');
  const language = useLanguage();
  const { id = '' } = useParams();
  const query = useGraph(PortalAssociationDocument, {
    id,
    servicesFirst: SERVICES_SHOWN,
    lang: localeOf(language),
  });
  const year = new Intl.NumberFormat(language, { useGrouping: false });
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });

  return (
    <Answer query={query}>
      {({ association }) =>
        association === null ? (
          <p>{t('notFound')}</p>
        ) : (
          <article>
            <Link to={`/${language}/associations`}>{t('back')}</Link>
            <h1 className="mt-2">{association.name}</h1>
            <p className="lead" data-testid="kind">
              {t(`kinds.${association.kind}`)}
            </p>
            <Card className="shadow-sm mb-4">
              <CardBody>
                <dl className="row mb-0">
                  <dt className="col-sm-4">{t('communities')}</dt>
                  <dd className="col-sm-8">
                    <ul className="list-inline mb-0" data-testid="communities">
                      {association.representedCommunities.map((community) => (
                        <li
                          key={community.code}
                          className="list-inline-item"
                          data-community-code={community.code}
                        >
                          <Link to={`/${language}/communities/${community.code}`}>
                            <Text value={community.name} />
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </dd>
                  <dt className="col-sm-4">{t('seat')}</dt>
                  <dd className="col-sm-8">
                    {association.seat.name} ({association.seat.province.abbreviation}),{' '}
                    {association.seat.region.name.text}
                  </dd>
                  {association.culturalFields.length > 0 ? (
                    <>
                      <dt className="col-sm-4">{t('culturalFields')}</dt>
                      <dd className="col-sm-8">
                        {association.culturalFields.map((field) => t(`fields.${field}`)).join(', ')}
                      </dd>
                    </>
                  ) : null}
                  {association.foundedYear !== null ? (
                    <>
                      <dt className="col-sm-4">{t('founded')}</dt>
                      <dd className="col-sm-8">{year.format(association.foundedYear)}</dd>
                    </>
                  ) : null}
                  <dt className="col-sm-4">{t('register')}</dt>
                  <dd className="col-sm-8">
                    {association.registerEntry
                      ? t('registerEntry', {
                          number: association.registerEntry.number,
                          section: association.registerEntry.section,
                          date: dates.format(new Date(association.registerEntry.registeredOn)),
                        })
                      : t('notRegistered')}
                  </dd>
                  <dt className="col-sm-4">{t('contacts')}</dt>
                  <dd className="col-sm-8">
                    {association.contacts.phone ? (
                      <div>{`${t('phone')}: ${association.contacts.phone}`}</div>
                    ) : null}
                    {association.contacts.email ? (
                      <div>
                        {t('email')}:{' '}
                        <a href={`mailto:${association.contacts.email}`}>{association.contacts.email}</a>
                      </div>
                    ) : null}
                    {association.contacts.website ? (
                      <div>{`${t('website')}: ${association.contacts.website}`}</div>
                    ) : null}
                    {!association.contacts.phone &&
                    !association.contacts.email &&
                    !association.contacts.website
                      ? t('noContacts')
                      : null}
                  </dd>
                </dl>
              </CardBody>
            </Card>
            <section className="mb-4">
              <h2 className="h4">{t('activities')}</h2>
              <Text value={association.activities} as="p" />
            </section>
            <section>
              <h2 className="h4">{t('services')}</h2>
              {association.services.totalCount === 0 ? <p>{t('noServices')}</p> : null}
              <ul data-testid="services">
                {association.services.edges.map(({ node }) => (
                  <li key={node.id} data-service-id={node.id}>
                    <Link to={`/${language}/services/${node.id}`}>
                      <Text value={node.name} />
                    </Link>{' '}
                    — {node.municipality.name} ({node.municipality.province.abbreviation})
                  </li>
                ))}
              </ul>
              {association.services.totalCount > association.services.edges.length ? (
                <p className="small">
                  {t('moreServices', {
                    shown: association.services.edges.length,
                    total: association.services.totalCount,
                  })}
                </p>
              ) : null}
            </section>
          </article>
        )
      }
    </Answer>
  );
}
