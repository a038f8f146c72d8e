import { GraphQLError } from 'graphql';
import type { Context } from '../../context';
import { Denied } from '../../common/write';
import { isAdministrator, type Viewer } from '../auth/viewer';

const ADMINISTRATORS_ONLY = 'Chỉ quản trị viên được làm việc này (administrators only).';

/** Inside a write: anyone but an administrator is refused (audited as denied by `write()`). */
export function assertAdministrator(viewer: Viewer, entityId: string | null = null): void {
  if (!isAdministrator(viewer)) throw new Denied('FORBIDDEN', ADMINISTRATORS_ONLY, entityId);
}

/** For reads of accounts: the public is asked to log in, everyone else but administrators refused. */
export function requireAdministrator(ctx: Context): Viewer {
  if (!ctx.viewer) {
    throw new GraphQLError('Đăng nhập để thực hiện thao tác này (log in first).', {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
  if (!isAdministrator(ctx.viewer)) {
    throw new GraphQLError(ADMINISTRATORS_ONLY, { extensions: { code: 'FORBIDDEN' } });
  }
  return ctx.viewer;
}
