import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { formatBytes } from './uploadPhoto';

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
          </li>
        );
      })}
    </ul>
  );
}
