import type { Viewer } from '../../app/viewer';

/**
 * Where an official acts, from their role: a province official in one province, a commune
 * official in one commune, an administrator anywhere (they choose the province). The API checks
 * every record again; this only keeps the pickers to what the person may record.
 */
export type OfficialScope =
  | { kind: 'province'; code: string; name: string }
  | { kind: 'commune'; id: string; code: string | null; name: string }
  | { kind: 'all' };

export function officialScope(viewer: Viewer): OfficialScope {
  if (viewer.roles.some((r) => r.role === 'ADMINISTRATOR')) return { kind: 'all' };
  for (const grant of viewer.roles) {
    const unit = grant.unit;
    if (!unit) continue;
    if (grant.role === 'PROVINCE_OFFICIAL' && unit.code)
      return { kind: 'province', code: unit.code, name: unit.fullName };
    if (grant.role === 'COMMUNE_OFFICIAL')
      return { kind: 'commune', id: unit.id, code: unit.code ?? null, name: unit.fullName };
  }
  return { kind: 'all' };
}
