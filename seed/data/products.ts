import type { ProductGroup } from "../../backend/src/modules/ocop/lib/constants"
import { PROVINCES } from "./provinces"

export type CertificateSeed = {
  number: string
  decision: string
  authority: string
  stars: 1 | 2 | 3 | 4 | 5
  score?: number
  issued_at: string // YYYY-MM-DD
  expires_at?: string // only when it differs from issue + 36 months
  potential_five_star?: boolean
  status: "verified" | "submitted" | "rejected" | "revoked"
  status_reason?: string
  /** province NAMED ON THE CERTIFICATE: the former one for certificates issued before July 2025 */
  province_code: string
  commune: string
  geographical_indication?: string
}

export type ProductSeed = {
  handle: string
  title: string
  subtitle?: string
  description: string
  producer: string
  group: ProductGroup
  sub_group: string
  weight_grams?: number
  variants: { title: string; sku: string; price: number; stock: number }[]
  color: string
  certificate: CertificateSeed | null
  /** deliberately unsellable records for tests and demos */
  fixture?: "expired" | "revoked" | "two-star" | "no-certificate" | "submitted"
}

const provinceName = (code: string) => PROVINCES.find((p) => p.code === code)!.name
const authorityFor = (stars: number, province: string) =>
  stars === 5
    ? "Bộ Nông nghiệp và Môi trường (Hội đồng OCOP Trung ương)"
    : province === "ha-noi"
      ? "UBND thành phố Hà Nội"
      : `UBND tỉnh ${provinceName(province)}`

let seq = 0
type Extra = { score?: number; potential_five_star?: boolean; gi?: string; weight?: number }

/** One certified product; certificate number and decision are derived so they stay unique. */
function product(
  handle: string,
  title: string,
  subtitle: string,
  producer: string,
  group: ProductGroup,
  sub_group: string,
  stars: 3 | 4 | 5,
  issued_at: string,
  province_code: string,
  commune: string,
  variants: [string, number, number][],
  color: string,
  description: string,
  extra: Extra = {}
): ProductSeed {
  seq += 1
  const year = issued_at.slice(0, 4)
  const abbr = province_code.split("-").map((w) => w[0]!.toUpperCase()).join("")
  return {
    handle,
    title,
    subtitle,
    description,
    producer,
    group,
    sub_group,
    weight_grams: extra.weight,
    variants: variants.map(([t, price, stock], i) => ({ title: t, sku: `${handle.toUpperCase()}-${i + 1}`, price, stock })),
    color,
    certificate: {
      number: `OCOP-${abbr}-${year}-${String(100 + seq).padStart(4, "0")}`,
      decision: stars === 5 ? `${300 + seq}/QĐ-BNNMT` : `${1000 + seq * 7}/QĐ-UBND`,
      authority: authorityFor(stars, province_code),
      stars,
      score: extra.score ?? (stars === 5 ? 91 + (seq % 8) : stars === 4 ? 71 + (seq % 17) : 52 + (seq % 16)),
      issued_at,
      potential_five_star: extra.potential_five_star,
      status: "verified",
      province_code,
      commune,
      geographical_indication: extra.gi,
    },
  }
}

export const PRODUCTS: ProductSeed[] = [
  // ---- Bến Tre (now Vĩnh Long): coconut country
  product("sau-rieng-ri6-cho-lach", "Sầu riêng Ri6 Chợ Lách", "Cho Lach Ri6 durian", "cty-trai-cay-chanh-thu", "food", "Trái cây tươi", 5, "2025-03-18", "ben-tre", "Xã Hòa Nghĩa",
    [["Thùng 1 trái (2-2,5kg)", 320000, 40], ["Thùng 2 trái (4-5kg)", 620000, 25]], "#7A8B2E",
    "Sầu riêng Ri6 cơm vàng hạt lép, trồng trên đất phù sa cù lao Chợ Lách và chín tự nhiên trên cây. Sản phẩm của Công ty Chánh Thu ở xã Hòa Nghĩa, được công nhận OCOP 5 sao cấp quốc gia.", { weight: 2500 }),
  product("keo-dua-sap-cho-lach", "Kẹo dừa sáp Chợ Lách", "Wax coconut candy", "htx-dua-cho-lach", "food", "Bánh, mứt, kẹo", 4, "2025-02-10", "ben-tre", "Xã Chợ Lách",
    [["Hộp 400g", 65000, 200], ["Hộp 800g", 120000, 120]], "#8B5A2B",
    "Kẹo dừa làm từ nước cốt dừa sáp béo ngậy và mạch nha, nấu trên bếp củi rồi cắt tay. Vị ngọt thanh, không chất bảo quản.", { potential_five_star: true, weight: 400 }),
  product("keo-dua-la-dua-thanh-long", "Kẹo dừa lá dứa Thanh Long", "Pandan coconut candy", "csx-keo-dua-thanh-long", "food", "Bánh, mứt, kẹo", 3, "2025-04-22", "ben-tre", "Phường An Hội",
    [["Gói 250g", 38000, 300], ["Hộp quà 500g", 72000, 150]], "#3E8E41",
    "Kẹo dừa Bến Tre thơm lá dứa tự nhiên, gói giấy bánh tráng ăn được bên trong.", { weight: 250 }),
  product("dau-dua-nguyen-chat-cho-lach", "Dầu dừa nguyên chất ép lạnh", "Cold-pressed virgin coconut oil", "htx-dua-cho-lach", "herbal", "Tinh dầu, dầu thực vật", 4, "2025-05-06", "ben-tre", "Xã Chợ Lách",
    [["Chai 250ml", 95000, 90], ["Chai 500ml", 175000, 60]], "#C9B27C",
    "Dầu dừa ép lạnh từ cơm dừa khô tươi, lọc tự nhiên không qua nhiệt, dùng trong nấu ăn và chăm sóc da, tóc."),
  product("mut-dua-non-ba-tri", "Mứt dừa non sấy dẻo", "Soft dried young coconut", "htx-dua-cho-lach", "food", "Bánh, mứt, kẹo", 3, "2025-06-12", "ben-tre", "Xã Chợ Lách",
    [["Hộp 300g", 55000, 140]], "#E8D9B5",
    "Cơm dừa non cắt sợi, sên với đường phèn và sấy dẻo ở nhiệt độ thấp để giữ vị ngọt béo."),
  product("thach-dua-sap-ben-tre", "Thạch dừa sáp", "Wax coconut jelly", "csx-keo-dua-thanh-long", "food", "Chế biến từ dừa", 3, "2025-01-20", "ben-tre", "Phường An Hội",
    [["Hộp 6 ly", 48000, 160]], "#F2EFE6",
    "Thạch dừa nấu từ nước và cơm dừa sáp, giữ lạnh và dùng ngay, món tráng miệng đặc trưng xứ dừa."),
  product("chau-gom-do-mang-thit", "Chậu gốm đỏ Mang Thít trang trí", "Mang Thit red clay planter", "cty-gom-mang-thit", "souvenir_decor", "Gốm, sứ", 4, "2025-03-05", "vinh-long", "Xã Mỹ An",
    [["Cỡ nhỏ 20cm", 145000, 60], ["Cỡ lớn 35cm", 320000, 30]], "#A0442C",
    "Chậu gốm đỏ nung lò bầu từ đất sét phù sa sông Cổ Chiên, khắc hoa văn thủ công, dùng trồng cây hay trang trí nhà."),
  product("binh-gom-do-vinh-long", "Bình gốm đỏ khắc hoa sen", "Carved red clay vase", "cty-gom-mang-thit", "souvenir_decor", "Gốm, sứ", 3, "2025-08-14", "vinh-long", "Xã Mỹ An",
    [["Bình cao 30cm", 260000, 25]], "#B5532F",
    "Bình gốm đỏ tạo hình trên bàn xoay, khắc hoa sen và nung ở nhiệt độ cao, sắc đỏ gạch đặc trưng làng nghề Mang Thít."),
  // ---- Trà Vinh (now Vĩnh Long)
  product("dua-sap-cau-ke", "Dừa sáp Cầu Kè", "Cau Ke wax coconut", "htx-dua-sap-cau-ke", "food", "Trái cây tươi", 4, "2025-02-27", "tra-vinh", "Xã Hòa Tân",
    [["Trái loại 1", 95000, 80], ["Thùng 3 trái", 270000, 30]], "#D4C48A",
    "Dừa sáp Cầu Kè cơm đặc quánh, béo dẻo như kem, được bảo hộ chỉ dẫn địa lý.", { gi: "Dừa sáp Cầu Kè", weight: 1500 }),
  product("banh-tet-tra-cuon", "Bánh tét lá cẩm Trà Cuôn", "Tra Cuon sticky rice cake", "ho-banh-tet-tra-cuon", "food", "Thực phẩm chế biến", 4, "2025-01-08", "tra-vinh", "Xã Kim Hòa",
    [["Đòn 1kg", 150000, 50], ["Đòn 1,5kg nhân trứng muối", 210000, 30]], "#6B3FA0",
    "Bánh tét nếp nhuộm lá cẩm tím, nhân đậu xanh, thịt ba rọi và trứng muối, luộc 10 tiếng bằng củi."),
  product("kem-dua-sap-tra-vinh", "Kem dừa sáp Trà Vinh", "Wax coconut ice cream", "htx-dua-sap-cau-ke", "food", "Chế biến từ dừa", 3, "2025-09-02", "vinh-long", "Xã Hòa Tân",
    [["Hộp 450ml", 69000, 70]], "#F5F1E3",
    "Kem làm từ cơm dừa sáp Cầu Kè và sữa tươi, không hương liệu, giữ trọn độ dẻo béo của dừa sáp."),
  // ---- Bắc Giang (now Bắc Ninh)
  product("vai-thieu-luc-ngan-tuoi", "Vải thiều Lục Ngạn tươi", "Luc Ngan fresh lychee", "htx-vai-thieu-luc-ngan", "food", "Trái cây tươi", 4, "2025-05-20", "bac-giang", "Xã Lục Ngạn",
    [["Hộp 2kg", 140000, 150], ["Thùng 5kg", 320000, 80]], "#C0392B",
    "Vải thiều Lục Ngạn quả đỏ tươi, cùi dày, hạt nhỏ, vị ngọt đậm; hái buổi sáng và đóng thùng trong ngày.", { potential_five_star: true, gi: "Vải thiều Lục Ngạn", weight: 2000 }),
  product("vai-thieu-say-kho-luc-ngan", "Vải thiều sấy khô Lục Ngạn", "Dried Luc Ngan lychee", "htx-vai-thieu-luc-ngan", "food", "Trái cây sấy", 3, "2025-03-14", "bac-giang", "Xã Lục Ngạn",
    [["Túi 500g", 110000, 120], ["Túi 1kg", 205000, 60]], "#7B3F22",
    "Vải thiều chín sấy bằng lò than hoa truyền thống, cùi dẻo, vị ngọt sâu như mật.", { gi: "Vải thiều Lục Ngạn" }),
  product("ga-doi-yen-the", "Gà đồi Yên Thế", "Yen The hill chicken", "ho-ga-doi-yen-the", "food", "Thịt, trứng", 4, "2025-02-03", "bac-giang", "Xã Yên Thế",
    [["Con làm sạch 1,5kg", 240000, 60], ["Con làm sạch 2kg", 310000, 40]], "#B8860B",
    "Gà ri lai thả đồi trên 150 ngày, thịt săn chắc, da vàng giòn; giết mổ và hút chân không tại trang trại.", { gi: "Gà đồi Yên Thế", weight: 1500 }),
  product("my-gao-chu", "Mỳ gạo Chũ", "Chu rice noodles", "thtx-my-gao-chu", "food", "Gạo, ngũ cốc", 4, "2025-04-09", "bac-giang", "Phường Chũ",
    [["Gói 500g", 35000, 300], ["Thùng 10 gói", 330000, 40]], "#EFE6D2",
    "Mỳ gạo làm từ gạo Bao thai hồng, tráng, ủ và phơi trên giàn tre dưới nắng tự nhiên; sợi dai, không nát khi nấu.", { potential_five_star: true }),
  // ---- Sóc Trăng (now Cần Thơ)
  product("gao-st25-ho-quang", "Gạo ST25 Hồ Quang", "ST25 fragrant rice", "dntn-gao-ho-quang", "food", "Gạo, ngũ cốc", 5, "2025-06-05", "soc-trang", "Xã Mỹ Xuyên",
    [["Túi 2kg", 75000, 300], ["Túi 5kg", 180000, 200]], "#E3D7A3",
    "Gạo ST25 trồng trên đất lúa - tôm Sóc Trăng, hạt dài trong, cơm dẻo thơm mùi lá dứa; giống gạo từng đoạt giải gạo ngon nhất thế giới.", { weight: 2000 }),
  product("gao-st24-lua-tom", "Gạo ST24 lúa - tôm", "ST24 rice-shrimp rice", "dntn-gao-ho-quang", "food", "Gạo, ngũ cốc", 4, "2025-02-19", "soc-trang", "Xã Mỹ Xuyên",
    [["Túi 5kg", 165000, 150]], "#DCCB8E",
    "Gạo ST24 canh tác luân canh với nuôi tôm, không dùng thuốc diệt cỏ; cơm mềm, thơm nhẹ."),
  product("banh-pia-sau-rieng-trung-muoi", "Bánh pía sầu riêng trứng muối Tân Huê Viên", "Durian salted-egg pia cake", "cty-banh-pia-tan-hue-vien", "food", "Bánh, mứt, kẹo", 4, "2025-01-15", "soc-trang", "Xã Phú Tâm",
    [["Hộp 4 cái (400g)", 68000, 250], ["Hộp 8 cái (800g)", 128000, 120]], "#D9A441",
    "Bánh pía vỏ ngàn lớp, nhân đậu xanh sầu riêng và lòng đỏ trứng muối, nướng theo công thức của người Hoa Sóc Trăng.", { potential_five_star: true, weight: 400 }),
  product("banh-pia-kim-sa", "Bánh pía kim sa chay", "Vegetarian kim sa pia cake", "cty-banh-pia-tan-hue-vien", "food", "Bánh, mứt, kẹo", 3, "2025-06-10", "soc-trang", "Xã Phú Tâm",
    [["Hộp 6 cái", 72000, 140]], "#E6B85C",
    "Bánh pía nhân kim sa đậu xanh chảy mềm, vỏ bánh dùng dầu thực vật, phù hợp người ăn chay."),
  product("lap-xuong-tom-vinh-chau", "Lạp xưởng tôm Vĩnh Châu", "Vinh Chau shrimp sausage", "ho-lap-xuong-vinh-chau", "food", "Thực phẩm chế biến", 4, "2025-03-25", "soc-trang", "Phường Vĩnh Châu",
    [["Gói 500g", 135000, 100], ["Gói 1kg", 260000, 50]], "#9E2A2B",
    "Lạp xưởng nạc dăm trộn tôm đất, rượu mai quế lộ, phơi nắng gió biển Vĩnh Châu."),
  product("keo-me-xung-soc-trang", "Kẹo mè xửng Sóc Trăng", "Sesame brittle candy", "cty-banh-pia-tan-hue-vien", "food", "Bánh, mứt, kẹo", 3, "2025-05-28", "soc-trang", "Xã Phú Tâm",
    [["Hộp 250g", 42000, 180]], "#C8A165",
    "Kẹo dẻo mạch nha phủ mè rang và đậu phộng, cắt miếng nhỏ gói giấy."),
  product("tour-cu-lao-dung-rung-ban", "Tour sinh thái rừng bần Cù Lao Dung 1 ngày", "Cu Lao Dung eco-tour", "htx-du-lich-cu-lao-dung", "tourism", "Du lịch cộng đồng", 3, "2025-04-15", "soc-trang", "Xã Cù Lao Dung",
    [["Vé người lớn", 450000, 100], ["Vé trẻ em", 250000, 100]], "#2E7D5B",
    "Đi xuồng len rừng bần, thăm vườn mía và lò đường thủ công, ăn trưa món miệt vườn cùng gia đình nông dân trên cù lao. Vé điện tử, không giao hàng."),
  // ---- Tiền Giang (now Đồng Tháp)
  product("xoai-cat-hoa-loc", "Xoài cát Hòa Lộc", "Hoa Loc mango", "htx-xoai-hoa-loc", "food", "Trái cây tươi", 5, "2025-02-14", "tien-giang", "Xã Hòa Hưng",
    [["Hộp 2kg", 180000, 120], ["Thùng 5kg", 420000, 60]], "#E9B824",
    "Xoài cát Hòa Lộc chín cây, thịt vàng mịn không xơ, thơm ngọt đậm; bao trái từ khi còn nhỏ và hái đúng độ chín.", { gi: "Xoài cát Hòa Lộc", weight: 2000 }),
  product("banh-phong-nep-cai-lay", "Bánh phồng nếp Cai Lậy", "Cai Lay puffed rice cake", "csx-banh-phong-cai-lay", "food", "Bánh, mứt, kẹo", 3, "2025-03-30", "tien-giang", "Phường Cai Lậy",
    [["Xấp 10 cái", 45000, 200]], "#F0E2B6",
    "Bánh phồng nếp quết tay với đường và nước cốt dừa, phơi nắng; nướng than hoặc lò vi sóng là phồng giòn."),
  product("banh-phong-sua-cai-lay", "Bánh phồng sữa Cai Lậy", "Cai Lay milk rice cake", "csx-banh-phong-cai-lay", "food", "Bánh, mứt, kẹo", 4, "2025-06-18", "tien-giang", "Phường Cai Lậy",
    [["Xấp 10 cái", 55000, 180], ["Hộp quà 20 cái", 105000, 80]], "#F7EBD0",
    "Bánh phồng sữa mỏng, thơm sữa và lá dứa, làm từ nếp cái hoa vàng Tiền Giang."),
  product("hu-tieu-my-tho-kho", "Hủ tiếu Mỹ Tho khô", "My Tho dried rice noodles", "cty-hu-tieu-my-tho", "food", "Gạo, ngũ cốc", 4, "2025-01-27", "tien-giang", "Phường Mỹ Tho",
    [["Gói 500g", 32000, 300], ["Bộ 4 gói kèm gia vị", 145000, 80]], "#F3EAD3",
    "Sợi hủ tiếu dai trong làm từ gạo Gò Cát, kèm gói gia vị nấu nước lèo kiểu Mỹ Tho."),
  product("vu-sua-lo-ren", "Vú sữa Lò Rèn Vĩnh Kim", "Lo Ren star apple", "thtx-vu-sua-lo-ren", "food", "Trái cây tươi", 4, "2025-02-06", "tien-giang", "Xã Vĩnh Kim",
    [["Hộp 2kg", 150000, 90]], "#B9C98A",
    "Vú sữa Lò Rèn vỏ bóng, thịt trắng sữa mọng nước, ngọt mát; đạt chứng nhận VietGAP.", { gi: "Vú sữa Lò Rèn Vĩnh Kim", weight: 2000 }),
  product("xoai-say-deo-hoa-loc", "Xoài cát Hòa Lộc sấy dẻo", "Dried Hoa Loc mango", "htx-xoai-hoa-loc", "food", "Trái cây sấy", 3, "2025-08-08", "dong-thap", "Xã Hòa Hưng",
    [["Túi 250g", 75000, 150]], "#F1A20F",
    "Xoài Hòa Lộc chín cắt lát, sấy lạnh giữ màu vàng và vị chua ngọt tự nhiên, không thêm đường."),
  // ---- Thái Nguyên, Hà Giang (now Tuyên Quang)
  product("che-tan-cuong-dac-biet", "Chè Tân Cương đặc biệt", "Tan Cuong green tea", "htx-che-tan-cuong", "beverage", "Trà", 5, "2025-04-02", "thai-nguyen", "Xã Tân Cương",
    [["Gói 200g", 280000, 120], ["Hộp 500g", 650000, 50]], "#3B6E3B",
    "Chè búp một tôm hai lá hái sớm, sao tay bằng chảo gang; nước xanh vàng, hương cốm, vị chát dịu hậu ngọt.", { gi: "Chè Thái Nguyên", weight: 200 }),
  product("che-non-tom-tan-cuong", "Chè nõn tôm Tân Cương", "Tan Cuong bud tea", "htx-che-tan-cuong", "beverage", "Trà", 4, "2025-05-15", "thai-nguyen", "Xã Tân Cương",
    [["Gói 100g", 220000, 80]], "#4F7F3A",
    "Chỉ hái phần nõn tôm của búp chè, sao kỹ cho cánh nhỏ xoăn, nước trong và hương thơm sâu.", { gi: "Chè Thái Nguyên" }),
  product("che-shan-tuyet-co-thu", "Chè Shan tuyết cổ thụ Hoàng Su Phì", "Ancient Shan tuyet tea", "htx-shan-tuyet-hoang-su-phi", "beverage", "Trà", 4, "2025-03-11", "ha-giang", "Xã Hoàng Su Phì",
    [["Gói 200g", 250000, 100], ["Bánh trà ép 357g", 480000, 40]], "#6E7F3A",
    "Búp chè phủ lông tơ trắng từ những cây chè shan tuyết hàng trăm tuổi trên núi cao, vị chát ngọt và hương núi rừng.", { potential_five_star: true }),
  product("hong-tra-shan-tuyet", "Hồng trà Shan tuyết", "Shan tuyet black tea", "htx-shan-tuyet-hoang-su-phi", "beverage", "Trà", 3, "2025-10-03", "tuyen-quang", "Xã Hoàng Su Phì",
    [["Hộp 100g", 180000, 60]], "#7D3C1E",
    "Trà đen lên men tự nhiên từ búp chè shan tuyết, nước màu hổ phách, hương mật ong."),
  // ---- Lào Cai, Sơn La, Hòa Bình (now Phú Thọ)
  product("khan-tho-cam-ta-van", "Khăn thổ cẩm nhuộm chàm Tả Van", "Indigo brocade scarf", "htx-tho-cam-ta-van", "textile", "Dệt, thổ cẩm", 4, "2025-02-22", "lao-cai", "Xã Tả Van",
    [["Khăn 40x180cm", 350000, 40]], "#1F3A5F",
    "Khăn vải lanh dệt tay, nhuộm chàm nhiều lần và vẽ sáp ong hoa văn truyền thống của người Mông."),
  product("tui-tho-cam-giay", "Túi đeo thổ cẩm thêu tay", "Embroidered brocade bag", "htx-tho-cam-ta-van", "textile", "Dệt, thổ cẩm", 3, "2025-06-30", "lao-cai", "Xã Tả Van",
    [["Túi nhỏ", 180000, 50], ["Túi lớn", 290000, 30]], "#8E2C48",
    "Túi vải thổ cẩm thêu tay nhiều màu của phụ nữ Giáy, lót vải bông, quai điều chỉnh."),
  product("mat-ong-hoa-cai-moc-chau", "Mật ong hoa cải Mộc Châu", "Moc Chau mustard-flower honey", "ho-mat-ong-moc-chau", "food", "Mật ong", 3, "2025-01-30", "son-la", "Phường Mộc Châu",
    [["Chai 500ml", 180000, 90], ["Chai 1 lít", 340000, 40]], "#E0A526",
    "Mật ong khai thác vào mùa hoa cải trắng trên cao nguyên Mộc Châu, màu vàng nhạt, kết tinh mịn tự nhiên."),
  product("mat-ong-hoa-nhan-son-la", "Mật ong hoa nhãn Sông Mã", "Longan-flower honey", "ho-mat-ong-moc-chau", "food", "Mật ong", 4, "2025-05-09", "son-la", "Phường Mộc Châu",
    [["Chai 500ml", 200000, 70]], "#C98A1B",
    "Mật ong hoa nhãn thơm đặc trưng, độ ẩm thấp, được kiểm nghiệm không tồn dư kháng sinh."),
  product("nha-san-ban-lac-1-dem", "Lưu trú nhà sàn Bản Lác 1 đêm kèm bữa tối", "Mai Chau stilt-house stay", "thtx-du-lich-ban-lac", "tourism", "Du lịch cộng đồng", 4, "2025-03-08", "hoa-binh", "Xã Mai Châu",
    [["Gói 2 người", 900000, 30], ["Gói gia đình 4 người", 1600000, 20]], "#5D7A3A",
    "Ngủ nhà sàn của người Thái trắng, ăn tối cơm lam, cá suối nướng và xem múa xòe; sáng hôm sau đạp xe quanh thung lũng Mai Châu."),
  product("dao-xoe-ban-lac", "Trải nghiệm dệt thổ cẩm và múa xòe Bản Lác", "Weaving and xoe dance experience", "thtx-du-lich-ban-lac", "tourism", "Du lịch cộng đồng", 3, "2025-08-20", "phu-tho", "Xã Mai Châu",
    [["Vé 1 người", 250000, 80]], "#7C9A45",
    "Nửa ngày học dệt thổ cẩm trên khung cửi gỗ cùng nghệ nhân người Thái và tham gia vòng xòe đoàn kết."),
  // ---- Hà Nội
  product("bo-am-chen-bat-trang-men-lam", "Bộ ấm chén Bát Tràng men lam", "Bat Trang blue glaze tea set", "htx-gom-bat-trang", "souvenir_decor", "Gốm, sứ", 4, "2025-02-12", "ha-noi", "Xã Bát Tràng",
    [["Bộ 6 chén", 450000, 40], ["Bộ 10 chén", 690000, 25]], "#2B4C7E",
    "Bộ ấm chén vẽ tay men lam họa tiết hoa sen, nung ở 1.300 độ C; men mịn, chén mỏng và giữ nhiệt tốt."),
  product("binh-hut-loc-men-ran", "Bình hút lộc men rạn Bát Tràng", "Crackle glaze fortune jar", "htx-gom-bat-trang", "souvenir_decor", "Gốm, sứ", 5, "2025-05-25", "ha-noi", "Xã Bát Tràng",
    [["Bình cao 25cm", 1250000, 15], ["Bình cao 35cm", 2200000, 8]], "#8C6D46",
    "Bình gốm men rạn cổ đắp nổi rồng mây, mỗi chiếc do nghệ nhân làm thủ công hoàn toàn; món quà phong thủy sang trọng."),
  product("khan-lua-van-phuc", "Khăn lụa tơ tằm Vạn Phúc", "Van Phuc silk scarf", "ho-lua-van-phuc", "textile", "Lụa, tơ tằm", 4, "2025-03-19", "ha-noi", "Phường Hà Đông",
    [["Khăn 50x180cm", 420000, 60], ["Khăn vuông 90cm", 380000, 50]], "#9B1B30",
    "Khăn dệt từ 100% tơ tằm, hoa văn chìm song hạc truyền thống, mềm mát và có độ bóng tự nhiên."),
  product("vai-lua-van-phuc-met", "Lụa tơ tằm Vạn Phúc (theo mét)", "Van Phuc silk fabric", "ho-lua-van-phuc", "textile", "Lụa, tơ tằm", 3, "2025-07-02", "ha-noi", "Phường Hà Đông",
    [["1 mét khổ 90cm", 280000, 200]], "#C2185B",
    "Lụa may áo dài khổ 90cm nhiều màu, dệt trên khung cửi của làng lụa Vạn Phúc nghìn năm tuổi."),
  product("gio-may-phu-vinh", "Giỏ mây đan Phú Vinh", "Phu Vinh rattan basket", "thtx-may-tre-phu-vinh", "souvenir_decor", "Mây tre đan", 4, "2025-04-11", "ha-noi", "Xã Phú Nghĩa",
    [["Giỏ nhỏ", 190000, 60], ["Bộ 3 giỏ", 520000, 25]], "#A67C52",
    "Giỏ đan từ sợi mây tự nhiên, nan nhỏ đều, tay cầm bọc mây; bền đẹp theo thời gian."),
  product("khay-tre-phu-vinh", "Khay tre ghép vân tự nhiên", "Bamboo tray", "thtx-may-tre-phu-vinh", "souvenir_decor", "Mây tre đan", 3, "2025-09-09", "ha-noi", "Xã Phú Nghĩa",
    [["Khay 30x20cm", 150000, 70]], "#C49A6C",
    "Khay tre ghép ép nhiệt, phủ dầu an toàn thực phẩm, dùng bày trà hay trang trí."),
  // ---- Central Highlands and South Central
  product("ca-phe-robusta-buon-ma-thuot", "Cà phê Robusta Buôn Ma Thuột rang mộc", "Buon Ma Thuot robusta", "cty-ca-phe-buon-ma-thuot", "beverage", "Cà phê", 4, "2025-01-12", "dak-lak", "Phường Buôn Ma Thuột",
    [["Gói 500g xay", 145000, 200], ["Gói 500g nguyên hạt", 145000, 150]], "#4B2E1E",
    "Robusta chín đỏ thu hái tay, rang mộc không tẩm, vị đậm đắng và hậu ngọt; hợp pha phin.", { gi: "Cà phê Buôn Ma Thuột" }),
  product("ca-phe-arabica-chin-do", "Cà phê Arabica chín đỏ", "Red-cherry arabica", "cty-ca-phe-buon-ma-thuot", "beverage", "Cà phê", 5, "2025-06-07", "dak-lak", "Phường Buôn Ma Thuột",
    [["Gói 250g", 180000, 100]], "#5E3A24",
    "Arabica trồng trên đất đỏ bazan, sơ chế ướt và rang vừa, hương trái cây và vị chua thanh."),
  product("yen-sao-tinh-che-hon-noi", "Yến sào tinh chế Hòn Nội", "Refined bird's nest", "cty-yen-sao-khanh-hoa", "food", "Đặc sản biển", 5, "2025-03-27", "khanh-hoa", "Phường Nha Trang",
    [["Hộp 50g", 1950000, 30], ["Hộp 100g", 3800000, 15]], "#F4EBD9",
    "Tổ yến đảo tự nhiên được nhặt lông thủ công, giữ nguyên sợi; nguồn gốc rõ ràng từ các đảo yến Khánh Hòa."),
  product("nuoc-yen-chung-duong-phen", "Nước yến chưng đường phèn", "Bird's nest drink", "cty-yen-sao-khanh-hoa", "beverage", "Nước giải khát", 4, "2025-02-18", "khanh-hoa", "Phường Nha Trang",
    [["Hộp 6 lọ 70ml", 210000, 120]], "#EADBC8",
    "Yến sào chưng cách thủy cùng đường phèn, đóng lọ thủy tinh tiệt trùng, dùng ngay."),
  product("nho-do-say-thai-an", "Nho đỏ sấy dẻo Thái An", "Dried red grapes", "htx-nho-thai-an", "food", "Trái cây sấy", 4, "2025-04-04", "ninh-thuan", "Xã Vĩnh Hải",
    [["Hộp 300g", 85000, 140]], "#7B1E3A",
    "Nho đỏ Ninh Thuận chín cây, sấy dẻo giữ vị chua ngọt tự nhiên, không đường, không phẩm màu."),
  product("ruou-vang-nho-thai-an", "Rượu vang nho Thái An", "Thai An grape wine", "htx-nho-thai-an", "beverage", "Rượu", 3, "2025-06-23", "ninh-thuan", "Xã Vĩnh Hải",
    [["Chai 750ml", 240000, 60]], "#5B1A2E",
    "Vang đỏ lên men từ nho Cardinal trồng trên đất nắng gió, ủ thùng gỗ sồi sáu tháng. Chỉ bán cho người từ 18 tuổi."),
  product("sam-ngoc-linh-tuoi", "Sâm Ngọc Linh tươi", "Fresh Ngoc Linh ginseng", "thtx-sam-ngoc-linh", "herbal", "Dược liệu", 5, "2025-01-22", "kon-tum", "Xã Tu Mơ Rông",
    [["Củ 50-60g", 2500000, 10]], "#A1887F",
    "Sâm Ngọc Linh trồng dưới tán rừng trên độ cao 1.800 m, 6 năm tuổi, có tem truy xuất nguồn gốc từng củ.", { gi: "Sâm Ngọc Linh" }),
  product("ruou-sam-ngoc-linh", "Rượu sâm Ngọc Linh", "Ngoc Linh ginseng liquor", "thtx-sam-ngoc-linh", "beverage", "Rượu", 4, "2025-05-12", "kon-tum", "Xã Tu Mơ Rông",
    [["Bình 500ml", 1200000, 20]], "#8D5524",
    "Rượu nếp cái ngâm củ sâm Ngọc Linh nguyên củ. Chỉ bán cho người từ 18 tuổi."),
  product("tra-sam-day-ngoc-linh", "Trà lá sâm Ngọc Linh", "Ngoc Linh ginseng leaf tea", "thtx-sam-ngoc-linh", "herbal", "Trà thảo dược", 3, "2025-09-15", "quang-ngai", "Xã Tu Mơ Rông",
    [["Hộp 20 túi lọc", 150000, 90]], "#6D8B52",
    "Lá và hoa sâm Ngọc Linh sấy khô, vị đắng nhẹ hậu ngọt, dùng hằng ngày."),
  product("tour-lang-rau-tra-que", "Trải nghiệm làm nông dân làng rau Trà Quế", "Tra Que farming tour", "ho-du-lich-tra-que", "tourism", "Du lịch cộng đồng", 4, "2025-02-28", "quang-nam", "Phường Hội An Tây",
    [["Vé 1 người", 350000, 100], ["Vé kèm lớp nấu ăn", 650000, 60]], "#4C9A2A",
    "Đạp xe tới làng rau Trà Quế, cuốc đất, tưới rau bằng gàu đôi cùng nông dân, ngâm chân thảo dược và học làm bánh xèo."),
  product("tour-tra-que-dap-xe", "Đạp xe đồng quê Hội An và làng rau", "Hoi An countryside cycling", "ho-du-lich-tra-que", "tourism", "Du lịch cộng đồng", 3, "2025-10-10", "da-nang", "Phường Hội An Tây",
    [["Vé 1 người", 280000, 80]], "#6FAF45",
    "Nửa ngày đạp xe qua cánh đồng, làng rau và bãi bồi sông Đế Võng, nghỉ chân uống nước sả chanh."),
  product("tra-atiso-tui-loc", "Trà atiso túi lọc Lang Biang", "Artichoke herbal tea", "cty-atiso-lang-biang", "herbal", "Trà thảo dược", 4, "2025-03-03", "lam-dong", "Phường Xuân Hương - Đà Lạt",
    [["Hộp 50 túi", 95000, 200]], "#5C7A29",
    "Thân, lá và bông atiso Đà Lạt sấy khô, giúp thanh nhiệt; không thêm đường, không hương liệu."),
  product("cao-atiso-da-lat", "Cao atiso Đà Lạt", "Artichoke extract", "cty-atiso-lang-biang", "herbal", "Dược liệu", 3, "2025-07-21", "lam-dong", "Phường Xuân Hương - Đà Lạt",
    [["Hũ 200g", 160000, 90]], "#3F5A1F",
    "Cao đặc cô từ bông atiso tươi theo phương pháp truyền thống, pha với nước ấm dùng hằng ngày."),
  product("tinh-dau-tram-phong-dien", "Tinh dầu tràm Phong Điền", "Cajeput essential oil", "ho-dau-tram-phong-dien", "herbal", "Tinh dầu", 4, "2025-02-09", "hue", "Xã Phong Điền",
    [["Chai 50ml", 75000, 250], ["Chai 100ml", 135000, 150]], "#7FA36B",
    "Tinh dầu tràm gió nguyên chất chưng cất từ lá tràm rừng Phong Điền, giữ ấm cho trẻ nhỏ và xua côn trùng."),
  product("nuoc-mam-phu-quoc-40-do", "Nước mắm Phú Quốc 40 độ đạm", "Phu Quoc fish sauce 40N", "cty-nuoc-mam-phu-quoc", "food", "Gia vị", 5, "2025-04-26", "kien-giang", "Đặc khu Phú Quốc",
    [["Chai 500ml", 120000, 200], ["Chai 1 lít", 220000, 120]], "#7A4A1E",
    "Nước mắm nhĩ từ cá cơm than và muối, ủ 15 tháng trong thùng gỗ bời lời; màu cánh gián đỏ, vị đậm hậu ngọt.", { gi: "Nước mắm Phú Quốc" }),
  product("nuoc-mam-phu-quoc-30-do", "Nước mắm Phú Quốc 30 độ đạm", "Phu Quoc fish sauce 30N", "cty-nuoc-mam-phu-quoc", "food", "Gia vị", 4, "2025-04-26", "kien-giang", "Đặc khu Phú Quốc",
    [["Chai 500ml", 85000, 250]], "#8E5A2A",
    "Nước mắm cá cơm truyền thống dùng chấm và nêm nếm hằng ngày, đạt chỉ dẫn địa lý Phú Quốc.", { gi: "Nước mắm Phú Quốc" }),
  // ---- more from the four reference provinces and neighbours
  product("gao-lut-do-st", "Gạo lứt đỏ Sóc Trăng", "Red brown rice", "dntn-gao-ho-quang", "food", "Gạo, ngũ cốc", 3, "2025-08-01", "can-tho", "Xã Mỹ Xuyên",
    [["Túi 2kg", 85000, 140]], "#8B2E2E",
    "Gạo lứt đỏ giữ nguyên cám, giàu chất xơ, nấu cơm mềm hoặc rang làm trà gạo lứt."),
  product("tra-gao-lut-rang", "Trà gạo lứt rang", "Roasted brown-rice tea", "dntn-gao-ho-quang", "beverage", "Trà", 3, "2025-09-19", "can-tho", "Xã Mỹ Xuyên",
    [["Túi 500g", 60000, 160]], "#9C6B30",
    "Gạo lứt đỏ rang củi đến khi nở hoa, pha nước uống thơm bùi, dùng nóng hoặc lạnh."),
  product("nuoc-dua-tuoi-dong-chai", "Nước dừa xiêm xanh đóng chai", "Bottled green coconut water", "htx-dua-cho-lach", "beverage", "Nước giải khát", 4, "2025-07-07", "vinh-long", "Xã Chợ Lách",
    [["Thùng 12 chai 330ml", 216000, 60]], "#8FBC5A",
    "Nước dừa xiêm xanh Chợ Lách thanh trùng nhiệt độ thấp, không đường, không chất bảo quản, giữ vị ngọt mát tự nhiên."),
  product("banh-trang-phoi-suong-cai-lay", "Bánh tráng phơi sương Cai Lậy", "Dew-dried rice paper", "csx-banh-phong-cai-lay", "food", "Gạo, ngũ cốc", 3, "2025-11-05", "dong-thap", "Phường Cai Lậy",
    [["Xấp 500g", 40000, 200]], "#F5EED8",
    "Bánh tráng nướng rồi phơi sương đêm cho dẻo mềm, dùng cuốn thịt luộc và rau rừng."),
  product("vai-thieu-nuoc-cot", "Nước cốt vải thiều Lục Ngạn", "Lychee juice concentrate", "htx-vai-thieu-luc-ngan", "beverage", "Nước giải khát", 3, "2025-09-25", "bac-ninh", "Xã Lục Ngạn",
    [["Chai 500ml", 89000, 100]], "#C9475A",
    "Nước cốt ép từ vải thiều chín, pha loãng với nước và đá, thơm mùi vải tươi quanh năm."),
  product("ga-u-muoi-yen-the", "Gà ủ muối hoa tiêu Yên Thế", "Salt-baked Yen The chicken", "ho-ga-doi-yen-the", "food", "Thịt, trứng", 3, "2025-10-20", "bac-ninh", "Xã Yên Thế",
    [["Con 1,2kg", 260000, 30]], "#C68B3C",
    "Gà đồi Yên Thế ủ muối hột và hoa tiêu, hút chân không, chỉ cần hâm nóng là dùng."),

  // ---- deliberately unsellable records (tests and demos)
  {
    handle: "fixture-het-han-mut-gung",
    title: "Mứt gừng Quảng Ngãi (chứng nhận đã hết hạn)",
    description: "Mứt gừng dẻo cay; chứng nhận OCOP 4 sao cấp năm 2022 đã hết hạn năm 2025 và chưa được đánh giá lại.",
    producer: "thtx-sam-ngoc-linh",
    group: "food",
    sub_group: "Bánh, mứt, kẹo",
    variants: [{ title: "Hộp 300g", sku: "FIXTURE-MUT-GUNG", price: 60000, stock: 50 }],
    color: "#C9A227",
    certificate: { number: "OCOP-QN-2022-0901", decision: "845/QĐ-UBND", authority: "UBND tỉnh Quảng Ngãi", stars: 4, score: 74, issued_at: "2022-03-10", status: "verified", province_code: "quang-ngai", commune: "Xã Tu Mơ Rông" },
    fixture: "expired",
  },
  {
    handle: "fixture-bi-thu-hoi-nuoc-mam",
    title: "Nước mắm cá cơm (chứng nhận bị thu hồi)",
    description: "Sản phẩm bị thu hồi chứng nhận OCOP sau kiểm tra chất lượng.",
    producer: "cty-nuoc-mam-phu-quoc",
    group: "food",
    sub_group: "Gia vị",
    variants: [{ title: "Chai 500ml", sku: "FIXTURE-NUOC-MAM", price: 70000, stock: 50 }],
    color: "#6D4C41",
    certificate: { number: "OCOP-KG-2024-0902", decision: "2210/QĐ-UBND", authority: "UBND tỉnh Kiên Giang", stars: 3, score: 58, issued_at: "2024-09-12", status: "revoked", status_reason: "Thu hồi do mẫu kiểm tra không đạt chỉ tiêu histamin", province_code: "kien-giang", commune: "Đặc khu Phú Quốc" },
    fixture: "revoked",
  },
  {
    handle: "fixture-hai-sao-banh-trang",
    title: "Bánh tráng nướng mè (đánh giá 2 sao)",
    description: "Kết quả đánh giá 2 sao: chưa phải sản phẩm OCOP, không được bày bán.",
    producer: "csx-banh-phong-cai-lay",
    group: "food",
    sub_group: "Gạo, ngũ cốc",
    variants: [{ title: "Xấp 10 cái", sku: "FIXTURE-BANH-TRANG", price: 30000, stock: 50 }],
    color: "#D7CCC8",
    certificate: { number: "OCOP-TG-2025-0903", decision: "1502/QĐ-UBND", authority: "UBND tỉnh Tiền Giang", stars: 2, score: 45, issued_at: "2025-03-01", status: "verified", province_code: "tien-giang", commune: "Phường Cai Lậy" },
    fixture: "two-star",
  },
  {
    handle: "fixture-cho-duyet-tra-sen",
    title: "Trà sen Tây Hồ (hồ sơ chờ duyệt)",
    description: "Chủ thể đã nộp chứng nhận, đang chờ ban quản lý xác minh.",
    producer: "ho-lua-van-phuc",
    group: "beverage",
    sub_group: "Trà",
    variants: [{ title: "Hộp 100g", sku: "FIXTURE-TRA-SEN", price: 450000, stock: 20 }],
    color: "#EC407A",
    certificate: { number: "OCOP-HN-2025-0904", decision: "3301/QĐ-UBND", authority: "UBND thành phố Hà Nội", stars: 4, score: 80, issued_at: "2025-09-01", status: "submitted", province_code: "ha-noi", commune: "Phường Tây Hồ" },
    fixture: "submitted",
  },
  {
    handle: "fixture-khong-chung-nhan-mat-ong",
    title: "Mật ong rừng (chưa có chứng nhận)",
    description: "Sản phẩm chưa có chứng nhận OCOP.",
    producer: "ho-mat-ong-moc-chau",
    group: "food",
    sub_group: "Mật ong",
    variants: [{ title: "Chai 500ml", sku: "FIXTURE-MAT-ONG", price: 150000, stock: 20 }],
    color: "#FFB300",
    certificate: null,
    fixture: "no-certificate",
  },
]
