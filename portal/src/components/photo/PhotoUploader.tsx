import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../form/Field';
import { userErrorText } from '../form/userErrorText';
import {
  checkPhoto,
  formatBytes,
  PHOTO_MAX_BYTES,
  PHOTO_TYPES,
  UploadRefused,
  uploadPhoto,
} from './uploadPhoto';
import { useProductPhotoAdd } from './useProductPhotoAdd';

type Phase =
  | { kind: 'idle' }
  | { kind: 'uploading'; fraction: number }
  | { kind: 'attaching' }
  | { kind: 'done' }
  | { kind: 'failed'; message: string };

/**
 * Adding a photo to a product: choose one (or take it, on a phone), see it before sending, send it
 * with a progress bar, then attach it to the product with a caption. The type and the 5 MB limit
 * are checked here first so that nobody waits for an upload the platform would refuse.
 */
export function PhotoUploader({ productId }: { productId: string }) {
  const { t, locale } = useI18n();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<{ file: File; preview: string } | null>(null);
  const file = chosen?.file ?? null;
  const preview = chosen?.preview ?? null;
  const [choiceError, setChoiceError] = useState<string | null>(null);
  const [caption, setCaption] = useState('');
  const [captionError, setCaptionError] = useState<string | undefined>();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [addPhoto] = useProductPhotoAdd(productId);
  const abort = useRef<AbortController | null>(null);

  // The preview's object URL lives as long as the chosen file, and no longer.
  const current = useRef<string | null>(null);
  const setFile = (next: File | null) => {
    if (current.current) URL.revokeObjectURL(current.current);
    current.current = next ? URL.createObjectURL(next) : null;
    setChosen(next && current.current ? { file: next, preview: current.current } : null);
  };
  useEffect(
    () => () => {
      abort.current?.abort();
      if (current.current) URL.revokeObjectURL(current.current);
    },
    [],
  );

  const max = formatBytes(PHOTO_MAX_BYTES, locale);
  const busy = phase.kind === 'uploading' || phase.kind === 'attaching';

  // Each choice has a number: the check of an earlier file that ends after a later choice is ignored.
  const choice = useRef(0);
  const [checking, setChecking] = useState(false);

  const choose = async (picked: File | undefined) => {
    const mine = ++choice.current;
    setPhase({ kind: 'idle' });
    setCaptionError(undefined);
    if (!picked) return;
    if (!(PHOTO_TYPES as readonly string[]).includes(picked.type)) {
      setFile(null);
      setChoiceError(t('listing.wrongType'));
      return;
    }
    if (picked.size > PHOTO_MAX_BYTES) {
      setFile(null);
      setChoiceError(t('listing.tooLarge', { size: formatBytes(picked.size, locale), max }));
      return;
    }
    // The bytes, not the name: decode it here before any preview or upload.
    setFile(null);
    setChoiceError(null);
    setChecking(true);
    const checked = await checkPhoto(picked);
    if (mine !== choice.current) return;
    setChecking(false);
    if (!checked) {
      setChoiceError(t('listing.notAnImage', { name: picked.name }));
      if (inputRef.current) inputRef.current.value = '';
      return;
    }
    setFile(checked);
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || busy) return;
    setCaptionError(undefined);
    setPhase({ kind: 'uploading', fraction: 0 });
    abort.current = new AbortController();
    try {
      const uploaded = await uploadPhoto(
        file,
        (fraction) => setPhase({ kind: 'uploading', fraction }),
        abort.current.signal,
      );
      setPhase({ kind: 'attaching' });
      // A fresh key per attempt: a retry of this request (by Apollo or the network) adds one photo.
      const { data } = await addPhoto({
        variables: {
          input: {
            productId,
            uploadId: uploaded.uploadId,
            altVi: caption.trim() || null,
            idempotencyKey: crypto.randomUUID(),
          },
        },
      });
      const errors = data?.productPhotoAdd.userErrors ?? [];
      if (errors.length > 0 || !data?.productPhotoAdd.photo) {
        const onCaption = errors.find((e) => e.field[1] === 'altVi');
        if (onCaption) setCaptionError(userErrorText(t, onCaption));
        const other = errors.filter((e) => e !== onCaption);
        setPhase(
          other.length > 0 || !onCaption
            ? {
                kind: 'failed',
                message: t('listing.uploadRejected', {
                  reason: other.map((e) => e.message).join(' ') || '—',
                }),
              }
            : { kind: 'idle' },
        );
        return;
      }
      setFile(null);
      setCaption('');
      if (inputRef.current) inputRef.current.value = '';
      setPhase({ kind: 'done' });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setPhase({
        kind: 'failed',
        message:
          error instanceof UploadRefused && error.status !== 500
            ? t('listing.uploadRejected', { reason: error.message })
            : t('listing.uploadFailed'),
      });
    }
  };

  const percent =
    phase.kind === 'uploading' ? Math.round(phase.fraction * 100) : phase.kind === 'attaching' ? 100 : 0;

  return (
    <form className="form photo-uploader card" onSubmit={(e) => void send(e)} noValidate aria-busy={busy}>
      <div className="field">
        <input
          ref={inputRef}
          id={`${id}-file`}
          className="visually-hidden"
          type="file"
          name="photo"
          accept={PHOTO_TYPES.join(',')}
          capture="environment"
          disabled={busy}
          aria-invalid={choiceError ? true : undefined}
          aria-describedby={choiceError ? `${id}-file-error` : undefined}
          onChange={(e) => void choose(e.target.files?.[0])}
        />
        <label htmlFor={`${id}-file`} className="button button-secondary photo-choose">
          {file ? t('listing.chooseAnother') : t('listing.choosePhoto')}
        </label>
        {checking && (
          <p className="muted small" role="status">
            {t('listing.checkingPhoto')}
          </p>
        )}
        {choiceError && (
          <p id={`${id}-file-error`} className="field-error" role="alert">
            {choiceError}
          </p>
        )}
      </div>

      {file && preview && (
        <figure className="photo-preview">
          <img src={preview} alt={t('listing.photoPreview')} />
          <figcaption className="muted small">
            {file.name} · {formatBytes(file.size, locale)}
          </figcaption>
        </figure>
      )}

      {file && (
        <Field
          id={`${id}-caption`}
          label={t('listing.caption')}
          hint={t('listing.captionHint')}
          error={captionError}
        >
          {(p) => (
            <input
              {...p}
              type="text"
              name="caption"
              lang="vi"
              maxLength={300}
              value={caption}
              onChange={(e) => setCaption(e.target.value)}
              disabled={busy}
            />
          )}
        </Field>
      )}

      {busy && (
        <div className="upload-progress">
          <progress max={100} value={percent} aria-labelledby={`${id}-progress`} />
          <p id={`${id}-progress`} className="small" role="status">
            {t('listing.uploading', { percent })}
          </p>
        </div>
      )}
      {phase.kind === 'done' && (
        <p className="form-success" role="status">
          {t('listing.uploaded')}
        </p>
      )}
      {phase.kind === 'failed' && (
        <p className="form-alert" role="alert">
          {phase.message}
        </p>
      )}

      {file && (
        <button type="submit" className="button" disabled={busy}>
          {busy && <span className="spinner spinner-small" aria-hidden="true" />}
          {t('listing.upload')}
        </button>
      )}
    </form>
  );
}
