/** One International Protection project: for whom, where and when, and the services that deliver it. */
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Badge, Card, CardBody } from 'design-react-kit';
import type { PortalProtectionQuery } from '../../../../clients/src/index.js';
import { Text } from '../../components/Text.js';
import { useLanguage } from '../../components/language.js';

type ProjectNode = PortalProtectionQuery['protectionProjects']['edges'][number]['node'];

export function Project({ project }: { project: ProjectNode }) {
  const { t } = useTranslation('protection');
  const language = useLanguage();
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const starts = dates.format(new Date(project.startsOn));
  return (
    <Card className="shadow-sm">
      <CardBody>
        <h2 className="h5">
          <Text value={project.title} />
        </h2>
        <p className="mb-1">
          {project.beneficiaries.map((status) => (
            <Badge key={status} color="primary" className="me-1" data-beneficiary={status}>
              {t(`statuses.${status}`)}
            </Badge>
          ))}
        </p>
        <p className="small mb-1">
          {project.municipality
            ? `${project.municipality.name}, ${project.region.name.text}`
            : t('regionWide', { region: project.region.name.text })}{' '}
          —{' '}
          {project.endsOn
            ? t('period', { from: starts, to: dates.format(new Date(project.endsOn)) })
            : t('since', { from: starts })}
        </p>
        <Text value={project.description} as="p" />
        <h3 className="h6">{t('services')}</h3>
        {project.services.length === 0 ? <p className="small">{t('noServices')}</p> : null}
        <ul className="mb-0">
          {project.services.map((service) => (
            <li key={service.id}>
              <Link to={`/${language}/services/${service.id}`} data-service-id={service.id}>
                <Text value={service.name} />
              </Link>{' '}
              — {service.municipality.name}
            </li>
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}
