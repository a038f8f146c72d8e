import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { ErrorState, Loading } from '../components/PageState';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useI18n } from '../i18n/i18n';

export const OpenDataRouteQuery = graphql(`
  query OpenDataRouteQuery {
    openData {
      asOf
      generatedAt
      licence {
        name
        url
        attributionVi
        attributionEn
        unitsNoteVi
        unitsNoteEn
      }
      datasets {
        id
        titleVi
        titleEn
        descriptionVi
        descriptionEn
        columns {
          name
          type
          descriptionVi
          descriptionEn
        }
      }
      files {
        name
        url
        dataset
        format
        gzip
        bytes
        rows
        generatedAt
        provinceCode
        provinceName
      }
    }
  }
`);

/** The national files' place in the province choice (the files' own code for them is null). */
const NATIONAL = 'vn';

/**
 * The open-data downloads (issue 14): the files of the whole country or of a province of today,
 * each with its size, rows and date, the licence, and the data dictionary of every dataset. One
 * query (the manifest is small: a few hundred files); the choice of province is in the URL
 * (`?province=11`).
 */
export default function OpenDataRoute() {
  const { t, locale, formatNumber } = useI18n();
  useDocumentTitle(t('openData.title'));
  const [params, setParams] = useSearchParams();
  const selectId = useId();
  const { data, loading, error, refetch } = useQuery(OpenDataRouteQuery);
  if (loading && !data) return <Loading />;
  if (error || !data) return <ErrorState onRetry={() => void refetch()} />;
  const { openData } = data;
  const en = locale === 'en';
  const provinces = new Map<string, string>();
  for (const file of openData.files)
    if (file.provinceCode) provinces.set(file.provinceCode, file.provinceName ?? file.provinceCode);
  const asked = params.get('province') ?? NATIONAL;
  const province = asked === NATIONAL || provinces.has(asked) ? asked : NATIONAL;
  const files = openData.files.filter((file) => (file.provinceCode ?? NATIONAL) === province);
  const title = (dataset: string) => {
    const found = openData.datasets.find((d) => d.id === dataset);
    return found ? (en ? found.titleEn : found.titleVi) : dataset;
  };
  const size = (bytes: number) =>
    bytes >= 1_000_000
      ? t('openData.megabytes', { size: formatNumber(Math.round(bytes / 100_000) / 10) })
      : t('openData.kilobytes', { size: formatNumber(Math.max(1, Math.round(bytes / 1000))) });
  const day = (iso: string) =>
    new Date(iso).toLocaleString(en ? 'en-GB' : 'vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });

  return (
    <article className="open-data">
      <h1>{t('openData.title')}</h1>
      <p className="lead">{t('openData.lead')}</p>
      <p>
        {openData.generatedAt
          ? t('openData.generated', { at: day(openData.generatedAt), asOf: openData.asOf ?? '' })
          : t('openData.notYet')}
      </p>
      <p>
        {t('openData.licence')}{' '}
        <a href={openData.licence.url} rel="license">
          {openData.licence.name}
        </a>
        . {en ? openData.licence.attributionEn : openData.licence.attributionVi}
      </p>

      <div className="card filters">
        <div className="field">
          <label htmlFor={selectId}>{t('openData.province')}</label>
          <select
            id={selectId}
            value={province}
            onChange={(event) =>
              setParams(event.target.value === NATIONAL ? {} : { province: event.target.value }, {
                replace: true,
              })
            }
          >
            <option value={NATIONAL}>{t('openData.national')}</option>
            {[...provinces].map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </div>

      {files.length === 0 ? (
        <p className="state state-empty">{t('openData.none')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0}>
          <table className="data-table open-data-files">
            <caption>{province === NATIONAL ? t('openData.national') : provinces.get(province)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('openData.dataset')}</th>
                <th scope="col">{t('openData.format')}</th>
                <th scope="col" className="numeric">
                  {t('openData.rows')}
                </th>
                <th scope="col" className="numeric">
                  {t('openData.size')}
                </th>
                <th scope="col">{t('openData.file')}</th>
              </tr>
            </thead>
            <tbody>
              {files.map((file) => (
                <tr key={file.name}>
                  <th scope="row">{title(file.dataset)}</th>
                  <td>
                    {file.format === 'CSV' ? 'CSV' : 'JSON Lines'}
                    {file.gzip ? ' (gzip)' : ''}
                  </td>
                  <td className="numeric">{formatNumber(file.rows)}</td>
                  <td className="numeric">{size(file.bytes)}</td>
                  <td>
                    <a href={file.url} download>
                      {file.name}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{t('openData.dictionary')}</h2>
      <p>{en ? openData.licence.unitsNoteEn : openData.licence.unitsNoteVi}</p>
      {openData.datasets.map((dataset) => (
        <details key={dataset.id} className="card open-data-dataset">
          <summary>
            <strong>{en ? dataset.titleEn : dataset.titleVi}</strong> —{' '}
            {en ? dataset.descriptionEn : dataset.descriptionVi}
          </summary>
          <div className="table-scroll" tabIndex={0}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('openData.column')}</th>
                  <th scope="col">{t('openData.type')}</th>
                  <th scope="col">{t('openData.meaning')}</th>
                </tr>
              </thead>
              <tbody>
                {dataset.columns.map((column) => (
                  <tr key={column.name}>
                    <th scope="row">
                      <code>{column.name}</code>
                    </th>
                    <td>{column.type}</td>
                    <td>{en ? column.descriptionEn : column.descriptionVi}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ))}
    </article>
  );
}
