import type { ProducerType } from "../../backend/src/modules/ocop/lib/constants"

/** A producing entity (chủ thể OCOP) of the demo catalogue. Tax codes and phones are fictional. */
export type ProducerSeed = {
  handle: string
  name: string
  type: ProducerType
  tax_code: string
  address: string
  commune: string
  /** CURRENT (post-2025) province code */
  province_code: string
  phone: string
  email: string | null
  description: string
}

const producer = (
  handle: string,
  name: string,
  type: ProducerType,
  province_code: string,
  commune: string,
  address: string,
  tax_code: string,
  phone: string,
  description: string,
  email: string | null = null
): ProducerSeed => ({ handle, name, type, tax_code, address, commune, province_code, phone, email, description })

export const PRODUCERS: ProducerSeed[] = [
  // Vĩnh Long (former Bến Tre, Trà Vinh, Vĩnh Long)
  producer("htx-dua-cho-lach", "Hợp tác xã Dừa sáp Chợ Lách", "cooperative", "vinh-long", "Xã Chợ Lách", "Ấp Phú Hòa", "1301012345", "0275 3871 234",
    "Hợp tác xã của hơn 80 hộ trồng dừa sáp và dừa xiêm xanh trên cù lao Chợ Lách, chế biến kẹo dừa, mứt dừa và dầu dừa nguyên chất."),
  producer("cty-trai-cay-chanh-thu", "Công ty TNHH Trái cây Chánh Thu", "enterprise", "vinh-long", "Xã Hòa Nghĩa", "Ấp Hòa Khánh", "1300457891", "0275 3600 600",
    "Doanh nghiệp trồng, đóng gói và xuất khẩu trái cây đặc sản miền Tây, nổi tiếng với sầu riêng Ri6 Chợ Lách đạt OCOP 5 sao.", "lienhe@chanhthu.example.vn"),
  producer("csx-keo-dua-thanh-long", "Cơ sở sản xuất kẹo dừa Thanh Long", "household", "vinh-long", "Phường An Hội", "Số 12 đường Hùng Vương", "1300998877", "0275 3822 456",
    "Cơ sở gia đình ba thế hệ làm kẹo dừa thủ công theo công thức truyền thống của xứ dừa Bến Tre."),
  producer("htx-dua-sap-cau-ke", "Hợp tác xã Dừa sáp Cầu Kè", "cooperative", "vinh-long", "Xã Hòa Tân", "Ấp Ô Tưng", "2100334455", "0294 3834 112",
    "Hợp tác xã trồng dừa sáp Cầu Kè, giống dừa đặc ruột nổi tiếng của Trà Vinh, và chế biến các món từ dừa sáp."),
  producer("ho-banh-tet-tra-cuon", "Hộ kinh doanh Bánh tét Trà Cuôn Út Hòa", "household", "vinh-long", "Xã Kim Hòa", "Ấp Trà Cuôn", "2100556677", "0939 112 233",
    "Hộ gói bánh tét lá cẩm Trà Cuôn từ hơn 40 năm, nếp và đậu xanh chọn lọc từ ruộng nhà."),
  producer("cty-gom-mang-thit", "Công ty TNHH Gốm đỏ Mang Thít", "enterprise", "vinh-long", "Xã Mỹ An", "Ấp Chánh Hội", "1500667788", "0270 3845 999",
    "Làng nghề gạch gốm đỏ ven sông Cổ Chiên, làm gốm mỹ nghệ và đồ trang trí từ đất sét phù sa nung lò bầu."),
  // Bắc Ninh (former Bắc Giang)
  producer("htx-vai-thieu-luc-ngan", "Hợp tác xã Vải thiều Lục Ngạn", "cooperative", "bac-ninh", "Xã Lục Ngạn", "Thôn Đồng Cốc", "2400778899", "0204 3882 345",
    "Hợp tác xã trồng vải thiều theo tiêu chuẩn VietGAP, đóng gói quả tươi và sấy khô vải thiều Lục Ngạn."),
  producer("ho-ga-doi-yen-the", "Hộ kinh doanh Gà đồi Yên Thế Tâm Phúc", "household", "bac-ninh", "Xã Yên Thế", "Bản Ven", "2400112233", "0912 345 111",
    "Trang trại chăn thả gà ri lai trên đồi vải, đồi keo Yên Thế, giết mổ và đóng gói tại cơ sở."),
  producer("thtx-my-gao-chu", "Tổ hợp tác Mỳ gạo Chũ Thủ Dương", "cooperative_group", "bac-ninh", "Phường Chũ", "Thôn Thủ Dương", "2400445566", "0204 3886 789",
    "Tổ hợp tác làm mỳ gạo Chũ từ gạo Bao thai hồng, phơi nắng tự nhiên, không chất bảo quản."),
  // Cần Thơ (former Sóc Trăng)
  producer("cty-banh-pia-tan-hue-vien", "Công ty TNHH Tân Huê Viên", "enterprise", "can-tho", "Xã Phú Tâm", "Ấp Phú Hòa A", "2200123456", "0299 3615 678",
    "Doanh nghiệp bánh pía, lạp xưởng và bánh kẹo truyền thống của người Hoa Sóc Trăng.", "info@tanhuevien.example.vn"),
  producer("dntn-gao-ho-quang", "Doanh nghiệp tư nhân Gạo Hồ Quang", "enterprise", "can-tho", "Xã Mỹ Xuyên", "Ấp Châu Thành", "2200654321", "0299 3851 234",
    "Doanh nghiệp liên kết nông dân trồng lúa thơm ST24, ST25 trên vùng đất lúa - tôm Sóc Trăng."),
  producer("ho-lap-xuong-vinh-chau", "Hộ kinh doanh Lạp xưởng Vĩnh Châu Hải Ký", "household", "can-tho", "Phường Vĩnh Châu", "Khóm 2", "2200789012", "0918 223 344",
    "Hộ làm lạp xưởng tươi và lạp xưởng tôm theo bí quyết gia truyền ba đời."),
  producer("htx-du-lich-cu-lao-dung", "Hợp tác xã Du lịch cộng đồng Cù Lao Dung", "cooperative", "can-tho", "Xã Cù Lao Dung", "Ấp Phước Hòa", "2200890123", "0299 3749 555",
    "Hợp tác xã tổ chức du lịch sinh thái rừng bần, vườn mía và ẩm thực miệt vườn trên cù lao sông Hậu."),
  // Đồng Tháp (former Tiền Giang)
  producer("htx-xoai-hoa-loc", "Hợp tác xã Xoài cát Hòa Lộc", "cooperative", "dong-thap", "Xã Hòa Hưng", "Ấp Hòa Lộc", "1200112233", "0273 3824 567",
    "Hợp tác xã trồng xoài cát Hòa Lộc, giống xoài được bảo hộ chỉ dẫn địa lý, canh tác theo VietGAP."),
  producer("csx-banh-phong-cai-lay", "Cơ sở Bánh phồng Cai Lậy Cô Ba", "household", "dong-thap", "Phường Cai Lậy", "Khu phố 3", "1200334455", "0987 654 321",
    "Cơ sở làm bánh phồng nếp, bánh phồng sữa theo nghề truyền thống đất Cai Lậy."),
  producer("cty-hu-tieu-my-tho", "Công ty Cổ phần Thực phẩm Hủ tiếu Mỹ Tho", "enterprise", "dong-thap", "Phường Mỹ Tho", "Số 45 Lê Văn Phẩm", "1200556677", "0273 3877 888",
    "Doanh nghiệp sản xuất hủ tiếu khô từ gạo Gò Cát, đặc sản của thành phố Mỹ Tho."),
  producer("thtx-vu-sua-lo-ren", "Tổ hợp tác Vú sữa Lò Rèn Vĩnh Kim", "cooperative_group", "dong-thap", "Xã Vĩnh Kim", "Ấp Vĩnh Hòa", "1200778899", "0273 3855 321",
    "Tổ hợp tác 35 hộ trồng vú sữa Lò Rèn ven sông Tiền, đóng gói quả tươi đạt chuẩn xuất khẩu."),
  // Northern mountains and midlands
  producer("htx-che-tan-cuong", "Hợp tác xã Chè Tân Cương Hoàng Bình", "cooperative", "thai-nguyen", "Xã Tân Cương", "Xóm Hồng Thái", "4600123456", "0208 3645 111",
    "Hợp tác xã chè đặc sản Tân Cương, hái một tôm hai lá, sao bằng chảo gang theo lối thủ công."),
  producer("htx-shan-tuyet-hoang-su-phi", "Hợp tác xã Chè Shan tuyết Hoàng Su Phì", "cooperative", "tuyen-quang", "Xã Hoàng Su Phì", "Thôn Nậm Ty", "5100234567", "0219 3831 222",
    "Hợp tác xã của đồng bào Dao thu hái chè shan tuyết cổ thụ trên độ cao 1.200 m."),
  producer("htx-tho-cam-ta-van", "Hợp tác xã Thổ cẩm Tả Van", "cooperative", "lao-cai", "Xã Tả Van", "Thôn Giàng Tả Chải", "5300345678", "0214 3871 333",
    "Phụ nữ Mông và Giáy dệt lanh, nhuộm chàm và thêu thổ cẩm thủ công."),
  producer("ho-mat-ong-moc-chau", "Hộ kinh doanh Mật ong Mộc Châu Hà Xuân", "household", "son-la", "Phường Mộc Châu", "Tiểu khu 40", "5500456789", "0912 998 877",
    "Hộ nuôi ong trên cao nguyên Mộc Châu, khai thác mật hoa cải, hoa nhãn và hoa rừng."),
  producer("thtx-du-lich-ban-lac", "Tổ hợp tác Du lịch cộng đồng Bản Lác", "cooperative_group", "phu-tho", "Xã Mai Châu", "Bản Lác", "5400567890", "0218 3867 444",
    "Các gia đình người Thái ở bản Lác đón khách lưu trú nhà sàn, ẩm thực và văn nghệ dân tộc."),
  // Hà Nội
  producer("htx-gom-bat-trang", "Hợp tác xã Gốm sứ Bát Tràng", "cooperative", "ha-noi", "Xã Bát Tràng", "Thôn Giang Cao", "0101234567", "024 3874 0123",
    "Hợp tác xã của các lò gốm gia đình ở làng gốm Bát Tràng hơn 500 năm tuổi."),
  producer("ho-lua-van-phuc", "Hộ kinh doanh Lụa Vạn Phúc Triệu Văn", "household", "ha-noi", "Phường Hà Đông", "Số 8 làng lụa Vạn Phúc", "0102345678", "0904 123 456",
    "Hộ dệt lụa tơ tằm trên khung cửi máy, giữ hoa văn truyền thống của làng lụa Vạn Phúc."),
  producer("thtx-may-tre-phu-vinh", "Tổ hợp tác Mây tre đan Phú Vinh", "cooperative_group", "ha-noi", "Xã Phú Nghĩa", "Thôn Phú Vinh", "0103456789", "024 3386 0456",
    "Nghệ nhân làng Phú Vinh đan mây, giang thành đồ gia dụng và đồ trang trí tinh xảo."),
  // Central and Highlands
  producer("cty-ca-phe-buon-ma-thuot", "Công ty TNHH Cà phê Ban Mê", "enterprise", "dak-lak", "Phường Buôn Ma Thuột", "Số 120 Phan Bội Châu", "6000678901", "0262 3950 777",
    "Doanh nghiệp rang xay cà phê Robusta và Arabica vùng Buôn Ma Thuột, thu hái quả chín.", "sales@caphebanme.example.vn"),
  producer("cty-yen-sao-khanh-hoa", "Công ty TNHH Yến sào Hòn Nội", "enterprise", "khanh-hoa", "Phường Nha Trang", "Số 248 Thống Nhất", "4200789012", "0258 3822 888",
    "Doanh nghiệp chế biến yến sào đảo tự nhiên vùng biển Khánh Hòa."),
  producer("htx-nho-thai-an", "Hợp tác xã Nho Thái An", "cooperative", "khanh-hoa", "Xã Vĩnh Hải", "Thôn Thái An", "4500890123", "0259 3872 999",
    "Hợp tác xã trồng nho đỏ, nho xanh trên đất nắng gió Ninh Thuận và chế biến nho sấy, rượu vang nho."),
  producer("thtx-sam-ngoc-linh", "Tổ hợp tác Sâm Ngọc Linh Tu Mơ Rông", "cooperative_group", "quang-ngai", "Xã Tu Mơ Rông", "Thôn Đăk Dơn", "6100901234", "0260 3918 123",
    "Đồng bào Xơ Đăng trồng sâm Ngọc Linh dưới tán rừng nguyên sinh và chế biến sản phẩm từ sâm."),
  producer("ho-du-lich-tra-que", "Hộ Du lịch cộng đồng Làng rau Trà Quế", "household", "da-nang", "Phường Hội An Tây", "Thôn Trà Quế", "4000112233", "0935 111 222",
    "Gia đình nông dân đón khách trải nghiệm làm vườn, trồng rau và nấu ăn ở làng rau Trà Quế."),
  producer("cty-atiso-lang-biang", "Công ty TNHH Atiso Lang Biang", "enterprise", "lam-dong", "Phường Xuân Hương - Đà Lạt", "Số 9 Hùng Vương", "5800223344", "0263 3821 555",
    "Doanh nghiệp trồng và chế biến atiso, trà thảo mộc Đà Lạt."),
  producer("ho-dau-tram-phong-dien", "Hộ kinh doanh Dầu tràm Phong Điền", "household", "hue", "Xã Phong Điền", "Thôn Vĩnh Xương", "3300334455", "0234 3551 666",
    "Hộ chưng cất tinh dầu tràm gió từ rừng tràm Phong Điền theo phương pháp chưng hơi nước truyền thống."),
  producer("cty-nuoc-mam-phu-quoc", "Công ty TNHH Nước mắm Thanh Quốc", "enterprise", "an-giang", "Đặc khu Phú Quốc", "Số 77 Nguyễn Trung Trực", "1700445566", "0297 3846 111",
    "Nhà thùng ủ chượp cá cơm than trong thùng gỗ bời lời theo chỉ dẫn địa lý nước mắm Phú Quốc."),
]
