/**
 * An operator signs in by pasting a partner's token (a JWT the partner's identity provider issued).
 * The field is emptied once signed in and keeps no history (no autocomplete), so the token lives in
 * the page's memory alone; signing out forgets it.
 */
import { useState, type FormEvent } from 'react';
import { Button, Card, CardBody, TextArea } from 'design-react-kit';
import { useTranslation } from 'react-i18next';

export function SignIn({
  signedIn,
  onSignIn,
  onSignOut,
}: {
  signedIn: boolean;
  onSignIn: (token: string) => void;
  onSignOut: () => void;
}) {
  const { t } = useTranslation('dashboard');
  const [draft, setDraft] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const token = draft.trim();
    if (!token) return;
    setDraft('');
    onSignIn(token);
  };

  return (
    <Card className="shadow-sm mb-4" tag="section" aria-labelledby="sign-in-title">
      <CardBody>
        <h2 className="h5" id="sign-in-title">
          {t('signInTitle')}
        </h2>
        {signedIn ? (
          <>
            <p data-testid="signed-in">{t('signedIn')}</p>
            <Button color="primary" outline onClick={onSignOut}>
              {t('signOut')}
            </Button>
          </>
        ) : (
          <form onSubmit={submit} aria-labelledby="sign-in-title">
            <TextArea
              id="token"
              label={t('tokenLabel')}
              infoText={t('tokenHelp')}
              value={draft}
              rows={3}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setDraft(event.target.value)}
            />
            <Button color="primary" type="submit" disabled={!draft.trim()}>
              {t('signIn')}
            </Button>
          </form>
        )}
      </CardBody>
    </Card>
  );
}
