/**
 * What every page shows around its data: a spinner while the first answer comes, an error with a
 * retry when nothing came, and a notice naming the partners that did not answer when part came.
 */
import type { ReactNode } from 'react';
import { Alert, Button, Spinner } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { UseQueryResult } from '@tanstack/react-query';
import type { GraphAnswer, GraphFailure } from '../data/useGraph.js';

/** The spinner of a page waiting for its first answer (or its code). */
export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="d-flex align-items-center gap-2 my-4" role="status">
      <Spinner active small />
      <span>{t('common.loading')}</span>
    </div>
  );
}

export function Answer<TData>({
  query,
  children,
}: {
  query: UseQueryResult<GraphAnswer<TData>, GraphFailure>;
  children: (data: TData) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <Alert color="danger">
        <p className="mb-2">{t('common.error')}</p>
        <p className="small mb-2">{query.error.message}</p>
        <Button color="primary" size="sm" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  const { data, missing } = query.data;
  return (
    <>
      {missing.length > 0 ? (
        <Alert color="warning" data-testid="partial-notice">
          {t('common.partial', {
            parts: missing
              .map((name) => t(`partners.${name}`, { defaultValue: t('partners.unknown') }))
              .join(', '),
          })}
        </Alert>
      ) : null}
      {children(data)}
    </>
  );
}
