import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { REFORM_DAY } from '../places';

/** The figure on the eve of the 2025 reform, the province's last one before its communes were re-formed. */
export const ReformNote_before = graphql(`
  fragment ReformNote_before on NtmProgress {
    asOf
    atLeastStandard
    communes
    province {
      id
      code
      fullName
    }
  }
`);

/**
 * Which NTM figure to lead with, the home page's rule: the figure of the day, unless it shows no
 * commune at standard and the eve of the reform has one — communes formed on 2025-07-01 start
 * without recognitions (those stay on the communes of their date), so until they earn some the
 * latest meaningful figure is the one before the reform.
 */
export function leadingNtmFigure<T extends { atLeastStandard: number }>(
  onDay: T,
  beforeReform: T | null | undefined,
): { figure: T; isBeforeReform: boolean } {
  if (onDay.atLeastStandard > 0 || !beforeReform) return { figure: onDay, isBeforeReform: false };
  return { figure: beforeReform, isBeforeReform: true };
}

/** Whether figures of a day count the communes formed in the reform (only recognitions since). */
export function isAfterReform(day: string): boolean {
  return day >= REFORM_DAY;
}

/**
 * On a day after the 2025 reform: why the communes at standard are 0 (or few) — the new communes
 * have not been re-recognised; recognitions belong to the units of their date — and the last
 * figure before the reform, with a link to the figures of that day.
 */
export function ReformNote(props: {
  /** The day of the figures shown. */
  day: string;
  atLeastStandard: number;
  before: FragmentType<typeof ReformNote_before> | null | undefined;
}) {
  const { t, tp, formatDate, formatNumber } = useI18n();
  const before = getFragmentData(ReformNote_before, props.before);
  if (!before || !isAfterReform(props.day)) return null;
  const zero = props.atLeastStandard === 0;
  const reform = formatDate(REFORM_DAY);
  return (
    <aside className="card reform-note" aria-labelledby="reform-note-title" data-testid="reform-note">
      <h2 id="reform-note-title">
        {zero ? t('statistics.reform.whyZeroTitle') : t('statistics.reform.sinceTitle', { reform })}
      </h2>
      <p>{zero ? t('statistics.reform.whyZero', { reform }) : t('statistics.reform.since', { reform })}</p>
      <p className="reform-note-figure">
        {tp('statistics.reform.lastFigure', before.communes, {
          date: formatDate(before.asOf),
          province: before.province?.fullName ?? '',
          met: formatNumber(before.atLeastStandard),
        })}{' '}
        {before.province?.code && (
          <Link to={`/statistics?province=${encodeURIComponent(before.province.code)}&asOf=${before.asOf}`}>
            {t('statistics.reform.seeLastFigure', { date: formatDate(before.asOf) })}
          </Link>
        )}
      </p>
    </aside>
  );
}
