/** Vietnamese strings of the commune page (keys mirrored in ../en/commune.ts). */
export const commune = {} as const;
