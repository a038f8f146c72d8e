import { useState } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { formatBytes } from './uploadPhoto';
import { useProductPhotoRemove } from './useProductPhotoRemove';

export const PhotoGallery_photo = graphql(`
  fragment PhotoGallery_photo on ProductPhoto {
    id
    url
    altVi
    altEn
    width
    height
    byteSize
    position
    version
  }
`);

/** A product's photos as its editor sees them: each with its caption, size and weight. */
export function PhotoGallery(props: {
  photos: ReadonlyArray<FragmentType<typeof PhotoGallery_photo>>;
  productName: string;
}) {
  const { t, locale } = useI18n();
  const photos = props.photos.map((p) => getFragmentData(PhotoGallery_photo, p));
  if (photos.length === 0) return <p className="muted">{t('listing.noPhotos')}</p>;
  return (
    <ul className="photo-gallery">
      {photos.map((photo, index) => {
        const alt =
          (locale === 'en' ? photo.altEn : null) ??
          photo.altVi ??
          t('listing.photoAlt', { number: index + 1, product: props.productName });
        return (
          <li key={photo.id} className="photo-item">
            {photo.url ? (
              <img
                src={photo.url}
                alt={alt}
                width={photo.width ?? undefined}
                height={photo.height ?? undefined}
                loading="lazy"
              />
            ) : (
              <div className="photo-missing" aria-hidden="true" />
            )}
            <p className="photo-caption">
              {photo.altVi && <span lang="vi">{photo.altVi}</span>}
              <span className="muted small">
                {photo.width && photo.height
                  ? t('listing.photoSize', {
                      width: photo.width,
                      height: photo.height,
                      size: formatBytes(photo.byteSize, locale),
                    })
                  : formatBytes(photo.byteSize, locale)}
              </span>
            </p>
            <RemovePhoto id={photo.id} version={photo.version} />
          </li>
        );
      })}
    </ul>
  );
}

/** "Remove" with a confirmation in place; a photo changed since it was shown is not removed. */
function RemovePhoto({ id, version }: { id: string; version: number }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [remove, { loading }] = useProductPhotoRemove();
  const confirm = async () => {
    setProblem(null);
    try {
      const { data } = await remove({ variables: { input: { id, version } } });
      const error = data?.productPhotoRemove.userErrors[0];
      if (error) setProblem(error.code === 'CONFLICT' ? t('listing.photoChanged') : error.message);
    } catch {
      setProblem(t('listing.photoRemoveFailed'));
    }
    setAsking(false);
  };
  return (
    <div className="photo-remove">
      {asking ? (
        <>
          <span>{t('listing.photoRemoveConfirm')}</span>
          <button type="button" className="button" onClick={() => void confirm()} disabled={loading}>
            {t('listing.photoRemoveYes')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setAsking(false)}
            disabled={loading}
          >
            {t('listing.photoRemoveNo')}
          </button>
        </>
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setAsking(true)}>
          {t('listing.photoRemove')}
        </button>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
