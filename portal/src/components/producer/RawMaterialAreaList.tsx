import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { communeHref } from '../ntm/links';

export const RawMaterialAreaList_area = graphql(`
  fragment RawMaterialAreaList_area on RawMaterialArea {
    crop
    areaHa
    certification
    households
    description
    commune {
      id
      code
      fullName
      validTo
    }
    product {
      id
      name
    }
  }
`);

/** The producer's raw-material areas (vùng nguyên liệu): crop, hectares, farming standard, households. */
export function RawMaterialAreaList(props: {
  areas: ReadonlyArray<FragmentType<typeof RawMaterialAreaList_area>>;
}) {
  const areas = getFragmentData(RawMaterialAreaList_area, props.areas);
  const { t, tp, formatNumber } = useI18n();
  if (areas.length === 0) return <p className="muted">{t('producer.areas.none')}</p>;
  return (
    <ul className="area-list">
      {areas.map((area, index) => (
        <li key={`${area.crop}-${index}`} className="card area">
          <div className="area-figure">
            <strong>{formatNumber(area.areaHa)}</strong>
            <span>{t('producer.areas.hectares')}</span>
          </div>
          <div>
            <p className="area-crop">
              {area.crop}{' '}
              {area.certification !== 'NONE' && (
                <span className={`tag tag-${area.certification.toLowerCase()}`}>
                  {t(`producer.areas.certification.${area.certification}`)}
                </span>
              )}
            </p>
            {area.description && (
              <p className="small" lang="vi">
                {area.description}
              </p>
            )}
            <p className="small muted">
              {[
                area.households !== null && area.households !== undefined
                  ? tp('producer.areas.households', area.households)
                  : null,
                area.product ? t('producer.areas.forProduct', { name: area.product.name }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
              {area.commune && (
                <>
                  {' · '}
                  {communeHref(area.commune) ? (
                    <Link to={communeHref(area.commune)!}>{area.commune.fullName}</Link>
                  ) : (
                    area.commune.fullName
                  )}
                </>
              )}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
