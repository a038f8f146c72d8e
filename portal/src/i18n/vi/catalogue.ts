/** Vietnamese strings of the catalogue page (keys mirrored in ../en/catalogue.ts). */
export const catalogue = {} as const;
