/** One service: where it is, how to reach it, the languages of its desk, when it opens, who runs it. */
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Card, CardBody } from 'design-react-kit';
import { PortalServiceDocument } from '../../../../clients/src/index.js';
import { Answer } from '../../components/Answer.js';
import { Text } from '../../components/Text.js';
import { localeOf, useLanguage } from '../../components/language.js';
import { useGraph } from '../../data/useGraph.js';

export function ServicePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const query = useGraph(PortalServiceDocument, { id, lang: localeOf(language) });
  const displayNames = new Intl.DisplayNames([language], { type: 'language' });

  return (
    <Answer query={query}>
      {({ service }) =>
        service === null ? (
          <p>{t('service.notFound')}</p>
        ) : (
          <article>
            <Link to={`/${language}/services`}>{t('service.back')}</Link>
            <h1 className="mt-2">
              <Text value={service.name} />
            </h1>
            <Text value={service.description} as="p" />
            <Card className="shadow-sm">
              <CardBody>
                <dl className="row mb-0">
                  <dt className="col-sm-4">{t('service.address')}</dt>
                  <dd className="col-sm-8">
                    {service.address}, {service.municipality.name} (
                    {service.municipality.province.abbreviation}), {service.municipality.region.name.text}
                  </dd>
                  <dt className="col-sm-4">{t('service.contacts')}</dt>
                  <dd className="col-sm-8">
                    {service.contacts.phone ? (
                      <div>{`${t('service.phone')}: ${service.contacts.phone}`}</div>
                    ) : null}
                    {service.contacts.email ? (
                      <div>
                        {t('service.email')}:{' '}
                        <a href={`mailto:${service.contacts.email}`}>{service.contacts.email}</a>
                      </div>
                    ) : null}
                    {service.contacts.website ? (
                      <div>{`${t('service.website')}: ${service.contacts.website}`}</div>
                    ) : null}
                  </dd>
                  <dt className="col-sm-4">{t('service.languages')}</dt>
                  <dd className="col-sm-8">
                    {service.languages.map((code) => displayNames.of(code)).join(', ')}
                  </dd>
                  <dt className="col-sm-4">{t('service.openingHours')}</dt>
                  <dd className="col-sm-8">
                    <Text value={service.openingHours} />
                  </dd>
                  <dt className="col-sm-4">{t('service.areas')}</dt>
                  <dd className="col-sm-8">{service.areas.map((area) => t(`areas.${area}`)).join(', ')}</dd>
                  <dt className="col-sm-4">{t('service.for')}</dt>
                  <dd className="col-sm-8">
                    {service.targetGroups.map((group) => t(`targetGroups.${group}`)).join(', ')}
                  </dd>
                  <dt className="col-sm-4">{t('service.free')}</dt>
                  <dd className="col-sm-8">
                    {service.freeOfCharge ? t('service.free') : t('service.notFree')}
                  </dd>
                  {service.association ? (
                    <>
                      <dt className="col-sm-4">{t('service.runBy')}</dt>
                      <dd className="col-sm-8">{service.association.name}</dd>
                    </>
                  ) : null}
                </dl>
              </CardBody>
            </Card>
          </article>
        )
      }
    </Answer>
  );
}
