/**
 * Words shoppers use for the same goods, for both search providers. Diacritics are folded by
 * both engines ("ca phe" already finds "cà phê"), so a group lists only spellings that folding
 * cannot bridge: another word ("chè" for "trà"), another language ("coffee"), a loanword ("cafe"),
 * a word the catalogue writes in parts ("sô-cô-la" for "socola"). The folded and the accented
 * spelling of a phrase are both listed, for an engine that compares synonyms before folding.
 */
export const SEARCH_SYNONYMS: readonly (readonly string[])[] = [
  ["cafe", "ca phe", "cà phê", "coffee"],
  ["mat ong", "mật ong", "honey"],
  ["tra", "trà", "che", "chè", "tea"],
  ["nuoc mam", "nước mắm", "fish sauce"],
  ["gao", "gạo", "rice"],
  ["tp hcm", "ho chi minh", "sai gon", "sài gòn"],
  // "Sô-cô-la" is three words to both engines; shoppers type it as one.
  ["socola", "so co la", "sô cô la", "chocolate"],
  ["cacao", "ca cao", "cocoa"],
  // "ruou" already finds "rượu" by folding; the English words do not.
  ["ruou", "rượu", "liquor", "wine"],
  ["mac ca", "mắc ca", "macca", "macadamia"],
  ["sau rieng", "sầu riêng", "durian"],
]
