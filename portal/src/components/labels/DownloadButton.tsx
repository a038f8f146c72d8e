import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { downloadFile, type DownloadPhase } from './downloadFile';

/**
 * A download of a file the platform makes on request (a label sheet), with its progress: while
 * the platform makes it, an indeterminate bar that says how many labels; then a bar of the bytes
 * received; then the file is saved (a link with `download`, kept on the page in case the browser
 * did not save it). A failure says so and the button tries again.
 */
export function DownloadButton(props: { url: string; filename: string; label: string; itemCount: number }) {
  const { t, tp } = useI18n();
  const [phase, setPhase] = useState<DownloadPhase>({ kind: 'idle' });
  const link = useRef<HTMLAnchorElement>(null);
  const href = phase.kind === 'done' ? phase.href : null;
  // The object URL lives as long as its link.
  useEffect(() => () => void (href && URL.revokeObjectURL(href)), [href]);
  useEffect(() => {
    if (href) link.current?.click();
  }, [href]);
  const busy = phase.kind === 'preparing' || phase.kind === 'receiving';

  const start = async () => {
    try {
      const { blob, filename } = await downloadFile(props.url, props.filename, setPhase);
      setPhase({ kind: 'done', href: URL.createObjectURL(blob), filename });
    } catch {
      setPhase({ kind: 'failed' });
    }
  };

  const percent =
    phase.kind === 'receiving' && phase.total
      ? Math.min(100, Math.floor((phase.received / phase.total) * 100))
      : null;
  return (
    <div className="label-download">
      <button type="button" className="button button-secondary" disabled={busy} onClick={() => void start()}>
        {props.label}
      </button>
      <div className="label-download-state" aria-live="polite">
        {phase.kind === 'preparing' && (
          <p className="label-progress" role="status">
            <span>{tp('labels.preparing', props.itemCount)}</span>
            <progress aria-label={tp('labels.preparing', props.itemCount)} />
          </p>
        )}
        {phase.kind === 'receiving' && (
          <p className="label-progress" role="status">
            <span>{t('labels.receiving', { percent: percent ?? 0 })}</span>
            {percent === null ? (
              <progress aria-label={t('labels.receiving', { percent: 0 })} />
            ) : (
              <progress max={100} value={percent} aria-label={t('labels.receiving', { percent })} />
            )}
          </p>
        )}
        {phase.kind === 'done' && (
          <p className="label-progress">
            {t('labels.downloaded')}{' '}
            <a ref={link} href={phase.href} download={phase.filename}>
              {t('labels.saveAgain', { file: phase.filename })}
            </a>
          </p>
        )}
        {phase.kind === 'failed' && (
          <p className="field-error" role="alert">
            {t('labels.downloadFailed')}
          </p>
        )}
      </div>
    </div>
  );
}
