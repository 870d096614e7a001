/** The Portal's home: what it offers, and the communities it reports on. */
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PortalHomeDocument } from '../../../../clients/src/index.js';
import { Answer } from '../../components/Answer.js';
import { localeOf, useLanguage } from '../../components/language.js';
import { useGraph } from '../../data/useGraph.js';

export function HomePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const query = useGraph(PortalHomeDocument, { lang: localeOf(language) });
  return (
    <>
      <h1>{t('site.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <Link className="btn btn-primary" to={`/${language}/services`}>
        {t('home.findService')}
      </Link>
      <h2 className="h4 mt-5">{t('home.communities')}</h2>
      <Answer query={query}>
        {({ publications }) => (
          <ul className="list-inline">
            {publications.edges.flatMap(({ node }) =>
              node.community ? (
                <li key={node.community.code} className="list-inline-item mb-2">
                  <Link
                    className="btn btn-outline-primary btn-sm"
                    to={`/${language}/communities/${node.community.code}`}
                    lang={node.community.name.locale.toLowerCase()}
                  >
                    {node.community.name.text}
                  </Link>
                </li>
              ) : (
                []
              ),
            )}
          </ul>
        )}
      </Answer>
    </>
  );
}
