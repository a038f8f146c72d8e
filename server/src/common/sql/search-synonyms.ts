/**
 * Regional words for the same thing, as the catalogue search treats them (search.ts): a product
 * search for one word of a group also finds names holding another word of it ("che shan tuyet"
 * finds the "Trà Shan tuyết" teas), ranked after the names that hold the word as typed.
 *
 * Data, kept small and reviewable. Source: the pairs of issue 13 ("chè / trà, lợn / heo, ngô /
 * bắp") and the best-known northern / southern pairs of everyday Vietnamese vocabulary for farm
 * and food products (the kind listed in the vocabulary section of Vietnamese dialect
 * descriptions, e.g. vi.wikipedia.org "Phương ngữ tiếng Việt"), plus one spelling variant (mì /
 * mỳ). Left out on purpose: words whose unaccented form means something else often in product
 * names ("dứa / thơm / khóm": "thơm" is also "fragrant", as in "gạo thơm"; "dua" is also dưa and
 * dừa), and groups of several words ("lạc / đậu phộng"), which a word-by-word search cannot hold.
 *
 * Each group: the words with their marks, one syllable each. A word typed with its marks finds its
 * group only when the marks match ("lớn" is not "lợn"); typed without marks, by its letters alone.
 */
export const SEARCH_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['chè', 'trà'], // tea (north / south)
  ['lợn', 'heo'], // pig, pork
  ['ngô', 'bắp'], // maize
  ['vừng', 'mè'], // sesame
  ['quả', 'trái'], // fruit (as a classifier: "quả bưởi" / "trái bưởi")
  ['mì', 'mỳ'], // noodles: two spellings
];
