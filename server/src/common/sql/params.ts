/**
 * The parameters of one SQL statement being built, the one way the server builds them:
 * `add(value, '::int[]')` appends a value and returns its placeholder ("$3::int[]"). Values always
 * travel as parameters, never in the text. `leading` are values the statement already names as
 * $1, $2… (e.g. the id and version of `updateAtVersion`), typed as the caller declares them.
 */
export class SqlParams<Values extends unknown[] = unknown[]> {
  readonly values: Values;

  constructor(leading?: Values) {
    this.values = leading ?? ([] as unknown[] as Values);
  }

  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}
