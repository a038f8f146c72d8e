import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/** The rows of the reference data's CSV files (see `../shared/data/admin-units/README.md`). */
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

export interface AdminUnitFiles {
  folder: string;
  preProvinces: UnitRow[];
  preDistricts: UnitRow[];
  preCommunes: UnitRow[];
  postProvinces: UnitRow[];
  postCommunes: UnitRow[];
  provinceMapping: ProvinceMappingRow[];
  communeMapping: CommuneMappingRow[];
}

export const ADMIN_UNIT_FILES = {
  preProvinces: 'pre2025/provinces.csv',
  preDistricts: 'pre2025/districts.csv',
  preCommunes: 'pre2025/communes.csv',
  postProvinces: 'post2025/provinces.csv',
  postCommunes: 'post2025/communes.csv',
  provinceMapping: 'mapping/province_old_to_new.csv',
  communeMapping: 'mapping/commune_old_to_new.csv',
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
  };
}
