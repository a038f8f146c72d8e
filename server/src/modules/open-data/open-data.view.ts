import { DATASETS, LICENCE } from './open-data.datasets';
import { NATIONAL } from './open-data.generator';
import { currentManifest } from './open-data.service';
import { OPEN_DATA_PATH } from './open-data.route';
import type { OpenData, OpenDataFile, OpenDataFormat } from './open-data.type';

/** The API's view of the manifest the running instance serves (no SQL: it is in memory). */
export class OpenDataView {
  catalogue(): OpenData {
    const manifest = currentManifest();
    return {
      asOf: manifest?.asOf ?? null,
      generatedAt: manifest?.generatedAt ?? null,
      licence: { ...LICENCE },
      datasets: DATASETS.map((dataset) => ({
        id: dataset.id,
        titleVi: dataset.titleVi,
        titleEn: dataset.titleEn,
        descriptionVi: dataset.descriptionVi,
        descriptionEn: dataset.descriptionEn,
        columns: dataset.columns.map((column) => ({
          name: column.name,
          type: column.type,
          descriptionVi: column.vi,
          descriptionEn: column.en,
        })),
      })),
      allFiles: (manifest?.files ?? []).map((file) => ({
        name: file.name,
        dataset: file.dataset,
        provinceCode: file.provinceCode,
        provinceName: file.provinceName,
        format: file.format as OpenDataFormat,
        gzip: file.compression === 'gzip',
        bytes: file.bytes,
        rows: file.rows,
        sha256: file.sha256,
        generatedAt: file.generatedAt,
        url: `${OPEN_DATA_PATH}/${file.name}`,
      })),
    };
  }

  files(
    data: OpenData,
    filter: { dataset?: string | null; provinceCode?: string | null; format?: OpenDataFormat | null },
  ): OpenDataFile[] {
    return data.allFiles.filter(
      (file) =>
        (!filter.dataset || file.dataset === filter.dataset) &&
        (!filter.provinceCode || (file.provinceCode ?? NATIONAL) === filter.provinceCode) &&
        (!filter.format || file.format === filter.format),
    );
  }
}

export const openDataService = new OpenDataView();
