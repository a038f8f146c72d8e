import { SectorIcon } from '../icons';

/**
 * The picture of a product: its first photo when it has one the platform serves, else a
 * placeholder drawn from its OCOP sector (a colour and a pictogram) — not a broken image. The
 * placeholder is decorative: the product's name is always next to it.
 */
export function ProductVisual({
  sectorCode,
  size = 'card',
  caption,
  photo,
  lazy = false,
}: {
  sectorCode: string | null | undefined;
  size?: 'card' | 'hero';
  caption?: string;
  photo?: { url: string; alt: string; width?: number | null; height?: number | null } | null;
  /** In lists: the browser loads the photo when it comes near the screen (width and height keep its room). */
  lazy?: boolean;
}) {
  if (photo)
    return (
      <div className={`product-visual product-visual-${size} product-visual-photo`}>
        <img
          src={photo.url}
          alt={photo.alt}
          width={photo.width ?? undefined}
          height={photo.height ?? undefined}
          loading={lazy ? 'lazy' : undefined}
          decoding={lazy ? 'async' : undefined}
        />
      </div>
    );
  return (
    <div className={`product-visual product-visual-${size} tone-${sectorCode ?? 'none'}`}>
      <SectorIcon
        code={sectorCode}
        size={size === 'hero' ? 72 : 40}
        strokeWidth={size === 'hero' ? 1.5 : 1.75}
      />
      {caption && <span className="product-visual-caption">{caption}</span>}
    </div>
  );
}
