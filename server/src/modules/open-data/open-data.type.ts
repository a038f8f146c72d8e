import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../common/date.scalar';

export enum OpenDataFormat {
  CSV = 'csv',
  JSONL = 'jsonl',
}
registerEnumType(OpenDataFormat, {
  name: 'OpenDataFormat',
  description: 'The format of an open-data file.',
  valuesConfig: {
    CSV: { description: 'CSV (RFC 4180), UTF-8 with a byte order mark, CRLF line ends, a header row.' },
    JSONL: {
      description: 'JSON Lines: one JSON object per line, UTF-8, typed values (numbers, booleans, null).',
    },
  },
});

@ObjectType('OpenDataFile', { description: 'One downloadable open-data file.' })
export class OpenDataFile {
  @Field({ description: 'File name, e.g. "products-11.csv".' })
  name: string;

  @Field({ description: 'The dataset: products, producers, certificates, communes or criterion-results.' })
  dataset: string;

  @Field(() => String, {
    nullable: true,
    description: 'The province of today (2-digit GSO code) the file covers; null for the whole country.',
  })
  provinceCode: string | null;

  @Field(() => String, { nullable: true, description: 'Name of that province; null for the whole country.' })
  provinceName: string | null;

  @Field(() => OpenDataFormat, { description: 'CSV or JSON Lines.' })
  format: OpenDataFormat;

  @Field({ description: 'True for a gzip-compressed variant (.gz; the national files).' })
  gzip: boolean;

  @Field(() => Float, { description: 'Size in bytes, as downloaded.' })
  bytes: number;

  @Field(() => Int, { description: 'Data rows (the CSV header not counted).' })
  rows: number;

  @Field({ description: 'SHA-256 of the uncompressed content, hex.' })
  sha256: string;

  @Field({ description: 'When this content was generated (ISO 8601); an unchanged file keeps its date.' })
  generatedAt: string;

  @Field({
    description: 'Where to download it, relative to the platform, e.g. "/open-data/products-11.csv".',
  })
  url: string;
}

@ObjectType('OpenDataColumn', { description: 'One column of a dataset (the data dictionary).' })
export class OpenDataColumn {
  @Field({ description: 'CSV header and JSON key.' })
  name: string;

  @Field({ description: 'id (the API’s global ID), text, integer, number, boolean or date (YYYY-MM-DD).' })
  type: string;

  @Field({ description: 'Meaning, in Vietnamese.' })
  descriptionVi: string;

  @Field({ description: 'Meaning, in English.' })
  descriptionEn: string;
}

@ObjectType('OpenDataset', { description: 'One open dataset and its data dictionary.' })
export class OpenDataset {
  @Field({ description: 'The dataset’s name in file names, e.g. "products".' })
  id: string;

  @Field({ description: 'Title, in Vietnamese.' })
  titleVi: string;

  @Field({ description: 'Title, in English.' })
  titleEn: string;

  @Field({ description: 'What one row is, in Vietnamese.' })
  descriptionVi: string;

  @Field({ description: 'What one row is, in English.' })
  descriptionEn: string;

  @Field(() => [OpenDataColumn], { description: 'Every column, in file order (the data dictionary).' })
  columns: OpenDataColumn[];
}

@ObjectType('OpenDataLicence', { description: 'The licence of the open data.' })
export class OpenDataLicence {
  @Field({ description: 'e.g. "CC BY 4.0".' })
  name: string;

  @Field({ description: 'The licence’s text.' })
  url: string;

  @Field({ description: 'How to credit the source, in Vietnamese.' })
  attributionVi: string;

  @Field({ description: 'How to credit the source, in English.' })
  attributionEn: string;

  @Field({ description: 'Provenance of the administrative units, in Vietnamese.' })
  unitsNoteVi: string;

  @Field({ description: 'Provenance of the administrative units, in English.' })
  unitsNoteEn: string;
}

@ObjectType('OpenData', {
  description:
    'The open-data downloads: files per province of today and for the whole country, regenerated when the data ' +
    'changes, their data dictionary and licence. The same manifest is at /open-data/index.json.',
})
export class OpenData {
  @Field(() => DateScalar, { nullable: true, description: 'The day the statuses in the files are as of.' })
  asOf: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When the files were last generated; null before the first.',
  })
  generatedAt: string | null;

  @Field(() => OpenDataLicence, { description: 'The licence of every file.' })
  licence: OpenDataLicence;

  @Field(() => [OpenDataset], { description: 'The datasets and their data dictionary.' })
  datasets: OpenDataset[];

  /** Every file; the `files` field filters them. */
  allFiles: OpenDataFile[];
}
