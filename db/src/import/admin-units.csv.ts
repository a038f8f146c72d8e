import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/** The rows of the reference data's CSV files (see `db/reference/admin-units/README.md`). */
export interface UnitRow {
  code: string;
  name: string;
  full_name: string;
  unit_type: string;
  name_en: string;
  province_code?: string;
  district_code?: string;
}
export interface ProvinceMappingRow {
  old_code: string;
  new_code: string;
}
export interface CommuneMappingRow {
  old_level: 'commune' | 'district';
  old_code: string;
  new_code: string;
  merge_type: 'full' | 'partial';
  old_in_pre2025_list: 'true' | 'false';
}

/** A row of `post2025/changes_v3.0.2_to_v4.2.0.csv`: a unit whose full name or type differs in v4.2.0. */
export interface UnitChangeRow {
  level: 'province' | 'commune';
  code: string;
  province_code: string;
  'full_name_v3.0.2': string;
  'full_name_v4.2.0': string;
  'unit_type_v3.0.2': string;
  'unit_type_v4.2.0': string;
  change_kind: string;
}

export interface AdminUnitFiles {
  folder: string;
  preProvinces: UnitRow[];
  preDistricts: UnitRow[];
  preCommunes: UnitRow[];
  postProvinces: UnitRow[];
  postCommunes: UnitRow[];
  provinceMapping: ProvinceMappingRow[];
  communeMapping: CommuneMappingRow[];
  /** The changes in force since 30 April 2026 (applied as dated changes, see admin-units.import.ts). */
  changes: UnitChangeRow[];
}

export const ADMIN_UNIT_FILES = {
  preProvinces: 'pre2025/provinces.csv',
  preDistricts: 'pre2025/districts.csv',
  preCommunes: 'pre2025/communes.csv',
  postProvinces: 'post2025/provinces.csv',
  postCommunes: 'post2025/communes.csv',
  provinceMapping: 'mapping/province_old_to_new.csv',
  communeMapping: 'mapping/commune_old_to_new.csv',
  changes: 'post2025/changes_v3.0.2_to_v4.2.0.csv',
} as const;

function readCsv<T>(folder: string, file: string): T[] {
  const text = readFileSync(path.join(folder, file), 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true, trim: false }) as T[];
}

/** True when every file the import needs is present in `folder`. */
export function hasAdminUnitFiles(folder: string): boolean {
  return Object.values(ADMIN_UNIT_FILES).every((file) => existsSync(path.join(folder, file)));
}

/** Reads the CSV files; names are normalised to NFC (the data promises it; the import makes sure). */
export function readAdminUnitFiles(folder: string): AdminUnitFiles {
  const units = (file: string): UnitRow[] =>
    readCsv<UnitRow>(folder, file).map((row) => ({
      ...row,
      name: row.name.normalize('NFC'),
      full_name: row.full_name.normalize('NFC'),
    }));
  return {
    folder,
    preProvinces: units(ADMIN_UNIT_FILES.preProvinces),
    preDistricts: units(ADMIN_UNIT_FILES.preDistricts),
    preCommunes: units(ADMIN_UNIT_FILES.preCommunes),
    postProvinces: units(ADMIN_UNIT_FILES.postProvinces),
    postCommunes: units(ADMIN_UNIT_FILES.postCommunes),
    provinceMapping: readCsv<ProvinceMappingRow>(folder, ADMIN_UNIT_FILES.provinceMapping),
    communeMapping: readCsv<CommuneMappingRow>(folder, ADMIN_UNIT_FILES.communeMapping),
    changes: readCsv<UnitChangeRow>(folder, ADMIN_UNIT_FILES.changes).map((row) => ({
      ...row,
      'full_name_v3.0.2': row['full_name_v3.0.2'].normalize('NFC'),
      'full_name_v4.2.0': row['full_name_v4.2.0'].normalize('NFC'),
    })),
  };
}
