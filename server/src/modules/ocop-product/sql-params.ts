/**
 * The parameters of one SQL statement being built: `add(value, '::int[]')` appends a value and
 * returns its placeholder ("$3::int[]"). Values always travel as parameters, never in the text.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}
