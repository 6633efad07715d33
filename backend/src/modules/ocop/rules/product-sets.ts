/** The six OCOP product groups and their 26 product sets (Decision 148/QĐ-TTg). */
export const PRODUCT_GROUPS = {
  I: { vi: "Thực phẩm", en: "Food" },
  II: { vi: "Đồ uống", en: "Beverages" },
  III: { vi: "Dược liệu và sản phẩm từ dược liệu", en: "Herbal medicine and herbal products" },
  IV: { vi: "Thủ công mỹ nghệ", en: "Handicrafts" },
  V: { vi: "Sinh vật cảnh", en: "Ornamental plants and animals" },
  VI: {
    vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    en: "Community tourism, eco-tourism and destinations",
  },
} as const

export type ProductGroup = keyof typeof PRODUCT_GROUPS

export const PRODUCT_SETS: Record<number, { group: ProductGroup; vi: string; en: string }> = {
  1: { group: "I", vi: "Rau, củ, quả, hạt tươi", en: "Fresh vegetables, tubers, fruits and nuts" },
  2: { group: "I", vi: "Thịt, thủy sản, trứng, sữa tươi", en: "Fresh meat, seafood, eggs and milk" },
  3: { group: "I", vi: "Gạo, ngũ cốc, hạt sơ chế", en: "Rice, cereals and pre-processed nuts" },
  4: { group: "I", vi: "Mật ong, mật khác, nông sản thực phẩm khác", en: "Honey, syrups and other farm foods" },
  5: { group: "I", vi: "Đồ ăn nhanh", en: "Fast food" },
  6: { group: "I", vi: "Chế biến từ gạo, ngũ cốc", en: "Processed rice and cereals" },
  7: { group: "I", vi: "Chế biến từ rau, củ, quả, hạt", en: "Processed vegetables, fruits and nuts" },
  8: {
    group: "I",
    vi: "Chế biến từ thịt, trứng, sữa, thủy sản, mật ong",
    en: "Processed meat, eggs, milk, seafood and honey",
  },
  9: { group: "I", vi: "Tương, nước mắm, gia vị dạng lỏng", en: "Sauces, fish sauce and liquid seasonings" },
  10: { group: "I", vi: "Gia vị khác", en: "Other spices" },
  11: { group: "I", vi: "Chè tươi, chế biến", en: "Fresh and processed tea" },
  12: { group: "I", vi: "Sản phẩm chè từ thực vật khác", en: "Herbal teas" },
  13: { group: "I", vi: "Cà phê, ca cao", en: "Coffee and cocoa" },
  14: { group: "II", vi: "Rượu trắng", en: "White spirits" },
  15: { group: "II", vi: "Đồ uống có cồn khác", en: "Other alcoholic drinks" },
  16: { group: "II", vi: "Nước khoáng, nước uống đóng chai", en: "Mineral and bottled water" },
  17: { group: "II", vi: "Đồ uống không cồn", en: "Soft drinks" },
  18: {
    group: "III",
    vi: "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền",
    en: "Supplements, herbal and traditional medicines",
  },
  19: { group: "III", vi: "Mỹ phẩm từ dược liệu", en: "Herbal cosmetics" },
  20: { group: "III", vi: "Tinh dầu và dược liệu khác", en: "Essential oils and other herbal materials" },
  21: { group: "IV", vi: "Thủ công mỹ nghệ gia dụng, trang trí", en: "Household and decorative handicrafts" },
  22: { group: "IV", vi: "Vải, may mặc", en: "Textiles and garments" },
  23: { group: "V", vi: "Hoa", en: "Flowers" },
  24: { group: "V", vi: "Cây cảnh", en: "Ornamental plants" },
  25: { group: "V", vi: "Động vật cảnh", en: "Ornamental animals" },
  26: {
    group: "VI",
    vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    en: "Community tourism, eco-tourism and destinations",
  },
}

export function groupOfProductSet(productSet: number): ProductGroup {
  const set = PRODUCT_SETS[productSet]
  if (!set) throw new RangeError(`product_set must be from 1 to 26, got ${productSet}`)
  return set.group
}
