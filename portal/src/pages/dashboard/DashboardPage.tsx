/**
 * The region dashboard for operators: a region's active pilot actions with their indicators'
 * progress towards their targets, the money committed and spent by funding source and the last
 * monitoring visit, in one request. The region lives in the address (`?region=03`). An operator
 * who signs in with a partner's token carrying monitoring:read also sees the visits' findings;
 * the token stays in memory and is forgotten on sign-out.
 */
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Alert, Col, Row } from 'design-react-kit';
import { PortalRegionDashboardDocument } from '../../../../clients/src/index.js';
import { Answer } from '../../components/Answer.js';
import { withChanges } from '../../components/address.js';
import { localeOf, useLanguage } from '../../components/language.js';
import { PilotActionCard } from './PilotActionCard.js';
import { SignIn } from './SignIn.js';
import { signIn, type Session } from '../../data/client.js';
import { RegionChoice } from '../../components/Choice.js';
import { useGraph, useSignOut } from '../../data/useGraph.js';

export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? '';
  const [session, setSession] = useState<Session | null>(null);
  const forget = useSignOut();
  const query = useGraph(
    PortalRegionDashboardDocument,
    { regionCode: region, withRegion: region !== '', lang: localeOf(language) },
    { session },
  );

  const choose = (code: string) => {
    setParams(withChanges({ region: code }, { keepPage: true }));
  };
  const signOut = () => {
    if (session) forget(session);
    setSession(null);
  };
  const regions = query.data?.data.regions.edges ?? [];
  const refused = query.data?.refused ?? null;

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <Row>
        <Col lg={4}>
          <RegionChoice
            label={t('region')}
            anyLabel={t('chooseRegion')}
            regions={regions}
            value={region}
            onChange={choose}
          />
          <SignIn
            signedIn={session !== null}
            onSignIn={(token) => setSession(signIn(token))}
            onSignOut={signOut}
          />
        </Col>
        <Col lg={8}>
          {session === null ? (
            <Alert color="info" data-testid="sign-in-more">
              {t('signInMore')}
            </Alert>
          ) : refused === 'FORBIDDEN' ? (
            <Alert color="warning" data-testid="forbidden">
              {t('forbidden')}
            </Alert>
          ) : null}
          <Answer query={query}>
            {(data) =>
              !region ? (
                <p>{t('pickRegion')}</p>
              ) : !data.region ? (
                <p>{t('notFound')}</p>
              ) : (
                <section aria-labelledby="region-title" aria-live="polite">
                  <h2 id="region-title" lang={data.region.name.locale.toLowerCase()}>
                    {data.region.name.text}
                  </h2>
                  <p data-testid="action-count">
                    {t('actionCount', { count: data.region.pilotActions.totalCount })}
                  </p>
                  {data.region.pilotActions.edges.map(({ node }) => (
                    <PilotActionCard key={node.id} action={node} language={language} />
                  ))}
                </section>
              )
            }
          </Answer>
        </Col>
      </Row>
    </>
  );
}
