/**
 * Words shoppers use for the same goods, for both search providers. Diacritics are folded by
 * both engines ("ca phe" already finds "cà phê"), so a group lists only spellings that folding
 * cannot bridge: another word ("chè" for "trà"), another language ("coffee"), a loanword ("cafe").
 */
export const SEARCH_SYNONYMS: readonly (readonly string[])[] = [
  ["cafe", "ca phe", "cà phê", "coffee"],
  ["mat ong", "mật ong", "honey"],
  ["tra", "trà", "che", "chè", "tea"],
  ["nuoc mam", "nước mắm", "fish sauce"],
  ["gao", "gạo", "rice"],
  ["tp hcm", "ho chi minh", "sai gon", "sài gòn"],
]
