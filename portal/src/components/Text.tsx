/**
 * A text from the graph, laid out as the graph says: in its own language and direction (an
 * Arabic text stays right-to-left on an Italian page), with a note when Italian stood in.
 */
import { useTranslation } from 'react-i18next';

export interface GraphText {
  readonly text: string;
  readonly locale?: string;
  readonly fallback?: boolean;
  readonly direction?: 'LTR' | 'RTL';
}

export function Text({
  value,
  as: Tag = 'span',
}: {
  value: GraphText;
  as?: 'span' | 'p' | 'h1' | 'h2' | 'h3';
}) {
  const { t } = useTranslation();
  return (
    <>
      <Tag lang={value.locale?.toLowerCase()} dir={value.direction?.toLowerCase()}>
        {value.text}
      </Tag>
      {value.fallback ? (
        <small className="d-block text-muted fst-italic" data-fallback="true">
          {t('common.fallback')}
        </small>
      ) : null}
    </>
  );
}
