/**
 * Name material for invented representatives, and hamlet/street patterns for invented addresses.
 * Each ethnic group names people its own way: `make(rng pick, female)` builds one full name.
 */

const KINH = {
  surnames: [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Phan",
    "Trịnh",
    "Đinh",
    "Huỳnh",
    "Mai",
  ],
  male: {
    middle: ["Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thanh", "Xuân"],
    given: [
      "Hùng",
      "Dũng",
      "Tuấn",
      "Hải",
      "Long",
      "Nam",
      "Sơn",
      "Thắng",
      "Quân",
      "Phúc",
      "Tâm",
      "Trung",
      "Khánh",
      "Bình",
      "Cường",
      "Hiếu",
      "Lộc",
      "Tài",
    ],
  },
  female: {
    middle: ["Thị", "Ngọc", "Thu", "Thanh", "Hồng", "Kim", "Bích", "Mỹ"],
    given: [
      "Hoa",
      "Lan",
      "Hương",
      "Mai",
      "Hạnh",
      "Thảo",
      "Nga",
      "Huyền",
      "Trang",
      "Yến",
      "Dung",
      "Loan",
      "Phượng",
      "Nhung",
      "Vân",
      "Hằng",
      "Liên",
      "Tuyết",
    ],
  },
}

const groups = {
  Kinh: KINH,
  Thái: {
    surnames: ["Lò", "Lường", "Quàng", "Cầm", "Tòng", "Điêu", "Lù", "Lèo"],
    male: {
      middle: ["Văn"],
      given: ["Sơn", "Chung", "Pánh", "Xuân", "Ơn", "Hặc", "Tiến", "Khương", "Xiển", "Thoan", "Ngoan", "Biên"],
    },
    female: {
      middle: ["Thị"],
      given: ["Hoa", "Xuân", "Ơn", "Thanh", "Hương", "Xa", "Pọm", "Bun", "Ín", "Diêm", "Lả", "Mai"],
    },
  },
  Mông: {
    surnames: ["Giàng", "Sùng", "Vàng", "Thào", "Mùa", "Lầu", "Hạng", "Lý", "Chá", "Cứ"],
    male: {
      middle: ["A"],
      given: ["Páo", "Dế", "Chua", "Sử", "Lử", "Tủa", "Chư", "Dì", "Phềnh", "Sình", "Vảng", "Chứ"],
    },
    female: { middle: ["Thị"], given: ["Mỷ", "Dợ", "Chá", "Xé", "Mai", "Sua", "Pà", "Dính", "Ly", "Say"] },
  },
  "Khơ Mú": {
    surnames: ["Quàng", "Lò", "Vì", "Lừ", "Cút"],
    male: { middle: ["Văn"], given: ["Panh", "Xiêng", "Ngân", "Thoong", "Phăn", "Mịn"] },
    female: { middle: ["Thị"], given: ["Phương", "Xen", "Hom", "Minh", "Bính", "Thơ"] },
  },
  Dao: {
    surnames: ["Lý", "Triệu", "Tẩn", "Chảo", "Phàn", "Bàn"],
    male: { middle: ["Văn", "Phủ", "Láo"], given: ["Chòi", "Quẩy", "Kiềm", "Tả", "Sài", "Phin"] },
    female: { middle: ["Thị", "Mùi", "Tả"], given: ["Mẩy", "Xuân", "Sinh", "Mai", "Dua", "Chài"] },
  },
  "Hà Nhì": {
    surnames: ["Pờ", "Lỳ", "Chu", "Sừng", "Ly", "Lò"],
    male: { middle: ["Xè", "Gò", "Hừ", "Chà", "Phì"], given: ["Dè", "Xá", "Chừ", "Gò", "Hờ", "Dùng"] },
    female: { middle: ["Thị"], given: ["Mé", "Xá", "Mì", "Chừ", "Pu", "Chà"] },
  },
  "Ê Đê": {
    clans: ["Niê", "Êban", "Mlô", "Byă", "Ayŭn", "Hđơk", "Knul", "Ktla", "Adrơng", "Kbuôr"],
    male: { given: ["Moan", "Ngông", "Blir", "Sao", "Khu", "Dhăm", "Bhin", "Jŭ", "Kuh", "Thuột"] },
    female: { given: ["Hen", "Yim", "Luyện", "Bia", "Nhi", "Ngơn", "Mai", "Ruth", "Nga", "Bhiăn"] },
  },
  "M'nông": {
    clans: ["Liêng", "Bđăp", "Jơ Lơng", "Drơng", "Ndu", "Yŏk"],
    male: { given: ["Bhơi", "Thông", "Dụt", "Hiăng", "Krông", "Nơng"] },
    female: { given: ["Bliêm", "Nơn", "Blang", "Him", "Dhơng", "Jim"] },
  },
  "S'tiêng": {
    surnames: ["Điểu"],
    male: { given: ["Lên", "Ong", "Chơm", "Xuân", "Kiều", "Bình", "Lành", "Dũng"] },
    female: { given: ["Thị Ánh", "Thị Hồng", "Thị Mai", "Thị Nhung", "Thị Bưởi", "Thị Xuyến"] },
  },
}

/** Builds a person's full name in the naming pattern of the given ethnic group ("Kinh" if none). */
export function personName(pick, ethnic, female) {
  const g = groups[ethnic ?? "Kinh"]
  if (!g) throw new Error(`no name material for ethnic group ${ethnic}`)
  const side = female ? g.female : g.male
  if (g.clans) return `${female ? "H'" : "Y "}${pick(side.given)} ${pick(g.clans)}`
  if (!side.middle) return `${pick(g.surnames)} ${pick(side.given)}`
  return `${pick(g.surnames)} ${pick(side.middle)} ${pick(side.given)}`
}

/** Ethnic groups that may lead a producer in each current province. */
export const ETHNIC_GROUPS_BY_PROVINCE = {
  11: ["Thái", "Mông", "Khơ Mú", "Dao", "Hà Nhì"],
  66: ["Ê Đê", "M'nông"],
  75: ["S'tiêng"],
}

/** Invented hamlet names (bản, buôn, sóc) for street lines of rural producers. */
const hamlets = {
  11: [
    "Bản Hón",
    "Bản Co Cượm",
    "Bản Hua Ca",
    "Bản Nà Lùm",
    "Bản Huổi Chổn",
    "Bản Phiêng Ban",
    "Bản Noong Hẹt",
    "Bản Pá Pao",
    "Bản Xôm",
    "Bản Hua Nạ",
  ],
  66: ["Thôn 1", "Thôn 2", "Thôn 3", "Thôn 4", "Thôn 5", "Thôn 6", "Thôn 7", "Thôn 8"],
  "66-edt": ["Buôn Cuăh", "Buôn Ea Mar", "Buôn Drai", "Buôn Tơng Jú", "Buôn Knia", "Buôn Ko Đung"],
  75: ["Ấp 1", "Ấp 2", "Ấp 3", "Ấp 4", "Ấp 5", "Ấp 6", "Ấp 7"],
  "75-edt": ["Sóc Bù Ka", "Sóc Bù Tam", "Sóc Ba Ven", "Sóc Bù Kroai"],
}

/** An invented street line: hamlet for communes, residential group for wards. */
export function streetFor(pick, int, provinceCode, wardName, ethnic) {
  if (wardName.startsWith("Phường")) {
    return `${provinceCode === "75" ? "Khu phố" : "Tổ dân phố"} ${int(1, 12)}`
  }
  const own = hamlets[`${provinceCode}-edt`]
  if (own && ethnic && ethnic !== "Kinh") return pick(own)
  return pick(hamlets[provinceCode])
}
