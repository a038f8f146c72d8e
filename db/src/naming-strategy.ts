import { DefaultNamingStrategy, type NamingStrategyInterface, type Table } from 'typeorm';

/** camelCase → snake_case, so tables read naturally in psql and hand-written SQL. */
export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/**
 * Entity properties are camelCase in TypeScript and snake_case in PostgreSQL. Keys are named as
 * PostgreSQL names them by itself, since the migrations leave them unnamed (`REFERENCES …`,
 * `UNIQUE`, `PRIMARY KEY`): the entities then name the same constraints as the database
 * (test/entities.test.ts compares them).
 */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return snakeCase(prefixes.concat(customName ?? propertyName).join('_'));
  }

  override relationName(propertyName: string): string {
    return snakeCase(propertyName);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snakeCase(`${relationName}_${referencedColumnName}`);
  }

  override primaryKeyName(table: Table | string): string {
    return `${this.getTableName(table)}_pkey`;
  }

  override foreignKeyName(table: Table | string, columnNames: string[]): string {
    return `${this.getTableName(table)}_${columnNames.join('_')}_fkey`;
  }

  override uniqueConstraintName(table: Table | string, columnNames: string[]): string {
    return `${this.getTableName(table)}_${columnNames.join('_')}_key`;
  }
}
