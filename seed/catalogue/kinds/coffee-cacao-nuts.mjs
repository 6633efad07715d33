/**
 * Product kinds: coffee and cacao (set 13), cashews and macadamia (sets 3 and 7).
 *
 * Fields: key, title/title_en (the kind), set (1–26), art {hue, motif}, farm (raw farm produce:
 * may carry a growing-area code), stars (weights of the current certificate's stars; ★5 is never
 * drawn, only given explicitly to the real ★5 products), lines (product lines a producer may make;
 * `only` limits a line to some current provinces), tpl/tpl_en (product title; {line}, {place},
 * {ethnic}), desc/desc_en ({place}), activity/activity_en (for producer stories), base (price of
 * the first variant in thousand đồng, [min, max]), variants ([vi, en, sku code, price multiplier]).
 */

const W250 = [
  ["250 g", "250 g", "250G", 1],
  ["500 g", "500 g", "500G", 1.9],
  ["Hộp quà 2 × 250 g", "Gift box 2 × 250 g", "GIFT", 2.3],
]

export default [
  {
    key: "ca-phe-bot", title: "Cà phê bột", title_en: "Ground coffee", set: 13, art: { hue: 25, motif: "bean" },
    farm: true, stars: { 3: 5, 4: 4 }, tags: ["cà phê", "cà phê phin"],
    lines: [
      { k: "arabica", vi: "Arabica", en: "Arabica", only: ["11"] },
      { k: "robusta", vi: "Robusta", en: "Robusta", only: ["66", "75"] },
      { k: "culi", vi: "Culi", en: "peaberry" },
      { k: "moc", vi: "rang mộc", en: "natural-roast" },
    ],
    tpl: "Cà phê bột {line} {place}", tpl_en: "{place} {line} ground coffee",
    desc: "Cà phê hái chín trên đồi {place}, rang mộc không tẩm ướp và xay vừa cho phin.",
    desc_en: "Ripe-picked coffee from the hills of {place}, roasted without additives and ground for the phin filter.",
    activity: "trồng và rang xay cà phê", activity_en: "growing and roasting coffee",
    base: [90, 150], variants: W250,
  },
  {
    key: "ca-phe-hat-rang", title: "Cà phê hạt rang", title_en: "Roasted coffee beans", set: 13, art: { hue: 32, motif: "bean" },
    farm: true, stars: { 3: 5, 4: 4 }, tags: ["cà phê", "cà phê hạt"],
    lines: [
      { k: "arabica", vi: "Arabica", en: "Arabica", only: ["11"] },
      { k: "robusta", vi: "Robusta", en: "Robusta", only: ["66", "75"] },
      { k: "honey", vi: "sơ chế honey", en: "honey-processed" },
    ],
    tpl: "Cà phê hạt rang {line} {place}", tpl_en: "{place} {line} roasted coffee beans",
    desc: "Hạt cà phê {place} được chọn lọc thủ công và rang theo mẻ nhỏ, giữ hương thơm tự nhiên.",
    desc_en: "Hand-sorted {place} coffee beans roasted in small batches to keep their natural aroma.",
    activity: "trồng và rang xay cà phê", activity_en: "growing and roasting coffee",
    base: [95, 150], variants: W250,
  },
  {
    key: "ca-phe-chon", title: "Cà phê chồn", title_en: "Weasel coffee", set: 13, art: { hue: 15, motif: "bean" },
    farm: true, stars: { 4: 1 }, tags: ["cà phê", "cà phê chồn", "quà tặng"],
    tpl: "Cà phê chồn {place}", tpl_en: "{place} weasel coffee",
    desc: "Cà phê chồn {place} lên men tự nhiên, sơ chế và rang thủ công; vị đậm, hậu ngọt.",
    desc_en: "{place} weasel coffee, naturally fermented, cleaned and hand-roasted; full-bodied with a sweet finish.",
    activity: "sản xuất cà phê chồn", activity_en: "making weasel coffee",
    base: [1200, 1300], variants: [["250 g", "250 g", "250G", 1], ["500 g", "500 g", "500G", 1.9]],
  },
  {
    key: "bot-ca-cao", title: "Bột ca cao", title_en: "Cocoa powder", set: 13, art: { hue: 18, motif: "bean" },
    farm: false, stars: { 3: 2, 4: 3 }, tags: ["ca cao"],
    lines: [
      { k: "3in1", vi: "3 in 1", en: "3-in-1" },
      { k: "nguyen-chat", vi: "nguyên chất", en: "pure" },
    ],
    tpl: "Bột ca cao {line} {place}", tpl_en: "{place} {line} cocoa powder",
    desc: "Hạt ca cao {place} lên men, sấy và nghiền mịn; pha nóng hoặc đá đều thơm.",
    desc_en: "Fermented, dried and finely milled {place} cocoa beans; good hot or iced.",
    activity: "lên men và chế biến ca cao", activity_en: "fermenting and processing cocoa",
    base: [85, 140], variants: [["Hộp 250 g", "250 g box", "250G", 1], ["Túi 500 g", "500 g bag", "500G", 1.85]],
  },
  {
    key: "socola", title: "Sô-cô-la", title_en: "Chocolate", set: 13, art: { hue: 22, motif: "bean" },
    farm: false, stars: { 3: 3, 4: 2 }, tags: ["ca cao", "sô-cô-la"],
    lines: [
      { k: "sua", vi: "sữa", en: "milk" },
      { k: "den", vi: "đen 70%", en: "70% dark" },
      { k: "hat-dieu", vi: "hạt điều", en: "cashew" },
    ],
    tpl: "Sô-cô-la {line} {place}", tpl_en: "{place} {line} chocolate",
    desc: "Sô-cô-la làm từ hạt ca cao {place} lên men kỹ, đổ khuôn thủ công.",
    desc_en: "Chocolate made from carefully fermented {place} cocoa beans, hand-moulded.",
    activity: "làm sô-cô-la", activity_en: "making chocolate",
    base: [45, 70], variants: [["Thanh 50 g", "50 g bar", "50G", 1], ["Hộp 6 thanh", "Box of 6 bars", "BOX6", 5.5]],
  },
  {
    key: "hop-qua-socola", title: "Hộp quà sô-cô-la Tây Nguyên", title_en: "Central Highlands chocolate gift set", set: 13,
    art: { hue: 330, motif: "bean" }, farm: false, stars: { 4: 1 }, tags: ["ca cao", "sô-cô-la", "quà tặng"],
    tpl: "Hộp quà sô-cô-la Tây Nguyên {place}", tpl_en: "{place} Central Highlands chocolate gift set",
    desc: "Bộ quà sô-cô-la từ ca cao {place}, kết hợp cà phê, mắc ca và hạt điều Tây Nguyên.",
    desc_en: "A chocolate gift set from {place} cocoa, paired with Central Highlands coffee, macadamia and cashews.",
    activity: "làm sô-cô-la", activity_en: "making chocolate",
    base: [350, 550], variants: [["Hộp 12 viên", "Box of 12", "B12", 1], ["Hộp 24 viên", "Box of 24", "B24", 1.8]],
  },
  {
    key: "hat-dieu-rang", title: "Hạt điều rang", title_en: "Roasted cashews", set: 7, art: { hue: 38, motif: "nut" },
    farm: true, stars: { 3: 2, 4: 3 }, tags: ["hạt điều"],
    lines: [
      { k: "muoi", vi: "muối", en: "salted" },
      { k: "nguyen-vi", vi: "nguyên vị", en: "plain" },
      { k: "cui", vi: "củi", en: "wood-fired" },
    ],
    tpl: "Hạt điều rang {line} {place}", tpl_en: "{place} {line} roasted cashews",
    desc: "Điều {place} chọn hạt to, rang chín đều, giòn và béo.",
    desc_en: "Large {place} cashews, evenly roasted, crisp and rich.",
    activity: "chế biến hạt điều", activity_en: "processing cashews",
    base: [110, 150], variants: [["250 g", "250 g", "250G", 1], ["500 g", "500 g", "500G", 1.9], ["Hũ quà 500 g", "Gift jar 500 g", "GIFT", 2.2]],
  },
  {
    key: "nhan-dieu-trang", title: "Nhân điều trắng", title_en: "White cashew kernels", set: 3, art: { hue: 45, motif: "nut" },
    farm: true, stars: { 3: 2, 4: 2 }, tags: ["hạt điều", "nhân điều"],
    lines: [
      { k: "w240", vi: "W240", en: "W240" },
      { k: "w320", vi: "W320", en: "W320" },
    ],
    tpl: "Nhân điều trắng {line} {place}", tpl_en: "{place} {line} white cashew kernels",
    desc: "Nhân điều {place} bóc vỏ lụa, phân cỡ theo tiêu chuẩn và sấy khô, dùng rang hoặc làm bánh.",
    desc_en: "{place} cashew kernels, peeled, graded and dried, for roasting or baking.",
    activity: "chế biến hạt điều", activity_en: "processing cashews",
    base: [120, 160], variants: [["500 g", "500 g", "500G", 1], ["1 kg", "1 kg", "1KG", 1.9]],
  },
  {
    key: "hat-dieu-vo-lua", title: "Hạt điều còn vỏ lụa", title_en: "Skin-on cashews", set: 3, art: { hue: 28, motif: "nut" },
    farm: true, stars: { 3: 2, 4: 3 }, tags: ["hạt điều"],
    tpl: "Hạt điều còn vỏ lụa {place}", tpl_en: "{place} skin-on cashews",
    desc: "Hạt điều {place} rang còn nguyên vỏ lụa, vị bùi và thơm khói nhẹ.",
    desc_en: "{place} cashews roasted with their skins on: nutty, with a light smoky note.",
    activity: "chế biến hạt điều", activity_en: "processing cashews",
    base: [100, 140], variants: [["250 g", "250 g", "250G", 1], ["500 g", "500 g", "500G", 1.9]],
  },
  {
    key: "hat-dieu-tam-vi", title: "Hạt điều tẩm vị", title_en: "Flavoured cashews", set: 7, art: { hue: 80, motif: "nut" },
    farm: false, stars: { 3: 1, 4: 3 }, tags: ["hạt điều", "ăn vặt"],
    lines: [
      { k: "wasabi", vi: "wasabi", en: "wasabi" },
      { k: "mat-ong", vi: "mật ong", en: "honey" },
      { k: "pho-mai", vi: "phô mai", en: "cheese" },
    ],
    tpl: "Hạt điều vị {line} {place}", tpl_en: "{place} {line} cashews",
    desc: "Hạt điều {place} rang giòn, tẩm vị theo công thức riêng, đóng hũ kín.",
    desc_en: "Crisp-roasted {place} cashews with a house seasoning, in a sealed jar.",
    activity: "chế biến hạt điều", activity_en: "processing cashews",
    base: [75, 110], variants: [["Hũ 200 g", "200 g jar", "200G", 1], ["Hũ 400 g", "400 g jar", "400G", 1.9]],
  },
  {
    key: "keo-dieu", title: "Kẹo điều", title_en: "Cashew candy", set: 7, art: { hue: 50, motif: "nut" },
    farm: false, stars: { 3: 1, 4: 3 }, tags: ["hạt điều", "kẹo"],
    lines: [
      { k: "truyen-thong", vi: "", en: "" },
      { k: "gung", vi: "gừng", en: "ginger" },
    ],
    tpl: "Kẹo điều {line} {place}", tpl_en: "{place} {line} cashew candy",
    desc: "Kẹo điều {place} nấu với mạch nha và đường thốt nốt, giòn tan.",
    desc_en: "{place} cashew candy cooked with malt and palm sugar: crisp and light.",
    activity: "làm kẹo điều", activity_en: "making cashew candy",
    base: [45, 70], variants: [["Hộp 200 g", "200 g box", "200G", 1], ["Hộp 500 g", "500 g box", "500G", 2.3]],
  },
  {
    key: "banh-pia-dieu", title: "Bánh pía hạt điều", title_en: "Cashew pía cake", set: 7, art: { hue: 40, motif: "grain" },
    farm: false, stars: { 3: 1, 4: 1 }, tags: ["hạt điều", "bánh"],
    lines: [
      { k: "dau-xanh", vi: "", en: "" },
      { k: "sau-rieng", vi: "sầu riêng", en: "durian" },
    ],
    tpl: "Bánh pía hạt điều {line} {place}", tpl_en: "{place} {line} cashew pía cake",
    desc: "Bánh pía vỏ ngàn lớp, nhân đậu xanh và hạt điều {place} rang.",
    desc_en: "Flaky pía cake filled with mung bean and roasted {place} cashews.",
    activity: "làm bánh pía hạt điều", activity_en: "baking cashew pía cakes",
    base: [60, 90], variants: [["Hộp 4 bánh", "Box of 4", "B4", 1], ["Hộp 8 bánh", "Box of 8", "B8", 1.9]],
  },
  {
    key: "hat-mac-ca", title: "Mắc ca sấy nứt vỏ", title_en: "Cracked-shell macadamia", set: 3, art: { hue: 32, motif: "nut" },
    farm: true, stars: { 3: 2, 4: 3 }, tags: ["mắc ca"],
    lines: [
      { k: "thuong", vi: "", en: "" },
      { k: "huu-co", vi: "hữu cơ", en: "organic" },
    ],
    tpl: "Mắc ca sấy nứt vỏ {line} {place}", tpl_en: "{place} {line} cracked-shell macadamia",
    desc: "Mắc ca {place} sấy nhiệt thấp, tách nứt vỏ sẵn, kèm dụng cụ tách.",
    desc_en: "{place} macadamia dried at low heat, shells pre-cracked, opener included.",
    activity: "trồng và chế biến mắc ca", activity_en: "growing and processing macadamia",
    base: [150, 200], variants: [["500 g", "500 g", "500G", 1], ["1 kg", "1 kg", "1KG", 1.9]],
  },
  {
    key: "nhan-mac-ca", title: "Nhân mắc ca", title_en: "Macadamia kernels", set: 3, art: { hue: 55, motif: "nut" },
    farm: true, stars: { 3: 1, 4: 3 }, tags: ["mắc ca", "quà tặng"],
    lines: [
      { k: "cao-cap", vi: "cao cấp", en: "premium" },
      { k: "rang-bo", vi: "rang bơ", en: "butter-roasted" },
    ],
    tpl: "Nhân mắc ca {line} {place}", tpl_en: "{place} {line} macadamia kernels",
    desc: "Nhân mắc ca {place} tách thủ công, chọn nhân nguyên và đóng gói hút chân không.",
    desc_en: "Hand-shelled {place} macadamia, whole kernels only, vacuum-packed.",
    activity: "trồng và chế biến mắc ca", activity_en: "growing and processing macadamia",
    base: [280, 380], variants: [["500 g", "500 g", "500G", 1], ["Hộp quà 2 × 500 g", "Gift box 2 × 500 g", "GIFT", 2]],
  },
]
