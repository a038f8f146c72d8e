import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The criteria met of an evaluation, counted from an index alone. NTM statistics count, for every
 * rural commune, the criteria met in its latest evaluation (`latestCriteriaMetSql`): through the
 * unique (evaluation_id, criterion_id) index each count read the 19 result rows from the table;
 * with this partial index it is an index-only scan of the met ones (the national average over
 * ~7,700 communes: ~100 → ~65 ms; a province's: a few ms).
 */
export class CriterionResultMet1796141300000 implements MigrationInterface {
  name = 'CriterionResultMet1796141300000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX criterion_result_met ON criterion_result (evaluation_id) WHERE met`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX criterion_result_met`);
  }
}
