/**
 * The Portal's publications: the yearly reports on the main communities (a community and a year),
 * the editions of "Migrants in the Italian Labour Market", the other documents and the monthly
 * newsletter (a month, the latest issue by default). The choices live in the address; every
 * change is one request for the whole page.
 */
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PortalPublicationsDocument } from '../../../../clients/src/index.js';
import { Answer } from '../../components/Answer.js';
import { localeOf, useLanguage } from '../../components/language.js';
import { withChanges } from '../../components/address.js';
import { useGraph } from '../../data/useGraph.js';
import { choicesOf, variablesOf, type Choices } from './choices.js';
import { CommunityReports, LabourMarketReports, OtherDocuments } from './Reports.js';
import { Newsletter } from './Newsletter.js';

export function PublicationsPage() {
  const { t } = useTranslation('publications');
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const choices = choicesOf(params);
  const query = useGraph(PortalPublicationsDocument, variablesOf(choices, localeOf(language)));

  /** Applies `changes`, and `defaults` where the address has no value yet. */
  const set = (changes: Partial<Choices>, defaults: Partial<Choices> = {}) => {
    setParams(
      withChanges(changes, {
        keepPage: true,
        defaults: defaults,
      }),
    );
  };

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <Answer query={query}>
        {(data) => (
          <div>
            <CommunityReports data={data} choices={choices} set={set} />
            <LabourMarketReports data={data} choices={choices} set={set} />
            <OtherDocuments data={data} />
            <Newsletter data={data} choices={choices} set={set} />
          </div>
        )}
      </Answer>
    </>
  );
}
