/**
 * A community's page: its latest report, associations, residents by region, events and the
 * services whose desks speak its languages, from five partners in one request.
 */
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Card, CardBody, Col, Row } from 'design-react-kit';
import { PortalCommunityDocument } from '../../../../clients/src/index.js';
import { Answer } from '../../components/Answer.js';
import { Text } from '../../components/Text.js';
import { localeOf, useLanguage } from '../../components/language.js';
import { useGraph } from '../../data/useGraph.js';

export function CommunityPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { code = '' } = useParams();
  const query = useGraph(PortalCommunityDocument, { code, lang: localeOf(language) });
  const numbers = new Intl.NumberFormat(language);
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const languageNames = new Intl.DisplayNames([language], { type: 'language' });

  return (
    <Answer query={query}>
      {({ community }) =>
        community === null ? (
          <p>{t('community.notFound')}</p>
        ) : (
          <article>
            <h1 lang={community.name.locale.toLowerCase()}>
              {t('community.title', { name: community.name.text })}
            </h1>
            {community.languages && community.languages.length > 0 ? (
              <p>
                {t('community.languages')}: {community.languages.map((l) => languageNames.of(l)).join(', ')}
              </p>
            ) : null}
            <section className="mb-4">
              <h2 className="h4">{t('community.report')}</h2>
              {community.latestReport ? (
                <Card className="shadow-sm">
                  <CardBody>
                    <h3 className="h5">
                      <Text value={community.latestReport.title} />
                    </h3>
                    <Text value={community.latestReport.summary} as="p" />
                  </CardBody>
                </Card>
              ) : (
                <p>{t('community.noReport')}</p>
              )}
            </section>
            <Row>
              <Col lg={6}>
                <section className="mb-4" data-testid="residents">
                  <h2 className="h4">{t('community.residents')}</h2>
                  {community.residents ? (
                    <>
                      <p>
                        {t('community.residentsTotal', {
                          total: numbers.format(community.residents.total),
                          year: community.residents.year,
                        })}
                      </p>
                      {community.residents.source.generated ? (
                        <p className="small text-muted">{t('community.generated')}</p>
                      ) : null}
                      <table className="table table-sm">
                        <thead>
                          <tr>
                            <th scope="col">{t('community.region')}</th>
                            <th scope="col" className="text-end">
                              {t('community.residentsColumn')}
                            </th>
                          </tr>
                        </thead>
                        <tbody>
                          {community.residents.byRegion.slice(0, 10).map((row) => (
                            <tr key={row.region.code}>
                              <td>{row.region.name.text}</td>
                              <td className="text-end">{numbers.format(row.total)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </>
                  ) : null}
                </section>
              </Col>
              <Col lg={6}>
                <section className="mb-4">
                  <h2 className="h4">{t('community.associations')}</h2>
                  {community.associations && community.associations.totalCount > 0 ? (
                    <ul>
                      {community.associations.edges.map(({ node }) => (
                        <li key={node.id}>
                          {node.name} — {node.seat.name}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p>{t('community.noAssociations')}</p>
                  )}
                </section>
                <section className="mb-4">
                  <h2 className="h4">{t('community.events')}</h2>
                  {community.events && community.events.totalCount > 0 ? (
                    <ul>
                      {community.events.edges.map(({ node }) => (
                        <li key={node.id}>
                          <Text value={node.title} /> — {node.municipality.name},{' '}
                          {dates.format(new Date(node.startsOn))}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p>{t('community.noEvents')}</p>
                  )}
                </section>
              </Col>
            </Row>
            <section>
              <h2 className="h4">{t('community.services')}</h2>
              <ul>
                {community.services?.edges.map(({ node }) => (
                  <li key={node.id}>
                    <Link to={`/${language}/services/${node.id}`}>
                      <Text value={node.name} />
                    </Link>{' '}
                    — {node.municipality.name}
                  </li>
                ))}
              </ul>
            </section>
          </article>
        )
      }
    </Answer>
  );
}
