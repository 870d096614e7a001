/** One publication: its title, when it was published and its summary, in the reader's language. */
import { useTranslation } from 'react-i18next';
import { Card, CardBody } from 'design-react-kit';
import type { PortalPublicationFragment } from '../../../../clients/src/index.js';
import { Text } from '../../components/Text.js';
import { useLanguage } from '../../components/language.js';

export function PublicationCard({
  publication,
  testId,
}: {
  publication: PortalPublicationFragment;
  testId?: string;
}) {
  const { t } = useTranslation('publications');
  const language = useLanguage();
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <Card className="shadow-sm mb-3" testId={testId} data-publication-id={publication.id}>
      <CardBody>
        <h3 className="h5">
          <Text value={publication.title} />
        </h3>
        <p className="small text-muted mb-2">
          {t('publishedOn', { date: dates.format(new Date(publication.publishedOn)) })}
        </p>
        <Text value={publication.summary} as="p" />
      </CardBody>
    </Card>
  );
}
