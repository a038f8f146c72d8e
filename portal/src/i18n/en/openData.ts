import type { openData as vi } from '../vi/openData';

/** English strings of the open-data page (keys of ../vi/openData.ts). */
export const openData: typeof vi = {
  title: 'Open data',
  lead: 'Download OCOP and New Rural Development data for the whole country or a province: products with their current certificate, producers, certificates, communes with their NTM status, and every evaluation’s criterion results. As CSV and JSON Lines, regenerated when the data changes.',
  generated: 'Generated {at}; statuses as of {asOf}.',
  notYet: 'The files are being generated for the first time; come back in a few minutes.',
  licence: 'Licence:',
  province: 'Coverage',
  national: 'Whole country',
  none: 'No file for this coverage yet.',
  dataset: 'Dataset',
  format: 'Format',
  rows: 'Rows',
  size: 'Size',
  file: 'File',
  kilobytes: '{size} kB',
  megabytes: '{size} MB',
  dictionary: 'Data dictionary',
  column: 'Column',
  type: 'Type',
  meaning: 'Meaning',
};
