// Writes db/reference/admin-units-dien-bien/: the subset of the reference data for Điện Biên
// (province 11) in the same CSV layout, used when the full data folder is absent so the platform
// still starts with the demo. Run after the reference data changes:
//   node db/scripts/extract-builtin-admin-units.mjs [../shared/data/admin-units]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const here = path.dirname(fileURLToPath(import.meta.url));
const source = path.resolve(
  process.argv[2] ?? path.join(here, '..', '..', '..', 'shared', 'data', 'admin-units'),
);
const target = path.join(here, '..', 'reference', 'admin-units-dien-bien');
const PROVINCE = '11';

// Lines are copied verbatim (no record spans two lines in these files); each is parsed only to
// decide whether it belongs to the province.
function filter(file, keep) {
  const [header, ...rows] = readFileSync(path.join(source, file), 'utf8').trimEnd().split('\n');
  const columns = parse(header)[0];
  const kept = rows.filter((line) => {
    const values = parse(line)[0];
    return keep(Object.fromEntries(columns.map((c, i) => [c, values[i]])));
  });
  mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
  writeFileSync(path.join(target, file), [header, ...kept].join('\n') + '\n');
  return kept.length;
}

const counts = {
  'pre2025/provinces.csv': filter('pre2025/provinces.csv', (r) => r.code === PROVINCE),
  'pre2025/districts.csv': filter('pre2025/districts.csv', (r) => r.province_code === PROVINCE),
  'pre2025/communes.csv': filter('pre2025/communes.csv', (r) => r.province_code === PROVINCE),
  'post2025/provinces.csv': filter('post2025/provinces.csv', (r) => r.code === PROVINCE),
  'post2025/communes.csv': filter('post2025/communes.csv', (r) => r.province_code === PROVINCE),
  'mapping/province_old_to_new.csv': filter(
    'mapping/province_old_to_new.csv',
    (r) => r.old_code === PROVINCE,
  ),
  'mapping/commune_old_to_new.csv': filter(
    'mapping/commune_old_to_new.csv',
    (r) => r.old_province_code === PROVINCE && r.new_province_code === PROVINCE,
  ),
};
console.log(JSON.stringify(counts, null, 2));
