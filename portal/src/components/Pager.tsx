/**
 * Previous and next page of a cursor connection. The cursors of the pages before this one are
 * kept by the page (the address holds only the current page's cursor, `after`).
 */
import { Button } from 'design-react-kit';

export function Pager({
  label,
  previousLabel,
  nextLabel,
  position,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
}: {
  label: string;
  previousLabel: string;
  nextLabel: string;
  position: string;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  return (
    <nav aria-label={label} className="d-flex gap-2">
      <Button color="primary" outline disabled={!hasPrevious} onClick={onPrevious}>
        {previousLabel}
      </Button>
      <span className="align-self-center">{position}</span>
      <Button color="primary" outline disabled={!hasNext} onClick={onNext}>
        {nextLabel}
      </Button>
    </nav>
  );
}
