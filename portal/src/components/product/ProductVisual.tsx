import { SectorIcon } from '../icons';

/**
 * The picture of a product. The API describes photos but does not serve their files yet, so every
 * product shows a placeholder drawn from its OCOP sector (a colour and a pictogram) — not a broken
 * image. Decorative: the product's name is always next to it.
 */
export function ProductVisual({
  sectorCode,
  size = 'card',
  caption,
}: {
  sectorCode: string | null | undefined;
  size?: 'card' | 'hero';
  caption?: string;
}) {
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
