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
  // The object URLs made here, given back when the button goes (the last one stays usable until then).
  const urls = useRef<string[]>([]);
  useEffect(() => {
    const made = urls.current;
    return () => made.splice(0).forEach((url) => URL.revokeObjectURL(url));
  }, []);
  const busy = phase.kind === 'preparing' || phase.kind === 'receiving';

  const start = async () => {
    try {
      const { blob, filename } = await downloadFile(props.url, props.filename, setPhase);
      urls.current.splice(0).forEach((url) => URL.revokeObjectURL(url));
      const href = URL.createObjectURL(blob);
      urls.current.push(href);
      // Saved at once, through a link with `download` (the one shown afterwards does the same).
      const save = document.createElement('a');
      save.href = href;
      save.download = filename;
      save.hidden = true;
      document.body.append(save);
      save.click();
      save.remove();
      setPhase({ kind: 'done', href, filename });
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
            <a href={phase.href} download={phase.filename}>
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
