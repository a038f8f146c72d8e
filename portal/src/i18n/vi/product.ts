/** Vietnamese strings of the product page (keys mirrored in ../en/product.ts). */
export const product = {} as const;
