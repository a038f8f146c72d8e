import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  OrderDirection,
  toPage,
  type Page,
  type PageArgs,
} from '../../common/connection';
import { encodeNodeId } from '../../common/node-id';
import { keysetCondition, type SortKey } from '../../common/sql/keyset';
import { SqlParams } from '../../common/sql/params';
import { USER_SELECT, type UserRow as AccountRow } from '../../common/sql/rows';
import { checkedSearch, containsPattern, foldedContains } from '../../common/sql/search';
import type { RoleName } from '../auth/auth.type';
import { requireAdministrator } from './administrator';
import type { UserFilter } from './user.inputs';
import { ROLE_ASSIGNMENT, RoleAssignmentType, USER, User, type UserStatus } from './user.type';

/** A user and their roles (a JSON list, built in the same statement). */
type UserRow = AccountRow & {
  roles: {
    id: string;
    role: RoleName;
    producerId: string | null;
    unitId: string | null;
    createdAt: string;
  }[];
};

/** The columns of a user and their roles in one statement: a page of users costs one query, whatever its size. */
const USER_COLUMNS = `
  ${USER_SELECT.sql('u')},
  COALESCE((SELECT json_agg(json_build_object('id', r.id, 'role', r.role, 'producerId', r.producer_id,
                                              'unitId', r.unit_id, 'createdAt', r.created_at)
                            ORDER BY r.created_at, r.id)
            FROM role_assignment r WHERE r.user_id = u.id), '[]') AS roles`;

function toUser(row: UserRow): User {
  return Object.assign(new User(), {
    id: encodeNodeId(USER, row.id),
    uuid: row.id,
    email: row.email,
    displayName: row.display_name,
    status: row.status as UserStatus,
    locale: row.locale,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
    version: row.version,
    roles: row.roles.map((grant) =>
      Object.assign(new RoleAssignmentType(), {
        id: encodeNodeId(ROLE_ASSIGNMENT, grant.id),
        role: grant.role,
        producerId: grant.producerId,
        unitId: grant.unitId,
        createdAt: new Date(grant.createdAt),
      }),
    ),
  });
}

const ORDER_TAG = 'users:email';
const SORT_KEYS: SortKey[] = [
  { sql: 'u.email_normalized', direction: OrderDirection.ASC },
  { sql: 'u.id', direction: OrderDirection.ASC, cast: '::uuid' },
];

/** Accounts as administrators see them. */
export class UserService {
  /** Users by database id, fresh from the database (payloads show the state just written). */
  async findByIds(db: EntityManager, ids: string[]): Promise<User[]> {
    if (ids.length === 0) return [];
    const rows: UserRow[] = await db.query(
      `SELECT ${USER_COLUMNS} FROM app_user u WHERE u.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, toUser(row)]));
    return ids.map((id) => byId.get(id)).filter((user): user is User => user !== undefined);
  }

  async find(db: EntityManager, id: string): Promise<User | null> {
    return (await this.findByIds(db, [id]))[0] ?? null;
  }

  /** Users by email (then id), for administrators only. */
  async page(ctx: Context, args: PageArgs, filter?: UserFilter | null): Promise<Page<User>> {
    await requireAdministrator(ctx, 'users', {
      first: args.first,
      after: args.after ?? null,
      filter: filter ?? null,
    });
    const first = checkPageSize(args.first);
    const params = new SqlParams();
    const where: string[] = [];
    // Trimmed first: spaces pasted around a name or an email neither count nor have to match.
    const search = checkedSearch(filter?.search?.trim(), 'filter');
    if (search) {
      // The email as stored (lower case), or the name folded.
      where.push(
        `(u.email_normalized LIKE ${params.add(containsPattern(search.toLowerCase()))} OR ${foldedContains('ocop_fold(u.display_name)', search, params)})`,
      );
    }
    if (filter?.role) {
      where.push(
        `EXISTS (SELECT 1 FROM role_assignment r WHERE r.user_id = u.id AND r.role = ${params.add(filter.role)})`,
      );
    }
    if (filter?.status) where.push(`u.status = ${params.add(filter.status)}`);
    const filterSql = where.length > 0 ? where.join(' AND ') : 'true';
    const filterParams = [...params.values];
    const pageWhere = [filterSql];
    if (args.after) {
      pageWhere.push(keysetCondition(SORT_KEYS, decodeCursor(args.after, ORDER_TAG, 2), params));
    }
    const rows: UserRow[] = await ctx.db.query(
      `SELECT ${USER_COLUMNS} FROM app_user u WHERE ${pageWhere.join(' AND ')}
       ORDER BY u.email_normalized ASC, u.id ASC LIMIT ${params.add(first + 1)}`,
      params.values,
    );
    return toPage(
      rows,
      first,
      Boolean(args.after),
      toUser,
      (row) => encodeCursor(ORDER_TAG, [row.email_normalized, row.id]),
      async () => {
        const [count] = (await ctx.db.query(
          `SELECT count(*)::int AS count FROM app_user u WHERE ${filterSql}`,
          filterParams,
        )) as { count: number }[];
        return count?.count ?? 0;
      },
    );
  }
}

export const userService = new UserService();
