/**
 * Product kinds: drinks (group II), herbal goods (III), crafts and textiles (IV), ornamental
 * plants (V) and community tourism (VI). Same fields as coffee-cacao-nuts.mjs.
 *
 * Art motifs: the illustration set has no cloth, flower or house motif yet, so textiles, orchids
 * and community tourism use "leaf", rattan ware "grain" and garden eco-tourism "fruit".
 * Tourism products take their titles and descriptions from the producer files.
 */

export default [
  // Group II: drinks
  {
    key: "ruou-ngo", title: "Rượu ngô men lá", title_en: "Leaf-yeast corn liquor", set: 14, art: { hue: 45, motif: "bottle" },
    farm: false, stars: { 3: 1 }, tags: ["rượu", "rượu ngô"],
    lines: [
      { k: "thuong", vi: "", en: "" },
      { k: "ha-tho", vi: "hạ thổ", en: "cellar-aged" },
    ],
    tpl: "Rượu ngô men lá {line} {place}", tpl_en: "{place} {line} leaf-yeast corn liquor",
    desc: "Rượu nấu từ ngô nương {place} với men lá rừng theo bí quyết của người Mông.",
    desc_en: "Liquor distilled from upland corn of {place} with forest-leaf yeast, to a Mông recipe.",
    activity: "nấu rượu ngô men lá", activity_en: "distilling leaf-yeast corn liquor",
    base: [80, 130], variants: [["Chai 500 ml", "500 ml bottle", "500ML", 1], ["Chai 1 lít", "1 l bottle", "1L", 1.8]],
  },
  {
    key: "ruou-can", title: "Rượu cần", title_en: "Rice-jar wine", set: 15, art: { hue: 25, motif: "bottle" },
    farm: false, stars: { 3: 1 }, tags: ["rượu", "rượu cần"],
    tpl: "Rượu cần {ethnic} {place}", tpl_en: "{place} {ethnic} rice-jar wine",
    desc: "Rượu cần ủ từ gạo, men lá và vỏ cây rừng {place}, uống bằng cần trúc trong dịp lễ hội.",
    desc_en: "Rice wine fermented with leaf yeast and forest bark of {place}, drunk through bamboo straws at festivals.",
    activity: "ủ rượu cần", activity_en: "brewing rice-jar wine",
    base: [90, 120], variants: [["Bình 1 lít", "1 l jar", "1L", 1], ["Ché gốm 2 lít", "2 l stoneware jar", "2L", 2]],
  },
  {
    key: "nuoc-cot-chanh-day", title: "Nước cốt chanh dây", title_en: "Passion-fruit concentrate", set: 17, art: { hue: 55, motif: "bottle" },
    farm: false, stars: { 3: 1 }, tags: ["đồ uống", "chanh dây"],
    tpl: "Nước cốt chanh dây {place}", tpl_en: "{place} passion-fruit concentrate",
    desc: "Nước cốt chanh dây {place} ép từ quả chín, thanh trùng, pha loãng để uống.",
    desc_en: "{place} passion-fruit concentrate pressed from ripe fruit and pasteurised; dilute to drink.",
    activity: "trồng và chế biến chanh dây", activity_en: "growing and processing passion fruit",
    base: [60, 85], variants: [["Chai 500 ml", "500 ml bottle", "500ML", 1], ["Chai 1 lít", "1 l bottle", "1L", 1.85]],
  },
  // Group III: herbal goods
  {
    key: "tinh-bot-nghe", title: "Tinh bột nghệ", title_en: "Turmeric starch", set: 18, art: { hue: 45, motif: "drop" },
    farm: false, stars: { 3: 2, 4: 1 }, tags: ["dược liệu", "nghệ"],
    tpl: "Tinh bột nghệ {place}", tpl_en: "{place} turmeric starch",
    desc: "Tinh bột nghệ vàng trồng tại {place}, lọc nhiều lần để tách tinh dầu và xơ.",
    desc_en: "Starch of yellow turmeric grown in {place}, washed several times to remove oil and fibre.",
    activity: "trồng nghệ và làm tinh bột nghệ", activity_en: "growing turmeric and making turmeric starch",
    base: [70, 110], variants: [["Hũ 100 g", "100 g jar", "100G", 1], ["Hũ 500 g", "500 g jar", "500G", 4.3]],
  },
  {
    key: "dau-goi-thao-duoc", title: "Dầu gội thảo dược", title_en: "Herbal shampoo", set: 19, art: { hue: 150, motif: "drop" },
    farm: false, stars: { 3: 2, 4: 1 }, tags: ["dược liệu", "mỹ phẩm"],
    lines: [
      { k: "bo-ket", vi: "bồ kết", en: "soapberry" },
      { k: "vo-buoi", vi: "vỏ bưởi", en: "pomelo-peel" },
    ],
    tpl: "Dầu gội {line} {place}", tpl_en: "{place} {line} herbal shampoo",
    desc: "Dầu gội nấu từ thảo dược hái tại {place}, không chất tạo bọt tổng hợp.",
    desc_en: "Shampoo brewed from herbs gathered in {place}, with no synthetic foaming agents.",
    activity: "làm mỹ phẩm thảo dược", activity_en: "making herbal cosmetics",
    base: [75, 110], variants: [["Chai 300 ml", "300 ml bottle", "300ML", 1], ["Chai 500 ml", "500 ml bottle", "500ML", 1.6]],
  },
  {
    key: "la-tam-nguoi-dao", title: "Lá tắm người Dao", title_en: "Dao herbal bath", set: 20, art: { hue: 130, motif: "leaf" },
    farm: false, stars: { 3: 1 }, tags: ["dược liệu", "người dao"],
    tpl: "Lá tắm người Dao {place}", tpl_en: "{place} Dao herbal bath",
    desc: "Bài lá tắm của người Dao với hơn hai mươi loại lá rừng {place}, sấy khô đóng gói.",
    desc_en: "A Dao herbal bath of more than twenty forest leaves from {place}, dried and packed.",
    activity: "làm lá tắm thảo dược", activity_en: "making herbal bath mixes",
    base: [40, 60], variants: [["Gói 200 g", "200 g pack", "200G", 1], ["Hộp 10 gói", "Box of 10", "10G", 8.5]],
  },
  {
    key: "tinh-dau", title: "Tinh dầu", title_en: "Essential oil", set: 20, art: { hue: 85, motif: "drop" },
    farm: false, stars: { 3: 2, 4: 1 }, tags: ["dược liệu", "tinh dầu"],
    lines: [
      { k: "sa-chanh", vi: "sả chanh", en: "lemongrass" },
      { k: "que", vi: "quế", en: "cinnamon" },
    ],
    tpl: "Tinh dầu {line} {place}", tpl_en: "{place} {line} essential oil",
    desc: "Tinh dầu chưng cất hơi nước từ nguyên liệu trồng tại {place}.",
    desc_en: "Steam-distilled essential oil from plants grown in {place}.",
    activity: "trồng và chưng cất tinh dầu", activity_en: "growing and distilling essential oils",
    base: [45, 70], variants: [["Lọ 10 ml", "10 ml vial", "10ML", 1], ["Lọ 50 ml", "50 ml bottle", "50ML", 4]],
  },
  // Group IV: crafts and textiles
  {
    key: "khan-pieu", title: "Khăn piêu", title_en: "Thái piêu scarf", set: 22, art: { hue: 300, motif: "leaf" },
    farm: false, stars: { 3: 1 }, tags: ["thổ cẩm", "người thái"],
    tpl: "Khăn piêu {place}", tpl_en: "{place} piêu scarf",
    desc: "Khăn piêu của phụ nữ Thái {place}, thêu tay hoa văn cút piêu trên nền vải chàm.",
    desc_en: "The piêu scarf of the Thái women of {place}, hand-embroidered with cút piêu knots on indigo cloth.",
    activity: "dệt và thêu khăn piêu", activity_en: "weaving and embroidering piêu scarves",
    base: [280, 400], variants: [["Khăn thêu tay", "Hand-embroidered", "STD", 1], ["Khăn hoa văn cổ", "Heritage pattern", "HER", 2.2]],
  },
  {
    key: "tho-cam", title: "Thổ cẩm dệt tay", title_en: "Hand-woven brocade", set: 22, art: { hue: 350, motif: "leaf" },
    farm: false, stars: { 3: 3, 4: 1 }, tags: ["thổ cẩm"],
    lines: [
      { k: "khan", vi: "Khăn choàng", en: "shawl" },
      { k: "vay", vi: "Váy", en: "skirt" },
      { k: "tui", vi: "Túi", en: "bag" },
    ],
    tpl: "{line} thổ cẩm {ethnic} {place}", tpl_en: "{place} {ethnic} brocade {line}",
    desc: "Dệt trên khung dệt truyền thống tại {place} bằng sợi bông nhuộm màu tự nhiên.",
    desc_en: "Woven on a traditional loom in {place} from naturally dyed cotton.",
    activity: "dệt thổ cẩm", activity_en: "weaving brocade",
    base: [300, 650], variants: [["Cỡ tiêu chuẩn", "Standard", "STD", 1], ["Hoa văn cổ", "Heritage pattern", "HER", 2]],
  },
  {
    key: "may-tre-dan", title: "Mây tre đan", title_en: "Rattan and bamboo ware", set: 21, art: { hue: 35, motif: "grain" },
    farm: false, stars: { 3: 1 }, tags: ["thủ công mỹ nghệ", "mây tre đan"],
    lines: [
      { k: "gui", vi: "Gùi", en: "carrying basket" },
      { k: "gio", vi: "Giỏ", en: "basket" },
      { k: "khay", vi: "Khay", en: "tray" },
    ],
    tpl: "{line} mây tre đan {place}", tpl_en: "{place} rattan and bamboo {line}",
    desc: "Đan tay từ mây, tre, lồ ô khai thác tại {place}, hun khói chống mối mọt.",
    desc_en: "Hand-woven from rattan and bamboo harvested in {place}, smoked against insects.",
    activity: "đan mây tre", activity_en: "weaving rattan and bamboo",
    base: [120, 250], variants: [["Cỡ nhỏ", "Small", "S", 1], ["Cỡ lớn", "Large", "L", 1.7]],
  },
  // Group V: ornamental plants
  {
    key: "lan-ho-diep", title: "Lan hồ điệp", title_en: "Phalaenopsis orchid", set: 23, art: { hue: 290, motif: "leaf" },
    farm: false, stars: { 3: 2, 4: 1 }, tags: ["hoa", "hoa lan"],
    lines: [
      { k: "trang", vi: "trắng", en: "white" },
      { k: "tim", vi: "tím", en: "purple" },
      { k: "vang", vi: "vàng", en: "yellow" },
    ],
    tpl: "Lan hồ điệp {line} {place}", tpl_en: "{place} {line} phalaenopsis orchid",
    desc: "Lan hồ điệp nuôi cấy mô và trồng trong nhà lưới tại {place}, giao cả chậu.",
    desc_en: "Tissue-cultured phalaenopsis grown in net houses in {place}, delivered potted.",
    activity: "trồng hoa lan", activity_en: "growing orchids",
    base: [450, 650], variants: [["Chậu 3 cành", "Pot, 3 spikes", "3C", 1], ["Chậu 5 cành", "Pot, 5 spikes", "5C", 1.6]],
  },
  // Group VI: community tourism (titles and descriptions per product, in the producer files)
  {
    key: "du-lich-cong-dong", title: "Du lịch cộng đồng", title_en: "Community tourism", set: 26, art: { hue: 160, motif: "leaf" },
    farm: false, stars: { 3: 2, 4: 1 }, tags: ["du lịch cộng đồng", "trải nghiệm"], tourism: true,
    activity: "làm du lịch cộng đồng", activity_en: "running community tourism",
    base: [300, 600], variants: [["1 người / 1 ngày", "1 person / 1 day", "1N1D", 1], ["1 người / 2 ngày 1 đêm", "1 person / 2 days 1 night", "1N2D", 1.9]],
  },
  {
    key: "du-lich-sinh-thai", title: "Du lịch sinh thái miệt vườn", title_en: "Orchard eco-tourism", set: 26, art: { hue: 120, motif: "fruit" },
    farm: false, stars: { 3: 2, 4: 1 }, tags: ["du lịch sinh thái", "trải nghiệm"], tourism: true,
    activity: "làm du lịch sinh thái vườn", activity_en: "running orchard eco-tourism",
    base: [300, 500], variants: [["1 người / 1 ngày", "1 person / 1 day", "1N1D", 1], ["1 người / 2 ngày 1 đêm", "1 person / 2 days 1 night", "1N2D", 1.9]],
  },
]
