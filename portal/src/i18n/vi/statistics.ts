/** Vietnamese strings of the statistics page (keys mirrored in ../en/statistics.ts). */
export const statistics = {} as const;
